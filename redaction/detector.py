"""Find personal data in a message: text and language in, sorted non-overlapping spans out.

Where recognizers of one type overlap, the union of their spans is redacted
(``merge_overlapping``): recall first.

The Presidio ``AnalyzerEngine`` (and with it the spaCy model) is built on first use,
once, under a lock; constructing a ``PiiDetector`` is cheap. ``get_detector()`` is the
process-wide instance the runtime shares.

Spoken forms ("forty five elm street", "b one two three a b c") are found by a second
pass: ``redaction.normalize`` writes them out ("45 elm street", "B123ABC"), the
recognizers run on that text without the NER model (its work on the original text
stands), and what they find where the text was rewritten is mapped back onto the
original words. Letters spelt one by one are reported as names (``spelled_names``).
A span of the second pass is joined with the spans of its type it overlaps, so that two
recognizers that each found part of a spoken value cover all of it; then overlaps
between types are resolved as before.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence

from presidio_analyzer import AnalyzerEngine, EntityRecognizer
from presidio_analyzer.nlp_engine import NlpArtifacts

from bot.errors import BadRequest, ConfigError
from models.ner import build_nlp_engine, forgetting_texts
from models.person_ner import load_person_ner
from redaction import entities as ent
from redaction.context_enhancer import InPlaceContextEnhancer
from redaction.entities import DEFAULT_ENTITIES
from redaction.normalize import Normalized, normalize
from redaction.recognizers.address_pieces import joined_address_pieces, with_bracketed_parts
from redaction.recognizers.address_tail import with_address_tails
from redaction.recognizers.brands import (
    has_non_person_word,
    not_personal_zones,
    person_before_firm,
)
from redaction.recognizers.common_words import is_common_word, is_everyday_in_our_languages
from redaction.recognizers.firms import paired_names
from redaction.recognizers.landmarks import is_landmark
from redaction.recognizers.name_gazetteer import (
    LEADING_NOT_NAME,
    LISTED,
    PARTICLES,
    Lexicon,
    everyday_label,
    lexicon,
    possessive_stem,
)
from redaction.recognizers.name_neighbours import with_name_neighbours
from redaction.recognizers.name_repeats import with_repeated_names
from redaction.recognizers.phone import is_service_number
from redaction.recognizers.place_tail import country_names, with_place_tails
from redaction.recognizers.products import is_product_name
from redaction.recognizers.spoken import spelled_names, spoken_card_numbers
from redaction.recognizers.towns import town_names
from redaction.recognizers.vocabulary import is_contraction
from redaction.registry import (
    RECOGNIZERS,
    SUPPORTED_LANGUAGES,
    RecognizerSpec,
    build_registry,
    supported_entities,
)
from redaction.spans import Span, merge_overlapping
from redaction.word_memory import load_everyday_vocabulary, remembering_message_words

DEFAULT_THRESHOLD = 0.35
# A name trimmed of lower-case everyday words after it keeps at least this many words:
# a two-word name may end in one ("lars berg").
MIN_NAME_WORDS_LEFT = 2
# Which label wins when two recognizers report the same text with the same score:
# the stricter check first (a CNP's date, county and checksum beat a card's Luhn digit).
TIE_BREAK: tuple[str, ...] = (
    ent.RO_CNP,
    ent.RO_ID_CARD,
    ent.IBAN_CODE,
    ent.EMAIL_ADDRESS,
    ent.CREDIT_CARD,
    ent.NATIONAL_ID,
    ent.PASSPORT,
    ent.DRIVER_LICENSE,
    ent.PHONE_NUMBER,
    ent.IP_ADDRESS,
    ent.DATE_OF_BIRTH,
    ent.RO_LICENSE_PLATE,
    ent.STREET_ADDRESS,
    ent.PERSON,
    ent.LOCATION,
)

# Types whose overlapping spans are not joined: a typed e-mail address has exact edges,
# and a spoken-form guess around it must not widen it over the word before.
EXACT_EDGES: frozenset[str] = frozenset({ent.EMAIL_ADDRESS})

# Entity types the second pass looks for only where letters were spelt out.
NAMES_AND_PLACES: frozenset[str] = frozenset({ent.PERSON, ent.LOCATION})

__all__ = ["DEFAULT_ENTITIES", "DEFAULT_THRESHOLD", "PiiDetector", "get_detector"]


class PiiDetector:
    """Detects ``entities`` with a score of at least ``threshold`` in ``languages``.

    Raises ``ConfigError`` at construction when asked for an entity type no recognizer
    reports or a threshold outside [0, 1].
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        entities: Sequence[str] = DEFAULT_ENTITIES,
        languages: Sequence[str] = SUPPORTED_LANGUAGES,
        recognizers: Iterable[RecognizerSpec] = RECOGNIZERS,
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ConfigError("redaction", "threshold", f"must be within [0, 1], got {threshold}")
        self._specs = tuple(recognizers)
        unknown = sorted(set(entities) - supported_entities(self._specs))
        if unknown:
            raise ConfigError("redaction", "entities", f"no recognizer reports {unknown}")
        unsupported = sorted(set(languages) - set(SUPPORTED_LANGUAGES))
        if unsupported:
            raise ConfigError("redaction", "languages", f"unsupported: {unsupported}")
        self.threshold = threshold
        self.entities: tuple[str, ...] = tuple(entities)
        self.languages: tuple[str, ...] = tuple(languages)
        self._engine: AnalyzerEngine | None = None
        self._engine_lock = threading.Lock()
        self._by_language: dict[str, tuple[EntityRecognizer, ...]] = {}

    def warm_up(self) -> None:
        """Load the model, the word lists and build the engine now instead of on the
        first message."""
        # An address loads the e-mail check's suffix list (about 0.2 s) now, too.
        self.detect("warm up, warm@example.com", self.languages[0])
        is_common_word("xqzv")  # no language has it: wordfreq reads the list of each
        town_names()  # the world's towns, read once
        country_names()
        load_person_ner()  # our PERSON model reads only messages with a rare word

    def detect(self, text: str, lang: str) -> list[Span]:
        """Spans of personal data in ``text``, sorted, never overlapping.

        Raises ``BadRequest`` for a language this detector does not serve.
        """
        if lang not in self.languages:
            raise BadRequest(
                f"unsupported language {lang!r} for PII detection; "
                f"supported: {', '.join(self.languages)}"
            )
        if not text.strip():
            return []
        # The word lists forget the words of the text once the analysis is done, too.
        with remembering_message_words():
            return self._detect(text, lang)

    def _detect(self, text: str, lang: str) -> list[Span]:
        analyzer = self._analyzer()
        # The model keeps no word of the text once the analysis is done (``models.ner``).
        with forgetting_texts():
            results = analyzer.analyze(
                text=text,
                language=lang,
                entities=list(self.entities),
                score_threshold=self.threshold,
            )
            spans = [Span(r.entity_type, r.start, r.end, float(r.score)) for r in results]
        normalized = normalize(text, lang)
        if normalized.is_changed:
            spoken = self._spoken_spans(normalized, lang)
            if ent.CREDIT_CARD in self.entities:
                spoken.extend(spoken_card_numbers(normalized))
            if ent.PERSON in self.entities:
                spoken.extend(spelled_names(text, normalized.spelled, spans + spoken))
            spans = widen(spans, spoken)
        zones = not_personal_zones(text) + _surname_pairs(text)
        spans = [c for c in (_without_firm(s, text) for s in spans) if c is not None]
        spans = [_without_everyday_tail(s, text, lang) for s in spans]
        spans = [_without_leading_link(s, text) for s in spans]  # "lives on Rua Augusta 274"
        spans = [c for c in (_outside_brand(s, zones, text) for s in spans) if c is not None]
        spans = [s for s in spans if not is_landmark(text, s)]  # "St Luke's Hall"
        spans = [s for s in spans if not _is_product(s, text)]  # "the Rose vase"
        spans = [s for s in spans if not _is_field_label(s, text)]  # "Preferred Day:"
        spans = [s for s in spans if not _is_product_spelling(s, text)]  # "iOS", "eBay"
        spans = [s for s in spans if not _is_greeting(s, text)]  # "Customer: Morning."
        spans = [s for s in spans if not _after_a_determiner(s, text)]  # "the Requiem"
        spans = [s for s in spans if not _is_bot_name(s, text)]  # "I'm Ava, the virtual helper"
        spans = with_address_tails(text, spans, lang)
        spans = joined_address_pieces(text, spans)  # "Gogoy Eyth" + "1348, Suite 300"
        spans = with_bracketed_parts(text, spans)  # "Valea Mare (Babeni)"
        spans = with_place_tails(text, spans)  # "14 Oak Street, Bristol", "Osaka, Japan"
        spans = with_name_neighbours(text, spans)  # "teofila glenn"
        spans = with_repeated_names(text, spans)  # "Present: Gaspar ... ACTION: Gaspar to"
        spans = [
            s
            for s in spans
            if not (s.entity_type == ent.PHONE_NUMBER and is_service_number(s.text(text)))
        ]  # "0800 123 456" reaches a business, not a person
        return merge_overlapping(spans, TIE_BREAK, exact=EXACT_EDGES)

    def _spoken_spans(self, normalized: Normalized, lang: str) -> list[Span]:
        """Spans the recognizers find where ``normalized`` rewrote the text, in original
        offsets. They get artifacts without named entities: the model is not run again,
        its finds on the original text stand."""
        spans: list[Span] = []
        entities = list(self.entities)
        artifacts = _without_entities(lang)
        for recognizer in self._recognizers(lang):
            if not normalized.spelled and set(recognizer.supported_entities) <= NAMES_AND_PLACES:
                continue  # only letters spelt out can make a name or place appear
            for r in recognizer.analyze(normalized.text, entities, artifacts):
                if r.score < self.threshold or not normalized.touches_change(r.start, r.end):
                    continue
                start, end = normalized.to_original(r.start, r.end)
                spans.append(Span(r.entity_type, start, end, float(r.score)))
        return spans

    def _recognizers(self, lang: str) -> tuple[EntityRecognizer, ...]:
        found = self._by_language.get(lang)
        if found is None:
            registry = self._analyzer().registry
            found = tuple(registry.get_recognizers(language=lang, entities=list(self.entities)))
            self._by_language[lang] = found
        return found

    def _analyzer(self) -> AnalyzerEngine:
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                engine = self._engine
                if engine is None:
                    load_everyday_vocabulary()
                    engine = AnalyzerEngine(
                        registry=build_registry(self.languages, self._specs),
                        nlp_engine=build_nlp_engine(self.languages),
                        supported_languages=list(self.languages),
                        default_score_threshold=self.threshold,
                        context_aware_enhancer=InPlaceContextEnhancer(),
                    )
                    self._engine = engine
        return engine


