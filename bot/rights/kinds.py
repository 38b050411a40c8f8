"""What a data-subject request can be, the states it moves through, and who moves it.

The lifecycle is a table, not code paths: ``TRANSITIONS`` maps each action to the states it
may start from and the state it leads to. Anything else is a :class:`bot.errors.Conflict`.
"""

from __future__ import annotations

from enum import StrEnum


class RequestType(StrEnum):
    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21
    # Not a GDPR right: the person asked for a human in the chat. Same lifecycle and
    # deadlines, so it shows up in the same lists; it cannot be filed over the API.
    HANDOFF = "handoff"


class Status(StrEnum):
    RECEIVED = "received"
    IDENTITY_VERIFIED = "identity_verified"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REJECTED = "rejected"


class Actor(StrEnum):
    ADMIN = "admin"
    SUBJECT = "subject"
    BOT = "bot"


class Action(StrEnum):
    VERIFY = "verify"
    START = "start"
    COMPLETE = "complete"
    REJECT = "reject"


# The six rights anyone may file through the API or the CLI.
FILEABLE_TYPES: frozenset[RequestType] = frozenset(RequestType) - {RequestType.HANDOFF}
# What a visitor may file for themselves, proven only by their sender id.
SELF_SERVICE_TYPES: frozenset[RequestType] = frozenset(
    {RequestType.ACCESS, RequestType.ERASURE, RequestType.OBJECTION}
)
# Types whose completion produces an export the person can download.
EXPORT_TYPES: frozenset[RequestType] = frozenset({RequestType.ACCESS, RequestType.PORTABILITY})

TERMINAL: frozenset[Status] = frozenset({Status.COMPLETED, Status.REJECTED})
OPEN: frozenset[Status] = frozenset(Status) - TERMINAL

TRANSITIONS: dict[Action, tuple[frozenset[Status], Status]] = {
    Action.VERIFY: (frozenset({Status.RECEIVED}), Status.IDENTITY_VERIFIED),
    Action.START: (frozenset({Status.IDENTITY_VERIFIED}), Status.IN_PROGRESS),
    Action.COMPLETE: (frozenset({Status.IN_PROGRESS}), Status.COMPLETED),
    Action.REJECT: (OPEN, Status.REJECTED),
}
