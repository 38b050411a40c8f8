"""Speech to text: an ``AsrEngine`` contract and its faster-whisper (CTranslate2) engine.

The default model is Whisper tiny.en from the manifest (``models/manifest.py``), run on
the CPU with int8 weights. ``AsrSettings.model_path`` may name any local CTranslate2
Whisper directory instead (a multilingual model for Romanian, say). Nothing is ever
downloaded: faster-whisper gets a local directory, the directory must hold its own
``tokenizer.json`` (otherwise faster-whisper would fetch one), and ``HF_HUB_OFFLINE=1``
is set before faster-whisper is imported.

Construction is cheap and refuses impossible settings (a language the model cannot
transcribe); the weights load on the first ``transcribe``, once per process per model
directory and compute type, whichever thread gets there first.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

from bot.errors import BadRequest, ConfigError
from models.manifest import WHISPER_TINY_EN, LocatedModel, loading, locate_model, verify_model

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

log = logging.getLogger(__name__)

ASR_SAMPLE_RATE = 16_000  # Hz; what Whisper's feature extractor expects
DEFAULT_ASR_MODEL = WHISPER_TINY_EN
# CTranslate2's test: a Whisper vocabulary this large has the language tokens.
_MULTILINGUAL_VOCABULARY = 51_865
# Without these faster-whisper cannot run from the directory alone (tokenizer.json
# missing would make it fetch one from the Hugging Face hub).
_REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")

ComputeType = Literal[
    "default",
    "auto",
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
]


class AsrSettings(BaseModel):
    """How to run speech recognition. ``model_path=None`` means Whisper tiny.en."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model_path: Path | None = None
    compute_type: ComputeType = "int8"
    device: Literal["cpu", "cuda", "auto"] = "cpu"
    cpu_threads: int = Field(default=0, ge=0)  # 0: CTranslate2's default (4, or OMP_NUM_THREADS)
    # Greedy: on a 3 s turn beam 5 gave the same words and took 17 % longer (0.96 vs 0.82 s).
    beam_size: int = Field(default=1, ge=1, le=10)
    # None: the model's only language, or detected per utterance by a multilingual model.
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    word_timestamps: bool = True
    # Silero VAD before decoding: no faster on a 3 s turn (0.87 vs 0.82 s), so off by default;
    # worth it for long recordings with silences.
    vad_filter: bool = False


@dataclass(frozen=True)
class AsrCapabilities:
    streaming: bool  # accepts audio as it arrives (else: one finished utterance per call)
    interim_results: bool  # reports partial text before the utterance ends
    word_timestamps: bool
    languages: tuple[str, ...]  # ISO 639-1 codes it can transcribe


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    word: str
    probability: float


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    duration: float  # seconds of audio transcribed
    segments: tuple[Segment, ...]
    words: tuple[Word, ...]


Float32 = npt.NDArray[np.float32]


class AsrEngine(ABC):
    """Audio of one utterance in, text out. Subclasses implement ``_transcribe_impl``."""

    capabilities: AsrCapabilities

    def transcribe(self, audio: Float32) -> Transcript:
        """Transcribe ``audio``: float32 mono samples in [-1, 1] at 16 kHz.

        Bad audio is a ``BadRequest``. Logs the timing, never the text.
        """
        if not isinstance(audio, np.ndarray) or audio.dtype != np.float32 or audio.ndim != 1:
            raise BadRequest("ASR expects a 1-D float32 numpy array of 16 kHz mono samples")
        if audio.size == 0:
            raise BadRequest("no audio to transcribe")
        if not np.isfinite(audio).all():
            raise BadRequest("audio holds NaN or infinite samples")
        self.load()  # timed and logged on its own: the RTF below is decoding only
        started = time.perf_counter()
        transcript = self._transcribe_impl(audio)
        took = time.perf_counter() - started
        seconds = audio.size / ASR_SAMPLE_RATE
        log.info(
            "transcribed %.2f s of audio in %.2f s (RTF %.2f), %d words",
            seconds,
            took,
            took / seconds,
            len(transcript.words) or len(transcript.text.split()),
        )
        return transcript

    @abstractmethod
    def load(self) -> None:
        """Load the weights now; ``transcribe`` calls it, so calling it first is optional."""

    @abstractmethod
    def _transcribe_impl(self, audio: Float32) -> Transcript: ...


def _import_faster_whisper() -> Any:
    # Set before huggingface_hub is first imported (it reads the variable then): even a
    # code path we did not foresee must not reach the hub.
    os.environ["HF_HUB_OFFLINE"] = "1"
    import faster_whisper

    # It logs every call's audio duration at INFO; our own line says that and the timing.
    logging.getLogger("faster_whisper").setLevel(logging.WARNING)

    return faster_whisper


