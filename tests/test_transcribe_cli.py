"""`allai transcribe`, driven as a user would: a subprocess on real WAV files."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tests.support.app import REPO
from tests.support.speech import (
    OPENING_HOURS_KEY_WORDS,
    OPENING_TIME,
    OPENING_TIME_KEY_WORDS,
    key_words_heard,
    speech,
    write_wav,
)


def _allai(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "transcribe", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.slow
def test_prints_the_text_of_a_22khz_file(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "hours.wav", speech(rate=22050), 22050)
    result = _allai(path)
    assert result.returncode == 0, result.stderr
    assert key_words_heard(result.stdout, OPENING_HOURS_KEY_WORDS) >= 3, result.stdout
    assert result.stdout.count("\n") == 1  # the text only; logs go to stderr


@pytest.mark.slow
def test_json_for_an_8khz_stereo_24bit_file(tmp_path: Path) -> None:
    samples = speech(OPENING_TIME, rate=8000)
    path = write_wav(tmp_path / "phone.wav", samples, 8000, width=3, channels=2)
    result = _allai(path, "--json", "--language", "en")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"text", "language", "duration", "segments", "words"}
    assert key_words_heard(out["text"], OPENING_TIME_KEY_WORDS) >= 3, out["text"]
    assert out["language"] == "en"
    assert out["duration"] == pytest.approx(samples.size / 8000, abs=0.001)
    assert out["segments"] and set(out["segments"][0]) == {"start", "end", "text"}
    assert out["words"] and set(out["words"][0]) == {"start", "end", "word", "probability"}
    assert all(0 <= w["start"] <= w["end"] <= out["duration"] + 0.05 for w in out["words"])


def _assert_clean_failure(result: subprocess.CompletedProcess[str], code: int, text: str) -> None:
    assert result.returncode == code, result.stderr
    assert text in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_missing_file(tmp_path: Path) -> None:
    _assert_clean_failure(_allai(tmp_path / "nope.wav"), 1, "nope.wav: no such file")


def test_not_a_wav(tmp_path: Path) -> None:
    path = tmp_path / "notes.wav"
    path.write_text("hello")
    _assert_clean_failure(_allai(path), 1, "not a PCM WAV file")


def test_empty_wav(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(16000)
    _assert_clean_failure(_allai(path), 1, "holds no audio")


def test_romanian_with_the_english_only_model_is_a_config_error(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", speech(rate=16000), 16000)
    _assert_clean_failure(_allai(path, "--language", "ro"), 2, "language: 'ro' cannot be")


def test_model_path_that_is_not_a_model(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", speech(rate=16000), 16000)
    _assert_clean_failure(_allai(path, "--model", tmp_path), 2, "is not a CTranslate2 Whisper")
