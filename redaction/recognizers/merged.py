"""Several recognizers of names and places run as one, their overlapping finds merged.

The detector keeps one of two overlapping spans (the higher score), so when spaCy finds
"Noor" (0.85) and a cue pattern finds "Noor van den Heuvel" (0.7), "van den Heuvel"
would leak; and Presidio drops a result contained in a higher-scored one of the same
type, so "Ana" inside "Ana Maria" goes too when "Maria Petrescu" wins. Here the finds
of every child that overlap are joined into one span: the union of their characters,
the type of the strongest (then longest) of them, its score.

A word once found as a name or place is then found wherever else it occurs in the
message ("emma emma thompson", "de la bacău stau în bacău"), unless it is a common word;
and the capitalised names next to a name in a list are found too (``list_mates.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.list_mates import list_mates
from redaction.recognizers.name_gazetteer import possessive_stem
from redaction.recognizers.vocabulary import COMMON_WORDS, LOWER_STOP, NOT_NAMES

MIN_REPEATED_WORD = 3
REPEAT_DISCOUNT = 0.9
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*")
_IGNORED = COMMON_WORDS | LOWER_STOP | NOT_NAMES


@runtime_checkable
class SeesEarlierFinds(Protocol):
    """A child that reads what the children before it found, to spare work they did."""

    def analyze_after(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None,
        earlier: Sequence[RecognizerResult],
    ) -> list[RecognizerResult]:
        """Like ``analyze``; ``earlier`` are the finds of the children before it."""
        ...


class MergedRecognizer(EntityRecognizer):
    """Runs ``children`` and returns their results with overlaps merged and repeats found."""

    def __init__(
        self,
        children: Sequence[EntityRecognizer],
        supported_language: str = "en",
        name: str = "MergedRecognizer",
    ) -> None:
        self._children = tuple(children)
        # The children that read the earlier finds (a protocol check is slow: once, here).
        self._sees_earlier: tuple[SeesEarlierFinds | None, ...] = tuple(
            c if isinstance(c, SeesEarlierFinds) else None for c in self._children
        )
        self._name = name
        entities = sorted({e for child in self._children for e in child.supported_entities})
        super().__init__(
            supported_entities=entities, supported_language=supported_language, name=name
        )

    def load(self) -> None:
        """Children load themselves when built."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        for child, sees_earlier in zip(self._children, self._sees_earlier, strict=True):
            if sees_earlier is not None:
                results = sees_earlier.analyze_after(text, entities, nlp_artifacts, tuple(found))
            else:
                # Children are Presidio recognizers; pattern ones accept missing artifacts.
                results = child.analyze(text, entities, nlp_artifacts)  # type: ignore[arg-type]
            found.extend(r for r in results if r.entity_type in entities and r.score > 0)
        merged = _merge(found)
        results = _merge(merged + _repeats(text, merged))
        results = _merge(results + list_mates(text, results, self.supported_language))
        for result in results:
            result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
            result.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] = self._name
        return results


def _merge(results: list[RecognizerResult]) -> list[RecognizerResult]:
    clusters: list[list[RecognizerResult]] = []
    for result in sorted(results, key=lambda r: (r.start, -r.end)):
        if clusters and result.start < max(r.end for r in clusters[-1]):
            clusters[-1].append(result)
        else:
            clusters.append([result])
    merged: list[RecognizerResult] = []
    for cluster in clusters:
        best = max(cluster, key=lambda r: (r.score, r.end - r.start))
        merged.append(
            RecognizerResult(
                best.entity_type,
                min(r.start for r in cluster),
                max(r.end for r in cluster),
                best.score,
                best.analysis_explanation,
                {},
            )
        )
    return merged


def _key(word: str) -> str:
    """A word as it is looked up again: case and a possessive "'s" aside."""
    return possessive_stem(word.casefold(), longer_than=4)


def word_mentions(text: str) -> list[tuple[str, int, int]]:
    """Each word of ``text`` as it is looked up again (case and a possessive aside),
    with its offsets."""
    return [(_key(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def may_repeat(key: str) -> bool:
    """A word (``word_mentions``' key) whose other mentions are found too: not too short,
    not a common or function word."""
    return len(key) >= MIN_REPEATED_WORD and key not in _IGNORED


def _repeats(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Other occurrences of the words of ``results``, as results of the same type."""
    if not results:
        return []
    words = word_mentions(text)
    found: dict[str, RecognizerResult] = {}
    for result in results:
        for key, start, end in words:
            if result.start <= start and end <= result.end:
                found.setdefault(key, result)
    repeats: list[RecognizerResult] = []
    for key, start, end in words:
        source = found.get(key)
        if source is None or not may_repeat(key):
            continue
        if any(r.start <= start and end <= r.end for r in results):
            continue
        repeats.append(
            RecognizerResult(
                source.entity_type,
                start,
                end,
                source.score * REPEAT_DISCOUNT,
                recognition_metadata={},
            )
        )
    return repeats
