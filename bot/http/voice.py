"""The phone channel's HTTP side: Twilio's call webhook answers with TwiML that connects
the call audio to our Media Streams WebSocket."""

from __future__ import annotations

import logging
import os
from functools import cache

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket, WebSocketDisconnect

from bot.config.models import TenantConfig
from bot.errors import AllaiError, BadRequest, EngineNotConfigured, Forbidden, NotFound
from bot.runtime import Runtime
from models.asr import AsrEngine, AsrSettings, WhisperEngine
from voice.call import CallSession
from voice.tts import TtsEngine, build_tts
from voice.twilio import connect_stream_twiml, signature_is_valid

log = logging.getLogger("allai.voice")
# WebSocket close codes in the application range: unknown tenant, bad message.
CLOSE_UNKNOWN_TENANT = 4404
CLOSE_BAD_MESSAGE = 4400


@cache
def shared_asr() -> AsrEngine:
    """One speech recogniser for every call (the model loads once, on first use). Calls
    need no word timings, and skipping them saves about a tenth of each decode."""
    return WhisperEngine(AsrSettings(word_timestamps=False))


@cache
def shared_tts(language: str) -> TtsEngine:
    return build_tts(language)


MAX_FORM_BYTES = 16 * 1024


def _public_url(request: Request, tenant: TenantConfig) -> str:
    """The URL Twilio called, as Twilio saw it (the configured public base, if any)."""
    base = tenant.voice.public_base_url
    if base is None:
        return str(request.url)
    query = f"?{request.url.query}" if request.url.query else ""
    return str(base).rstrip("/") + request.url.path + query


def _stream_url(request: Request, tenant: TenantConfig) -> str:
    path = f"/t/{tenant.tenant}/voice/twilio/stream"
    base = tenant.voice.public_base_url
    if base is not None:
        root = str(base).rstrip("/")
    else:
        proto = request.headers.get("x-forwarded-proto", request.url.scheme)
        root = f"{proto}://{request.headers.get('host', request.url.netloc)}"
    return root.replace("https://", "wss://", 1).replace("http://", "ws://", 1) + path


async def twilio_call(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    tenant = runtime.tenant(request.path_params["tenant"])
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise BadRequest("the webhook body is too large")
    form = await request.form()
    params = {key: str(value) for key, value in form.items()}
    token_env = tenant.voice.twilio_auth_token_env
    if token_env is not None:
        token = os.environ.get(token_env, "")
        if not token:
            raise EngineNotConfigured(
                f"the Twilio auth token is missing: set the environment variable {token_env}"
            )
        claimed = request.headers.get("x-twilio-signature")
        if not signature_is_valid(token, _public_url(request, tenant), params, claimed):
            raise Forbidden("the X-Twilio-Signature header is missing or does not match")
    return Response(
        connect_stream_twiml(_stream_url(request, tenant)), media_type="application/xml"
    )


async def twilio_stream(websocket: WebSocket) -> None:
    """Twilio's bidirectional Media Stream for one call."""
    runtime: Runtime = websocket.app.state.runtime
    try:
        tenant = runtime.tenant(websocket.path_params["tenant"])
    except NotFound:
        await websocket.close(code=CLOSE_UNKNOWN_TENANT)
        return
    await websocket.accept()
    session = CallSession(
        runtime=runtime,
        tenant=tenant,
        send=websocket.send_text,
        asr=shared_asr(),
        tts_for=shared_tts,
    )
    try:
        while await session.handle(await websocket.receive_text()):
            pass
    except WebSocketDisconnect:
        return
    except BadRequest as exc:
        log.warning("closing a call stream on tenant %s: %s", tenant.tenant, exc.message)
        await websocket.close(code=CLOSE_BAD_MESSAGE)
        return
    except AllaiError as exc:
        log.warning("a call failed on tenant %s: %s", tenant.tenant, type(exc).__name__)
    await websocket.close()
