"""Keypad presses (DTMF) collected into one entry, the caller's typed turn.

An entry ends with ``#`` or when no key follows for ``timeout_ms`` of *call time*: the
clock is the Media Stream's own (Twilio keeps sending audio frames while the caller
types), so nothing here sleeps or reads the wall clock, and a test that plays 2.5 s of
frames sees the same thing as a real call. The entry is plain text ("4111111111111111")
that goes through the privacy pipeline like a transcript: a card or phone number typed on
the keypad is redacted before any engine sees it. Nothing here logs the keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field

END_KEY = "#"
KEYS = frozenset("0123456789*#ABCD")  # what DTMF can carry; phones send 0-9, * and #
DEFAULT_TIMEOUT_MS = 2500
MAX_KEYS = 64  # an entry this long ends by itself: no unbounded buffer


@dataclass
class KeypadEntry:
    """Keys pressed so far, and when (in stream milliseconds) the last one came."""

    timeout_ms: int = DEFAULT_TIMEOUT_MS
    _keys: list[str] = field(default_factory=list)
    _last_ms: int = 0

    @property
    def pending(self) -> bool:
        """Whether keys are waiting for ``#`` or the timeout."""
        return bool(self._keys)

    def press(self, key: str, now_ms: int) -> str | None:
        """Key ``key`` pressed at ``now_ms``; the finished entry when this key ends it."""
        if key not in KEYS:
            raise ValueError(f"{key!r} is not a DTMF key")
        if key == END_KEY:
            return self.flush()
        self._keys.append(key)
        self._last_ms = now_ms
        return self.flush() if len(self._keys) >= MAX_KEYS else None

    def due(self, now_ms: int) -> str | None:
        """The entry, once ``timeout_ms`` has passed since its last key; else None."""
        if self._keys and now_ms - self._last_ms >= self.timeout_ms:
            return self.flush()
        return None

    def flush(self) -> str | None:
        """The keys collected so far as one entry (None if there are none); starts over."""
        entry, self._keys = "".join(self._keys), []
        return entry or None
