"""The plain span that joins detection and transformation (STYLE.md section 2)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """One detected piece of personal data: ``source[start:end]`` is of ``entity_type``."""

    entity_type: str
    start: int
    end: int
    score: float

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: str) -> str:
        """The characters of ``source`` this span covers."""
        return source[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def select_non_overlapping(spans: Iterable[Span], prefer: Sequence[str] = ()) -> list[Span]:
    """Keep a non-overlapping subset, sorted by position.

    Greedy by preference: a higher score wins an overlap, then the longer span, then
    the entity type listed earlier in ``prefer`` (unlisted types last), then the earlier
    span, so the result does not depend on the input order.
    """
    rank = {entity_type: i for i, entity_type in enumerate(prefer)}
    ranked = sorted(
        spans,
        key=lambda s: (
            -s.score,
            -len(s),
            rank.get(s.entity_type, len(rank)),
            s.start,
            s.entity_type,
        ),
    )
    kept: list[Span] = []
    for span in ranked:
        if span.end > span.start and not any(span.overlaps(k) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
