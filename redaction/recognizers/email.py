"""E-mail addresses, validated against the public suffix list bundled with tldextract.

Presidio's ``EmailRecognizer`` validates with the module-level ``tldextract.extract``,
which fetches the suffix list over the network on first use. This one uses an
extractor that reads only the snapshot shipped inside the package: no network, no
disk cache.
"""

from __future__ import annotations

import threading

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer as PresidioEmailRecognizer

from redaction.entities import EMAIL_ADDRESS
from redaction.recognizers.gated import GatedPatternRecognizer

EMAIL_CONTEXT: tuple[str, ...] = ("email", "e-mail", "mail", "adresa", "adresă", "contact")


class OfflineEmailRecognizer(GatedPatternRecognizer, PresidioEmailRecognizer):
    """EMAIL_ADDRESS with Presidio's pattern, checked for a known public suffix offline."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            context=list(EMAIL_CONTEXT),
            supported_language=supported_language,
            supported_entity=EMAIL_ADDRESS,
        )
        self._extractor: tldextract.TLDExtract | None = None
        self._extractor_lock = threading.Lock()

    def _offline_extractor(self) -> tldextract.TLDExtract:
        with self._extractor_lock:
            if self._extractor is None:
                self._extractor = tldextract.TLDExtract(
                    suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
                )
            return self._extractor

    def gate(self, text: str) -> bool:
        return "@" in text  # no typed address without one; skip the long pattern

    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rpartition("@")[2]
        return bool(self._offline_extractor()(domain).fqdn)
