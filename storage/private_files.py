"""Creating a small secret file (a key) atomically, privately and durably.

The content goes to a private temporary file beside the target (``O_CREAT | O_EXCL``,
mode 0600), is fsynced, then hard-linked to the target: the link fails if the target
exists, so two processes racing to create it agree on one winner, and a reader never sees
a half-written file. The directory is fsynced so the new name survives a crash.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def create_private_file(path: Path, content: bytes) -> bool:
    """Create ``path`` holding ``content``; False (nothing written) if it already exists.

    OSErrors are the caller's to map."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(6).hex()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        fsync_dir(path.parent)
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
