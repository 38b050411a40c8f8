"""The gazetteer location recognizer: places where a person lives or is, in any case;
places named for any other reason stay. Driven without spaCy."""

from __future__ import annotations

import pytest

from redaction.detector import get_detector
from redaction.recognizers.locations import GazetteerLocationRecognizer
from redaction.recognizers.places import PLACES, place_variants


def found(text: str) -> list[str]:
    recognizer = GazetteerLocationRecognizer()
    results = recognizer.analyze(text, ["LOCATION"], None)  # type: ignore[arg-type]
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm at Schiphol right now", ["Schiphol"]),
        ("calling from the hague where i live", ["the hague"]),
        ("klaus here from hamburg", ["hamburg"]),
        ("I'm currently in Cluj-Napoca, visiting family", ["Cluj-Napoca"]),
        ("i live in austin lol", ["austin"]),
        ("we moved to Manchester last year", ["Manchester"]),
        ("Locuiesc în Cluj-Napoca și aș vrea livrare", ["Cluj-Napoca"]),
        ("locuiesc in Alba Iulia", ["Alba Iulia"]),
        ("stau in cluj napoca", ["cluj napoca"]),
        ("stau în Târgu Mureș de doi ani", ["Târgu Mureș"]),
        ("stau in targu mures", ["targu mures"]),
        ("sunt din Piatra Neamț", ["Piatra Neamț"]),
        ("sunt din Chișinău", ["Chișinău"]),
        ("locuiesc în Drobeta-Turnu Severin", ["Drobeta-Turnu Severin"]),
        ("am o comandă, stau în Constanţa", ["Constanţa"]),
        ("ich wohne in München", ["München"]),
    ],
)
def test_places_after_a_residence_cue(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "do you deliver to Cluj?",  # a destination, not where the customer is
        "livrați și în Cluj?",
        "the Paris Hilton perfume is out of stock",
        "the parcel was shipped from Berlin",
        "coletul vine din București",
        "products from Milano",
        "from the Berlin office",
        "I live in a flat",
        "locuiesc în zona centrală",
    ],
)
def test_places_named_for_other_reasons_are_not_reported(text: str) -> None:
    assert found(text) == []


def test_place_variants_cover_typed_forms() -> None:
    assert {"Brașov", "Brasov", "Braşov"} <= set(place_variants(["Brașov"]))
    assert {"Cluj-Napoca", "Cluj Napoca"} <= set(place_variants(["Cluj-Napoca"]))
    assert "Muenchen" in set(place_variants(["München"]))
    assert {"Alba Iulia", "Satu Mare", "Baia Mare", "Iasi", "Leeds"} <= PLACES


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "I'm Matei Ionescu and I'm currently in Cluj-Napoca", "Cluj-Napoca"),
        ("ro", "locuiesc in Alba Iulia de zece ani", "Alba Iulia"),
        ("ro", "sunt andreea de la bacău stau în bacău de zece ani", "bacău"),
        ("en", "hi i'm jessica from leeds, i'm home til 6", "leeds"),
    ],
)
def test_detector_protects_where_a_person_lives(lang: str, text: str, value: str) -> None:
    spans = get_detector().detect(text, lang)
    start = 0
    while (start := text.find(value, start)) >= 0:
        assert any(s.start <= start and start + len(value) <= s.end for s in spans), text
        start += len(value)
