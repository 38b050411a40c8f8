"""Stage 5: the tenant's dialogue engine answers the redacted message."""

from __future__ import annotations

from bot.dialogue.base import Engine, EngineRequest
from pipeline.reidentify import PartialReidentifier
from pipeline.stage import Handler, Message, Reply, TurnContext


class EngineStage:
    """The innermost stage: it answers and does not call further."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        request = EngineRequest(
            tenant=ctx.tenant.tenant,
            text=message.text,
            lang=ctx.lang,
            history=tuple(ctx.state.turns),
            provider_may_store=ctx.provider_may_store,
        )
        on_delta = None
        if ctx.on_partial is not None:
            mode = ctx.tenant.redaction.mode
            on_delta = PartialReidentifier(ctx.vault, mode, ctx.on_partial).feed
        texts = await self._engine.respond(request, on_delta)
        return Reply(texts=tuple(texts))
