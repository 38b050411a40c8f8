"""Erasure (crypto-shredding) against a real Redis: nothing of the person is left, even when
every key that still exists is tried on every value, and a copy of Redis taken before the
erasure cannot be read for them any more; another person's data still can.

Conversations are stored as the pipeline stores them; no model is loaded. The same
guarantees through the HTTP pipeline are in ``test_subjects_pipeline.py``."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from bot.errors import StorageUnavailable
from storage.cipher import open_sealed
from storage.conversations import ConversationStore
from storage.errors import IntegrityError
from storage.identifiers import digest
from storage.keyring import dek_aad
from storage.records import record_aad
from storage.redis_conn import open_redis
from storage.subjects import SubjectData, SubjectRef
from tests.support.redis_server import CuttingProxy, RedisServer
from tests.support.stores import MASTER, make_store, seed, tenant_config

ALICE = "visitor-alice-7f3a"
BOB = "visitor-bob-19c2"
ALICE_VAULT = {
    "<PERSON_1>": "Alice Martin",
    "<EMAIL_ADDRESS_1>": "Alice.Martin@Example.com",
    "<PHONE_NUMBER_1>": "0722 123 456",
}
ALICE_TEXT = "Shredding test: I am <PERSON_1>, mail <EMAIL_ADDRESS_1>, tel <PHONE_NUMBER_1>"
BOB_VAULT = {"<PERSON_1>": "Bob Stone", "<EMAIL_ADDRESS_1>": "bob@example.org"}
BOB_TEXT = "Bob asks: send it to <EMAIL_ADDRESS_1>"
# Everything that would show Alice is still here, in any form.
ALICE_TRACES = [
    ALICE,
    "Alice Martin",
    "Alice.Martin@Example.com",
    "alice.martin@example.com",
    "0722 123 456",
    "+40722123456",
    "722123456",
    "Shredding test",
]
TENANTS = {"acme": tenant_config("acme"), "globex": tenant_config("globex")}


@pytest.fixture
def subjects(store: ConversationStore) -> SubjectData:
    return SubjectData(store, TENANTS)


async def seed_people(store: ConversationStore, subjects: SubjectData) -> None:
    await seed(store, "acme", ALICE, [ALICE_TEXT, "and a second message"], ALICE_VAULT)
    await store.set_consent("acme", ALICE, False)
    await subjects.set_flags("acme", ALICE, restricted=True)
    await subjects.seal_for("acme", ALICE, b"request details", b"dsr-1")
    await seed(store, "acme", BOB, [BOB_TEXT], BOB_VAULT)
    await store.set_consent("acme", BOB, True)
    await seed(store, "globex", ALICE, ["Alice at globex"], {})  # another tenant: not erased


async def existing_keys(store: ConversationStore, tenants: list[str]) -> list[bytes]:
    """Every key that still exists: the master key, tenant DEKs, subject keys on disk."""
    keys = [MASTER]
    for tenant in tenants:
        keys.append(await store.keyring.data_key(tenant))
        for cid, _ in await store.keystore.entries(tenant):
            subject_key = await store.keystore.get(tenant, cid)
            assert subject_key is not None
            keys.append(subject_key)
    return keys


def opened(keys: list[bytes], name: str, blob: bytes) -> list[bytes]:
    """The plaintexts of ``blob`` under every key that opens it (with its binding)."""
    tenant = name.split(":")[1]
    aads = [record_aad(tenant, name), dek_aad(tenant)]
    found = []
    for key in keys:
        for aad in aads:
            try:
                found.append(open_sealed(key, blob, aad))
            except IntegrityError:
                continue
    return found


async def everything_readable(
    aredis: aioredis.Redis, prefix: str, keys: list[bytes]
) -> dict[str, bytes]:
    """Key name -> every byte it holds (name, members, scores, value) plus the value
    decrypted by every key that opens it, for every key under ``prefix``."""
    found: dict[str, bytes] = {}
    async for raw in aredis.scan_iter(match=f"{prefix}:*", count=1000):
        name = raw.decode()
        parts = [raw]
        kind = (await aredis.type(raw)).decode()
        if kind == "string":
            blob = await aredis.get(raw)
            parts += [blob, *opened(keys, name, blob)]
        elif kind == "zset":
            for member, score in await aredis.zrange(raw, 0, -1, withscores=True):
                parts += [member, repr(score).encode()]
        elif kind == "hash":
            parts += [b for kv in (await aredis.hgetall(raw)).items() for b in kv]
        elif kind in ("set", "list"):
            values = (
                await aredis.smembers(raw) if kind == "set" else await aredis.lrange(raw, 0, -1)
            )
            parts += list(values)
        else:
            pytest.fail(f"unexpected key type {kind} at {name}")
        found[name] = b"\n".join(parts)
    return found


async def alice_digests(store: ConversationStore) -> list[str]:
    subkey = await store.keyring.identifier_key("acme")
    return [
        digest(subkey, "email", "alice.martin@example.com"),
        digest(subkey, "phone", "+40722123456"),
    ]


async def test_erasure_leaves_no_trace_and_shreds_old_copies(
    store: ConversationStore,
    subjects: SubjectData,
    aredis: aioredis.Redis,
    key_prefix: str,
    keys_dir: Path,
) -> None:
    await seed_people(store, subjects)
    cid = await subjects.pseudonym("acme", ALICE)
    bob_cid = await subjects.pseudonym("acme", BOB)
    markers = [*ALICE_TRACES, cid, *await alice_digests(store)]

    # Control: before erasure the scan does see her (so the scan below can fail).
    before = await everything_readable(
        aredis, key_prefix, await existing_keys(store, ["acme", "globex"])
    )
    before_acme = b"\n".join(v for n, v in before.items() if ":acme:" in n)
    assert all(m.encode() in before_acme for m in markers)
    # The copy of the database taken before erasure (DUMP covers every type).
    copy = {raw: await aredis.dump(raw) async for raw in aredis.scan_iter(match=f"{key_prefix}:*")}
    raw_copy = {}
    for raw in copy:
        if await aredis.type(raw) == b"string":
            raw_copy[raw.decode()] = await aredis.get(raw)

    report = await subjects.erase("acme", ALICE)
    assert report.key_destroyed
    assert report.keys_deleted >= 9  # meta, turns, 4 turns, vault, idents, consent, flags...
    assert not (keys_dir / "acme" / f"{cid}.key").exists()

    # 1. Every key and value left, decrypted with every key that still exists.
    keys = await existing_keys(store, ["acme", "globex"])
    after = await everything_readable(aredis, key_prefix, keys)
    acme = b"\n".join(v for n, v in after.items() if ":acme:" in n)
    for marker in markers:
        assert marker.encode() not in acme, marker
    everywhere = b"\n".join(after.values())
    for marker in markers[1:]:  # globex has its own conversation with the same sender id
        assert marker.encode() not in everywhere, marker
    assert b"Bob Stone" in acme and b"bob@example.org" in acme  # decrypted: Bob is intact
    assert b"Alice at globex" in everywhere
    assert await subjects.find("acme", SubjectRef(sender=ALICE)) == []
    assert await subjects.find("acme", SubjectRef(email="alice.martin@example.com")) == []
    assert await subjects.find("acme", SubjectRef(phone="+40 722 123 456")) == []
    assert await subjects.find("acme", SubjectRef(email="bob@example.org")) == [BOB]
    assert await subjects.find("globex", SubjectRef(sender=ALICE)) == [ALICE]

    # 2. The old copy: none of her records opens with any key that still exists...
    alice_records = {n: b for n, b in raw_copy.items() if f":{cid}:" in n}
    assert len(alice_records) >= 8
    for name, blob in alice_records.items():
        assert opened(keys, name, blob) == [], name
    # ...while Bob's still do, and hold his data.
    bob_records = {n: b for n, b in raw_copy.items() if f":{bob_cid}:" in n}
    bob_plain = b"".join(p for n, b in bob_records.items() for p in opened(keys, n, b))
    assert b"Bob Stone" in bob_plain and BOB.encode() in bob_plain

    # 3. The old copy restored into Redis: her data is still unreadable, Bob's is fine,
    #    and running the erasure again removes the stale records.
    for raw, dumped in copy.items():
        await aredis.restore(raw, 0, dumped, replace=True)
    with pytest.raises(IntegrityError, match="missing from the key store"):
        await store.load("acme", ALICE)
    assert await subjects.find("acme", SubjectRef(email="alice.martin@example.com")) == []
    assert (await store.load("acme", BOB)).vault == BOB_VAULT
    again = await subjects.erase("acme", ALICE)
    assert again.keys_deleted == report.keys_deleted and not again.key_destroyed
    final = await everything_readable(aredis, key_prefix, keys)
    final_acme = b"\n".join(v for n, v in final.items() if ":acme:" in n)
    for marker in markers:
        assert marker.encode() not in final_acme, marker


async def test_erasing_someone_with_nothing_stored(subjects: SubjectData) -> None:
    report = await subjects.erase("acme", "never-wrote")
    assert report.keys_deleted == 0 and not report.key_destroyed


async def test_erasure_when_the_key_store_fails_can_be_run_again(
    store: ConversationStore, subjects: SubjectData, keys_dir: Path
) -> None:
    await seed_people(store, subjects)
    os.rename(keys_dir / "acme", keys_dir / "acme-away")
    (keys_dir / "acme").write_bytes(b"")  # the key store breaks after the Redis part
    with pytest.raises(StorageUnavailable, match="key store"):
        await subjects.erase("acme", ALICE)
    assert await subjects.find("acme", SubjectRef(sender=ALICE)) == []  # Redis part done
    (keys_dir / "acme").unlink()
    os.rename(keys_dir / "acme-away", keys_dir / "acme")
    report = await subjects.erase("acme", ALICE)
    assert report.key_destroyed and report.keys_deleted == 0
    assert (await store.load("acme", BOB)).vault == BOB_VAULT


# -- Redis failing during erasure: its own redis-server, never the shared one --

PREFIX = "allai"
HANG_GUARD_S = 20


class CutAtTransaction(CuttingProxy):
    """Cuts the first request that holds a MULTI (the erasure's transaction), not before."""

    async def _pump(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, cutting: bool
    ) -> None:
        while chunk := await reader.read(1 << 20):
            if cutting and self._cut and b"MULTI" in chunk:
                self._cut = False
                writer.write(chunk[:-8])
                await writer.drain()
                await asyncio.sleep(0.2)
                return
            writer.write(chunk)
            await writer.drain()


@pytest.fixture
def server() -> Iterator[RedisServer]:
    with RedisServer(durable=True) as server:
        yield server


async def snapshot(url: str) -> dict[bytes, bytes]:
    client = aioredis.Redis.from_url(url)
    try:
        return {key: await client.dump(key) async for key in client.scan_iter()}
    finally:
        await client.aclose()


async def test_dead_redis_during_erasure_is_retryable_and_changes_nothing(
    server: RedisServer, tmp_path: Path
) -> None:
    keys_dir = tmp_path / "keys"
    handle = await open_redis(server.url, tmp_path)
    try:
        store = make_store(handle.client, MASTER, PREFIX, keys_dir)
        subjects = SubjectData(store, TENANTS)
        await seed_people(store, subjects)
        cid = await subjects.pseudonym("acme", ALICE)
        before = await snapshot(server.url)
        server.stop()
        with pytest.raises(StorageUnavailable) as info:
            await asyncio.wait_for(subjects.erase("acme", ALICE), HANG_GUARD_S)
        assert info.value.retryable and ALICE not in str(info.value)
        assert (keys_dir / "acme" / f"{cid}.key").exists()  # the key is destroyed last
        server.start()
        assert await snapshot(server.url) == before
    finally:
        await handle.aclose()

    fresh = await open_redis(server.url, tmp_path)
    try:
        subjects = SubjectData(make_store(fresh.client, MASTER, PREFIX, keys_dir), TENANTS)
        ref = SubjectRef(email="alice.martin@example.com")
        assert await subjects.find("acme", ref) == [ALICE]  # still all there, findable
        assert (await subjects.erase("acme", ALICE)).key_destroyed  # the retry succeeds
        assert await subjects.find("acme", ref) == []
    finally:
        await fresh.aclose()


async def test_erasure_cut_short_deletes_nothing(server: RedisServer, tmp_path: Path) -> None:
    keys_dir = tmp_path / "keys"
    proxy = CutAtTransaction(server.port)
    await proxy.start()
    handle = await open_redis(proxy.url, tmp_path)
    try:
        store = make_store(handle.client, MASTER, PREFIX, keys_dir)
        subjects = SubjectData(store, TENANTS)
        await seed_people(store, subjects)
        cid = await subjects.pseudonym("acme", ALICE)
        before = await snapshot(server.url)
        proxy.cut_next_request()  # the transaction loses its EXEC
        with pytest.raises(StorageUnavailable) as info:
            await asyncio.wait_for(subjects.erase("acme", ALICE), HANG_GUARD_S)
        assert info.value.retryable
    finally:
        await handle.aclose()
        await proxy.aclose()
    assert await snapshot(server.url) == before  # all or nothing: nothing
    assert (keys_dir / "acme" / f"{cid}.key").exists()
