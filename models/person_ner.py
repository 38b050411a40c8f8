"""Our own PERSON model: a small spaCy CNN pipeline trained on synthetic English and
Romanian chat (``models/training/``), shipped in ``models/weights/person_ner/``.

Unlike the English spaCy model it was trained on lower-case, unpunctuated and
speaker-labelled text and on names from many countries. The directory is the shipped
one or ``$ALLAI_PERSON_NER_MODEL``; its ``manifest.json`` (written by training) lists
the sha256 of every file, checked before loading. The pipeline is loaded once per
process, lazily, and never downloaded: anything missing or altered is a ``ConfigError``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from pathlib import Path

import spacy
from spacy.language import Language

from bot.errors import ConfigError
from models.matmul_ops import use_dot_ops
from models.ner import add_everyday_words

log = logging.getLogger(__name__)

PERSON_NER_ENV = "ALLAI_PERSON_NER_MODEL"
DEFAULT_PERSON_NER_DIR = Path(__file__).resolve().parent / "weights" / "person_ner"
MANIFEST_NAME = "manifest.json"
PERSON_LABEL = "PERSON"

_models: dict[Path, Language] = {}
_lock = threading.Lock()
# A memory zone is the pipeline's state: one analysis at a time per process.
_zone_lock = threading.Lock()


def person_ner_dir() -> Path:
    """``$ALLAI_PERSON_NER_MODEL`` when set, else the weights shipped with the package."""
    configured = os.environ.get(PERSON_NER_ENV, "").strip()
    return Path(configured) if configured else DEFAULT_PERSON_NER_DIR


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(directory: Path) -> dict[str, str]:
    """Hash every file under ``directory`` into its ``manifest.json`` (training does this)."""
    files = {
        path.relative_to(directory).as_posix(): file_sha256(path)
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name not in (MANIFEST_NAME, "README.md")
    }
    manifest = {"name": "person_ner", "files": files}
    (directory / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return files


def _fail(problem: str) -> ConfigError:
    return ConfigError(
        "environment",
        PERSON_NER_ENV,
        f"{problem}; point {PERSON_NER_ENV} at a trained model directory or rebuild the"
        " shipped one with `make train-ner` (models are never downloaded at run time)",
    )


def verify_person_ner(directory: Path) -> None:
    """Check every file ``manifest.json`` lists against its sha256."""
    manifest_path = directory / MANIFEST_NAME
    try:
        manifest = json.loads(manifest_path.read_text("utf-8"))
        files = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _fail(f"cannot read {manifest_path}: {exc}") from exc
    if not isinstance(files, dict) or not files:
        raise _fail(f"{manifest_path} lists no files")
    for relative, expected in sorted(files.items()):
        path = directory / str(relative)
        try:
            actual = file_sha256(path)
        except OSError as exc:
            raise _fail(f"cannot read {path}: {exc}") from exc
        if actual != expected:
            raise _fail(f"sha256 of {path} is {actual}, {MANIFEST_NAME} expects {expected}")


def load_person_ner(directory: Path | None = None) -> Language:
    """The PERSON pipeline in ``directory`` (default: ``person_ner_dir()``), verified and
    loaded at most once per process and directory. Thread-safe."""
    directory = (directory or person_ner_dir()).resolve()
    with _lock:
        model = _models.get(directory)
        if model is None:
            if not directory.is_dir():
                raise _fail(f"PERSON model directory {directory} does not exist")
            started = time.perf_counter()
            verify_person_ner(directory)
            try:
                model = spacy.load(directory)
            except (OSError, ValueError) as exc:
                raise _fail(f"cannot load the PERSON model in {directory}: {exc}") from exc
            if PERSON_LABEL not in model.pipe_labels.get("ner", ()):
                raise _fail(f"the model in {directory} has no {PERSON_LABEL} label")
            add_everyday_words(model)  # so that a memory zone forgets only rarer words
            use_dot_ops(model)
            _models[directory] = model
            log.info("loaded PERSON model %s in %.2f s", directory, time.perf_counter() - started)
        return model


def person_offsets(text: str, directory: Path | None = None) -> list[tuple[int, int]]:
    """Character offsets of the PERSON finds in ``text``; the pipeline keeps no word of
    ``text`` afterwards (it runs in a spaCy memory zone, as ``models.ner`` does for the
    English model), so no name outlives the analysis, nor an erasure, in its vocabulary."""
    model = load_person_ner(directory)
    with _zone_lock, model.memory_zone():
        doc = model(text)
        return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == PERSON_LABEL]
