"""Refuse, when a tenant config loads, a phone channel it asks for but cannot have.

Cheap checks only (no weights load): the ASR model directory and the languages it can
transcribe (what ``WhisperEngine``'s constructor reads), and each configured TTS engine
and Piper voice (its small JSON config). Errors are pydantic errors located at the
offending field, so the loader's ``ConfigError`` names the file and e.g.
``voice.languages[1]``.

The model is inspected only when the tenant has a ``voice:`` section: a chat-only tenant
loads on a machine without the voice models, and its calls (if any) use what the
defaults can do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from bot.errors import ConfigError
from models.asr import WhisperEngine
from voice.tts import build_tts

if TYPE_CHECKING:
    from bot.config.models import TenantConfig, VoiceSettings

_SOURCE = "tenant config"  # replaced by the file name: the loader reports the location
MULTILINGUAL_HINT = "set voice.asr.model_path to a multilingual CTranslate2 Whisper model"


def _refuse(loc: tuple[str | int, ...], reason: str, value: object = None) -> NoReturn:
    error = PydanticCustomError("voice_settings", "{reason}", {"reason": reason})
    raise ValidationError.from_exception_data(
        "TenantConfig", [InitErrorDetails(type=error, loc=loc, input=value)]
    )


def _loc(field: str) -> tuple[str, ...]:
    return tuple(field.split("."))


def transcribable_languages(voice: VoiceSettings) -> tuple[str, ...]:
    """The languages the configured ASR model can transcribe (reads its vocabulary)."""
    try:
        engine = WhisperEngine(voice.asr.engine_settings(), source=_SOURCE)
    except ConfigError as exc:
        _refuse(("voice", "asr", exc.field), exc.problem)
    return engine.capabilities.languages


def check_voice(config: TenantConfig, *, explicit: bool) -> None:
    """Raise a located ``ValidationError`` for an impossible phone channel.

    ``explicit``: the tenant wrote a ``voice:`` section (then the ASR model is inspected).
    """
    voice = config.voice
    tenant_languages = list(config.languages)
    listed = ", ".join(tenant_languages)
    pinned = voice.asr.language
    if pinned is not None and pinned not in tenant_languages:
        _refuse(
            ("voice", "asr", "language"), f"{pinned!r} is not in the tenant's languages ({listed})"
        )
    for index, lang in enumerate(voice.languages or ()):
        if lang not in tenant_languages:
            _refuse(
                ("voice", "languages", index),
                f"{lang!r} is not in the tenant's languages ({listed})",
                lang,
            )
        if pinned is not None and lang != pinned:
            _refuse(
                ("voice", "languages", index),
                f"voice.asr.language pins every call to {pinned!r}",
                lang,
            )
    for lang in voice.tts:
        if lang not in tenant_languages:
            _refuse(("voice", "tts", lang), f"{lang!r} is not in the tenant's languages ({listed})")
    if not explicit:
        return
    transcribable = transcribable_languages(voice)
    model = str(voice.asr.model_path or "Whisper tiny.en")
    can = ", ".join(transcribable[:12]) + (" ..." if len(transcribable) > 12 else "")
    for index, lang in enumerate(voice.languages or ()):
        if lang not in transcribable:
            _refuse(
                ("voice", "languages", index),
                f"{lang!r} cannot be transcribed by {model} (it transcribes {can});"
                f" {MULTILINGUAL_HINT}",
                lang,
            )
    if not voice.call_languages(tenant_languages, transcribable):
        _refuse(
            ("voice", "asr", "model_path"),
            f"{model} transcribes none of the tenant's languages ({listed}); {MULTILINGUAL_HINT}",
        )
    for lang, tts in voice.tts.items():
        try:
            build_tts(lang, tts.engine, voice=tts.voice, source=_SOURCE, where=f"voice.tts.{lang}")
        except ConfigError as exc:
            _refuse(_loc(exc.field), exc.problem)
