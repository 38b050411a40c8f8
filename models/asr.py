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

Whisper pads every input to 30 s, so the encoder (three quarters of a decode with
tiny.en) costs the same for a 3 s phone turn as for 30 s. With ``encoder_input="fit"``
(the default) an utterance that needs no word timings is encoded with only
``FIT_LEAD_S`` of silence before it and ``FIT_MARGIN_S`` after it, rounded up to whole
seconds: a 3 s turn takes about a third of the CPU time (about 0.2 vs 0.57 s with
tiny.en on one thread), and on 25 utterances over 8 kHz μ-law, each with 0.2 and 0.7 s
of trailing silence, the word error rate was no worse (28.2 % vs 29.8 % padded; greedy,
espeak-ng speech). The padding is silent audio, as in Whisper's training, not zero
features. The decode keeps Whisper's timestamp tokens (without them tiny.en may repeat
a short turn until the length limit) and drops segments that start after the audio
ends or repeat. Longer audio, word timings, or a still repetitive result fall back to
faster-whisper's own padded decoding.

Several decodes can run at once (``parallel_decodes``, one model replica each); the
threads per decode default to the cores this process may use divided among them, so
concurrent decodes never oversubscribe the CPU.
"""

from __future__ import annotations

import json
import logging
import math
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
WHISPER_WINDOW_S = 30  # what Whisper was trained on, and pads every input to
FIT_MARGIN_S = 2.0  # silence encoded after an utterance in "fit" mode
# ... and before it: a turn that starts with its first word ("yes" at once) was misheard
# without any ("the"), as tiny.en rarely heard speech at the very start of a window.
FIT_LEAD_S = 0.2
# As faster-whisper: a result this repetitive is a hallucination loop.
_COMPRESSION_RATIO_LIMIT = 2.4
# A fitted window of silence scores above this (tiny.en: 0.96-0.99, where it would say
# "you"); a short word with little lead-in reaches 0.7, so faster-whisper's 0.6 (with
# its log-probability test) would drop a "yes".
_NO_SPEECH_PROB = 0.9
_TIME_PRECISION_S = 0.02  # one timestamp token step
_MAX_INITIAL_TIMESTAMP_INDEX = 50  # the first segment starts within 1 s, as faster-whisper

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
    # Threads per decode; 0: the CPU cores this process may use over ``parallel_decodes``
    # (CTranslate2's own default, 4, oversubscribes a 2-core machine as soon as two
    # decodes overlap).
    cpu_threads: int = Field(default=0, ge=0)
    # Decodes that run at the same time from different threads, one model replica each;
    # 0: one per CPU core. On 2 cores two single-threaded decodes got through 4 s
    # utterances a fifth faster than one decode on two threads.
    parallel_decodes: int = Field(default=0, ge=0, le=64)
    # Greedy: on a 3 s turn beam 5 gave the same words and took 17 % longer (0.96 vs 0.82 s).
    beam_size: int = Field(default=1, ge=1, le=10)
    # None: the model's only language, or detected per utterance by a multilingual model.
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    word_timestamps: bool = True
    # Silero VAD before decoding: no faster on a 3 s turn (0.87 vs 0.82 s), so off by default;
    # worth it for long recordings with silences.
    vad_filter: bool = False
    # "fit": encode a short utterance with FIT_MARGIN_S of padding instead of Whisper's 30 s
    # (a third of the CPU time, same word error rate on phone audio); "padded": always 30 s.
    encoder_input: Literal["fit", "padded"] = "fit"

    def decodes_and_threads(self) -> tuple[int, int]:
        """(parallel decodes, threads per decode) with the automatic values resolved."""
        cores = available_cores()
        workers = self.parallel_decodes or cores
        return workers, self.cpu_threads or max(1, cores // workers)


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


def available_cores() -> int:
    """The CPU cores this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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


def _spoken_tokens(sequence: list[int], tokenizer: Any, seconds: float) -> list[int]:
    """The text tokens of a timestamped decode without what the padding made up: segments
    that start after the audio ends, and a segment repeated until the length limit (tiny.en
    may add "I'm... I'm... I'm..." after the last word)."""
    segments: list[list[int]] = [[]]
    for token in sequence:
        if token >= tokenizer.timestamp_begin:
            if (token - tokenizer.timestamp_begin) * _TIME_PRECISION_S >= seconds:
                break
            if segments[-1]:
                segments.append([])
        elif token < tokenizer.eot:
            segments[-1].append(token)
    segments = [segment for segment in segments if segment]
    for index, segment in enumerate(segments):
        if segment in segments[:index]:  # the loop begins: keep its first round only
            segments = segments[:index]
            break
    return [token for segment in segments for token in segment]