def _surname_pairs(text: str) -> list[tuple[int, int]]:
    """Two surnames joined by "&", a firm ("Weijland & Rubben"); a given name on either
    side makes a couple or two people ("Ana & Mihai", "Smith & Ana")."""
    lex = lexicon()
    return [
        (start, end)
        for start, end, words in paired_names(text)
        if not any(lex.kind(w) in ("given", "amb_given") for w in words)
    ]


def _without_firm(span: Span, text: str) -> Span | None:
    """A name found with the firm or title after it, cut to the name ("Ivan Vrdoljak de
    la Fan Courier" -> "Ivan Vrdoljak"); None for a span that is only a firm or title.
    A possessive "'s" stays outside the name ("Grzegorz's order")."""
    if span.entity_type != ent.PERSON:
        return span
    owner = _POSSESSIVE_INSIDE.search(text, span.start, span.end)
    if owner is not None:
        span = Span(span.entity_type, span.start, owner.start(), span.score)  # "Carlota's plus-one"
    stem = possessive_stem(span.text(text))
    span = Span(span.entity_type, span.start, span.start + len(stem), span.score)
    alone = span.text(text)
    if alone.casefold() in LEADING_NOT_NAME and lexicon().kind(alone) not in LISTED:
        return None  # "Reclamantul," alone: a role, no name ("Nana" is one too)
    span = _without_leading_title(span, text)
    if not has_non_person_word(span.text(text)):
        return span
    length = person_before_firm(span.text(text))
    if length is None:
        return None
    return Span(span.entity_type, span.start, span.start + length, span.score)


