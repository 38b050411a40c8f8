"""Presidio's own recognizers we use as they are, with our context words.

Credit cards (Luhn-checked) and IP addresses (v4 and v6).
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IpRecognizer,
)

from redaction.entities import CREDIT_CARD, IP_ADDRESS

CARD_CONTEXT: tuple[str, ...] = (
    "credit", "card", "visa", "mastercard", "amex", "maestro", "debit",
    "cardul", "carte", "plata", "plată",
)  # fmt: skip

IP_CONTEXT: tuple[str, ...] = ("ip", "ipv4", "ipv6", "adresa", "address", "server")


def credit_card(supported_language: str) -> CreditCardRecognizer:
    return CreditCardRecognizer(
        context=list(CARD_CONTEXT),
        supported_language=supported_language,
        supported_entity=CREDIT_CARD,
    )


def ip_address(supported_language: str) -> IpRecognizer:
    return IpRecognizer(
        context=list(IP_CONTEXT),
        supported_language=supported_language,
        supported_entity=IP_ADDRESS,
    )
