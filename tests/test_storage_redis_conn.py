"""Connecting (external or embedded) and the Redis error translation."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
import redis.exceptions as rex

from bot.errors import StorageUnavailable
from storage.redis_conn import display_url, open_redis, redis_errors_as_storage_unavailable
from tests.support.redis_server import free_port, process_alive


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://:hunter2@db:6379/0", "redis://:***@db:6379/0"),
        ("redis://app:hunter2@db:6379/1", "redis://app:***@db:6379/1"),
        ("rediss://db.example:6380/0", "rediss://db.example:6380/0"),
        ("unix:///run/redis.sock?db=0&password=hunter2", "unix:///run/redis.sock"),
    ],
)
def test_display_url_hides_passwords(url: str, shown: str) -> None:
    assert display_url(url) == shown


async def test_external_url(redis_url: str, data_dir: Path) -> None:
    handle = await open_redis(redis_url, data_dir)
    try:
        assert await handle.client.ping()
    finally:
        await handle.aclose()
    assert not (data_dir / "redis.db").exists()  # nothing embedded was started


async def test_embedded_redis(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="storage.redis_conn"):
        handle = await open_redis(None, data_dir)
    try:
        assert handle.url_for_display.startswith("unix://")
        await handle.client.set("k", b"v")
        assert await handle.client.get("k") == b"v"
        info = await handle.client.info("server")
        pid = int(info["process_id"])
        assert "embedded Redis" in caplog.text
        assert str(data_dir / "redis.db") in caplog.text
    finally:
        await handle.aclose()
    assert not process_alive(pid)
    assert (data_dir / "redis.db").exists()  # saved on shutdown

    # Its data survives a restart.
    handle = await open_redis(None, data_dir)
    try:
        assert await handle.client.get("k") == b"v"
    finally:
        await handle.aclose()


async def test_dead_url_fails_fast_with_storage_unavailable(data_dir: Path) -> None:
    handle = await open_redis(f"redis://127.0.0.1:{free_port()}/0", data_dir)
    try:
        with pytest.raises(StorageUnavailable) as info:
            async with redis_errors_as_storage_unavailable():
                await handle.client.ping()
        assert info.value.retryable is True
    finally:
        await handle.aclose()


@pytest.mark.parametrize(
    ("error", "retryable", "text"),
    [
        (rex.ConnectionError("secret-value"), True, "Redis is unavailable: ConnectionError"),
        (rex.TimeoutError("secret-value"), True, "Redis is unavailable: TimeoutError"),
        (rex.BusyLoadingError("secret-value"), True, "Redis is unavailable: BusyLoadingError"),
        (rex.ReadOnlyError("secret-value"), True, "Redis is unavailable: ReadOnlyError"),
        (ConnectionRefusedError("secret-value"), True, "Redis is unavailable: ConnectionRefused"),
        (TimeoutError("secret-value"), True, "Redis is unavailable: TimeoutError"),
        (rex.AuthenticationError("secret-value"), False, "refused our credentials"),
        (rex.ResponseError("WRONGTYPE secret-value"), False, "rejected a command: ResponseError"),
    ],
)
async def test_error_translation(error: Exception, retryable: bool, text: str) -> None:
    with pytest.raises(StorageUnavailable) as info:
        async with redis_errors_as_storage_unavailable():
            raise error
    assert text in info.value.message
    assert "secret-value" not in info.value.message
    assert info.value.retryable is retryable

    with pytest.raises(StorageUnavailable), redis_errors_as_storage_unavailable():
        raise error  # also works as a plain `with`

    @redis_errors_as_storage_unavailable()
    async def decorated() -> None:
        raise error

    with pytest.raises(StorageUnavailable):
        await decorated()


async def test_other_errors_pass_through() -> None:
    with pytest.raises(KeyError):
        async with redis_errors_as_storage_unavailable():
            raise KeyError("x")


async def test_embedded_start_failure_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(os.urandom(4))
    with pytest.raises(StorageUnavailable, match="embedded Redis could not start"):
        await open_redis(None, blocker / "data")
