"""Phone numbers by shape: any run of 7 to 15 digits in phone-like groups.

``phonenumbers`` only knows the numbering plans of the regions it is asked about and
calls many real-looking numbers invalid (unallocated ranges, foreign formats, numbers
with an extension). People write phones in every national shape: ``dddd dddd``,
``dd dddddd``, ``dd-dd-dd-dd``, ``(0151) 12345678``, ``206.269.0743x9150``,
``001-752-852-2348``. So a run of digits in groups is a phone number until shown
otherwise (recall first). It is shown otherwise when it is:

* a date (``12.03.1985``, ``2024-03-05``), a time or a time range, a year range
  (``2019-2023``), a year and a serial (``2024-21159``), an IPv4 address;
* an amount (a currency sign or word before or after it, ``1 500 000 lei``);
* a reference the customer needs kept (after an order, invoice or tracking cue, see
  ``phone.is_reference_number``), or a fraction of a timestamp (``31.123456`` after a
  colon is excluded by the boundary).

Digits written without any separator are taken when they look dialled: 9 to 12 digits,
or a leading ``0``/``+``/``00``; other bare runs (7, 8, 13 to 15 digits) need a phone
cue nearby. Scores stay below the validated recognizers', so a card, IBAN or CNP
that covers the same digits wins the overlap.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import PHONE_NUMBER
from redaction.recognizers.cued import CuedPatternRecognizer
from redaction.recognizers.phone import is_reference_number, is_year_serial
from redaction.recognizers.ro_phone import PHONE_CONTEXT

MIN_DIGITS = 7
MAX_DIGITS = 15

_BEFORE = r"(?<![\w+\-/.,:#€$£@=])"
_AFTER = r"(?![\w\-/@]|[.,:]\d)"
_EXTENSION = r"(?:[ \t]*(?:x|ext\.?|extension|int\.?|interior)[ \t]*\d{1,6})?"
# A leading "+" or "00", an optional "(0)" or area code in brackets, then digit groups
# joined by at most one separator (a space, dash, dot or slash, or brackets; never a tab,
# which separates a table's columns).
_GROUPED = (
    rf"{_BEFORE}(?:\+ ?|\(\+?\d{{1,4}}\) ?)?\d{{1,5}}"
    r"(?:(?: ?\(\d{1,5}\) ?|[ \-./]| ?[\-/] ?)\d{1,10}){1,6}"
    rf"{_EXTENSION}{_AFTER}"
)
# "(0068) 66643128": an area code in brackets, then the number in one run.
_BRACKETED = rf"{_BEFORE}\(\+?\d{{1,5}}\)[ \t]?\d{{4,10}}{_EXTENSION}{_AFTER}"
_BARE_DIALLED = rf"{_BEFORE}(?:\+|00?)\d{{6,14}}{_EXTENSION}{_AFTER}"
_BARE_PLAIN = rf"{_BEFORE}\d{{9,12}}{_AFTER}"
_BARE_CUED = rf"{_BEFORE}\d{{7,15}}{_AFTER}"

_DATE = re.compile(
    r"^(?:\d{1,2}[./\- ]\d{1,2}[./\- ](?:19|20)?\d{2}|(?:19|20)\d{2}[./\- ]\d{1,2}[./\- ]\d{1,2})$"
)
_YEAR_RANGE = re.compile(r"^(?:19|20)\d{2}[ \t]*[\-/][ \t]*(?:19|20)?\d{2}$")
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}[ \t]*-[ \t]*\d{1,2}[.:]\d{2}$")
_GROUP = re.compile(r"\d+")
MIN_LAST_GROUP = 3
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_CODE_BEFORE = re.compile(r"(?<![\w])(?:[A-Za-z]+\d+|\d+[A-Za-z]+)[A-Za-z\d]*[ \-]$")
_CURRENCY = (
    r"(?:€|\$|£|eur|euro|euros|lei|ron|usd|gbp|chf|huf|pln|sek|nok|dkk|czk|ft|zł|kr|"
    r"dollars?|pounds?|bani|cents?|%|percent|procent|kg|km|m2|mp|sqm|units?|pcs|buc)"
)
_AMOUNT_AFTER = re.compile(rf"^[ \t]*{_CURRENCY}(?![\w])", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(rf"(?<![\w]){_CURRENCY}[ \t]*$", re.IGNORECASE)


def is_not_a_phone(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is shown to be something else than a phone number."""
    value = text[start:end].strip()
    digits = sum(ch.isdigit() for ch in value)
    if not MIN_DIGITS <= digits <= MAX_DIGITS + 6:  # an extension may add digits
        return True
    if _DATE.match(value) or _YEAR_RANGE.match(value) or _TIME_RANGE.match(value):
        return True
    if is_year_serial(value):
        return True
    if _IPV4.match(value):
        return True
    groups = _GROUP.findall(value)
    if len(groups) == 2 and len(groups[-1]) < MIN_LAST_GROUP:
        return True  # "29996-29", "2024-1": a code, not a dialled number
    if _CODE_BEFORE.search(text, max(0, start - 16), start):
        return True  # "RO12 3456 7890 1234": the groups continue a code
    if _AMOUNT_AFTER.match(text[end : end + 12]):
        return True
    if _AMOUNT_BEFORE.search(text[max(0, start - 10) : start]):
        return True
    return is_reference_number(text, start)


# Bare digits after a way of reaching someone: "message me on 53322303", "dă-mi mesaj".
_MORE_CUES = (
    "tel", "tel\\.", "mob", "ph", "fax", "nr", "no", "message", "msg", "text", "txt", "ring",
    "dial", "reach", "mesaj", "apel", "apela[țt]i", "scrie-mi", "contacta[țt]i",
)  # fmt: skip


class PhoneShapeRecognizer(CuedPatternRecognizer):
    """PHONE_NUMBER for digit runs shaped like a dialled number (module docstring)."""

    PATTERNS = (
        Pattern("digits in phone-like groups", _GROUPED, 0.55),
        Pattern("dialled digits", _BARE_DIALLED, 0.5),
        Pattern("area code in brackets", _BRACKETED, 0.55),
        Pattern("nine to twelve digits", _BARE_PLAIN, 0.5),
        Pattern("bare digits next to a phone cue", _BARE_CUED, 0.3),
    )

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=PHONE_NUMBER,
            patterns=self.PATTERNS,
            cues=PHONE_CONTEXT + _MORE_CUES,
            supported_language=supported_language,
            window_before=30,
            window_after=15,
            global_regex_flags=re.IGNORECASE,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if sum(ch.isdigit() for ch in text) < MIN_DIGITS:
            return []
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if not is_not_a_phone(text, r.start, r.end)]
