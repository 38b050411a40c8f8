"""Conversations, their placeholder vaults and consent, encrypted per tenant in Redis.

Key layout (``cid`` is the keyring's pseudonym of the sender; no key name holds personal
data, every value is sealed with the tenant DEK and bound to its tenant and key name)::

    {prefix}:{tenant}:conv:{cid}:meta       string  sender, lang, created/updated, turn counter
    {prefix}:{tenant}:conv:{cid}:turn:{n}   string  one Turn; expires retention after writing
    {prefix}:{tenant}:conv:{cid}:turns      zset    turn number -> expiry time (unix s)
    {prefix}:{tenant}:conv:{cid}:vault      string  placeholder -> original value
    {prefix}:{tenant}:convs                 zset    cid -> expiry time of the conversation
    {prefix}:{tenant}:subj:{cid}:consent    string  training consent

``commit`` writes a conversation's changes in one MULTI/EXEC transaction. Within one process,
hold ``store.lock(tenant, sender)`` from ``load`` to ``commit``; two processes writing the
same conversation at once are not coordinated (the later commit's vault and meta win).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import weakref
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import redis.asyncio as aioredis

from storage.cipher import open_sealed, seal
from storage.errors import IntegrityError
from storage.keyring import TenantKeyring, check_tenant
from storage.redis_conn import redis_errors_as_storage_unavailable, stored_bytes

SECONDS_PER_DAY = 86_400

# Runs inside the commit transaction: let the tenant index live as long as its
# longest-lived conversation (scores are expiry times), whatever the retention was then.
_EXPIRE_AT_MAX_SCORE = """
local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if top[2] then
  redis.call('PEXPIREAT', KEYS[1], math.ceil(tonumber(top[2]) * 1000))
