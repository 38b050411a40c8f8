"""The everyday Romanian words the model's finds are trimmed of: read offline from the
installed ``wordfreq`` package, with names and places taken out."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from redaction.recognizers import romanian_words as module
from redaction.recognizers.name_gazetteer import lexicon


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*_: object) -> None:
        raise AssertionError("the word list must be read offline")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    yield


def test_the_list_is_read_from_the_installed_package(
    no_network: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "_words", None)  # read it again, here, offline
    words = module.romanian_words()
    assert {"locuiesc", "părere", "parere", "calitate"} <= words.all
    # "lilith" and "horton" are about as frequent in English: names, not Romanian words
    assert "locuiesc" in words.romanian_only
    assert not {"horton", "dudley"} & words.romanian_only


@pytest.mark.parametrize(
    "word", ["locuiesc", "studii", "industria", "părere", "parere", "muncitor"]
)
def test_everyday_words_are_in(word: str) -> None:
    assert word in lexicon().romanian


@pytest.mark.parametrize(
    "word",
    [
        "popescu", "maria", "ionescu", "tudor",  # names on our lists
        "cluj", "brad", "constanța",  # towns on our list of places
        "horton", "dudley",  # names known in English too
    ],
)  # fmt: skip
def test_names_and_places_are_out(word: str) -> None:
    assert word not in lexicon().romanian


def test_only_romanian_text_reads_lower_case_romanian_words_as_words() -> None:
    assert lexicon("ro").kind("primit") == "word"
    assert lexicon("en").kind("primit") == "unknown"
    assert lexicon("ro").kind("Primit") == "unknown"  # capitalised: maybe a name or town
