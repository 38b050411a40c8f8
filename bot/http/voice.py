"""The phone channel's HTTP side: Twilio's call webhook answers with TwiML that connects
the call audio to our Media Streams WebSocket."""

from __future__ import annotations

import os

from starlette.requests import Request
from starlette.responses import Response

from bot.config.models import TenantConfig
from bot.errors import BadRequest, EngineNotConfigured, Forbidden
from bot.runtime import Runtime
from voice.twilio import connect_stream_twiml, signature_is_valid

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
