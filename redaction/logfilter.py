"""Scrub personal data from log records with fast regexes (no model, safe on hot paths).

Coarser than the detector on purpose: any e-mail, IBAN-like code, long digit run,
card-like or CNP-like number and IPv4 address becomes ``<EMAIL_ADDRESS>`` etc. Names
cannot be found this way, which is why messages themselves must never be logged.
"""

from __future__ import annotations

import logging
import re

from redaction.entities import (
    CREDIT_CARD,
    EMAIL_ADDRESS,
    IBAN_CODE,
    IP_ADDRESS,
    PHONE_NUMBER,
    RO_CNP,
)

_DATE = r"(?!\d{4}-\d{2}-\d{2}(?!\d))(?!\d{1,2}[./]\d{1,2}[./]\d{4}(?!\d))"

# Applied in order; earlier patterns consume what later, looser ones would also match.
LOG_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (EMAIL_ADDRESS, re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")),
    # Compact in one case, or upper case in groups of four (so a following word stays).
    (IBAN_CODE, re.compile(
        r"\b(?:[A-Z]{2}\d{2}[A-Z0-9]{11,30}|[a-z]{2}\d{2}[a-z0-9]{11,30}"
        r"|[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3}(?![A-Za-z0-9]))?)\b"
    )),
    # Loopback and the any-address are where we listen, never a person's address.
    (IP_ADDRESS, re.compile(r"(?<![\d.])(?!127\.|0\.0\.0\.0)(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    (RO_CNP, re.compile(r"(?<!\d)[1-9]\d{12}(?!\d)")),
    (CREDIT_CARD, re.compile(r"(?<!\d)\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{1,7}(?!\d)")),
    # 7+ digits, separators allowed, except dates ("2024-05-12", "12.05.2024").
    (PHONE_NUMBER, re.compile(rf"(?<![\w+.]){_DATE}\+?\d(?:[ .\-/()]{{0,2}}\d){{6,}}(?!\d)")),
)  # fmt: skip


def scrub(message: str) -> str:
    """``message`` with every match of ``LOG_PATTERNS`` replaced by ``<ENTITY_TYPE>``."""
    for entity_type, pattern in LOG_PATTERNS:
        message = pattern.sub(f"<{entity_type}>", message)
    return message


_TRACEBACK_FORMATTER = logging.Formatter()


class PiiLogFilter(logging.Filter):
    """Rewrites each record's message with ``scrub``; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad %-format: scrub the template alone
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set: the traceback is written scrubbed.
            record.exc_text = scrub(_TRACEBACK_FORMATTER.formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


UVICORN_LOGGERS: tuple[str, ...] = ("uvicorn", "uvicorn.error", "uvicorn.access")


def install_log_redaction(logger_names: tuple[str, ...] = UVICORN_LOGGERS) -> PiiLogFilter:
    """Add one ``PiiLogFilter`` to the root logger's handlers and to the named loggers
    and their handlers. Safe to call more than once."""
    log_filter = PiiLogFilter()
    root = logging.getLogger()
    targets: list[logging.Filterer] = [*root.handlers]
    for name in logger_names:
        logger = logging.getLogger(name)
        targets.append(logger)
        targets.extend(logger.handlers)
    for target in targets:
        if not any(isinstance(f, PiiLogFilter) for f in target.filters):
            target.addFilter(log_filter)
    return log_filter
