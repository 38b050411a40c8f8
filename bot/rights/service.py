"""Data-subject requests: filing, the lifecycle, deadlines, exports, the retention sweep.

Every change of a request is written to the record (its history) and appended to the
tenant's audit trail. Completing a request carries out the right (``RightsActions``).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import weakref
from collections.abc import Callable
from typing import Any

from bot.config.models import TenantConfig
from bot.errors import BadRequest, Conflict, NotFound
from bot.rights.actions import EXPORT_SCHEMA, RightsActions, export_aad, rectification_values
from bot.rights.audit import AuditTrail
from bot.rights.deadlines import MAX_EXTENSION_MONTHS, Clock, iso
from bot.rights.kinds import (
    EXPORT_TYPES,
    OPEN,
    TERMINAL,
    TRANSITIONS,
    Action,
    Actor,
    RequestType,
    Status,
)
from bot.rights.records import Extension, RequestRecord, RequestStore, new_request_id
from bot.rights.senders import RequestSenders
from bot.rights.views import overdue_reasons
from storage.conversations import SECONDS_PER_DAY
from storage.subjects import SubjectData, SubjectRef

MAX_REASON_CHARS = 500
_SUBJECT_SEALED = b"S"  # personal part sealed with the subject's own key
_TENANT_SEALED = b"T"  # ... with the tenant DEK (no subject found; dropped once closed)


def request_days(config: TenantConfig) -> int:
    return config.retention.request_days


def subject_kind(ref: SubjectRef) -> str:
    return "sender" if ref.sender is not None else "email" if ref.email is not None else "phone"


def check_reason(reason: str | None, what: str) -> str:
    if reason is None or not reason.strip():
        raise BadRequest(f"{what} needs a 'reason'")
    if len(reason) > MAX_REASON_CHARS:
        raise BadRequest(f"'reason' is at most {MAX_REASON_CHARS} characters")
    return reason.strip()


class RightsService:
    def __init__(
        self,
        requests: RequestStore,
        senders: RequestSenders,
        audit: AuditTrail,
        subjects: SubjectData,
        actions: RightsActions,
        tenants: Callable[[str], TenantConfig],
        clock: Clock,
    ) -> None:
        self.requests = requests
        self.senders = senders
        self.audit = audit
        self._subjects = subjects
        self._actions = actions
        self._tenant = tenants
        self._clock = clock
        self._locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    def now(self) -> float:
        return self._clock()

    async def pseudonym(self, tenant: str, sender: str) -> str:
        return await self._subjects.pseudonym(tenant, sender)

    # -- filing --

    async def file(
        self,
        tenant: str,
        type_: RequestType,
        ref: SubjectRef,
        details: dict[str, Any] | None,
        *,
        actor: Actor,
        channel: str,
        carry_out: bool,
        carried_out_by: Actor | None = None,
    ) -> RequestRecord:
        """Record a new request (state ``received``); with ``carry_out`` (admin token, or a
        visitor proven by their sender id) verify, start and complete it at once, as
        ``carried_out_by`` (default: ``actor``; the bot when a visitor served themselves)."""
        config = self._tenant(tenant)
        details = dict(details or {})
        if type_ is RequestType.RECTIFICATION:
            rectification_values(details)
        elif details:
            raise BadRequest("'details' is only used by rectification requests")
        # A sender id is its own proof of a subject (even one with nothing stored yet: an
        # objection must still be recorded); an email or phone finds whoever gave it.
        senders = [ref.sender] if ref.sender is not None else await self._subjects.find(tenant, ref)
        cids = tuple([await self._subjects.pseudonym(tenant, s) for s in senders])
        now = self._clock()
        record = RequestRecord(
            id=new_request_id(),
            type=type_,
            status=Status.RECEIVED,
            channel=channel,
            subject_kind=subject_kind(ref),
            cids=cids,
            received_at=now,
        ).with_step(Status.RECEIVED.value, actor, now)
        keep = request_days(config)
        await self.senders.put(tenant, record.id, list(zip(cids, senders, strict=True)), keep)
        personal: dict[str, Any] = {}
        if ref.sender is None:
            personal["subject"] = {"email": ref.email} if ref.email else {"phone": ref.phone}
        if details:
            personal["details"] = details
        if personal:
            await self._put_personal(tenant, record.id, senders, personal, keep)
        await self.requests.save(tenant, record, keep, now)
        await self.audit.append(tenant, record.id, type_.value, "received", actor.value, now)
        if carry_out:
            record = await self.carry_out(tenant, record.id, carried_out_by or actor)
        return record

    async def carry_out(self, tenant: str, request_id: str, actor: Actor) -> RequestRecord:
        """verify -> start -> complete, each step recorded and audited."""
        await self.transition(tenant, request_id, Action.VERIFY, actor)
        await self.transition(tenant, request_id, Action.START, actor)
        return await self.transition(tenant, request_id, Action.COMPLETE, actor)

    # -- the lifecycle --

    async def get(self, tenant: str, request_id: str) -> RequestRecord:
        self._tenant(tenant)
        return await self.requests.load(tenant, request_id)

    async def transition(
        self,
        tenant: str,
        request_id: str,
        action: Action,
        actor: Actor,
        reason: str | None = None,
    ) -> RequestRecord:
        config = self._tenant(tenant)
        async with self._lock(tenant, request_id):
            record = await self.requests.load(tenant, request_id)
            sources, target = TRANSITIONS[action]
            if record.status not in sources:
                raise Conflict(
                    f"cannot {action.value} a request that is {record.status.value}"
                    f" (allowed from: {', '.join(sorted(s.value for s in sources))})"
                )
            changes: dict[str, Any] = {"status": target}
            if action is Action.REJECT:
                changes["reason"] = check_reason(reason, "rejecting a request")
            now = self._clock()
            if record.acknowledged_at is None:
                changes["acknowledged_at"] = now
            if action is Action.COMPLETE:
                senders = await self.senders.get(tenant, record.id, record.cids)
                if senders is None:
                    raise Conflict("the subjects of this request were erased; reject it instead")
                details = (await self._get_personal(tenant, record.id, senders)).get("details")
                changes["result"] = await self._actions.run(
                    tenant, record, senders, dict(details or {})
                )
            if target in TERMINAL:
                changes["closed_at"] = now
            record = record.with_step(target.value, actor, now, **changes)
            await self.requests.save(tenant, record, request_days(config), now)
            if target in TERMINAL:
                await self.requests.drop(self.requests.part_key(tenant, record.id, "personal"))
            await self.audit.append(
                tenant, record.id, record.type.value, target.value, actor.value, now
            )
            return record

    async def extend(
        self, tenant: str, request_id: str, months: int, reason: str | None, actor: Actor
    ) -> RequestRecord:
        """Art. 12(3): push the answer deadline by ``months`` (at most two in total)."""
        config = self._tenant(tenant)
        why = check_reason(reason, "an extension")
        async with self._lock(tenant, request_id):
            record = await self.requests.load(tenant, request_id)
            if record.status not in OPEN:
                raise Conflict(f"cannot extend a request that is {record.status.value}")
            if not record.deadlines.can_extend_by(months):
                used = record.deadlines.extension_months
                raise Conflict(
                    f"extensions total at most {MAX_EXTENSION_MONTHS} months "
                    f"({used} used; asked for {months})"
                )
            now = self._clock()
            changes: dict[str, Any] = {
                "extensions": (*record.extensions, Extension(months, why, now))
            }
            if record.acknowledged_at is None:
                changes["acknowledged_at"] = now
            record = record.with_step("extended", actor, now, **changes)
            await self.requests.save(tenant, record, request_days(config), now)
            await self.audit.append(
                tenant, record.id, record.type.value, "extended", actor.value, now
            )
            return record

    async def lift_restriction(self, tenant: str, request_id: str, actor: Actor) -> RequestRecord:
        config = self._tenant(tenant)
        async with self._lock(tenant, request_id):
            record = await self.requests.load(tenant, request_id)
            if record.type is not RequestType.RESTRICTION or record.status is not Status.COMPLETED:
                raise Conflict("only a completed restriction request can be lifted")
            if record.lifted_at is not None:
                raise Conflict("this restriction was already lifted")
            senders = await self.senders.get(tenant, record.id, record.cids)
            if senders is None:
                raise Conflict("the subjects of this request were erased")
            for sender in senders:
                await self._subjects.set_flags(tenant, sender, restricted=False)
            now = self._clock()
            record = record.with_step("restriction_lifted", actor, now, lifted_at=now)
            await self.requests.save(tenant, record, request_days(config), now)
            await self.audit.append(
                tenant, record.id, record.type.value, "restriction_lifted", actor.value, now
            )
            return record

    # -- reading --

    async def list_requests(
        self, tenant: str, *, status: Status | None = None, overdue: bool = False
    ) -> list[RequestRecord]:
        self._tenant(tenant)
        now = self._clock()
        return [
            r
            for r in await self.requests.all(tenant)
            if (status is None or r.status is status) and (not overdue or overdue_reasons(r, now))
        ]

    async def check_subject(self, tenant: str, record: RequestRecord, sender: str) -> None:
        """Self-service: the presented sender id must be the request's subject. A mismatch
        reads as 'no such request', so ids cannot be probed."""
        cid = await self._subjects.pseudonym(tenant, sender)
        if not any(hmac.compare_digest(cid, other) for other in record.cids):
            raise NotFound(f"no request '{record.id}' for this tenant")

    async def export(self, tenant: str, request_id: str) -> dict[str, Any]:
        """The export of a completed access/portability request (schema in the README)."""
        record = await self.get(tenant, request_id)
        if record.type not in EXPORT_TYPES:
            raise Conflict("only access and portability requests have an export")
        if record.status is not Status.COMPLETED:
            raise Conflict(
                f"the export is ready once the request is completed (now {record.status.value})"
            )
        senders = await self.senders.get(tenant, record.id, record.cids)
        if senders is None:
            raise NotFound("this export is gone: its subject was erased since")
        subjects = []
        for sender, cid in zip(senders, record.cids, strict=True):
            key = self.requests.export_key(tenant, record.id, cid)
            blob = await self.requests.get_part(key)
            if blob is None:
                raise NotFound("this export has expired; file a new access request")
            plaintext = await self._subjects.open_for(tenant, sender, blob, export_aad(tenant, key))
            subjects.append(json.loads(plaintext))
        return {
            "schema": EXPORT_SCHEMA,
            "tenant": tenant,
            "request": {
                "id": record.id,
                "type": record.type.value,
                "received_at": iso(record.received_at),
                "completed_at": iso(record.closed_at or record.received_at),
            },
            "generated_at": iso(self._clock()),
            "subjects": subjects,
        }

    # -- retention (a sweeper in STORE's registry) --

    async def sweep(self, tenant: str, now: float) -> int:
        """Drop requests kept longer than ``retention.request_days`` after their last
        change, and audit entries older than that. Returns how many requests."""
        keep = request_days(self._tenant(tenant))
        doomed = set(await self.requests.expired_ids(tenant, now))
        for record in await self.requests.all(tenant):
            last = max(step.at for step in record.history)
            if last + keep * SECONDS_PER_DAY <= now:
                doomed.add(record.id)
        for request_id in doomed:
            await self.requests.delete(tenant, request_id)
        await self.audit.sweep(tenant, now, keep)
        return len(doomed)

    # -- helpers --

    def _lock(self, tenant: str, request_id: str) -> asyncio.Lock:
        lock = self._locks.get((tenant, request_id))
        if lock is None:
            lock = self._locks[(tenant, request_id)] = asyncio.Lock()
        return lock

    async def _put_personal(
        self, tenant: str, request_id: str, senders: list[str], data: dict[str, Any], keep: int
    ) -> None:
        key = self.requests.part_key(tenant, request_id, "personal")
        plaintext = json.dumps(data, ensure_ascii=False).encode()
        if senders:
            sealed = await self._subjects.seal_for(
                tenant, senders[0], plaintext, export_aad(tenant, key)
            )
            blob = _SUBJECT_SEALED + sealed
        else:
            blob = _TENANT_SEALED + await self.requests.tenant_seal(tenant, key, plaintext)
        await self.requests.put_part(tenant, key, blob, keep)

    async def _get_personal(
        self, tenant: str, request_id: str, senders: list[str]
    ) -> dict[str, Any]:
        key = self.requests.part_key(tenant, request_id, "personal")
        blob = await self.requests.get_part(key)
        if blob is None:
            return {}
        if blob[:1] == _SUBJECT_SEALED and senders:
            plaintext = await self._subjects.open_for(
                tenant, senders[0], blob[1:], export_aad(tenant, key)
            )
        else:
            plaintext = await self.requests.tenant_open(tenant, key, blob[1:])
        data = json.loads(plaintext)
        return data if isinstance(data, dict) else {}
