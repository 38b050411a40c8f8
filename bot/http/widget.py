"""What the website chat widget needs: its script, its settings, a demo page, and the
visitor's own conversation and consent, with the sender id always in a body."""

from __future__ import annotations

from importlib import resources

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from bot.http.bodies import SenderConsentUpdate, SenderOnly, parse_body
from bot.runtime import Runtime
from pipeline.disclosure import BUILTIN_DISCLOSURE

ASSETS = resources.files("bot") / "widget"
NO_STORE = {"Cache-Control": "no-store"}


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


async def widget_js(request: Request) -> Response:
    _runtime(request).tenant(request.path_params["tenant"])
    return Response(
        _asset("widget.js"),
        media_type="application/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300"},
    )


async def socketio_client_js(request: Request) -> Response:
    return Response(
        _asset("socket.io.min.js"),
        media_type="application/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=86400"},
    )


async def widget_config(request: Request) -> Response:
    tenant = _runtime(request).tenant(request.path_params["tenant"])
    disclosure = {
        lang: str(
            tenant.disclosure.get(lang) or BUILTIN_DISCLOSURE[lang].format(name=tenant.display_name)
        )
        for lang in tenant.languages
    }
    return JSONResponse(
        {
            "tenant": tenant.tenant,
            "display_name": tenant.display_name,
            "languages": list(tenant.languages),
            "disclosure": disclosure,
            "privacy_notice_url": (
                str(tenant.privacy_notice_url) if tenant.privacy_notice_url else None
            ),
            "training_allowed_by_tenant": tenant.training.allowed,
            # The visitor's self-service rights: POST /t/{tenant}/privacy/requests.
            "features": {"download_data": True, "delete_data": True},
        }
    )


async def demo_page(request: Request) -> Response:
    tenant = _runtime(request).tenant(request.path_params["tenant"])
    html = _asset("demo.html").replace("{{tenant}}", tenant.tenant)
    html = html.replace("{{display_name}}", _escape(tenant.display_name))
    return HTMLResponse(html)


async def post_consent(request: Request) -> Response:
    runtime = _runtime(request)
    tenant = request.path_params["tenant"]
    runtime.tenant(tenant)
    body = await parse_body(request, SenderConsentUpdate)
    consent = await runtime.set_consent(tenant, body.sender, body.training)
    return JSONResponse({"training": consent.training, "updated_at": consent.updated_at})


async def post_conversation(request: Request) -> Response:
    runtime = _runtime(request)
    tenant = request.path_params["tenant"]
    runtime.tenant(tenant)
    body = await parse_body(request, SenderOnly)
    conversation = await runtime.history(tenant, body.sender)
    consent = await runtime.get_consent(tenant, body.sender)
    training = runtime.tenant(tenant).training.allowed if consent is None else consent.training
    return JSONResponse(
        {
            "lang": conversation.lang,
            "training": training,
            "messages": [{"role": t.role, "text": t.text, "ts": t.ts} for t in conversation.turns],
        },
        headers=NO_STORE,
    )


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
