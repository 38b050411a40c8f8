"""How a request is shown to admins (HTTP, CLI) and inside the person's own export.

Times are RFC 3339 UTC strings. Nothing here is personal: the record holds none.
"""

from __future__ import annotations

from typing import Any

from bot.rights.deadlines import iso
from bot.rights.kinds import OPEN
from bot.rights.records import RequestRecord


def overdue_reasons(record: RequestRecord, now: float) -> list[str]:
    """``acknowledgement`` when still unacknowledged after 48 h, ``answer`` when still open
    after the (extended) due date. Empty for a closed request."""
    if record.status not in OPEN:
        return []
    reasons = []
    deadlines = record.deadlines
    if record.acknowledged_at is None and now > deadlines.ack_due:
        reasons.append("acknowledgement")
    if now > deadlines.due:
        reasons.append("answer")
    return reasons


def _maybe_iso(ts: float | None) -> str | None:
    return None if ts is None else iso(ts)


def describe(record: RequestRecord, now: float, *, for_subject: bool = False) -> dict[str, Any]:
    deadlines = record.deadlines
    late = overdue_reasons(record, now)
    view: dict[str, Any] = {
        "id": record.id,
        "type": record.type.value,
        "status": record.status.value,
        "received_at": iso(record.received_at),
        "ack_due": iso(deadlines.ack_due),
        "due": iso(deadlines.due),
        "acknowledged_at": _maybe_iso(record.acknowledged_at),
        "closed_at": _maybe_iso(record.closed_at),
        "reason": record.reason,
        "extensions": [
            {"months": e.months, "reason": e.reason, "at": iso(e.at)} for e in record.extensions
        ],
        "history": [
            {"step": s.step, "actor": s.actor.value, "at": iso(s.at)} for s in record.history
        ],
        "result": dict(record.result),
        "restriction_lifted_at": _maybe_iso(record.lifted_at),
    }
    if not for_subject:
        view["channel"] = record.channel
        view["subject_kind"] = record.subject_kind
        view["subjects"] = len(record.cids)
        view["overdue"] = bool(late)
        view["overdue_reasons"] = late
    return view
