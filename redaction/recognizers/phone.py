"""Phone numbers from the countries our tenants' customers call from, via ``phonenumbers``.

Presidio's ``PhoneRecognizer`` tries every region's national format, and a bare run of
ten digits is a valid US number ("Invoice 2024000123"). Order and invoice numbers look
exactly like that, and redacting them breaks order look-ups, so a match made only of
digits is dropped here: numbers must carry a ``+`` or some grouping. Romanian numbers
typed as bare digits ("0722123456") are found by ``ro_phone`` instead.
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from redaction.entities import PHONE_NUMBER
from redaction.recognizers.ro_phone import PHONE_CONTEXT

# Where a number without "+CC" is tried as a national number: Romania, the EU
# neighbours we see most, the UK and the US. "+CC" numbers are found for any country.
PHONE_REGIONS: tuple[str, ...] = (
    "RO", "DE", "NL", "FR", "GB", "IT", "ES", "AT", "BE", "HU", "MD", "PL", "IE", "US",
)  # fmt: skip


MIN_PHONE_DIGITS = 6

# A number right after one of these words, or glued to a code prefix ("ORD-2024-118823",
# "INV-2024-00123"), is a reference the customer needs kept, not a phone number.
REFERENCE_WORDS: tuple[str, ...] = (
    "order", "invoice", "inv", "ord", "ref", "reference", "tracking", "awb", "ticket",
    "case", "booking", "comanda", "comanda nr", "comenzii", "factura", "facturii",
    "nr comanda", "colet", "coletul", "rezervare", "rezervarea", "bestellung", "rechnung",
    "bestelling", "factuur", "parcel", "package", "shipment", "consignment", "sku", "item",
    "article", "coletul nr", "awb nr", "policy", "polița", "polita", "poliță", "polita nr",
    "claim", "contract", "dosar", "dosarul",
)  # fmt: skip
_REFERENCE_BEFORE = re.compile(
    rf"(?:(?<!\w)(?:{'|'.join(REFERENCE_WORDS)})(?:\s*(?:no|nr|number|num[aă]r(?:ul)?|id|#)"
    rf"\.?)?\s*[:#]?\s*|[A-Za-z]+[-/])$",
    re.IGNORECASE,
)


# Opening hours ("09.30-18.30") pass as a valid number of some region.
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}[ \t]*[-–][ \t]*\d{1,2}[.:]\d{2}$")
# A clock's parts: the seconds and their fraction ("22:34:03.129653"), or a day and
# month before an hour ("03.05 10:30"), pass as numbers of some region too.
_CLOCK_BEFORE = re.compile(r"\d:\d{2}:$")
_CLOCK_AFTER = re.compile(r":\d{2}(?!\d)")


def in_clock(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is part of a time of day written with colons."""
    return (
        _CLOCK_BEFORE.search(text, max(0, start - 5), start) is not None
        or _CLOCK_AFTER.match(text, end) is not None
    )


def is_reference_number(text: str, start: int) -> bool:
    """True when the number starting at ``start`` follows an order/invoice cue or a code
    prefix, so it is a reference the customer needs kept."""
    return _REFERENCE_BEFORE.search(text, max(0, start - 24), start) is not None


# A year, a dash and a serial of five or six digits: an invoice or case reference
# ("2024-21159"). National numbers written with a dash start with their trunk "0", and
# nobody groups a dialled number four then five or six ("2023-604118" is a valid US
# number by its digits, written 202-360-4118).
_YEAR_SERIAL = re.compile(r"(?:19[5-9]\d|20[0-4]\d)-\d{5,6}")


def is_year_serial(value: str) -> bool:
    """True for a year and a serial, "2024-21159": a reference, not a phone number."""
    return _YEAR_SERIAL.fullmatch(value.strip()) is not None


class SkipsReferenceNumbers(PatternRecognizer):
    """A pattern recognizer whose matches never stand right after an order, invoice or
    tracking cue: those numbers are references, not personal data."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if not is_reference_number(text, r.start)]


# Where a phone number may be: a run of digits and separators, with room around it for
# a "+", brackets, an extension ("x9150", "ext. 12") and the characters the matcher
# checks next to a number. Each region's matcher then reads these windows only, not the
# whole message: the cost of trying every region grows with the text it reads.
_DIGIT_RUN = re.compile(r"\d[\d \t\-./()]*\d|\d")
WINDOW_MARGIN = 12


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its digit runs of six digits or more, merged
    where they overlap."""
    windows: list[tuple[int, int]] = []
    for run in _DIGIT_RUN.finditer(text):
        if sum(ch.isdigit() for ch in run.group()) < MIN_PHONE_DIGITS:
            continue
        start = max(0, run.start() - WINDOW_MARGIN)
        end = min(len(text), run.end() + WINDOW_MARGIN)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _international_only(window: str) -> bool:
    """True when every digit of ``window`` is in a run right after a "+": each number the
    matcher can find there carries its country code, so every region reads it alike."""
    return all(window[run.start() - 1 : run.start()] == "+" for run in _DIGIT_RUN.finditer(window))


