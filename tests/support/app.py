"""Helpers that make a typical end-to-end test a few lines: tenant files, a running app."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis
import yaml
from starlette.testclient import TestClient

from bot.http.app import create_app
from bot.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def write_tenant(config_dir: Path, name: str, **fields: Any) -> Path:
    tenants = config_dir / "tenants"
    tenants.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {
        "tenant": name,
        "display_name": f"{name.title()} Ltd",
        "languages": ["en", "ro"],
        "engine": "faq",
        "faq": [{"q": "What are your opening hours?", "a": "Monday to Friday, 9:00-18:00."}],
    }
    data.update(fields)
    path = tenants / f"{name}.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def llm_tenant(config_dir: Path, name: str, base_url: str, **fields: Any) -> Path:
    return write_tenant(
        config_dir,
        name,
        engine="llm",
        llm={
            "base_url": base_url,
            "model": "fake-model",
            "api_key_env": "TEST_LLM_KEY",
            "system_prompt": "You help customers.",
            "timeout_s": 5,
            "max_retries": 0,
        },
        **fields,
    )


@contextmanager
def running_app(
    config_dir: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> Iterator[TestClient]:
    settings = Settings(
        config_dir=config_dir, redis_url=redis_url, data_dir=data_dir, key_prefix=key_prefix
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def say(client: TestClient, tenant: str, sender: str, text: str, **metadata: Any) -> list[str]:
    body: dict[str, Any] = {"sender": sender, "message": text}
    if metadata:
        body["metadata"] = metadata
    response = client.post(f"/t/{tenant}/webhooks/rest/webhook", json=body)
    assert response.status_code == 200, response.text
    return [item["text"] for item in response.json()]


def dump_redis(redis_url: str, prefix: str) -> dict[bytes, bytes]:
    """Every key under ``prefix`` with every byte it holds, whatever its type."""
    client = redis.Redis.from_url(redis_url)
    out: dict[bytes, bytes] = {}
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        kind = client.type(key)
        if kind == b"string":
            value = client.get(key) or b""
        elif kind == b"list":
            value = b"\x00".join(client.lrange(key, 0, -1))
        elif kind == b"hash":
            value = b"\x00".join(k + b"=" + v for k, v in client.hgetall(key).items())
        elif kind == b"set":
            value = b"\x00".join(client.smembers(key))
        elif kind == b"zset":
            value = b"\x00".join(m for m, _ in client.zrange(key, 0, -1, withscores=True))
        else:
            value = client.dump(key) or b""
        out[key] = value
    client.close()
    return out
