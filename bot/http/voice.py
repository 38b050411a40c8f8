"""The phone channel's HTTP side: Twilio's call webhook answers with TwiML that connects
the call audio to our Media Streams WebSocket, and the WebSocket runs the call.

A tenant with ``voice.twilio_auth_token_env`` gets both checked: the webhook's
X-Twilio-Signature over its URL and form, and the stream handshake's over the ``wss://``
URL (no parameters), both as Twilio saw them (``voice.public_base_url`` behind a proxy).
A call's speech recognition and voice come from the tenant's ``voice.asr`` and
``voice.tts``; engines are cached per distinct settings, so tenants with the same
settings share them (and engines on the same model share its weights).
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

from starlette.requests import HTTPConnection, Request
from starlette.responses import Response
from starlette.websockets import WebSocket, WebSocketDisconnect

from bot.config.models import TenantConfig, VoiceAsrSettings, VoiceTtsSettings
from bot.config.voice import MULTILINGUAL_HINT
from bot.errors import AllaiError, BadRequest, EngineNotConfigured, Forbidden, NotFound
from bot.runtime import Runtime
from models.asr import AsrEngine, AsrSettings, WhisperEngine
from voice.call import CallSession
from voice.dtmf import KeypadEntry
from voice.tts import TtsEngine, build_tts
from voice.twilio import connect_stream_twiml, signature_is_valid

log = logging.getLogger("allai.voice")
# WebSocket close codes: unknown tenant, bad message, bad or missing signature (all in the
# application range), and the standard "internal error" for a tenant we cannot serve.
CLOSE_UNKNOWN_TENANT = 4404
CLOSE_BAD_MESSAGE = 4400
CLOSE_FORBIDDEN = 4403
CLOSE_NOT_CONFIGURED = 1011
SIGNATURE_HEADER = "x-twilio-signature"


@cache
def asr_engine(settings: AsrSettings) -> AsrEngine:
    """One recogniser per distinct settings (cheap to build: the model loads on first use,
    once per model directory and compute type, whichever engine asks first)."""
    return WhisperEngine(settings)


def shared_asr() -> AsrEngine:
    """The recogniser of a tenant with default ``voice.asr`` (Whisper tiny.en, no word
    timings: skipping them saves about a tenth of each decode)."""
    return asr_engine(VoiceAsrSettings().engine_settings())


def call_asr(tenant: TenantConfig, lang: str) -> AsrEngine:
    """The tenant's recogniser for a call in ``lang``: a multilingual model decodes in the
    call's language (detection on a few seconds of phone audio is unreliable)."""
    settings = tenant.voice.asr
    engine = asr_engine(settings.engine_settings())
    if settings.language is None and len(engine.capabilities.languages) > 1:
        return asr_engine(settings.engine_settings(lang))
    return engine


@cache
def tts_engine(language: str, engine: str | None = None, voice: Path | None = None) -> TtsEngine:
    """One TTS engine per language, engine and voice (a Piper voice loads once per file)."""
    return build_tts(language, engine, voice=voice, where=f"voice.tts.{language}")


def shared_tts(language: str) -> TtsEngine:
    """The voice of a tenant with default ``voice.tts``."""
    return tts_engine(language)


def call_tts(tenant: TenantConfig, language: str) -> TtsEngine:
    settings = tenant.voice.tts.get(language, VoiceTtsSettings())  # type: ignore[call-overload]
    return tts_engine(language, settings.engine, settings.voice)


def call_languages(tenant: TenantConfig) -> tuple[str, ...]:
    """The languages the tenant's calls may use, the default first; EngineNotConfigured
    when its speech recogniser transcribes none of them."""
    transcribable = asr_engine(tenant.voice.asr.engine_settings()).capabilities.languages
    languages = tenant.voice.call_languages(tenant.languages, transcribable)
    if not languages:
        raise EngineNotConfigured(
            f"tenant {tenant.tenant}: the speech recogniser transcribes none of the tenant's"
            f" languages ({', '.join(tenant.languages)}); {MULTILINGUAL_HINT}"
        )
    return tuple(languages)


MAX_FORM_BYTES = 16 * 1024


def _public_url(request: Request, tenant: TenantConfig) -> str:
    """The URL Twilio called, as Twilio saw it (the configured public base, if any)."""
    base = tenant.voice.public_base_url
    if base is None:
        return str(request.url)
    query = f"?{request.url.query}" if request.url.query else ""
    return str(base).rstrip("/") + request.url.path + query