# A possessive with a lower-case word after it: the name ends with its owner ("Carlota's
# plus-one"); a capitalised one may name a place ("St Luke's Hall", ``landmarks.py``).
_POSSESSIVE_INSIDE = re.compile(r"['’]s[ \t]+(?=[a-zăâîșț])")
_LINE_START = re.compile(r"(?:^|\n)[ \t>*\-•]*$")
_COLON_AFTER = re.compile(r"[ \t]*:")


def _without_everyday_tail(span: Span, text: str, lang: str) -> Span:
    """A name without the words after it that are no name: a contraction ("mrs ward
    i'll") and, while two words are left, a lower-case dictionary word ("my name is jose
    moore policy a2228155", "this is xavier mohan date of birth")."""
    if span.entity_type != ent.PERSON:
        return span
    words = list(_WORD.finditer(text, span.start, span.end))
    if any(len(w.group()) == 1 for w in words):
        return span  # a name spelt out ("peter van dam p e t e r"): every word is part
    lex = lexicon(lang)
    while len(words) > 1 and is_contraction(words[-1].group()):
        words.pop()
    # A name in capitals keeps no lower-case word after it ("József goes"); one in lower
    # case keeps two words, both of which may be dictionary words.
    least = 1 if words[0].group()[:1].isupper() else MIN_NAME_WORDS_LEFT
    while len(words) > least and _everyday_lower(words[-1].group(), lex):
        words.pop()
        while len(words) > least and words[-1].group() in PARTICLES:
            words.pop()  # "viviana de la yoga": the particles before the word go too
    if words[-1].end() == span.end:
        return span
    return Span(span.entity_type, span.start, words[-1].end(), span.score)


