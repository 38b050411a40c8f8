"""E-mail addresses and phone numbers as speech recognition writes them.

Phone transcripts are lower case, without punctuation, with symbols and digits spelt
out: "john dot miller at gmail dot com", "ion punct popescu arond yahoo punct ro",
"zero seven two two one two three four five six", "plus patru zero sapte doi doi ...".

* Spoken e-mail: a local part (words or digits joined by "dot", "punct", "underscore",
  "dash", "liniuță" ...), "at" / "arond" / "@", then a domain whose last part is a
  known top-level domain after "dot" / "punct". The span is the whole spoken address.
* Spoken phone: a run of digit words in English ("oh", "double five") or Romanian
  (with or without diacritics), digits allowed in between, optionally after "plus";
  reported when it spells 7 to 15 digits of which at least three are words, so plain
  digit groups ("order 45821 2 3") are never taken for a phone number.
* Spelled names (``spelled_names``, run by the detector on what ``redaction.normalize``
  found spelt letter by letter): "p e t e r" is a PERSON when it spells a word of a
  name found in the message, when the same word is said right before or after it
  ("anna a n n a", "k o w a l s k i kowalski"; the spoken word is reported too), or
  after a spelling cue ("spelled", "se scrie", "litera cu litera").
* Spoken card numbers (``spoken_card_numbers``, on the normalised text): 13 to 19
  digits read out right after a card cue ("the card is four five ...", "cardul e
  patru unu ..."), whether or not the Luhn digit checks: one misheard digit must not
  leave the rest of the number in the clear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from presidio_analyzer import Pattern, PatternRecognizer

from redaction.entities import CREDIT_CARD, EMAIL_ADDRESS, PERSON, PHONE_NUMBER
from redaction.normalize import Normalized, SpelledRun
from redaction.recognizers.phone import SkipsReferenceNumbers
from redaction.spans import Span

# --- e-mail ----------------------------------------------------------------------------

DOT_WORDS: tuple[str, ...] = ("dot", "punct", "punkt", "punt", "point")
AT_WORDS: tuple[str, ...] = ("at", "arond", "a rond", "at sign", "arobase", "ät", "la", "@")
JOIN_WORDS: tuple[str, ...] = (
    "dot", "punct", "punkt", "punt", "point", "underscore", "underline", "dash", "hyphen",
    "minus", "liniuta", "liniuță", "liniuta de jos", "liniuță de jos", "cratima", "cratimă",
    "bara jos",
)  # fmt: skip
TOP_LEVEL_DOMAINS: tuple[str, ...] = (
    "com", "ro", "net", "org", "eu", "de", "nl", "uk", "co uk", "co dot uk", "io", "info",
    "biz", "fr", "it", "es", "at", "be", "ch", "md", "hu", "pl", "us", "edu", "gov", "me",
)  # fmt: skip
# Words that cannot start a local part ("my email is john at ..." starts at "john").
_NOT_LOCAL = (
    r"is|e|este|my|mail|email|e-mail|adresa|address|la|to|at|me|pe|mea|meu|it|its|it's"
    r"|and|si|și|or|sau|the|your|is:|a|an|you|we|us|see|meet|send|write|scrie|scrieti"
    r"|trimite|trimiteti|la|email|call|sunati|contact"
)

_SP = r"[ \t]+"
_TOKEN = rf"(?!(?:{_NOT_LOCAL})(?![\w]))[a-z0-9]+"
_JOIN = rf"(?:{_SP}(?:{'|'.join(sorted(JOIN_WORDS, key=len, reverse=True))}){_SP}|[._\-])"
_AT = rf"(?:{_SP}(?:{'|'.join(sorted(AT_WORDS, key=len, reverse=True))}){_SP}|@)"
_DOT = rf"(?:{_SP}(?:{'|'.join(DOT_WORDS)}){_SP}|\.)"
_TLD = "|".join(sorted(TOP_LEVEL_DOMAINS, key=len, reverse=True))
_DOMAIN = rf"{_TOKEN}(?:(?:{_DOT}|{_JOIN}|{_SP}){_TOKEN}){{0,3}}?{_DOT}(?:{_TLD})"

SPOKEN_EMAIL = (
    rf"(?<![\w@.'’])({_TOKEN}(?:(?:{_JOIN}|{_SP}){_TOKEN}){{0,5}})"
    rf"{_AT}{_DOMAIN}(?![\w])"
)


class SpokenEmailRecognizer(PatternRecognizer):
    """EMAIL_ADDRESS spelt out with "dot"/"punct" and "at"/"arond"."""

    PATTERNS = [Pattern("spoken e-mail", SPOKEN_EMAIL, 0.8)]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=EMAIL_ADDRESS,
            patterns=list(self.PATTERNS),
            supported_language=supported_language,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        # A typed address is the e-mail recognizer's; here at least one part is spoken.
        return re.fullmatch(r"[\w.\-]+@[\w.\-]+", pattern_text) is not None


# --- phone -----------------------------------------------------------------------------

DIGIT_WORDS: dict[str, str] = {
    # English
    "zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    # Romanian, with and without diacritics
    "unu": "1", "una": "1", "doi": "2", "două": "2", "doua": "2", "trei": "3",
    "patru": "4", "cinci": "5", "șase": "6", "şase": "6", "sase": "6", "șapte": "7",
    "şapte": "7", "sapte": "7", "opt": "8", "nouă": "9", "noua": "9",
}  # fmt: skip
REPEAT_WORDS: dict[str, int] = {"double": 2, "triple": 3, "dublu": 2, "triplu": 3}
MIN_DIGITS, MAX_DIGITS, MIN_WORDS = 7, 15, 3

_DIGIT_WORD = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
_REPEAT = "|".join(REPEAT_WORDS)
_UNIT = rf"(?:(?:{_REPEAT}){_SP})?(?:{_DIGIT_WORD})(?![\w])|\d{{1,4}}(?![\w])"
_GAP = r"[ \t,\-]+"
SPOKEN_PHONE = (
    rf"(?i)(?<![\w])(?:(?:plus|\+){_SP}?)?(?:{_UNIT})(?:{_GAP}(?:{_UNIT})){{{MIN_WORDS - 1},}}"
)
_UNITS = re.compile(rf"(?i)(?:({_REPEAT}){_SP})?({_DIGIT_WORD})(?!\w)|(\d+)")


def spoken_digits(value: str) -> tuple[str, int]:
    """The digits that ``value`` spells, and how many of them were words."""
    digits: list[str] = []
    words = 0
    for repeat, word, number in _UNITS.findall(value):
        if number:
            digits.append(number)
            continue
        digit = DIGIT_WORDS[word.casefold()]
        count = REPEAT_WORDS.get(repeat.casefold(), 1) if repeat else 1
        digits.append(digit * count)
        words += count
    return "".join(digits), words


class SpokenPhoneRecognizer(SkipsReferenceNumbers):
    """PHONE_NUMBER spelt out digit by digit, in English or Romanian."""

    PATTERNS = [Pattern("spoken phone number", SPOKEN_PHONE, 0.7)]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=PHONE_NUMBER,
            patterns=list(self.PATTERNS),
            supported_language=supported_language,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        digits, words = spoken_digits(pattern_text)
        return not (MIN_DIGITS <= len(digits) <= MAX_DIGITS and words >= MIN_WORDS)


# --- spelled names ---------------------------------------------------------------------

SPELLING_CUES: tuple[str, ...] = (
    "spelled", "spelt", "spell", "spelling", "spells", "that is", "that's", "letter by letter",
    "se scrie", "scris", "scrie", "litera cu litera", "pe litere", "literă cu literă",
    "adică", "adica",
)  # fmt: skip
SPELLED_NAME_SCORE = 0.6
SPELLING_CUE_WINDOW = 30

_SPELLING_CUE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(SPELLING_CUES, key=len, reverse=True))})(?!\w)\W*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _twin(text: str, run: SpelledRun) -> tuple[int, int] | None:
    """The word said right before or after ``run`` when it is the word the run spells."""
    before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, run.start - 60) : run.start])
    if before is not None and before.group(1).casefold() == run.word:
        start = run.start - len(before.group(0))
        return start, start + len(before.group(1))
    after = re.match(r"[ \t]+([^\W\d_]+)", text[run.end : run.end + 60])
    if after is not None and after.group(1).casefold() == run.word:
        return run.end + after.start(1), run.end + after.end(1)
    return None


def spelled_names(text: str, runs: Sequence[SpelledRun], found: Iterable[Span]) -> list[Span]:
    """PERSON spans for the spelt-out ``runs`` of ``text`` that spell a name (see the
    module docstring); ``found`` are the spans detected so far."""
    if not runs:
        return []
    name_words = {
        word.casefold()
        for span in found
        if span.entity_type == PERSON
        for word in _NAME_WORD.findall(span.text(text))
    }
    spans: list[Span] = []
    for run in runs:
        twin = _twin(text, run)
        cued = _SPELLING_CUE.search(text, max(0, run.start - SPELLING_CUE_WINDOW), run.start)
        if twin is not None:
            spans.append(Span(PERSON, *twin, SPELLED_NAME_SCORE))
        if twin is not None or cued is not None or run.word in name_words:
            spans.append(Span(PERSON, run.start, run.end, SPELLED_NAME_SCORE))
    return spans


# --- card numbers ----------------------------------------------------------------------

CARD_CUES: tuple[str, ...] = (
    "card", "cardul", "cardului", "card number", "numărul cardului", "numarul cardului",
    "visa", "mastercard", "maestro", "amex", "credit", "debit",
)  # fmt: skip
SPOKEN_CARD_SCORE = 0.6
CARD_CUE_WINDOW = 30
_CARD_DIGITS = re.compile(r"(?<![\w.+])\d{13,19}(?![\w.])")
_CARD_CUE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(CARD_CUES, key=len, reverse=True))})(?!\w)", re.IGNORECASE
)


def spoken_card_numbers(normalized: Normalized) -> list[Span]:
    """CREDIT_CARD spans, in original offsets, for card numbers read out after a cue."""
    spans: list[Span] = []
    for match in _CARD_DIGITS.finditer(normalized.text):
        if not normalized.touches_change(match.start(), match.end()):
            continue
        window = max(0, match.start() - CARD_CUE_WINDOW)
        if _CARD_CUE.search(normalized.text, window, match.start()) is None:
            continue
        start, end = normalized.to_original(match.start(), match.end())
        spans.append(Span(CREDIT_CARD, start, end, SPOKEN_CARD_SCORE))
    return spans
