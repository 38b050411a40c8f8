"""WAV files of every width, channel count and rate become 16 kHz mono float32 for ASR."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from bot.errors import BadRequest
from tests.support.speech import speech, write_wav
from voice.transcribe import read_wav, to_asr_rate


@pytest.mark.parametrize("width", [1, 2, 3, 4])
@pytest.mark.parametrize("channels", [1, 2])
def test_reads_every_pcm_width_mono_and_stereo(tmp_path: Path, width: int, channels: int) -> None:
    samples = speech(rate=16000)
    path = write_wav(tmp_path / "a.wav", samples, 16000, width=width, channels=channels)
    audio = read_wav(path)
    assert audio.sample_rate == 16000 and audio.samples.dtype == np.float32
    assert np.abs(audio.samples - samples).max() <= 1.01 / 2 ** (8 * width - 1)


@pytest.mark.parametrize("rate", [8000, 11025, 22050, 44100, 48000])
def test_any_rate_becomes_16_khz(tmp_path: Path, rate: int) -> None:
    samples = speech(rate=rate)
    audio = read_wav(write_wav(tmp_path / "a.wav", samples, rate))
    resampled = to_asr_rate(audio)
    assert resampled.dtype == np.float32
    assert resampled.size == round(samples.size * 16000 / rate)


def test_empty_wav_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
    with pytest.raises(BadRequest, match="holds no audio"):
        read_wav(path)


def test_not_a_wav_and_missing_file_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.wav"
    text.write_text("not audio")
    with pytest.raises(BadRequest, match="not a PCM WAV file"):
        read_wav(text)
    with pytest.raises(BadRequest, match="no such file"):
        read_wav(tmp_path / "missing.wav")
