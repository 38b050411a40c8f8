"""The subject API on conversations held through the real pipeline (HTTP, Presidio/spaCy):
the person is found by the email and phone number they typed, their export holds their own
words, and after erasure nothing of them is left in Redis or readable in an old copy."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import redis

from bot.runtime import Runtime
from bot.settings import Settings
from storage.cipher import open_sealed
from storage.errors import IntegrityError
from storage.keyring import dek_aad
from storage.records import record_aad
from storage.subjects import SubjectRef
from tests.support.app import dump_redis, running_app, say, write_tenant

pytestmark = pytest.mark.slow

ALICE = "widget-alice-5d1e"
BOB = "widget-bob-88af"
ALICE_SAYS = "Hi, I am Maria Ionescu, email maria.ionescu@example.com, phone +40 744 555 666"
BOB_SAYS = "Hello, my email is bob.stone@example.org"


async def readable(runtime: Runtime, prefix: str, stored: dict[bytes, bytes]) -> bytes:
    """Every stored byte plus every value decrypted with every key that still exists."""
    keys = [await runtime.store.keyring.data_key("shop")]
    for cid, _ in await runtime.store.keystore.entries("shop"):
        subject_key = await runtime.store.keystore.get("shop", cid)
        assert subject_key is not None
        keys.append(subject_key)
    parts = []
    for raw, value in stored.items():
        name = raw.decode()
        parts += [raw, value]
        for key in keys:
            for aad in (record_aad("shop", name), dek_aad("shop")):
                try:
                    parts.append(open_sealed(key, value, aad))
                except IntegrityError:
                    continue
    return b"\n".join(parts)


def test_find_export_and_erase_after_a_real_chat(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    config = tmp_path / "configs"
    write_tenant(config, "shop")
    with running_app(config, redis_url, key_prefix, data_dir) as client:
        say(client, "shop", ALICE, ALICE_SAYS)
        say(client, "shop", BOB, BOB_SAYS)
    settings = Settings(config, redis_url, data_dir, key_prefix)
    before = dump_redis(redis_url, key_prefix)
    assert not any(b"maria.ionescu" in v or b"Maria" in v for v in before.values())

    async def scenario() -> None:
        runtime = await Runtime.start(settings)
        try:
            subjects = runtime.subjects
            for ref in (
                SubjectRef(email="Maria.Ionescu@example.com"),
                SubjectRef(phone="0744 555 666"),
                SubjectRef(phone="+40744555666"),
                SubjectRef(sender=ALICE),
            ):
                assert await subjects.find("shop", ref) == [ALICE], ref
            document = await subjects.export("shop", ALICE)
            assert document["conversation"]["turns"][0]["text"] == ALICE_SAYS
            assert document["identifiers"] == {
                "emails": ["maria.ionescu@example.com"],
                "phones": ["+40744555666"],
            }
            cid = await subjects.pseudonym("shop", ALICE)
            old_copy = {k: v for k, v in before.items() if cid.encode() in k}
            assert b"Maria" in await readable(runtime, key_prefix, old_copy)  # control

            report = await subjects.erase("shop", ALICE)
            assert report.key_destroyed and report.keys_deleted > 0

            after = await readable(runtime, key_prefix, dump_redis(redis_url, key_prefix))
            for trace in (ALICE, "Maria", "Ionescu", "maria.ionescu", "744 555 666", cid):
                assert trace.encode() not in after, trace
            assert b"bob.stone@example.org" in after  # Bob's data is still readable
            old = await readable(runtime, key_prefix, old_copy)
            assert b"Maria" not in old and b"maria.ionescu" not in old
            assert await subjects.find("shop", SubjectRef(phone="0744 555 666")) == []
            assert await subjects.find("shop", SubjectRef(email="bob.stone@example.org")) == [BOB]
        finally:
            await runtime.aclose()

    asyncio.run(scenario())
    raw = redis.Redis.from_url(redis_url)
    try:
        assert raw.exists(f"{key_prefix}:shop:convs")  # Bob's conversation is indexed
    finally:
        raw.close()
