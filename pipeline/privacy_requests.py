"""Privacy requests made in the conversation, handled before anything is stored or sent
to the engine.

"delete my data", "ce date aveți despre mine?", "nu mai folosiți datele mele", "I want to
talk to a human" ... (``bot/rights/phrases.py``) are filed as data-subject requests for the
sender, whose sender id is the proof of who they are:

- access: carried out at once; the export is ready to download;
- objection: carried out at once (training opt-out, objection flag);
- erasure: the bot first asks for a "YES"/"DA" (ten minutes); only that reply files and
  carries out the erasure. Anything else cancels it and is answered as usual;
- a human: a ``handoff`` request is filed for the team; the bot says a person will follow up.

These turns are not stored in the conversation and never reach the engine.
"""

from __future__ import annotations

from bot.rights.confirmations import PendingConfirmations
from bot.rights.kinds import Actor, RequestType
from bot.rights.phrases import Intent, is_confirmation, recognise
from bot.rights.service import RightsService
from bot.rights.texts import say
from pipeline.stage import Handler, Message, Reply, TurnContext
from storage.subjects import SubjectRef

CHANNEL = "chat"
_CARRIED_OUT: dict[Intent, tuple[RequestType, str]] = {
    Intent.ACCESS: (RequestType.ACCESS, "access"),
    Intent.OBJECTION: (RequestType.OBJECTION, "objection"),
}


class PrivacyRequestStage:
    def __init__(self, rights: RightsService, pending: PendingConfirmations) -> None:
        self._rights = rights
        self._pending = pending

    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        tenant, sender = ctx.tenant.tenant, ctx.sender
        cid = await self._rights.pseudonym(tenant, sender)
        if await self._pending.take(tenant, cid) == "erasure":
            if is_confirmation(message.text) is not None:
                record_id = await self._file(ctx, RequestType.ERASURE, carry_out=True)
                return Reply(texts=(say(ctx.lang, "erasure_done", id=record_id),))
            reply = await self._recognise(message, ctx, call_next, cid)
            return Reply(texts=(say(ctx.lang, "erasure_cancelled"), *reply.texts))
        return await self._recognise(message, ctx, call_next, cid)

    async def _recognise(
        self, message: Message, ctx: TurnContext, call_next: Handler, cid: str
    ) -> Reply:
        found = recognise(message.text, tuple(ctx.tenant.languages))
        if found is None:
            return await call_next(message, ctx)
        if found.lang in ctx.tenant.languages:
            ctx.lang = found.lang
        if found.intent is Intent.ERASURE:
            await self._pending.ask(ctx.tenant.tenant, cid, "erasure")
            return Reply(texts=(say(ctx.lang, "erasure_confirm"),))
        if found.intent is Intent.HANDOFF:
            record_id = await self._file(ctx, RequestType.HANDOFF, carry_out=False)
            return Reply(texts=(say(ctx.lang, "handoff", id=record_id),))
        type_, text = _CARRIED_OUT[found.intent]
        record_id = await self._file(ctx, type_, carry_out=True)
        return Reply(texts=(say(ctx.lang, text, id=record_id),))

    async def _file(self, ctx: TurnContext, type_: RequestType, *, carry_out: bool) -> str:
        """File the request now; carry it out once the turn's conversation lock is released
        (erasure and the flags take that lock), before the reply leaves."""
        tenant = ctx.tenant.tenant
        record = await self._rights.file(
            tenant,
            type_,
            SubjectRef(sender=ctx.sender),
            None,
            actor=Actor.SUBJECT,
            channel=CHANNEL,
            carry_out=False,
        )
        if carry_out:

            async def carry_out_now() -> None:
                await self._rights.carry_out(tenant, record.id, Actor.BOT)

            ctx.after_turn.append(carry_out_now)
        return record.id
