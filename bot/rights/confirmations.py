"""A chat erasure waits for the person's "YES": the pending question, kept ten minutes.

``{prefix}:{tenant}:dsr:confirm:{cid}`` holds only the word ``erasure`` (no personal data);
it disappears when answered, after ten minutes, or when the person is erased.
"""

from __future__ import annotations

import redis.asyncio as aioredis

from storage.keyring import check_tenant
from storage.redis_conn import redis_errors_as_storage_unavailable, stored_text

CONFIRM_TTL_S = 600


class PendingConfirmations:
    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix

    def _key(self, tenant: str, cid: str) -> str:
        check_tenant(tenant)
        return f"{self._prefix}:{tenant}:dsr:confirm:{cid}"

    async def ask(self, tenant: str, cid: str, what: str) -> None:
        async with redis_errors_as_storage_unavailable():
            await self._redis.set(self._key(tenant, cid), what.encode(), ex=CONFIRM_TTL_S)

    async def take(self, tenant: str, cid: str) -> str | None:
        """The pending question, removed as it is read (at most one answer counts)."""
        async with redis_errors_as_storage_unavailable():
            value = await self._redis.getdel(self._key(tenant, cid))
        if value is None:
            return None
        return stored_text(value)
