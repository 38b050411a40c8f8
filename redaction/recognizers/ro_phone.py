"""Romanian phone numbers in the ways people type them.

Mobiles ``+40 7xx xxx xxx``, ``0040 7xx...``, ``07xx xxx xxx``, ``07xxxxxxxx`` and
landlines ``+40 21 ...``, ``021 ...``, ``0264 ...``, with spaces, dots, dashes or
nothing between the digits. Candidates are confirmed with ``phonenumbers`` (offline
metadata), so "0712" fragments or order numbers are not reported.
"""

from __future__ import annotations

import phonenumbers
from presidio_analyzer import Pattern, PatternRecognizer

from redaction.entities import PHONE_NUMBER

_SEP = r"[ .\-]?"
# Nine significant digits after the trunk prefix, any separator between them.
_NINE = rf"[237](?:{_SEP}\d){{8}}"

PHONE_CONTEXT: tuple[str, ...] = (
    "phone", "telephone", "mobile", "cell", "call", "number", "whatsapp", "sms",
    "telefon", "telefonul", "mobil", "numar", "număr", "numărul", "numarul", "suna",
    "sună", "sunați", "contact",
)  # fmt: skip


class RoPhoneRecognizer(PatternRecognizer):
    """Romanian mobile and landline numbers, national or international form."""

    PATTERNS = [
        Pattern(
            "RO phone (international)",
            rf"(?<![\w+])(?:\+|00){_SEP}40{_SEP}(?:\(0\){_SEP})?{_NINE}(?!\d)",
            0.6,
        ),
        Pattern("RO phone (national)", rf"(?<![\w+])0{_NINE}(?!\d)", 0.5),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=PHONE_NUMBER,
            patterns=list(self.PATTERNS),
            context=list(PHONE_CONTEXT),
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(ch for ch in pattern_text if ch.isdigit() or ch == "+")
        if digits.startswith("00"):
            digits = "+" + digits[2:]
        if digits.startswith("+400"):  # "+40 (0) 7..": the trunk 0 is not dialled abroad
            digits = "+40" + digits[4:]
        try:
            number = phonenumbers.parse(digits, "RO")
        except phonenumbers.NumberParseException:
            return False
        return bool(phonenumbers.is_valid_number(number))
