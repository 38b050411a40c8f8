"""Tenant data keys: wrapped in Redis, shared by every keyring, useless without the master key."""

from __future__ import annotations

import asyncio
import os

import pytest
import redis.asyncio as aioredis

from bot.errors import BadRequest
from storage.cipher import open_sealed
from storage.errors import IntegrityError
from storage.keyring import TenantKeyring, dek_aad

MASTER = os.urandom(32)


async def test_data_key_is_created_once_and_stored_wrapped(
    aredis: aioredis.Redis, key_prefix: str
) -> None:
    keyring = TenantKeyring(aredis, MASTER, key_prefix)
    dek = await keyring.data_key("acme")
    assert len(dek) == 32
    wrapped = await aredis.get(f"{key_prefix}:acme:dek")
    assert wrapped is not None
    assert dek not in wrapped
    assert open_sealed(MASTER, wrapped, dek_aad("acme")) == dek
    assert await aredis.ttl(f"{key_prefix}:acme:dek") == -1  # the DEK never expires
    # A fresh keyring (another process, a restart) finds the same key.
    assert await TenantKeyring(aredis, MASTER, key_prefix).data_key("acme") == dek
    assert await keyring.data_key("other") != dek


async def test_racing_keyrings_agree(aredis: aioredis.Redis, key_prefix: str) -> None:
    keyrings = [TenantKeyring(aredis, MASTER, key_prefix) for _ in range(8)]
    deks = await asyncio.gather(*(k.data_key("acme") for k in keyrings))
    assert len(set(deks)) == 1


async def test_wrong_master_key_cannot_unwrap(aredis: aioredis.Redis, key_prefix: str) -> None:
    await TenantKeyring(aredis, MASTER, key_prefix).data_key("acme")
    with pytest.raises(IntegrityError, match="wrong master key"):
        await TenantKeyring(aredis, os.urandom(32), key_prefix).data_key("acme")


async def test_wrapped_key_is_bound_to_its_tenant(aredis: aioredis.Redis, key_prefix: str) -> None:
    await TenantKeyring(aredis, MASTER, key_prefix).data_key("acme")
    await aredis.copy(f"{key_prefix}:acme:dek", f"{key_prefix}:evil:dek")
    with pytest.raises(IntegrityError):
        await TenantKeyring(aredis, MASTER, key_prefix).data_key("evil")


async def test_subject_id_is_stable_keyed_and_opaque(
    aredis: aioredis.Redis, key_prefix: str
) -> None:
    keyring = TenantKeyring(aredis, MASTER, key_prefix)
    sid = await keyring.subject_id("acme", "+49 170 1234567")
    assert len(sid) == 32
    assert int(sid, 16) >= 0
    assert (
        await TenantKeyring(aredis, MASTER, key_prefix).subject_id("acme", "+49 170 1234567") == sid
    )
    assert await keyring.subject_id("acme", "+49 170 1234568") != sid
    assert await keyring.subject_id("other", "+49 170 1234567") != sid  # per-tenant key


@pytest.mark.parametrize("tenant", ["", "a:b", "a*", "a?", "x" * 65, "a b", "é"])
async def test_unsafe_tenant_names_are_refused(
    aredis: aioredis.Redis, key_prefix: str, tenant: str
) -> None:
    with pytest.raises(BadRequest):
        await TenantKeyring(aredis, MASTER, key_prefix).data_key(tenant)
