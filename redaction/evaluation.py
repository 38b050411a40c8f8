"""Score a redactor against a hand-labelled corpus: how much personal data leaks, how much
ordinary text survives.

The corpus is JSON Lines (``tests/data/README.md`` describes the fields). A redactor is
any callable ``(text, lang) -> spans``; it is scored on the text its spans cover, whatever
entity type it gives them:

- a personal value is *protected* when every non-whitespace character of every one of
  its occurrences lies inside some span; otherwise it *leaks*;
- a keep string *survives* when no span overlaps any of its occurrences; otherwise it
  is *destroyed*.

Besides that strict rule, a leak is also measured the way a reader would see it:

- an *exact leak*: some occurrence of the value has no character inside any span (the
  whole value survives);
- a *partial leak*: an exact leak, or some part of an occurrence survives: a word of
  two or more letters, or a run of four or more consecutive digits, that is not fully
  covered ("a name word, 4+ digits of a number");
- a *checksummed leak*: a partially leaked card number (Luhn), IBAN (mod 97) or CNP
  (control digit) whose checksum is valid, i.e. a usable identifier got through.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redaction.spans import Span

__all__ = [
    "CHECKSUMMED_TYPES",
    "ENTITY_TYPES",
    "LANGUAGES",
    "SOURCES",
    "CorpusError",
    "CorpusMessage",
    "EvaluationReport",
    "Miss",
    "PiiValue",
    "Redactor",
    "TypeScore",
    "checksum_valid",
    "load_corpus",
    "occurrences",
    "parse_message",
    "score",
    "score_spans",
]

# The gold labels a corpus may use. Some are wider than what the detector reports today
# (addresses, ID cards, plates): the corpus measures what should be protected.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "RO_CNP",
    "RO_ID_CARD",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
    "IP_ADDRESS",
    "RO_LICENSE_PLATE",
    "LOCATION",
    "NATIONAL_ID",
    "PASSPORT",
    "DRIVER_LICENSE",
)
# Types whose values carry a check digit: a leaked valid one is a usable identifier.
CHECKSUMMED_TYPES: tuple[str, ...] = ("CREDIT_CARD", "IBAN_CODE", "RO_CNP")
LANGUAGES: tuple[str, ...] = ("en", "ro")
SOURCES: tuple[str, ...] = ("chat", "phone")

Redactor = Callable[[str, str], Sequence[Span]]
"""Text and language in, the spans it would redact out."""


class CorpusError(ValueError):
    """A corpus line is malformed; the message names the file, line and problem."""


@dataclass(frozen=True, slots=True)
class PiiValue:
    """A piece of personal data: every occurrence of ``value`` in the text is of ``entity_type``."""

    entity_type: str
    value: str


@dataclass(frozen=True, slots=True)
class CorpusMessage:
    """One labelled message."""

    id: str
    lang: str
    source: str
    text: str
    pii: tuple[PiiValue, ...]
    keep: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Miss:
    """A value that leaked or a keep string that was destroyed, for debugging.

    ``kind`` is the gold entity type, or ``"KEEP"``; ``detected`` are the texts of the
    spans touching the value (empty when nothing touched it).
    """

    message_id: str
    kind: str
    value: str
    detected: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Values of one type: how many were protected (strict rule), leaked whole, in part."""

    entity_type: str
    total: int
    protected: int
    exact_leaked: int = 0
    partial_leaked: int = 0

    @property
    def recall(self) -> float:
        return self.protected / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    messages: int
    per_type: Mapping[str, TypeScore]
    pii_total: int
    keep_total: int
    leaked: tuple[Miss, ...] = field(default=())
    destroyed: tuple[Miss, ...] = field(default=())
    exact_leaked: tuple[Miss, ...] = field(default=())
    partial_leaked: tuple[Miss, ...] = field(default=())
    checksum_leaked: tuple[Miss, ...] = field(default=())

    def _share(self, misses: tuple[Miss, ...]) -> float:
        return len(misses) / self.pii_total if self.pii_total else 0.0

    @property
    def leak_rate(self) -> float:
        """The strict rule: any non-whitespace character left uncovered."""
        return self._share(self.leaked)

    @property
    def strict_leak_rate(self) -> float:
        return self.leak_rate

    @property
    def exact_leak_rate(self) -> float:
        """Values that survive whole in some occurrence."""
        return self._share(self.exact_leaked)

    @property
    def partial_leak_rate(self) -> float:
        """Values with a name word or four digits (or the whole) surviving somewhere."""
        return self._share(self.partial_leaked)

    @property
    def checksum_leaks(self) -> int:
        """Leaked (in part) cards, IBANs and CNPs whose checksum is valid."""
        return len(self.checksum_leaked)

    @property
    def keep_rate(self) -> float:
        if not self.keep_total:
            return 1.0
        return (self.keep_total - len(self.destroyed)) / self.keep_total


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Every non-overlapping ``(start, end)`` of ``value`` in ``text``, left to right."""
    if not value:
        return []
    found: list[tuple[int, int]] = []
    start = text.find(value)
    while start != -1:
        found.append((start, start + len(value)))
        start = text.find(value, start + len(value))
    return found


# The checksums are written again here on purpose, not imported from the recognizers:
# the scorer must not share a bug with the detector it scores.
_SEPARATORS = re.compile(r"[\s./-]")
_CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)


def _luhn_valid(digits: str) -> bool:
    if not re.fullmatch(r"\d{12,19}", digits):
        return False
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _iban_valid(compact: str) -> bool:
    compact = compact.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def _cnp_valid(digits: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{12}", digits):
        return False
    control = sum(int(d) * w for d, w in zip(digits, _CNP_WEIGHTS, strict=False)) % 11
    return int(digits[12]) == (1 if control == 10 else control)


_CHECKS = {"CREDIT_CARD": _luhn_valid, "IBAN_CODE": _iban_valid, "RO_CNP": _cnp_valid}


def checksum_valid(entity_type: str, value: str) -> bool:
    """True when ``value`` is a card (Luhn), IBAN (mod 97) or CNP with a valid checksum.

    Spaces, dots, dashes and slashes between the characters are ignored; a spoken value
    ("four five three nine ...") or any other type is never valid.
    """
    check = _CHECKS.get(entity_type)
    return check is not None and check(_SEPARATORS.sub("", value))


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_DIGIT_RUN = re.compile(r"\d{4,}")


def _parts(value: str) -> list[tuple[int, int]]:
    """Offsets in ``value`` of its words of 2+ letters and runs of 4+ digits."""
    return [m.span() for rx in (_LETTER_WORD, _DIGIT_RUN) for m in rx.finditer(value)]


def _problem(where: str, problem: str) -> CorpusError:
    return CorpusError(f"{where}: {problem}")


def _string(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _problem(where, f"{key!r} must be a non-empty string")
    return value


def parse_message(line: str, where: str = "<line>") -> CorpusMessage:
    """One corpus line as a ``CorpusMessage``; ``CorpusError`` (naming ``where``) if invalid."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _problem(where, f"not JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise _problem(where, "not a JSON object")
    unknown = sorted(set(obj) - {"id", "lang", "source", "text", "pii", "keep"})
    if unknown:
        raise _problem(where, f"unknown fields {unknown}")
    message_id = _string(obj, "id", where)
    where = f"{where} ({message_id})"
    lang = _string(obj, "lang", where)
    if lang not in LANGUAGES:
        raise _problem(where, f"lang {lang!r} not in {LANGUAGES}")
    source = _string(obj, "source", where)
    if source not in SOURCES:
        raise _problem(where, f"source {source!r} not in {SOURCES}")
    text = _string(obj, "text", where)
    raw_pii = obj.get("pii", [])
    raw_keep = obj.get("keep", [])
    if not isinstance(raw_pii, list) or not isinstance(raw_keep, list):
        raise _problem(where, "'pii' and 'keep' must be lists")
    pii: list[PiiValue] = []
    for item in raw_pii:
        if not isinstance(item, dict) or set(item) != {"type", "value"}:
            raise _problem(where, f"pii item must be {{'type', 'value'}}, got {item!r}")
        entity_type = _string(item, "type", where)
        raw_value = _string(item, "value", where)
        if entity_type not in ENTITY_TYPES:
            raise _problem(where, f"unknown entity type {entity_type!r}")
        if raw_value not in text:
            raise _problem(where, f"pii value {raw_value!r} does not occur in the text")
        pii.append(PiiValue(entity_type, raw_value))
    keep: list[str] = []
    for item in raw_keep:
        if not isinstance(item, str) or not item.strip():
            raise _problem(where, f"keep item must be a non-empty string, got {item!r}")
        if item not in text:
            raise _problem(where, f"keep string {item!r} does not occur in the text")
        keep.append(item)
    for value in pii:
        for kept in keep:
            if any(
                a < d and c < b
                for a, b in occurrences(text, value.value)
                for c, d in occurrences(text, kept)
            ):
                raise _problem(where, f"keep {kept!r} overlaps pii {value.value!r}")
    return CorpusMessage(message_id, lang, source, text, tuple(pii), tuple(keep))


