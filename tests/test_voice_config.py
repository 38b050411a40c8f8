"""A tenant's ``voice:`` settings: speech recognition, voices and call languages. What the
models cannot do is refused when the config loads, naming the file and the field; what
they can do is shared between tenants with the same settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.config.loader import load_tenant_file
from bot.config.models import TenantConfig
from bot.config.voice import transcribable_languages
from bot.errors import ConfigError, EngineNotConfigured
from bot.http.voice import call_asr, call_languages, call_tts, shared_asr
from voice.tts import EspeakTts

MULTILINGUAL_VOCABULARY = 51_865  # tokens in a multilingual Whisper vocabulary
GOOD: dict[str, Any] = {
    "tenant": "acme",
    "display_name": "ACME",
    "languages": ["en", "ro"],
    "engine": "faq",
    "faq": [{"q": "Hours?", "a": "9-18"}],
}


def _write(tmp_path: Path, data: dict[str, Any], name: str = "acme") -> Path:
    path = tmp_path / "tenants" / f"{name}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({**data, "tenant": name}), encoding="utf-8")
    return path


def _load(tmp_path: Path, **changes: Any) -> TenantConfig:
    return load_tenant_file(_write(tmp_path, {**GOOD, **changes}))


def _refused(tmp_path: Path, **changes: Any) -> ConfigError:
    path = _write(tmp_path, {**GOOD, **changes})
    with pytest.raises(ConfigError) as caught:
        load_tenant_file(path)
    assert caught.value.path == str(path)
    assert str(path) in caught.value.message
    return caught.value


def _multilingual_model(root: Path) -> Path:
    """The files a CTranslate2 Whisper directory must hold, with a multilingual vocabulary.
    The config check reads only these (never the weights), so placeholders do."""
    model = root / "whisper-small"
    model.mkdir()
    for name in ("model.bin", "config.json", "tokenizer.json"):
        (model / name).write_text("{}", encoding="utf-8")
    words = "\n".join(f"token{i}" for i in range(MULTILINGUAL_VOCABULARY))
    (model / "vocabulary.txt").write_text(words, encoding="utf-8")
    return model


def _piper_voice(root: Path, language_code: str) -> Path:
    """A Piper voice's files as the config check reads them (its JSON config only)."""
    model = root / f"{language_code}-voice.onnx"
    model.write_bytes(b"not read when the config loads")
    config = {"audio": {"sample_rate": 22050}, "language": {"code": language_code}}
    model.with_name(model.name + ".json").write_text(json.dumps(config), encoding="utf-8")
    return model


def test_a_tenant_in_english_and_romanian_takes_english_calls_with_the_default_model(
    tmp_path: Path,
) -> None:
    config = _load(tmp_path, voice={"twilio_auth_token_env": "ACME_TWILIO_TOKEN"})
    assert transcribable_languages(config.voice) == ("en",)
    assert call_languages(config) == ("en",)  # Romanian calls need a multilingual model


@pytest.mark.parametrize(
    ("voice", "field", "words"),
    [
        ({"languages": ["ro"]}, "voice.languages[0]", "'ro' cannot be transcribed"),
        ({"languages": ["en", "ro"]}, "voice.languages[1]", "multilingual"),
        ({"languages": ["en", "en"]}, "voice.languages", "must not repeat"),
        ({"asr": {"language": "ro"}}, "voice.asr.language", "English-only"),
        ({"asr": {"language": "de"}}, "voice.asr.language", "'en' or 'ro'"),
        ({"asr": {"model_path": "/nonexistent/whisper"}}, "voice.asr.model_path", "directory"),
        ({"asr": {"beam_size": 0}}, "voice.asr.beam_size", "greater than or equal to 1"),
        ({"asr": {"compute_type": "int4"}}, "voice.asr.compute_type", "int8"),
        ({"tts": {"ro": {"engine": "piper"}}}, "voice.tts.ro.engine", "cannot speak 'ro'"),
        ({"tts": {"en": {"engine": "coqui"}}}, "voice.tts.en.engine", "'piper' or 'espeak'"),
        ({"tts": {"en": {"voice": "/nonexistent/en.onnx"}}}, "voice.tts.en.voice", "no voice"),
        (
            {"tts": {"en": {"engine": "espeak", "voice": "/nonexistent/en.onnx"}}},
            "voice.tts.en.voice",
            "only piper",
        ),
        ({"dtmf_timeout_s": 0}, "voice.dtmf_timeout_s", "greater than 0"),
    ],
)
def test_impossible_voice_settings_name_the_file_and_field(
    tmp_path: Path, voice: dict[str, Any], field: str, words: str
) -> None:
    error = _refused(tmp_path, voice=voice)
    assert error.field == field
    assert words in error.problem


