"""The dialogue engine contract.

Cross-cutting work (timing, error classification, logging without personal data)
lives in the public ``respond``; engines implement ``_respond_impl``.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from bot.errors import AllaiError, EngineError
from storage.conversations import Turn

log = logging.getLogger("allai.engine")


@dataclass(frozen=True, slots=True)
class EngineRequest:
    tenant: str
    text: str  # the person's message, redacted
    lang: str
    history: Sequence[Turn]  # earlier turns, redacted, oldest first
    provider_may_store: bool  # false -> the provider must not keep the request


@dataclass(frozen=True, slots=True)
class EngineCapabilities:
    needs_network: bool
    honours_store_flag: bool


class Engine(ABC):
    name: str
    capabilities: EngineCapabilities

    async def respond(self, request: EngineRequest) -> list[str]:
        started = time.perf_counter()
        try:
            texts = await self._respond_impl(request)
        except AllaiError:
            log.warning("engine %s failed for tenant %s", self.name, request.tenant)
            raise
        except Exception as exc:
            # The exception text may quote what it choked on: log its class only.
            log.error(
                "engine %s crashed for tenant %s: %s", self.name, request.tenant, type(exc).__name__
            )
            raise EngineError(f"engine '{self.name}' failed unexpectedly", retryable=False) from exc
        log.info(
            "engine %s answered tenant %s in %.0f ms",
            self.name,
            request.tenant,
            (time.perf_counter() - started) * 1000,
        )
        return [text for text in texts if text.strip()]

    @abstractmethod
    async def _respond_impl(self, request: EngineRequest) -> list[str]: ...