def load_corpus(path: Path) -> list[CorpusMessage]:
    """Every message in the JSON Lines file ``path``; ``CorpusError`` on the first bad line.

    Blank lines are skipped; ids must be unique within the file.
    """
    messages: list[CorpusMessage] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            message = parse_message(line, f"{path}:{number}")
            if message.id in seen:
                raise _problem(f"{path}:{number}", f"duplicate id {message.id!r}")
            seen.add(message.id)
            messages.append(message)
    return messages


def _touching(text: str, spans: Sequence[Span], start: int, end: int) -> tuple[str, ...]:
    return tuple(text[s.start : s.end] for s in spans if s.start < end and start < s.end)


def score_spans(
    messages: Sequence[CorpusMessage], detected: Iterable[Sequence[Span]]
) -> EvaluationReport:
    """Score ``detected[i]``, the spans found in ``messages[i].text``, against the labels."""
    totals: dict[str, int] = dict.fromkeys(ENTITY_TYPES, 0)
    protected: dict[str, int] = dict.fromkeys(ENTITY_TYPES, 0)
    leaked: list[Miss] = []
    destroyed: list[Miss] = []
    exact: list[Miss] = []
    partial: list[Miss] = []
    checksummed: list[Miss] = []
    exact_count: dict[str, int] = dict.fromkeys(ENTITY_TYPES, 0)
    partial_count: dict[str, int] = dict.fromkeys(ENTITY_TYPES, 0)
    keep_total = 0
    count = 0
    for message, spans in zip(messages, detected, strict=True):
        count += 1
        text = message.text
        covered = [False] * len(text)
        for span in spans:
            for i in range(max(span.start, 0), min(span.end, len(text))):
                covered[i] = True
        for value in message.pii:
            totals[value.entity_type] += 1
            spots = occurrences(text, value.value)
            touched = tuple(t for a, b in spots for t in _touching(text, spans, a, b))
            miss = Miss(message.id, value.entity_type, value.value, touched)
            if all(covered[i] or text[i].isspace() for a, b in spots for i in range(a, b)):
                protected[value.entity_type] += 1
            else:
                leaked.append(miss)
            whole = any(not any(covered[a:b]) for a, b in spots)
            parts = _parts(value.value)
            if whole or any(not all(covered[a + p : a + q]) for a, _ in spots for p, q in parts):
                partial.append(miss)
                partial_count[value.entity_type] += 1
                if checksum_valid(value.entity_type, value.value):
                    checksummed.append(miss)
            if whole:
                exact.append(miss)
                exact_count[value.entity_type] += 1
        for kept in message.keep:
            keep_total += 1
            touched = tuple(
                t for a, b in occurrences(text, kept) for t in _touching(text, spans, a, b)
            )
            if touched:
                destroyed.append(Miss(message.id, "KEEP", kept, touched))
    per_type = {
        t: TypeScore(t, totals[t], protected[t], exact_count[t], partial_count[t])
        for t in ENTITY_TYPES
        if totals[t]
    }
    return EvaluationReport(
        messages=count,
        per_type=per_type,
        pii_total=sum(totals.values()),
        keep_total=keep_total,
        leaked=tuple(leaked),
        destroyed=tuple(destroyed),
        exact_leaked=tuple(exact),
        partial_leaked=tuple(partial),
        checksum_leaked=tuple(checksummed),
    )


def score(messages: Sequence[CorpusMessage], redactor: Redactor) -> EvaluationReport:
    """Run ``redactor`` on every message and score what it found."""
    return score_spans(messages, (redactor(m.text, m.lang) for m in messages))
