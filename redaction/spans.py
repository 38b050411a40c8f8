"""The plain span that joins detection and transformation (STYLE.md section 2)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
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


def _preference(prefer: Sequence[str]) -> Callable[[Span], tuple[float, int, int, int, str]]:
    """Sort key: higher score, then longer, then earlier in ``prefer``, then earlier."""
    rank = {entity_type: i for i, entity_type in enumerate(prefer)}

    def key(s: Span) -> tuple[float, int, int, int, str]:
        return (-s.score, -len(s), rank.get(s.entity_type, len(rank)), s.start, s.entity_type)

    return key


def select_non_overlapping(spans: Iterable[Span], prefer: Sequence[str] = ()) -> list[Span]:
    """Keep a non-overlapping subset, sorted by position.

    Greedy by preference: a higher score wins an overlap, then the longer span, then
    the entity type listed earlier in ``prefer`` (unlisted types last), then the earlier
    span, so the result does not depend on the input order.
    """
    ranked = sorted(spans, key=_preference(prefer))
    kept: list[Span] = []
    for span in ranked:
        if span.end > span.start and not any(span.overlaps(k) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def merge_overlapping(
    spans: Iterable[Span], prefer: Sequence[str] = (), exact: Iterable[str] = ()
) -> list[Span]:
    """Overlapping spans of one type joined into one, then a non-overlapping selection.

    Recall first: where two recognizers disagree on the extent of one value
    ("+1-819-675-7487" and "+1-819-675-7487x01952", a street and the same street with its
    town), the union is redacted rather than one of them. Between types,
    ``select_non_overlapping`` picks the type and the winner then grows over the spans
    it beat. Types in ``exact`` neither join nor grow: their best span is taken as it
    is (a typed e-mail address has exact edges).
    """
    exact_types = frozenset(exact)
    ordered = sorted((s for s in spans if s.end > s.start), key=lambda s: (s.entity_type, s.start))
    joined: list[Span] = []
    for span in ordered:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.entity_type == span.entity_type
            and span.entity_type not in exact_types
            and span.start < last.end
        ):
            best = min((last, span), key=_preference(prefer))
            joined[-1] = Span(span.entity_type, last.start, max(last.end, span.end), best.score)
        else:
            joined.append(span)
    kept = select_non_overlapping(joined, prefer)
    # A span that lost an overlap to one of another type still covers personal data
    # ("IS 23 TOM": a plate, of which "TOM" also looks like a name): the winner grows
    # over it, keeping its own type.
    extendable = [s for s in joined if s.entity_type not in exact_types]
    grown: list[Span] = []
    for span in kept:
        start, end = span.start, span.end
        if span.entity_type not in exact_types:
            for other in extendable:
                if other.start < end and start < other.end:
                    start, end = min(start, other.start), max(end, other.end)
        grown.append(Span(span.entity_type, start, end, span.score))
    return select_non_overlapping(grown, prefer)
