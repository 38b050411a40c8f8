"""A WAV file to text: read PCM of any rate and width, mix to mono, resample, transcribe.

The file is read into memory once; nothing is written anywhere (no temporary copies of
someone's voice). Bad input is a ``BadRequest`` that says what is wrong with the file.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.errors import BadRequest
from models.asr import ASR_SAMPLE_RATE, AsrEngine, Transcript
from voice.codec import resample

Float32 = npt.NDArray[np.float32]

_FULL_SCALE = {1: 128.0, 2: 32768.0, 3: 8388608.0, 4: 2147483648.0}


@dataclass(frozen=True)
class Audio:
    """Mono float32 samples in [-1, 1) at ``sample_rate`` Hz."""

    samples: Float32
    sample_rate: int

    @property
    def duration(self) -> float:
        return self.samples.size / self.sample_rate


def _pcm_to_float(raw: bytes, width: int, channels: int) -> Float32:
    ints: npt.NDArray[np.int64]
    if width == 1:  # 8-bit WAV is unsigned, centred on 128
        ints = np.frombuffer(raw, dtype=np.uint8).astype(np.int64) - 128
    elif width == 2:
        ints = np.frombuffer(raw, dtype="<i2").astype(np.int64)
    elif width == 3:  # little-endian 24-bit: put each sample in the top bytes of 32, shift back
        triples = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        padded = np.zeros((triples.shape[0], 4), dtype=np.uint8)
        padded[:, 1:] = triples
        ints = (padded.view("<i4").reshape(-1) >> 8).astype(np.int64)
    else:
        ints = np.frombuffer(raw, dtype="<i4").astype(np.int64)
    scaled = ints.astype(np.float64) / _FULL_SCALE[width]
    mono: npt.NDArray[np.float64] = scaled.reshape(-1, channels).mean(axis=1)
    return mono.astype(np.float32)


def read_wav(path: Path) -> Audio:
    """The file at ``path`` as mono float32 (8/16/24/32-bit integer PCM, any channels)."""
    try:
        with wave.open(str(path), "rb") as reader:
            width, channels = reader.getsampwidth(), reader.getnchannels()
            rate, count = reader.getframerate(), reader.getnframes()
            raw = reader.readframes(count)
    except FileNotFoundError:
        raise BadRequest(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadRequest(f"{path}: is a directory, not a WAV file") from None
    except (wave.Error, EOFError) as exc:
        raise BadRequest(f"{path}: not a PCM WAV file ({exc})") from None
    except OSError as exc:
        raise BadRequest(f"{path}: cannot read ({exc.strerror or exc})") from None
    if width not in _FULL_SCALE:
        raise BadRequest(f"{path}: {8 * width}-bit samples; expected 8, 16, 24 or 32-bit PCM")
    if channels < 1 or rate <= 0:
        raise BadRequest(f"{path}: invalid WAV header ({channels} channels, {rate} Hz)")
    usable = len(raw) - len(raw) % (width * channels)  # a truncated last frame is dropped
    if usable == 0:
        raise BadRequest(f"{path}: the file holds no audio")
    return Audio(_pcm_to_float(raw[:usable], width, channels), rate)


def to_asr_rate(audio: Audio) -> Float32:
    """``audio`` resampled to the 16 kHz that Whisper expects."""
    if audio.sample_rate == ASR_SAMPLE_RATE:
        return audio.samples
    return resample(audio.samples, audio.sample_rate, ASR_SAMPLE_RATE).astype(
        np.float32, copy=False
    )


def transcribe_file(path: Path, engine: AsrEngine) -> tuple[Transcript, Audio]:
    """Transcribe the WAV file at ``path``; also returns the audio as read (for its duration)."""
    audio = read_wav(path)
    return engine.transcribe(to_asr_rate(audio)), audio
