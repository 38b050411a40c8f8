"""Text to speech: one engine contract, Piper (neural) and espeak-ng (formant) behind it.

``TtsEngine.synthesize(text)`` yields 16-bit mono PCM chunks at the engine's declared
``capabilities.sample_rate`` as soon as each is ready (one per sentence for both engines),
so a caller can start playing the first sentence while the rest is synthesised. The public
method times the work and logs it (never the text); engines implement ``_synthesize_impl``.

Engines declare what they can do (``TtsCapabilities``) and refuse, when built, a language
they cannot speak: the bundled Piper voice is English only, so Romanian goes to espeak-ng.
``build_tts`` picks Piper for a language its voice speaks when it is installed, else
espeak-ng; a tenant may name the engine and a local Piper voice per language
(``voice.tts.<lang>`` in its config). Nothing is downloaded: the Piper voice is an
installed package or a local file (``models/tts.py``), espeak-ng a Debian package.
"""

from __future__ import annotations

import logging
import shutil
import struct
import subprocess
import time
from abc import ABC, abstractmethod
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Protocol

import numpy as np

from bot.errors import AllaiError, ConfigError
from models.tts import load_piper_voice, piper_available, piper_voice_files, read_piper_voice
from voice.codec import Pcm16
from voice.sentences import split_sentences

logger = logging.getLogger(__name__)

DEFAULT_SOURCE = "voice settings"  # what a ConfigError names when the caller gives no file
DEFAULT_WHERE = "voice.tts"  # the config section a ConfigError names: <where>.engine, .voice
ENGINE_FIELD = f"{DEFAULT_WHERE}.engine"

ESPEAK_BINARY = "espeak-ng"
ESPEAK_SAMPLE_RATE = 22050  # fixed by espeak-ng
ESPEAK_VOICES: dict[str, str] = {"en": "en-us", "ro": "ro"}
ESPEAK_TIMEOUT_S = 30.0


class TtsError(AllaiError):
    """Synthesis failed. ``retryable`` says whether the same text may succeed again."""


@dataclass(frozen=True)
class TtsCapabilities:
    """What an engine can do, declared before it loads anything."""

    streaming: bool  # yields audio before the whole text is synthesised
    sample_rate: int  # Hz of every chunk it yields
    languages: frozenset[str]  # ISO 639-1 codes it can speak


class TtsEngine(ABC):
    """A text-to-speech engine bound to one language."""

    name: ClassVar[str]

    def __init__(
        self,
        language: str,
        capabilities: TtsCapabilities,
        *,
        source: str = DEFAULT_SOURCE,
        where: str = DEFAULT_WHERE,
    ) -> None:
        if language not in capabilities.languages:
            spoken = ", ".join(sorted(capabilities.languages))
            raise ConfigError(
                source,
                f"{where}.engine",
                f"the {self.name!r} TTS engine cannot speak {language!r} (it speaks {spoken})",
            )
        self.language = language
        self.capabilities = capabilities

    def prepare(self) -> None:  # noqa: B027 - optional hook; most engines have nothing to load
        """Load what the first synthesis would otherwise load (call it before a call starts)."""

    def synthesize(self, text: str) -> Iterator[Pcm16]:
        """16-bit mono PCM chunks of ``text`` spoken, at ``capabilities.sample_rate``."""
        if not text.strip():
            return
        chunks = samples = 0
        busy = 0.0  # time spent producing audio, not waiting for the consumer
        first_chunk_s: float | None = None
        impl = self._synthesize_impl(text)
        try:
            while True:
                started = time.perf_counter()
                try:
                    chunk = next(impl)
                except StopIteration:
                    break
                except AllaiError:
                    raise
                except (OSError, ValueError, RuntimeError) as exc:
                    raise TtsError(f"{self.name} synthesis failed: {exc!r}") from exc
                finally:
                    busy += time.perf_counter() - started
                if chunk.size == 0:
                    continue
                if first_chunk_s is None:
                    first_chunk_s = busy
                chunks += 1
                samples += chunk.size
                yield chunk
        finally:
            if isinstance(impl, Generator):
                impl.close()  # stops the engine's work when the caller stops listening
            audio_s = samples / self.capabilities.sample_rate
            logger.debug(
                "tts %s/%s: %d chars, %d chunks, %.2f s audio, first chunk %.3f s,"
                " busy %.3f s (real-time factor %.2f)",
                self.name,
                self.language,
                len(text),
                chunks,
                audio_s,
                first_chunk_s or 0.0,
                busy,
                busy / audio_s if audio_s else 0.0,
            )

    @abstractmethod
    def _synthesize_impl(self, text: str) -> Iterator[Pcm16]:
        """Yield int16 chunks of non-blank ``text``; the base times and logs them."""


class PiperTts(TtsEngine):
    """Piper with a local voice (default: the installed voice package); one chunk per
    sentence, as Piper splits them.

    The voice (about 60 MB of ONNX) is loaded once per process on first use or ``prepare()``.
    """

    name = "piper"

    def __init__(
        self,
        language: str = "en",
        *,
        source: str = DEFAULT_SOURCE,
        where: str = DEFAULT_WHERE,
        voice: Path | None = None,
    ) -> None:
        if not piper_available():
            raise ConfigError(source, f"{where}.engine", "piper-tts is not installed")
        # Either reads the small JSON config only.
        if voice is None:
            self._files = piper_voice_files()
        else:
            self._files = read_piper_voice(voice, source=source, field=f"{where}.voice")
            if self._files.language != language:
                raise ConfigError(
                    source,
                    f"{where}.voice",
                    f"the voice {self._files.model.name} speaks {self._files.language!r},"
                    f" not {language!r}",
                )
        super().__init__(
            language,
            TtsCapabilities(
                streaming=True,
                sample_rate=self._files.sample_rate,
                languages=frozenset({self._files.language}),
            ),
            source=source,
            where=where,
        )

    def prepare(self) -> None:
        load_piper_voice(self._files)

    def _synthesize_impl(self, text: str) -> Iterator[Pcm16]:
        voice = load_piper_voice(self._files)
        for chunk in voice.synthesize(text):
            yield chunk.audio_int16_array


