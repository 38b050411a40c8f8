"""PERSON and LOCATION from the spaCy model, trimmed and cleaned of obvious non-names.

The model is English. On Romanian text it labels weekday ranges as people
("Luni - Vineri"), takes capitalised sentence starters for names ("Aveți", "Vreau")
and lets lower-case words trail a name ("Ion Popescu și"). So each result is trimmed
to its capitalised words that are not common words; outside English a lone word that
only starts a sentence is dropped unless it is a known Romanian name or what follows it
is what a person does ("Jagoda a lucrat", "Milan spune că"); and a known Romanian name
labelled as a place becomes a PERSON, as does such a lone word.

A place the model finds is redacted (recall first) unless the words around it show it is
no one's: a country or other dictionary words ("Kaufland Romania"), or a known town used
as a modifier ("the Zagreb train", "our Lisbon office"), on a route ("Warsaw -> Vienna")
or as where travel goes ("flights to Vienna"), also when the model called that town a
person. After a place word, in brackets, in a table's cell or after a person and a comma
("Piotr Nowak, Gdynia") it is always redacted.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from redaction.entities import LOCATION, PERSON
from redaction.recognizers.brands import NOT_PERSON_WORDS
from redaction.recognizers.locations import is_business_site
from redaction.recognizers.name_gazetteer import (
    EVERYDAY_KINDS,
    NAME_LIKE,
    everyday_compound,
    lexicon,
)
from redaction.recognizers.romanian_words import seldom_written
from redaction.recognizers.towns import PLACE_WORDS, is_town
from redaction.recognizers.vocabulary import (
    COMMON_WORDS,
    GIVEN_NAMES,
    LOWER_STOP,
    NOT_NAMES,
    RO_GIVEN_NAMES,
    RO_SURNAMES,
    SURNAMES,
    is_not_name,
)

NER_ENTITIES: tuple[str, ...] = (PERSON, LOCATION)
# Languages the spaCy model was trained on; elsewhere its capitalisation cues mislead.
MODEL_LANGUAGES: frozenset[str] = frozenset({"en"})

_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")  # letters and digits, any script
_CELL_END = re.compile(r"[\n\t|;]")
# A sentence's or line's start, after a schedule's time at most ("09:30 Keynote: ...").
_SENTENCE_START = re.compile(
    r"(?:^|[.!?…:\n])[\s\"'«„(\-–—]*(?:\d{1,2}[:.]\d{2}[ \t]*[\-–]?[ \t]*)?$"
)
_KNOWN_NAMES = RO_GIVEN_NAMES | RO_SURNAMES
_LISTED_NAMES = _KNOWN_NAMES | GIVEN_NAMES | SURNAMES
_IGNORED = COMMON_WORDS | LOWER_STOP | NOT_NAMES


_ODD_CAPITALS = re.compile(r"[a-zăâîșțşţäöü][A-ZĂÂÎȘȚŞŢÄÖÜ]{2}|\d|^[A-Z]{2,3}$")


def _is_name_like(word: str) -> bool:
    """Capitalised, not a common word or brand, and not shaped like a product or code
    ("AllAI", "iPhone", "A54", "BMW", "Kick-off" are not names; "McDonald" and "O'Connor"
    are)."""
    return (
        word[:1].isupper()
        and not is_not_name(word)
        and _ODD_CAPITALS.search(word) is None
        and not everyday_compound(word, EVERYDAY_KINDS)
    )


# Dictionary words, ambiguous names among them ("Kick" is someone's name somewhere).


def _is_everyday_romanian(word: str) -> bool:
    """An everyday Romanian word on no name or place list ("Locuiesc", "Studii")."""
    return word.casefold() in lexicon().romanian


def _is_lower_case_name_like(word: str) -> bool:
    """In an all-lower-case result (sloppy chat: "jake morrison"), a word of letters that
    is no common word, stop word or brand."""
    folded = word.casefold()
    return word.isalpha() and len(word) > 1 and folded not in _IGNORED


def trimmed_words(
    text: str, start: int, end: int, *, romanian: bool = False, places: bool = False
) -> list[re.Match[str]]:
    """The words of ``text[start:end]`` from the first to the last name-like one.

    In Romanian text (``romanian``), everyday Romanian words at the edges are trimmed
    off too, and a result made of them only is dropped unless it is a place
    (``places``): Romanian towns are often words as well ("Brad", "Jilava"). In other
    languages a capitalised Romanian word is more likely a name or a town than a word."""
    words = list(_WORD.finditer(text, start, end))
    if words and text[start:end].islower():
        # Lower case gives the model little to go on: trust it only when the result
        # holds a known given name ("jake morrison", not "mărimea patruzeci").
        if not any(w.group().capitalize() in GIVEN_NAMES for w in words):
            return []
        flags = [_is_lower_case_name_like(w.group()) for w in words]
    else:
        flags = [_is_name_like(w.group()) for w in words]
    if True not in flags:
        return []
    first = flags.index(True)
    last = len(flags) - 1 - flags[::-1].index(True)
    everyday = [romanian and _is_everyday_romanian(w.group()) for w in words]
    # An everyday Romanian word at an edge, a lower-case word between it and the rest,
    # is no part of the name ("Locuiesc în Brad"); one right next to another
    # capitalised word may be a given name that is also a word ("Glorie Masaryk").
    while first < last and everyday[first] and not flags[first + 1]:
        first = flags.index(True, first + 1)
    while last > first and everyday[last] and not flags[last - 1]:
        last = len(flags) - 1 - flags[::-1].index(True, len(flags) - last)
    if not places and all(everyday[k] for k in range(first, last + 1) if flags[k]):
        return []  # "Studii Medii", "Transporturi Externe": everyday words only
    return words[first : last + 1]


ORGANIZATION = "ORGANIZATION"  # spaCy's ORG, kept only when it is a town (below)
# Words right before a place: "from Neustadt", "driving in from Rodos", "în Érd".
_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:from|in|to|near|at|around|outside|din|[îi]n|la|de la|spre|l[âa]ng[ăa]|"
    r"aus|nach|bei|en|vers|à|a|de|da)[ \t]+$",
    re.IGNORECASE,
)
MAX_PLACE_WORDS = 3
TOWN_SCORE = 0.7
# What puts a place the model found next to someone: a place word ("in", "from", "la",
# "Location:"), a bracket or a table's cell ("Sarah Jones (Katowice)", "| Buzet |").
_PLACE_CONTEXT = re.compile(
    rf"(?:(?<![\w\-])(?:{'|'.join(PLACE_WORDS)})|[(|\t])[ \t]*$", re.IGNORECASE
)
PLACE_CONTEXT_REACH = 30
_AFTER_COMMA = re.compile(r",[ \t]*$")
# A town that the words around it show is no one's place.
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w])(?:the|our|your|their|this|that|a|an|each|every)[ \t]+$", re.IGNORECASE
)
_ROUTE_BEFORE = re.compile(r"(?:->|→|=>)[ \t]*$")
_ROUTE_AFTER = re.compile(r"[ \t]*(?:[A-Z]{3}[ \t]*)?(?:->|→|=>)")
_TRAVEL_BEFORE = re.compile(
    r"(?<![\w])(?:flights?|trains?|bus(?:es)?|coach(?:es)?|ferry|ferries|tickets?|"
    r"drove(?:[ \t]+off)?|driving|flying|flew|travel(?:l?ing|l?ed)?|trip|headed|heading|"
    r"zbor(?:ul)?|trenul|autocarul|plecat)[ \t]+(?:to|towards|for|into|spre|c[ăa]tre)[ \t]+$",
    re.IGNORECASE,
)
# After a name, what only a person does: "Solomon is much better", "Kali's order".
_PERSON_AFTER = re.compile(
    r"['’]s\b|[ \t]+(?:is|was|has|had|says|said|will|would|can|could|wants|asked|told|"
    r"came|went|called|left|took|and\s+I|e|a|are|era|spune|zice)\b"
)


def _is_place_taken_for_a_firm(text: str, result: RecognizerResult) -> bool:
    """An organisation the model found that is a town: one to three capitalised words on
    no word list, no firm's word among them, right after a place word, not a site where
    goods are ("collection only from Neustadt"; not "bought from Zalando Logistics",
    "shipped from Acme")."""
    value = text[result.start : result.end]
    words = value.split()
    if not 1 <= len(words) <= MAX_PLACE_WORDS or any(c.isdigit() for c in value):
        return False
    if _PLACE_BEFORE.search(text, max(0, result.start - 12), result.start) is None:
        return False
    if is_business_site(text, result.start, result.end):
        return False
    lex = lexicon()
    return all(
        w[:1].isupper()
        and lex.kind(w) in NAME_LIKE
        and w.casefold() not in NOT_PERSON_WORDS
        and not is_not_name(w)
        for w in words
    )


def _everyday_words(words: list[re.Match[str]], text: str, start: int) -> bool:
    """A "person" made of everyday dictionary words only, none on a name list and none
    seldom written, or one such word opening a sentence or a line ("Driver note: ...",
    "Card 4014 ... was charged", "Ear Nose and Throat clinic"; not "Wajda", which WordNet
    holds too but few people write)."""
    lex = lexicon()
    kinds = [lex.kind(w.group()) for w in words]
    if any(kind not in ("word", "stop") for kind in kinds):
        return False
    if len(words) == 1:
        return _starts_sentence(text, start) or not seldom_written(words[0].group())
    # Several words: a person only when every one is seldom written ("Faulty Toaster",
    # "Peony Dream" are products; "Andrei Tarkovsky" would have a listed name anyway).
    return not all(seldom_written(w.group()) for w in words)


def _towns_taken_for_firms(text: str, entities: Any) -> list[RecognizerResult]:
    """The model's organisations that are towns (``_is_place_taken_for_a_firm``)."""
    towns: list[RecognizerResult] = []
    for entity in entities:
        if entity.label_ != ORGANIZATION:
            continue
        result = RecognizerResult(LOCATION, entity.start_char, entity.end_char, TOWN_SCORE)
        if _is_place_taken_for_a_firm(text, result):
            towns.append(result)
    return towns