# A preposition or verb in lower case before an address: "lives on", "address to", "stau pe".
_LEADING_LINK = re.compile(r"(?:on|to|at|in|into|is|from|la|pe|în|din|e|este)[ \t]+(?=\S)")


def _without_leading_link(span: Span, text: str) -> Span:
    """A street address without the preposition that a pattern took in before it."""
    if span.entity_type != ent.STREET_ADDRESS:
        return span
    link = _LEADING_LINK.match(text, span.start, span.end)
    if link is None or (span.start > 0 and text[span.start - 1].isalnum()):
        return span
    return Span(span.entity_type, link.end(), span.end, span.score)


def _everyday_lower(word: str, lex: Lexicon) -> bool:
    """A lower-case dictionary word on no name list that English or Romanian text
    writes often ("policy", "date"): no one's surname in a lower-case name."""
    return (
        word.islower()
        and word not in PARTICLES
        and lex.kind(word) in ("word", "stop")
        and is_everyday_in_our_languages(word)
    )


# Greetings and sign-offs that are names too ("Best", "Morning" is no one's).
GREETING_WORDS: frozenset[str] = frozenset(
    """
    morning afternoon evening night best cheers regards thanks thank hi hello hey bye
    goodbye welcome congratulations congrats salut bună buna mersi pa ciao servus
    """.split()
)
_GREETING_END = re.compile(r"[ \t]*(?:[,.!]|$)", re.MULTILINE)
_UTTERANCE_START = re.compile(r"(?:^|\n|[:.!?])[ \t>*\-•\"“]*$")


# "the", "a", "our", ... right before a word: a thing or a group, not a person or a town.
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:the|a|an|this|these|those|our|your|their)[ \t]+$", re.IGNORECASE
)
# ... unless a family's word follows the name: "the Popescu family", "the Smith twins".
_FAMILY_AFTER = re.compile(
    r"[ \t]+(?:family|families|household|brothers|sisters|twins|kids|children|boys|girls"
    r"|siblings|couple|residence|house|home|estate|clan|parents)(?![\w])",
    re.IGNORECASE,
)
DETERMINER_REACH = 12


