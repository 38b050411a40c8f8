"""Typed tenant configuration, parsed once from YAML and passed around as is."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

from bot.config.voice import check_voice
from models.asr import AsrSettings, ComputeType
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
    """Days each class of personal data is kept, enforced by Redis expiry and the sweeper.

    A vault (placeholder -> the person's values) and a call recording belong to a
    conversation, so neither may outlive it (shorter is fine: the turns then keep only
    placeholders). Requests are kept as proof, at least 92 days: an answer may be extended
    to three months after receipt (Art. 12(3))."""

    conversation_days: int = Field(default=30, ge=1, le=3650)
    vault_days: int | None = Field(default=None, ge=1, le=3650)  # None: conversation_days
    recording_days: int | None = Field(default=None, ge=1, le=3650)  # None: conversation_days
    request_days: int = Field(default=1095, ge=92, le=3650)

    @model_validator(mode="after")
    def _nothing_outlives_its_conversation(self) -> RetentionPolicy:
        for name in ("vault_days", "recording_days"):
            days = getattr(self, name)
            if days is not None and days > self.conversation_days:
                raise ValueError(
                    f"{name} ({days}) must not exceed conversation_days "
                    f"({self.conversation_days}): it belongs to a conversation"
                )
        return self

    @property
    def vault_ttl_days(self) -> int:
        return self.vault_days or self.conversation_days

    @property
    def recording_ttl_days(self) -> int:
        return self.recording_days or self.conversation_days


class VoiceAsrSettings(_Strict):
    """Speech recognition for calls (the tenant-facing part of ``models.asr.AsrSettings``)."""

    # A local CTranslate2 Whisper directory; None: Whisper tiny.en from the model manifest.
    model_path: Path | None = None
    compute_type: ComputeType = "int8"
    beam_size: int = Field(default=1, ge=1, le=10)
    # Pins every call to this language; None: each call is transcribed in its own language.
    language: Lang | None = None
    # Threads per decode; 0: the cores shared out among the parallel decodes (no oversubscription).
    cpu_threads: int = Field(default=0, ge=0)

    def engine_settings(self, language: str | None = None) -> AsrSettings:
        """The engine's settings, decoding in ``language`` (default: ``self.language``).
        Calls need no word timings (skipping them saves about a tenth of each decode)."""
        return AsrSettings(
            model_path=self.model_path,
            compute_type=self.compute_type,
            beam_size=self.beam_size,
            language=language or self.language,
            cpu_threads=self.cpu_threads,
            word_timestamps=False,
        )


class VoiceTtsSettings(_Strict):
    """How the bot speaks one language on the phone."""

    # None: piper when its voice speaks the language, else espeak (espeak-ng).
    engine: Literal["piper", "espeak"] | None = None
    # A local Piper voice (.onnx, with its .onnx.json beside it); None: the bundled voice.
    voice: Path | None = None


class VoiceSettings(_Strict):
    """The phone channel (Twilio Media Streams)."""

    # Name of the env var holding the Twilio auth token; when set, every webhook and every
    # Media Streams handshake must carry a valid X-Twilio-Signature.
    twilio_auth_token_env: str | None = None
    # The public https URL Twilio calls (behind a proxy the request's own URL differs,
    # and signatures are computed over the public one).
    public_base_url: HttpUrl | None = None
    asr: VoiceAsrSettings = VoiceAsrSettings()
    tts: dict[Lang, VoiceTtsSettings] = Field(default_factory=dict)
    # The languages calls may use; None: the tenant's languages the ASR model transcribes.
    languages: list[Lang] | None = Field(default=None, min_length=1)
    # A keypad entry ends with '#' or after this many seconds of call audio without a key.
    dtmf_timeout_s: float = Field(default=2.5, gt=0, le=30)

    @field_validator("twilio_auth_token_env")
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        if value is not None and not ENV_VAR_NAME.match(value):
            raise ValueError("must be an environment variable NAME, not a token")
        return value

    @field_validator("languages")
    @classmethod
    def _unique_languages(cls, value: list[Lang] | None) -> list[Lang] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("languages must not repeat")
        return value

    def call_languages(
        self, tenant_languages: Sequence[str], transcribable: Collection[str]
    ) -> list[str]:
        """The languages a call may use, first the default: ``asr.language`` when pinned,
        else ``languages`` (or the tenant's), keeping those the ASR model transcribes."""
        if self.asr.language is not None:
            wanted: Sequence[str] = [self.asr.language]
        elif self.languages is not None:
            wanted = self.languages
        else:
            wanted = tenant_languages
        return [lang for lang in wanted if lang in transcribable]


class AdminSettings(_Strict):
    """Admin access to the tenant's data-subject requests, until admin accounts exist."""

    # Name of the env var holding the admin bearer token (never the token itself).
    token_env: NonEmpty

    @field_validator("token_env")
    @classmethod
    def _env_name(cls, value: str) -> str:
        if not ENV_VAR_NAME.match(value):
            raise ValueError("must be an environment variable NAME such as ACME_ADMIN_TOKEN")
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
    admin: AdminSettings | None = None  # None: the admin endpoints are disabled

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

    @model_validator(mode="after")
    def _voice_is_possible(self) -> TenantConfig:
        check_voice(self, explicit="voice" in self.model_fields_set)
        return self

    @property
    def default_language(self) -> str:
        return self.languages[0]
