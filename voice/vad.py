"""Streaming voice activity detection: where a caller's turn starts, pauses and ends.

Feed PCM frames of any length as they arrive (8 or 16 kHz; int16 samples, PCM16
little-endian bytes, or float32 in [-1, 1]) to ``StreamingVad.push``; it returns the
``VadEvent``s that the new audio completed:

- ``speech_start`` once ``min_speech_ms`` of speech is heard;
- ``pause`` after ``pause_ms`` of silence inside a turn (a later stage may start
  decoding early), with the utterance so far; speech may resume, and a later pause fires again;
- ``speech_end`` after ``end_silence_ms`` of silence (the end of the turn), or when the
  turn reaches ``max_utterance_s``, with the whole utterance.

Audio is scored in windows of 32 ms. The scorer is Silero VAD v6, the ONNX file that
ships inside faster-whisper (listed in the model manifest), run with onnxruntime; if
it cannot be loaded, a simple energy threshold takes over (and the log says so).
Silero takes 16 kHz; 8 kHz telephone audio is upsampled by linear interpolation, which
is all a speech/non-speech decision needs.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, Protocol

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.errors import AllaiError, BadRequest
from models.manifest import SILERO_VAD, loading, locate_verified

log = logging.getLogger(__name__)

Float32 = npt.NDArray[np.float32]
SampleRate = Literal[8000, 16000]
WINDOW_MS = 32  # 512 samples at 16 kHz: the window Silero v6 was trained on
_SILERO_RATE = 16_000
_SILERO_WINDOW = 512
_SILERO_CONTEXT = 64  # samples of the previous window the model sees in front of each


class VadSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sample_rate: SampleRate = 8000
    threshold: float = Field(default=0.5, gt=0, lt=1)  # speech at or above
    neg_threshold: float = Field(default=0.35, gt=0, lt=1)  # silence below; between: no change
    min_speech_ms: int = Field(default=96, ge=WINDOW_MS)
    pause_ms: int = Field(default=200, ge=WINDOW_MS)
    end_silence_ms: int = Field(default=700, ge=WINDOW_MS)
    pre_roll_ms: int = Field(default=192, ge=0)  # audio kept from before speech_start
    max_utterance_s: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> VadSettings:
        if self.neg_threshold > self.threshold:
            raise ValueError("neg_threshold must not be above threshold")
        if self.pause_ms >= self.end_silence_ms:
            raise ValueError("pause_ms must be shorter than end_silence_ms")
        return self

    @property
    def window_samples(self) -> int:
        return self.sample_rate * WINDOW_MS // 1000


class VadEventType(StrEnum):
    SPEECH_START = "speech_start"
    PAUSE = "pause"
    SPEECH_END = "speech_end"


@dataclass(frozen=True)
class VadEvent:
    type: VadEventType
    time: float  # seconds since the stream began, at the end of the window that decided
    # The utterance (pre-roll included) at the stream's sample rate: for pause and
    # speech_end; empty for speech_start.
    audio: Float32 = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    sample_rate: int = 16_000
    # How much of the end of ``audio`` the VAD heard as silence (pause and speech_end):
    # a decode of all but that much of it holds every word.
    silence_ms: int = 0


class SpeechScorer(Protocol):
    """The probability that one 32 ms window is speech. Holds per-stream state."""

    name: str

    def score(self, window: Float32) -> float: ...

    def reset(self) -> None: ...


class SileroScorer:
    """Silero VAD v6 via onnxruntime, carrying its recurrent state across windows."""

    name = "silero"

    def __init__(self, session: Any, sample_rate: SampleRate) -> None:
        self._session = session
        self._sample_rate = sample_rate
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_SILERO_CONTEXT, dtype=np.float32)
        self._last = np.float32(0.0)

    def _to_16k(self, window: Float32) -> Float32:
        if self._sample_rate == _SILERO_RATE:
            return window
        # 2x linear interpolation, continuous across windows via the previous sample.
        previous = np.concatenate(([self._last], window[:-1]))
        self._last = window[-1]
        out = np.empty(window.size * 2, dtype=np.float32)
        out[0::2] = (previous + window) / 2
        out[1::2] = window
        return out

    def score(self, window: Float32) -> float:
        audio = self._to_16k(window)
        batch = np.concatenate((self._context, audio))[None, :]
        self._context = audio[-_SILERO_CONTEXT:].copy()
        probs, self._h, self._c = self._session.run(
            None, {"input": batch, "h": self._h, "c": self._c}
        )
        return float(np.asarray(probs).reshape(-1)[0])


class EnergyScorer:
    """Fallback: loudness against a fixed level, squashed into a 0..1 score."""

    name = "energy"

    def __init__(self, speech_dbfs: float = -40.0) -> None:
        self.speech_dbfs = speech_dbfs

    def reset(self) -> None:
        pass

    def score(self, window: Float32) -> float:
        rms = float(np.sqrt(np.mean(np.square(window, dtype=np.float64))))
        dbfs = 20.0 * np.log10(max(rms, 1e-10))
        return float(1.0 / (1.0 + np.exp(-(dbfs - self.speech_dbfs) / 2.0)))


_silero_session: Any = None
_silero_lock = threading.Lock()


def _load_silero_session() -> Any:
    """The process-wide onnxruntime session (its ``run`` is thread-safe)."""
    global _silero_session
    with _silero_lock:
        if _silero_session is None:
            import onnxruntime

            located = locate_verified(SILERO_VAD)
            options = onnxruntime.SessionOptions()
            options.inter_op_num_threads = 1
            options.intra_op_num_threads = 1
            options.log_severity_level = 3
            with loading("Silero VAD", located.describe()):
                _silero_session = onnxruntime.InferenceSession(
                    str(located.file(located.spec.files[0].path)),
                    sess_options=options,
                    providers=["CPUExecutionProvider"],
                )
        return _silero_session


def make_scorer(
    sample_rate: SampleRate, *, prefer: Literal["silero", "energy"] = "silero"
) -> SpeechScorer:
    """A fresh scorer for one stream: Silero when it loads, else the energy fallback."""
    if prefer == "silero":
        try:
            return SileroScorer(_load_silero_session(), sample_rate)
        except (ImportError, OSError, RuntimeError, AllaiError) as exc:
            log.warning("Silero VAD unavailable (%s); using the energy-based fallback", exc)
    return EnergyScorer()


def pcm_to_float(frame: bytes | npt.NDArray[Any]) -> Float32:
    """PCM16 little-endian bytes, int16 samples or float samples as float32 in [-1, 1]."""
    if isinstance(frame, bytes | bytearray | memoryview):
        if len(frame) % 2:
            raise BadRequest("PCM16 frame has an odd number of bytes")
        return np.frombuffer(frame, dtype="<i2").astype(np.float32) / 32768.0
    data = np.asarray(frame)
    if data.ndim != 1:
        raise BadRequest(f"VAD expects mono frames (1-D), got shape {data.shape}")
    if data.dtype == np.int16:
        return data.astype(np.float32) / 32768.0
    if np.issubdtype(data.dtype, np.floating):
        return data.astype(np.float32)
    raise BadRequest(f"VAD expects int16 or float samples, got {data.dtype}")


class StreamingVad:
    """Turn detection over one audio stream. Not thread-safe: one stream, one consumer."""

    def __init__(self, settings: VadSettings | None = None, scorer: SpeechScorer | None = None):
        self.settings = settings or VadSettings()
        self.scorer = scorer or make_scorer(self.settings.sample_rate)
        self._pending = np.zeros(0, dtype=np.float32)
        self._samples_seen = 0
        self.reset()

    def reset(self) -> None:
        """Forget the current turn and scorer state (e.g. after the bot barged in)."""
        s = self.settings
        self.scorer.reset()
        self._pending = np.zeros(0, dtype=np.float32)
        pre_windows = -(-(s.pre_roll_ms + s.min_speech_ms) // WINDOW_MS)
        self._pre_roll: deque[Float32] = deque(maxlen=max(pre_windows, 1))
        self._utterance: list[Float32] = []
        self._in_speech = False
        self._speech_run_ms = 0
        self._silence_ms = 0
        self._counting_silence = False
        self._paused = False
        self._utterance_ms = 0

    @property
    def in_speech(self) -> bool:
        return self._in_speech

    @property
    def utterance_samples(self) -> int:
        """How much audio the current turn holds so far (pre-roll included); 0 outside one."""
        return len(self._utterance) * self.settings.window_samples if self._in_speech else 0

    @property
    def paused(self) -> bool:
        """The caller is silent inside a turn, ``pause_ms`` or longer (a pause event fired)."""
        return self._in_speech and self._paused

    def utterance(self) -> Float32:
        """The current turn's audio so far (what a ``pause`` event would carry now)."""
        return self._audio() if self._in_speech else np.zeros(0, dtype=np.float32)

    def push(self, frame: bytes | npt.NDArray[Any]) -> list[VadEvent]:
        """Add audio; returns the events it completed, oldest first."""
        samples = pcm_to_float(frame)
        buffered = np.concatenate((self._pending, samples)) if self._pending.size else samples
        size = self.settings.window_samples
        usable = buffered.size - buffered.size % size
        self._pending = buffered[usable:].copy()
        events: list[VadEvent] = []
        for start in range(0, usable, size):
            window = buffered[start : start + size]
            self._samples_seen += size
            event = self._step(window, self.scorer.score(window))
            if event is not None:
                events.append(event)
        return events

    def flush(self) -> list[VadEvent]:
        """End of stream: a turn still open ends here."""
        if not self._in_speech:
            return []
        if self._pending.size:
            self._utterance.append(self._pending)
            self._pending = np.zeros(0, dtype=np.float32)
            self._silence_ms = 0  # the unscored tail may hold speech
        return [self._end()]

    def _now(self) -> float:
        return self._samples_seen / self.settings.sample_rate

    def _audio(self) -> Float32:
        return np.concatenate(self._utterance) if self._utterance else np.zeros(0, np.float32)

    def _end(self) -> VadEvent:
        event = VadEvent(
            VadEventType.SPEECH_END,
            self._now(),
            self._audio(),
            self.settings.sample_rate,
            self._silence_ms,
        )
        self._in_speech = False
        self._utterance = []
        self._pre_roll.clear()
        self._speech_run_ms = self._silence_ms = self._utterance_ms = 0
        self._counting_silence = self._paused = False
        return event

    def _step(self, window: Float32, prob: float) -> VadEvent | None:
        s = self.settings
        speech = prob >= s.threshold
        silence = prob < s.neg_threshold
        if not self._in_speech:
            self._pre_roll.append(window)
            self._speech_run_ms = self._speech_run_ms + WINDOW_MS if speech else 0
            if self._speech_run_ms < s.min_speech_ms:
                return None
            self._in_speech = True
            self._utterance = list(self._pre_roll)
            self._utterance_ms = len(self._utterance) * WINDOW_MS
            self._silence_ms, self._counting_silence, self._paused = 0, False, False
            start = self._now() - self._speech_run_ms / 1000
            return VadEvent(VadEventType.SPEECH_START, round(start, 3), sample_rate=s.sample_rate)

        self._utterance.append(window)
        self._utterance_ms += WINDOW_MS
        if speech:
            self._silence_ms, self._counting_silence, self._paused = 0, False, False
        elif silence or self._counting_silence:
            self._counting_silence = True
            self._silence_ms += WINDOW_MS
        if self._silence_ms >= s.end_silence_ms or self._utterance_ms >= s.max_utterance_s * 1000:
            return self._end()
        if self._silence_ms >= s.pause_ms and not self._paused:
            self._paused = True
            return VadEvent(
                VadEventType.PAUSE, self._now(), self._audio(), s.sample_rate, self._silence_ms
            )
        return None
