"""A socket.io channel compatible with Rasa's, with streamed replies.

Rasa web chat clients work unchanged: they send ``session_request`` (answered by
``session_confirm``) and ``user_uttered``, and receive ``bot_uttered``. Our additions
are events such clients ignore: ``bot_typing``, ``bot_stream`` (the reply so far, while
it is generated) and ``bot_error``. Each tenant has its own socket.io path,
``/t/{tenant}/socket.io/``; the session id is the visitor's sender id, so it only ever
travels inside socket.io messages, never in a URL.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import socketio
from starlette.types import ASGIApp, Receive, Scope, Send

from bot.errors import AllaiError, NotFound
from bot.runtime import Runtime, validate_sender

log = logging.getLogger("allai.socketio")

TENANT_PATH = re.compile(r"^/t/(?P<tenant>[a-z0-9-]+)(?P<rest>/socket\.io/.*)$")
SOCKETIO_PATH = "socket.io"
SCOPE_TENANT = "allai.tenant"
# Message ids remembered per visitor, so a message resent after a reconnect (the widget
# resends what it has no acknowledgement for) is answered again but run only once. Kept
# in this process's memory only: the answers hold the visitor's own values.
REMEMBERED_MESSAGE_IDS = 50
REMEMBERED_VISITORS = 10_000


def new_session_id() -> str:
    """A sender id of 128 random bits: the visitor's only key to their own data."""
    return secrets.token_urlsafe(16)


class SocketIoChannel:
    def __init__(self, runtime: Callable[[], Runtime]) -> None:
        self._runtime = runtime
        # Widgets are embedded in tenants' own sites, so any origin may connect; what a
        # connection can read is limited to what its sender id unlocks.
        self.server = socketio.AsyncServer(
            async_mode="asgi", cors_allowed_origins="*", logger=False, engineio_logger=False
        )
        self.app = socketio.ASGIApp(self.server, socketio_path=SOCKETIO_PATH)
        self.server.on("connect", self._connect)
        self.server.on("session_request", self._session_request)
        self.server.on("user_uttered", self._user_uttered)
        # (tenant, sender) -> message id -> the texts answered; survives reconnects.
        self._answered: OrderedDict[tuple[str, str], OrderedDict[str, list[str]]] = OrderedDict()

    def _answers(self, tenant: str, sender: str) -> OrderedDict[str, list[str]]:
        key = (tenant, sender)
        answers = self._answered.pop(key, None) or OrderedDict()
        self._answered[key] = answers  # most recently used last
        while len(self._answered) > REMEMBERED_VISITORS:
            self._answered.popitem(last=False)
        return answers

    async def _connect(self, sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
        tenant = environ.get("asgi.scope", {}).get(SCOPE_TENANT)
        try:
            self._runtime().tenant(str(tenant))
        except NotFound:
            return False
        await self.server.save_session(sid, {"tenant": tenant, "sender": None})
        return True

    async def _session_request(self, sid: str, data: Any = None) -> None:
        session = await self.server.get_session(sid)
        requested = data.get("session_id") if isinstance(data, dict) else None
        sender = requested if _acceptable_sender(requested) else new_session_id()
        session["sender"] = sender
        await self.server.save_session(sid, session)
        await self.server.emit("session_confirm", sender, to=sid)

    async def _user_uttered(self, sid: str, data: Any = None) -> dict[str, Any]:
        """Answers with bot_uttered events; returns an acknowledgement for our widget."""
        session = await self.server.get_session(sid)
        if not isinstance(data, dict) or not isinstance(data.get("message"), str):
            return await self._error(sid, "bad_request", "expected {'message': str}", False)
        sender = data.get("session_id") or session.get("sender")
        if not _acceptable_sender(sender):
            return await self._error(sid, "bad_request", "send session_request first", False)
        metadata = data.get("metadata") or data.get("customData") or {}
        if not isinstance(metadata, dict):
            metadata = {}
        message_id = data.get("message_id")
        seen = self._answers(session["tenant"], str(sender))
        if isinstance(message_id, str) and message_id in seen:
            texts = seen[message_id]  # a resend after a reconnect: answer again, run once
        else:
            await self.server.emit("bot_typing", {"typing": True}, to=sid)

            async def stream(text: str) -> None:
                await self.server.emit("bot_stream", {"text": text}, to=sid)

            try:
                texts = await self._runtime().handle_message(
                    session["tenant"], str(sender), data["message"], metadata, stream
                )
            except AllaiError as exc:
                await self.server.emit("bot_typing", {"typing": False}, to=sid)
                code = type(exc).__name__
                return await self._error(sid, code, exc.message, exc.retryable)
            if isinstance(message_id, str):
                seen[message_id] = texts
                while len(seen) > REMEMBERED_MESSAGE_IDS:
                    seen.popitem(last=False)
        await self.server.emit("bot_typing", {"typing": False}, to=sid)
        for text in texts:
            await self.server.emit("bot_uttered", {"text": text}, to=sid)
        return {"ok": True, "texts": texts}

    async def _error(self, sid: str, code: str, message: str, retryable: bool) -> dict[str, Any]:
        error = {"code": code, "message": message, "retryable": retryable}
        await self.server.emit("bot_error", error, to=sid)
        return {"ok": False, "error": error}


def _acceptable_sender(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        validate_sender(value)
    except AllaiError:
        return False
    return True


class TenantSocketPaths:
    """Routes ``/t/{tenant}/socket.io/...`` to the socket.io app (tenant kept in the
    scope) and everything else to ``app``."""

    def __init__(self, app: ASGIApp, channel: SocketIoChannel) -> None:
        self._app = app
        self._channel = channel

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            match = TENANT_PATH.match(scope["path"])
            if match is not None:
                scope = {**scope, "path": match["rest"], SCOPE_TENANT: match["tenant"]}
                await self._channel.app(scope, receive, send)
                return
        await self._app(scope, receive, send)
