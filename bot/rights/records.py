"""Data-subject request records in Redis, sealed with the tenant DEK.

Key layout (no key name holds personal data; ``cid`` is the subject pseudonym)::

    {prefix}:{tenant}:dsr                      zset    request id -> expiry time (unix s)
    {prefix}:{tenant}:dsr:{id}                 string  the record: type, status, pseudonyms,
                                                       deadlines, history (no personal data)
    {prefix}:{tenant}:dsr:{id}:sender:{cid}    string  the sender id the request acts on,
                                                       sealed with the subject's own key
                                                       (``bot/rights/senders.py``); dropped
                                                       when the subject is erased
    {prefix}:{tenant}:dsr:{id}:personal        string  the email/phone it was filed with and
                                                       its details (e.g. rectification values),
                                                       sealed with the subject's own key when
                                                       there is one; dropped once the request
                                                       is completed or rejected
    {prefix}:{tenant}:dsr:{id}:export:{cid}    string  an access/portability export, sealed
                                                       with the subject's own key

The record is kept ``retention.request_days`` after its last change, as proof. The other
parts are opaque bytes here: their owners seal them.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field, replace
from typing import Any

import redis.asyncio as aioredis

from bot.errors import NotFound
from bot.rights.deadlines import Deadlines
from bot.rights.kinds import Actor, RequestType, Status
from storage.cipher import open_sealed, seal
from storage.conversations import SECONDS_PER_DAY
from storage.errors import IntegrityError
from storage.keyring import TenantKeyring, check_tenant
from storage.redis_conn import redis_errors_as_storage_unavailable, stored_bytes, stored_text

EXPORT_DAYS = 30  # an export is a copy of personal data: kept a month, then gone
_REQUEST_ID = re.compile(r"dsr-[0-9a-f]{24}")


def new_request_id() -> str:
    return f"dsr-{secrets.token_hex(12)}"


def check_request_id(request_id: str) -> None:
    if not _REQUEST_ID.fullmatch(request_id):
        raise NotFound("no such request (ids look like dsr-<24 hex digits>)")


@dataclass(frozen=True, slots=True)
class Step:
    step: str
    actor: Actor
    at: float


@dataclass(frozen=True, slots=True)
class Extension:
    months: int
    reason: str
    at: float


@dataclass(frozen=True, slots=True)
class RequestRecord:
    id: str
    type: RequestType
    status: Status
    channel: str  # api | self_service | chat | cli
    subject_kind: str  # sender | email | phone
    cids: tuple[str, ...]  # pseudonyms of the subjects it acts on
    received_at: float
    acknowledged_at: float | None = None
    closed_at: float | None = None
    history: tuple[Step, ...] = ()
    extensions: tuple[Extension, ...] = ()
    reason: str | None = None  # why it was rejected
    result: dict[str, Any] = field(default_factory=dict)  # counts only
    lifted_at: float | None = None  # a restriction that was lifted

    @property
    def deadlines(self) -> Deadlines:
        return Deadlines(self.received_at, sum(e.months for e in self.extensions))

    def with_step(self, step: str, actor: Actor, at: float, **changes: Any) -> RequestRecord:
        return replace(self, history=(*self.history, Step(step, actor, at)), **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type.value,
            "status": self.status.value,
            "channel": self.channel,
            "subject_kind": self.subject_kind,
            "cids": list(self.cids),
            "received_at": self.received_at,
            "acknowledged_at": self.acknowledged_at,
            "closed_at": self.closed_at,
            "history": [{"step": s.step, "actor": s.actor.value, "at": s.at} for s in self.history],
            "extensions": [
                {"months": e.months, "reason": e.reason, "at": e.at} for e in self.extensions
            ],
            "reason": self.reason,
            "result": self.result,
            "lifted_at": self.lifted_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RequestRecord:
        try:
            return cls(
                id=str(data["id"]),
                type=RequestType(data["type"]),
                status=Status(data["status"]),
                channel=str(data["channel"]),
                subject_kind=str(data["subject_kind"]),
                cids=tuple(str(c) for c in data["cids"]),
                received_at=float(data["received_at"]),
                acknowledged_at=data.get("acknowledged_at"),
                closed_at=data.get("closed_at"),
                history=tuple(
                    Step(str(s["step"]), Actor(s["actor"]), float(s["at"])) for s in data["history"]
                ),
                extensions=tuple(
                    Extension(int(e["months"]), str(e["reason"]), float(e["at"]))
                    for e in data["extensions"]
                ),
                reason=data.get("reason"),
                result=dict(data.get("result") or {}),
                lifted_at=data.get("lifted_at"),
            )
        except (KeyError, TypeError, ValueError):
            raise IntegrityError("a stored request record has an unexpected shape") from None


def record_aad(tenant: str, key: str) -> bytes:
    return b"allai/dsr\x00" + tenant.encode() + b"\x00" + key.encode()


class RequestStore:
    def __init__(self, redis: aioredis.Redis, keyring: TenantKeyring, prefix: str) -> None:
        self._redis = redis
        self._keyring = keyring
        self._prefix = prefix

    def _base(self, tenant: str) -> str:
        check_tenant(tenant)
        return f"{self._prefix}:{tenant}:dsr"

    def record_key(self, tenant: str, request_id: str) -> str:
        return f"{self._base(tenant)}:{request_id}"

    def part_key(self, tenant: str, request_id: str, part: str) -> str:
        return f"{self.record_key(tenant, request_id)}:{part}"

    def export_key(self, tenant: str, request_id: str, cid: str) -> str:
        return self.part_key(tenant, request_id, f"export:{cid}")

    async def save(self, tenant: str, record: RequestRecord, keep_days: int, now: float) -> None:
        """Write the record; it is kept ``keep_days`` from now."""
        key = self.record_key(tenant, record.id)
        dek = await self._keyring.data_key(tenant)
        blob = json.dumps(record.to_json(), separators=(",", ":")).encode()
        ttl_s = keep_days * SECONDS_PER_DAY
        async with (
            redis_errors_as_storage_unavailable(),
            self._redis.pipeline(transaction=True) as pipe,
        ):
            pipe.set(key, seal(dek, blob, record_aad(tenant, key)), ex=ttl_s)
            pipe.zadd(self._base(tenant), {record.id: now + ttl_s})
            await pipe.execute()

    async def load(self, tenant: str, request_id: str) -> RequestRecord:
        check_request_id(request_id)
        key = self.record_key(tenant, request_id)
        async with redis_errors_as_storage_unavailable():
            blob = stored_bytes(await self._redis.get(key))
        if blob is None:
            raise NotFound(f"no request '{request_id}' for this tenant")
        return _open_record(await self._keyring.data_key(tenant), tenant, key, blob)

    async def all(self, tenant: str) -> list[RequestRecord]:
        """Every request still kept, oldest first (read in one round trip)."""
        async with redis_errors_as_storage_unavailable():
            ids = await self._redis.zrange(self._base(tenant), 0, -1)
            keys = [self.record_key(tenant, stored_text(raw)) for raw in ids]
            replies = await self._redis.mget(keys) if keys else []
        dek = await self._keyring.data_key(tenant)
        records = [
            _open_record(dek, tenant, key, blob)
            for key, reply in zip(keys, replies, strict=True)
            if (blob := stored_bytes(reply)) is not None  # else expired since the last sweep
        ]
        return sorted(records, key=lambda r: r.received_at)

    # -- opaque parts sealed by the service (personal details, exports) --

    async def put_part(self, tenant: str, key: str, blob: bytes, ttl_days: int) -> None:
        async with redis_errors_as_storage_unavailable():
            await self._redis.set(key, blob, ex=ttl_days * SECONDS_PER_DAY)

    async def get_part(self, key: str) -> bytes | None:
        async with redis_errors_as_storage_unavailable():
            return stored_bytes(await self._redis.get(key))

    async def tenant_seal(self, tenant: str, key: str, plaintext: bytes) -> bytes:
        return seal(await self._keyring.data_key(tenant), plaintext, record_aad(tenant, key))

    async def tenant_open(self, tenant: str, key: str, blob: bytes) -> bytes:
        return open_sealed(await self._keyring.data_key(tenant), blob, record_aad(tenant, key))

    async def drop(self, *keys: str) -> int:
        if not keys:
            return 0
        async with redis_errors_as_storage_unavailable():
            return int(await self._redis.delete(*keys))

    async def drop_personal_parts(self, tenant: str, record: RequestRecord) -> int:
        """Forget everything of this request that could identify the person."""
        keys = [
            self.part_key(tenant, record.id, "personal"),
            *(self.part_key(tenant, record.id, f"sender:{cid}") for cid in record.cids),
            *(self.export_key(tenant, record.id, cid) for cid in record.cids),
        ]
        return await self.drop(*keys)

    async def expired_ids(self, tenant: str, now: float) -> list[str]:
        """Requests whose index entry says they are past their retention."""
        async with redis_errors_as_storage_unavailable():
            raw = await self._redis.zrangebyscore(self._base(tenant), "-inf", now)
        return [stored_text(r) for r in raw]

    async def delete(self, tenant: str, request_id: str) -> None:
        """Remove a request and every part of it, and its index entry."""
        record_key = self.record_key(tenant, request_id)
        async with redis_errors_as_storage_unavailable():
            parts = [k async for k in self._redis.scan_iter(match=f"{record_key}:*")]
            await self._redis.delete(record_key, *parts)
            await self._redis.zrem(self._base(tenant), request_id)


def _open_record(dek: bytes, tenant: str, key: str, blob: bytes) -> RequestRecord:
    return RequestRecord.from_json(json.loads(open_sealed(dek, blob, record_aad(tenant, key))))
