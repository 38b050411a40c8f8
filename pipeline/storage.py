"""Stage 3: the turn is stored encrypted, all of it or nothing, once the reply exists.

The user's text arrives here already redacted; the bot's reply still holds
placeholders (re-identification runs further out). The placeholder vault is stored
encrypted beside the turns (kept ``retention.vault_days``), with its emails and phone
numbers indexed as keyed hashes so that the person can be found by them. If the engine
fails, nothing is written, so the person can simply send the message again.
"""

from __future__ import annotations

import time

from pipeline.stage import Handler, Message, Reply, TurnContext
from storage.conversations import ConversationStore, Turn
from storage.identifiers import phone_regions


class StorageStage:
    def __init__(self, store: ConversationStore) -> None:
        self._store = store

    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        reply = await call_next(message, ctx)
        now = time.time()
        allowed = ctx.training_allowed

        def turn(role: str, text: str) -> Turn:
            return Turn(role=role, text=text, ts=now, training_allowed=allowed, lang=ctx.lang)  # type: ignore[arg-type]

        turns = [turn("user", message.text)]
        if ctx.disclosure is not None:
            turns.append(turn("bot", ctx.disclosure))
        turns.extend(turn("bot", text) for text in reply.texts)
        ctx.state.lang = ctx.lang
        ctx.state.vault = ctx.vault.to_dict()
        retention = ctx.tenant.retention
        await self._store.commit(
            ctx.state,
            turns,
            retention.conversation_days,
            vault_days=retention.vault_ttl_days,
            phone_regions=phone_regions(ctx.tenant.languages),
        )
        return reply
