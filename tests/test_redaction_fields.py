"""Values under a field's label (key: value lines, JSON keys, table columns): what a
pasted form, an API payload or a CSV export says about a person is redacted, what it
says about anything else stays."""

from __future__ import annotations

import pytest

from redaction.detector import get_detector
from redaction.recognizers.fields import label_type

pytestmark = pytest.mark.slow


def _covered(text: str, value: str, spans: list[tuple[int, int]]) -> bool:
    start = text.index(value)
    return all(
        text[i].isspace() or any(a <= i < b for a, b in spans)
        for i in range(start, start + len(value))
    )


FOUND = [
    (
        "Seat | Passenger | Document | Meal\n3A | Brandt/Jano | M68065791 | vegetarian\n"
        "Flight FR 3149, gate closes at 11:50",
        "en",
        ["Brandt/Jano", "M68065791"],
        ["vegetarian", "FR 3149", "11:50"],
    ),
    (
        "| shift | driver | licence |\n|---|---|---|\n| 06:00 | Espen Abrahamsen | on file |\n"
        "| 14:00 | John Andreassen | ZF528379 |",
        "en",
        ["Espen Abrahamsen", "ZF528379"],
        ["06:00", "on file", "14:00"],
    ),
    (
        "id;full_name;date_of_birth;passport;checked\n38;Robertson, Wendy;1 October 1960;"
        "PB27070254;yes",
        "en",
        ["Robertson, Wendy", "1 October 1960", "PB27070254"],
        ["38", "yes"],
    ),
    (
        "BOARDING PASS\nNAME: Izquierdo/Andrés MR\nFLIGHT: FR1317  GATE: B32  SEAT: 2C\n"
        "DOC: E34034007\nBooking ref #90398",
        "en",
        ["Izquierdo/Andrés", "E34034007"],
        ["FR1317", "B32", "2C", "90398"],
    ),
    (
        'Răspuns API:\n{\n  "titular": "Saudek Tichomil",\n  "serie_ci": "MS nr. 375424",\n'
        '  "stare": "validat"\n}',
        "ro",
        ["Saudek Tichomil", "MS nr. 375424"],
        ["validat"],
    ),
    (
        "user_id: 48213\nlegal_name: Alexandra Němečková\ndob: January 3, 1964\n"
        "tax_id: 645103/9023\nplan: Business, 710 EUR/month",
        "en",
        ["Alexandra Němečková", "January 3, 1964", "645103/9023"],
        ["48213", "710 EUR/month"],
    ),
    (
        "requester: Andrea Moen\nrequester_phone: 93690913\nrequester_city: Henriksen\n"
        "product: Ceramic mug",
        "en",
        ["Andrea Moen", "93690913", "Henriksen"],
        ["Ceramic mug"],
    ),
    (
        "nume;prenume;telefon;localitate\nAlbu;Crina;0244 346 945;Targu Mures\nexport din CRM",
        "ro",
        ["Albu", "Crina", "0244 346 945", "Targu Mures"],
        ["export din CRM"],
    ),
]


@pytest.mark.parametrize(("text", "lang", "personal", "kept"), FOUND)
def test_values_under_personal_labels_are_redacted_and_the_rest_kept(
    text: str, lang: str, personal: list[str], kept: list[str]
) -> None:
    spans = [(s.start, s.end) for s in get_detector().detect(text, lang)]
    shown = [text[a:b] for a, b in spans]
    for value in personal:
        assert _covered(text, value, spans), (value, shown)
    for value in kept:
        start = text.index(value)
        assert not any(a < start + len(value) and start < b for a, b in spans), (value, shown)


@pytest.mark.parametrize(
    "text",
    [
        "Tax: 19.00 EUR\nCustomer: New\nSegment: Gold\nClient: Gold Tier",
        "id;product_name;total\n48213;Velvet Cushion;45.00",
        "Passport: 12.05.2024 is when it expires",
        "Order: 12345\nTime: 10:15\nTotal: 45 EUR\nStatus: shipped",
    ],
)
def test_labels_with_values_of_another_shape_keep_them(text: str) -> None:
    assert [s.text(text) for s in get_detector().detect(text, "en")] == []


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("tax_id", "NATIONAL_ID"),
        ("Tax ID", "NATIONAL_ID"),
        ("taxId", "NATIONAL_ID"),
        ('"serie_ci"', "PASSPORT"),  # a document: an ID card when the value is one
        ("date_of_birth", "DATE_OF_BIRTH"),
        ("requester_city", "LOCATION"),
        ("customerPhone", "PHONE_NUMBER"),
        ("product_name", None),
        ("company name", None),
        ("user_id", None),
        ("Meal", None),
    ],
)
def test_labels_are_read_the_way_people_write_them(label: str, expected: str | None) -> None:
    assert label_type(label) == expected
