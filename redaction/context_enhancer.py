"""Presidio's context-word boost, without copying every result first.

``LemmaContextAwareEnhancer.enhance_using_context`` starts with a deep copy of all the
results of a message (their explanations and metadata included) and then changes the
scores of the copies. The analyzer never reads the results it handed over again, so the
copy only costs time (about 2 % of the detector's time in a profile).
``InPlaceContextEnhancer`` changes the scores of the results it is given
and returns that same list. The rule itself is Presidio's, through its own helpers: a
result of a recognizer that declares context words, not boosted yet by its recognizer,
gains ``context_similarity_factor`` (at least ``min_score_with_context_similarity``,
at most 1) when one of those words is among the words before it.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_BOOSTED = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


class InPlaceContextEnhancer(LemmaContextAwareEnhancer):
    """``LemmaContextAwareEnhancer`` that boosts the results it is given in place."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return raw_results
        with_words = {r.id: r for r in recognizers if r.context}
        extra = [word.lower() for word in context or []]
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = with_words.get(metadata.get(_ID, ""))
            if recognizer is None or metadata.get(_BOOSTED):
                continue
            surrounding = self._extract_surrounding_words(
                nlp_artifacts=nlp_artifacts,
                word=text[result.start : result.end],
                start=result.start,
            )
            surrounding.extend(extra)
            word = self._find_supportive_word_in_context(
                surrounding, recognizer.context, self.context_matching_mode
            )
            if not word:
                continue
            score = max(
                result.score + self.context_similarity_factor,
                self.min_score_with_context_similarity,
            )
            result.score = min(score, ContextAwareEnhancer.MAX_SCORE)
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(word)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results
