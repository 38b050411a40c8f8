"""Logging set-up: every record passes the PII scrubber before it is written."""

from __future__ import annotations

import logging
import os

from redaction.logfilter import install_log_redaction


def configure_logging() -> None:
    level = os.environ.get("ALLAI_LOG_LEVEL", "INFO").upper()
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    # Presidio announces every recognizer it loads, per language: noise at INFO.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    install_log_redaction()
