"""Offline language guess for Romanian vs English."""

from __future__ import annotations

import pytest

from redaction.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bună ziua, aș dori să știu programul", "ro"),
        ("buna ziua, as dori sa stiu programul", "ro"),
        ("Care este prețul?", "ro"),
        ("Aveți livrare?", "ro"),
        ("ma numesc Ion Popescu", "ro"),
        ("Mulțumesc!", "ro"),
        ("Program: Luni - Vineri", "ro"),
        ("Hello, what are your opening hours?", "en"),
        ("Is the shop open on Saturday?", "en"),
        ("My name is John", "en"),
        ("Thanks!", "en"),
        ("ok", None),
        ("123", None),
        ("", None),
        ("👍", None),
        ("John Smith", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_only_candidates_are_returned() -> None:
    assert detect_language("Bună ziua, aș dori să știu programul", candidates=("en",)) is None
    assert detect_language("Hello, what are your opening hours?", candidates=("en",)) == "en"
    assert detect_language("Hello there", candidates=("de", "fr")) is None
