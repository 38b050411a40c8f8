"""Stage 1: every conversation opens by telling the person they talk to an AI (EU AI Act art. 50).

A tenant may reword the text per language; it can never switch it off.
"""

from __future__ import annotations

from pipeline.stage import Handler, Message, Reply, TurnContext

BUILTIN_DISCLOSURE: dict[str, str] = {
    "en": "Hello! I am {name}'s virtual assistant: an AI, not a person. "
    "Please avoid sharing personal data you do not need to share.",
    "ro": "Bună ziua! Sunt asistentul virtual al {name}: un AI, nu un om. "
    "Vă rugăm să nu împărtășiți date personale de care nu este nevoie.",
}


def disclosure_text(ctx: TurnContext) -> str:
    tenant = ctx.tenant
    custom = tenant.disclosure.get(ctx.lang)  # type: ignore[call-overload]
    if custom:
        return str(custom)
    template = BUILTIN_DISCLOSURE.get(ctx.lang, BUILTIN_DISCLOSURE["en"])
    return template.format(name=tenant.display_name)


class DisclosureStage:
    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        if ctx.state.is_new:
            ctx.disclosure = disclosure_text(ctx)
        reply = await call_next(message, ctx)
        if ctx.disclosure is None:
            return reply
        return Reply(texts=(ctx.disclosure, *reply.texts))
