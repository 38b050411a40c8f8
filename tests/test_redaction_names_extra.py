"""Names the cue, word-list and spelling rules find, and the merging of overlapping finds;
plus the written phone, card, split birth-date and French street forms. Tables of
(text, expected values), positive and negative, in English and Romanian."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.detector import get_detector
from redaction.recognizers.address import StreetAddressRecognizer
from redaction.recognizers.birth_date import DateOfBirthRecognizer
from redaction.recognizers.cards import LuhnCardRecognizer, luhn_valid
from redaction.recognizers.merged import MergedRecognizer
from redaction.recognizers.names import (
    ContextNamePatterns,
    ContextNameRecognizer,
    KnownNameRecognizer,
    SpelledNameRecognizer,
)
from redaction.recognizers.phone import WrittenPhoneRecognizer


def found(recognizer: EntityRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, recognizer.supported_entities, None)  # type: ignore[arg-type]
    return sorted({text[r.start : r.end] for r in results}, key=text.index)


def longest(recognizer: EntityRecognizer, text: str) -> list[str]:
    """What survives when overlapping finds are merged (as the detector sees them)."""
    merged = MergedRecognizer([recognizer])
    return found(merged, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi i am fatima el amrani and i need", ["fatima el amrani"]),
        ("okay so the name is peter van dam", ["peter van dam"]),
        ("this is jennifer lopez again sorry", ["jennifer lopez"]),
        ("my surname is van der meer first name lotte", ["van der meer", "lotte"]),
        ("hi um I'm mark I called yesterday", ["mark"]),
        ("numele de familie este dumitrescu", ["dumitrescu"]),
        ("mă numesc ioana maria stanciu și vreau", ["ioana maria stanciu"]),
        ("sunt ionuț ciobanu", ["ionuț ciobanu"]),
        ("I'm marking the parcel as lost", []),
        ("I'm will be late", []),
        ("this is anna thanks", ["anna"]),
        ("the name is on the box", []),
        ("sunt maria si vreau sa", ["maria"]),
    ],
)
def test_full_names_after_cues(text: str, expected: list[str]) -> None:
    assert longest(ContextNameRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi jennifer lopez here", ["jennifer lopez"]),
        ("thanks anna for the help", ["anna"]),
        ("my wife linda will be home", ["linda"]),
        ("the lithium ion battery", []),
    ],
)
def test_known_given_name_and_unknown_surname_near_a_cue(text: str, expected: list[str]) -> None:
    assert longest(KnownNameRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("its anna a n n a and surname k o w a l s k i kowalski", ["anna", "kowalski"]),
        ("hi this is olivia o l i v i a bennett i placed", ["olivia", "bennett"]),
        ("cristian c r i s t i a n moldovan", ["cristian", "moldovan"]),
        ("numele meu este vasilica v a s i l i c a mocanu", ["vasilica", "mocanu"]),
        ("the plate is b one two three a b c", []),
        ("iban n l nine one a b n a zero four", []),
    ],
)
def test_names_around_spelled_letters(text: str, expected: list[str]) -> None:
    assert found(SpelledNameRecognizer(), text) == expected


class _Fixed(EntityRecognizer):
    """Reports the given (entity, start, end, score) results, whatever the text."""

    def __init__(self, results: list[tuple[str, int, int, float]]) -> None:
        self._results = results
        super().__init__(supported_entities=["PERSON", "LOCATION"], name="fixed")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: object = None
    ) -> list[RecognizerResult]:
        return [RecognizerResult(e, s, t, sc) for e, s, t, sc in self._results]


def test_overlapping_finds_merge_into_the_union() -> None:
    text = "hi, I'm Noor van den Heuvel, IBAN"
    noor, full = (8, 12, 0.85), (8, 27, 0.7)
    merged = MergedRecognizer([_Fixed([("PERSON", *noor)]), _Fixed([("PERSON", *full)])])
    results = merged.analyze(text, ["PERSON"])
    assert [(r.entity_type, text[r.start : r.end], r.score) for r in results] == [
        ("PERSON", "Noor van den Heuvel", 0.85)
    ]


def test_merged_type_is_the_strongest_find() -> None:
    text = "locuiesc in Alba Iulia"
    merged = MergedRecognizer(
        [_Fixed([("PERSON", 17, 22, 0.5)]), _Fixed([("LOCATION", 12, 22, 0.85)])]
    )
    assert [
        (r.entity_type, text[r.start : r.end]) for r in merged.analyze(text, ["PERSON", "LOCATION"])
    ] == [("LOCATION", "Alba Iulia")]


def test_a_found_word_is_found_again_but_not_a_common_word() -> None:
    text = "yeah uh emma emma thompson, emma and the order"
    merged = MergedRecognizer([_Fixed([("PERSON", 13, 26, 0.7)])])
    assert found(merged, text) == ["emma", "emma thompson"]
    assert [text[r.start : r.end] for r in merged.analyze(text, ["PERSON"])].count("emma") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("phone +44 7700 900123", ["+44 7700 900123"]),
        ("telefonul +31 6 98765432", ["+31 6 98765432"]),
        ("Ryan Cooper, rcooper@mail.com, 555-0147", ["555-0147"]),
        ("order 555-0147 please", []),
        ("between 2019-2024", []),
        ("price 12.50, +5", []),
        ("+1 2", []),
    ],
)
def test_written_phone_forms(text: str, expected: list[str]) -> None:
    assert found(WrittenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my visa 4024007186 543210 got blocked", ["4024007186 543210"]),
        ("mastercard 2223000048400011, de ce nu trece", ["2223000048400011"]),
        ("card 4539-1488-0343-6467", ["4539-1488-0343-6467"]),
        ("order 4024007186543210", []),  # a reference, even when Luhn-valid
        ("comanda nr 4024007186543210", []),
        ("card 4024007186543211", []),  # Luhn fails
        ("tracking 1Z999AA10123456784", []),
        ("call 0722 123 456", []),
    ],
)
def test_luhn_cards_in_any_grouping(text: str, expected: list[str]) -> None:
    assert found(LuhnCardRecognizer(), text) == expected


def test_luhn() -> None:
    assert luhn_valid("4539148803436467")
    assert not luhn_valid("4539148803436468")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("m-am nascut in 1994, pe 2 februarie", ["1994, pe 2 februarie"]),
        ("I was born in 1987", ["1987"]),
        ("ziua mea de naștere e pe 12 martie", ["12 martie"]),
        ("we opened in 1994", []),
        ("Delivery on 12 March, order from 2024", []),
        ("livrare pe 2 februarie", []),
    ],
)
def test_birth_date_parts(text: str, expected: list[str]) -> None:
    assert found(DateOfBirthRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I live at Rue de la Loi 16, Brussels", ["Rue de la Loi 16"]),
        ("12 avenue Louise", ["12 avenue Louise"]),
        ("Chaussée de Wavre 5", ["Chaussée de Wavre 5"]),
        ("locuiesc pe strada avram iancu nr 9", ["strada avram iancu nr 9"]),
        ("Place the order 5 times", []),
        ("please place your order 3 times", []),
        ("Route 66", []),
    ],
)
def test_french_and_lower_case_streets(text: str, expected: list[str]) -> None:
    assert found(StreetAddressRecognizer(), text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "hi, I'm Noor van den Heuvel, IBAN NL63TRIO0212345678", "Noor van den Heuvel"),
        ("ro", "Buna, Ana Maria Petrescu aici, am o problema", "Ana Maria Petrescu"),
        ("en", "yes it's mister brown robert brown", "brown"),
        ("en", "thanks bye this is jennifer lopez again sorry", "jennifer lopez"),
        ("ro", "numele meu este Jan de Vries, telefonul +31 6 98765432", "+31 6 98765432"),
    ],
)
def test_detector_protects_whole_names_and_numbers(lang: str, text: str, value: str) -> None:
    spans = get_detector().detect(text, lang)
    start = 0
    while (start := text.find(value, start)) >= 0:
        assert any(s.start <= start and start + len(value) <= s.end for s in spans), text
        start += len(value)


def test_cue_patterns_skipped_without_a_cue_find_what_all_patterns_find() -> None:
    """``ContextNameRecognizer`` runs its cue patterns only where a cue is: the finds
    must be those of every pattern run on every text."""
    every = ContextNamePatterns(ContextNameRecognizer.PATTERNS, "en")
    texts = [
        "my name is sarah o'connor and I'm Ana Popescu",
        "Sunt Maria, domnul Ionescu m-a sunat, prof. Georgescu la telefon",
        "Ion Popescu and Vasile Marin met at the depot; Popescu Ion too",
        "no cue here, just Gheorghe Zamfirescu and a parcel",
        "Product name: Rose vase, name: Jan de Vries, text Hardy on +43 1 234",
    ]
    recognizer = ContextNameRecognizer()
    for text in texts:
        expected = [(r.start, r.end, r.score) for r in every.analyze(text, ["PERSON"])]
        found = [(r.start, r.end, r.score) for r in recognizer.analyze(text, ["PERSON"])]
        assert sorted(found) == sorted(expected), text
        assert found, text
