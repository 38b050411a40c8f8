"""Data-subject requests over HTTP: admin endpoints (tenant admin token) and the
visitor's self-service (proven by their own sender id, never given in a URL).

Admin: ``Authorization: Bearer <token>``. Self-service: file access, erasure or objection
for ``{"subject": {"sender": ...}}``; read the request and its export with the same
sender id in the ``X-Allai-Sender`` header.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.errors import BadRequest, Forbidden
from bot.http.bodies import parse_body
from bot.rights import parsing
from bot.rights.admin import check_admin
from bot.rights.kinds import SELF_SERVICE_TYPES, Action, Actor
from bot.rights.records import RequestRecord
from bot.rights.service import RightsService
from bot.rights.views import describe
from bot.runtime import Runtime

SENDER_HEADER = "x-allai-sender"
NO_STORE = {"Cache-Control": "no-store"}


class SubjectBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sender: StrictStr | None = None
    email: StrictStr | None = None
    phone: StrictStr | None = None


class FileBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: StrictStr
    subject: SubjectBody
    details: dict[str, Any] | None = None
    # Admin only: false records the request as received, for the manual lifecycle
    # (verify, start, complete); true (default) carries it out at once.
    identity_verified: StrictBool = True


class RejectBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: StrictStr


class ExtendBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    months: StrictInt
    reason: StrictStr


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def _rights(request: Request) -> tuple[RightsService, str]:
    runtime = _runtime(request)
    tenant = request.path_params["tenant"]
    runtime.tenant(tenant)  # 404 for an unknown tenant, before anything else
    return runtime.rights, tenant


def _admin(request: Request, tenant: str) -> None:
    check_admin(_runtime(request).tenant(tenant), request.headers.get("authorization"))


def _json(data: Any, status: int = 200) -> Response:
    return JSONResponse(data, status_code=status, headers=NO_STORE)


async def _readable(request: Request, rights: RightsService, tenant: str) -> RequestRecord:
    """The addressed request, for an admin or for its own subject (X-Allai-Sender)."""
    record_id = request.path_params["id"]
    if "authorization" in request.headers:
        _admin(request, tenant)
        return await rights.get(tenant, record_id)
    sender = request.headers.get(SENDER_HEADER)
    if not sender:
        raise Forbidden(
            "send the tenant's admin token (Authorization: Bearer ...) or your own sender id "
            "(X-Allai-Sender header)"
        )
    record = await rights.get(tenant, record_id)
    await rights.check_subject(tenant, record, sender)
    return record


async def file_request(request: Request) -> Response:
    rights, tenant = _rights(request)
    is_admin = "authorization" in request.headers
    if is_admin:
        _admin(request, tenant)
    body = await parse_body(request, FileBody)
    type_ = parsing.request_type(body.type)
    ref = parsing.subject_ref(body.subject.sender, body.subject.email, body.subject.phone)
    if not is_admin:
        if ref.sender is None:
            raise Forbidden(
                "without the admin token a visitor files only for themselves, by 'sender'"
            )
        if not body.identity_verified:
            raise Forbidden("'identity_verified' is for admins; a sender id is its own proof")
        if type_ not in SELF_SERVICE_TYPES:
            allowed = ", ".join(sorted(t.value for t in SELF_SERVICE_TYPES))
            raise Forbidden(
                f"self-service covers {allowed}; '{type_.value}' goes through the tenant"
            )
    record = await rights.file(
        tenant,
        type_,
        ref,
        body.details,
        actor=Actor.ADMIN if is_admin else Actor.SUBJECT,
        channel="api" if is_admin else "self_service",
        carry_out=body.identity_verified,
        carried_out_by=Actor.ADMIN if is_admin else Actor.BOT,
    )
    view = describe(record, rights.now(), for_subject=not is_admin)
    summary = {k: view[k] for k in ("id", "type", "status", "ack_due", "due", "result")}
    return _json(summary, status=201)


async def list_requests(request: Request) -> Response:
    rights, tenant = _rights(request)
    _admin(request, tenant)
    status_name = request.query_params.get("status")
    overdue = request.query_params.get("overdue", "false").lower()
    if overdue not in ("true", "false"):
        raise BadRequest("'overdue' must be true or false")
    status = None if status_name is None else parsing.status(status_name)
    records = await rights.list_requests(tenant, status=status, overdue=overdue == "true")
    now = rights.now()
    return _json({"requests": [describe(r, now) for r in records]})


async def get_request(request: Request) -> Response:
    rights, tenant = _rights(request)
    record = await _readable(request, rights, tenant)
    is_admin = "authorization" in request.headers
    return _json(describe(record, rights.now(), for_subject=not is_admin))


async def get_export(request: Request) -> Response:
    rights, tenant = _rights(request)
    record = await _readable(request, rights, tenant)
    return _json(await rights.export(tenant, record.id))


async def _transition(request: Request, action: Action) -> Response:
    rights, tenant = _rights(request)
    _admin(request, tenant)
    reason = None
    if action is Action.REJECT:
        reason = (await parse_body(request, RejectBody)).reason
    record = await rights.transition(tenant, request.path_params["id"], action, Actor.ADMIN, reason)
    return _json(describe(record, rights.now()))


async def verify(request: Request) -> Response:
    return await _transition(request, Action.VERIFY)


async def start(request: Request) -> Response:
    return await _transition(request, Action.START)


async def complete(request: Request) -> Response:
    return await _transition(request, Action.COMPLETE)


async def reject(request: Request) -> Response:
    return await _transition(request, Action.REJECT)


async def extend(request: Request) -> Response:
    rights, tenant = _rights(request)
    _admin(request, tenant)
    body = await parse_body(request, ExtendBody)
    record = await rights.extend(
        tenant, request.path_params["id"], body.months, body.reason, Actor.ADMIN
    )
    return _json(describe(record, rights.now()))


async def lift(request: Request) -> Response:
    rights, tenant = _rights(request)
    _admin(request, tenant)
    record = await rights.lift_restriction(tenant, request.path_params["id"], Actor.ADMIN)
    return _json(describe(record, rights.now()))


async def audit(request: Request) -> Response:
    rights, tenant = _rights(request)
    _admin(request, tenant)
    entries = await rights.audit.entries(tenant, request.query_params.get("request_id"))
    return _json({"entries": [e.to_json() for e in entries]})


ROUTES: list[tuple[str, Any, str]] = [
    ("/t/{tenant}/privacy/requests", file_request, "POST"),
    ("/t/{tenant}/privacy/requests", list_requests, "GET"),
    ("/t/{tenant}/privacy/requests/{id}", get_request, "GET"),
    ("/t/{tenant}/privacy/requests/{id}/export", get_export, "GET"),
    ("/t/{tenant}/privacy/requests/{id}/verify", verify, "POST"),
    ("/t/{tenant}/privacy/requests/{id}/start", start, "POST"),
    ("/t/{tenant}/privacy/requests/{id}/complete", complete, "POST"),
    ("/t/{tenant}/privacy/requests/{id}/reject", reject, "POST"),
    ("/t/{tenant}/privacy/requests/{id}/extend", extend, "POST"),
    ("/t/{tenant}/privacy/requests/{id}/lift", lift, "POST"),
    ("/t/{tenant}/privacy/audit", audit, "GET"),
]
