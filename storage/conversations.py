"""Conversations, their placeholder vaults and consent, sealed per subject in Redis.

The key layout is in ``storage/records.py``. Every record is sealed with the subject's own
key (``storage/keystore.py``), created on the subject's first write, and bound to its
tenant and key name. Emails and phone numbers in the vault are indexed as keyed hashes
(``storage/identifiers.py``) so that a data-subject request can name the person by them.

``commit`` writes a conversation's changes in one MULTI/EXEC transaction. Within one process,
hold ``store.lock(tenant, sender)`` from ``load`` to ``commit``; two processes writing the
same conversation at once are not coordinated (the later commit's vault and meta win).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import weakref
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import redis.asyncio as aioredis

from storage import identifiers
from storage.errors import IntegrityError
from storage.keyring import TenantKeyring, check_tenant
from storage.keystore import SubjectKeyStore
from storage.records import (
    EXPIRE_AT_MAX_SCORE,
    SubjectKeys,
    TenantKeys,
    open_json,
    record_aad,
    seal_json,
)
from storage.redis_conn import redis_errors_as_storage_unavailable, stored_bytes, stored_text

SECONDS_PER_DAY = 86_400
MISSING_KEY = (
    "the key of a stored subject is missing from the key store: the subject was erased "
    "(and this data came back from an older Redis copy), or ALLAI_KEYSTORE_DIR points to "
    "the wrong place"
)

__all__ = [
    "Consent",
    "ConversationState",
    "ConversationStore",
    "ProcessingFlags",
    "Turn",
    "record_aad",
]


@dataclass(frozen=True, slots=True)
class Turn:
    role: Literal["user", "bot"]
    text: str  # already redacted by the caller (placeholders)
    ts: float  # unix time
    training_allowed: bool
    lang: str


@dataclass(frozen=True, slots=True)
class Consent:
    training: bool
    updated_at: float


@dataclass(frozen=True, slots=True)
class ProcessingFlags:
    restricted: bool = False  # Art. 18: keep data, do not process it
    objected: bool = False  # Art. 21: no processing based on legitimate interest
    updated_at: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "restricted": self.restricted,
            "objected": self.objected,
            "updated_at": self.updated_at,
        }


@dataclass
class ConversationState:
    """One sender's conversation as loaded; ``commit`` keeps it in step with what is stored.

    ``repr`` leaves out the sender and the vault: both are personal data.
    """

    tenant: str
    sender: str = field(repr=False)
    lang: str | None
    turns: list[Turn]  # oldest first, only those not expired
    vault: dict[str, str] = field(repr=False)  # placeholder -> original value
    created_at: float | None = None  # when first committed; None until then
    next_turn: int = 0  # store bookkeeping: the number the next committed turn gets
    # The sender's training consent and processing flags as loaded (under the turn's lock).
    consent: Consent | None = None
    flags: ProcessingFlags = field(default_factory=ProcessingFlags)

    @property
    def is_new(self) -> bool:
        """No (unexpired) turns are stored yet."""
        return not self.turns


class ConversationStore:
    def __init__(
        self,
        redis: aioredis.Redis,
        keyring: TenantKeyring,
        prefix: str = "allai",
        *,
        keystore: SubjectKeyStore,
    ) -> None:
        self._redis = redis
        self._keyring = keyring
        self._keystore = keystore
        self._prefix = prefix
        # A lock lives as long as someone holds or awaits it.
        self._locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    @property
    def redis(self) -> aioredis.Redis:
        return self._redis

    @property
    def keyring(self) -> TenantKeyring:
        return self._keyring

    @property
    def keystore(self) -> SubjectKeyStore:
        return self._keystore

    @property
    def prefix(self) -> str:
        return self._prefix

    @contextlib.asynccontextmanager
    async def lock(self, tenant: str, sender: str) -> AsyncIterator[None]:
        """Serialise load -> commit of one conversation within this process."""
        lock = self._locks.get((tenant, sender))
        if lock is None:
            lock = self._locks[(tenant, sender)] = asyncio.Lock()
        async with lock:
            yield

    async def ping(self) -> None:
        """Raise :class:`StorageUnavailable` unless Redis answers."""
        async with redis_errors_as_storage_unavailable():
            await self._redis.ping()

    async def subject_keys(self, tenant: str, sender: str) -> SubjectKeys:
        """The Redis key names of ``sender``'s records."""
        return TenantKeys(self._prefix, tenant).subject(
            await self._keyring.subject_id(tenant, sender)
        )

    async def load(self, tenant: str, sender: str) -> ConversationState:
        keys = await self.subject_keys(tenant, sender)
        state = await self.load_subject(keys, sender)
        if state is None:  # nothing stored
            return ConversationState(tenant=tenant, sender=sender, lang=None, turns=[], vault={})
        return state

    async def commit(
        self,
        state: ConversationState,
        new_turns: Sequence[Turn],
        retention_days: int,
        *,
        vault_days: int | None = None,
        phone_regions: Sequence[str] = identifiers.DEFAULT_REGIONS,
    ) -> None:
        """Store ``new_turns``, the vault and the metadata in one transaction, or nothing.

        Turns and metadata get a TTL of ``retention_days``, the vault and the identifier
        index entries one of ``vault_days`` (default: ``retention_days``); each turn keeps
        the expiry it got when written. On success ``state`` reflects what is stored.
        """
        if retention_days < 1 or (vault_days is not None and vault_days < 1):
            raise ValueError("retention_days and vault_days must be at least 1")
        ttl_s = retention_days * SECONDS_PER_DAY
        vault_ttl_s = (vault_days or retention_days) * SECONDS_PER_DAY
        tenant = state.tenant
        keys = await self.subject_keys(tenant, state.sender)
        key = await self._keystore.get_or_create(tenant, keys.cid)
        found = identifiers.from_vault(state.vault, phone_regions)
        digests = identifiers.digests(await self._keyring.identifier_key(tenant), found.lookups())
        index = keys.tenant_keys
        now = time.time()
        expires_at = now + ttl_s
        vault_expires_at = now + vault_ttl_s
        created_at = now if state.created_at is None else state.created_at
        numbers = range(state.next_turn, state.next_turn + len(new_turns))
        meta = {
            "sender": state.sender,
            "lang": state.lang,
            "created_at": created_at,
            "updated_at": now,
            "next_turn": numbers.stop,
        }
        async with (
            redis_errors_as_storage_unavailable(),
            self._redis.pipeline(transaction=True) as pipe,
        ):
            for number, turn in zip(numbers, new_turns, strict=True):
                name = keys.turn(number)
                pipe.set(name, seal_json(key, tenant, name, _turn_to_json(turn)), ex=ttl_s)
            if new_turns:
                pipe.zadd(keys.turns, {str(number): expires_at for number in numbers})
            pipe.zremrangebyscore(keys.turns, "-inf", now)
            pipe.expire(keys.turns, ttl_s)
            pipe.set(keys.meta, seal_json(key, tenant, keys.meta, meta), ex=ttl_s)
            if state.vault:
                vault = seal_json(key, tenant, keys.vault, dict(state.vault))
                pipe.set(keys.vault, vault, ex=vault_ttl_s)
                pipe.zadd(index.vaults, {keys.cid: vault_expires_at})
                pipe.eval(EXPIRE_AT_MAX_SCORE, 1, index.vaults)
            else:
                pipe.delete(keys.vault)
                pipe.zrem(index.vaults, keys.cid)
            if found.is_empty():
                pipe.delete(keys.idents)
            else:
                record = seal_json(key, tenant, keys.idents, found.to_json())
                pipe.set(keys.idents, record, ex=vault_ttl_s)
            for digest in digests:
                pipe.zadd(index.ident(digest), {keys.cid: vault_expires_at})
                pipe.eval(EXPIRE_AT_MAX_SCORE, 1, index.ident(digest))
            pipe.zremrangebyscore(index.convs, "-inf", now)
            pipe.zadd(index.convs, {keys.cid: expires_at})
            pipe.eval(EXPIRE_AT_MAX_SCORE, 1, index.convs)
            await pipe.execute()
        state.turns.extend(new_turns)
        state.next_turn = numbers.stop
        state.created_at = created_at

    async def get_consent(self, tenant: str, sender: str) -> Consent | None:
        return await self.get_subject_consent(await self.subject_keys(tenant, sender))

    async def set_consent(
        self, tenant: str, sender: str, training: bool, retention_days: int | None = None
    ) -> Consent:
        """Record the sender's training consent; it expires after ``retention_days`` if given."""
        if retention_days is not None and retention_days < 1:
            raise ValueError("retention_days must be at least 1")
        keys = await self.subject_keys(tenant, sender)
        key = await self._keystore.get_or_create(tenant, keys.cid)
        consent = Consent(training=training, updated_at=time.time())
        record = {"training": consent.training, "updated_at": consent.updated_at}
        ttl_s = None if retention_days is None else retention_days * SECONDS_PER_DAY
        async with redis_errors_as_storage_unavailable():
            await self._redis.set(
                keys.consent, seal_json(key, tenant, keys.consent, record), ex=ttl_s
            )
        return consent

    async def iter_conversations(
        self, tenant: str
    ) -> AsyncIterator[tuple[ConversationState, Consent | None]]:
        """Every unexpired conversation of ``tenant`` with its consent, in no set order.

        Does not take the per-conversation locks.
        """
        check_tenant(tenant)
        index = TenantKeys(self._prefix, tenant)
        seen: set[str] = set()
        cursor = 0
        while True:
            now = time.time()
            async with redis_errors_as_storage_unavailable():
                cursor, entries = await self._redis.zscan(index.convs, cursor, count=200)
            for member, score in entries:
                cid = stored_text(member)
                if cid in seen or float(score) <= now:
                    continue
                seen.add(cid)
                keys = index.subject(cid)
                state = await self.load_subject(keys, None)
                if state is None:  # expired since the index was last pruned
                    async with redis_errors_as_storage_unavailable():
                        await self._redis.zrem(index.convs, cid)
                    continue
                yield state, state.consent
            if cursor == 0:
                return

    async def existing_key(self, keys: SubjectKeys) -> bytes:
        """The key of a subject that has stored records; :class:`IntegrityError` if gone."""
        key = await self._keystore.get(keys.tenant, keys.cid)
        if key is None:
            raise IntegrityError(MISSING_KEY)
        return key

    async def load_subject(self, keys: SubjectKeys, sender: str | None) -> ConversationState | None:
        """The stored conversation, or None when it has no metadata (never stored/expired)
        and no ``sender`` is given."""
        tenant = keys.tenant
        now = time.time()
        async with redis_errors_as_storage_unavailable():
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.get(keys.meta)
                pipe.get(keys.vault)
                pipe.zrange(keys.turns, 0, -1, withscores=True)
                pipe.get(keys.consent)
                pipe.get(keys.flags)
                meta_reply, vault_reply, entries, consent_reply, flags_reply = await pipe.execute()
            numbered = sorted((int(member), float(score)) for member, score in entries)
            live = [number for number, expiry in numbered if expiry > now]
            replies = await self._redis.mget([keys.turn(n) for n in live]) if live else []
            blobs = {
                n: blob for n, r in zip(live, replies, strict=True) if (blob := stored_bytes(r))
            }
            gone = [str(n) for n, _ in numbered if n not in blobs]
            if gone:
                await self._redis.zrem(keys.turns, *gone)
        meta_blob = stored_bytes(meta_reply)
        vault_blob = stored_bytes(vault_reply)
        consent_blob = stored_bytes(consent_reply)
        flags_blob = stored_bytes(flags_reply)
        singles = (meta_blob, vault_blob, consent_blob, flags_blob)
        stored = bool(blobs) or any(blob is not None for blob in singles)
        key = await self.existing_key(keys) if stored else None
        if key is None or meta_blob is None:
            if sender is None:
                return None
            meta: dict[str, Any] = {"sender": sender}
        else:
            meta = open_json(key, tenant, keys.meta, meta_blob)
        vault = {}
        if key is not None and vault_blob is not None:
            vault = open_json(key, tenant, keys.vault, vault_blob)
        turns = []
        consent, flags = None, ProcessingFlags()
        if key is not None:
            turns = [
                _turn_from_json(open_json(key, tenant, keys.turn(n), b)) for n, b in blobs.items()
            ]
            if consent_blob is not None:
                consent = _consent_from_json(open_json(key, tenant, keys.consent, consent_blob))
            if flags_blob is not None:
                flags = _flags_from_json(open_json(key, tenant, keys.flags, flags_blob))
        try:
            stored_sender = meta["sender"]
            state = ConversationState(
                tenant=tenant,
                sender=stored_sender,
                lang=meta.get("lang"),
                turns=turns,
                vault={str(k): str(v) for k, v in vault.items()},
                created_at=meta.get("created_at"),
                next_turn=max([int(meta.get("next_turn", 0))] + [n + 1 for n, _ in numbered]),
                consent=consent,
                flags=flags,
            )
        except (KeyError, TypeError, ValueError):
            raise IntegrityError("a stored conversation record has an unexpected shape") from None
        if sender is not None and stored_sender != sender:
            raise IntegrityError("a stored conversation belongs to another sender")
        return state

    async def get_subject_consent(self, keys: SubjectKeys) -> Consent | None:
        async with redis_errors_as_storage_unavailable():
            blob = stored_bytes(await self._redis.get(keys.consent))
        if blob is None:
            return None
        key = await self.existing_key(keys)
        return _consent_from_json(open_json(key, keys.tenant, keys.consent, blob))

    async def get_subject_flags(self, keys: SubjectKeys) -> ProcessingFlags:
        async with redis_errors_as_storage_unavailable():
            blob = stored_bytes(await self._redis.get(keys.flags))
        if blob is None:
            return ProcessingFlags()
        key = await self.existing_key(keys)
        return _flags_from_json(open_json(key, keys.tenant, keys.flags, blob))


