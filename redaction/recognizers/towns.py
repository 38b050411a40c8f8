"""LOCATION: a town of the world's gazetteer after a word that puts someone there.

"The executor, Vedant Manne of Kulti", "sta in Nyiradony", "născut(ă) la 26.11.1954 în
Taranto", "vă sun din bisceglie", "Nuntă în familie la Dancu", "Sarah Jones (Katowice)",
"| Kirkenes |": one to four words in brackets, alone in a table's cell of a row holding
data, or after "in", "of", "from", "near", "în", "la", "din", "lângă", "aus", ... that
name a populated place of GeoNames (``redaction/data/towns.txt.gz``, about 197,000 names
of places with 500 inhabitants or more), in any case and with or without diacritics. The
longest name wins ("Poienile de sub Munte" before "Poienile").

Many town names are everyday words too ("Drama", "Hope", "Sala"): a name made only of
everyday or function words is never taken ("a lot of drama", "în Sala 3"; ``_everyday``),
unless our own list of towns holds it (``places.py``: "din Pitești", a frequent word of
Romanian text).
Nor is a town whose name runs on into a street's type or another capitalised word ("meet me at
kristinehamn road", "at Lyon Magistrates' Court"): that is a street or a building.
A town where goods are ("shipped from Pechea", "our office in Pechea", "the Rotary Club
of Telfs", "service-ul din Judenburg") is no one's place (``locations.is_business_site``);
a person who comes from it is not goods ("she comes from Pechea", "el vine din Pechea").
"""

from __future__ import annotations

import gzip
import re
from functools import cache

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.data.build_towns import TOWNS_FILE, town_key
from redaction.entities import LOCATION
from redaction.recognizers.address import EN_STREET_TYPES
from redaction.recognizers.brands import NOT_PERSON_WORDS
from redaction.recognizers.common_words import (
    is_common_word,
    is_everyday_in_our_languages,
    is_rare_in_our_languages,
)
from redaction.recognizers.locations import SHIPPING_WORDS, is_business_site, person_comes_from
from redaction.recognizers.name_gazetteer import lexicon
from redaction.recognizers.places import PLACES
from redaction.recognizers.residence import place_words

__all__ = ["TownRecognizer", "TownShapeRecognizer", "is_town", "town_names"]

