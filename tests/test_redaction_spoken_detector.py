"""Spoken personal data found through normalisation, end to end (loads spaCy: slow)."""

from __future__ import annotations

import pytest

from redaction.detector import PiiDetector, get_detector, join_same_type, widen
from redaction.spans import Span


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    shared = get_detector()
    shared.warm_up()
    return shared


def uncovered(text: str, value: str, spans: list[Span]) -> str:
    """The non-space characters of ``value`` (every occurrence) no span covers."""
    left: list[str] = []
    start = text.find(value)
    while start >= 0:
        for i in range(start, start + len(value)):
            if not text[i].isspace() and not any(s.start <= i < s.end for s in spans):
                left.append(text[i])
        start = text.find(value, start + 1)
    return "".join(left)


# (lang, transcript, spoken value that must be covered entirely, entity type expected)
SPOKEN: list[tuple[str, str, str, str]] = [
    ("en", "yes i live at sixty one high street in york", "sixty one high street",
     "STREET_ADDRESS"),
    ("en", "we are at eight willow road flat three", "eight willow road flat three",
     "STREET_ADDRESS"),
    ("ro", "stau pe strada florilor numărul șaptesprezece", "strada florilor numărul șaptesprezece",
     "STREET_ADDRESS"),
    ("ro", "calea victoriei treizeci și opt bloc c trei apartament nouă",
     "calea victoriei treizeci și opt bloc c trei apartament nouă", "STREET_ADDRESS"),
    ("en", "i was born on the second of april nineteen eighty",
     "the second of april nineteen eighty", "DATE_OF_BIRTH"),
    ("en", "date of birth july twenty second nineteen eighty eight",
     "july twenty second nineteen eighty eight", "DATE_OF_BIRTH"),
    ("ro", "sunt născută pe nouă mai o mie nouă sute șaptezeci și unu",
     "nouă mai o mie nouă sute șaptezeci și unu", "DATE_OF_BIRTH"),
    ("ro", "data nașterii șapte iunie optzeci și trei", "șapte iunie optzeci și trei",
     "DATE_OF_BIRTH"),
    ("en", "the registration is b four five six d e f", "b four five six d e f",
     "RO_LICENSE_PLATE"),
    ("ro", "mașina are numărul brașov nouăzeci și nouă k l m", "brașov nouăzeci și nouă k l m",
     "RO_LICENSE_PLATE"),
    ("ro", "mă găsiți la plus patruzeci șapte trei trei două sute unsprezece trei sute doi",
     "plus patruzeci șapte trei trei două sute unsprezece trei sute doi", "PHONE_NUMBER"),
    ("en", "my card is five five five five four four four four three three three three "
     "one one one one", "five five five five four four four four three three three three "
     "one one one one", "CREDIT_CARD"),
    ("en", "the server ip is ten dot two dot thirty dot one fifty",
     "ten dot two dot thirty dot one fifty", "IP_ADDRESS"),
    ("ro", "adresa ip e o sută șaptezeci și doi punct șaisprezece punct zero punct unu",
     "o sută șaptezeci și doi punct șaisprezece punct zero punct unu", "IP_ADDRESS"),
    ("en", "the iban is d e eight nine three seven zero four zero zero four four zero five "
     "three two zero one three zero zero zero", "d e eight nine three seven zero four zero "
     "zero four four zero five three two zero one three zero zero zero", "IBAN_CODE"),
    ("ro", "scrieți la contact arond casa mea punct ro", "contact arond casa mea punct ro",
     "EMAIL_ADDRESS"),
    ("ro", "e-mailul e vlad șaptezeci arond yahoo punct com",
     "vlad șaptezeci arond yahoo punct com", "EMAIL_ADDRESS"),
    ("ro", "cartea de identitate seria k z numărul șase cinci patru trei doi unu",
     "k z numărul șase cinci patru trei doi unu", "RO_ID_CARD"),
    ("en", "my name is tomas t o m a s", "t o m a s", "PERSON"),
    ("ro", "numele de familie se scrie r a d u l e s c u", "r a d u l e s c u", "PERSON"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "value", "entity_type"), SPOKEN)
