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
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import EMAIL_ADDRESS, PHONE_NUMBER
from redaction.recognizers.phone import is_reference_number

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
    rf"(?<![\w@.])({_TOKEN}(?:(?:{_JOIN}|{_SP}){_TOKEN}){{0,5}})"
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


class SpokenPhoneRecognizer(PatternRecognizer):
    """PHONE_NUMBER spelt out digit by digit, in English or Romanian."""

    PATTERNS = [Pattern("spoken phone number", SPOKEN_PHONE, 0.7)]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=PHONE_NUMBER,
            patterns=list(self.PATTERNS),
            supported_language=supported_language,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if not is_reference_number(text, r.start)]

    def invalidate_result(self, pattern_text: str) -> bool:
        digits, words = spoken_digits(pattern_text)
        return not (MIN_DIGITS <= len(digits) <= MAX_DIGITS and words >= MIN_WORDS)
