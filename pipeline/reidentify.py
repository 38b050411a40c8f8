"""Stage 6: the person sees their own values again in the reply.

It wraps the storage stage, so the stored bot turn keeps the placeholders and only
the reply that leaves the runtime carries the values.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from pipeline.stage import Handler, Message, Reply, TurnContext
from redaction.pseudonymize import Mode, PlaceholderVault, reidentify


class ReidentifyStage:
    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        reply = await call_next(message, ctx)
        mode = ctx.tenant.redaction.mode
        return Reply(texts=tuple(reidentify(text, ctx.vault, mode) for text in reply.texts))


_OPENERS = "<[{"
_CLOSERS = ">]}"


def safe_cut(raw: str) -> int:
    """How much of a reply still being generated can be shown: whole words only, and
    nothing from a placeholder that has not closed yet ("<PERS", "< PERSON_1")."""
    cut = max(raw.rfind(" "), raw.rfind("\n"))
    if cut <= 0:
        return 0
    opener = max(raw.rfind(ch, 0, cut) for ch in _OPENERS)
    closer = max(raw.rfind(ch, 0, cut) for ch in _CLOSERS)
    return opener if opener > closer else cut


class PartialReidentifier:
    """Feeds a streaming channel: collects the engine's pieces (placeholders and all) and
    passes on the re-identified reply so far, only when the visible text changes."""

    def __init__(
        self, vault: PlaceholderVault, mode: Mode, sink: Callable[[str], Awaitable[None]]
    ) -> None:
        self._vault = vault
        self._mode = mode
        self._sink = sink
        self._raw = ""
        self._shown = ""

    async def feed(self, delta: str) -> None:
        self._raw += delta
        visible = reidentify(self._raw[: safe_cut(self._raw)], self._vault, self._mode)
        if visible != self._shown:
            self._shown = visible
            await self._sink(visible)
