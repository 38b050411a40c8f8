"""The one contract every message stage implements.

A stage receives the message, the turn's context and the rest of the pipeline
(``call_next``); it may change the message on the way in, the reply on the way out,
or both. The runtime composes a tenant's stages by wrapping one around the next,
like ASGI middleware.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.config.models import TenantConfig
from redaction.pseudonymize import PlaceholderVault
from storage.conversations import ConversationState


@dataclass(frozen=True, slots=True)
class Message:
    """What the person wrote (redacted once the redaction stage has run)."""

    text: str


@dataclass(frozen=True, slots=True)
class Reply:
    """The bot's messages for this turn, in order."""

    texts: tuple[str, ...]


@dataclass
class TurnContext:
    """Everything the stages of one turn share. Built by the runtime for each message."""

    tenant: TenantConfig
    sender: str
    lang: str
    state: ConversationState
    vault: PlaceholderVault
    metadata: Mapping[str, Any] = field(default_factory=dict)
    # Set by the disclosure stage when this turn opens the conversation.
    disclosure: str | None = None
    # Set by the training stage: may this turn ever be used for training?
    training_allowed: bool = False
    # Set by the training stage: may the engine's provider keep this request
    # (false when this turn or any history turn sent along is not allowed)?
    provider_may_store: bool = False
    # Entity types found in the user's message (never their values), for audit.
    entity_types: Sequence[str] = ()
    # A streaming channel's sink: receives the reply so far, re-identified, while the
    # engine generates it. None for channels that only take whole replies.
    on_partial: Callable[[str], Awaitable[None]] | None = None
    # Work that must wait until the conversation lock is released (e.g. erasing the
    # person, asked for in this very turn); the runtime awaits it before replying.
    after_turn: list[Callable[[], Awaitable[object]]] = field(default_factory=list)


class Handler(Protocol):
    async def __call__(self, message: Message, ctx: TurnContext) -> Reply: ...


class Stage(Protocol):
    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply: ...


async def _end_of_pipeline(message: Message, ctx: TurnContext) -> Reply:
    return Reply(texts=())


def _wrap(stage: Stage, inner: Handler) -> Handler:
    async def handler(message: Message, ctx: TurnContext) -> Reply:
        return await stage(message, ctx, inner)

    return handler


def compose(stages: Sequence[Stage]) -> Handler:
    """Wrap ``stages`` so that ``stages[0]`` sees the message first and the reply last."""
    handler: Handler = _end_of_pipeline
    for stage in reversed(stages):
        handler = _wrap(stage, handler)
    return handler
