"""The one place that maps our errors to HTTP status codes (tests pin this mapping)."""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.errors import (
    AllaiError,
    BadRequest,
    ConfigError,
    Conflict,
    EngineError,
    EngineNotConfigured,
    Forbidden,
    NotFound,
    StorageUnavailable,
)

log = logging.getLogger("allai.http")
RETRY_AFTER_S = 5

# Most specific class first.
STATUS_BY_ERROR: list[tuple[type[AllaiError], str, int]] = [
    (BadRequest, "bad_request", 400),
    (Forbidden, "forbidden", 403),
    (NotFound, "not_found", 404),
    (Conflict, "conflict", 409),
    (StorageUnavailable, "storage_unavailable", 503),
    (EngineNotConfigured, "engine_not_configured", 500),
    (ConfigError, "config_error", 500),
]


def status_for(error: AllaiError) -> tuple[str, int]:
    if isinstance(error, EngineError):
        return ("engine_unavailable", 503) if error.retryable else ("engine_failed", 502)
    for cls, code, status in STATUS_BY_ERROR:
        if isinstance(error, cls):
            return code, status
    return "internal_error", 500


def error_response(error: AllaiError) -> Response:
    code, status = status_for(error)
    headers = {"Retry-After": str(RETRY_AFTER_S)} if error.retryable else {}
    body = {"error": {"code": code, "message": error.message, "retryable": error.retryable}}
    return JSONResponse(body, status_code=status, headers=headers)


def plain_error(status: int, code: str, message: str) -> Response:
    body = {"error": {"code": code, "message": message, "retryable": False}}
    return JSONResponse(body, status_code=status)


async def handle_allai_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, AllaiError):  # pragma: no cover - registered for AllaiError only
        raise exc
    return error_response(exc)


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    log.error("unhandled %s while serving a request", type(exc).__name__)
    return plain_error(500, "internal_error", "internal error; the incident was logged")
