"""Recognizers one at a time, driven without spaCy (pattern recognizers need no model)."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from presidio_analyzer import EntityRecognizer

from redaction.recognizers.email import OfflineEmailRecognizer
from redaction.recognizers.iban import IBAN_LENGTHS, CheckedIbanRecognizer, is_valid_iban
from redaction.recognizers.names import ContextNameRecognizer
from redaction.recognizers.ner import trimmed_words
from redaction.recognizers.phone import GroupedPhoneRecognizer
from redaction.recognizers.ro_cnp import RoCnpRecognizer, cnp_control_digit, is_valid_cnp
from redaction.recognizers.ro_phone import RoPhoneRecognizer
from redaction.registry import RECOGNIZERS, SUPPORTED_LANGUAGES, build_registry


def found(recognizer: EntityRecognizer, text: str) -> list[str]:
    """The texts ``recognizer`` reports in ``text``, in order."""
    # Pattern recognizers read no NLP artifacts, so no spaCy is needed here.
    results = recognizer.analyze(text, recognizer.supported_entities, None)  # type: ignore[arg-type]
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


# --- CNP -------------------------------------------------------------------------------

VALID_CNPS = ["1800101221144", "6050315401231", "2961229123455", "7850710012349"]
INVALID_CNPS = [
    ("1800101221145", "wrong control digit"),
    ("0800101221144", "first digit 0"),
    ("1801301221149", "month 13"),
    ("1900230123454", "30 February"),
    ("1800101991141", "county 99"),
    ("1500101000000", "serial 000"),
    ("180010122114", "12 digits"),
    ("18001012211444", "14 digits"),
    ("18001O1221144", "letter O"),
]


@pytest.mark.parametrize("cnp", VALID_CNPS)
def test_valid_cnp(cnp: str) -> None:
    assert is_valid_cnp(cnp)
    assert RoCnpRecognizer().validate_result(cnp) is True
    assert found(RoCnpRecognizer(), f"CNP: {cnp}.") == [cnp]


@pytest.mark.parametrize(("cnp", "why"), INVALID_CNPS)
def test_invalid_cnp(cnp: str, why: str) -> None:
    assert not is_valid_cnp(cnp), why
    assert found(RoCnpRecognizer(), f"CNP: {cnp}.") == []


def test_cnp_control_digit_10_becomes_1() -> None:
    # 1*2+8*7+0*9+0*1+1*4+0*6+1*3+2*5+2*8+0*2+0*7+2*9 = 109, and 109 % 11 == 10.
    assert cnp_control_digit("180010122002") == 1
    assert is_valid_cnp("1800101220021")
    assert not is_valid_cnp("1800101220020")


# --- IBAN ------------------------------------------------------------------------------

IBANS = [
    "RO49AAAA1B31007593840000",
    "RO49 AAAA 1B31 0075 9384 0000",
    "DE89370400440532013000",
    "DE89 3704 0044 0532 0130 00",
    "NL91ABNA0417164300",
    "NL91 ABNA 0417 1643 00",
    "FR1420041010050500013M02606",
    "GB82WEST12345698765432",
    "BE68539007547034",
    "ro49aaaa1b31007593840000",
]


@pytest.mark.parametrize("iban", IBANS)
def test_iban_found_alone_and_before_a_word(iban: str) -> None:
    assert is_valid_iban(iban)
    assert found(CheckedIbanRecognizer(), f"IBAN {iban} thanks") == [iban]
    assert found(CheckedIbanRecognizer(), f"IBAN {iban} THANKS") == [iban]
    assert found(CheckedIbanRecognizer(), f"IBAN {iban}.") == [iban]


@pytest.mark.parametrize(
    "text",
    [
        "RO48AAAA1B31007593840000",  # checksum off by one
        "RO49AAAA1B3100759384000",  # one character short
        "RO49AAAA1B310075938400001",  # one character too many
        "XX49AAAA1B31007593840000",  # no such country
        "RO49AAAA1B31007593840000thanks",  # glued to a word: not an IBAN token
    ],
)
def test_iban_not_found(text: str) -> None:
    assert found(CheckedIbanRecognizer(), f"see {text} now") == []


def test_iban_lengths_are_sane() -> None:
    assert IBAN_LENGTHS["RO"] == 24 and IBAN_LENGTHS["DE"] == 22 and IBAN_LENGTHS["NL"] == 18
    assert all(15 <= n <= 34 for n in IBAN_LENGTHS.values())


# --- phones ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "+40 722 123 456",
        "+40722123456",
        "0040 722 123 456",
        "0722 123 456",
        "0722123456",
        "0722.123.456",
        "0722-123-456",
        "+40 21 312 3456",
        "021 312 3456",
        "0264 123 456",
    ],
)
def test_romanian_phone(number: str) -> None:
    assert found(RoPhoneRecognizer(), f"Sunați la {number}, mulțumesc") == [number]


@pytest.mark.parametrize("text", ["cod 0712", "comanda 0999123456", "suma 1234567890"])
def test_not_a_romanian_phone(text: str) -> None:
    assert found(RoPhoneRecognizer(), text) == []


@pytest.mark.parametrize(
    "number",
    ["+49 30 12345678", "+31 6 12345678", "+33 1 42 68 53 00", "+44 20 7946 0958",
     "+39 06 6982 1234", "+34 912 345 678", "(212) 736-5000", "+1 212 736 5000"],
)  # fmt: skip
def test_international_phone(number: str) -> None:
    assert found(GroupedPhoneRecognizer(), f"call {number} today") == [number]


def test_numbers_with_a_country_code_are_found_for_every_country() -> None:
    """A "+CC" number is read with one default region (they all read it alike): the
    example mobile and fixed-line numbers of every region with a country code must all
    be found, alone and beside a national number that needs every region tried."""
    recognizer = GroupedPhoneRecognizer()
    missed = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            number = phonenumbers.format_number(example, PhoneNumberFormat.INTERNATIONAL)
            if found(recognizer, f"call {number} today") != [number]:
                missed.append(number)
    assert missed == []
    both = "call +40 722 123 456 or 030 12345678 today"
    assert found(recognizer, both) == ["+40 722 123 456", "030 12345678"]


def test_bare_digit_runs_are_not_international_phones() -> None:
    assert found(GroupedPhoneRecognizer(), "Invoice 2024000123 is paid") == []


# --- e-mail and names ------------------------------------------------------------------


def test_email_is_validated_offline() -> None:
    recognizer = OfflineEmailRecognizer()
    assert found(recognizer, "mail ana@firma.ro or x@localhost or y@example.invalidtld") == [
        "ana@firma.ro"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mă numesc Ion Popescu și locuiesc aici", ["Ion Popescu"]),
        ("ma numesc Ion", ["Ion"]),
        ("ma numesc andrei", ["andrei"]),
        ("Numele meu este Ana-Maria Ionescu", ["Ana-Maria Ionescu"]),
        ("numele meu e Ioana", ["Ioana"]),
        ("Sunt Ştefan Ţuţea", ["Ştefan Ţuţea"]),
        ("Rezervare pe numele Stoica", ["Stoica"]),
        ("my name is John Smith", ["John Smith"]),
        ("Call me Ishmael.", ["Ishmael"]),
        ("Hi, I'm Sarah", ["Sarah"]),
        ("Andrei Popa a sunat", ["Andrei Popa"]),
        ("Popescu Ion a sunat", ["Popescu Ion"]),
        ("a sunat Georgescu", ["Georgescu"]),
        ("Sunt bine", []),
        ("Sunt Bine, mersi", []),
        ("I am interested", []),
        ("I am Interested", []),
        ("this is great", []),
        ("This is Monday", []),
        ("Sunt Luni la voi", []),
        ("I'm here on Saturday", []),
        ("Sunt interesat de oferta", []),
    ],
)
def test_context_names(text: str, names: list[str]) -> None:
    assert found(ContextNameRecognizer(), text) == names


def test_ner_results_are_trimmed_to_name_words() -> None:
    text = "Ion Popescu și Luni - Vineri"
    words = trimmed_words(text, 0, len("Ion Popescu și"))
    assert [w.group() for w in words] == ["Ion", "Popescu"]
    assert trimmed_words(text, text.index("Luni"), len(text)) == []


# --- registry --------------------------------------------------------------------------


def test_registry_is_explicit_and_serves_both_languages() -> None:
    names = [spec.name for spec in RECOGNIZERS]
    assert len(names) == len(set(names))
    registry = build_registry()
    assert SUPPORTED_LANGUAGES == ("en", "ro")
    for lang in SUPPORTED_LANGUAGES:
        recognizers = registry.get_recognizers(language=lang, all_fields=True)
        assert len(recognizers) == len(RECOGNIZERS)
