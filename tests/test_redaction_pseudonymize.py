"""Placeholders: stable per conversation, persisted, and put back despite LLM mangling."""

from __future__ import annotations

import pytest

from bot.errors import BadRequest
from redaction.detector import PiiDetector, get_detector
from redaction.pseudonymize import PlaceholderVault, pseudonymize, reidentify
from redaction.redactor import Redactor
from redaction.spans import Span, select_non_overlapping


def spans_of(text: str, *parts: tuple[str, str]) -> list[Span]:
    """Spans for ``(entity_type, value)`` pairs, each at its first occurrence in ``text``."""
    out = []
    for entity_type, value in parts:
        start = text.index(value)
        out.append(Span(entity_type, start, start + len(value), 0.9))
    return out


def test_placeholders_are_numbered_per_type_and_reused() -> None:
    vault = PlaceholderVault()
    assert vault.placeholder_for("PERSON", "Ion Popescu") == "<PERSON_1>"
    assert vault.placeholder_for("EMAIL_ADDRESS", "a@b.ro") == "<EMAIL_ADDRESS_1>"
    assert vault.placeholder_for("PERSON", "Maria") == "<PERSON_2>"
    assert vault.placeholder_for("PERSON", "  ion   POPESCU ") == "<PERSON_1>"
    assert vault.placeholder_for("PHONE_NUMBER", "0722 123 456") == "<PHONE_NUMBER_1>"
    assert vault.placeholder_for("PHONE_NUMBER", "0722-123-456") == "<PHONE_NUMBER_1>"
    assert len(vault) == 4
    assert vault.to_dict()["<PERSON_1>"] == "Ion Popescu"


def test_changed_flag_tracks_new_entries() -> None:
    vault = PlaceholderVault()
    assert not vault.changed
    vault.placeholder_for("PERSON", "Ion")
    assert vault.changed
    vault.mark_saved()
    vault.placeholder_for("PERSON", "ion")
    assert not vault.changed
    vault.placeholder_for("PERSON", "Ana")
    assert vault.changed


def test_to_dict_is_a_copy() -> None:
    vault = PlaceholderVault()
    vault.placeholder_for("PERSON", "Ion")
    copy = vault.to_dict()
    copy["<PERSON_1>"] = "changed"
    assert vault.value_of("<PERSON_1>") == "Ion"


def test_vault_survives_persistence_across_turns() -> None:
    turn1 = PlaceholderVault()
    text1 = "Sunt Ion Popescu, ion@firma.ro"
    out1 = pseudonymize(
        text1, spans_of(text1, ("PERSON", "Ion Popescu"), ("EMAIL_ADDRESS", "ion@firma.ro")), turn1
    )
    assert out1 == "Sunt <PERSON_1>, <EMAIL_ADDRESS_1>"

    turn2 = PlaceholderVault.from_dict(turn1.to_dict())
    assert not turn2.changed
    text2 = "Scrieți la ION@firma.ro pentru Ion Popescu și Maria Pop"
    out2 = pseudonymize(
        text2,
        spans_of(
            text2,
            ("EMAIL_ADDRESS", "ION@firma.ro"),
            ("PERSON", "Ion Popescu"),
            ("PERSON", "Maria Pop"),
        ),
        turn2,
    )
    assert out2 == "Scrieți la <EMAIL_ADDRESS_1> pentru <PERSON_1> și <PERSON_2>"
    assert turn2.changed
    assert turn2.to_dict() == {
        "<PERSON_1>": "Ion Popescu",
        "<EMAIL_ADDRESS_1>": "ion@firma.ro",
        "<PERSON_2>": "Maria Pop",
    }


def test_from_dict_continues_numbering_after_gaps() -> None:
    vault = PlaceholderVault.from_dict({"<PERSON_3>": "Ana"})
    assert vault.placeholder_for("PERSON", "Ion") == "<PERSON_4>"


@pytest.mark.parametrize("bad", [{"PERSON_1": "Ana"}, {"<person_1>": "Ana"}, {"<PERSON_0>": "x"}])
def test_from_dict_rejects_malformed_keys(bad: dict[str, str]) -> None:
    with pytest.raises(BadRequest):
        PlaceholderVault.from_dict(bad)


