"""Redis going away: fail fast with StorageUnavailable, never half-write, never lose a commit.

Each test runs its own redis-server (tests/support/redis_server.py), never the shared one.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis
import redis.exceptions

from bot.errors import StorageUnavailable
from storage.conversations import ConversationStore, Turn
from storage.redis_conn import RedisHandle, open_redis
from tests.support.redis_server import CuttingProxy, RedisServer
from tests.support.stores import make_store

MASTER = os.urandom(32)
PREFIX = "allai"
SENDER = "+49 170 5550123"
HANG_GUARD_S = 20  # a hang fails the test instead of stalling the suite


def turn(text: str) -> Turn:
    return Turn(role="user", text=text, ts=time.time(), training_allowed=False, lang="en")


@pytest.fixture
def server() -> Iterator[RedisServer]:
    with RedisServer(durable=True) as server:
        yield server


_keys_dir: list[Path] = []  # this test's subject key store, shared by its stores


@pytest.fixture(autouse=True)
def keys_dir(tmp_path: Path) -> Iterator[Path]:
    _keys_dir[:] = [tmp_path / "keys"]
    yield _keys_dir[0]
    _keys_dir.clear()


def store_on(handle: RedisHandle) -> ConversationStore:
    return make_store(handle.client, MASTER, PREFIX, _keys_dir[0])


@pytest.fixture
async def handle(server: RedisServer, data_dir: Path) -> AsyncIterator[RedisHandle]:
    handle = await open_redis(server.url, data_dir)
    yield handle
    await handle.aclose()


async def snapshot(url: str) -> dict[bytes, bytes]:
    """Every key with its serialised value (DUMP covers every type)."""
    client = aioredis.Redis.from_url(url)
    try:
        return {key: await client.dump(key) async for key in client.scan_iter()}
    finally:
        await client.aclose()


async def seed(store: ConversationStore) -> None:
    state = await store.load("acme", SENDER)
    state.vault["<PHONE_1>"] = SENDER
    await store.commit(state, [turn("first"), turn("second")], 30)
    await store.set_consent("acme", SENDER, True, 30)


async def test_dead_redis_raises_and_nothing_is_half_written(
    server: RedisServer, handle: RedisHandle, data_dir: Path
) -> None:
    store = store_on(handle)
    await seed(store)
    state = await store.load("acme", SENDER)
    before = await snapshot(server.url)

    server.stop()
    cold = await open_redis(server.url, data_dir)  # nothing cached: even the DEK lookup fails
    try:
        for attempt in (
            store.ping(),
            store.load("acme", SENDER),
            store.commit(state, [turn("third")], 30),
            store.set_consent("acme", SENDER, False),
            store.get_consent("acme", SENDER),
            store_on(cold).load("acme", SENDER),
        ):
            with pytest.raises(StorageUnavailable) as info:
                await asyncio.wait_for(attempt, HANG_GUARD_S)
            assert info.value.retryable
            assert SENDER not in str(info.value)
    finally:
        await cold.aclose()
    assert [t.text for t in state.turns] == ["first", "second"]  # a failed commit changes nothing

    server.start()
    assert await snapshot(server.url) == before
    after_restart = await open_redis(server.url, data_dir)
    try:
        reloaded = await store_on(after_restart).load("acme", SENDER)
    finally:
        await after_restart.aclose()
    assert [t.text for t in reloaded.turns] == ["first", "second"]
    assert reloaded.vault == {"<PHONE_1>": SENDER}


async def test_hung_redis_times_out(server: RedisServer, handle: RedisHandle) -> None:
    store = store_on(handle)
    await seed(store)
    server.pause()
    try:
        with pytest.raises(StorageUnavailable, match="TimeoutError"):
            await asyncio.wait_for(store.load("acme", SENDER), HANG_GUARD_S)
    finally:
        server.resume()


async def test_committed_data_survives_a_crash(server: RedisServer, handle: RedisHandle) -> None:
    await seed(store_on(handle))
    server.restart()  # SIGKILL, then start on the same append-only file
    fresh = await open_redis(server.url, Path(server.directory))
    try:
        state = await store_on(fresh).load("acme", SENDER)
        consent = await store_on(fresh).get_consent("acme", SENDER)
    finally:
        await fresh.aclose()
    assert [t.text for t in state.turns] == ["first", "second"]
    assert consent is not None and consent.training


@pytest.fixture
async def proxy(server: RedisServer) -> AsyncIterator[CuttingProxy]:
    proxy = CuttingProxy(server.port)
    await proxy.start()
    yield proxy
    await proxy.aclose()


async def test_proxy_can_half_write_a_plain_pipeline(
    server: RedisServer, proxy: CuttingProxy
) -> None:
    """Control for the next test: the cut really delivers all commands but the last."""
    client = aioredis.Redis.from_url(proxy.url, socket_timeout=5)
    try:
        await client.ping()
        proxy.cut_next_request()
        with pytest.raises(redis.exceptions.ConnectionError):
            async with client.pipeline(transaction=False) as pipe:
                pipe.set("a", 1).set("b", 2).set("c", 3)
                await pipe.execute()
    finally:
        await client.aclose()
    assert set(await snapshot(server.url)) == {b"a", b"b"}


async def test_commit_cut_short_writes_nothing(
    server: RedisServer, proxy: CuttingProxy, data_dir: Path
) -> None:
    handle = await open_redis(proxy.url, data_dir)
    try:
        store = store_on(handle)
        await seed(store)
        state = await store.load("acme", SENDER)
        before = await snapshot(server.url)

        state.vault["<EMAIL_1>"] = "erika@example.org"
        proxy.cut_next_request()  # the commit's request loses its last bytes (EXEC)
        with pytest.raises(StorageUnavailable):
            await asyncio.wait_for(
                store.commit(state, [turn("third"), turn("fourth")], 30), HANG_GUARD_S
            )
    finally:
        await handle.aclose()

    assert await snapshot(server.url) == before
