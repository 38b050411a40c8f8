"""Carrying out each right on the person's stored data, one method per request type.

``RightsActions.run`` is called when a request is completed; it returns counts only (they
go into the request record and must never hold personal data).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from bot.errors import BadRequest
from bot.rights.confirmations import PendingConfirmations
from bot.rights.deadlines import Clock
from bot.rights.kinds import RequestType
from bot.rights.records import EXPORT_DAYS, RequestRecord, RequestStore
from bot.rights.views import describe
from storage.subjects import SubjectData, SubjectRef

# (tenant, sender, training) -> records the person's training consent
ConsentSetter = Callable[[str, str, bool], Awaitable[object]]
# (tenant, cid) -> how many Redis keys still carry the pseudonym in their name
RemainingKeys = Callable[[str, str], Awaitable[int]]
Action = Callable[[str, RequestRecord, list[str], dict[str, Any]], Awaitable[dict[str, Any]]]

EXPORT_SCHEMA = "allai.dsr-export/1"


def export_aad(tenant: str, key: str) -> bytes:
    return b"allai/dsr-export\x00" + tenant.encode() + b"\x00" + key.encode()


def rectification_values(details: dict[str, Any]) -> tuple[str, str]:
    """``{"old": "...", "new": "..."}``: replace ``old`` by ``new`` everywhere it is held."""
    old, new = details.get("old"), details.get("new")
    if not isinstance(old, str) or not old.strip() or not isinstance(new, str) or not new.strip():
        raise BadRequest(
            "rectification needs details {'old': '<stored value>', 'new': '<correct value>'}"
        )
    if set(details) - {"old", "new"}:
        raise BadRequest("rectification details take only 'old' and 'new'")
    if len(old) > 1000 or len(new) > 1000:
        raise BadRequest("rectification values are at most 1000 characters")
    if old == new:
        raise BadRequest("rectification 'old' and 'new' are the same")
    return old, new


class RightsActions:
    def __init__(
        self,
        subjects: SubjectData,
        requests: RequestStore,
        set_training_consent: ConsentSetter,
        remaining_keys: RemainingKeys,
        pending: PendingConfirmations,
        clock: Clock,
    ) -> None:
        self._subjects = subjects
        self._requests = requests
        self._pending = pending
        self._set_consent = set_training_consent
        self._remaining_keys = remaining_keys
        self._clock = clock
        self._by_type: dict[RequestType, Action] = {
            RequestType.ACCESS: self._export,
            RequestType.PORTABILITY: self._export,
            RequestType.RECTIFICATION: self._rectify,
            RequestType.ERASURE: self._erase,
            RequestType.RESTRICTION: self._restrict,
            RequestType.OBJECTION: self._object,
            RequestType.HANDOFF: self._nothing,
        }

    async def run(
        self, tenant: str, record: RequestRecord, senders: list[str], details: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._by_type[record.type](tenant, record, senders, details)

    async def requests_of(self, tenant: str, cid: str) -> list[dict[str, Any]]:
        """The person's own requests, as they appear in their export."""
        now = self._clock()
        return [
            describe(r, now, for_subject=True)
            for r in await self._requests.all(tenant)
            if cid in r.cids
        ]

    async def _export(
        self, tenant: str, record: RequestRecord, senders: list[str], details: dict[str, Any]
    ) -> dict[str, Any]:
        turns = 0
        for sender, cid in zip(senders, record.cids, strict=True):
            document = await self._subjects.export(tenant, sender)
            document["requests"] = await self.requests_of(tenant, cid)
            conversation = document.get("conversation") or {}
            turns += len(conversation.get("turns") or [])
            key = self._requests.export_key(tenant, record.id, cid)
            plaintext = json.dumps(document, ensure_ascii=False).encode()
            blob = await self._subjects.seal_for(tenant, sender, plaintext, export_aad(tenant, key))
            await self._requests.put_part(tenant, key, blob, EXPORT_DAYS)
        return {"subjects": len(senders), "turns": turns, "export_days": EXPORT_DAYS}

    async def _rectify(
        self, tenant: str, record: RequestRecord, senders: list[str], details: dict[str, Any]
    ) -> dict[str, Any]:
        old, new = rectification_values(details)
        replaced = 0
        for sender in senders:
            replaced += await self._subjects.rectify(tenant, sender, old, new)
        return {"subjects": len(senders), "values_replaced": replaced}

    async def _erase(
        self, tenant: str, record: RequestRecord, senders: list[str], details: dict[str, Any]
    ) -> dict[str, Any]:
        keys_deleted = keys_destroyed = 0
        for sender, cid in zip(senders, record.cids, strict=True):
            report = await self._subjects.erase(tenant, sender)
            keys_deleted += report.keys_deleted
            keys_destroyed += int(report.key_destroyed)
            await self._pending.take(tenant, cid)  # a chat erasure question still pending
        # Every request about these people keeps only their pseudonyms from now on.
        erased = set(record.cids)
        for other in await self._requests.all(tenant):
            if erased & set(other.cids):
                await self._requests.drop_personal_parts(tenant, other)
        # The verification: nothing left under their pseudonyms, nobody found by sender id.
        remaining = 0
        found = 0
        for sender, cid in zip(senders, record.cids, strict=True):
            remaining += await self._remaining_keys(tenant, cid)
            found += len(await self._subjects.find(tenant, SubjectRef(sender=sender)))
        return {
            "subjects": len(senders),
            "keys_deleted": keys_deleted,
            "subject_keys_destroyed": keys_destroyed,
            "remaining_keys": remaining,
            "still_found": found,
            "verified": remaining == 0 and found == 0,
        }

    async def _restrict(
        self, tenant: str, record: RequestRecord, senders: list[str], details: dict[str, Any]
    ) -> dict[str, Any]:
        for sender in senders:
            await self._subjects.set_flags(tenant, sender, restricted=True)
        return {"subjects": len(senders), "restricted": True}

    async def _object(
        self, tenant: str, record: RequestRecord, senders: list[str], details: dict[str, Any]
    ) -> dict[str, Any]:
        for sender in senders:
            await self._set_consent(tenant, sender, False)
            await self._subjects.set_flags(tenant, sender, objected=True)
        return {"subjects": len(senders), "training": False, "objected": True}

    async def _nothing(
        self, tenant: str, record: RequestRecord, senders: list[str], details: dict[str, Any]
    ) -> dict[str, Any]:
        return {}
