"""Opening a call's Media Stream. For a tenant with a Twilio auth token the handshake must
carry Twilio's signature over the stream's wss:// URL (no parameters), or it is refused
before it is accepted, and the refusal is logged without anything about the caller. A call
uses only the languages the tenant's speech recogniser can hear."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from tests.support.app import running_app, write_tenant
from tests.support.twilio_call import start_message, stop_message
from voice.codec import TELEPHONE_RATE, frames, mulaw_encode, resample
from voice.tts import EspeakTts
from voice.twilio import signature

TOKEN = "12345"
TOKEN_ENV = "TEST_TWILIO_STREAM_TOKEN"

pytestmark = pytest.mark.slow  # the app loads the redaction models


@pytest.fixture
def client(
    tmp_path: Path,
    redis_url: str,
    key_prefix: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[TestClient]:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    root = tmp_path / "configs"
    write_tenant(root, "open")
    write_tenant(root, "signed", voice={"twilio_auth_token_env": TOKEN_ENV})
    write_tenant(
        root,
        "proxied",
        voice={"twilio_auth_token_env": TOKEN_ENV, "public_base_url": "https://bots.example.com"},
    )
    write_tenant(root, "unset", voice={"twilio_auth_token_env": "TEST_TWILIO_UNSET_TOKEN"})
    write_tenant(root, "romanian", languages=["ro"])  # chat only: tiny.en cannot hear it
    write_tenant(
        root,
        "formant",
        disclosure={"en": "Hello, this is an AI assistant."},
        voice={"tts": {"en": {"engine": "espeak"}}},
    )
    with running_app(root, redis_url, key_prefix, data_dir) as app_client:
        yield app_client


def _accepted(client: TestClient, path: str, headers: dict[str, str] | None = None) -> int:
    """Open the stream, end the call at once, and return the close code (1000: accepted
    and ended cleanly)."""
    with client.websocket_connect(path, headers=dict(headers or {})) as ws:
        ws.send_text(stop_message())
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_text()
    return closed.value.code


def _refused(client: TestClient, path: str, headers: dict[str, str] | None = None) -> int:
    """The close code of a handshake the server refuses before accepting it."""
    with (
        pytest.raises(WebSocketDisconnect) as refused,
        client.websocket_connect(path, headers=dict(headers or {})) as ws,
    ):
        ws.receive_text()
    return refused.value.code


def test_a_signed_handshake_is_accepted(client: TestClient) -> None:
    path = "/t/signed/voice/twilio/stream"
    good = signature(TOKEN, f"ws://testserver{path}", {})
    assert _accepted(client, path, {"x-twilio-signature": good}) == 1000


def test_missing_or_wrong_signatures_are_refused_before_the_stream_opens(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    path = "/t/signed/voice/twilio/stream"
    wrong_token = signature("not-the-token", f"ws://testserver{path}", {})
    other_tenant = signature(TOKEN, "ws://testserver/t/open/voice/twilio/stream", {})
    with_params = signature(TOKEN, f"ws://testserver{path}", {"From": "+40722123456"})
    with caplog.at_level(logging.WARNING, logger="allai.voice"):
        assert _refused(client, path) == 4403
        for forged in (wrong_token, other_tenant, with_params):
            assert _refused(client, path, {"x-twilio-signature": forged}) == 4403
    refusals = [r.getMessage() for r in caplog.records if "refused a call stream" in r.getMessage()]
    assert refusals == ["refused a call stream on tenant signed: bad or missing signature"] * 4
    assert not any(forged in caplog.text for forged in (wrong_token, other_tenant, with_params))


def test_a_query_string_is_part_of_what_twilio_signs(client: TestClient) -> None:
    path = "/t/signed/voice/twilio/stream?region=eu"
    good = signature(TOKEN, f"ws://testserver{path}", {})
    assert _accepted(client, path, {"x-twilio-signature": good}) == 1000
    bare = signature(TOKEN, "ws://testserver/t/signed/voice/twilio/stream", {})
    assert _refused(client, path, {"x-twilio-signature": bare}) == 4403


def test_behind_a_proxy_the_public_wss_url_is_signed(client: TestClient) -> None:
    path = "/t/proxied/voice/twilio/stream"
    public = signature(TOKEN, f"wss://bots.example.com{path}", {})
    assert _accepted(client, path, {"x-twilio-signature": public}) == 1000
    internal = signature(TOKEN, f"ws://testserver{path}", {})
    assert _refused(client, path, {"x-twilio-signature": internal}) == 4403


def test_a_forwarded_tls_handshake_is_checked_against_wss(client: TestClient) -> None:
    path = "/t/signed/voice/twilio/stream"
    good = signature(TOKEN, f"wss://bots.example.org{path}", {})
    headers = {"x-twilio-signature": good, "host": "bots.example.org", "x-forwarded-proto": "https"}
    assert _accepted(client, path, headers) == 1000


def test_tenants_without_a_token_accept_unsigned_streams(client: TestClient) -> None:
    assert _accepted(client, "/t/open/voice/twilio/stream") == 1000


def test_a_tenant_whose_token_is_not_set_refuses_streams(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="allai.voice"):
        assert _refused(client, "/t/unset/voice/twilio/stream") == 1011
    assert "TEST_TWILIO_UNSET_TOKEN" in caplog.text


def test_a_tenant_whose_languages_the_recogniser_cannot_hear_refuses_calls(
    client: TestClient,
) -> None:
    webhook = client.post("/t/romanian/voice/twilio", data={"CallSid": "CA1"})
    assert webhook.status_code == 500
    assert webhook.json()["error"]["code"] == "engine_not_configured"
    assert "voice.asr.model_path" in webhook.json()["error"]["message"]
    assert _refused(client, "/t/romanian/voice/twilio/stream") == 1011


def test_a_call_asking_for_a_language_the_recogniser_cannot_hear_gets_the_default(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.INFO, logger="allai.call"),
        client.websocket_connect("/t/open/voice/twilio/stream") as ws,
    ):
        ws.send_text(start_message("CA0201", lang="ro"))  # tiny.en cannot transcribe Romanian
        ws.send_text(stop_message())
        with pytest.raises(WebSocketDisconnect):
            while True:
                ws.receive_text()
    assert "call started on tenant open (en)" in caplog.text
    assert "a call asked for a language not in voice.languages; using en" in caplog.text


def test_a_call_speaks_with_the_tenants_configured_engine(client: TestClient) -> None:
    with client.websocket_connect("/t/formant/voice/twilio/stream") as ws:
        ws.send_text(start_message("CA0202"))
        heard = b""
        while (message := json.loads(ws.receive_text()))["event"] == "media":
            heard += base64.b64decode(message["media"]["payload"])
        ws.send_text(stop_message())
    espeak = EspeakTts("en")
    expected = b"".join(
        frame
        for chunk in espeak.synthesize("Hello, this is an AI assistant.")
        for frame in frames(
            mulaw_encode(
                resample(chunk, espeak.capabilities.sample_rate, TELEPHONE_RATE).astype(np.int16)
            )
        )
    )
    assert heard == expected  # espeak-ng, not the default Piper voice
