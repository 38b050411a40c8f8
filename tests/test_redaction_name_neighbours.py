"""The other half of a name found in part (issue 10, ``name_neighbours.py``)."""

from __future__ import annotations

import pytest

from redaction.detector import get_detector
from redaction.recognizers.name_neighbours import with_name_neighbours
from redaction.spans import Span

pytestmark = pytest.mark.slow


def people(text: str) -> list[str]:
    return [s.text(text) for s in get_detector().detect(text, "en") if s.entity_type == "PERSON"]


def test_the_surname_after_a_found_given_name_is_part_of_the_name() -> None:
    text = "he's teofila glenn born may 23 1963 and he can't get in himself"
    assert people(text) == ["teofila glenn"]


def test_a_title_before_a_surname_stays_outside() -> None:
    text = "we saw doctor grenier at the surgery really nice"
    assert people(text) == ["grenier"]


@pytest.mark.parametrize(
    ("text", "found", "grown"),
    [
        ("thanks teofila fonseca", "fonseca", "teofila fonseca"),  # a given name before
        ("ask teofila glenn", "teofila", "teofila glenn"),  # a listed name after
        ("ask teofila about it", "teofila", "teofila"),  # a function word after
        ("ring rahel garb today", "rahel", "rahel"),  # a dictionary word after
        ("Hi Teofila\nGlenn here", "Teofila", "Teofila"),  # never across a line break
    ],
)
def test_a_one_word_name_grows_only_over_a_name_beside_it(
    text: str, found: str, grown: str
) -> None:
    start = text.index(found)
    span = Span("PERSON", start, start + len(found), 0.8)
    assert [s.text(text) for s in with_name_neighbours(text, [span])] == [grown]


def test_a_name_never_grows_over_another_find() -> None:
    text = "ask teofila glenn"
    spans = [Span("PERSON", 4, 11, 0.8), Span("LOCATION", 12, 17, 0.8)]
    assert with_name_neighbours(text, spans) == spans
