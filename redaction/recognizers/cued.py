"""Pattern recognizers whose weaker matches count only next to a cue word.

Presidio's context words can only raise a score, and only by looking at a few spaCy
tokens before a match. Some values are personal data only because of what surrounds
them: "12.03.1985" is a birth date after "born" and a delivery date after "delivery";
"RX 123456" is an ID card after "buletin". ``CuedPatternRecognizer`` makes that a
declaration: patterns scored below ``CUE_REQUIRED_BELOW`` are reported only when one of
the recognizer's ``cues`` occurs within a few characters before or after the match
(and not beyond an earlier match), and are then raised by ``CUE_BOOST``. Patterns
scored at or above it stand on their own. Cues are matched on the raw text, so this
needs no NLP artifacts and behaves the same in every language.

Checks belong in ``invalidate_result``: Presidio sets any result that passes
``validate_result`` to score 1.0, which would let it skip the cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

CUE_REQUIRED_BELOW = 0.5
CUE_BOOST = 0.45


def cue_regex(cues: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive regex for ``cues`` (regex fragments), as whole words."""
    alternation = "|".join(sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


class CuedPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` whose low-scored patterns need a cue nearby."""

    def __init__(
        self,
        *,
        supported_entity: str,
        patterns: Sequence[Pattern],
        cues: Iterable[str],
        supported_language: str,
        window_before: int = 40,
        window_after: int = 25,
        global_regex_flags: int = re.DOTALL | re.MULTILINE,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity,
            patterns=list(patterns),
            supported_language=supported_language,
            global_regex_flags=global_regex_flags,
        )
        self._cue = cue_regex(cues)
        self._window_before = window_before
        self._window_after = window_after

    def has_cue(
        self, text: str, start: int, end: int, floor: int | None = None, ceiling: int | None = None
    ) -> bool:
        """True when a cue occurs shortly before ``start`` or after ``end``, and nearer to
        this match than to the previous one (ending at ``floor``) or the next one
        (starting at ``ceiling``)."""
        lower = (
            start - self._window_before
            if floor is None
            else max(floor, start - self._window_before)
        )
        before = None
        for before in self._cue.finditer(text, max(0, lower), start):  # noqa: B007 - keep the last
            pass
        if before is not None and (
            floor is None
            or "\n" in text[floor : before.start()]  # a form: one label and value a line
            or start - before.end() <= before.start() - floor
        ):
            return True
        after = self._cue.search(text, end, end + self._window_after)
        if after is None:
            return False
        return ceiling is None or after.start() - end < ceiling - after.end()

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept: list[RecognizerResult] = []
        floor: int | None = None
        ordered = sorted(found, key=lambda r: (r.start, -r.end))
        for result in ordered:
            # A cue beyond a neighbouring match belongs to that match, not to this one.
            ceiling = next((r.start for r in ordered if r.start >= result.end), None)
            cued = self.has_cue(text, result.start, result.end, floor, ceiling)
            if floor is None or result.start >= floor:
                floor = result.end
            if result.score < CUE_REQUIRED_BELOW:
                if not cued:
                    continue
                result.score = min(1.0, result.score + CUE_BOOST)
            kept.append(result)
        return kept
