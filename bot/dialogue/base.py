"""The dialogue engine contract.

Cross-cutting work (timing, error classification, logging without personal data)
lives in the public ``respond``; engines implement ``_respond_impl``.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.errors import AllaiError, EngineError
from storage.conversations import Turn

log = logging.getLogger("allai.engine")

TextSink = Callable[[str], Awaitable[None]]


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
    streams: bool  # can hand out the answer piece by piece while it is generated


class Engine(ABC):
    name: str
    capabilities: EngineCapabilities

    async def respond(self, request: EngineRequest, on_delta: TextSink | None = None) -> list[str]:
        """The engine's answer. With ``on_delta``, an engine that streams passes each
        piece of its (redacted) answer there as it is generated; the return value is
        the whole answer either way."""
        started = time.perf_counter()
        try:
            texts = await self._respond_impl(
                request, on_delta if self.capabilities.streams else None
            )
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
    async def _respond_impl(
        self, request: EngineRequest, on_delta: TextSink | None
    ) -> list[str]: ...
