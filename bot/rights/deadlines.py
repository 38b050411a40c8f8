"""Deadlines of a request (GDPR Art. 12(3)), computed in UTC calendar terms.

- acknowledgement due 48 hours after receipt;
- answer due one calendar month after receipt (the same day of the month, clamped to the
  month's last day: 31 January -> 28/29 February), or 30 calendar days after receipt if
  that comes first: our published commitment ("respond fully within 30 calendar days") is
  stricter than Art. 12(3) after a 31-day month (15 July -> 14 August, not 15 August);
- extendable by up to two further months in total, with a reason. An extended deadline is
  computed from the receipt date again (31 January + 2 months = 31 March), never from a
  clamped date (28 February + 1 month would wrongly give 28 March).

The clock is injected (``Clock``) so tests check month ends and leap years without sleeping.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

Clock = Callable[[], float]  # unix seconds, like time.time

ACK_HOURS = 48
ANSWER_MONTHS = 1
ANSWER_DAYS = 30  # the commitment we publish; the legal month applies when it is shorter
MAX_EXTENSION_MONTHS = 2


def system_clock() -> float:
    return time.time()


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus whole calendar months, the day clamped to the target month's end."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=UTC)


def iso(ts: float) -> str:
    """RFC 3339 UTC, second precision: ``2027-02-28T10:00:00Z``."""
    return utc(ts).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Deadlines:
    received_at: float
    extension_months: int = 0

    @property
    def ack_due(self) -> float:
        return self.received_at + ACK_HOURS * 3600

    @property
    def due(self) -> float:
        months = ANSWER_MONTHS + self.extension_months
        legal = add_months(utc(self.received_at), months).timestamp()
        if self.extension_months:
            return legal  # an extension is the legal one: months from receipt
        return min(legal, self.received_at + ANSWER_DAYS * 86_400)

    def can_extend_by(self, months: int) -> bool:
        return months >= 1 and self.extension_months + months <= MAX_EXTENSION_MONTHS

    def extended(self, months: int) -> Deadlines:
        if not self.can_extend_by(months):
            raise ValueError("an extension must keep the total within two months")
        return Deadlines(self.received_at, self.extension_months + months)
