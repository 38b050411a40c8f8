"""Reversible pseudonymisation: values become ``<ENTITY_N>`` placeholders and back.

Two modes: ``placeholders`` (the default, for LLMs) writes the tags themselves;
``surrogates`` writes a realistic fake value of the same kind in their place
(``redaction/surrogates.py``), for engines whose language understanding breaks on tags.
Either way the vault holds placeholder -> value, and re-identification only ever puts
back values that this conversation's vault holds.

A ``PlaceholderVault`` belongs to one conversation. The same value (compared after
casefolding and collapsing whitespace; for number-like types also ignoring spaces,
dots and dashes) always gets the same placeholder, in this turn and in later ones once
the vault is persisted with ``to_dict`` and restored with ``from_dict``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Literal

from bot.errors import BadRequest
from redaction.entities import CREDIT_CARD, IBAN_CODE, PERSON, PHONE_NUMBER, RO_CNP
from redaction.spans import Span
from redaction.surrogates import surrogate_for, surrogate_pattern

Mode = Literal["placeholders", "surrogates"]
MODES: tuple[Mode, ...] = ("placeholders", "surrogates")

PLACEHOLDER = re.compile(r"<(?P<type>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)_(?P<n>[1-9][0-9]*)>")
# Types whose values people type with or without separators ("0722 123 456").
_SEPARATOR_INSENSITIVE = frozenset({PHONE_NUMBER, IBAN_CODE, CREDIT_CARD, RO_CNP})
_WHITESPACE = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[\s.\-/()]+")


def _normalise(entity_type: str, value: str) -> str:
    if entity_type in _SEPARATOR_INSENSITIVE:
        return _SEPARATORS.sub("", value).casefold()
    return _WHITESPACE.sub(" ", value).strip().casefold()


class PlaceholderVault:
    """Placeholder -> original value for one conversation.

    ``changed`` turns true when an entry is added, so the caller knows to persist the
    vault; ``mark_saved()`` resets it.
    """

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._by_value: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}
        self._changed = False

    @property
    def changed(self) -> bool:
        return self._changed

    def mark_saved(self) -> None:
        self._changed = False

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, placeholder: object) -> bool:
        return placeholder in self._values

    def value_of(self, placeholder: str) -> str | None:
        """The original value behind ``placeholder`` (exact ``<TYPE_N>`` form), if any."""
        return self._values.get(placeholder)

    def placeholder_for(self, entity_type: str, value: str) -> str:
        """``<ENTITY_TYPE_N>`` for ``value``: the existing one, or the next free N."""
        if PLACEHOLDER.fullmatch(f"<{entity_type}_1>") is None:
            raise BadRequest(f"entity type {entity_type!r} cannot name a placeholder")
        key = (entity_type, _normalise(entity_type, value))
        existing = self._by_value.get(key)
        if existing is not None:
            return existing
        n = self._counts.get(entity_type, 0) + 1
        placeholder = f"<{entity_type}_{n}>"
        self._add(placeholder, entity_type, n, value)
        self._changed = True
        return placeholder

    def _add(self, placeholder: str, entity_type: str, n: int, value: str) -> None:
        self._values[placeholder] = value
        self._by_value.setdefault((entity_type, _normalise(entity_type, value)), placeholder)
        self._counts[entity_type] = max(self._counts.get(entity_type, 0), n)

    def surrogate_of(self, placeholder: str) -> str:
        """The realistic stand-in for ``placeholder`` (a pure function of type and number)."""
        match = PLACEHOLDER.fullmatch(placeholder)
        if match is None:
            raise BadRequest(f"not a placeholder: {placeholder!r}")
        return surrogate_for(match["type"], int(match["n"]))

    def items(self) -> list[tuple[str, str]]:
        """(placeholder, value) pairs, in the order they were added."""
        return list(self._values.items())

    def entity_types(self) -> frozenset[str]:
        """The entity types that have at least one placeholder here."""
        return frozenset(self._counts)

    def to_dict(self) -> dict[str, str]:
        """A copy of the entries, placeholder -> value, for persistence."""
        return dict(self._values)

    @classmethod
    def from_dict(cls, entries: Mapping[str, str]) -> PlaceholderVault:
        """Rebuild a vault saved with ``to_dict``. Raises ``BadRequest`` on a malformed key."""
        vault = cls()
        for placeholder, value in entries.items():
            match = PLACEHOLDER.fullmatch(placeholder)
            if match is None or not isinstance(value, str):
                raise BadRequest(f"not a placeholder entry: {placeholder!r}")
            vault._add(placeholder, match["type"], int(match["n"]), value)
        return vault


def pseudonymize(
    text: str, spans: Sequence[Span], vault: PlaceholderVault, mode: Mode = "placeholders"
) -> str:
    """``text`` with every span replaced by its placeholder from ``vault`` (or, in
    ``surrogates`` mode, by the placeholder's surrogate).

    ``spans`` must lie within ``text`` and must not overlap (``BadRequest`` otherwise);
    they are not modified. New values are added to ``vault``.
    """
    ordered = sorted(spans, key=lambda s: s.start)
    parts: list[str] = []
    cursor = 0
    for span in ordered:
        if not 0 <= span.start < span.end <= len(text):
            raise BadRequest(f"span {span} lies outside the text")
        if span.start < cursor:
            raise BadRequest(f"span {span} overlaps the previous one")
        parts.append(text[cursor : span.start])
        token = vault.placeholder_for(span.entity_type, span.text(text))
        parts.append(vault.surrogate_of(token) if mode == "surrogates" else token)
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def _placeholder_pattern(entity_types: frozenset[str]) -> re.Pattern[str]:
    """Placeholders as an LLM may write them back, for the types in the vault.

    ``<PERSON_1>``, ``<person_1>``, ``[PERSON_1]``, ``{PERSON_1}``, ``< PERSON_1 >``,
    ``<PERSON 1>``, and the bare word ``PERSON_1``.
    """
    types = "|".join(
        re.escape(t).replace("_", r"[_\s-]?") for t in sorted(entity_types, key=len, reverse=True)
    )
    bare_types = "|".join(re.escape(t) for t in sorted(entity_types, key=len, reverse=True))
    return re.compile(
        rf"[<\[{{]{{1,2}}\s*(?P<type>{types})[_\s-]?(?P<n>\d+)\s*[>\]}}]{{1,2}}"
        rf"|(?<![\w<\[{{])(?P<bare_type>{bare_types})_(?P<bare_n>\d+)(?!\w)",
        re.IGNORECASE,
    )


def _surrogate_regex(vault: PlaceholderVault) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One alternation matching every surrogate of ``vault`` (longest first), with the
    value each named group stands for. For people, a lone first or last name of the
    surrogate maps to the person's own first or last name when that is unambiguous."""
    candidates: list[tuple[str, str, str]] = []  # (surrogate, regex, value)
    name_parts: dict[str, set[str]] = {}
    for placeholder, value in vault.items():
        entity_type = PLACEHOLDER.fullmatch(placeholder)["type"]  # type: ignore[index]
        surrogate = vault.surrogate_of(placeholder)
        candidates.append((surrogate, surrogate_pattern(entity_type, surrogate), value))
        if entity_type == PERSON and len(value.split()) >= 2 and len(surrogate.split()) == 2:
            first, last = surrogate.split()
            name_parts.setdefault(first, set()).add(value.split()[0])
            name_parts.setdefault(last, set()).add(value.split()[-1])
    for part, values in name_parts.items():
        if len(values) == 1:
            candidates.append((part, surrogate_pattern(PERSON, part), next(iter(values))))
    if not candidates:
        return None
    candidates.sort(key=lambda c: len(c[0]), reverse=True)
    groups = {f"s{i}": value for i, (_, _, value) in enumerate(candidates)}
    alternation = "|".join(f"(?P<s{i}>{regex})" for i, (_, regex, _) in enumerate(candidates))
    return re.compile(alternation, re.IGNORECASE), groups


def reidentify(text: str, vault: PlaceholderVault, mode: Mode = "placeholders") -> str:
    """``text`` with every placeholder known to ``vault`` replaced by its value.

    Tolerates the changes an LLM makes to tags (case, bracket style, inner spaces,
    missing brackets); placeholders the vault does not know are left as they are.
    In ``surrogates`` mode the surrogates are replaced too, in one pass (a restored
    value is never rewritten again), tolerating case and regrouped digits.
    """
    if not len(vault):
        return text
    if mode == "surrogates":
        compiled = _surrogate_regex(vault)
        if compiled is not None:
            pattern, values = compiled
            text = pattern.sub(lambda m: values[m.lastgroup or ""], text)

    def restore(match: re.Match[str]) -> str:
        raw_type = match["type"] or match["bare_type"]
        n = match["n"] or match["bare_n"]
        entity_type = re.sub(r"[\s-]", "_", raw_type).upper()
        value = vault.value_of(f"<{entity_type}_{int(n)}>")
        return match.group() if value is None else value

    return _placeholder_pattern(vault.entity_types()).sub(restore, text)