def _place_of_no_one(
    text: str,
    result: RecognizerResult,
    words: list[re.Match[str]],
    listed: bool,
    person_ends: set[int],
) -> bool:
    """A place the model found that the words around it show is no one's: a country or
    other dictionary words ("Kaufland Romania"), or a known town used as a modifier
    ("the Zagreb train", "our Lisbon office"), on a route ("Warsaw -> Vienna") or as a
    destination of travel ("flights to Vienna"). Recall first: a town with none of
    these stays redacted, and so does one after a place word, a bracket, a table's cell
    or a person and a comma ("Piotr Nowak, Gdynia"). The model also takes names for
    places ("Room money to Hellquist"): a word on no dictionary and no town list, or a
    listed given name or surname (``listed``), stays."""
    start, end = result.start, result.end
    if _PLACE_CONTEXT.search(text, max(0, start - PLACE_CONTEXT_REACH), start) is not None:
        return False
    comma = _AFTER_COMMA.search(text, max(0, start - PLACE_CONTEXT_REACH), start)
    if comma is not None and comma.start() in person_ends:
        return False
    if listed:
        return False
    lex = lexicon()
    if all(lex.kind(w.group()) in ("word", "stop") for w in words):
        return True
    if not is_town(text[start:end]):
        return False
    before = text[max(0, start - PLACE_CONTEXT_REACH) : start]
    return (
        _DETERMINER_BEFORE.search(before) is not None
        or _ROUTE_BEFORE.search(before) is not None
        or _ROUTE_AFTER.match(text, end) is not None
        or _TRAVEL_BEFORE.search(before) is not None
    )


