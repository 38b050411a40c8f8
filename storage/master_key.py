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
import logging
import os
import stat
from pathlib import Path

from bot.errors import ConfigError
from storage.private_files import create_private_file

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
    """Write a fresh key to ``path`` atomically (``storage/private_files.py``); if another
    process won, use its key."""
    key = os.urandom(KEY_BYTES)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        created = create_private_file(path, base64.b64encode(key) + b"\n")
    except OSError as exc:
        raise ConfigError(str(path), "", f"cannot be created: {exc.strerror}") from None
    return key if created else _read_key_file(path)