def test_a_model_directory_that_is_not_ctranslate2_whisper_is_refused(tmp_path: Path) -> None:
    (tmp_path / "not-a-model").mkdir()
    (tmp_path / "not-a-model" / "model.bin").write_bytes(b"")
    error = _refused(tmp_path, voice={"asr": {"model_path": str(tmp_path / "not-a-model")}})
    assert error.field == "voice.asr.model_path"
    assert "not a CTranslate2 Whisper model" in error.problem
    assert "config.json" in error.problem and "tokenizer.json" in error.problem


def test_voice_languages_must_be_tenant_languages(tmp_path: Path) -> None:
    error = _refused(tmp_path, languages=["en"], voice={"languages": ["en", "ro"]})
    assert error.field == "voice.languages[1]"
    assert "not in the tenant's languages (en)" in error.problem
    error = _refused(tmp_path, languages=["en"], voice={"tts": {"ro": {"engine": "espeak"}}})
    assert error.field == "voice.tts.ro"


def test_a_romanian_tenant_with_a_voice_section_needs_a_multilingual_model(
    tmp_path: Path,
) -> None:
    error = _refused(tmp_path, languages=["ro"], voice={"twilio_auth_token_env": "T"})
    assert error.field == "voice.asr.model_path"
    assert "none of the tenant's languages (ro)" in error.problem


def test_a_chat_only_tenant_loads_without_inspecting_any_voice_model(tmp_path: Path) -> None:
    config = _load(tmp_path, languages=["ro"])
    assert config.voice.asr.model_path is None  # it loads; its calls are refused (see below)
    with pytest.raises(EngineNotConfigured, match=r"voice\.asr\.model_path"):
        call_languages(config)


def test_a_multilingual_model_takes_calls_in_both_languages(tmp_path: Path) -> None:
    model = _multilingual_model(tmp_path)
    config = _load(tmp_path, voice={"asr": {"model_path": str(model), "beam_size": 2}})
    assert call_languages(config) == ("en", "ro")
    # Each call is decoded in its own language, on the one model.
    assert call_asr(config, "ro").settings.language == "ro"
    assert call_asr(config, "en").settings.language == "en"
    assert call_asr(config, "ro").model_dir == call_asr(config, "en").model_dir == model
    assert call_asr(config, "ro").settings.beam_size == 2
    assert call_asr(config, "ro").settings.word_timestamps is False

    pinned = _load(tmp_path, voice={"asr": {"model_path": str(model), "language": "ro"}})
    assert call_languages(pinned) == ("ro",)
    error = _refused(
        tmp_path, voice={"asr": {"model_path": str(model), "language": "ro"}, "languages": ["en"]}
    )
    assert error.field == "voice.languages[0]" and "pins every call to 'ro'" in error.problem
    only_ro = _load(tmp_path, voice={"asr": {"model_path": str(model)}, "languages": ["ro"]})
    assert call_languages(only_ro) == ("ro",)


def test_a_piper_voice_must_exist_and_speak_its_language(tmp_path: Path) -> None:
    romanian = _piper_voice(tmp_path, "ro_RO")
    config = _load(tmp_path, voice={"tts": {"ro": {"voice": str(romanian)}}})
    assert config.voice.tts["ro"].voice == romanian  # accepted, not loaded

    error = _refused(tmp_path, voice={"tts": {"en": {"voice": str(romanian)}}})
    assert error.field == "voice.tts.en.voice"
    assert "speaks 'ro', not 'en'" in error.problem

    romanian.with_name(romanian.name + ".json").unlink()
    error = _refused(tmp_path, voice={"tts": {"ro": {"voice": str(romanian)}}})
    assert error.field == "voice.tts.ro.voice" and "has no config" in error.problem


def test_tenants_with_the_same_settings_share_engines(tmp_path: Path) -> None:
    one = _load(tmp_path, voice={"twilio_auth_token_env": "ONE_TOKEN"})
    other = load_tenant_file(_write(tmp_path, GOOD, name="other"))  # no voice section
    assert call_asr(one, "en") is call_asr(other, "en") is shared_asr()
    beam = _load(tmp_path, voice={"asr": {"beam_size": 3}})
    assert call_asr(beam, "en") is not shared_asr()
    assert call_asr(beam, "en").settings.beam_size == 3


def test_a_tenant_can_choose_espeak_for_a_language(tmp_path: Path) -> None:
    config = _load(tmp_path, voice={"tts": {"en": {"engine": "espeak"}}})
    assert isinstance(call_tts(config, "en"), EspeakTts)
    assert call_tts(config, "en") is call_tts(config, "en")
