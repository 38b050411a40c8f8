"""Per-subject keys, kept in files apart from Redis so that destroying one really shreds.

Each subject (one sender of one tenant, named by its pseudonym ``cid``) gets a random
32-byte key that seals everything stored about them. The key lives in
``<root>/<tenant>/<cid>.key``, sealed with the tenant DEK and bound to tenant and cid (AAD),
written atomically (private temporary file, fsync, hard link) with mode 0600.

Why not in Redis: a Redis snapshot taken before an erasure would still hold the wrapped
key, and the tenant DEK would still open it. A deleted key file is not in any Redis backup.
(Backups of the key store itself must be kept on a shorter cycle than Redis backups; see
the README.)

Nothing here logs or puts key material or file names in messages; messages name the key
store's root only.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ParamSpec, TypeVar

from bot.errors import ConfigError, StorageUnavailable
from storage.cipher import KEY_BYTES, open_sealed, seal
from storage.errors import IntegrityError
from storage.keyring import TenantKeyring, check_tenant
from storage.private_files import create_private_file, fsync_dir

ENV_VAR = "ALLAI_KEYSTORE_DIR"
KEY_SUFFIX = ".key"
_CID = re.compile(r"[0-9a-f]{32}")
# Failures that an operator fixes (permissions, read-only mount): asking again won't help.
_PERMANENT_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR})

logger = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


def subject_key_aad(tenant: str, cid: str) -> bytes:
    return b"allai/subject-key\x00" + tenant.encode() + b"\x00" + cid.encode()


def prepare_keystore_dir(root: Path, *, create: bool) -> Path:
    """Check that ``root`` is a usable directory (creating it, mode 0700, if ``create``).

    Raises :class:`ConfigError` naming ``ALLAI_KEYSTORE_DIR`` when it is missing or not
    writable: a key store that silently started empty would make stored data unreadable.
    """
    if create:
        try:
            root.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                ENV_VAR, "", f"the key store {root} cannot be created: {exc.strerror}"
            ) from None
    if not root.is_dir():
        raise ConfigError(
            ENV_VAR,
            "",
            f"the key store {root} does not exist or is not a directory; create it "
            "(or mount the shared key store there) before starting",
        )
    if not os.access(root, os.W_OK | os.X_OK):
        raise ConfigError(ENV_VAR, "", f"the key store {root} is not writable")
    if create:
        logger.warning(
            "%s is not set: subject keys are kept in %s. That directory must persist and be "
            "backed up (and be shared by every process), or stored conversations become "
            "unreadable.",
            ENV_VAR,
            root,
        )
    return root


class SubjectKeyStore:
    """Creates, reads and destroys subject keys under ``root``.

    Keys are not cached: after another process destroyed a key, this one must not go on
    using it. File work runs in a thread, off the event loop.
    """

    def __init__(self, root: Path, keyring: TenantKeyring) -> None:
        self._root = root
        self._keyring = keyring

    @property
    def root(self) -> Path:
        return self._root

    async def get(self, tenant: str, cid: str) -> bytes | None:
        """The subject's key, or None when there is none (never created, or destroyed)."""
        path = self._path(tenant, cid)
        blob = await asyncio.to_thread(self._guarded, _read_file, path)
        if blob is None:
            return None
        return await self._unwrap(tenant, cid, blob)

    async def get_or_create(self, tenant: str, cid: str) -> bytes:
        """The subject's key, created now if there is none. Safe when processes race.

        An existing key file is touched: the retention sweep leaves recently used keys alone.
        """
        path = self._path(tenant, cid)
        blob = await asyncio.to_thread(self._guarded, _read_file, path, touch=True)
        if blob is not None:
            return await self._unwrap(tenant, cid, blob)
        dek = await self._keyring.data_key(tenant)
        candidate = os.urandom(KEY_BYTES)
        wrapped = seal(dek, candidate, subject_key_aad(tenant, cid))
        winner = await asyncio.to_thread(self._guarded, _create_file, path, wrapped)
        if winner is None:
            return candidate
        return await self._unwrap(tenant, cid, winner)  # another process created it first

    async def destroy(
        self, tenant: str, cid: str, *, unless_used_since: float | None = None
    ) -> bool:
        """Delete the subject's key file; True if there was one (and it was deleted).

        With ``unless_used_since``, a file created or used after that time is kept."""
        path = self._path(tenant, cid)
        return await asyncio.to_thread(self._guarded, _delete_file, path, unless_used_since)

    async def entries(self, tenant: str) -> list[tuple[str, float]]:
        """(cid, last modified time) of every key file of ``tenant``."""
        check_tenant(tenant)
        directory = self._root / tenant
        return await asyncio.to_thread(self._guarded, _list_keys, directory)

    def _path(self, tenant: str, cid: str) -> Path:
        check_tenant(tenant)
        if not _CID.fullmatch(cid):
            raise ValueError("a subject key is named by a 32-character hex pseudonym")
        return self._root / tenant / f"{cid}{KEY_SUFFIX}"

    async def _unwrap(self, tenant: str, cid: str, blob: bytes) -> bytes:
        dek = await self._keyring.data_key(tenant)
        try:
            key = open_sealed(dek, blob, subject_key_aad(tenant, cid))
        except IntegrityError:
            raise IntegrityError(
                "a subject key cannot be unwrapped: wrong tenant key, or the key file was "
                "altered or moved"
            ) from None
        if len(key) != KEY_BYTES:
            raise IntegrityError("a subject key has the wrong length")
        return key

    def _guarded(self, func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except OSError as exc:
            permanent = exc.errno in _PERMANENT_ERRNOS or not self._root.is_dir()
            raise StorageUnavailable(
                f"the subject key store {self._root} failed: {type(exc).__name__} "
                f"({exc.strerror or 'no detail'})",
                retryable=not permanent,
            ) from None


def _read_file(path: Path, *, touch: bool = False) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        if not path.parent.parent.is_dir():  # the key store itself went away
            raise
        return None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise IntegrityError("a subject key file is not a regular file")
        if touch:
            os.utime(file.fileno())
        return file.read()


def _create_file(path: Path, content: bytes) -> bytes | None:
    """Write ``content`` to ``path`` unless it exists; return the existing content if so."""
    directory = path.parent
    if not directory.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the key store directory is missing")
    directory.mkdir(mode=0o700, exist_ok=True)
    if not directory.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "a tenant's key directory is not a directory")
    return None if create_private_file(path, content) else _read_file(path)


def _delete_file(path: Path, unless_used_since: float | None) -> bool:
    if not path.parent.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the key store directory is missing")
    try:
        if unless_used_since is not None and path.stat().st_mtime > unless_used_since:
            return False
        path.unlink()
    except FileNotFoundError:
        return False
    fsync_dir(path.parent)
    return True


def _list_keys(directory: Path) -> list[tuple[str, float]]:
    if not directory.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the key store directory is missing")
    return list(_iter_keys(directory))


def _iter_keys(directory: Path) -> Iterator[tuple[str, float]]:
    try:
        entries = list(os.scandir(directory))
    except FileNotFoundError:
        return
    for entry in entries:
        cid = entry.name.removesuffix(KEY_SUFFIX)
        if entry.name.endswith(KEY_SUFFIX) and _CID.fullmatch(cid):
            with contextlib.suppress(FileNotFoundError):
                yield cid, entry.stat(follow_symlinks=False).st_mtime
