"""Stage 4: decide whether this turn may ever be used to train models.

Allowed only when the tenant allows it AND the person has not objected (stored
consent, loaded with the conversation) AND this message does not say
``"training": false`` in its metadata. The engine's provider may keep the request
only when this turn and every earlier turn sent along with it are allowed.
"""

from __future__ import annotations

from pipeline.stage import Handler, Message, Reply, TurnContext


class TrainingStage:
    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        allowed = ctx.tenant.training.allowed
        if allowed:
            consent = ctx.state.consent
            if consent is not None and not consent.training:
                allowed = False
        if ctx.metadata.get("training") is False:
            allowed = False
        ctx.training_allowed = allowed
        ctx.provider_may_store = allowed and all(t.training_allowed for t in ctx.state.turns)
        return await call_next(message, ctx)
