"""Find personal data in a message: text and language in, sorted non-overlapping spans out.

The Presidio ``AnalyzerEngine`` (and with it the spaCy model) is built on first use,
once, under a lock; constructing a ``PiiDetector`` is cheap. ``get_detector()`` is the
process-wide instance the runtime shares.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

from presidio_analyzer import AnalyzerEngine

from bot.errors import BadRequest, ConfigError
from models.ner import build_nlp_engine
from redaction import entities as ent
from redaction.entities import DEFAULT_ENTITIES
from redaction.registry import (
    RECOGNIZERS,
    SUPPORTED_LANGUAGES,
    RecognizerSpec,
    build_registry,
    supported_entities,
)
from redaction.spans import Span, select_non_overlapping

DEFAULT_THRESHOLD = 0.35
# Which label wins when two recognizers report the same text with the same score:
# the stricter check first (a CNP's date, county and checksum beat a card's Luhn digit).
TIE_BREAK: tuple[str, ...] = (
    ent.RO_CNP,
    ent.RO_ID_CARD,
    ent.IBAN_CODE,
    ent.EMAIL_ADDRESS,
    ent.CREDIT_CARD,
    ent.PHONE_NUMBER,
    ent.IP_ADDRESS,
    ent.DATE_OF_BIRTH,
    ent.RO_LICENSE_PLATE,
    ent.STREET_ADDRESS,
    ent.PERSON,
    ent.LOCATION,
)

__all__ = ["DEFAULT_ENTITIES", "DEFAULT_THRESHOLD", "PiiDetector", "get_detector"]


class PiiDetector:
    """Detects ``entities`` with a score of at least ``threshold`` in ``languages``.

    Raises ``ConfigError`` at construction when asked for an entity type no recognizer
    reports or a threshold outside [0, 1].
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        entities: Sequence[str] = DEFAULT_ENTITIES,
        languages: Sequence[str] = SUPPORTED_LANGUAGES,
        recognizers: Iterable[RecognizerSpec] = RECOGNIZERS,
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ConfigError("redaction", "threshold", f"must be within [0, 1], got {threshold}")
        self._specs = tuple(recognizers)
        unknown = sorted(set(entities) - supported_entities(self._specs))
        if unknown:
            raise ConfigError("redaction", "entities", f"no recognizer reports {unknown}")
        unsupported = sorted(set(languages) - set(SUPPORTED_LANGUAGES))
        if unsupported:
            raise ConfigError("redaction", "languages", f"unsupported: {unsupported}")
        self.threshold = threshold
        self.entities: tuple[str, ...] = tuple(entities)
        self.languages: tuple[str, ...] = tuple(languages)
        self._engine: AnalyzerEngine | None = None
        self._engine_lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the model and build the engine now instead of on the first message."""
        self.detect("warm up", self.languages[0])

    def detect(self, text: str, lang: str) -> list[Span]:
        """Spans of personal data in ``text``, sorted, never overlapping.

        Raises ``BadRequest`` for a language this detector does not serve.
        """
        if lang not in self.languages:
            raise BadRequest(
                f"unsupported language {lang!r} for PII detection; "
                f"supported: {', '.join(self.languages)}"
            )
        if not text.strip():
            return []
        results = self._analyzer().analyze(
            text=text,
            language=lang,
            entities=list(self.entities),
            score_threshold=self.threshold,
        )
        return select_non_overlapping(
            (Span(r.entity_type, r.start, r.end, float(r.score)) for r in results), TIE_BREAK
        )

    def _analyzer(self) -> AnalyzerEngine:
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                engine = self._engine
                if engine is None:
                    engine = AnalyzerEngine(
                        registry=build_registry(self.languages, self._specs),
                        nlp_engine=build_nlp_engine(self.languages),
                        supported_languages=list(self.languages),
                        default_score_threshold=self.threshold,
                    )
                    self._engine = engine
        return engine


_shared: PiiDetector | None = None
_shared_lock = threading.Lock()


def get_detector() -> PiiDetector:
    """The process-wide detector with default settings (built lazily, loaded on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PiiDetector()
        return _shared