def test_spoken_value_is_covered(
    detector: PiiDetector, lang: str, text: str, value: str, entity_type: str
) -> None:
    spans = detector.detect(text, lang)
    assert uncovered(text, value, spans) == "", spans
    assert entity_type in {s.entity_type for s in spans if s.overlaps(_span_of(text, value))}


def _span_of(text: str, value: str) -> Span:
    start = text.index(value)
    return Span("", start, start + len(value), 0.0)


# Ordinary messages with number words and letters: nothing to redact.
HARMLESS: list[tuple[str, str]] = [
    ("en", "I have two kids and three dogs"),
    ("en", "can you deliver on the third of march between nine and twelve"),
    ("en", "the jacket was forty nine ninety nine and the shoes fifty"),
    ("en", "I need size forty two not forty four"),
    ("en", "we ordered two hundred and fifty units last year"),
    ("en", "order number one two three four five six seven eight"),
    ("en", "it is the a b c of returns"),
    ("en", "my iphone fourteen pro screen is broken"),
    ("ro", "comanda o sută douăzeci"),
    ("ro", "am plătit două sute cincizeci de lei pentru două tricouri"),
    ("ro", "livrarea pe cinci martie între zece și douăsprezece"),
    ("ro", "vreau să returnez comanda numărul unu doi trei patru cinci șase șapte"),
    ("ro", "e a doua oară când sun"),
    ("ro", "aveți mărimea patruzeci și doi la pantofi"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), HARMLESS)
def test_ordinary_numbers_stay(detector: PiiDetector, lang: str, text: str) -> None:
    assert detector.detect(text, lang) == []


JOINED: list[tuple[list[Span], list[Span]]] = [
    (
        [Span("EMAIL_ADDRESS", 6, 20, 1.0), Span("EMAIL_ADDRESS", 0, 20, 0.8)],
        [Span("EMAIL_ADDRESS", 0, 20, 1.0)],
    ),
    (
        [Span("PERSON", 0, 5, 0.6), Span("PERSON", 3, 9, 0.85)],
        [Span("PERSON", 0, 9, 0.85)],
    ),
    (
        [Span("PERSON", 0, 5, 0.6), Span("LOCATION", 3, 9, 0.85), Span("PERSON", 5, 7, 0.5)],
        [Span("LOCATION", 3, 9, 0.85), Span("PERSON", 0, 5, 0.6), Span("PERSON", 5, 7, 0.5)],
    ),
]


@pytest.mark.parametrize(("spans", "expected"), JOINED)
def test_overlapping_spans_of_one_type_are_joined(spans: list[Span], expected: list[Span]) -> None:
    assert join_same_type(spans) == expected


def test_only_spoken_spans_are_widened() -> None:
    typed = [Span("EMAIL_ADDRESS", 8, 23, 1.0), Span("EMAIL_ADDRESS", 4, 23, 0.8)]
    assert sorted(widen(typed, []), key=lambda s: s.start) == sorted(typed, key=lambda s: s.start)
    spoken = [Span("EMAIL_ADDRESS", 0, 23, 0.8)]
    assert widen([Span("EMAIL_ADDRESS", 6, 23, 1.0), Span("PERSON", 0, 5, 0.9)], spoken) == [
        Span("PERSON", 0, 5, 0.9),
        Span("EMAIL_ADDRESS", 0, 23, 1.0),
    ]


@pytest.mark.slow
def test_typed_address_is_not_widened_over_the_word_before(detector: PiiDetector) -> None:
    text = "Did you get lena@example.org right? Also two more: max@example.org"
    spans = detector.detect(text, "en")
    assert [s.text(text) for s in spans] == ["lena@example.org", "max@example.org"]