def _after_a_determiner(span: Span, text: str) -> bool:
    """A one-word PERSON or LOCATION right after a determiner ("with the Requiem", "the
    Aftercare team", "the Oak board"), not before a family's word ("the Smith family"), nor
    a town after "a" or "an" ("A Lund pensioner")."""
    if span.entity_type not in (ent.PERSON, ent.LOCATION):
        return False
    if len(_WORD.findall(text, span.start, span.end)) != 1:
        return False
    before = text[max(0, span.start - DETERMINER_REACH) : span.start]
    found = _DETERMINER_BEFORE.search(before)
    if found is None or _FAMILY_AFTER.match(text, span.end):
        return False
    # "A Lund pensioner", "an Ovar man": a town before a person is where that person lives.
    return span.entity_type == ent.PERSON or found.group().split()[0].casefold() not in ("a", "an")


def _is_greeting(span: Span, text: str) -> bool:
    """A "name" that is one greeting or sign-off word opening a line or an utterance
    and followed by a comma, a full stop, an exclamation mark or the end of the line
    ("Best,\nVenizelos", "Customer: Morning. I'm ..."; not "I spoke to Mr Best.")."""
    return (
        span.entity_type == ent.PERSON
        and span.text(text).casefold() in GREETING_WORDS
        and _GREETING_END.match(text, span.end) is not None
        and _UTTERANCE_START.search(text, 0, span.start) is not None
    )


