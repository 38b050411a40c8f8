"""Everything stored about one data subject: find, export, erase, rectify, flags, sealing.

A subject is one sender of one tenant. Their records (``storage/records.py``) are sealed
with a key of their own (``storage/keystore.py``); they can be found by sender id, or by an
email address or phone number they gave (keyed hashes, ``storage/identifiers.py``).

Erasure, in this order, so that a failed erasure can simply be run again:

1. find every Redis key of the subject (SCAN of the tenant's keys: ``conv:{cid}:*``,
   ``subj:{cid}:*``, and the identifier sets that list the cid);
2. delete them and the cid's index entries in one MULTI/EXEC transaction: all or nothing,
   so a dead Redis leaves everything as it was (and still findable) and raises the
   retryable :class:`StorageUnavailable`;
3. delete the subject's key file. If this fails, Redis already holds nothing of the person;
   running the erasure again finds no keys and deletes the file.

Step 1 does not need the subject key, so erasure also works when the key is already gone.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from bot.config.models import TenantConfig
from bot.errors import BadRequest, NotFound
from redaction.entities import EMAIL_ADDRESS, PHONE_NUMBER
from redaction.pseudonymize import PLACEHOLDER, PlaceholderVault, reidentify
from storage import identifiers
from storage.cipher import open_sealed, seal
from storage.conversations import SECONDS_PER_DAY, ConversationStore, ProcessingFlags
from storage.keyring import check_tenant
from storage.records import EXPIRE_AT_MAX_SCORE, SubjectKeys, TenantKeys, open_json, seal_json
from storage.redis_conn import redis_errors_as_storage_unavailable, stored_bytes, stored_text

EXPORT_SCHEMA = "allai.subject-export/1"
_SCAN_COUNT = 1000


class SubjectErased(NotFound):
    """The subject has no key (erased, or never stored): what was sealed for them is gone."""


@dataclass(frozen=True)
class SubjectRef:
    """Who a request is about: exactly one field set."""

    sender: str | None = None
    email: str | None = None
    phone: str | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sender, self.email, self.phone) if v is not None]
        if len(given) != 1:
            raise BadRequest("name the subject by exactly one of: sender, email, phone")
        value = given[0]
        if not isinstance(value, str) or not value.strip():
            raise BadRequest("the subject's sender, email or phone must be a non-empty string")


@dataclass(frozen=True)
class ErasureReport:
    keys_deleted: int  # Redis keys removed
    key_destroyed: bool  # the subject key was found and destroyed


class SubjectData:
    def __init__(self, store: ConversationStore, tenants: Mapping[str, TenantConfig]) -> None:
        self._store = store
        self._redis = store.redis
        self._keyring = store.keyring
        self._keystore = store.keystore
        self._prefix = store.prefix
        self._tenants = tenants

    # -- naming --

    async def pseudonym(self, tenant: str, sender: str) -> str:
        """The subject's pseudonym (cid): safe to keep, links to nobody without the DEK."""
        self._tenant(tenant)
        return await self._keyring.subject_id(tenant, sender)

    async def find(self, tenant: str, ref: SubjectRef) -> list[str]:
        """The sender ids of the subjects ``ref`` names that have data here (maybe none)."""
        config = self._tenant(tenant)
        if ref.sender is not None:
            keys = await self._keys(tenant, ref.sender)
            async with redis_errors_as_storage_unavailable():
                held = await self._redis.exists(*keys.holders)
            return [ref.sender] if held else []
        if ref.email is not None:
            email = identifiers.normalise_email(ref.email)
            if email is None:
                raise BadRequest("'email' is not an email address")
            lookups = [("email", email)]
        else:
            phones = identifiers.normalise_phone(
                str(ref.phone), identifiers.phone_regions(config.languages)
            )
            if not phones:
                raise BadRequest("'phone' is not a phone number")
            lookups = [("phone", phone) for phone in phones]
        index = TenantKeys(self._prefix, tenant)
        subkey = await self._keyring.identifier_key(tenant)
        now = time.time()
        cids: set[str] = set()
        async with redis_errors_as_storage_unavailable():
            for digest in identifiers.digests(subkey, lookups):
                members = await self._redis.zrangebyscore(index.ident(digest), now, "+inf")
                cids.update(stored_text(m) for m in members)
        senders: set[str] = set()
        for cid in sorted(cids):
            if await self._keystore.get(tenant, cid) is None:
                continue  # erased: only an old copy of Redis still lists them
            state = await self._store.load_subject(index.subject(cid), None)
            if state is not None:
                senders.add(state.sender)
        return sorted(senders)

    # -- access / portability --

    async def export(self, tenant: str, sender: str) -> dict[str, Any]:
        """Everything held about the subject, their own values restored (README: schema)."""
        config = self._tenant(tenant)
        keys = await self._keys(tenant, sender)
        state = await self._store.load_subject(keys, None)
        conversation: dict[str, Any] | None = None
        if state is not None:
            vault = PlaceholderVault.from_dict(state.vault)
            mode = config.redaction.mode
            conversation = {
                "lang": state.lang,
                "created_at": state.created_at,
                "turns": [
                    {
                        "role": turn.role,
                        "text": reidentify(turn.text, vault, mode),
                        "ts": turn.ts,
                        "lang": turn.lang,
                        "training_allowed": turn.training_allowed,
                    }
                    for turn in state.turns
                ],
            }
        consent = await self._store.get_subject_consent(keys)
        flags = await self._store.get_subject_flags(keys)
        found = await self._identifiers(keys)
        return {
            "schema": EXPORT_SCHEMA,
            "tenant": tenant,
            "sender": sender,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "conversation": conversation,
            "consent": None
            if consent is None
            else {"training": consent.training, "updated_at": consent.updated_at},
            "processing": flags.to_json(),
            "identifiers": found.to_json(),
        }

    # -- erasure --

    async def erase(self, tenant: str, sender: str) -> ErasureReport:
        """Delete every record and index entry of the subject, then destroy their key.

        Safe to run again after a failure (see the module docstring for the order).
        """
        self._tenant(tenant)
        async with self._store.lock(tenant, sender):
            keys = await self._keys(tenant, sender)
            index = keys.tenant_keys
            own, ident_sets = await self._subject_redis_keys(keys)
            async with (
                redis_errors_as_storage_unavailable(),
                self._redis.pipeline(transaction=True) as pipe,
            ):
                if own:
                    pipe.delete(*own)
                for name in (index.convs, index.vaults, *ident_sets):
                    pipe.zrem(name, keys.cid)
                replies = await pipe.execute()
            deleted = int(replies[0]) if own else 0
            destroyed = await self._keystore.destroy(tenant, keys.cid)
        return ErasureReport(keys_deleted=deleted, key_destroyed=destroyed)

    async def _subject_redis_keys(self, keys: SubjectKeys) -> tuple[list[str], list[str]]:
        """The subject's own keys, and the identifier sets that list their cid."""
        own_prefixes = tuple(pattern.removesuffix("*") for pattern in keys.patterns)
        ident_prefix = keys.tenant_keys.ident_pattern.removesuffix("*")
        own: list[str] = []
        candidates: list[str] = []
        async with redis_errors_as_storage_unavailable():
            pattern = f"{keys.tenant_keys.base}:*"
            async for raw in self._redis.scan_iter(match=pattern, count=_SCAN_COUNT):
                name = stored_text(raw)
                if name.startswith(own_prefixes):
                    own.append(name)
                elif name.startswith(ident_prefix):
                    candidates.append(name)
            ident_sets: list[str] = []
            if candidates:
                async with self._redis.pipeline(transaction=False) as pipe:
                    for name in candidates:
                        pipe.zscore(name, keys.cid)
                    scores = await pipe.execute()
                ident_sets = [n for n, s in zip(candidates, scores, strict=True) if s is not None]
        return sorted(set(own)), ident_sets

    # -- rectification --

    async def rectify(self, tenant: str, sender: str, old: str, new: str) -> int:
        """Replace ``old`` by ``new`` wherever the subject's records hold it: vault values
        (same value after normalisation for emails and phone numbers) and turn text in
        clear. Re-indexes emails and phone numbers. Returns how many values it replaced."""
        config = self._tenant(tenant)
        if not old.strip() or not new.strip():
            raise BadRequest("rectification needs a non-empty old and new value")
        if old == new:
            raise BadRequest("the new value is the same as the old one")
        regions = identifiers.phone_regions(config.languages)
        async with self._store.lock(tenant, sender):
            keys = await self._keys(tenant, sender)
            stored = await self._read_records(keys)
            if stored.vault_blob is None and not stored.turns:
                return 0
            key = await self._store.existing_key(keys)
            replaced = 0
            writes: dict[str, bytes] = {}
            for number, blob in stored.turns:
                name = keys.turn(number)
                record = open_json(key, tenant, name, blob)
                text = str(record.get("text", ""))
                if old in text:
                    replaced += text.count(old)
                    record["text"] = text.replace(old, new)
                    writes[name] = seal_json(key, tenant, name, record)
            vault: dict[str, str] | None = None
            if stored.vault_blob is not None:
                opened = open_json(key, tenant, keys.vault, stored.vault_blob)
                vault = {str(k): str(v) for k, v in opened.items()}
                for placeholder, value in list(vault.items()):
                    if _same_value(placeholder, value, old, regions):
                        vault[placeholder] = new
                        replaced += 1
            if replaced:
                await self._write_rectified(keys, key, writes, vault, stored.vault_expiry, regions)
        return replaced

    async def _read_records(self, keys: SubjectKeys) -> _Stored:
        async with redis_errors_as_storage_unavailable():
            vault_blob = stored_bytes(await self._redis.get(keys.vault))
            members = cast(list[bytes], await self._redis.zrange(keys.turns, 0, -1))
            numbers = [int(m) for m in members]
            replies = await self._redis.mget([keys.turn(n) for n in numbers]) if numbers else []
            expiry = await self._redis.zscore(keys.tenant_keys.vaults, keys.cid)
        turns = [(n, b) for n, r in zip(numbers, replies, strict=True) if (b := stored_bytes(r))]
        return _Stored(vault_blob, turns, None if expiry is None else float(expiry))

    async def _write_rectified(
        self,
        keys: SubjectKeys,
        key: bytes,
        turns: dict[str, bytes],
        vault: dict[str, str] | None,
        vault_expiry: float | None,
        regions: tuple[str, ...],
    ) -> None:
        """Write the changed turns and vault (keeping their expiry) and re-index the
        subject's emails and phone numbers, in one transaction."""
        tenant, index = keys.tenant, keys.tenant_keys
        subkey = await self._keyring.identifier_key(tenant)
        before = await self._identifiers(keys)
        after = identifiers.from_vault(vault or {}, regions)
        added = identifiers.digests(subkey, after.lookups())
        gone = set(identifiers.digests(subkey, before.lookups())) - set(added)
        async with (
            redis_errors_as_storage_unavailable(),
            self._redis.pipeline(transaction=True) as pipe,
        ):
            for name, sealed in turns.items():
                pipe.set(name, sealed, keepttl=True, xx=True)
            if vault is not None:
                sealed_vault = seal_json(key, tenant, keys.vault, vault)
                pipe.set(keys.vault, sealed_vault, keepttl=True, xx=True)
            for digest in gone:
                pipe.zrem(index.ident(digest), keys.cid)
            if after.is_empty() or vault_expiry is None:
                pipe.delete(keys.idents)
            else:
                record = seal_json(key, tenant, keys.idents, after.to_json())
                pipe.set(keys.idents, record, pxat=int(vault_expiry * 1000))
                for digest in added:
                    pipe.zadd(index.ident(digest), {keys.cid: vault_expiry})
                    pipe.eval(EXPIRE_AT_MAX_SCORE, 1, index.ident(digest))
            await pipe.execute()

    # -- restriction / objection --

    async def flags(self, tenant: str, sender: str) -> ProcessingFlags:
        self._tenant(tenant)
        return await self._store.get_subject_flags(await self._keys(tenant, sender))

    async def set_flags(
        self,
        tenant: str,
        sender: str,
        *,
        restricted: bool | None = None,
        objected: bool | None = None,
    ) -> ProcessingFlags:
        """Change the flags given (the others stay). Kept without expiry: a restriction or
        objection must outlive the conversations it was made in."""
        self._tenant(tenant)
        async with self._store.lock(tenant, sender):
            keys = await self._keys(tenant, sender)
            current = await self._store.get_subject_flags(keys)
            flags = ProcessingFlags(
                restricted=current.restricted if restricted is None else restricted,
                objected=current.objected if objected is None else objected,
                updated_at=time.time(),
            )
            key = await self._keystore.get_or_create(tenant, keys.cid)
            record = seal_json(key, tenant, keys.flags, flags.to_json())
            async with redis_errors_as_storage_unavailable():
                await self._redis.set(keys.flags, record)
        return flags

    # -- sealing for others (e.g. data-subject request details) --

    async def seal_for(self, tenant: str, sender: str, plaintext: bytes, aad: bytes) -> bytes:
        """Encrypt with the subject's own key (created if needed); erasure makes it unreadable.

        Keeps the key from the retention sweep for ``retention.request_days``."""
        keys = await self.keep_key(tenant, sender)
        key = await self._keystore.get_or_create(tenant, keys.cid)
        return seal(key, plaintext, _sealed_for_aad(tenant, keys.cid, aad))

    async def keep_key(self, tenant: str, sender: str) -> SubjectKeys:
        """Keep the subject's key from the retention sweep for ``retention.request_days``
        (values sealed with it are held outside the subject's records); their key names."""
        config = self._tenant(tenant)
        keys = await self._keys(tenant, sender)
        ttl_s = config.retention.request_days * SECONDS_PER_DAY
        async with redis_errors_as_storage_unavailable():
            await self._redis.set(keys.sealed_marker, b"", ex=ttl_s)
        return keys

    async def open_for(self, tenant: str, sender: str, sealed: bytes, aad: bytes) -> bytes:
        """Decrypt what :meth:`seal_for` made; :class:`SubjectErased` once the key is gone."""
        self._tenant(tenant)
        keys = await self._keys(tenant, sender)
        key = await self._keystore.get(tenant, keys.cid)
        if key is None:
            raise SubjectErased("this subject's data was erased: it can no longer be decrypted")
        return open_sealed(key, sealed, _sealed_for_aad(tenant, keys.cid, aad))

    # -- helpers --

    def _tenant(self, tenant: str) -> TenantConfig:
        check_tenant(tenant)
        try:
            return self._tenants[tenant]
        except KeyError:
            raise NotFound(f"unknown tenant '{tenant}'") from None

    async def _keys(self, tenant: str, sender: str) -> SubjectKeys:
        if not sender.strip():
            raise BadRequest("'sender' must be a non-empty string")
        return await self._store.subject_keys(tenant, sender)

    async def _identifiers(self, keys: SubjectKeys) -> identifiers.Identifiers:
        async with redis_errors_as_storage_unavailable():
            blob = stored_bytes(await self._redis.get(keys.idents))
        if blob is None:
            return identifiers.Identifiers()
        record = open_json(await self._store.existing_key(keys), keys.tenant, keys.idents, blob)
        return identifiers.Identifiers.from_json(record)


@dataclass(frozen=True)
class _Stored:
    vault_blob: bytes | None
    turns: list[tuple[int, bytes]]  # (turn number, sealed turn) of the turns still stored
    vault_expiry: float | None


def _sealed_for_aad(tenant: str, cid: str, aad: bytes) -> bytes:
    return b"allai/sealed-for\x00" + tenant.encode() + b"\x00" + cid.encode() + b"\x00" + aad


def _same_value(placeholder: str, value: str, old: str, regions: tuple[str, ...]) -> bool:
    match = PLACEHOLDER.fullmatch(placeholder)
    entity_type = match["type"] if match else ""
    if entity_type == EMAIL_ADDRESS:
        email = identifiers.normalise_email(old)
        return email is not None and identifiers.normalise_email(value) == email
    if entity_type == PHONE_NUMBER:
        wanted = set(identifiers.normalise_phone(old, regions))
        return bool(wanted & set(identifiers.normalise_phone(value, regions)))
    return " ".join(value.split()).casefold() == " ".join(old.split()).casefold()


__all__ = [
    "EXPORT_SCHEMA",
    "ErasureReport",
    "ProcessingFlags",
    "SubjectData",
    "SubjectErased",
    "SubjectRef",
]
