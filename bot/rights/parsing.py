"""Turning what a caller typed (HTTP body, CLI flags) into request types and subject refs,
with errors that say what to send instead."""

from __future__ import annotations

from bot.errors import BadRequest
from bot.rights.kinds import FILEABLE_TYPES, RequestType, Status
from storage.subjects import SubjectRef

MAX_IDENTIFIER_CHARS = 256


def request_type(name: str) -> RequestType:
    allowed = ", ".join(sorted(t.value for t in FILEABLE_TYPES))
    try:
        type_ = RequestType(name)
    except ValueError:
        raise BadRequest(f"unknown request type '{name[:40]}'; one of: {allowed}") from None
    if type_ not in FILEABLE_TYPES:
        raise BadRequest(f"request type '{name}' cannot be filed; one of: {allowed}")
    return type_


def status(name: str) -> Status:
    try:
        return Status(name)
    except ValueError:
        allowed = ", ".join(s.value for s in Status)
        raise BadRequest(f"unknown status '{name[:40]}'; one of: {allowed}") from None


def subject_ref(sender: str | None, email: str | None, phone: str | None) -> SubjectRef:
    given = {
        k: v for k, v in (("sender", sender), ("email", email), ("phone", phone)) if v is not None
    }
    if len(given) != 1:
        raise BadRequest("'subject' needs exactly one of 'sender', 'email' or 'phone'")
    ((field, value),) = given.items()
    if not value.strip() or len(value) > MAX_IDENTIFIER_CHARS:
        raise BadRequest(f"'subject.{field}' must be 1-{MAX_IDENTIFIER_CHARS} characters")
    if any(ord(ch) < 32 for ch in value):
        raise BadRequest(f"'subject.{field}' must not contain control characters")
    return SubjectRef(sender=sender, email=email, phone=phone)
