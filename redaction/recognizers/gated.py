"""A pattern recognizer that runs its patterns only on a text that passes a cheap gate.

Long patterns cost time on every message; many can only match where a cheap sign is
there (an "@" for an e-mail, a digit for an address, a country code and check digits
for an IBAN). ``gate`` says whether the sign is there; without it ``analyze`` returns
nothing and the patterns never run.
"""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts


class GatedPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` whose patterns run only where ``gate(text)`` holds."""

    def gate(self, text: str) -> bool:
        """True when ``text`` may hold a match; subclasses say what their patterns need."""
        return True

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if not self.gate(text):
            return []
        found: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return found
