"""The client for any OpenAI-compatible chat-completions endpoint.

Only redacted text is ever handed to it. Errors are classified as retryable or not.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

import openai
from openai import AsyncStream
from openai.types.chat import ChatCompletionChunk

from bot.errors import EngineError

ChatMessage = dict[str, str]
TextSink = Callable[[str], Awaitable[None]]


def _store_flag(store: bool) -> dict[str, Any]:
    # When false, tell the provider not to retain the request for training or evals.
    return {} if store else {"store": False}


@contextmanager
def _classified_errors() -> Iterator[None]:
    """openai's errors as our EngineError, saying whether a retry can help."""
    try:
        yield
    except openai.APITimeoutError as exc:
        raise EngineError("the LLM did not answer in time; retry later", retryable=True) from exc
    except openai.APIConnectionError as exc:
        raise EngineError(
            "the LLM endpoint cannot be reached; retry later", retryable=True
        ) from exc
    except openai.APIStatusError as exc:
        retryable = exc.status_code in (408, 409, 429) or exc.status_code >= 500
        raise EngineError(
            f"the LLM endpoint answered HTTP {exc.status_code}", retryable=retryable
        ) from exc
    except openai.OpenAIError as exc:
        raise EngineError("the LLM call failed", retryable=False) from exc


@dataclass(frozen=True, slots=True)
class LlmEndpoint:
    base_url: str
    model: str
    api_key: str
    timeout_s: float
    max_retries: int


class ChatCompletionClient:
    """Thin async wrapper: one call, bounded retries (inside the openai client), a timeout."""

    def __init__(self, endpoint: LlmEndpoint) -> None:
        self._endpoint = endpoint
        self._client = openai.AsyncOpenAI(
            base_url=endpoint.base_url,
            api_key=endpoint.api_key,
            timeout=endpoint.timeout_s,
            max_retries=endpoint.max_retries,
        )

    async def complete(self, messages: Sequence[ChatMessage], *, store: bool) -> str:
        """The whole answer in one piece."""
        with _classified_errors():
            response = await self._client.chat.completions.create(
                model=self._endpoint.model,
                messages=list(messages),  # type: ignore[arg-type]
                **_store_flag(store),
            )
        if not response.choices:
            raise EngineError("the LLM returned no choices", retryable=True)
        return response.choices[0].message.content or ""

    async def complete_streaming(
        self, messages: Sequence[ChatMessage], *, store: bool, on_delta: TextSink
    ) -> str:
        """The answer as it is generated: each piece goes to ``on_delta``; returns it all."""
        parts: list[str] = []
        with _classified_errors():
            stream = cast(
                AsyncStream[ChatCompletionChunk],
                await self._client.chat.completions.create(
                    model=self._endpoint.model,
                    messages=list(messages),  # type: ignore[arg-type]
                    stream=True,
                    **_store_flag(store),
                ),
            )
            async for chunk in stream:
                if not chunk.choices:
                    continue
                delta = chunk.choices[0].delta.content
                if delta:
                    parts.append(delta)
                    await on_delta(delta)
        return "".join(parts)

    async def aclose(self) -> None:
        await self._client.close()
