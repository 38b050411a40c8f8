"""The conversation store against a real Redis: round trips, what Redis can see, TTLs, AAD."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from storage.conversations import Consent, ConversationState, ConversationStore, Turn
from storage.errors import IntegrityError
from tests.support.stores import MASTER, make_store

SENDER = "+49 170 5550123"
RETENTION_DAYS = 7
RETENTION_S = RETENTION_DAYS * 86_400


def user(text: str, *, training: bool = True) -> Turn:
    return Turn(role="user", text=text, ts=time.time(), training_allowed=training, lang="de")


def bot(text: str) -> Turn:
    return Turn(role="bot", text=text, ts=time.time(), training_allowed=True, lang="de")


def fresh_store(
    aredis: aioredis.Redis, key_prefix: str, keys_dir: Path, master: bytes = MASTER
) -> ConversationStore:
    """A store with empty caches, as after a restart."""
    return make_store(aredis, master, key_prefix, keys_dir)


async def conv_key(store: ConversationStore, prefix: str, tenant: str, sender: str) -> str:
    return f"{prefix}:{tenant}:conv:{await store._keyring.subject_id(tenant, sender)}"


async def chat(
    store: ConversationStore, tenant: str = "acme", sender: str = SENDER
) -> ConversationState:
    """Two commits: a user turn with a vault entry, then a bot answer."""
    async with store.lock(tenant, sender):
        state = await store.load(tenant, sender)
        state.lang = "de"
        state.vault["<EMAIL_1>"] = "erika@example.org"
        await store.commit(state, [user("Meine Adresse ist <EMAIL_1>")], RETENTION_DAYS)
    async with store.lock(tenant, sender):
        state = await store.load(tenant, sender)
        await store.commit(state, [bot("Danke, notiert."), user("Und jetzt?")], RETENTION_DAYS)
    return state


async def test_round_trip(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, keys_dir: Path
) -> None:
    first = await store.load("acme", SENDER)
    assert first.is_new and first.turns == [] and first.vault == {} and first.lang is None

    written = await chat(store)
    assert len(written.turns) == 3  # commit keeps the state in step

    loaded = await fresh_store(aredis, key_prefix, keys_dir).load("acme", SENDER)
    assert not loaded.is_new
    assert loaded.sender == SENDER
    assert loaded.lang == "de"
    assert [t.text for t in loaded.turns] == [
        "Meine Adresse ist <EMAIL_1>",
        "Danke, notiert.",
        "Und jetzt?",
    ]
    assert loaded.turns == written.turns
    assert loaded.vault == {"<EMAIL_1>": "erika@example.org"}
    assert loaded.created_at is not None
    assert loaded.next_turn == 3
    assert SENDER not in repr(loaded) and "erika" not in repr(loaded)

    other = await store.load("acme", "+49 170 0000000")
    assert other.is_new
    assert (await store.load("globex", SENDER)).is_new  # tenants are separate


async def test_consent_round_trip(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, keys_dir: Path
) -> None:
    assert await store.get_consent("acme", SENDER) is None
    given = await store.set_consent("acme", SENDER, True, retention_days=30)
    assert given.training is True
    assert await fresh_store(aredis, key_prefix, keys_dir).get_consent("acme", SENDER) == given
    withdrawn = await store.set_consent("acme", SENDER, False)
    assert await store.get_consent("acme", SENDER) == withdrawn
    assert withdrawn.training is False
    assert await store.get_consent("acme", "someone else") is None


async def all_stored_bytes(aredis: aioredis.Redis, prefix: str) -> dict[bytes, list[bytes]]:
    """Every key under ``prefix`` with every value, member, field and score it holds."""
    stored: dict[bytes, list[bytes]] = {}
    async for key in aredis.scan_iter(match=f"{prefix}:*", count=1000):
        kind = (await aredis.type(key)).decode()
        if kind == "string":
            values = [await aredis.get(key)]
        elif kind == "zset":
            pairs = await aredis.zrange(key, 0, -1, withscores=True)
            values = [b for m, s in pairs for b in (m, repr(s).encode())]
        elif kind == "hash":
            values = [b for kv in (await aredis.hgetall(key)).items() for b in kv]
        elif kind == "list":
            values = await aredis.lrange(key, 0, -1)
        elif kind == "set":
            values = list(await aredis.smembers(key))
        else:
            pytest.fail(f"unexpected key type {kind} at {key!r}")
        stored[key] = values
    return stored


async def test_redis_holds_no_personal_data_in_clear(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    await chat(store)
    await store.set_consent("acme", SENDER, True, retention_days=RETENTION_DAYS)
    stored = await all_stored_bytes(aredis, key_prefix)
    kinds = {key.decode().rsplit(":", 1)[-1] for key in stored}
    assert {"dek", "meta", "turns", "vault", "convs", "consent"} <= kinds  # we looked at all
    secrets = [
        SENDER,
        "5550123",
        "erika@example.org",
        "erika",
        "Meine Adresse",
        "Danke, notiert",
        "Und jetzt",
        "<EMAIL_1>",
    ]
    for key, values in stored.items():
        for blob in [key, *values]:
            for secret in secrets:
                assert secret.encode() not in blob, (key, secret)


async def test_every_key_expires_with_the_retention(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    await chat(store)
    await store.set_consent("acme", SENDER, True, retention_days=RETENTION_DAYS)
    without_ttl = []
    async for key in aredis.scan_iter(match=f"{key_prefix}:*"):
        ttl = await aredis.ttl(key)
        if ttl == -1:
            without_ttl.append(key.decode())
        else:
            assert RETENTION_S - 5 <= ttl <= RETENTION_S, key
    assert without_ttl == [f"{key_prefix}:acme:dek"]  # only the tenant key is kept


async def test_consent_without_retention_does_not_expire(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    await store.set_consent("acme", SENDER, True, retention_days=3)
    await store.set_consent("acme", SENDER, False)
    cid = await store._keyring.subject_id("acme", SENDER)
    assert await aredis.ttl(f"{key_prefix}:acme:subj:{cid}:consent") == -1


async def test_expired_turns_disappear(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, keys_dir: Path
) -> None:
    await chat(store)
    base = await conv_key(store, key_prefix, "acme", SENDER)
    await aredis.delete(f"{base}:turn:0")  # what Redis does when its TTL runs out
    await aredis.zadd(f"{base}:turns", {"1": time.time() - 1}, xx=True)  # expiry passed

    state = await store.load("acme", SENDER)
    assert [t.text for t in state.turns] == ["Und jetzt?"]
    assert state.vault == {"<EMAIL_1>": "erika@example.org"}
    assert await aredis.zrange(f"{base}:turns", 0, -1) == [b"2"]  # stale entries pruned

    await store.commit(state, [bot("Weiter.")], RETENTION_DAYS)
    reloaded = await fresh_store(aredis, key_prefix, keys_dir).load("acme", SENDER)
    assert [t.text for t in reloaded.turns] == ["Und jetzt?", "Weiter."]
    assert await aredis.zrange(f"{base}:turns", 0, -1) == [b"2", b"3"]  # numbers not reused


async def test_turn_key_expiry_is_set_per_turn(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    await chat(store)
    base = await conv_key(store, key_prefix, "acme", SENDER)
    await aredis.pexpire(f"{base}:turn:1", 1)
    await aredis.pexpire(f"{base}:turn:2", 1)
    await asyncio.sleep(0.01)
    state = await store.load("acme", SENDER)
    assert [t.text for t in state.turns] == ["Meine Adresse ist <EMAIL_1>"]


async def test_value_moved_to_another_key_fails(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    await chat(store)
    base = await conv_key(store, key_prefix, "acme", SENDER)
    await aredis.set(f"{base}:turn:1", await aredis.get(f"{base}:turn:0"), keepttl=True)
    with pytest.raises(IntegrityError):
        await store.load("acme", SENDER)


async def test_value_moved_to_another_conversation_fails(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    await chat(store)
    await chat(store, sender="intruder")
    victim = await conv_key(store, key_prefix, "acme", SENDER)
    intruder = await conv_key(store, key_prefix, "acme", "intruder")
    await aredis.set(f"{intruder}:vault", await aredis.get(f"{victim}:vault"), keepttl=True)
    with pytest.raises(IntegrityError):
        await store.load("acme", "intruder")


async def test_value_moved_to_another_tenant_fails(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    await chat(store, tenant="acme")
    await chat(store, tenant="globex")
    acme = await conv_key(store, key_prefix, "acme", SENDER)
    globex = await conv_key(store, key_prefix, "globex", SENDER)
    await aredis.set(f"{globex}:turn:0", await aredis.get(f"{acme}:turn:0"), keepttl=True)
    with pytest.raises(IntegrityError):
        await store.load("globex", SENDER)


@pytest.mark.parametrize("record", ["meta", "vault", "turn:2"])
async def test_tampering_fails(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, record: str
) -> None:
    await chat(store)
    key = f"{await conv_key(store, key_prefix, 'acme', SENDER)}:{record}"
    blob = bytearray(await aredis.get(key))
    blob[20] ^= 0x01
    await aredis.set(key, bytes(blob), keepttl=True)
    with pytest.raises(IntegrityError):
        await store.load("acme", SENDER)


async def test_tampered_consent_fails(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    await store.set_consent("acme", SENDER, False)
    cid = await store._keyring.subject_id("acme", SENDER)
    key = f"{key_prefix}:acme:subj:{cid}:consent"
    blob = bytearray(await aredis.get(key))
    blob[-1] ^= 0x01
    await aredis.set(key, bytes(blob))
    with pytest.raises(IntegrityError):
        await store.get_consent("acme", SENDER)


async def test_wrong_master_key_fails(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, keys_dir: Path
) -> None:
    await chat(store)
    with pytest.raises(IntegrityError):
        await fresh_store(aredis, key_prefix, keys_dir, master=os.urandom(32)).load("acme", SENDER)


async def test_iter_conversations(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, keys_dir: Path
) -> None:
    await chat(store, sender="alice")
    await chat(store, sender="bob")
    await chat(store, sender="carol")
    await chat(store, tenant="globex", sender="dave")
    await store.set_consent("acme", "alice", True)
    # carol's conversation expired (meta gone) but the index was not pruned yet.
    carol = await conv_key(store, key_prefix, "acme", "carol")
    await aredis.delete(f"{carol}:meta")

    found = {
        state.sender: (len(state.turns), consent)
        async for state, consent in fresh_store(aredis, key_prefix, keys_dir).iter_conversations(
            "acme"
        )
    }
    assert set(found) == {"alice", "bob"}
    assert found["alice"][0] == 3
    assert isinstance(found["alice"][1], Consent) and found["alice"][1].training
    assert found["bob"][1] is None
    assert await aredis.zcard(f"{key_prefix}:acme:convs") == 2  # carol pruned from the index


async def test_lock_serialises_load_and_commit(store: ConversationStore) -> None:
    async def add(text: str) -> None:
        async with store.lock("acme", SENDER):
            state = await store.load("acme", SENDER)
            await asyncio.sleep(0.01)  # the window in which another task could interleave
            await store.commit(state, [user(text)], RETENTION_DAYS)

    await asyncio.gather(*(add(f"message {i}") for i in range(10)))
    state = await store.load("acme", SENDER)
    assert sorted(t.text for t in state.turns) == sorted(f"message {i}" for i in range(10))


async def test_retention_must_be_positive(store: ConversationStore) -> None:
    state = await store.load("acme", SENDER)
    with pytest.raises(ValueError, match="retention_days"):
        await store.commit(state, [user("x")], 0)