class GroupedPhoneRecognizer(PhoneRecognizer):
    """PHONE_NUMBER for valid numbers of ``PHONE_REGIONS`` that are not bare digit runs."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            context=list(PHONE_CONTEXT),
            supported_language=supported_language,
            supported_entity=PHONE_NUMBER,
            supported_regions=PHONE_REGIONS,
        )
        # "+CC" numbers parse and validate the same whatever the default region (the
        # matcher's national-prefix check passes for them): one region finds them all.
        self._one_region = PhoneRecognizer(
            context=list(PHONE_CONTEXT),
            supported_language=supported_language,
            supported_entity=PHONE_NUMBER,
            supported_regions=PHONE_REGIONS[:1],
            name=type(self).__name__,  # Presidio's name for this recognizer
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        # Trying every region's format is the costliest check we run: only where a run
        # of digits is as long as a phone number (``_digit_windows``), and with one
        # region where every number there starts with "+".
        found: list[RecognizerResult] = []
        for start, end in _digit_windows(text):
            window = text[start:end]
            if _international_only(window):
                results = self._one_region.analyze(window, entities, nlp_artifacts)  # type: ignore[arg-type]
            else:
                results = super().analyze(window, entities, nlp_artifacts)  # type: ignore[arg-type]
            # (Presidio annotates the artifacts as required but never reads them here.)
            for result in results:
                result.start += start
                result.end += start
                result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
                found.append(result)
        return [
            result
            for result in found
            if not text[result.start : result.end].isdigit()
            and not _TIME_RANGE.match(text[result.start : result.end])
            and not in_clock(text, result.start, result.end)
            and not is_reference_number(text, result.start)
            and not is_year_serial(text[result.start : result.end])
        ]


class WrittenPhoneRecognizer(SkipsReferenceNumbers):
    """PHONE_NUMBER for written numbers ``phonenumbers`` does not call valid but that are
    shaped like one: ``+CC`` and groups of a possible length ("+44 7700 900123",
    "+31 6 98765432": ranges kept for examples or not yet allocated), and a US local
    number "555-0147" (three digits, a dash, four)."""

    PATTERNS = [
        Pattern(
            "international prefix and groups",
            r"(?<![\w+])\+[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?![\d])",
            0.6,
        ),
        Pattern("US local number", r"(?<![\w\-/.,:])[2-9]\d{2}-\d{4}(?![\w\-/]|[.,]\d)", 0.4),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=PHONE_NUMBER,
            patterns=list(self.PATTERNS),
            context=list(PHONE_CONTEXT),
            supported_language=supported_language,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        if not pattern_text.startswith("+"):
            return False
        try:
            number = phonenumbers.parse(pattern_text, None)
        except phonenumbers.NumberParseException:
            return True
        return not phonenumbers.is_possible_number(number)


# Numbers that reach a business, never a person: freephone numbers ("0800" and "0808"
# in the UK, Romania and much of Europe, ten or eleven digits with the leading 0) and North
# American toll-free numbers ("1-800-555-0199", eleven digits). Other ranges are left to
# the recognizers: random numbers that start like a premium or shared-cost range are too
# often someone's.
FREEPHONE_PREFIXES: tuple[str, ...] = ("0800", "0808")
TOLL_FREE_PREFIXES: tuple[str, ...] = ("1800", "1888", "1877", "1866", "1855", "1844", "1833")
_COUNTRY_TO_TRUNK = (("0044", "0"), ("0040", "0"), ("44", "0"), ("40", "0"))


def is_service_number(value: str) -> bool:
    """True for a freephone number ("0800 123 456", "+44 800 123 4567", "1-800-555-0199"):
    a business's line, not personal data."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if value.lstrip().startswith("+") or digits.startswith("00"):
        for country, trunk in _COUNTRY_TO_TRUNK:
            if digits.startswith(country):
                digits = trunk + digits[len(country) :]
                break
    if digits.startswith(FREEPHONE_PREFIXES):
        return 10 <= len(digits) <= 11
    return len(digits) == 11 and digits.startswith(TOLL_FREE_PREFIXES)