def _acts_like_a_person(text: str, word: re.Match[str]) -> bool:
    """A word that starts a sentence and is followed by what only a person does ("Jagoda
    a lucrat bine azi", "Milan spune că"), and is no dictionary or function word of ours:
    a name, not a capitalised Romanian or English word ("Vreau", "Aveți")."""
    found = word.group()
    return (
        _PERSON_AFTER.match(text, word.end()) is not None
        and lexicon().kind(found) not in ("stop", "word")
        and not _is_everyday_romanian(found)
    )


def _starts_sentence(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text[:start]) is not None


class CleanSpacyRecognizer(SpacyRecognizer):
    """Presidio's ``SpacyRecognizer`` for PERSON and LOCATION only, cleaned as above."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_language=supported_language, supported_entities=list(NER_ENTITIES)
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        cleaned: list[RecognizerResult] = []
        found = list(super().analyze(text, entities, nlp_artifacts))
        # Where the model's people end: a town right after one and a comma is theirs.
        person_ends = {
            e.end_char
            for e in (nlp_artifacts.entities if nlp_artifacts is not None else None) or ()
            if e.label_ == "PERSON"
        }
        if LOCATION in entities and nlp_artifacts is not None:
            found.extend(_towns_taken_for_firms(text, nlp_artifacts.entities or ()))
        for result in found:
            # A name does not run over a line break ("Elöve Şafak\nDate of birth") nor
            # over a table's column separator ("Märeta Westerlund\tResponsable").
            cut = _CELL_END.search(text, result.start, result.end)
            if cut is not None:
                result.end = cut.start()
            words = trimmed_words(
                text,
                result.start,
                result.end,
                romanian=self.supported_language == "ro",
                places=result.entity_type == LOCATION,
            )
            if not words:
                continue
            known = all(w.group() in _KNOWN_NAMES for w in words)
            listed = any(w.group().capitalize() in _LISTED_NAMES for w in words)
            result.start, result.end = words[0].start(), words[-1].end()
            if result.entity_type == LOCATION and any(
                w.group().casefold() in NOT_PERSON_WORDS for w in words
            ):
                continue  # "Kundenbetreuerin", "Royal Mail HQ": a title or a firm
            if result.entity_type == PERSON and _everyday_words(words, text, result.start):
                continue  # "Landlord: Jordan Melendez", "Ear Nose and Throat clinic"
            # Outside English, a lone word opening a sentence is a name only when it is a
            # known Romanian one or what follows is what a person does.
            lone_opener = (
                self.supported_language not in MODEL_LANGUAGES
                and len(words) == 1
                and _starts_sentence(text, result.start)
            )
            acts = lone_opener and _acts_like_a_person(text, words[0])
            if lone_opener and not known and not acts:
                continue
            if (known or acts) and result.entity_type == LOCATION and PERSON in entities:
                result.entity_type = PERSON  # "Milan spune că l-a văzut"
            if (
                result.entity_type == PERSON
                and not listed
                and is_town(text[result.start : result.end])
                and _PERSON_AFTER.match(text, result.end) is None
            ):
                result.entity_type = LOCATION  # "finished the Rotterdam migration"
            if result.entity_type == LOCATION and _place_of_no_one(
                text, result, words, listed, person_ends
            ):
                continue  # "Hotel Continental, Budapest", "Bucharest OTP -> London"
            if is_business_site(text, result.start, result.end):
                continue  # "our Leipzig depot", "our Rotterdam depot" (taken for a person)
            cleaned.append(result)
        return cleaned