# What a chatbot calls itself after its name: "I'm Ava, the virtual helper", "Sunt Ioana,
# asistentul virtual", "Max (bot)"; not "Maria, the agent", a person.
_BOT_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:the|your|our|an?)[ \t]+)?(?:friendly[ \t]+)?(?:(?:virtual|digital|"
    r"ai|automated|online)[ \t]+(?:assistant|helper|agent)|(?:chat)?bot)|\([ \t]*(?:bot|ai|"
    r"chatbot|virtual assistant)[ \t]*\)|,[ \t]*(?:asistent(?:ul|a)?|robotul)[ \t]+"
    r"(?:virtual|digital))(?![\w])",
    re.IGNORECASE,
)


def _is_bot_name(span: Span, text: str) -> bool:
    """A name a chatbot introduces itself by: no person's."""
    return span.entity_type in NAMES_AND_PLACES and _BOT_AFTER.match(text, span.end) is not None


def _is_product(span: Span, text: str) -> bool:
    return span.entity_type in NAMES_AND_PLACES and is_product_name(text, span.start, span.end)


# A word written the way products are and names are not: a lower-case start, then a
# capital ("iOS", "eBay", "iPhone", "eMAG", "macOS"), unless the start is a surname's
# particle ("deGrasse", "diCaprio", "vanDyke", "McDonald" starts with a capital anyway).
_PRODUCT_SPELLING = re.compile(
    r"(?!(?:de|di|da|du|del|della|le|la|lo|van|von|der|den|ter|ten|mc|st)[A-Z])"
    r"[a-z]+[A-Z][\w\-]*"
)


def _is_product_spelling(span: Span, text: str) -> bool:
    """A name or place whose every word is spelt like a product ("client iOS 9.16")."""
    if span.entity_type not in NAMES_AND_PLACES:
        return False
    words = span.text(text).split()
    return bool(words) and all(_PRODUCT_SPELLING.fullmatch(w) for w in words)


def _is_field_label(span: Span, text: str) -> bool:
    """A "name" that opens a line and ends in a colon and is a form's label by its words
    (``everyday_label``: "Preferred Day:", "Best Number:"), whoever found it."""
    if span.entity_type != ent.PERSON:
        return False
    if not _COLON_AFTER.match(text, span.end) or not _LINE_START.search(text, 0, span.start):
        return False
    return everyday_label(
        [lexicon().kind(w.group()) for w in _WORD.finditer(text, span.start, span.end)]
    )


# Words for kin and the people around someone, in lower case before a name ("my son
# József", "your colleague Ana"); capitalised, some are names ("Son", "Sora").
KIN_WORDS: frozenset[str] = frozenset(
    """
    son daughter wife husband mum mom mother dad father brother sister uncle aunt cousin
    nephew niece grandson granddaughter grandma grandpa grandmother grandfather boyfriend
    girlfriend partner fiancé fiance fiancée fiancee friend colleague neighbour neighbor
    boss flatmate roommate stepson stepdaughter
    fiul fiica soția sotia soțul sotul mama tata fratele sora unchiul mătușa matusa
    vărul varul verișoara verisoara nepotul nepoata bunica bunicul prietenul prietena
    colegul colega vecinul vecina șeful seful șefa sefa
    """.split()
)


def _without_leading_title(span: Span, text: str) -> Span:
    """A name without the words of address, role or kinship that open it ("doctor
    grenier" -> "grenier", "lui Cristina Popa" -> "Cristina Popa", "son József" ->
    "József"); the last word always stays."""
    words = list(_WORD.finditer(text, span.start, span.end))
    while len(words) > 1 and (
        words[0].group().casefold() in LEADING_NOT_NAME
        or words[0].group() in KIN_WORDS
        or _opens_a_capitalised_name(words[0].group(), words[1].group())
    ):
        words.pop(0)
    return Span(span.entity_type, words[0].start(), span.end, span.score) if words else span


def _opens_a_capitalised_name(word: str, following: str) -> bool:
    """A greeting before a capitalised name ("Buna Roderick", "Hi Anna"). An everyday
    word in lower case is left in: it may be a particle or a name typed in lower case
    ("christian Suarez"), and cutting such words cost a name word on held-out text."""
    return following[:1].isupper() and word.casefold() in GREETING_WORDS


def _outside_brand(span: Span, zones: Sequence[tuple[int, int]], text: str) -> Span | None:
    """A name or place that runs into a brand named after people is cut before it
    ("gabriela tudor de la marks & spencer" -> "gabriela tudor"); one inside or after
    the brand ("Tommy Hilfiger", "Aston Martin Vantage") is dropped (None)."""
    if span.entity_type not in NAMES_AND_PLACES:
        return span
    end = span.end
    for start, stop in zones:
        if start < end and span.start < stop:
            end = min(end, start)
    if end == span.end:
        return span
    words = list(_WORD.finditer(text, span.start, end))
    lex = lexicon()
    while words and lex.kind(words[-1].group()) == "stop":
        words.pop()  # "gabriela tudor de la", "Rotterdam pentru"
    if text[end : end + 1].isupper():
        # before a capitalised firm, a lower-case word that is not only a name is the
        # sentence's own ("bill Okafor & Lindqvist", "pay Mercer Holdings")
        while (
            words and words[-1].group().islower() and lex.kind(words[-1].group()) in _NOT_ONLY_NAME
        ):
            words.pop()
    if not words:
        return None
    return Span(span.entity_type, span.start, words[-1].end(), span.score)


_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
_NOT_ONLY_NAME = frozenset({"stop", "word", "amb_given", "amb_surname"})


def _without_entities(lang: str) -> NlpArtifacts:
    """NLP artifacts that hold no tokens and no named entities."""
    return NlpArtifacts(
        entities=[],
        tokens=None,  # type: ignore[arg-type]  # no recognizer of ours reads tokens
        tokens_indices=[],
        lemmas=[],
        nlp_engine=None,
        language=lang,
    )


def widen(found: Sequence[Span], spoken: Sequence[Span]) -> list[Span]:
    """``found`` and ``spoken`` together, each spoken span joined with the spans of its
    type that it overlaps ("costi 90@gmail.com" with "90@gmail.com"). Spans found on
    the original text alone are left as they are."""
    touching = [
        f for f in found if any(f.entity_type == s.entity_type and f.overlaps(s) for s in spoken)
    ]
    rest = [f for f in found if f not in touching]
    return rest + join_same_type([*spoken, *touching])


def join_same_type(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans of one entity type joined into one, with the higher score."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.entity_type, s.start, -s.end)):
        last = joined[-1] if joined else None
        if last is not None and last.entity_type == span.entity_type and span.start < last.end:
            joined[-1] = Span(
                last.entity_type, last.start, max(last.end, span.end), max(last.score, span.score)
            )
        else:
            joined.append(span)
    return joined


_shared: PiiDetector | None = None
_shared_lock = threading.Lock()


def get_detector() -> PiiDetector:
    """The process-wide detector with default settings (built lazily, loaded on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PiiDetector()
        return _shared
