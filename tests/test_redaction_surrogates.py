"""Surrogate mode: realistic fakes of the same kind, stable, reversible, never real data."""

from __future__ import annotations

import re

import pytest

from redaction.pseudonymize import PlaceholderVault, pseudonymize, reidentify
from redaction.recognizers.iban import is_valid_iban
from redaction.recognizers.ro_cnp import is_valid_cnp
from redaction.spans import Span
from redaction.surrogates import SURROGATES, surrogate_for


def _spans(text: str, *pairs: tuple[str, str]) -> list[Span]:
    out = []
    for entity_type, value in pairs:
        start = text.index(value)
        out.append(Span(entity_type, start, start + len(value), 1.0))
    return out


def _luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@pytest.mark.parametrize("entity_type", sorted([*SURROGATES, "CUSTOMER_ID"]))
def test_surrogates_never_repeat_within_a_conversation(entity_type: str) -> None:
    values = [surrogate_for(entity_type, n) for n in range(1, 1200)]
    assert len(set(values)) == len(values)


def test_surrogates_look_real_and_come_from_reserved_ranges() -> None:
    for n in (1, 2, 57, 300):
        assert is_valid_iban(surrogate_for("IBAN_CODE", n))
        assert is_valid_cnp(surrogate_for("RO_CNP", n))
        assert _luhn_ok(surrogate_for("CREDIT_CARD", n))
        assert surrogate_for("EMAIL_ADDRESS", n).endswith("@example.com")
        assert re.fullmatch(
            r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+", surrogate_for("IP_ADDRESS", n)
        )
    assert surrogate_for("PHONE_NUMBER", 1) == "+1 202 555 0100"
    assert surrogate_for("PHONE_NUMBER", 101).startswith("+44 7700 9")


TEXT = "Sunt Ion Popescu, ion.popescu@yahoo.ro, telefon 0722 123 456, IBAN RO49AAAA1B31007593840000"
PAIRS = (
    ("PERSON", "Ion Popescu"),
    ("EMAIL_ADDRESS", "ion.popescu@yahoo.ro"),
    ("PHONE_NUMBER", "0722 123 456"),
    ("IBAN_CODE", "RO49AAAA1B31007593840000"),
)


def test_surrogate_mode_replaces_values_with_fakes_of_the_same_kind() -> None:
    vault = PlaceholderVault()
    redacted = pseudonymize(TEXT, _spans(TEXT, *PAIRS), vault, "surrogates")
    for _, value in PAIRS:
        assert value not in redacted
    assert "<" not in redacted
    assert "Alex Fairbanks" in redacted and "alex.fairbanks@example.com" in redacted
    # Stable: the same values later in the conversation get the same surrogates.
    again = PlaceholderVault.from_dict(vault.to_dict())
    text2 = "Numele meu este Ion Popescu"
    assert pseudonymize(text2, _spans(text2, ("PERSON", "Ion Popescu")), again, "surrogates") == (
        "Numele meu este Alex Fairbanks"
    )


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Mulțumesc, Alex Fairbanks!", "Mulțumesc, Ion Popescu!"),
        ("THANK YOU ALEX FAIRBANKS", "THANK YOU Ion Popescu"),
        ("Dear Alex, we will call you.", "Dear Ion, we will call you."),
        ("Mr Fairbanks is registered.", "Mr Popescu is registered."),
        ("Call +12025550100 or +1-202-555-0100", "Call 0722 123 456 or 0722 123 456"),
        ("Mail Alex.Fairbanks@Example.com.", "Mail ion.popescu@yahoo.ro."),
        ("Alexandria is a city; alexa is a speaker", "Alexandria is a city; alexa is a speaker"),
        ("Write to alex.fairbanks@example.community", "Write to alex.fairbanks@example.community"),
        # A surrogate the vault never handed out (a second person) stays a fake.
        ("Morgan Whitcombe will help", "Morgan Whitcombe will help"),
        ("Your placeholder <PERSON_1> also works", "Your placeholder Ion Popescu also works"),
    ],
)
def test_reidentify_restores_surrogates_tolerantly(reply: str, expected: str) -> None:
    vault = PlaceholderVault()
    pseudonymize(TEXT, _spans(TEXT, *PAIRS), vault, "surrogates")
    assert reidentify(reply, vault, "surrogates") == expected


def test_reidentify_never_inserts_a_value_of_another_conversation() -> None:
    mine, theirs = PlaceholderVault(), PlaceholderVault()
    pseudonymize(TEXT, _spans(TEXT, *PAIRS), theirs, "surrogates")
    reply = "Hello Alex Fairbanks, your email alex.fairbanks@example.com, <PERSON_1>"
    assert reidentify(reply, mine, "surrogates") == reply
    assert reidentify(reply, mine, "placeholders") == reply


def test_a_restored_value_is_not_rewritten_again() -> None:
    # The person's real name happens to be another surrogate's first name.
    text = "I am Morgan Lee and my friend is Dana Smith"
    vault = PlaceholderVault()
    pseudonymize(
        text, _spans(text, ("PERSON", "Morgan Lee"), ("PERSON", "Dana Smith")), vault, "surrogates"
    )
    # PERSON_1 -> Alex Fairbanks (Morgan Lee), PERSON_2 -> Morgan Whitcombe (Dana Smith)
    assert reidentify("Alex Fairbanks and Morgan Whitcombe", vault, "surrogates") == (
        "Morgan Lee and Dana Smith"
    )
