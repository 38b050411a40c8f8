"""The HTTP server: Rasa-compatible REST channel, consent, health."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

import anyio.to_thread
from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from bot.channels.socketio import SocketIoChannel, TenantSocketPaths
from bot.config.models import TenantConfig
from bot.errors import AllaiError, StorageUnavailable
from bot.http import privacy, voice, widget
from bot.http.bodies import ConsentUpdate, PayloadTooLarge, RestMessage, parse_body
from bot.http.errors import error_response, handle_allai_error, handle_unexpected, plain_error
from bot.runtime import Runtime
from bot.settings import Settings
from storage.retention import PeriodicSweep

log = logging.getLogger("allai.http")


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


async def healthz(request: Request) -> Response:
    try:
        await _runtime(request).store.ping()
    except StorageUnavailable:
        return JSONResponse({"status": "degraded", "redis": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok", "redis": "ok"})


async def rest_webhook(request: Request) -> Response:
    runtime = _runtime(request)
    tenant = request.path_params["tenant"]
    runtime.tenant(tenant)  # 404 before reading the body
    try:
        body = await parse_body(request, RestMessage)
    except PayloadTooLarge as exc:
        return plain_error(413, "payload_too_large", exc.message)
    texts = await runtime.handle_message(tenant, body.sender, body.message, body.metadata)
    return JSONResponse([{"recipient_id": body.sender, "text": text} for text in texts])


async def put_consent(request: Request) -> Response:
    runtime = _runtime(request)
    tenant, sender = request.path_params["tenant"], request.path_params["sender"]
    runtime.tenant(tenant)
    body = await parse_body(request, ConsentUpdate)
    consent = await runtime.set_consent(tenant, sender, body.training)
    return JSONResponse({"training": consent.training, "updated_at": consent.updated_at})


async def get_consent(request: Request) -> Response:
    runtime = _runtime(request)
    tenant, sender = request.path_params["tenant"], request.path_params["sender"]
    consent = await runtime.get_consent(tenant, sender)
    if consent is None:
        allowed = runtime.tenant(tenant).training.allowed
        return JSONResponse({"training": allowed, "updated_at": None})
    return JSONResponse({"training": consent.training, "updated_at": consent.updated_at})


class AccessLog:
    """Logs method, route template, status and time. Never the raw path: it may hold a
    sender id, which can be personal data."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_status(message: Mapping[str, object]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])  # type: ignore[call-overload]
            await send(message)  # type: ignore[arg-type]

        try:
            await self.app(scope, receive, send_with_status)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", "<unmatched>")
            log.info(
                "%s %s -> %d in %.0f ms",
                scope["method"],
                template,
                status,
                (time.perf_counter() - started) * 1000,
            )


def create_app(settings: Settings, tenants: Mapping[str, TenantConfig] | None = None) -> ASGIApp:
    """The whole server: the HTTP routes, and the socket.io channel under
    ``/t/{tenant}/socket.io/``."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        runtime = await Runtime.start(settings, tenants)
        app.state.runtime = runtime
        # Load the NER model before the first visitor waits for it.
        await anyio.to_thread.run_sync(runtime.detector.warm_up)
        sweeper = PeriodicSweep(runtime.sweep_retention, settings.sweep_interval_s)
        sweeper.start()  # retention: every ALLAI_SWEEP_INTERVAL_S seconds (default hourly)
        try:
            yield
        finally:
            await sweeper.aclose()
            await runtime.aclose()

    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/t/{tenant}/webhooks/rest/webhook", rest_webhook, methods=["POST"]),
        Route("/t/{tenant}/subjects/{sender}/consent", put_consent, methods=["PUT"]),
        Route("/t/{tenant}/subjects/{sender}/consent", get_consent, methods=["GET"]),
        Route("/t/{tenant}/consent", widget.post_consent, methods=["POST"]),
        Route("/t/{tenant}/conversation", widget.post_conversation, methods=["POST"]),
        Route("/t/{tenant}/widget.js", widget.widget_js, methods=["GET"]),
        Route("/t/{tenant}/widget/config", widget.widget_config, methods=["GET"]),
        Route("/t/{tenant}/demo", widget.demo_page, methods=["GET"]),
        Route("/static/socket.io.min.js", widget.socketio_client_js, methods=["GET"]),
        Route("/t/{tenant}/voice/twilio", voice.twilio_call, methods=["POST"]),
        WebSocketRoute("/t/{tenant}/voice/twilio/stream", voice.twilio_stream),
        *(Route(path, endpoint, methods=[method]) for path, endpoint, method in privacy.ROUTES),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={AllaiError: handle_allai_error, Exception: handle_unexpected},
    )
    # The widget runs on tenants' own sites: allow any origin, never with cookies.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST", "PUT"],
        allow_headers=["content-type", "authorization", privacy.SENDER_HEADER],
        allow_credentials=False,
    )
    app.add_middleware(AccessLog)
    channel = SocketIoChannel(lambda: app.state.runtime)
    return TenantSocketPaths(app, channel)


__all__ = ["create_app", "error_response"]
