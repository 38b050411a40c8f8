"""Detection and pseudonymisation in one call, for callers that do not need them apart."""

from __future__ import annotations

from dataclasses import dataclass

from redaction.detector import PiiDetector, get_detector
from redaction.pseudonymize import PlaceholderVault, pseudonymize, reidentify
from redaction.spans import Span


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """The redacted text and the spans (in the original text) that were replaced."""

    text: str
    spans: list[Span]


class Redactor:
    """A ``PiiDetector`` joined to the placeholder vault of a conversation."""

    def __init__(self, detector: PiiDetector | None = None) -> None:
        self._detector = detector

    @property
    def detector(self) -> PiiDetector:
        if self._detector is None:
            self._detector = get_detector()
        return self._detector

    def redact(self, text: str, lang: str, vault: PlaceholderVault) -> RedactionResult:
        """Replace the personal data in ``text`` with placeholders recorded in ``vault``."""
        spans = self.detector.detect(text, lang)
        return RedactionResult(text=pseudonymize(text, spans, vault), spans=spans)

    def restore(self, text: str, vault: PlaceholderVault) -> str:
        """Put the values behind ``vault``'s placeholders back into ``text``."""
        return reidentify(text, vault)