class EspeakTts(TtsEngine):
    """The ``espeak-ng`` program (Debian package), one process and WAV per sentence.

    The text goes through stdin (never the command line, where ``ps`` would show it) and
    the WAV comes back through stdout: no temporary files.
    """

    name = "espeak"

    def __init__(
        self,
        language: str = "en",
        *,
        source: str = DEFAULT_SOURCE,
        where: str = DEFAULT_WHERE,
        voice: Path | None = None,
    ) -> None:
        if voice is not None:
            raise ConfigError(
                source, f"{where}.voice", "espeak-ng takes no voice file (only piper does)"
            )
        super().__init__(
            language,
            TtsCapabilities(
                streaming=True,
                sample_rate=ESPEAK_SAMPLE_RATE,
                languages=frozenset(ESPEAK_VOICES),
            ),
            source=source,
            where=where,
        )
        binary = shutil.which(ESPEAK_BINARY)
        if binary is None:
            raise ConfigError(
                source,
                f"{where}.engine",
                f"{ESPEAK_BINARY!r} is not on PATH; install the Debian package espeak-ng",
            )
        self._binary = binary
        self._voice = ESPEAK_VOICES[language]

    def _synthesize_impl(self, text: str) -> Iterator[Pcm16]:
        for sentence in split_sentences([text]):
            yield self._speak(sentence)

    def _speak(self, sentence: str) -> Pcm16:
        try:
            done = subprocess.run(  # noqa: S603 - fixed argv; the text goes through stdin
                [self._binary, "--stdout", "-b", "1", "-v", self._voice],
                input=sentence.encode("utf-8"),
                capture_output=True,
                timeout=ESPEAK_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise TtsError(f"espeak-ng took over {ESPEAK_TIMEOUT_S} s", retryable=True) from exc
        if done.returncode != 0:
            problem = done.stderr.decode("utf-8", "replace").strip()[:200]
            raise TtsError(f"espeak-ng exited with {done.returncode}: {problem}")
        rate, pcm = parse_wav_pcm16(done.stdout)
        if rate != ESPEAK_SAMPLE_RATE:
            raise TtsError(f"espeak-ng wrote {rate} Hz audio, expected {ESPEAK_SAMPLE_RATE} Hz")
        return pcm


def parse_wav_pcm16(wav: bytes) -> tuple[int, Pcm16]:
    """The sample rate and samples of a mono 16-bit PCM WAV held in memory.

    Tolerates the placeholder sizes a streaming writer (``espeak-ng --stdout``) puts in
    the header: the data chunk runs to the end of the bytes.
    """
    if len(wav) < 12 or wav[:4] != b"RIFF" or wav[8:12] != b"WAVE":
        raise TtsError("not a WAV file")
    offset, rate = 12, 0
    while offset + 8 <= len(wav):
        chunk_id, size = struct.unpack_from("<4sI", wav, offset)
        body = offset + 8
        if chunk_id == b"fmt ":
            fmt, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", wav, body)
            if (fmt, channels, bits) != (1, 1, 16):
                raise TtsError(
                    f"expected mono 16-bit PCM, got format {fmt}, {channels} ch, {bits} bit"
                )
        elif chunk_id == b"data":
            if not rate:
                raise TtsError("WAV data before its format chunk")
            data = wav[body : min(body + size, len(wav))]
            return rate, np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2").astype(np.int16)
        offset = body + size + (size & 1)
    raise TtsError("WAV without a data chunk")


class TtsEngineClass(Protocol):
    """What the registry holds: an engine class, built from a language, a config source and
    section (for errors), and an optional voice file."""

    def __call__(
        self, language: str, *, source: str = ..., where: str = ..., voice: Path | None = ...
    ) -> TtsEngine: ...


TTS_ENGINES: dict[str, TtsEngineClass] = {"piper": PiperTts, "espeak": EspeakTts}


def default_tts_engine(language: str) -> str:
    """``piper`` when it is installed with a voice for ``language``, else ``espeak``."""
    if piper_available():
        try:
            if piper_voice_files().language == language:
                return "piper"
        except ConfigError:
            logger.info("no Piper voice installed; speaking %s with espeak-ng", language)
    return "espeak"


def build_tts(
    language: str,
    engine: str | None = None,
    *,
    voice: Path | None = None,
    source: str = DEFAULT_SOURCE,
    where: str = DEFAULT_WHERE,
) -> TtsEngine:
    """The TTS engine for ``language``: ``engine`` when named, else piper when ``voice``
    (a local Piper ``.onnx``) is given, else the best available.

    Raises ``ConfigError`` naming ``source`` and the field (``<where>.engine`` or
    ``<where>.voice``) for an unknown engine, one that cannot speak the language, or a
    voice file that is missing or speaks another language. Loads no model (see
    ``TtsEngine.prepare``).
    """
    name = engine or ("piper" if voice is not None else default_tts_engine(language))
    engine_class = TTS_ENGINES.get(name)
    if engine_class is None:
        known = ", ".join(sorted(TTS_ENGINES))
        raise ConfigError(
            source, f"{where}.engine", f"unknown TTS engine {name!r} (known: {known})"
        )
    return engine_class(language, source=source, where=where, voice=voice)