end
return 0
"""


@dataclass(frozen=True, slots=True)
class Turn:
    role: Literal["user", "bot"]
    text: str  # already redacted by the caller (placeholders)
    ts: float  # unix time
    training_allowed: bool
    lang: str


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

    @property
    def is_new(self) -> bool:
        """No (unexpired) turns are stored yet."""
        return not self.turns


@dataclass(frozen=True, slots=True)
class Consent:
    training: bool
    updated_at: float


@dataclass(frozen=True, slots=True)
class _Keys:
    prefix: str
    tenant: str
    cid: str

    @property
    def conv(self) -> str:
        return f"{self.prefix}:{self.tenant}:conv:{self.cid}"

    @property
    def meta(self) -> str:
        return f"{self.conv}:meta"

    @property
    def turns(self) -> str:
        return f"{self.conv}:turns"

    @property
    def vault(self) -> str:
        return f"{self.conv}:vault"

    def turn(self, number: int) -> str:
        return f"{self.conv}:turn:{number}"

    @property
    def index(self) -> str:
        return f"{self.prefix}:{self.tenant}:convs"

    @property
    def consent(self) -> str:
        return f"{self.prefix}:{self.tenant}:subj:{self.cid}:consent"


def record_aad(tenant: str, key: str) -> bytes:
    """The AAD of a stored record: binds the value to its tenant and its full key name."""
    return b"allai/record\x00" + tenant.encode() + b"\x00" + key.encode()


class ConversationStore:
    def __init__(
        self, redis: aioredis.Redis, keyring: TenantKeyring, prefix: str = "allai"
    ) -> None:
        self._redis = redis
        self._keyring = keyring
        self._prefix = prefix
        # A lock lives as long as someone holds or awaits it.
        self._locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

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

    async def load(self, tenant: str, sender: str) -> ConversationState:
        keys = await self._keys(tenant, sender)
        state = await self._load(keys, sender)
        if state is None:  # nothing stored
            return ConversationState(tenant=tenant, sender=sender, lang=None, turns=[], vault={})
        return state

    async def commit(
        self, state: ConversationState, new_turns: Sequence[Turn], retention_days: int
    ) -> None:
        """Store ``new_turns``, the vault and the metadata in one transaction, or nothing.

        Every key written gets a TTL of ``retention_days``; each turn keeps the expiry it
        got when written. On success ``state`` reflects what is stored (turns appended).
        """
        if retention_days < 1:
            raise ValueError("retention_days must be at least 1")
        ttl_s = retention_days * SECONDS_PER_DAY
        keys = await self._keys(state.tenant, state.sender)
        dek = await self._keyring.data_key(state.tenant)
        now = time.time()
        expires_at = now + ttl_s
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
                key = keys.turn(number)
                pipe.set(key, _seal_json(dek, state.tenant, key, _turn_to_json(turn)), ex=ttl_s)
            if new_turns:
                pipe.zadd(keys.turns, {str(number): expires_at for number in numbers})
            pipe.zremrangebyscore(keys.turns, "-inf", now)
            pipe.expire(keys.turns, ttl_s)
            pipe.set(keys.meta, _seal_json(dek, state.tenant, keys.meta, meta), ex=ttl_s)
            if state.vault:
                vault = _seal_json(dek, state.tenant, keys.vault, dict(state.vault))
                pipe.set(keys.vault, vault, ex=ttl_s)
            else:
                pipe.delete(keys.vault)
            pipe.zremrangebyscore(keys.index, "-inf", now)
            pipe.zadd(keys.index, {keys.cid: expires_at})
            pipe.eval(_EXPIRE_AT_MAX_SCORE, 1, keys.index)
            await pipe.execute()
        state.turns.extend(new_turns)
        state.next_turn = numbers.stop
        state.created_at = created_at

    async def get_consent(self, tenant: str, sender: str) -> Consent | None:
        return await self._get_consent(await self._keys(tenant, sender))

    async def set_consent(
        self, tenant: str, sender: str, training: bool, retention_days: int | None = None
    ) -> Consent:
        """Record the sender's training consent; it expires after ``retention_days`` if given."""
        if retention_days is not None and retention_days < 1:
            raise ValueError("retention_days must be at least 1")
        keys = await self._keys(tenant, sender)
        dek = await self._keyring.data_key(tenant)
        consent = Consent(training=training, updated_at=time.time())
        record = {"training": consent.training, "updated_at": consent.updated_at}
        ttl_s = None if retention_days is None else retention_days * SECONDS_PER_DAY
        async with redis_errors_as_storage_unavailable():
            await self._redis.set(
                keys.consent, _seal_json(dek, tenant, keys.consent, record), ex=ttl_s
            )
        return consent

    async def iter_conversations(
        self, tenant: str
    ) -> AsyncIterator[tuple[ConversationState, Consent | None]]:
        """Every unexpired conversation of ``tenant`` with its consent, in no set order.

        Does not take the per-conversation locks.
        """
        check_tenant(tenant)
        index = _Keys(self._prefix, tenant, "").index
        seen: set[str] = set()
        cursor = 0
        while True:
            now = time.time()
            async with redis_errors_as_storage_unavailable():
                cursor, entries = await self._redis.zscan(index, cursor, count=200)
            for member, score in entries:
                cid = member.decode() if isinstance(member, bytes) else str(member)
                if cid in seen or float(score) <= now:
                    continue
                seen.add(cid)
                keys = _Keys(self._prefix, tenant, cid)
                state = await self._load(keys, None)
                if state is None:  # expired since the index was last pruned
                    async with redis_errors_as_storage_unavailable():
                        await self._redis.zrem(index, cid)
                    continue
                yield state, await self._get_consent(keys)
            if cursor == 0:
                return

    async def _keys(self, tenant: str, sender: str) -> _Keys:
        return _Keys(self._prefix, tenant, await self._keyring.subject_id(tenant, sender))

    async def _load(self, keys: _Keys, sender: str | None) -> ConversationState | None:
        """The stored conversation, or None when it has no metadata (never stored/expired)."""
        tenant = keys.tenant
        dek = await self._keyring.data_key(tenant)
        now = time.time()
        async with redis_errors_as_storage_unavailable():
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.get(keys.meta)
                pipe.get(keys.vault)
                pipe.zrange(keys.turns, 0, -1, withscores=True)
                meta_reply, vault_reply, entries = await pipe.execute()
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
        if meta_blob is None:
            if sender is None:
                return None
            meta: dict[str, Any] = {"sender": sender}
        else:
            meta = _open_json(dek, tenant, keys.meta, meta_blob)
        vault_blob = stored_bytes(vault_reply)
        vault = {} if vault_blob is None else _open_json(dek, tenant, keys.vault, vault_blob)
        turns = [
            _turn_from_json(_open_json(dek, tenant, keys.turn(n), b)) for n, b in blobs.items()
        ]
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
            )
        except (KeyError, TypeError, ValueError):
            raise IntegrityError("a stored conversation record has an unexpected shape") from None
        if sender is not None and stored_sender != sender:
            raise IntegrityError("a stored conversation belongs to another sender")
        return state

    async def _get_consent(self, keys: _Keys) -> Consent | None:
        async with redis_errors_as_storage_unavailable():
            blob = stored_bytes(await self._redis.get(keys.consent))
        if blob is None:
            return None
        record = _open_json(
            await self._keyring.data_key(keys.tenant), keys.tenant, keys.consent, blob
        )
        try:
            return Consent(
                training=bool(record["training"]), updated_at=float(record["updated_at"])
            )
        except (KeyError, TypeError, ValueError):
            raise IntegrityError("a stored consent record has an unexpected shape") from None


def _seal_json(dek: bytes, tenant: str, key: str, record: dict[str, Any]) -> bytes:
    plaintext = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
    return seal(dek, plaintext, record_aad(tenant, key))


def _open_json(dek: bytes, tenant: str, key: str, blob: bytes) -> dict[str, Any]:
    plaintext = open_sealed(dek, blob, record_aad(tenant, key))
    try:
        record = json.loads(plaintext)
    except ValueError:
        raise IntegrityError("a stored record is not JSON") from None
    if not isinstance(record, dict):
        raise IntegrityError("a stored record is not a JSON object")
    return record


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
