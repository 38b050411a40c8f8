"""E-mail addresses, validated against the public suffix list bundled with tldextract.

Presidio's pattern is kept, with two repairs of where a match ends:
- its local part takes in the signs that glue an address to the word before it in a
  query string, a path or a table ("email=jan@example.com", "users/jan@example.com",
  "Email|jan@example.com"): the address starts after the last of them, and after the
  quotes and dots that open it;
- its domain runs into a word glued on after a full stop ("jan@example.com.Thanks"):
  the address ends at the longest run of the domain's labels that has a known public
  suffix, instead of being dropped for an unknown one.

Presidio's ``EmailRecognizer`` validates with the module-level ``tldextract.extract``,
which fetches the suffix list over the network on first use. This one uses an
extractor that reads only the snapshot shipped inside the package: no network, no
disk cache.
"""

from __future__ import annotations

import re
import threading

import tldextract
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer as PresidioEmailRecognizer

from redaction.entities import EMAIL_ADDRESS
from redaction.recognizers.gated import GatedPatternRecognizer

EMAIL_CONTEXT: tuple[str, ...] = ("email", "e-mail", "mail", "adresa", "adresă", "contact")
# Signs that may stand in a local part but in practice join an address to what is
# before it; the address starts after the last one.
_GLUE = re.compile(r".*[=/|{}]", re.DOTALL)
# Signs a local part does not start with in practice: quotes, dots, brackets' kin.
_OPENING = "!#$%&'*+-?^_`~."
MIN_DOMAIN_LABELS = 2


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

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept: list[RecognizerResult] = []
        for result in found:
            edges = self._address_edges(text[result.start : result.end])
            if edges is None:
                continue  # no known public suffix: no address
            start, end = edges
            result.end = result.start + end
            result.start += start
            result.score = EntityRecognizer.MAX_SCORE  # validated, as Presidio scores it
            kept.append(result)
        return kept

    def validate_result(self, pattern_text: str) -> None:
        """No verdict here: ``analyze`` checks the domain once, while finding where the
        address ends (Presidio's own check would fetch the suffix list over the network)."""
        return None

    def _address_edges(self, match: str) -> tuple[int, int] | None:
        """Where the address starts and ends inside ``match`` (module docstring), or
        None when no run of its domain's labels has a known public suffix."""
        local, _, domain = match.rpartition("@")
        glue = _GLUE.match(local)
        start = glue.end() if glue else 0
        while start < len(local) and local[start] in _OPENING:
            start += 1
        if start == len(local):
            return None
        labels = domain.split(".")
        for count in range(len(labels), MIN_DOMAIN_LABELS - 1, -1):
            candidate = ".".join(labels[:count])
            if self._offline_extractor()(candidate).fqdn:
                return start, len(local) + 1 + len(candidate)
        return None
