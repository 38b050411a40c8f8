"""Twilio's call webhook (TwiML, signatures) and the Media Streams message format."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.errors import BadRequest
from tests.support.app import running_app, write_tenant
from voice.twilio import (
    Dtmf,
    Mark,
    Media,
    Start,
    Stop,
    clear_message,
    connect_stream_twiml,
    mark_message,
    media_message,
    parse_event,
    signature,
    signature_is_valid,
)

TOKEN = "12345"  # Twilio's documentation example token
FORM = {"CallSid": "CA1234567890ABCDE", "Caller": "+14158675310", "Digits": "1234"}


def test_signature_matches_twilios_documented_example() -> None:
    # The example from Twilio's "Webhooks security" documentation.
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+14158675310",
        "Digits": "1234",
        "From": "+14158675310",
        "To": "+18005551212",
    }
    assert signature(TOKEN, url, params) == "GvWf1cFY/Q7PnoempGyD5oXAezc="
    assert signature_is_valid(TOKEN, url, params, "GvWf1cFY/Q7PnoempGyD5oXAezc=")
    assert not signature_is_valid(
        TOKEN, url, {**params, "Digits": "9"}, "GvWf1cFY/Q7PnoempGyD5oXAezc="
    )
    assert not signature_is_valid(TOKEN, url, params, None)


def test_twiml_connects_the_stream_and_escapes_the_url() -> None:
    twiml = connect_stream_twiml('wss://host/t/acme/voice/twilio/stream?a=1&b="2"')
    assert twiml.startswith('<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url=')
    assert "a=1&amp;b=" in twiml and 'stream?a=1&b="2"' not in twiml


def _start() -> dict[str, Any]:
    return {
        "event": "start",
        "sequenceNumber": "1",
        "streamSid": "MZ123",
        "start": {
            "accountSid": "AC1",
            "callSid": "CA1",
            "streamSid": "MZ123",
            "tracks": ["inbound"],
            "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
            "customParameters": {"lang": "ro"},
        },
    }


def test_incoming_messages_parse_into_typed_events() -> None:
    assert parse_event(json.dumps({"event": "connected", "protocol": "Call"})).event == "connected"
    start = parse_event(json.dumps(_start()))
    assert isinstance(start, Start)
    assert start.start.media_format.sample_rate == 8000
    assert start.start.custom_parameters == {"lang": "ro"}
    audio = bytes([0xFF] * 160)
    media = parse_event(
        json.dumps(
            {
                "event": "media",
                "streamSid": "MZ123",
                "media": {"track": "inbound", "chunk": "2", "timestamp": "20",
                          "payload": base64.b64encode(audio).decode()},
            }
        )
    )  # fmt: skip
    assert isinstance(media, Media) and media.media.audio() == audio
    dtmf = parse_event(json.dumps({"event": "dtmf", "streamSid": "MZ123", "dtmf": {"digit": "5"}}))
    assert isinstance(dtmf, Dtmf) and dtmf.dtmf.digit == "5"
    hash_key = parse_event(
        json.dumps(
            {
                "event": "dtmf",
                "sequenceNumber": "7",
                "streamSid": "MZ123",
                "dtmf": {"track": "inbound_track", "digit": "#"},
            }
        )
    )
    assert isinstance(hash_key, Dtmf)
    assert (hash_key.dtmf.digit, hash_key.dtmf.track) == ("#", "inbound_track")
    mark = parse_event(json.dumps({"event": "mark", "streamSid": "MZ123", "mark": {"name": "m1"}}))
    assert isinstance(mark, Mark) and mark.mark.name == "m1"
    assert isinstance(parse_event(json.dumps({"event": "stop", "streamSid": "MZ123"})), Stop)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("not json", "not JSON"),
        (json.dumps({"event": "dance"}), "event"),
        (json.dumps({"event": "start", "streamSid": "x"}), "start"),
        (json.dumps({"event": "media", "streamSid": "x", "media": {}}), "media.media.payload"),
        (json.dumps({"event": "dtmf", "streamSid": "x", "dtmf": {"digit": "12"}}), "dtmf.digit"),
        (json.dumps({"event": "dtmf", "streamSid": "x", "dtmf": {"digit": "x"}}), "dtmf.digit"),
    ],
)
def test_malformed_messages_are_refused_with_a_reason(raw: str, words: str) -> None:
    with pytest.raises(BadRequest, match="JSON|unexpected") as caught:
        parse_event(raw)
    assert words in caught.value.message


def test_bad_base64_payload_is_refused() -> None:
    media = parse_event(
        json.dumps({"event": "media", "streamSid": "x", "media": {"payload": "@@@"}})
    )
    assert isinstance(media, Media)
    with pytest.raises(BadRequest, match="base64"):
        media.media.audio()


def test_outgoing_messages() -> None:
    assert json.loads(media_message("MZ1", b"\x00\xff")) == {
        "event": "media", "streamSid": "MZ1", "media": {"payload": "AP8="},
    }  # fmt: skip
    assert json.loads(mark_message("MZ1", "reply-1")) == {
        "event": "mark", "streamSid": "MZ1", "mark": {"name": "reply-1"},
    }  # fmt: skip
    assert json.loads(clear_message("MZ1")) == {"event": "clear", "streamSid": "MZ1"}


@pytest.fixture
def client(tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path) -> Iterator[TestClient]:
    root = tmp_path / "configs"
    write_tenant(root, "open")
    write_tenant(root, "signed", voice={"twilio_auth_token_env": "TEST_TWILIO_TOKEN"})
    write_tenant(
        root,
        "proxied",
        voice={
            "twilio_auth_token_env": "TEST_TWILIO_TOKEN",
            "public_base_url": "https://bots.example.com",
        },
    )
    with running_app(root, redis_url, key_prefix, data_dir) as app_client:
        yield app_client


@pytest.mark.slow
def test_webhook_answers_with_twiml_for_the_tenants_stream(client: TestClient) -> None:
    response = client.post("/t/open/voice/twilio", data=FORM)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    assert '<Stream url="ws://testserver/t/open/voice/twilio/stream"/>' in response.text
    behind_tls = client.post(
        "/t/open/voice/twilio", data=FORM, headers={"x-forwarded-proto": "https"}
    )
    assert 'url="wss://testserver/t/open/voice/twilio/stream"' in behind_tls.text
    assert client.post("/t/nobody/voice/twilio", data=FORM).status_code == 404


@pytest.mark.slow
def test_signed_tenant_checks_the_signature(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    unset = client.post("/t/signed/voice/twilio", data=FORM)
    assert unset.status_code == 500 and "TEST_TWILIO_TOKEN" in unset.json()["error"]["message"]

    monkeypatch.setenv("TEST_TWILIO_TOKEN", TOKEN)
    assert client.post("/t/signed/voice/twilio", data=FORM).status_code == 403
    good = signature(TOKEN, "http://testserver/t/signed/voice/twilio", FORM)
    ok = client.post("/t/signed/voice/twilio", data=FORM, headers={"x-twilio-signature": good})
    assert ok.status_code == 200 and "<Connect>" in ok.text
    forged = client.post(
        "/t/signed/voice/twilio", data={**FORM, "Digits": "0"}, headers={"x-twilio-signature": good}
    )
    assert forged.status_code == 403
    assert forged.json()["error"]["code"] == "forbidden"


@pytest.mark.slow
def test_signature_is_checked_against_the_public_url_behind_a_proxy(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_TWILIO_TOKEN", TOKEN)
    good = signature(TOKEN, "https://bots.example.com/t/proxied/voice/twilio", FORM)
    ok = client.post("/t/proxied/voice/twilio", data=FORM, headers={"x-twilio-signature": good})
    assert ok.status_code == 200
    assert 'url="wss://bots.example.com/t/proxied/voice/twilio/stream"' in ok.text
