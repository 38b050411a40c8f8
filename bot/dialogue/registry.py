"""The explicit registry of dialogue engines: config name -> factory."""

from __future__ import annotations

from collections.abc import Callable

from bot.config.models import TenantConfig
from bot.dialogue.base import Engine
from bot.dialogue.faq import FaqEngine
from bot.dialogue.llm import LlmEngine

EngineFactory = Callable[[TenantConfig], Engine]

ENGINES: dict[str, EngineFactory] = {
    "faq": FaqEngine.from_tenant,
    "llm": LlmEngine.from_tenant,
}


def build_engine(tenant: TenantConfig) -> Engine:
    return ENGINES[tenant.engine](tenant)