def _seconds(value: Any) -> float:
    return round(float(value), 3)  # faster-whisper hands back numpy floats


_loaded: dict[tuple[Path, str, str, int, int], WhisperModel] = {}
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
        self._tokenizers: dict[str, Any] = {}
        self._tokenizers_lock = threading.Lock()
        self.capabilities = AsrCapabilities(
            streaming=False,
            interim_results=False,
            word_timestamps=settings.word_timestamps,
            languages=languages,
        )

    def _model(self) -> WhisperModel:
        settings = self.settings
        workers, threads = settings.decodes_and_threads()
        key = (self.model_dir.resolve(), settings.device, settings.compute_type, threads, workers)
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
            what = (
                f"Whisper ({settings.device}, {settings.compute_type},"
                f" {workers} x {threads} thread{'s' if threads > 1 else ''})"
            )
            with loading(what, source):
                try:
                    model = faster_whisper.WhisperModel(
                        str(self.model_dir),
                        device=settings.device,
                        compute_type=settings.compute_type,
                        cpu_threads=threads,
                        num_workers=workers,
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
        fits = FIT_LEAD_S + audio.size / ASR_SAMPLE_RATE + FIT_MARGIN_S <= WHISPER_WINDOW_S
        # Word timings and the VAD filter are faster-whisper's; the fitted path has neither.
        plain = not settings.word_timestamps and not settings.vad_filter
        if settings.encoder_input == "fit" and fits and plain:
            fitted = self._transcribe_fitted(audio)
            if fitted is not None:
                return fitted
        return self._transcribe_padded(audio)

    def _tokenizer(self, model: WhisperModel, language: str) -> Any:
        with self._tokenizers_lock:
            tokenizer = self._tokenizers.get(language)
            if tokenizer is None:
                from faster_whisper.tokenizer import Tokenizer

                tokenizer = Tokenizer(
                    model.hf_tokenizer,
                    model.model.is_multilingual,
                    task="transcribe",
                    language=language,
                )
                self._tokenizers[language] = tokenizer
            return tokenizer

    def _transcribe_fitted(self, audio: Float32) -> Transcript | None:
        """One greedy (or beam) decode of the utterance encoded with a short padding;
        None when the result looks like a hallucination loop (the caller falls back)."""
        from faster_whisper.transcribe import get_compression_ratio, get_suppressed_tokens

        model = self._model()
        extractor = model.feature_extractor
        lead = round(FIT_LEAD_S * ASR_SAMPLE_RATE)
        seconds = (lead + audio.size) / ASR_SAMPLE_RATE  # where the audio ends in the window
        window_s = min(WHISPER_WINDOW_S, math.ceil(seconds + FIT_MARGIN_S))
        # Silence as Whisper saw it in training: zeros in the audio, not in the features
        # (zero features after the audio made tiny.en add "I'm..." to some turns).
        padded = np.zeros(window_s * ASR_SAMPLE_RATE, dtype=np.float32)
        padded[lead : lead + audio.size] = audio
        features = extractor(padded)
        window = round(window_s / extractor.time_per_frame)
        features = features[:, :window]
        if features.shape[-1] < window:
            features = np.pad(features, ((0, 0), (0, window - features.shape[-1])))
        encoded = model.encode(features)
        language = self.language
        if language is None:
            token, _probability = model.model.detect_language(encoded)[0][0]
            language = str(token[2:-2])
        tokenizer = self._tokenizer(model, language)
        # With timestamps: without them tiny.en may repeat a short turn until max_length.
        prompt = model.get_prompt(tokenizer, [], without_timestamps=False)
        # Room for fast speech (digits are a token each), never the model's whole 448.
        new_tokens = 16 + math.ceil(20 * seconds)
        result = model.model.generate(
            encoded,
            [prompt],
            beam_size=self.settings.beam_size,
            max_length=min(model.max_length, len(prompt) + new_tokens),
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=get_suppressed_tokens(tokenizer, [-1]),
            max_initial_timestamp_index=_MAX_INITIAL_TIMESTAMP_INDEX,
        )[0]
        tokens = _spoken_tokens(result.sequences_ids[0], tokenizer, seconds)
        text = tokenizer.decode(tokens).strip()
        if get_compression_ratio(text) > _COMPRESSION_RATIO_LIMIT:
            return None
        if result.no_speech_prob > _NO_SPEECH_PROB:
            text = ""  # silence
        duration = round(audio.size / ASR_SAMPLE_RATE, 3)
        return Transcript(
            text=text,
            language=language,
            duration=duration,
            segments=(Segment(0.0, duration, text),) if text else (),
            words=(),
        )

    def _transcribe_padded(self, audio: Float32) -> Transcript:
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