def _consent_from_json(record: dict[str, Any]) -> Consent:
    try:
        return Consent(training=bool(record["training"]), updated_at=float(record["updated_at"]))
    except (KeyError, TypeError, ValueError):
        raise IntegrityError("a stored consent record has an unexpected shape") from None


def _flags_from_json(record: dict[str, Any]) -> ProcessingFlags:
    try:
        return ProcessingFlags(
            restricted=bool(record["restricted"]),
            objected=bool(record["objected"]),
            updated_at=float(record["updated_at"]),
        )
    except (KeyError, TypeError, ValueError):
        raise IntegrityError("a stored flags record has an unexpected shape") from None


def _turn_to_json(turn: Turn) -> dict[str, Any]:
    return {
        "role": turn.role,
        "text": turn.text,
        "ts": turn.ts,
        "training_allowed": turn.training_allowed,
        "lang": turn.lang,
    }


def _turn_from_json(record: dict[str, Any]) -> Turn:
    role = record.get("role")
    if role not in ("user", "bot"):
        raise IntegrityError("a stored turn has an unknown role")
    try:
        return Turn(
            role=role,
            text=str(record["text"]),
            ts=float(record["ts"]),
            training_allowed=bool(record["training_allowed"]),
            lang=str(record["lang"]),
        )
    except (KeyError, TypeError, ValueError):
        raise IntegrityError("a stored turn has an unexpected shape") from None