def test_pseudonymize_does_not_mutate_spans_and_checks_them() -> None:
    text = "Ion at ion@x.ro"
    spans = spans_of(text, ("EMAIL_ADDRESS", "ion@x.ro"), ("PERSON", "Ion"))
    before = list(spans)
    assert pseudonymize(text, spans, PlaceholderVault()) == "<PERSON_1> at <EMAIL_ADDRESS_1>"
    assert spans == before
    with pytest.raises(BadRequest, match="overlaps"):
        pseudonymize(
            text, [Span("PERSON", 0, 5, 1.0), Span("PERSON", 3, 6, 1.0)], PlaceholderVault()
        )
    with pytest.raises(BadRequest, match="outside"):
        pseudonymize(text, [Span("PERSON", 10, 99, 1.0)], PlaceholderVault())


def test_select_non_overlapping_prefers_score_then_length_then_type() -> None:
    spans = [
        Span("LOCATION", 0, 5, 0.85),
        Span("PERSON", 0, 11, 0.85),  # longer, same score: wins
        Span("PHONE_NUMBER", 20, 30, 0.4),
        Span("CREDIT_CARD", 20, 33, 1.0),
        Span("RO_CNP", 20, 33, 1.0),  # same score and length: preferred type wins
    ]
    kept = select_non_overlapping(spans, prefer=("RO_CNP", "CREDIT_CARD"))
    assert kept == [Span("PERSON", 0, 11, 0.85), Span("RO_CNP", 20, 33, 1.0)]


@pytest.fixture
def vault() -> PlaceholderVault:
    return PlaceholderVault.from_dict(
        {
            "<PERSON_1>": "Ion Popescu",
            "<PERSON_12>": "Maria",
            "<EMAIL_ADDRESS_1>": "ion@firma.ro",
            "<PHONE_NUMBER_2>": "0722 123 456",
        }
    )


@pytest.mark.parametrize(
    ("llm_text", "expected"),
    [
        ("Bună, <PERSON_1>!", "Bună, Ion Popescu!"),
        ("Hi <person_1>", "Hi Ion Popescu"),
        ("Hi [PERSON_1]", "Hi Ion Popescu"),
        ("Hi {PERSON_1}", "Hi Ion Popescu"),
        ("Hi {{PERSON_1}}", "Hi Ion Popescu"),
        ("Hi < PERSON_1 >", "Hi Ion Popescu"),
        ("Hi <PERSON 1>", "Hi Ion Popescu"),
        ("Hi PERSON_1, welcome", "Hi Ion Popescu, welcome"),
        ("Hi (<PERSON_1>)", "Hi (Ion Popescu)"),
        ("<PERSON_12> and <PERSON_1>", "Maria and Ion Popescu"),
        ("Write to <Email_Address_1> or call <PHONE_NUMBER_2>.",
         "Write to ion@firma.ro or call 0722 123 456."),
        ("Unknown <PERSON_7> stays", "Unknown <PERSON_7> stays"),
        ("Unknown <IBAN_CODE_1> stays", "Unknown <IBAN_CODE_1> stays"),
        ("PERSON_1x is not a placeholder", "PERSON_1x is not a placeholder"),
        ("No placeholders here", "No placeholders here"),
    ],
)  # fmt: skip
def test_reidentify_tolerates_llm_mangling(
    vault: PlaceholderVault, llm_text: str, expected: str
) -> None:
    assert reidentify(llm_text, vault) == expected


def test_reidentify_with_empty_vault_is_identity() -> None:
    assert reidentify("Hi <PERSON_1>", PlaceholderVault()) == "Hi <PERSON_1>"


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return get_detector()


@pytest.mark.slow
def test_redactor_round_trip_across_turns(detector: PiiDetector) -> None:
    redactor = Redactor(detector)
    vault = PlaceholderVault()
    first = redactor.redact("Mă numesc Ion Popescu, telefon 0722 123 456.", "ro", vault)
    assert first.text == "Mă numesc <PERSON_1>, telefon <PHONE_NUMBER_1>."
    assert [s.entity_type for s in first.spans] == ["PERSON", "PHONE_NUMBER"]

    saved = vault.to_dict()
    restored = PlaceholderVault.from_dict(saved)
    second = redactor.redact(
        "Numărul 0722-123-456 e al meu, scrie-mi la ion@firma.ro", "ro", restored
    )
    assert second.text == "Numărul <PHONE_NUMBER_1> e al meu, scrie-mi la <EMAIL_ADDRESS_1>"

    reply = "Mulțumim, [person_1]! Vă sunăm la PHONE_NUMBER_1 și scriem la <EMAIL_ADDRESS_1>."
    assert redactor.restore(reply, restored) == (
        "Mulțumim, Ion Popescu! Vă sunăm la 0722 123 456 și scriem la ion@firma.ro."
    )
