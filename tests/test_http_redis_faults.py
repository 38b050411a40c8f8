"""With Redis stopped, the API answers 503 with Retry-After; no turn is lost or half-written.

Each test runs its own redis-server on a free port (the shared one is never touched).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from starlette.testclient import TestClient

from tests.support.app import llm_tenant, running_app, say, write_tenant
from tests.support.fake_llm import FakeLlm
from tests.support.redis_server import RedisServer

pytestmark = pytest.mark.slow
PREFIX = "allai-fault"
WEBHOOK = "/t/{}/webhooks/rest/webhook"


@pytest.fixture
def server() -> Iterator[RedisServer]:
    with RedisServer(durable=True) as private:
        yield private


@pytest.fixture
def client(
    tmp_path: Path, server: RedisServer, fake_llm: FakeLlm, data_dir: Path
) -> Iterator[TestClient]:
    root = tmp_path / "configs"
    write_tenant(root, "demo")
    llm_tenant(root, "shop", fake_llm.base_url)
    with running_app(root, server.url, PREFIX, data_dir) as app_client:
        yield app_client


def _turn_keys(server: RedisServer) -> list[bytes]:
    client = redis.Redis.from_url(server.url)
    keys = sorted(client.scan_iter(match=f"{PREFIX}:*:turn:*"))
    client.close()
    return keys


def test_redis_down_gives_503_and_the_retried_message_is_stored_once(
    client: TestClient, server: RedisServer
) -> None:
    first = say(client, "demo", "visitor", "What are your opening hours?")
    assert len(first) == 2  # disclosure + answer
    assert len(_turn_keys(server)) == 3

    server.stop()
    body = {"sender": "visitor", "message": "And on Saturday?"}
    response = client.post(WEBHOOK.format("demo"), json=body)
    assert response.status_code == 503
    assert int(response.headers["retry-after"]) > 0
    error = response.json()["error"]
    assert error["code"] == "storage_unavailable" and error["retryable"] is True
    assert client.get("/healthz").status_code == 503
    # Consent changes are refused the same way, not silently dropped.
    consent = client.put("/t/demo/subjects/visitor/consent", json={"training": False})
    assert consent.status_code == 503

    server.start()
    assert client.get("/healthz").status_code == 200
    again = say(client, "demo", "visitor", "And on Saturday?")
    assert len(again) == 1  # not a new conversation: the first turn survived
    assert len(_turn_keys(server)) == 5  # 3 earlier + this user turn + its answer, once


def test_redis_dying_during_the_llm_call_writes_nothing(
    client: TestClient, server: RedisServer, fake_llm: FakeLlm
) -> None:
    say(client, "shop", "caller", "Hello, my name is John Miller")
    before = _turn_keys(server)

    fake_llm.before_reply = server.stop
    response = client.post(
        WEBHOOK.format("shop"), json={"sender": "caller", "message": "My email is jm@example.com"}
    )
    assert response.status_code == 503
    assert response.headers["retry-after"]

    fake_llm.before_reply = None
    server.start()
    assert _turn_keys(server) == before  # nothing half-written
    texts = say(client, "shop", "caller", "My email is jm@example.com")
    assert texts == ["You said: My email is jm@example.com"]
    assert len(_turn_keys(server)) == len(before) + 2
