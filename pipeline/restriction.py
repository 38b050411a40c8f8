"""Art. 18: while the person's processing is restricted, the bot only says so.

No engine call, nothing stored (the stages further in never run), and the message is not
even analysed for personal data. The person can still file privacy requests: that stage
runs further out. The flags come with the conversation, loaded under the turn's lock
(``ConversationState.flags``), so the check costs no extra Redis round trip.
"""

from __future__ import annotations

from bot.rights.texts import say
from pipeline.stage import Handler, Message, Reply, TurnContext


class RestrictionStage:
    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        if ctx.state.flags.restricted:
            return Reply(texts=(say(ctx.lang, "restricted", name=ctx.tenant.display_name),))
        return await call_next(message, ctx)
