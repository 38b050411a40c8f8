"""The client for any OpenAI-compatible chat-completions endpoint.

Only redacted text is ever handed to it. Errors are classified as retryable or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import openai

from bot.errors import EngineError

ChatMessage = dict[str, str]


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
        extra: dict[str, Any] = {}
        if not store:
            # Tell the provider not to retain the request for training or evals.
            extra["store"] = False
        try:
            response = await self._client.chat.completions.create(
                model=self._endpoint.model,
                messages=list(messages),  # type: ignore[arg-type]
                **extra,
            )
        except openai.APITimeoutError as exc:
            raise EngineError(
                "the LLM did not answer in time; retry later", retryable=True
            ) from exc
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
        if not response.choices:
            raise EngineError("the LLM returned no choices", retryable=True)
        content = response.choices[0].message.content
        return content or ""

    async def aclose(self) -> None:
        await self._client.close()
