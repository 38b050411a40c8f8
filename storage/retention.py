"""Retention: an explicit registry of sweepers, and the sweeper of the subject records.

Redis expiry removes records when their retention ends (every write sets a TTL). The
sweep does what expiry cannot, and enforces the retention even where a TTL was lost
(e.g. a restored backup): it removes expired conversations and vaults with their index
entries, expired members of the identifier sets, and the key files of subjects that have
nothing left. Each data class has its own sweeper; the runtime sweeps every tenant with
every registered one (``Runtime.sweep_retention``, ``allai retention sweep``, and hourly
inside ``allai serve``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, cast

from bot.errors import AllaiError
from storage.conversations import ConversationStore
from storage.errors import IntegrityError
from storage.identifiers import Identifiers, digests
from storage.records import SubjectKeys, TenantKeys, open_json
from storage.redis_conn import redis_errors_as_storage_unavailable, stored_bytes

# A key file younger than this is kept even when Redis holds nothing for it yet: the
# subject's first write creates the key file just before the Redis transaction.
KEY_FILE_GRACE_S = 3600.0
_SCAN_COUNT = 1000

log = logging.getLogger("allai.retention")

SweepReport = dict[str, dict[str, int]]


class Sweeper(Protocol):
    async def sweep(self, tenant: str, now: float) -> int:
        """Remove what ``tenant`` keeps past its retention at time ``now``; return how many
        items (records, index entries, key files) went."""
        ...


class SweeperRegistry:
    """Named sweepers, run in the order they were registered."""

    def __init__(self) -> None:
        self._sweepers: dict[str, Sweeper] = {}

    def register(self, name: str, sweeper: Sweeper) -> None:
        if name in self._sweepers:
            raise ValueError(f"a sweeper named {name!r} is already registered")
        self._sweepers[name] = sweeper

    @property
    def names(self) -> list[str]:
        return list(self._sweepers)

    async def sweep(self, tenants: Iterable[str], now: float | None = None) -> SweepReport:
        """tenant -> sweeper name -> items removed. Stops at the first error (raised as is;
        a sweep is safe to run again)."""
        at = time.time() if now is None else now
        report: dict[str, dict[str, int]] = {}
        for tenant in tenants:
            report[tenant] = {
                name: await sweeper.sweep(tenant, at) for name, sweeper in self._sweepers.items()
            }
        return report


@dataclass(frozen=True, slots=True)
class SubjectRecordSweeper:
    """Conversations, vaults, identifier index entries and subject key files."""

    store: ConversationStore
    key_file_grace_s: float = KEY_FILE_GRACE_S

    async def sweep(self, tenant: str, now: float) -> int:
        index = TenantKeys(self.store.prefix, tenant)
        removed = await self._expired_conversations(index, now)
        removed += await self._expired_turns(index, now)
        removed += await self._expired_vaults(index, now)
        removed += await self._expired_identifiers(index, now)
        removed += await self._orphan_key_files(index, now)
        return removed

    async def _expired(self, name: str, now: float) -> list[str]:
        redis = self.store.redis
        async with redis_errors_as_storage_unavailable():
            members = cast(list[bytes], await redis.zrangebyscore(name, "-inf", now))
        return [m.decode() for m in members]

    async def _expired_conversations(self, index: TenantKeys, now: float) -> int:
        """Whole conversations past their expiry: turns, meta, vault, identifiers."""
        removed = 0
        redis = self.store.redis
        for cid in await self._expired(index.convs, now):
            keys = index.subject(cid)
            ident_sets = await self._ident_sets(keys)
            async with redis_errors_as_storage_unavailable():
                turns = cast(list[bytes], await redis.zrange(keys.turns, 0, -1))
                names = [keys.meta, keys.turns, keys.vault, keys.idents]
                names += [keys.turn(int(n)) for n in turns]
                removed += await self._delete(names, [index.convs, index.vaults, *ident_sets], cid)
        return removed

    async def _expired_turns(self, index: TenantKeys, now: float) -> int:
        """Single turns past their expiry in conversations that go on (each turn keeps the
        expiry it got when written)."""
        removed = 0
        redis = self.store.redis
        cursor = 0
        while True:
            async with redis_errors_as_storage_unavailable():
                cursor, entries = await redis.zscan(index.convs, cursor, count=_SCAN_COUNT)
                cids = [m.decode() for m, _ in cast(list[tuple[bytes, float]], entries)]
                async with redis.pipeline(transaction=False) as pipe:
                    for cid in cids:
                        pipe.zrangebyscore(index.subject(cid).turns, "-inf", now)
                    expired = cast(list[list[bytes]], await pipe.execute())
                async with redis.pipeline(transaction=False) as pipe:
                    for cid, numbers in zip(cids, expired, strict=True):
                        if numbers:
                            keys = index.subject(cid)
                            pipe.delete(*(keys.turn(int(n)) for n in numbers))
                            pipe.zrem(keys.turns, *numbers)
                    removed += sum(int(n) for n in await pipe.execute())
            if cursor == 0:
                return removed

    async def _expired_vaults(self, index: TenantKeys, now: float) -> int:
        """Vaults (and the identifiers taken from them) that expire before their turns."""
        removed = 0
        for cid in await self._expired(index.vaults, now):
            keys = index.subject(cid)
            ident_sets = await self._ident_sets(keys)
            removed += await self._delete(
                [keys.vault, keys.idents], [index.vaults, *ident_sets], cid
            )
        return removed

    async def _delete(self, names: list[str], indexes: list[str], cid: str) -> int:
        """Delete ``names`` and ``cid``'s entries in ``indexes`` in one transaction; return
        how many of them existed."""
        async with (
            redis_errors_as_storage_unavailable(),
            self.store.redis.pipeline(transaction=True) as pipe,
        ):
            pipe.delete(*names)
            for name in indexes:
                pipe.zrem(name, cid)
            replies = await pipe.execute()
        return sum(int(n) for n in replies)

    async def _ident_sets(self, keys: SubjectKeys) -> list[str]:
        """The identifier sets that list this subject, from their identifiers record."""
        async with redis_errors_as_storage_unavailable():
            blob = stored_bytes(await self.store.redis.get(keys.idents))
        if blob is None:
            return []
        key = await self.store.keystore.get(keys.tenant, keys.cid)
        if key is None:  # erased; the sets' own expiry scores still clean them up
            return []
        found = Identifiers.from_json(open_json(key, keys.tenant, keys.idents, blob))
        subkey = await self.store.keyring.identifier_key(keys.tenant)
        return [keys.tenant_keys.ident(d) for d in digests(subkey, found.lookups())]

    async def _expired_identifiers(self, index: TenantKeys, now: float) -> int:
        removed = 0
        redis = self.store.redis
        async with redis_errors_as_storage_unavailable():
            async for name in redis.scan_iter(match=index.ident_pattern, count=_SCAN_COUNT):
                removed += int(await redis.zremrangebyscore(name, "-inf", now))
        return removed

    async def _orphan_key_files(self, index: TenantKeys, now: float) -> int:
        """Key files of subjects with nothing left in Redis (checked per subject)."""
        removed = 0
        redis = self.store.redis
        for cid, modified in await self.store.keystore.entries(index.tenant):
            if now - modified < self.key_file_grace_s:
                continue
            keys: SubjectKeys = index.subject(cid)
            try:
                await self.store.keystore.get(index.tenant, cid)
            except IntegrityError:
                continue  # not ours: e.g. another key prefix sharing the key store
            async with redis_errors_as_storage_unavailable():
                held = await redis.exists(*keys.holders)
            idle_since = now - self.key_file_grace_s
            destroy = self.store.keystore.destroy
            if not held and await destroy(index.tenant, cid, unless_used_since=idle_since):
                removed += 1
        return removed


class PeriodicSweep:
    """Runs ``sweep()`` every ``interval_s`` seconds in the background (inside the server).

    A failed sweep is logged (counts and error class only) and tried again next time, also
    after an error it did not expect: the schedule must not end with the first one."""

    def __init__(self, sweep: Callable[[], Awaitable[SweepReport]], interval_s: float) -> None:
        self._sweep = sweep
        self._interval_s = interval_s
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._interval_s > 0 and self._task is None:
            self._task = asyncio.create_task(self._run(), name="allai-retention-sweep")

    async def aclose(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval_s)
            try:
                report = await self._sweep()
            except AllaiError as exc:
                log.warning(
                    "retention sweep failed: %s%s",
                    type(exc).__name__,
                    " (will retry)" if exc.retryable else "",
                )
                continue
            except Exception as exc:  # e.g. a bug; the message could quote stored values
                log.error("retention sweep failed unexpectedly: %s", type(exc).__name__)
                continue
            removed = sum(n for counts in report.values() for n in counts.values())
            log.info("retention sweep removed %d item(s)", removed)
