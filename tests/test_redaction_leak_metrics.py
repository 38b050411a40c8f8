"""The leak measures of ``redaction.evaluation``: exact, partial, checksummed, per type.

Tables of (text, value, spans) -> expected outcome; no model.
"""

from __future__ import annotations

import json

import pytest

from redaction.evaluation import EvaluationReport, checksum_valid, parse_message, score_spans
from redaction.spans import Span


def _report(text: str, pii: dict[str, str], *spans: tuple[int, int]) -> EvaluationReport:
    line = json.dumps(
        {
            "id": "en-0001",
            "lang": "en",
            "source": "chat",
            "text": text,
            "pii": [{"type": t, "value": v} for v, t in pii.items()],
            "keep": [],
        }
    )
    return score_spans([parse_message(line)], [[Span("ANY", a, b, 1.0) for a, b in spans]])


NAME = "Hello, Jane Fischer here"  # value at 7..19
PHONE = "call 0722 123 456 now"  # value at 5..17


@pytest.mark.parametrize(
    ("text", "value", "entity_type", "spans", "strict", "exact", "partial"),
    [
        (NAME, "Jane Fischer", "PERSON", [(7, 19)], False, False, False),
        (NAME, "Jane Fischer", "PERSON", [], True, True, True),
        # the surname left behind: a name word survives
        (NAME, "Jane Fischer", "PERSON", [(7, 11)], True, False, True),
        # the first letter left: the word "Jane" is not fully covered
        (NAME, "Jane Fischer", "PERSON", [(8, 19)], True, False, True),
        # a title-like fragment outside the value does not matter
        (NAME, "Jane Fischer", "PERSON", [(0, 24)], False, False, False),
        (PHONE, "0722 123 456", "PHONE_NUMBER", [(5, 17)], False, False, False),
        # "0722" survives: a run of 4 digits
        (PHONE, "0722 123 456", "PHONE_NUMBER", [(10, 17)], True, False, True),
        # only 3-digit groups survive: strict leak, not a partial one
        (PHONE, "0722 123 456", "PHONE_NUMBER", [(5, 9)], True, False, False),
        (PHONE, "0722 123 456", "PHONE_NUMBER", [(5, 13)], True, False, False),
        # one digit of the 4-digit run uncovered
        (PHONE, "0722 123 456", "PHONE_NUMBER", [(6, 17)], True, False, True),
        (PHONE, "0722 123 456", "PHONE_NUMBER", [], True, True, True),
    ],
)
def test_strict_exact_and_partial_leaks(
    text: str,
    value: str,
    entity_type: str,
    spans: list[tuple[int, int]],
    strict: bool,
    exact: bool,
    partial: bool,
) -> None:
    report = _report(text, {value: entity_type}, *spans)
    assert report.leak_rate == report.strict_leak_rate == float(strict)
    assert report.exact_leak_rate == float(exact)
    assert report.partial_leak_rate == float(partial)
    score = report.per_type[entity_type]
    assert (score.total, score.protected) == (1, int(not strict))
    assert (score.exact_leaked, score.partial_leaked) == (int(exact), int(partial))


def test_exact_leak_needs_one_untouched_occurrence() -> None:
    text = "Ann? yes Ann"
    assert _report(text, {"Ann": "PERSON"}, (0, 3)).exact_leak_rate == 1.0
    # both touched, one only in part: no exact leak, but a partial one
    report = _report(text, {"Ann": "PERSON"}, (0, 3), (9, 10))
    assert (report.exact_leak_rate, report.partial_leak_rate) == (0.0, 1.0)
    assert _report(text, {"Ann": "PERSON"}, (0, 3), (9, 12)).partial_leak_rate == 0.0


CARD = "4539 1488 0343 6467"  # Luhn-valid
BAD_CARD = "4539 1488 0343 6468"
IBAN = "RO49 AAAA 1B31 0075 9384 0000"
CNP = "1850312401234"


@pytest.mark.parametrize(
    ("entity_type", "value", "valid"),
    [
        ("CREDIT_CARD", CARD, True),
        ("CREDIT_CARD", BAD_CARD, False),
        ("CREDIT_CARD", "501857566829", True),  # 12-digit Maestro
        ("CREDIT_CARD", "4529-4744-8888-9964-373", True),  # 19-digit Visa
        ("CREDIT_CARD", "four five three nine", False),  # spoken: no checksum to pass
        ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32", True),
        ("IBAN_CODE", "GB82 WEST 1234 5698 7654 33", False),
        ("IBAN_CODE", IBAN, True),
        ("RO_CNP", "1850312401233", True),
        ("RO_CNP", CNP, False),
        ("PHONE_NUMBER", "0722 123 456", False),  # not a checksummed type
    ],
)
def test_checksum_valid(entity_type: str, value: str, valid: bool) -> None:
    assert checksum_valid(entity_type, value) is valid


@pytest.mark.parametrize(
    ("value", "entity_type", "spans", "counted"),
    [
        (CARD, "CREDIT_CARD", [], 1),
        (CARD, "CREDIT_CARD", [(4, 13)], 1),  # the last groups survive
        (CARD, "CREDIT_CARD", [(4, 23)], 0),
        (BAD_CARD, "CREDIT_CARD", [], 0),  # leaked, but not a usable number
        (IBAN, "IBAN_CODE", [], 1),
        ("1850312401233", "RO_CNP", [], 1),
    ],
)
def test_checksummed_leaks_count_valid_identifiers_that_got_through(
    value: str, entity_type: str, spans: list[tuple[int, int]], counted: int
) -> None:
    report = _report(f"pay {value} ok", {value: entity_type}, *spans)
    assert report.checksum_leaks == counted


def test_rates_are_shares_of_all_values() -> None:
    report = _report(
        "Ann Lee, 0722 123 456, ann@x.ro",
        {"Ann Lee": "PERSON", "0722 123 456": "PHONE_NUMBER", "ann@x.ro": "EMAIL_ADDRESS"},
        (0, 3),  # "Lee" survives
        (9, 13),  # only "123 456" survives
    )
    assert report.pii_total == 3
    assert report.leak_rate == pytest.approx(1.0)
    assert report.exact_leak_rate == pytest.approx(1 / 3)  # the e-mail
    assert report.partial_leak_rate == pytest.approx(2 / 3)  # "Lee" and the e-mail
    assert report.checksum_leaks == 0
    assert [m.value for m in report.exact_leaked] == ["ann@x.ro"]
