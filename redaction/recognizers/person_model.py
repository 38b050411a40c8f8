"""PERSON from our own small name model (``models/person_ner.py``).

The model was trained on synthetic English and Romanian chat in every casing, without
punctuation, with speaker labels and names from many countries, so it finds what the
capitalisation-bound English model misses ("i talked to lars eriksson", "anna: hi").
One ``nlp(text)`` call per message. A span's edge words that are function or common
words are trimmed ("mircea să-" becomes "mircea"); a lone lower-case word scores lower
than a capitalised or multi-word name, so a stronger find wins where they overlap.
The model loads on first use, not when the recognizer is built.
"""

from __future__ import annotations

from pathlib import Path

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from models.person_ner import person_offsets
from redaction.entities import PERSON
from redaction.recognizers.vocabulary import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    LOWER_STOP,
    NOT_NAMES,
)

RECOGNIZER_NAME = "PersonModelRecognizer"
MODEL_SCORE = 0.85
LOWER_SINGLE_SCORE = 0.6
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}]+)*\.?")
_IGNORED = COMMON_WORDS | LOWER_STOP | NOT_NAMES


def _is_edge_noise(word: str, several: bool) -> bool:
    """A number, or a function, common or non-name word at a span's edge ("Email",
    "thanks", "să-").
    A given name that is also such a word ("Will", "May") stays when it is capitalised
    or one of several words: the model saw it used as a name."""
    if any(char.isdigit() for char in word):
        return True  # a time or number next to a name ("17:06:35 Alvarin")
    if word.casefold().rstrip(".") not in _IGNORED:
        return False
    if word[:1].isupper() or several:
        return word.capitalize() not in AMBIGUOUS_GIVEN_NAMES
    return True


def name_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of ``text[start:end]`` from the first to the last that may be a name."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    while words and _is_edge_noise(text[words[0][0] : words[0][1]], len(words) > 1):
        words.pop(0)
    while words and _is_edge_noise(text[words[-1][0] : words[-1][1]], len(words) > 1):
        words.pop()
    return words


class PersonModelRecognizer(EntityRecognizer):
    """PERSON spans from our name model, for English and Romanian text."""

    def __init__(
        self,
        supported_language: str = "en",
        model_dir: Path | None = None,
        name: str = RECOGNIZER_NAME,
    ) -> None:
        self._model_dir = model_dir
        self._name = name
        super().__init__(
            supported_entities=[PERSON], supported_language=supported_language, name=name
        )

    def load(self) -> None:
        """Nothing here: the model loads on the first ``analyze`` (once per process)."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if PERSON not in entities or not text.strip():
            return []
        return self._results(text, person_offsets(text, self._model_dir))

    def _results(self, text: str, offsets: list[tuple[int, int]]) -> list[RecognizerResult]:
        """The model's finds at ``offsets`` of ``text``, trimmed and scored."""
        results: list[RecognizerResult] = []
        for found_start, found_end in offsets:
            words = name_words(text, found_start, found_end)
            if not words:
                continue
            start, end = words[0][0], words[-1][1]
            if text[end - 1] == "." and end - start > 2 and text[end - 3] != " ":
                end -= 1  # a sentence's full stop, not an initial ("J.")
            lone_lower = len(words) == 1 and text[start:end].islower()
            score = LOWER_SINGLE_SCORE if lone_lower else MODEL_SCORE
            results.append(
                RecognizerResult(
                    PERSON,
                    start,
                    end,
                    score,
                    analysis_explanation=AnalysisExplanation(
                        recognizer=self._name,
                        original_score=score,
                        textual_explanation="our PERSON model",
                    ),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
