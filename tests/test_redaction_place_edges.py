"""Where places start and end (issue 10): the town and country after an address or a town
(``redaction/recognizers/place_tail.py``), no preposition before an address, no talk after
it, and no person or town in a word right after "the" (``redaction/detector.py``)."""

from __future__ import annotations

import pytest

from redaction.data.build_countries import COUNTRIES_FILE
from redaction.detector import get_detector
from redaction.recognizers.place_tail import country_names, with_place_tails
from redaction.spans import Span

pytestmark = pytest.mark.slow


def found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(s.entity_type, s.text(text)) for s in get_detector().detect(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "She lives in Osaka, Japan with her husband.",
            "en",
            [("LOCATION", "Osaka, Japan")],
        ),
        ("Ship to Uppsala, Sweden please.", "en", [("LOCATION", "Uppsala, Sweden")]),
        (
            "We moved to 14 Oak Street, Bristol last year.",
            "en",
            [("STREET_ADDRESS", "14 Oak Street, Bristol")],
        ),
        (
            "Send it to 22 Baker Street, London, United Kingdom.",
            "en",
            [("STREET_ADDRESS", "22 Baker Street, London, United Kingdom")],
        ),
        (
            "Livrați la Bd. Unirii nr. 15, bl. 4, sc. A, ap. 12, sector 3, București.",
            "ro",
            [("STREET_ADDRESS", "Bd. Unirii nr. 15, bl. 4, sc. A, ap. 12, sector 3, București")],
        ),
    ],
)
def test_the_town_and_country_after_an_address_or_town_are_part_of_it(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Yes we deliver to Romania and Bulgaria.",  # a country alone is where goods go
        "Sorry, Germany is outside our delivery area.",
        "Thanks, Romania team!",
    ],
)
def test_a_country_on_its_own_is_kept(text: str) -> None:
    assert found(text) == []


def test_a_country_in_lower_case_follows_only_a_find_in_lower_case() -> None:
    lower = "stau in cluj, romania de doi ani"
    capital = "stau in Cluj, turkey sandwich"
    town_lower = Span("LOCATION", 8, 12, 0.8)
    assert [s.text(lower) for s in with_place_tails(lower, [town_lower])] == ["cluj, romania"]
    assert [s.text(capital) for s in with_place_tails(capital, [town_lower])] == ["Cluj"]


def test_the_country_list_has_the_forms_people_write() -> None:
    names = country_names()
    for name in ("united kingdom", "romania", "românia", "germania", "marea britanie", "usa"):
        assert name in names, name
    assert not any("(" in line for line in COUNTRIES_FILE.read_text(encoding="utf-8").split("\n"))


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        ("He lives on Rua Augusta 274, 1100-053 Lisboa.", "en", "Rua Augusta 274, 1100-053 Lisboa"),
        (
            "I need to change the delivery address to 1600 Pennsylvania Ave NW, Washington, "
            "DC 20500.",
            "en",
            "1600 Pennsylvania Ave NW, Washington, DC 20500",
        ),
        # talk after a comma is no part of the address
        (
            "Stau pe strada Florilor nr. 7, Cluj-Napoca, de doi ani.",
            "ro",
            "strada Florilor nr. 7, Cluj-Napoca",
        ),
    ],
)
def test_an_address_holds_no_preposition_before_it_and_no_talk_after_it(
    text: str, lang: str, address: str
) -> None:
    assert found(text, lang) == [("STREET_ADDRESS", address)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sopranos, Tuesday we open with the Requiem, then the carols", []),
        ("hi, the Oak cutting board arrived cracked", []),
        ("The Popescu family moved out on Friday.", [("PERSON", "Popescu")]),
        # a town before a person is where the person lives
        (
            "A Lund pensioner has been praised for pulling a dog out of the canal.",
            [("LOCATION", "Lund")],
        ),
    ],
)
def test_a_word_after_the_is_no_person_nor_town(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bună seara! Jagoda a lucrat bine azi la Română.", "Jagoda"),
        ("Milan spune că l-a văzut pe Berta Toth ieșind din magazin.", "Milan"),
    ],
)
def test_a_romanian_sentence_may_open_with_a_name_that_acts(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text, "ro")


def test_a_span_never_ends_inside_a_word() -> None:
    # "născut" ends like a Romanian surname ("...ăscu"): no name is cut out of it
    assert found("Sunt născut pe 14.07.1990.", "ro") == [("DATE_OF_BIRTH", "14.07.1990")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The baptism register of St Mary's spells the surname differently.", "en"),
        ("Cabinetul medical Sfânta Maria vă așteaptă luni.", "ro"),
    ],
)
def test_saints_that_name_a_place_are_kept(text: str, lang: str) -> None:
    assert found(text, lang) == []


def test_a_street_named_after_someone_with_a_house_number_is_an_address() -> None:
    text = "Stau pe strada Mihai Eminescu nr. 5 de doi ani."
    assert found(text, "ro") == [("STREET_ADDRESS", "strada Mihai Eminescu nr. 5")]


def test_a_town_named_after_a_saint_is_still_a_place() -> None:
    text = "The executor, Ana Lamy of Saint Richard, asks any creditors to write."
    assert "Saint Richard" in [value for _, value in found(text)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("She comes from Stratford-upon-Avon.", "en", [("LOCATION", "Stratford-upon-Avon")]),
        ("The parcel comes from Leipzig.", "en", []),  # where goods come from
        ("El vine din Pitești în fiecare zi.", "ro", [("LOCATION", "Pitești")]),
        ("Marfa vine din Pitești.", "ro", []),
    ],
)
def test_a_person_comes_from_a_place_goods_come_from_a_site(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected
