"""The context-word boost: Presidio's rule, applied in place without copying results."""

from __future__ import annotations

import copy

import pytest
from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from models.ner import build_nlp_engine, forgetting_texts
from redaction.context_enhancer import InPlaceContextEnhancer

pytestmark = pytest.mark.slow

_REFERENCE = PatternRecognizer(
    supported_entity="PHONE_NUMBER",
    patterns=[Pattern("weak number", r"\b\d{4} \d{3} \d{3}\b", 0.1)],
    context=["phone", "mobile"],
)
_NO_WORDS = PatternRecognizer(
    supported_entity="ACCOUNT", patterns=[Pattern("account", r"\bACC-\d{4}\b", 0.3)]
)


@pytest.mark.parametrize(
    "text",
    [
        "my mobile: 0722 123 456 and ACC-1234",
        "call 0722 123 456 about ACC-1234",
        "phones: 0722 123 456, phone 0733 222 111",
    ],
)
def test_scores_are_presidios_and_the_list_is_changed_in_place(text: str) -> None:
    engine = build_nlp_engine()
    recognizers = [_REFERENCE, _NO_WORDS]
    with forgetting_texts():
        artifacts = engine.process_text(text, "en")
        results = [r for rec in recognizers for r in rec.analyze(text, [], artifacts)]
        theirs = LemmaContextAwareEnhancer().enhance_using_context(
            text, copy.deepcopy(results), artifacts, recognizers
        )
        ours = InPlaceContextEnhancer().enhance_using_context(text, results, artifacts, recognizers)
    assert ours is results
    assert [(r.start, r.end, r.score) for r in ours] == [(r.start, r.end, r.score) for r in theirs]


def test_a_context_word_lifts_a_weak_match_and_its_absence_does_not() -> None:
    engine = build_nlp_engine()
    with forgetting_texts():
        for text, expected in (("my mobile: 0722 123 456", 0.45), ("call 0722 123 456", 0.1)):
            artifacts = engine.process_text(text, "en")
            results = _REFERENCE.analyze(text, [], artifacts)
            enhanced = InPlaceContextEnhancer().enhance_using_context(
                text, results, artifacts, [_REFERENCE]
            )
            assert [round(r.score, 2) for r in enhanced] == [expected]