def _vocabulary_size(directory: Path, where: str) -> int:
    text_vocabulary = directory / "vocabulary.txt"
    json_vocabulary = directory / "vocabulary.json"
    try:
        if text_vocabulary.is_file():
            return len(text_vocabulary.read_text(encoding="utf-8").splitlines())
        if json_vocabulary.is_file():
            return len(json.loads(json_vocabulary.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise ConfigError(where, "model_path", f"cannot read the vocabulary: {exc}") from exc
    raise ConfigError(
        where, "model_path", f"{directory} holds no vocabulary.txt or vocabulary.json"
    )


def _model_languages(directory: Path, where: str) -> tuple[str, ...]:
    if _vocabulary_size(directory, where) < _MULTILINGUAL_VOCABULARY:
        return ("en",)
    _import_faster_whisper()
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    return tuple(_LANGUAGE_CODES)


def _seconds(value: Any) -> float:
    return round(float(value), 3)  # faster-whisper hands back numpy floats


_loaded: dict[tuple[Path, str, str, int], WhisperModel] = {}
_loaded_lock = threading.Lock()


class WhisperEngine(AsrEngine):
    """Whisper through faster-whisper: one finished utterance per call, word timestamps."""

    def __init__(self, settings: AsrSettings | None = None, *, source: str = "asr settings"):
        """``source`` names where the settings came from, for error messages."""
        self.settings = settings = settings or AsrSettings()
        self._source = source
        self._manifest_model: LocatedModel | None = None
        if settings.model_path is None:
            self._manifest_model = locate_model(DEFAULT_ASR_MODEL)
            self.model_dir = self._manifest_model.directory
        else:
            self.model_dir = settings.model_path.expanduser()
            if not self.model_dir.is_dir():
                raise ConfigError(source, "model_path", f"{self.model_dir} is not a directory")
            missing = [name for name in _REQUIRED_FILES if not (self.model_dir / name).is_file()]
            if missing:
                raise ConfigError(
                    source,
                    "model_path",
                    f"{self.model_dir} is not a CTranslate2 Whisper model: it lacks"
                    f" {', '.join(missing)}",
                )
        languages = _model_languages(self.model_dir, source)
        if settings.language is not None and settings.language not in languages:
            only = "an English-only model" if languages == ("en",) else "a model"
            raise ConfigError(
                source,
                "language",
                f"{settings.language!r} cannot be transcribed by {only} ({self.model_dir});"
                f" it supports: {', '.join(languages[:12])}{' ...' if len(languages) > 12 else ''}."
                " Point model_path at a multilingual Whisper model",
            )
        self.language = settings.language or (languages[0] if len(languages) == 1 else None)
        self.capabilities = AsrCapabilities(
            streaming=False,
            interim_results=False,
            word_timestamps=settings.word_timestamps,
            languages=languages,
        )

    def _model(self) -> WhisperModel:
        settings = self.settings
        key = (
            self.model_dir.resolve(),
            settings.device,
            settings.compute_type,
            settings.cpu_threads,
        )
        with _loaded_lock:
            model = _loaded.get(key)
            if model is not None:
                return model
            if self._manifest_model is not None:
                verify_model(self._manifest_model)
                source = self._manifest_model.describe()
            else:
                source = f"local directory {self.model_dir} (not in the manifest, not verified)"
            faster_whisper = _import_faster_whisper()
            what = f"Whisper ({settings.device}, {settings.compute_type})"
            with loading(what, source):
                try:
                    model = faster_whisper.WhisperModel(
                        str(self.model_dir),
                        device=settings.device,
                        compute_type=settings.compute_type,
                        cpu_threads=settings.cpu_threads,
                        local_files_only=True,
                    )
                except (RuntimeError, ValueError, OSError) as exc:
                    raise ConfigError(
                        self._source, "model_path", f"cannot load {self.model_dir}: {exc}"
                    ) from exc
            _loaded[key] = model
            return model

    def load(self) -> None:
        self._model()

    def _transcribe_impl(self, audio: Float32) -> Transcript:
        settings = self.settings
        segments_iter, info = self._model().transcribe(
            audio,
            language=self.language,
            beam_size=settings.beam_size,
            word_timestamps=settings.word_timestamps,
            vad_filter=settings.vad_filter,
            condition_on_previous_text=False,
        )
        segments: list[Segment] = []
        words: list[Word] = []
        for seg in segments_iter:  # a generator: decoding happens here
            segments.append(Segment(_seconds(seg.start), _seconds(seg.end), seg.text.strip()))
            for word in seg.words or ():
                words.append(
                    Word(
                        _seconds(word.start),
                        _seconds(word.end),
                        word.word.strip(),
                        round(float(word.probability), 4),
                    )
                )
        return Transcript(
            text=" ".join(s.text for s in segments if s.text).strip(),
            language=info.language,
            duration=round(audio.size / ASR_SAMPLE_RATE, 3),
            segments=tuple(segments),
            words=tuple(words),
        )
