"""Request bodies, validated into typed models with reasons a client can act on."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, StrictBool, StrictStr, ValidationError
from starlette.requests import Request

from bot.errors import BadRequest

MAX_BODY_BYTES = 64 * 1024
T = TypeVar("T", bound=BaseModel)


class RestMessage(BaseModel):
    """Rasa's REST channel message."""

    model_config = ConfigDict(extra="ignore")
    sender: StrictStr
    message: StrictStr
    metadata: dict[str, Any] | None = None


class ConsentUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    training: StrictBool


class SenderConsentUpdate(BaseModel):
    """Consent with the sender id in the body, so it never appears in a URL or log."""

    model_config = ConfigDict(extra="forbid")
    sender: StrictStr
    training: StrictBool


class SenderOnly(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sender: StrictStr


class PayloadTooLarge(BadRequest):
    pass


async def parse_body(request: Request, model: type[T]) -> T:
    content_type = request.headers.get("content-type", "")
    if content_type and "json" not in content_type:
        raise BadRequest("the body must be JSON (Content-Type: application/json)")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise PayloadTooLarge(f"the body is larger than {MAX_BODY_BYTES} bytes")
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY_BYTES:
            raise PayloadTooLarge(f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadRequest("the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise BadRequest("the body must be a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "body"
        raise BadRequest(f"field '{field}': {first['msg']}") from None
