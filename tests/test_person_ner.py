"""Our PERSON model (models/person_ner.py) and its recognizer, driven from the outside."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import spacy.cli
from spacy.language import Language

from bot.errors import ConfigError
from models import person_ner
from models.person_ner import (
    DEFAULT_PERSON_NER_DIR,
    MANIFEST_NAME,
    PERSON_NER_ENV,
    load_person_ner,
)
from redaction.recognizers.person_model import PersonModelRecognizer


@pytest.fixture(scope="session")
def person_model() -> Language:
    return load_person_ner(DEFAULT_PERSON_NER_DIR)


def _found(text: str, language: str = "en") -> list[str]:
    recognizer = PersonModelRecognizer(language, model_dir=DEFAULT_PERSON_NER_DIR)
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])]


def _covered(text: str, value: str, language: str = "en") -> bool:
    start = text.index(value)
    recognizer = PersonModelRecognizer(language, model_dir=DEFAULT_PERSON_NER_DIR)
    spans = [(r.start, r.end) for r in recognizer.analyze(text, ["PERSON"])]
    return all(
        any(s <= i < e for s, e in spans)
        for i in range(start, start + len(value))
        if not text[i].isspace()
    )


@pytest.mark.slow
@pytest.mark.usefixtures("person_model")
@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "i talked to lars eriksson yesterday", "lars eriksson"),
        ("en", "Mehmet Yılmaz: hello, is the order ready?", "Mehmet Yılmaz"),
        ("en", "anna: hi\nAgent: hello, how can I help?", "anna"),
        ("en", "Please ask Priya Venkataraman to call me back.", "Priya Venkataraman"),
        ("en", "my neighbour małgorzata wiśniewska took the parcel", "małgorzata wiśniewska"),
        ("ro", "Bună ziua, sunt Andreea Popescu și vreau să verific comanda.", "Andreea Popescu"),
        ("ro", "am vorbit ieri cu ionut georgescu despre factura", "ionut georgescu"),
        ("ro", "Coletul a fost semnat de Gheorghe Dumitrescu la ora 14:00.", "Gheorghe Dumitrescu"),
    ],
)
def test_finds_names(language: str, text: str, name: str) -> None:
    assert _covered(text, name, language), _found(text, language)


@pytest.mark.slow
@pytest.mark.usefixtures("person_model")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the manager said the Rose vase ships on Monday"),
        ("en", "The store manager approved the return on Friday."),
        ("en", "Can you mark the order as paid? I will pay the bill in May."),
        ("ro", "Livrarea este marți, iar curierul sună înainte."),
        ("ro", "Aveți vaza Rose pe stoc? Mulțumesc frumos!"),
    ],
)
def test_leaves_common_words_alone(language: str, text: str) -> None:
    assert _found(text, language) == []


def test_missing_directory_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(PERSON_NER_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(ConfigError) as caught:
        load_person_ner()
    assert PERSON_NER_ENV in str(caught.value)


def test_altered_weights_are_a_config_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    copy = tmp_path / "person_ner"
    shutil.copytree(DEFAULT_PERSON_NER_DIR, copy)
    manifest = json.loads((copy / MANIFEST_NAME).read_text("utf-8"))
    first = sorted(manifest["files"])[0]
    (copy / first).write_bytes(b"not the trained file")
    monkeypatch.setenv(PERSON_NER_ENV, str(copy))
    with pytest.raises(ConfigError, match="sha256") as caught:
        load_person_ner()
    assert PERSON_NER_ENV in str(caught.value)


def test_building_the_recognizer_loads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(directory: Path | None = None) -> Language:
        raise AssertionError("the model loaded when the recognizer was built")

    monkeypatch.setattr("models.person_ner.load_person_ner", refuse)
    recognizer = PersonModelRecognizer("ro")
    assert recognizer.supported_entities == ["PERSON"]
    assert recognizer.analyze("hello", ["PHONE_NUMBER"]) == []


@pytest.mark.slow
def test_loading_never_downloads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("spacy.cli.download was called")

    monkeypatch.setattr(spacy.cli, "download", no_download)
    copy = tmp_path / "person_ner"
    shutil.copytree(DEFAULT_PERSON_NER_DIR, copy)  # a directory not loaded before
    monkeypatch.setenv(PERSON_NER_ENV, str(copy))
    model = load_person_ner()
    assert "PERSON" in model.pipe_labels["ner"]
    assert load_person_ner() is model  # once per process and directory
    assert person_ner.person_ner_dir() == copy
