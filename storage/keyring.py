"""Per-tenant data keys (envelope encryption) and pseudonymous subject ids.

Each tenant has a random 32-byte data key (DEK) that encrypts all of its records. The DEK is
stored in Redis at ``{prefix}:{tenant}:dek``, sealed with the master key and bound to the
tenant name, so Redis alone never holds a usable key. Deleting that one key makes all of the
tenant's data unreadable (crypto-shredding); the key has no TTL for that reason.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re

import redis.asyncio as aioredis
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.errors import BadRequest
from storage.cipher import KEY_BYTES, open_sealed, seal
from storage.errors import IntegrityError
from storage.redis_conn import redis_errors_as_storage_unavailable, stored_bytes

SUBJECT_ID_LABEL = b"allai/subject-id"
IDENTIFIER_LABEL = b"allai/identifier"
SUBJECT_ID_CHARS = 32
# Tenant names become part of key names; keep them to characters that cannot be confused
# with our separators or with SCAN patterns.
_TENANT_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def check_tenant(tenant: str) -> None:
    """Raise :class:`BadRequest` unless ``tenant`` is a safe tenant name."""
    if not _TENANT_NAME.fullmatch(tenant):
        raise BadRequest(
            "tenant names are 1-64 characters: ASCII letters, digits, '_', '.' and '-'"
        )


def dek_aad(tenant: str) -> bytes:
    return b"allai/dek/" + tenant.encode()


class TenantKeyring:
    """Finds or creates each tenant's DEK; caches DEKs in memory for the process lifetime."""

    def __init__(self, redis: aioredis.Redis, master_key: bytes, prefix: str) -> None:
        if len(master_key) != KEY_BYTES:
            raise ValueError(f"the master key must be {KEY_BYTES} bytes")
        self._redis = redis
        self._master_key = master_key
        self._prefix = prefix
        self._deks: dict[str, bytes] = {}
        self._subkeys: dict[tuple[str, bytes], bytes] = {}

    def dek_key(self, tenant: str) -> str:
        return f"{self._prefix}:{tenant}:dek"

    async def data_key(self, tenant: str) -> bytes:
        """The tenant's DEK, created on first use. Safe when processes race to create it."""
        cached = self._deks.get(tenant)
        if cached is not None:
            return cached
        check_tenant(tenant)
        key = self.dek_key(tenant)
        aad = dek_aad(tenant)
        async with redis_errors_as_storage_unavailable():
            wrapped = await self._get(key)
            if wrapped is None:
                candidate = os.urandom(KEY_BYTES)
                if await self._redis.set(key, seal(self._master_key, candidate, aad), nx=True):
                    return self._deks.setdefault(tenant, candidate)
                # Another keyring (maybe in another process) created it first: use theirs.
                wrapped = await self._get(key)
        if wrapped is None:
            raise IntegrityError(f"the data key of tenant {tenant!r} vanished while reading it")
        try:
            dek = open_sealed(self._master_key, wrapped, aad)
        except IntegrityError:
            raise IntegrityError(
                f"the data key of tenant {tenant!r} cannot be unwrapped: "
                "wrong master key, or the stored key was altered"
            ) from None
        if len(dek) != KEY_BYTES:
            raise IntegrityError(f"the data key of tenant {tenant!r} has the wrong length")
        return self._deks.setdefault(tenant, dek)

    async def _get(self, key: str) -> bytes | None:
        return stored_bytes(await self._redis.get(key))

    async def subject_id(self, tenant: str, sender: str) -> str:
        """A stable pseudonym for ``sender`` within ``tenant``, for use in key names.

        HMAC-SHA256 under a subkey derived from the tenant DEK, hex, 128 bits. Without the
        DEK it cannot be linked back to the sender id.
        """
        subkey = await self._subkey(tenant, SUBJECT_ID_LABEL)
        digest = hmac.new(subkey, sender.encode(), hashlib.sha256).hexdigest()
        return digest[:SUBJECT_ID_CHARS]

    async def identifier_key(self, tenant: str) -> bytes:
        """The subkey under which emails and phone numbers are indexed as keyed hashes."""
        return await self._subkey(tenant, IDENTIFIER_LABEL)

    async def _subkey(self, tenant: str, label: bytes) -> bytes:
        """A key derived from the tenant DEK for one purpose (HKDF-SHA256, ``label``)."""
        cached = self._subkeys.get((tenant, label))
        if cached is not None:
            return cached
        dek = await self.data_key(tenant)
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label)
        return self._subkeys.setdefault((tenant, label), hkdf.derive(dek))