def _stream_url(conn: HTTPConnection, tenant: TenantConfig) -> str:
    """The tenant's Media Streams URL as Twilio sees it, from the webhook request or from
    the stream's own handshake (``ws``/``wss``, or ``http``/``https`` from a proxy)."""
    path = f"/t/{tenant.tenant}/voice/twilio/stream"
    base = tenant.voice.public_base_url
    if base is not None:
        root = str(base).rstrip("/")
    else:
        proto = conn.headers.get("x-forwarded-proto", conn.url.scheme)
        root = f"{proto}://{conn.headers.get('host', conn.url.netloc)}"
    return root.replace("https://", "wss://", 1).replace("http://", "ws://", 1) + path


def _auth_token(tenant: TenantConfig) -> str | None:
    """The tenant's Twilio auth token; None when it checks no signatures."""
    token_env = tenant.voice.twilio_auth_token_env
    if token_env is None:
        return None
    token = os.environ.get(token_env, "")
    if not token:
        raise EngineNotConfigured(
            f"the Twilio auth token is missing: set the environment variable {token_env}"
        )
    return token


async def twilio_call(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    tenant = runtime.tenant(request.path_params["tenant"])
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise BadRequest("the webhook body is too large")
    form = await request.form()
    params = {key: str(value) for key, value in form.items()}
    token = _auth_token(tenant)
    if token is not None:
        claimed = request.headers.get(SIGNATURE_HEADER)
        if not signature_is_valid(token, _public_url(request, tenant), params, claimed):
            raise Forbidden("the X-Twilio-Signature header is missing or does not match")
    call_languages(tenant)  # refuse a call the tenant cannot hold before Twilio connects it
    return Response(
        connect_stream_twiml(_stream_url(request, tenant)), media_type="application/xml"
    )


def _handshake_is_signed(websocket: WebSocket, tenant: TenantConfig, token: str) -> bool:
    """Twilio signs the stream's URL (with its query, if any) and no parameters."""
    query = websocket.url.query
    url = _stream_url(websocket, tenant) + (f"?{query}" if query else "")
    return signature_is_valid(token, url, {}, websocket.headers.get(SIGNATURE_HEADER))


def _session(websocket: WebSocket, runtime: Runtime, tenant: TenantConfig) -> CallSession:
    """A call with the tenant's languages, recogniser and voices. Checks the signature
    first; raises Forbidden, or an AllaiError for a tenant that cannot take calls."""
    token = _auth_token(tenant)
    if token is not None and not _handshake_is_signed(websocket, tenant, token):
        raise Forbidden("the X-Twilio-Signature header is missing or does not match")
    languages = call_languages(tenant)
    call_tts(tenant, languages[0])  # a voice that cannot be built refuses the call here
    return CallSession(
        runtime=runtime,
        tenant=tenant,
        send=websocket.send_text,
        asr=call_asr(tenant, languages[0]),
        tts_for=lambda lang: call_tts(tenant, lang),
        languages=languages,
        asr_for=lambda lang: call_asr(tenant, lang),
        keypad=KeypadEntry(timeout_ms=round(tenant.voice.dtmf_timeout_s * 1000)),
    )


async def twilio_stream(websocket: WebSocket) -> None:
    """Twilio's bidirectional Media Stream for one call. A stream that fails the tenant's
    signature check, or that the tenant cannot serve, is refused before it is accepted
    (the client sees HTTP 403 on the handshake)."""
    runtime: Runtime = websocket.app.state.runtime
    try:
        tenant = runtime.tenant(websocket.path_params["tenant"])
    except NotFound:
        await websocket.close(code=CLOSE_UNKNOWN_TENANT)
        return
    try:
        session = _session(websocket, runtime, tenant)
    except Forbidden:
        # No headers, address or call id: nothing that could identify the caller.
        log.warning("refused a call stream on tenant %s: bad or missing signature", tenant.tenant)
        await websocket.close(code=CLOSE_FORBIDDEN)
        return
    except AllaiError as exc:
        log.warning("refused a call stream on tenant %s: %s", tenant.tenant, exc.message)
        await websocket.close(code=CLOSE_NOT_CONFIGURED)
        return
    await websocket.accept()
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
    finally:
        session.close()  # however the stream ended: no decode goes on for a call that is gone
    await websocket.close()
