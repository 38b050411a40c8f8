"""What the detector did to one value of a message: covered it whole, or touched it."""

from __future__ import annotations

from redaction.detector import get_detector


def covered(text: str, value: str, lang: str, *, last: bool = False) -> bool:
    """Every non-space character of the first ``value`` in ``text`` (the last one with
    ``last``) is redacted."""
    spans = get_detector().detect(text, lang)
    start = text.rindex(value) if last else text.index(value)
    return all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(value))
    )


def touched(text: str, value: str, lang: str) -> bool:
    """Some span of the detector overlaps the first ``value`` in ``text``."""
    spans = get_detector().detect(text, lang)
    start = text.index(value)
    return any(s.start < start + len(value) and start < s.end for s in spans)
