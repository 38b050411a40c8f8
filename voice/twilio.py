"""Twilio's side of a call: TwiML that connects a Media Stream, request signatures, and
the bidirectional Media Streams messages, parsed into typed events.

Protocol reference: Twilio Media Streams (bidirectional). Incoming: ``connected``,
``start`` (callSid, streamSid, mediaFormat audio/x-mulaw 8000 Hz), ``media`` (base64
μ-law, about 20 ms a frame), ``dtmf``, ``mark``, ``stop``. Outgoing: ``media``, ``mark``,
``clear``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Annotated, Any, Literal
from xml.sax.saxutils import quoteattr

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from bot.errors import BadRequest

SAMPLE_RATE = 8000
ENCODING = "audio/x-mulaw"


def connect_stream_twiml(stream_url: str) -> str:
    """The TwiML answer that connects the call's audio to our WebSocket."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<Response><Connect><Stream url={quoteattr(stream_url)}/></Connect></Response>"
    )


def signature(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    """Twilio's X-Twilio-Signature: base64 HMAC-SHA1 of the URL followed by every POST
    parameter name and value, sorted by name."""
    payload = url + "".join(f"{name}{params[name]}" for name in sorted(params))
    digest = hmac.new(auth_token.encode(), payload.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def signature_is_valid(
    auth_token: str, url: str, params: Mapping[str, str], claimed: str | None
) -> bool:
    if not claimed:
        return False
    return hmac.compare_digest(signature(auth_token, url, params), claimed)


class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class MediaFormat(_Message):
    encoding: str
    sample_rate: int = Field(alias="sampleRate")
    channels: int


class StartInfo(_Message):
    call_sid: str = Field(alias="callSid")
    stream_sid: str = Field(alias="streamSid")
    media_format: MediaFormat = Field(alias="mediaFormat")
    custom_parameters: dict[str, str] = Field(default_factory=dict, alias="customParameters")


class Connected(_Message):
    event: Literal["connected"]


class Start(_Message):
    event: Literal["start"]
    start: StartInfo
    stream_sid: str = Field(alias="streamSid")


class MediaPayload(_Message):
    payload: str
    timestamp: int | None = None
    chunk: int | None = None
    track: str = "inbound"

    def audio(self) -> bytes:
        """The μ-law bytes of this frame."""
        try:
            return base64.b64decode(self.payload, validate=True)
        except (binascii.Error, ValueError):
            raise BadRequest("media payload is not base64") from None


class Media(_Message):
    event: Literal["media"]
    media: MediaPayload
    stream_sid: str = Field(alias="streamSid")


class DtmfInfo(_Message):
    """One key the caller pressed (Twilio sends 0-9, ``*`` and ``#``)."""

    digit: str = Field(pattern=r"^[0-9*#A-D]$")
    track: str = "inbound_track"


class Dtmf(_Message):
    event: Literal["dtmf"]
    dtmf: DtmfInfo
    stream_sid: str = Field(alias="streamSid")


class MarkInfo(_Message):
    name: str


class Mark(_Message):
    event: Literal["mark"]
    mark: MarkInfo
    stream_sid: str = Field(alias="streamSid")


class Stop(_Message):
    event: Literal["stop"]
    stream_sid: str = Field(alias="streamSid")


TwilioEvent = Annotated[
    Connected | Start | Media | Dtmf | Mark | Stop, Field(discriminator="event")
]
_EVENTS: TypeAdapter[Connected | Start | Media | Dtmf | Mark | Stop] = TypeAdapter(TwilioEvent)


def parse_event(raw: str | bytes) -> Connected | Start | Media | Dtmf | Mark | Stop:
    """One WebSocket text message from Twilio as a typed event; BadRequest otherwise."""
    try:
        data: Any = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadRequest("Twilio message is not JSON") from None
    try:
        return _EVENTS.validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "message"
        raise BadRequest(f"unexpected Twilio message at '{where}': {first['msg']}") from None


def media_message(stream_sid: str, mulaw: bytes) -> str:
    """Audio for the caller: μ-law 8 kHz, base64."""
    payload = base64.b64encode(mulaw).decode()
    return json.dumps({"event": "media", "streamSid": stream_sid, "media": {"payload": payload}})


def mark_message(stream_sid: str, name: str) -> str:
    """Asks Twilio to tell us when the audio sent before it has been played."""
    return json.dumps({"event": "mark", "streamSid": stream_sid, "mark": {"name": name}})


def clear_message(stream_sid: str) -> str:
    """Drops the audio Twilio has buffered: the caller started speaking (barge-in)."""
    return json.dumps({"event": "clear", "streamSid": stream_sid})
