"""Payment card numbers in any grouping, checked with Luhn.

Presidio's ``CreditCardRecognizer`` knows the usual 4-4-4-4 shapes and the old issuer
prefixes, so it misses "4024007186 543210" (typed in odd groups) and Mastercard's
2-series ("2223000048400011"). Here any run of 12 to 19 digits (12-digit Maestro,
15-digit JCB and Amex, 19-digit Visa), with single spaces or dashes anywhere between
them, that passes Luhn and starts like a card (an issuer digit 1 to 6) is a card, except
a number right after an order or invoice cue (``is_reference_number``).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.entities import CREDIT_CARD
from redaction.recognizers.builtin import CARD_CONTEXT
from redaction.recognizers.phone import SkipsReferenceNumbers

MIN_DIGITS = 12
MAX_DIGITS = 19


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` (digits only) pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class LuhnCardRecognizer(SkipsReferenceNumbers):
    """CREDIT_CARD for Luhn-valid 13 to 19 digit numbers in any grouping."""

    PATTERNS = [
        Pattern(
            "card digits in any grouping",
            r"(?<![\w\-+.,])[1-6](?:[ \-]?\d){11,18}(?![\w\-]|[.,]\d)",
            0.6,
        ),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=CREDIT_CARD,
            patterns=list(self.PATTERNS),
            context=list(CARD_CONTEXT),
            supported_language=supported_language,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        return not (MIN_DIGITS <= len(digits) <= MAX_DIGITS and luhn_valid(digits))
