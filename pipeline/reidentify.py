"""Stage 6: the person sees their own values again in the reply.

It wraps the storage stage, so the stored bot turn keeps the placeholders and only
the reply that leaves the runtime carries the values.
"""

from __future__ import annotations

from pipeline.stage import Handler, Message, Reply, TurnContext
from redaction.pseudonymize import reidentify


class ReidentifyStage:
    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        reply = await call_next(message, ctx)
        mode = ctx.tenant.redaction.mode
        return Reply(texts=tuple(reidentify(text, ctx.vault, mode) for text in reply.texts))