# Words right before a place.
PLACE_WORDS: tuple[str, ...] = (
    r"in", r"of", r"from", r"near", r"at", r"outside", r"around", r"[îi]n", r"la",
    r"din", r"l[âa]ng[ăa]", r"de\s+la", r"de\s+l[âa]ng[ăa]", r"spre", r"aus", r"bei", r"nach",
    r"uit", r"bij", r"moved\s+to", r"moving\s+to", r"emigrated\s+to", r"relocated\s+to",
    r"location\s*:", r"loca[țt]ie\s*:", r"venue\s*:", r"address\s*:",
)  # fmt: skip
# After these, "from" / "spre" name where goods or travellers go, not where someone is.
_MOVING = rf"(?:{'|'.join(SHIPPING_WORDS)})"
_MOVING_CUES = frozenset({"from", "din", "spre", "nach"})
_CUE = re.compile(rf"(?<![\w\-])(?:{'|'.join(PLACE_WORDS)})[ \t]+", re.IGNORECASE)
_SHIPPED = re.compile(rf"(?<![\w])(?:{_MOVING})[ \t]+(?:[^\W\d_]+[ \t]+)?$", re.IGNORECASE)
_BRACKET = re.compile(r"\((?=[^\W\d_])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"'’”)]*[ \t]*)$")
_STREET_TYPE = re.compile(rf"(?:{'|'.join(EN_STREET_TYPES)})", re.IGNORECASE)
MAX_TOWN_WORDS = 4
MIN_SINGLE_LETTERS = 4
SCORE = 0.6


@cache
def town_names() -> frozenset[str]:
    """The gazetteer's names as ``town_key`` writes them; read once, on first use."""
    with gzip.open(TOWNS_FILE, "rt", encoding="utf-8") as lines:
        return frozenset(line.rstrip("\n") for line in lines if line.strip())


def is_town(name: str) -> bool:
    """True when ``name`` is the name of a populated place in the gazetteer."""
    return town_key(name) in town_names()


def _everyday(word: str) -> bool:
    """A function word or an everyday word. In lower case: a dictionary word of English
    or Romanian, a name that is one too ("hope", "wells"), or a word English or Romanian
    text often writes ("buget"); not a word frequent only in the language of the town's
    own country ("vă sun din pistoia"). Capitalised: a word frequent in English or
    Romanian text ("Drama", "Sala", "Victoria"); the dictionary and the word lists hold
    too many towns to ask them ("Katowice", "Taranto", "Dubrovnik")."""
    lex = lexicon()
    if lex.kind(word) == "stop":
        return True
    if word.islower():
        return (
            lex.kind(word) in ("word", "amb_given", "amb_surname")
            or word in lex.romanian
            or not is_rare_in_our_languages(word)
        )
    return is_everyday_in_our_languages(word)


def _plausible(words: list[str]) -> bool:
    """Not an everyday phrase: some word is no everyday word; one word alone has at
    least four letters, or three with a capital ("Érd")."""
    if all(_everyday(w) for w in words):
        return False
    letters = sum(ch.isalpha() for ch in words[0])
    return (
        len(words) > 1
        or letters >= MIN_SINGLE_LETTERS
        or (letters == MIN_SINGLE_LETTERS - 1 and words[0][:1].isupper())
    )


def _part_of_a_longer_name(text: str, start: int, following: str) -> bool:
    """The town's name runs on into a street's type ("at kristinehamn road") or into a
    capitalised word inside a sentence: a street, a court, a clinic named after the town."""
    if _STREET_TYPE.fullmatch(following) or following.casefold() in NOT_PERSON_WORDS:
        return True  # "kristinehamn road", "Sainte-Marie Clinic"
    return following[:1].isupper() and not _SENTENCE_START.search(text[:start])


class TownRecognizer(EntityRecognizer):
    """LOCATION: a known town after "in", "of", "from", "din", "la", ..."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[LOCATION],
            supported_language=supported_language,
            name="TownRecognizer",
        )

    def load(self) -> None:
        """The gazetteer is read on first use (``town_names``)."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if LOCATION not in entities:
            return []
        found: list[RecognizerResult] = []
        for cue in _CUE.finditer(text):
            moving = cue.group().strip().casefold() in _MOVING_CUES
            if (
                moving
                and _SHIPPED.search(text, max(0, cue.start() - 40), cue.start())
                and not person_comes_from(text[max(0, cue.start() - 40) : cue.end()])
            ):
                continue  # "shipped from Pechea", not "she comes from Pechea"
            town = self._town_at(text, cue.end())
            if town is not None and not is_business_site(text, *town):
                found.append(RecognizerResult(LOCATION, town[0], town[1], SCORE))
        found.extend(_towns_in_cells(text))  # "A5: Karle Lie | ... | Kirkenes | paid"
        for bracket in _BRACKET.finditer(text):  # "Sarah Jones (Katowice) won the raffle"
            town = self._town_at(text, bracket.end())
            if town is not None and text.startswith(")", town[1]):
                found.append(RecognizerResult(LOCATION, town[0], town[1], SCORE))
        return found

    @staticmethod
    def _town_at(text: str, pos: int) -> tuple[int, int] | None:
        words = place_words(text, pos, MAX_TOWN_WORDS)
        names = town_names()
        for n in range(len(words), 0, -1):
            start, end = words[0].start(), words[n - 1].end()
            if town_key(text[start:end]) not in names:
                continue
            if n < len(words) and _part_of_a_longer_name(text, start, words[n].group()):
                return None  # "Oxford Street", "Lyon Magistrates' Court"
            plausible = text[start:end] in PLACES or _plausible([w.group() for w in words[:n]])
            return (start, end) if plausible else None  # "Pitești" is frequent, and a town
        return None


_LINE = re.compile(r"[^\n]+")
MIN_CELL_SEPARATORS = 2  # a table's row: three cells or more
_CELL = re.compile(r"[^|\t]+")
_DATA = re.compile(r"[\d@]")


def _towns_in_cells(text: str) -> list[RecognizerResult]:
    """A known town that fills a table's cell on its own ("| Kirkenes |") in a row that
    holds data (a digit or an "@"): in a sign-up sheet or a register, the town of the
    person the row is about. A header row ("Tură | Șofer | Permis") holds none, and a
    word English or Romanian text often writes is never taken."""
    found: list[RecognizerResult] = []
    if "|" not in text and "\t" not in text:
        return found
    for row in _LINE.finditer(text):
        line = row.group()
        if line.count("|") + line.count("\t") < MIN_CELL_SEPARATORS or not _DATA.search(line):
            continue
        for cell in _CELL.finditer(text, row.start(), row.end()):
            first = cell.start() + len(cell.group()) - len(cell.group().lstrip())
            words = [w for w in place_words(text, first, MAX_TOWN_WORDS) if w.end() <= cell.end()]
            if not words or text[words[-1].end() : cell.end()].strip():
                continue
            start, end = words[0].start(), words[-1].end()
            names = [w.group() for w in words]
            if (
                is_town(text[start:end])
                and _plausible(names)
                and any(is_rare_in_our_languages(w) for w in names)
                and not is_business_site(text, start, end)
            ):
                found.append(RecognizerResult(LOCATION, start, end, SCORE))
    return found


# English place names built from a person's name: "Johnton", "Danielfort", "Lake Johnton",
# "Port Danielfort", "New Jeffrey", and names joined by a word of place ("Bazin-sur-Mer"):
# the shapes of English and French toponymy, and of the towns test-data generators make
# up from them.
TOWN_SUFFIXES: tuple[str, ...] = (
    "town", "ton", "land", "ville", "berg", "burgh", "borough", "bury", "view", "port",
    "mouth", "stad", "furt", "chester", "fort", "haven", "side", "shire",
)  # fmt: skip
TOWN_PREFIXES: tuple[str, ...] = ("North", "East", "West", "South", "New", "Lake", "Port")
MIN_STEM = 3
# Place names joined by a word of place, French or German: "Bazin-sur-Mer",
# "Fischer-sur-Lefèvre", "Châlons-en-Champagne", "Neustadt-an-der-Weinstraße".
_LINKED = regex.compile(
    r"(?<![\w\-])\p{Lu}[\p{L}'’]+(?:-(?:sur|sous|en|lès|les|le|la|de|du|des|aux|am|an|der|"
    r"im|ob|bei|upon|on)){1,2}-\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?(?![\w\-])"
)
_SUFFIXED = regex.compile(
    rf"(?<![\w\-])(?:(?P<prefix>{'|'.join(TOWN_PREFIXES)})[ \t]+)?"
    rf"(?P<word>\p{{L}}+(?i:{'|'.join(TOWN_SUFFIXES)}))(?![\w\-])"
)
_PREFIXED = regex.compile(
    rf"(?<![\w\-])(?P<prefix>{'|'.join(TOWN_PREFIXES)})[ \t]+(?P<word>\p{{Lu}}\p{{Ll}}+)(?![\w\-])"
)


def _named_town(word: str) -> bool:
    """A word made of a listed given name or surname and a town's ending, itself on no
    everyday list: "Johnton", "Danielfort", "Royview"."""
    lex = lexicon()
    folded = word.casefold()
    if lex.kind(word) in ("stop", "word", "amb_given", "amb_surname") or is_common_word(word):
        return False
    for suffix in TOWN_SUFFIXES:
        stem = folded[: -len(suffix)]
        listed = stem in lex.given or stem in lex.surnames
        if folded.endswith(suffix) and len(stem) >= MIN_STEM and listed:
            return True
    return False


class TownShapeRecognizer(EntityRecognizer):
    """LOCATION: an English place name made from a person's name ("Lake Johnton")."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[LOCATION],
            supported_language=supported_language,
            name="TownShapeRecognizer",
        )

    def load(self) -> None:
        """Nothing to load: the name lists are the gazetteer's."""

    @staticmethod
    def _add(found: list[RecognizerResult], text: str, start: int, end: int) -> None:
        if not is_business_site(text, start, end):
            found.append(RecognizerResult(LOCATION, start, end, SCORE))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if LOCATION not in entities:
            return []
        lex = lexicon()
        found: list[RecognizerResult] = []
        for match in _LINKED.finditer(text):  # "Bazin-sur-Mer", "Neustadt-an-der-Weinstraße"
            self._add(found, text, match.start(), match.end())
        for match in _SUFFIXED.finditer(text):  # "Johnton", "Port Danielfort"
            if _named_town(match.group("word")):
                self._add(found, text, match.start(), match.end())
        for match in _PREFIXED.finditer(text):  # "New Jeffrey", "Lake Laura"
            if match.group("word").casefold() in lex.given:
                self._add(found, text, match.start(), match.end())
        return found
