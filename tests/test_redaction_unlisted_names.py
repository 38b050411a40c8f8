"""Names on no list, found by our PERSON model where no cue or list finds them (issue 10,
``redaction/recognizers/unlisted_names.py``), and the rare words it must leave alone."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from models.person_ner import load_person_ner
from redaction.detector import PiiDetector, get_detector
from redaction.recognizers.name_gazetteer import is_listed_name
from redaction.recognizers.unlisted_names import UnlistedNameRecognizer, unlisted
from tests.support.redaction import touched

pytestmark = pytest.mark.slow

FOUND = [
    ("Zdravka a sunat azi dimineață și a cerut factura.", "ro", "Zdravka"),
    ("Ieri Mainiero a trecut pe la ghișeu.", "ro", "Mainiero"),
    ("ask jetti whether the invoice went out", "en", "jetti"),
    ("can you tell ottavia the parcel is at the depot", "en", "ottavia"),
    # a Czech and a Turkish everyday word beside an unlisted one: a surname, a given name
    ("visiting for leticie holý is two till four", "en", "leticie holý"),
    ("ok who is öykü kocabıyık and why is their card on my receipt", "en", "öykü kocabıyık"),
]


@pytest.mark.parametrize(("text", "lang", "name"), FOUND)
def test_a_name_on_no_list_is_found_from_the_words_around_it(
    text: str, lang: str, name: str
) -> None:
    assert not is_listed_name(name)  # else the lists, not the model, would find it
    spans = get_detector().detect(text, lang)
    start = text.index(name)
    assert [(s.entity_type, s.start, s.end) for s in spans] == [
        ("PERSON", start, start + len(name))
    ]


KEPT = [
    # a capital inside the word: a brand
    ("Receptionist: Welcome to GreenLeaf! Are you a member?", "en", ["GreenLeaf"]),
    # the firm on the line below the name of a signature
    ("Kind regards,\nSzilvia Kovács\nTraubi", "en", ["Traubi"]),
    # Romanian typed without diacritics, in lower case: everyday words
    ("nu uitati ca ne strangem la 8 la caminul cultural", "ro", ["strangem", "caminul"]),
    ("Polita INV-209531 a expirat, o reinnoim?", "ro", ["Polita"]),
]


@pytest.mark.parametrize(("text", "lang", "kept"), KEPT)
def test_rare_words_that_are_no_names_are_kept(text: str, lang: str, kept: list[str]) -> None:
    assert [word for word in kept if touched(text, word, lang)] == []


def test_the_signature_name_above_the_firm_is_still_a_person() -> None:
    text = "Kind regards,\nSzilvia Kovács\nTraubi"
    spans = get_detector().detect(text, "en")
    assert [text[s.start : s.end] for s in spans] == ["Szilvia Kovács"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Krimhilda", True),
        ("handover", False),  # English text writes it (Zipf 3.0)
        ("polita", False),  # Romanian, typed without diacritics
        ("Brașov", False),  # Romanian letters: our lists know Romania's names
        ("Großenhain", False),  # a town of the gazetteer
        ("REQ880057", False),
    ],
)
def test_only_words_too_rare_for_every_word_list_are_unlisted(word: str, expected: bool) -> None:
    assert unlisted(word) is expected


def test_the_model_keeps_no_name_it_read() -> None:
    model = load_person_ner()
    before = len(model.vocab.strings)
    for n in range(5):
        get_detector().detect(f"Ieri Zdravkovna{n} a trecut pe la ghișeu.", "ro")
    assert len(model.vocab.strings) == before
    assert not any(f"Zdravkovna{n}" in model.vocab.strings for n in range(5))


def test_warming_up_loads_the_model_so_no_message_waits_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded: list[bool] = []
    monkeypatch.setattr("redaction.detector.load_person_ner", lambda: loaded.append(True))
    PiiDetector().warm_up()
    assert loaded == [True]


def test_names_on_far_lines_of_a_long_message_are_found_where_they_are() -> None:
    """The model reads only the lines around a candidate word: its finds must land on
    the right characters of the whole message."""
    filler = "The delivery was booked for the morning and the driver will ring first."
    lines = [filler] * 3 + ["Zdravka a sunat azi."] + [filler] * 4 + ["ask jetti about it"]
    text = "\n".join(lines)
    spans = get_detector().detect(text, "en")
    assert sorted(text[s.start : s.end] for s in spans if s.entity_type == "PERSON") == [
        "Zdravka",
        "jetti",
    ]


def test_the_model_does_not_run_where_other_finds_already_name_every_rare_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []

    def offsets(text: str, model_dir: object = None) -> list[tuple[int, int]]:
        read.append(text)
        return []

    monkeypatch.setattr("redaction.recognizers.unlisted_names.person_offsets", offsets)
    recognizer = UnlistedNameRecognizer("en")
    text = "My name is Zdravka Krimhildova, ask Mainiero."
    name = RecognizerResult("PERSON", 11, 30, 0.9)
    assert recognizer.analyze_after(text, ["PERSON"], None, [name]) == []
    assert read == [text]  # "Mainiero" is open: its line is read
    read.clear()
    everyone = [name, RecognizerResult("PERSON", 36, 44, 0.6)]
    assert recognizer.analyze_after(text, ["PERSON"], None, everyone) == []
    assert read == []
    # A stronger place over a name leaves the model its say on what the name is.
    place = RecognizerResult("LOCATION", 36, 44, 0.85)
    recognizer.analyze_after(text, ["PERSON"], None, [name, everyone[1], place])
    assert read == [text]
