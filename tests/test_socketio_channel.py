"""The socket.io channel, driven by a Rasa-style socket.io client over a real server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import socketio

from tests.support.app import llm_tenant, write_tenant
from tests.support.fake_llm import FakeLlm
from tests.support.server import running_server

pytestmark = pytest.mark.slow
PII = "Hi, I am John Miller, my email is john.miller@example.com"


@pytest.fixture
def base_url(
    tmp_path: Path, fake_llm: FakeLlm, redis_url: str, key_prefix: str, data_dir: Path
) -> Iterator[str]:
    root = tmp_path / "configs"
    llm_tenant(root, "shop", fake_llm.base_url)
    write_tenant(root, "faqbot", disclosure={"en": "I am an AI.", "ro": "Sunt un AI."})
    with running_server(root, redis_url, key_prefix, data_dir) as url:
        yield url


class RasaClient:
    """What a Rasa web chat client does: session_request, user_uttered, bot_uttered."""

    def __init__(self, base_url: str, tenant: str) -> None:
        self.sio = socketio.Client(reconnection=False)
        self.events: list[tuple[str, Any]] = []
        self.confirmed = threading.Event()
        self.done = threading.Event()
        for name in ("session_confirm", "bot_uttered", "bot_stream", "bot_typing", "bot_error"):
            self.sio.on(name, self._recorder(name))
        self.sio.connect(
            base_url, socketio_path=f"/t/{tenant}/socket.io/", transports=["websocket"]
        )

    def _recorder(self, name: str) -> Any:
        def record(data: Any = None) -> None:
            self.events.append((name, data))
            if name == "session_confirm":
                self.confirmed.set()
            if name == "bot_typing" and data == {"typing": False}:
                self.done.set()

        return record

    def session(self, session_id: str | None = None) -> str:
        self.sio.emit("session_request", {"session_id": session_id})
        assert self.confirmed.wait(10)
        return str(next(d for n, d in self.events if n == "session_confirm"))

    def say(self, session_id: str, text: str, **extra: Any) -> list[str]:
        self.done.clear()
        start = len(self.events)
        self.sio.emit("user_uttered", {"message": text, "session_id": session_id, **extra})
        assert self.done.wait(20), "no answer"
        self.sio.sleep(0.2)  # bot_uttered events follow bot_typing false
        return [d["text"] for n, d in self.events[start:] if n == "bot_uttered"]

    def of(self, name: str) -> list[Any]:
        return [d for n, d in self.events if n == name]

    def close(self) -> None:
        self.sio.disconnect()


def test_rasa_client_gets_a_session_and_redacted_round_trip(
    base_url: str, fake_llm: FakeLlm
) -> None:
    client = RasaClient(base_url, "shop")
    try:
        session_id = client.session()
        assert len(session_id) >= 22  # 128 random bits, base64url
        texts = client.say(session_id, PII)
    finally:
        client.close()
    assert "an AI, not a person" in texts[0]
    assert texts[1] == f"You said: {PII}"
    received = fake_llm.everything_received()
    assert "John Miller" not in received and "john.miller@example.com" not in received
    assert fake_llm.requests[-1].body["stream"] is True


def test_replies_stream_as_they_are_generated_without_placeholder_fragments(
    base_url: str, fake_llm: FakeLlm
) -> None:
    fake_llm.chunk_chars = 3
    client = RasaClient(base_url, "shop")
    try:
        session_id = client.session()
        final = client.say(session_id, PII)[-1]
    finally:
        client.close()
    partials = [d["text"] for d in client.of("bot_stream")]
    assert len(partials) >= 3
    for partial in partials:
        assert final.startswith(partial)
        assert "<" not in partial and "EMAIL" not in partial and "PERSON" not in partial


def test_a_resent_message_is_answered_once(base_url: str, fake_llm: FakeLlm) -> None:
    client = RasaClient(base_url, "shop")
    try:
        session_id = client.session()
        first = client.say(session_id, "Hello there", message_id="m-1")
        calls = len(fake_llm.requests)
        again = client.say(session_id, "Hello there", message_id="m-1")
    finally:
        client.close()
    assert again == first
    assert len(fake_llm.requests) == calls


def test_a_message_resent_on_a_new_connection_is_answered_once(
    base_url: str, fake_llm: FakeLlm
) -> None:
    first_connection = RasaClient(base_url, "shop")
    try:
        session_id = first_connection.session()
        first = first_connection.say(session_id, "Hello there", message_id="m-7")
    finally:
        first_connection.close()
    calls = len(fake_llm.requests)
    second_connection = RasaClient(base_url, "shop")  # as after a network loss
    try:
        second_connection.session(session_id)
        again = second_connection.say(session_id, "Hello there", message_id="m-7")
    finally:
        second_connection.close()
    assert again == first
    assert len(fake_llm.requests) == calls


def test_the_conversation_is_restored_with_the_visitors_own_values(base_url: str) -> None:
    client = RasaClient(base_url, "shop")
    try:
        session_id = client.session()
        client.say(session_id, PII)
    finally:
        client.close()
    response = httpx.post(f"{base_url}/t/shop/conversation", json={"sender": session_id})
    assert response.status_code == 200
    body = response.json()
    texts = [m["text"] for m in body["messages"]]
    assert texts[0] == PII and texts[-1] == f"You said: {PII}"
    assert [m["role"] for m in body["messages"]] == ["user", "bot", "bot"]
    assert body["training"] is False
    assert response.headers["cache-control"] == "no-store"

    stranger = httpx.post(f"{base_url}/t/shop/conversation", json={"sender": "someone-else"})
    assert stranger.json()["messages"] == []


def test_consent_with_the_sender_in_the_body(base_url: str, fake_llm: FakeLlm) -> None:
    sender = "s" * 22
    response = httpx.post(f"{base_url}/t/shop/consent", json={"sender": sender, "training": False})
    assert response.status_code == 200 and response.json()["training"] is False
    history = httpx.post(f"{base_url}/t/shop/conversation", json={"sender": sender})
    assert history.json()["training"] is False
    bad = httpx.post(f"{base_url}/t/shop/consent", json={"sender": sender})
    assert bad.status_code == 400


def test_faq_engine_answers_over_socketio_without_streaming(base_url: str) -> None:
    client = RasaClient(base_url, "faqbot")
    try:
        texts = client.say(client.session(), "What are your opening hours?")
    finally:
        client.close()
    assert texts == ["I am an AI.", "Monday to Friday, 9:00-18:00."]
    assert client.of("bot_stream") == []


def test_unknown_tenant_cannot_connect(base_url: str) -> None:
    with pytest.raises(socketio.exceptions.ConnectionError):
        RasaClient(base_url, "nobody")


def test_message_before_session_gets_an_error(base_url: str) -> None:
    client = RasaClient(base_url, "shop")
    try:
        result = client.sio.call("user_uttered", {"message": "hi"}, timeout=10)
    finally:
        client.close()
    assert result["ok"] is False and "session_request" in result["error"]["message"]


def test_widget_assets_and_config_are_served(base_url: str) -> None:
    config = httpx.get(f"{base_url}/t/faqbot/widget/config").json()
    assert config["display_name"] == "Faqbot Ltd"
    assert config["disclosure"] == {"en": "I am an AI.", "ro": "Sunt un AI."}
    assert config["features"] == {"download_data": True, "delete_data": True}
    js = httpx.get(f"{base_url}/static/socket.io.min.js")
    assert js.status_code == 200 and "Socket.IO" in js.text
    assert httpx.get(f"{base_url}/t/nobody/widget/config").status_code == 404
    demo = httpx.get(f"{base_url}/t/faqbot/demo")
    assert demo.status_code == 200 and "/t/faqbot/widget.js" in demo.text
