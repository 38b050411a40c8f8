"""An engine that asks an OpenAI-compatible LLM, sending only redacted text."""

from __future__ import annotations

import os

from bot.config.models import LlmSettings, TenantConfig
from bot.dialogue.base import Engine, EngineCapabilities, EngineRequest, TextSink
from bot.errors import EngineNotConfigured
from models.llm import ChatCompletionClient, ChatMessage, LlmEndpoint

PLACEHOLDER_GUIDE = (
    "Personal data in the conversation has been replaced by placeholders such as <PERSON_1> "
    "or <EMAIL_ADDRESS_1>. Never guess what they stand for; when you refer to such a value, "
    "write its placeholder exactly as given."
)
LANGUAGE_NAMES = {"en": "English", "ro": "Romanian"}


class LlmEngine(Engine):
    name = "llm"
    capabilities = EngineCapabilities(needs_network=True, honours_store_flag=True, streams=True)

    def __init__(self, settings: LlmSettings) -> None:
        self._settings = settings
        self._client: ChatCompletionClient | None = None
        self._client_key: str | None = None

    @classmethod
    def from_tenant(cls, tenant: TenantConfig) -> LlmEngine:
        if tenant.llm is None:  # the config model refuses this; keep mypy informed
            raise EngineNotConfigured(f"tenant '{tenant.tenant}' has no llm section")
        return cls(tenant.llm)

    def _client_for_current_key(self) -> ChatCompletionClient:
        key = os.environ.get(self._settings.api_key_env, "")
        if not key:
            raise EngineNotConfigured(
                f"the LLM API key is missing: set the environment variable "
                f"{self._settings.api_key_env}"
            )
        if self._client is None or key != self._client_key:
            self._client = ChatCompletionClient(
                LlmEndpoint(
                    base_url=str(self._settings.base_url),
                    model=self._settings.model,
                    api_key=key,
                    timeout_s=self._settings.timeout_s,
                    max_retries=self._settings.max_retries,
                )
            )
            self._client_key = key
        return self._client

    def build_messages(self, request: EngineRequest) -> list[ChatMessage]:
        language = LANGUAGE_NAMES.get(request.lang, "the user's language")
        system = f"{self._settings.system_prompt}\n\n{PLACEHOLDER_GUIDE}\nAnswer in {language}."
        messages: list[ChatMessage] = [{"role": "system", "content": system}]
        limit = self._settings.max_history_turns
        history = list(request.history)[-limit:] if limit else []
        for turn in history:
            role = "user" if turn.role == "user" else "assistant"
            messages.append({"role": role, "content": turn.text})
        messages.append({"role": "user", "content": request.text})
        return messages

    async def _respond_impl(self, request: EngineRequest, on_delta: TextSink | None) -> list[str]:
        client = self._client_for_current_key()
        messages = self.build_messages(request)
        store = request.provider_may_store
        if on_delta is None:
            return [await client.complete(messages, store=store)]
        return [await client.complete_streaming(messages, store=store, on_delta=on_delta)]
