"""The recognizers added for ID cards, birth dates, addresses, plates, spoken forms and
names: tables of (text, expected values), positive and negative, driven without spaCy."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from redaction.detector import get_detector
from redaction.recognizers.address import StreetAddressRecognizer
from redaction.recognizers.birth_date import DateOfBirthRecognizer, parse_birth_date
from redaction.recognizers.identity import NationalIdRecognizer
from redaction.recognizers.names import ContextNameRecognizer, KnownNameRecognizer
from redaction.recognizers.phone import GroupedPhoneRecognizer, is_reference_number
from redaction.recognizers.ro_id_card import RoIdCardRecognizer
from redaction.recognizers.ro_plate import RoLicensePlateRecognizer, is_valid_plate
from redaction.recognizers.spoken import (
    SpokenEmailRecognizer,
    SpokenPhoneRecognizer,
    spoken_digits,
)


def found(recognizer: EntityRecognizer, text: str) -> list[str]:
    """The texts ``recognizer`` reports in ``text``, in order (no spaCy needed)."""
    results = recognizer.analyze(text, recognizer.supported_entities, None)  # type: ignore[arg-type]
    return sorted({text[r.start : r.end] for r in results}, key=text.index)


def check(recognizer: EntityRecognizer, text: str, expected: list[str]) -> None:
    assert found(recognizer, text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seria RX nr 123456", ["RX nr 123456"]),
        ("Seria RX nr. 123456, eliberat de SPCLEP", ["RX nr. 123456"]),
        ("CI seria KZ numărul 654321", ["KZ numărul 654321"]),
        ("seria rx 123456", ["rx 123456"]),
        ("buletin RX 123456", ["RX 123456"]),
        ("am pierdut cartea de identitate RT123456", ["RT123456"]),
        ("ID card AB nr 123456", ["AB nr 123456"]),
        ("comanda RX 123456 a plecat", []),
        ("RTX 4090 in stoc", []),
        ("produs AB 123456", []),
        ("buletin XY 12345", []),
    ],
)
def test_ro_id_card(text: str, expected: list[str]) -> None:
    check(RoIdCardRecognizer(), text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was born on 12 March 1985", ["12 March 1985"]),
        ("DOB: 12/03/1985", ["12/03/1985"]),
        ("date of birth March 12, 1985", ["March 12, 1985"]),
        ("born 12th of March 1985", ["12th of March 1985"]),
        ("1985-03-12 is my birth date", ["1985-03-12"]),
        ("data nașterii 12.03.1985", ["12.03.1985"]),
        ("născută pe 12 martie 1985", ["12 martie 1985"]),
        ("nascut in 03.04.90", ["03.04.90"]),
        ("Born 12.03.1985, delivery on 14.03.2024", ["12.03.1985"]),
        ("delivery 14.03.2024, I was born 12.03.1985", ["12.03.1985"]),
        ("delivery on 12.03.2025", []),
        ("livrare pe 12 martie 2025", []),
        ("Version 2.3.1 released on 12.03.2024", []),
        ("born on 31.02.1985", []),
        ("born 12.03.1850", []),
        ("d.o.b. 03-Feb-1975", ["03-Feb-1975"]),
        ("my bday is 2/3/75", ["2/3/75"]),
        ("delivery slot 03-Feb-2025", []),
    ],
)
def test_date_of_birth(text: str, expected: list[str]) -> None:
    check(DateOfBirthRecognizer(), text, expected)


def test_birth_dates_are_parsed() -> None:
    assert str(parse_birth_date("12 martie 1985")) == "1985-03-12"
    assert str(parse_birth_date("1985-03-12")) == "1985-03-12"
    assert parse_birth_date("31.02.1985") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Locuiesc pe Strada Lalelelor nr. 5, Cluj", ["Strada Lalelelor nr. 5"]),
        ("strada lalelelor nr 5", ["strada lalelelor nr 5"]),
        (
            "Bd. Unirii nr. 3, bl. A2, sc. B, ap. 14",
            ["Bd. Unirii nr. 3, bl. A2, sc. B, ap. 14"],
        ),
        ("Calea Victoriei 155, București", ["Calea Victoriei 155"]),
        ("Aleea Teilor 4 bl 3 ap 12", ["Aleea Teilor 4 bl 3 ap 12"]),
        ("Șoseaua Kiseleff nr 10", ["Șoseaua Kiseleff nr 10"]),
        ("B-dul Iuliu Maniu nr. 7, 061072 București", ["B-dul Iuliu Maniu nr. 7, 061072"]),
        ("I live at 221B Baker Street, London", ["221B Baker Street"]),
        ("12 Main St", ["12 Main St"]),
        ("42 Oak Avenue, Apt 5", ["42 Oak Avenue, Apt 5"]),
        ("Hauptstraße 5, 10115 Berlin", ["Hauptstraße 5, 10115"]),
        ("Keizersgracht 123, 1015 CJ Amsterdam", ["Keizersgracht 123, 1015 CJ"]),
        ("Berliner Straße 12", ["Berliner Straße 12"]),
        ("Piața Unirii is lovely", []),
        ("Open 9 to 5 on Main Street", []),
        ("I ordered 3 items on Friday", []),
        ("We are open 7 days a week", []),
        ("am comandat 2 buc pe str. Lalelelor", []),
    ],
)
def test_street_address(text: str, expected: list[str]) -> None:
    check(StreetAddressRecognizer(), text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mașina B 123 ABC", ["B 123 ABC"]),
        ("B 12 ABC", ["B 12 ABC"]),
        ("CJ 12 XYZ la service", ["CJ 12 XYZ"]),
        ("B-123-ABC", ["B-123-ABC"]),
        ("IF07ABC", ["IF07ABC"]),
        ("nr auto b 123 abc", ["b 123 abc"]),
        ("B 2 B", []),
        ("plan b 123 abc", []),
        ("GL 500 AMG", []),
        ("cost B 100 EUR", []),
        ("order CJ12XYZ-5", []),
        ("XX 12 ABC", []),
    ],
)
def test_ro_license_plate(text: str, expected: list[str]) -> None:
    check(RoLicensePlateRecognizer(), text, expected)


def test_plate_rules() -> None:
    assert is_valid_plate("B 123 ABC") and is_valid_plate("cj 12 xyz")
    assert not is_valid_plate("CJ 123 XYZ")  # three digits only in Bucharest
    assert not is_valid_plate("B 12 QAB") and not is_valid_plate("B 12 OAB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my email is john dot miller at gmail dot com thanks",
            ["john dot miller at gmail dot com"],
        ),
        ("ion punct popescu arond yahoo punct com", ["ion punct popescu arond yahoo punct com"]),
        ("scrie la ion popescu at yahoo dot ro", ["ion popescu at yahoo dot ro"]),
        (
            "maria underscore ionescu at company dot co dot uk",
            ["maria underscore ionescu at company dot co dot uk"],
        ),
        ("john dot miller@gmail.com", ["john dot miller@gmail.com"]),
        ("mail me at john@gmail.com", []),  # typed: the e-mail recognizer's job
        ("see you at the mall dot com", []),
        ("meet at nine", []),
    ],
)
def test_spoken_email(text: str, expected: list[str]) -> None:
    check(SpokenEmailRecognizer(), text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "call me on zero seven two two one two three four five six please",
            ["zero seven two two one two three four five six"],
        ),
        (
            "oh seven seven double five one two three four five six",
            ["oh seven seven double five one two three four five six"],
        ),
        (
            "plus four nine three zero one two three four five six seven",
            ["plus four nine three zero one two three four five six seven"],
        ),
        (
            "zero șapte doi doi unu doi trei patru cinci șase",
            ["zero șapte doi doi unu doi trei patru cinci șase"],
        ),
        (
            "zero sapte doi doi unu doi trei patru cinci sase",
            ["zero sapte doi doi unu doi trei patru cinci sase"],
        ),
        ("plus patru zero sapte doi doi 123 456", ["plus patru zero sapte doi doi 123 456"]),
        ("0722 123 456", []),
        ("order 45821 2 3", []),
        ("I want two or three", []),
        ("one two three", []),
        ("invoice inv two zero two four zero zero one two three", []),
    ],
)
def test_spoken_phone(text: str, expected: list[str]) -> None:
    check(SpokenPhoneRecognizer(), text, expected)


def test_spoken_digits_counts_words_and_repeats() -> None:
    assert spoken_digits("oh seven double five 12") == ("0755" + "12", 4)


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("order ORD-2024-118823", True),
        ("INV-2024-00123", True),
        ("comanda nr. 0722123456", True),
        ("call 0722 123 456", False),
    ],
)
def test_reference_numbers_are_not_phones(text: str, reference: bool) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert is_reference_number(text, start) is reference


def test_code_prefixed_numbers_are_not_international_phones() -> None:
    assert found(GroupedPhoneRecognizer(), "order ORD-2024-118823 please") == []
    assert found(GroupedPhoneRecognizer(), "call +49 30 12345678") == ["+49 30 12345678"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("numele meu e ion popescu si vreau", ["ion popescu"]),
        ("ma numesc andrei ionescu", ["andrei ionescu"]),
        ("im mike johnson", ["mike johnson"]),
        ("my name is sarah o'connor", ["sarah o'connor"]),
        ("this is peter from sales", ["peter"]),
        ("Mr. Smith called", ["Smith"]),
        ("doamna popescu a sunat", ["popescu"]),
        ("Jan de Vries", ["Jan de Vries"]),
        ("Lisa van der Berg is here", ["Lisa van der Berg"]),
        ("Hans-Peter Müller", ["Hans-Peter Müller"]),
        ("Anja Schröder", ["Anja Schröder"]),
        ("ion popescu a sunat", ["ion popescu"]),
        ("Name: john smith", ["john smith"]),
        ("Sunt bine", []),
        ("I am interested", []),
        ("this is great", []),
        ("I'm looking for an iPhone 15 Pro", []),
        ("Dacia Logan", []),
        ("AllAI Demo Shop", []),
        ("Luni - Vineri", []),
        ("my name is on the list", []),
        ("hi im calling about my order", []),
        ("it's Monday", []),
        ("Victoria Street", []),
    ],
)
def test_context_names_in_sloppy_chat(text: str, expected: list[str]) -> None:
    check(ContextNameRecognizer(), text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello yes klaus here from hamburg", ["klaus"]),
        ("alo da costel la telefon", ["costel"]),
        ("my wife linda will be home", ["linda"]),
        ("Radu vine mâine", ["Radu"]),
        ("the lithium ion battery", []),
        ("we ship in january", []),
    ],
)
def test_known_names(text: str, expected: list[str]) -> None:
    check(KnownNameRecognizer(), text, expected)


# --- end to end through the shared detector (loads spaCy: slow) ------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "entity_type", "value"),
    [
        ("ro", "CI seria RX nr 123456, vă rog", "RO_ID_CARD", "RX nr 123456"),
        ("en", "I was born on 12 March 1985", "DATE_OF_BIRTH", "12 March 1985"),
        ("ro", "Locuiesc pe Strada Lipscani nr. 5", "STREET_ADDRESS", "Strada Lipscani nr. 5"),
        ("en", "Send it to 12 Main St please", "STREET_ADDRESS", "12 Main St"),
        ("ro", "Mașina mea are numărul B 123 ABC", "RO_LICENSE_PLATE", "B 123 ABC"),
        ("en", "it is john dot miller at gmail dot com", "EMAIL_ADDRESS",
         "john dot miller at gmail dot com"),
        ("ro", "zero șapte doi doi unu doi trei patru cinci șase", "PHONE_NUMBER",
         "zero șapte doi doi unu doi trei patru cinci șase"),
        ("en", "hello im mike johnson my package never arrived", "PERSON", "mike johnson"),
    ],
)  # fmt: skip
def test_detector_reports_new_entities(lang: str, text: str, entity_type: str, value: str) -> None:
    spans = get_detector().detect(text, lang)
    assert (entity_type, value) in {(s.entity_type, s.text(text)) for s in spans}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Delivery on 12.03.2025, order 45821, total 49.99 EUR"),
        ("en", "Invoice INV-2024-00123 for the Dacia Logan"),
        ("en", "Is the iPhone 15 Pro in stock at AllAI Demo Shop?"),
        ("ro", "Program: Luni - Vineri, 9:00-18:00"),
        ("en", "Order ORD-2024-118823 ships on Easter Monday"),
    ],
)
def test_detector_leaves_look_alikes(lang: str, text: str) -> None:
    assert get_detector().detect(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIE X1234567L", ["X1234567L"]),  # a Spanish foreigner's number
        ("DNI 12345678Z", ["12345678Z"]),
        ("PESEL 44051401359", ["44051401359"]),
        ("order 44051401359 shipped", []),
    ],
)
def test_national_id_after_its_cue(text: str, expected: list[str]) -> None:
    check(NationalIdRecognizer(), text, expected)
