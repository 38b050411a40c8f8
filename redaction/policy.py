"""A tenant's redaction policy: which types, allow- and deny-lists, extra YAML recognizers.

The settings are parsed from the tenant YAML (``redaction:`` section) into
``RedactionSettings`` once; ``RedactionPolicy`` applies them to the spans the shared
detector found, so one loaded model serves every tenant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from redaction.entities import DEFAULT_ENTITIES
from redaction.pseudonymize import Mode
from redaction.spans import Span, select_non_overlapping

CONFIDENTIAL = "CONFIDENTIAL"  # the entity type of deny-list matches
ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
RECOGNIZER_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
MAX_PATTERN_CHARS = 500
NonEmpty = Annotated[str, Field(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PatternRecognizerSettings(_Strict):
    """An extra regex recognizer declared by the tenant."""

    name: str
    entity: str
    pattern: str = Field(min_length=1, max_length=MAX_PATTERN_CHARS)
    score: float = Field(default=0.9, ge=0.0, le=1.0)
    ignore_case: bool = False

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not RECOGNIZER_NAME.match(value):
            raise ValueError("must match [a-z0-9][a-z0-9_-]*")
        return value

    @field_validator("entity")
    @classmethod
    def _entity(cls, value: str) -> str:
        if not ENTITY_NAME.match(value):
            raise ValueError("must be an upper-case entity name such as CUSTOMER_ID")
        return value

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value: str) -> str:
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"is not a valid regular expression: {exc}") from None
        if compiled.match(""):
            raise ValueError("must not match the empty string")
        return value


class RedactionSettings(_Strict):
    """The ``redaction:`` section of a tenant file."""

    mode: Mode = "placeholders"
    entities: list[str] | None = None  # None: every default type
    allow_list: list[NonEmpty] = Field(default_factory=list)
    deny_list: list[NonEmpty] = Field(default_factory=list)
    recognizers: list[PatternRecognizerSettings] = Field(default_factory=list)

    @field_validator("entities")
    @classmethod
    def _known_entities(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return value
        if not value:
            raise ValueError(
                "must list at least one type; personal data cannot be switched off entirely"
            )
        for name in value:
            if name not in DEFAULT_ENTITIES:
                known = ", ".join(DEFAULT_ENTITIES)
                raise ValueError(f"unknown entity type '{name}'; known types: {known}")
        return value

    @model_validator(mode="after")
    def _unique_recognizer_names(self) -> RedactionSettings:
        names = [r.name for r in self.recognizers]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"recognizer names must be unique: {', '.join(duplicates)}")
        return self


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _literal_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive matches of any phrase; whitespace inside may vary."""
    parts = [
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(set(phrases), key=len, reverse=True)
        if phrase.strip()
    ]
    if not parts:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _CompiledRecognizer:
    entity: str
    pattern: re.Pattern[str]
    score: float


class RedactionPolicy:
    """Applies one tenant's settings to detected spans."""

    def __init__(self, settings: RedactionSettings, always_allowed: Sequence[str] = ()) -> None:
        self.settings = settings
        self.mode: Mode = settings.mode
        self._entities = frozenset(settings.entities or DEFAULT_ENTITIES)
        allowed = [*settings.allow_list, *always_allowed]
        self._allowed = frozenset(_fold(a) for a in allowed)
        self._allow_pattern = _literal_pattern(allowed)
        self._deny_pattern = _literal_pattern(settings.deny_list)
        self._recognizers = tuple(
            _CompiledRecognizer(
                r.entity, re.compile(r.pattern, re.IGNORECASE if r.ignore_case else 0), r.score
            )
            for r in settings.recognizers
        )

    @classmethod
    def default(cls) -> RedactionPolicy:
        return cls(RedactionSettings())

    @property
    def entities(self) -> frozenset[str]:
        """The types this tenant redacts: its chosen defaults, deny-list and own types."""
        return self._entities | {CONFIDENTIAL} | {r.entity for r in self._recognizers}

    def apply(self, text: str, detected: Sequence[Span]) -> list[Span]:
        """The spans to redact in ``text``: detected ones of this tenant's types that are
        not allow-listed, plus deny-list and tenant-pattern matches; non-overlapping."""
        allowed_zones = (
            [(m.start(), m.end()) for m in self._allow_pattern.finditer(text)]
            if self._allow_pattern is not None
            else []
        )

        def is_allowed(span: Span) -> bool:
            if _fold(span.text(text)) in self._allowed:
                return True
            return any(start <= span.start and span.end <= end for start, end in allowed_zones)

        spans = [s for s in detected if s.entity_type in self._entities and not is_allowed(s)]
        if self._deny_pattern is not None:
            spans.extend(
                Span(CONFIDENTIAL, m.start(), m.end(), 1.0)
                for m in self._deny_pattern.finditer(text)
            )
        for recognizer in self._recognizers:
            spans.extend(
                Span(recognizer.entity, m.start(), m.end(), recognizer.score)
                for m in recognizer.pattern.finditer(text)
                if m.end() > m.start()
            )
        return select_non_overlapping(spans)
