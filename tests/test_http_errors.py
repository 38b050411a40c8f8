"""Bad requests get a 4xx with a reason; the mapping of errors to statuses is pinned."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.errors import (
    AllaiError,
    BadRequest,
    ConfigError,
    EngineError,
    EngineNotConfigured,
    NotFound,
    StorageUnavailable,
)
from bot.http.errors import status_for
from tests.support.app import running_app, write_tenant

WEBHOOK = "/t/demo/webhooks/rest/webhook"


@pytest.fixture
def client(tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path) -> Iterator[TestClient]:
    root = tmp_path / "configs"
    write_tenant(root, "demo")
    with running_app(root, redis_url, key_prefix, data_dir) as app_client:
        yield app_client


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"message": "hi"}, "sender"),
        ({"sender": "a"}, "message"),
        ({"sender": 5, "message": "hi"}, "sender"),
        ({"sender": "a", "message": ["hi"]}, "message"),
        ({"sender": "a", "message": "   "}, "empty"),
        ({"sender": "", "message": "hi"}, "sender"),
        ({"sender": "a", "message": "x" * 5001}, "longer"),
        ({"sender": "a\n", "message": "hi"}, "control"),
        ({"sender": "a", "message": "hi", "metadata": "nope"}, "metadata"),
        ({"sender": "a", "message": "hi", "metadata": {"training": "no"}}, "training"),
        ({"sender": "a", "message": "hi", "metadata": {"lang": "de"}}, "lang"),
    ],
)
@pytest.mark.slow
def test_malformed_bodies_get_400_with_a_reason(
    client: TestClient, body: dict[str, Any], reason: str
) -> None:
    response = client.post(WEBHOOK, json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bad_request" and error["retryable"] is False
    assert reason in error["message"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("raw", "content_type", "status", "reason"),
    [
        (b"{not json", "application/json", 400, "not valid JSON"),
        (b"[1, 2]", "application/json", 400, "JSON object"),
        (b"\xff\xfe", "application/json", 400, "not valid JSON"),
        (b"sender=a&message=b", "application/x-www-form-urlencoded", 400, "must be JSON"),
        (b'{"sender": "a", "message": "' + b"x" * 70000 + b'"}', "application/json", 413, "larger"),
    ],
)
def test_unparseable_bodies_are_refused(
    client: TestClient, raw: bytes, content_type: str, status: int, reason: str
) -> None:
    response = client.post(WEBHOOK, content=raw, headers={"content-type": content_type})
    assert response.status_code == status
    assert reason in response.json()["error"]["message"]


@pytest.mark.slow
def test_unknown_tenant_is_404(client: TestClient) -> None:
    response = client.post("/t/nobody/webhooks/rest/webhook", json={"sender": "a", "message": "hi"})
    assert response.status_code == 404
    assert "nobody" in response.json()["error"]["message"]
    assert client.put("/t/nobody/subjects/a/consent", json={"training": False}).status_code == 404


@pytest.mark.slow
def test_consent_body_is_validated(client: TestClient) -> None:
    response = client.put("/t/demo/subjects/a/consent", json={"training": "false"})
    assert response.status_code == 400
    assert "training" in response.json()["error"]["message"]
    assert client.put("/t/demo/subjects/a/consent", json={"other": 1}).status_code == 400


@pytest.mark.slow
def test_wrong_method_is_405(client: TestClient) -> None:
    assert client.get(WEBHOOK).status_code == 405


@pytest.mark.parametrize(
    ("error", "code", "status"),
    [
        (BadRequest("x"), "bad_request", 400),
        (NotFound("x"), "not_found", 404),
        (StorageUnavailable("x"), "storage_unavailable", 503),
        (EngineError("x", retryable=True), "engine_unavailable", 503),
        (EngineError("x", retryable=False), "engine_failed", 502),
        (EngineNotConfigured("x"), "engine_not_configured", 500),
        (ConfigError("f.yml", "llm.model", "missing"), "config_error", 500),
        (AllaiError("x"), "internal_error", 500),
    ],
)
def test_error_status_mapping(error: AllaiError, code: str, status: int) -> None:
    assert status_for(error) == (code, status)
