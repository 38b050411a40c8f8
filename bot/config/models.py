"""Typed tenant configuration, parsed once from YAML and passed around as is."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

from redaction.policy import RedactionSettings

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "ro")
TENANT_ID = re.compile(r"^[a-z0-9-]+$")
ENV_VAR_NAME = re.compile(r"^[A-Z_][A-Z0-9_]*$")

Lang = Literal["en", "ro"]
NonEmpty = Annotated[str, Field(min_length=1)]


def _default_languages() -> list[Lang]:
    return ["en"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LlmSettings(_Strict):
    base_url: HttpUrl
    model: NonEmpty
    api_key_env: NonEmpty
    system_prompt: str = "You are a helpful customer support assistant."
    timeout_s: float = Field(default=30.0, gt=0, le=300)
    max_retries: int = Field(default=2, ge=0, le=10)
    max_history_turns: int = Field(default=20, ge=0, le=200)

    @field_validator("api_key_env")
    @classmethod
    def _env_name(cls, value: str) -> str:
        if not ENV_VAR_NAME.match(value):
            raise ValueError("must be an environment variable NAME such as ACME_LLM_KEY, not a key")
        return value


class FaqEntry(_Strict):
    q: NonEmpty
    a: NonEmpty


class TrainingPolicy(_Strict):
    allowed: bool = False


class RetentionPolicy(_Strict):
    conversation_days: int = Field(default=30, ge=1, le=3650)


class VoiceSettings(_Strict):
    """The phone channel (Twilio Media Streams)."""

    # Name of the env var holding the Twilio auth token; when set, every webhook must
    # carry a valid X-Twilio-Signature.
    twilio_auth_token_env: str | None = None
    # The public https URL Twilio calls (behind a proxy the request's own URL differs,
    # and signatures are computed over the public one).
    public_base_url: HttpUrl | None = None

    @field_validator("twilio_auth_token_env")
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        if value is not None and not ENV_VAR_NAME.match(value):
            raise ValueError("must be an environment variable NAME, not a token")
        return value


class TenantConfig(_Strict):
    tenant: NonEmpty
    display_name: NonEmpty
    languages: list[Lang] = Field(default_factory=_default_languages, min_length=1)
    disclosure: dict[Lang, NonEmpty] = Field(default_factory=dict)
    engine: Literal["llm", "faq"] = "faq"
    llm: LlmSettings | None = None
    faq: list[FaqEntry] = Field(default_factory=list)
    faq_fallback: dict[Lang, NonEmpty] = Field(default_factory=dict)
    training: TrainingPolicy = TrainingPolicy()
    retention: RetentionPolicy = RetentionPolicy()
    redaction: RedactionSettings = RedactionSettings()
    privacy_notice_url: HttpUrl | None = None  # linked from the chat widget
    voice: VoiceSettings = VoiceSettings()

    @field_validator("tenant")
    @classmethod
    def _tenant_id(cls, value: str) -> str:
        if not TENANT_ID.match(value):
            raise ValueError("must match [a-z0-9-]+")
        return value

    @field_validator("languages")
    @classmethod
    def _unique_languages(cls, value: list[Lang]) -> list[Lang]:
        if len(set(value)) != len(value):
            raise ValueError("languages must not repeat")
        return value

    @model_validator(mode="after")
    def _engine_settings_present(self) -> TenantConfig:
        if self.engine == "llm" and self.llm is None:
            raise ValueError("engine is 'llm' but the 'llm' section is missing")
        if self.engine == "faq" and not self.faq:
            raise ValueError("engine is 'faq' but the 'faq' list is empty")
        for lang in self.disclosure:
            if lang not in self.languages:
                raise ValueError(f"disclosure given for '{lang}', which is not in languages")
        return self

    @property
    def default_language(self) -> str:
        return self.languages[0]
