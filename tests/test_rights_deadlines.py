"""Deadlines of data-subject requests across month ends and leap years (no clock needed)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.rights.deadlines import Deadlines, add_months, iso


def ts(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2028-01-31T10:00:00", "2028-02-29T10:00:00Z"),  # leap year: clamped to the 29th
        ("2027-01-31T10:00:00", "2027-02-28T10:00:00Z"),  # common year: the 28th
        ("2026-12-31T23:30:00", "2027-01-30T23:30:00Z"),  # year end: 30 days come first
        ("2027-07-15T09:00:00", "2027-08-14T09:00:00Z"),  # after a 31-day month: 30 days
        ("2027-03-31T08:00:00", "2027-04-30T08:00:00Z"),  # 30-day month
        ("2027-02-28T12:00:00", "2027-03-28T12:00:00Z"),  # same day next month
        ("2028-02-29T12:00:00", "2028-03-29T12:00:00Z"),
        ("2027-06-15T09:15:00", "2027-07-15T09:15:00Z"),
    ],
)
def test_the_answer_is_due_a_month_or_30_days_after_receipt_whichever_first(
    received: str, due: str
) -> None:
    assert iso(Deadlines(ts(received)).due) == due


def test_acknowledgement_is_due_48_hours_after_receipt_across_a_month_end() -> None:
    assert iso(Deadlines(ts("2028-02-28T18:00:00")).ack_due) == "2028-03-01T18:00:00Z"
    assert iso(Deadlines(ts("2027-02-28T18:00:00")).ack_due) == "2027-03-02T18:00:00Z"


def test_an_extension_counts_from_receipt_not_from_a_clamped_due_date() -> None:
    received = Deadlines(ts("2027-01-31T10:00:00"))
    assert iso(received.due) == "2027-02-28T10:00:00Z"
    once = received.extended(1)
    assert iso(once.due) == "2027-03-31T10:00:00Z"  # not 28 March
    assert iso(once.extended(1).due) == "2027-04-30T10:00:00Z"
    assert iso(received.extended(2).due) == "2027-04-30T10:00:00Z"


def test_extensions_total_at_most_two_months() -> None:
    received = Deadlines(ts("2027-05-10T00:00:00"))
    assert received.can_extend_by(2)
    assert not received.can_extend_by(3)
    assert not received.can_extend_by(0)
    assert not received.extended(1).can_extend_by(2)
    with pytest.raises(ValueError, match="two months"):
        received.extended(2).extended(1)


def test_add_months_clamps_every_month_end() -> None:
    start = datetime(2027, 1, 31, tzinfo=UTC)
    ends = [add_months(start, n).day for n in range(12)]
    assert ends == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
