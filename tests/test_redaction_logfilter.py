"""Log records are scrubbed by regex before any handler writes them."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from redaction.logfilter import UVICORN_LOGGERS, PiiLogFilter, install_log_redaction, scrub


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("mail from john.doe@example.com", "mail from <EMAIL_ADDRESS>"),
        ("caller +40 722 123 456 rang", "caller <PHONE_NUMBER> rang"),
        ("caller 0722123456 rang", "caller <PHONE_NUMBER> rang"),
        ("caller 0722.123.456 rang", "caller <PHONE_NUMBER> rang"),
        ("iban RO49AAAA1B31007593840000 ok", "iban <IBAN_CODE> ok"),
        ("iban DE89 3704 0044 0532 0130 00 ok", "iban <IBAN_CODE> ok"),
        ("cnp 1800101221144 ok", "cnp <RO_CNP> ok"),
        ("card 4111 1111 1111 1111 ok", "card <CREDIT_CARD> ok"),
        ("card 4111-1111-1111-1111 ok", "card <CREDIT_CARD> ok"),
        ("from 192.168.1.10 ok", "from <IP_ADDRESS> ok"),
        ("Uvicorn running on http://127.0.0.1:8000", "Uvicorn running on http://127.0.0.1:8000"),
        ("listening on 0.0.0.0:8000", "listening on 0.0.0.0:8000"),
        ("GET /health 200 in 12.5 ms", "GET /health 200 in 12.5 ms"),
        ("order 12345 took 0.25s", "order 12345 took 0.25s"),
        ("tenant demo-shop turn 3 of 2024-05-12", "tenant demo-shop turn 3 of 2024-05-12"),
    ],
)
def test_scrub(message: str, expected: str) -> None:
    assert scrub(message) == expected


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(PiiLogFilter())
    logger = logging.getLogger("test_redaction_logfilter")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def test_filter_scrubs_formatted_message_and_args(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    logger.info("user %s called from %s about %d", "ana@firma.ro", "+40 722 123 456", 3)
    assert stream.getvalue() == "user <EMAIL_ADDRESS> called from <PHONE_NUMBER> about 3\n"


def test_filter_sets_msg_and_clears_args() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "to %s", ("a@b.ro",), None)
    assert PiiLogFilter().filter(record) is True
    assert (record.msg, record.args) == ("to <EMAIL_ADDRESS>", None)
    assert record.getMessage() == "to <EMAIL_ADDRESS>"


@pytest.fixture
def root_handler() -> Iterator[logging.Handler]:
    handler = logging.StreamHandler(io.StringIO())
    root = logging.getLogger()
    root.addHandler(handler)
    before = {name: list(logging.getLogger(name).filters) for name in UVICORN_LOGGERS}
    yield handler
    root.removeHandler(handler)
    for name, filters in before.items():
        logging.getLogger(name).filters[:] = filters


def test_install_log_redaction_covers_root_handlers_and_uvicorn(
    root_handler: logging.Handler,
) -> None:
    install_log_redaction()
    install_log_redaction()  # idempotent
    assert sum(isinstance(f, PiiLogFilter) for f in root_handler.filters) == 1
    for name in UVICORN_LOGGERS:
        filters = logging.getLogger(name).filters
        assert sum(isinstance(f, PiiLogFilter) for f in filters) == 1


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("at 12.05.2024 14:30", "at 12.05.2024 14:30"),
        ("iban ro49aaaa1b31007593840000 ok", "iban <IBAN_CODE> ok"),
        ("iban RO49 AAAA 1B31 0075 9384 0000 ok", "iban <IBAN_CODE> ok"),
    ],
)
def test_scrub_more(message: str, expected: str) -> None:
    assert scrub(message) == expected


def test_tracebacks_are_scrubbed_too(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    try:
        raise ValueError("cannot parse jane.roe@example.com")
    except ValueError:
        logger.exception("parsing failed")
    output = stream.getvalue()
    assert "ValueError" in output and "<EMAIL_ADDRESS>" in output
    assert "jane.roe@example.com" not in output
