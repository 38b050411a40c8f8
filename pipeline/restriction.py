"""Art. 18: while the person's processing is restricted, the bot only says so.

No engine call, nothing stored (the stages further in never run), and the message is not
even analysed for personal data. The person can still file privacy requests: that stage
runs further out.
"""

from __future__ import annotations

from bot.rights.texts import say
from pipeline.stage import Handler, Message, Reply, TurnContext
from storage.subjects import SubjectData


class RestrictionStage:
    def __init__(self, subjects: SubjectData) -> None:
        self._subjects = subjects

    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        flags = await self._subjects.flags(ctx.tenant.tenant, ctx.sender)
        if flags.restricted:
            return Reply(texts=(say(ctx.lang, "restricted", name=ctx.tenant.display_name),))
        return await call_next(message, ctx)
