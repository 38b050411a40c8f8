"""Where the master key comes from: ``ALLAI_MASTER_KEY``, else a generated file (dev only).

The master key only wraps the per-tenant data keys (see ``storage/keyring.py``). Production
sets ``ALLAI_MASTER_KEY`` to the standard base64 of 32 random bytes, e.g.
``python -c "import base64, os; print(base64.b64encode(os.urandom(32)).decode())"``.
Without it, a key is generated once into ``<data_dir>/master.key`` (mode 0600) so that a
development setup works out of the box; a WARNING says so at every start.

No message or log line ever contains the key or the variable's value.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
import stat
from pathlib import Path

from bot.errors import ConfigError

ENV_VAR = "ALLAI_MASTER_KEY"
KEY_FILE_NAME = "master.key"
KEY_BYTES = 32

logger = logging.getLogger(__name__)


def load_master_key(data_dir: Path | None) -> bytes:
    """Return the 32-byte master key; raise :class:`ConfigError` when there is none usable."""
    value = os.environ.get(ENV_VAR)
    if value is not None:
        return _decode(value, where=ENV_VAR)
    if data_dir is None:
        raise ConfigError(
            ENV_VAR,
            "",
            "is not set and there is no data directory to keep a generated key in; "
            "set it to the standard base64 of 32 random bytes",
        )
    path = data_dir / KEY_FILE_NAME
    key = _read_key_file(path) if path.exists() else _create_key_file(path)
    logger.warning(
        "%s is not set: using the generated master key in %s. Anyone who can read that "
        "file can decrypt all stored data; production must set %s.",
        ENV_VAR,
        path,
        ENV_VAR,
    )
    return key


def _decode(text: str, *, where: str) -> bytes:
    stripped = text.strip()
    if not stripped:
        raise ConfigError(where, "", "is empty; it must be the standard base64 of 32 bytes")
    try:
        key = base64.b64decode(stripped, validate=True)
    except (binascii.Error, ValueError):
        # `from None`: the decoder's message could quote part of the secret.
        raise ConfigError(where, "", "is not valid standard base64") from None
    if len(key) != KEY_BYTES:
        raise ConfigError(
            where, "", f"decodes to {len(key)} bytes; it must be exactly {KEY_BYTES} bytes"
        )
    return key


def _read_key_file(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise ConfigError(str(path), "", f"cannot be opened: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(str(path), "", "is not a regular file")
        if info.st_mode & 0o077:
            raise ConfigError(
                str(path),
                "",
                f"is accessible by group or others (mode {stat.S_IMODE(info.st_mode):04o}); "
                "run `chmod 600` on it",
            )
        content = file.read()
    try:
        text = content.decode("ascii")
    except UnicodeDecodeError:
        raise ConfigError(str(path), "", "is not valid standard base64") from None
    return _decode(text, where=str(path))


def _create_key_file(path: Path) -> bytes:
    """Write a fresh key to ``path`` atomically; if another process won, use its key.

    The key goes to a private temporary file (``O_CREAT | O_EXCL``, mode 0600) that is then
    hard-linked to ``path``: the link fails if ``path`` exists, and a reader never sees a
    half-written file.
    """
    key = os.urandom(KEY_BYTES)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(base64.b64encode(key) + b"\n")
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return _read_key_file(path)
        _fsync_dir(path.parent)
        return key
    except OSError as exc:
        raise ConfigError(str(path), "", f"cannot be created: {exc.strerror}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
