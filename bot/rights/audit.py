"""The tenant's audit trail of data-subject requests: append-only, sealed, no personal data.

One sorted set per tenant, ``{prefix}:{tenant}:audit``: each member is one entry sealed with
the tenant DEK (AES-256-GCM, bound to the tenant and this key name), scored by its time, so
the retention sweep can drop entries older than ``retention.request_days`` in one command.
An entry holds the request id, its type, the step, the actor, the time and a sequence number
(from a per-tenant counter, so a gap shows that an entry was removed); never a sender id, an
email, a phone number, a value or a free-text reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import WatchError

from storage.cipher import open_sealed, seal
from storage.conversations import SECONDS_PER_DAY
from storage.errors import IntegrityError
from storage.keyring import TenantKeyring, check_tenant
from storage.redis_conn import redis_errors_as_storage_unavailable, stored_bytes, stored_text


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    request_id: str
    type: str
    step: str  # received, identity_verified, in_progress, completed, rejected, extended, ...
    actor: str  # admin | subject | bot
    at: float

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "request_id": self.request_id,
            "type": self.type,
            "step": self.step,
            "actor": self.actor,
            "at": self.at,
        }


def audit_aad(tenant: str, key: str) -> bytes:
    return b"allai/audit\x00" + tenant.encode() + b"\x00" + key.encode()


class AuditTrail:
    def __init__(self, redis: aioredis.Redis, keyring: TenantKeyring, prefix: str) -> None:
        self._redis = redis
        self._keyring = keyring
        self._prefix = prefix

    def _key(self, tenant: str) -> str:
        check_tenant(tenant)
        return f"{self._prefix}:{tenant}:audit"

    async def append(
        self, tenant: str, request_id: str, type_: str, step: str, actor: str, at: float
    ) -> AuditEntry:
        key = self._key(tenant)
        counter = f"{key}:seq"
        dek = await self._keyring.data_key(tenant)
        async with (
            redis_errors_as_storage_unavailable(),
            self._redis.pipeline(transaction=True) as pipe,
        ):
            while True:
                # The number and the entry are written together or not at all (a gap in
                # the numbers must mean a removed entry, never a failed write); a writer
                # that raced us for the same number tries again with the next.
                await pipe.watch(counter)
                last = await pipe.get(counter)
                seq = 1 if last is None else int(stored_text(last)) + 1
                entry = AuditEntry(seq, request_id, type_, step, actor, at)
                plaintext = json.dumps(entry.to_json(), separators=(",", ":")).encode()
                pipe.multi()  # type: ignore[no-untyped-call]  # redis-py leaves it untyped
                pipe.set(counter, seq)
                pipe.zadd(key, {seal(dek, plaintext, audit_aad(tenant, key)): at})
                try:
                    await pipe.execute()
                except WatchError:
                    continue
                return entry

    async def entries(self, tenant: str, request_id: str | None = None) -> list[AuditEntry]:
        """Every entry (of one request, if given), oldest first."""
        key = self._key(tenant)
        dek = await self._keyring.data_key(tenant)
        async with redis_errors_as_storage_unavailable():
            members = await self._redis.zrange(key, 0, -1)
        out = []
        for member in members:
            blob = stored_bytes(member)
            if blob is None:
                continue
            record = json.loads(open_sealed(dek, blob, audit_aad(tenant, key)))
            try:
                entry = AuditEntry(
                    seq=int(record["seq"]),
                    request_id=str(record["request_id"]),
                    type=str(record["type"]),
                    step=str(record["step"]),
                    actor=str(record["actor"]),
                    at=float(record["at"]),
                )
            except (KeyError, TypeError, ValueError):
                raise IntegrityError("an audit entry has an unexpected shape") from None
            if request_id is None or entry.request_id == request_id:
                out.append(entry)
        return sorted(out, key=lambda e: (e.at, e.seq))

    async def sweep(self, tenant: str, now: float, keep_days: int) -> int:
        """Drop entries older than ``keep_days``; return how many."""
        key = self._key(tenant)
        async with redis_errors_as_storage_unavailable():
            removed = await self._redis.zremrangebyscore(
                key, "-inf", f"({now - keep_days * SECONDS_PER_DAY}"
            )
        return int(removed)
