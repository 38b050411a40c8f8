"""Whole phone calls over a real WebSocket, as Twilio plays them: the disclosure is spoken
first, a spoken question gets a spoken answer, barge-in sends ``clear``, and the call's
turns are stored encrypted."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from bot.http.voice import shared_asr
from models.asr import ASR_SAMPLE_RATE
from tests.support.app import dump_redis, llm_tenant, running_app, write_tenant
from tests.support.fake_llm import FakeLlm
from tests.support.speech import OPENING_TIME, silence, speech
from tests.support.twilio_call import STREAM, media_messages, start_message
from voice.codec import (
    TELEPHONE_RATE,
    mulaw_decode,
    pcm16_to_float,
    resample,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def client(tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path) -> Iterator[TestClient]:
    root = tmp_path / "configs"
    write_tenant(
        root,
        "shop",
        disclosure={"en": "Hello, I am the shop's virtual assistant, an AI, not a person."},
        faq=[{"q": "What time do you open on Saturday morning?", "a": "We open at nine."}],
    )
    with running_app(root, redis_url, key_prefix, data_dir) as app_client:
        yield app_client


def _until_mark(ws: Any) -> tuple[bytes, list[dict[str, Any]]]:
    """Everything the bot sends up to its next mark: (the μ-law audio, the messages)."""
    audio = b""
    messages: list[dict[str, Any]] = []
    while True:
        message = json.loads(ws.receive_text())
        messages.append(message)
        assert message["streamSid"] == STREAM
        if message["event"] == "media":
            audio += base64.b64decode(message["media"]["payload"])
        if message["event"] == "mark":
            return audio, messages


def _hear(mulaw: bytes) -> str:
    pcm = pcm16_to_float(mulaw_decode(mulaw))
    audio = resample(pcm, TELEPHONE_RATE, ASR_SAMPLE_RATE).astype(np.float32)
    return shared_asr().transcribe(audio).text.lower()


def test_a_call_opens_with_the_spoken_disclosure_and_answers_a_question(
    client: TestClient, redis_url: str, key_prefix: str
) -> None:
    with client.websocket_connect("/t/shop/voice/twilio/stream") as ws:
        ws.send_text(json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"}))
        ws.send_text(start_message("CA0001"))
        disclosure, messages = _until_mark(ws)
        assert messages[0]["event"] == "media"  # the very first thing the caller hears
        heard = _hear(disclosure)
        assert "assistant" in heard or "virtual" in heard, heard
        ws.send_text(json.dumps({"event": "mark", "streamSid": STREAM, "mark": {"name": "said-1"}}))

        question = np.concatenate(
            [silence(0.3, TELEPHONE_RATE), speech(OPENING_TIME, TELEPHONE_RATE),
             silence(1.2, TELEPHONE_RATE)]
        )  # fmt: skip
        for frame in media_messages(question):
            ws.send_text(frame)
        answer, _ = _until_mark(ws)
        assert "nine" in _hear(answer) or "9" in _hear(answer)
        ws.send_text(json.dumps({"event": "stop", "streamSid": STREAM}))
        with pytest.raises(WebSocketDisconnect):
            ws.receive_text()

    stored = dump_redis(redis_url, key_prefix)
    turn_keys = [k for k in stored if b":turn:" in k]
    assert len(turn_keys) == 3  # the question, the disclosure, the answer
    for value in stored.values():
        assert b"Saturday" not in value and b"nine" not in value


def test_speaking_over_the_bot_clears_its_audio(client: TestClient) -> None:
    with client.websocket_connect("/t/shop/voice/twilio/stream") as ws:
        ws.send_text(start_message("CA0002"))
        _until_mark(ws)  # the disclosure was sent; Twilio is still playing it
        for frame in media_messages(speech("hello hello", TELEPHONE_RATE)):
            ws.send_text(frame)
        message = json.loads(ws.receive_text())
        assert message == {"event": "clear", "streamSid": STREAM}
        ws.send_text(json.dumps({"event": "stop", "streamSid": STREAM}))


def test_bad_messages_and_unknown_tenants_close_the_stream(client: TestClient) -> None:
    with client.websocket_connect("/t/shop/voice/twilio/stream") as ws:
        ws.send_text("not json")
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_text()
        assert closed.value.code == 4400
    with (
        pytest.raises(WebSocketDisconnect) as refused,
        client.websocket_connect("/t/nobody/voice/twilio/stream") as ws,
    ):
        ws.receive_text()
    assert refused.value.code == 4404


def _rest_of_call(ws: Any) -> list[dict[str, Any]]:
    """Stop the call and return everything the bot sent until it closed the stream."""
    ws.send_text(json.dumps({"event": "stop", "streamSid": STREAM}))
    messages = []
    with pytest.raises(WebSocketDisconnect):
        while True:
            messages.append(json.loads(ws.receive_text()))
    return messages


def test_a_backchannel_does_not_cut_the_bot_off(client: TestClient) -> None:
    with client.websocket_connect("/t/shop/voice/twilio/stream") as ws:
        ws.send_text(start_message("CA0003"))
        _until_mark(ws)  # the disclosure is playing
        yes = np.concatenate([speech("yes", TELEPHONE_RATE), silence(1.0, TELEPHONE_RATE)])
        for frame in media_messages(yes):
            ws.send_text(frame)
        after = _rest_of_call(ws)
    assert [m["event"] for m in after] == []  # no clear, and no answer to "yes"


@pytest.fixture
def llm_client(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path, fake_llm: FakeLlm
) -> Iterator[TestClient]:
    root = tmp_path / "llm-configs"
    llm_tenant(root, "bank", fake_llm.base_url)
    with running_app(root, redis_url, key_prefix, data_dir) as app_client:
        yield app_client


def test_spoken_personal_data_never_reaches_the_llm_and_replies_stream_by_sentence(
    llm_client: TestClient, fake_llm: FakeLlm
) -> None:
    fake_llm.responder = lambda body: "Thank you. I have noted your number. Anything else?"
    spoken = "my phone number is zero seven two two one two three four five six"
    with llm_client.websocket_connect("/t/bank/voice/twilio/stream") as ws:
        ws.send_text(start_message("CA0004"))
        _until_mark(ws)
        ws.send_text(json.dumps({"event": "mark", "streamSid": STREAM, "mark": {"name": "said-1"}}))
        call = np.concatenate([speech(spoken, TELEPHONE_RATE), silence(1.2, TELEPHONE_RATE)])
        for frame in media_messages(call):
            ws.send_text(frame)
        after = _rest_of_call(ws)
    marks = [m["mark"]["name"] for m in after if m["event"] == "mark"]
    assert len(marks) == 3  # three sentences, each spoken as soon as it was complete
    user_turn = fake_llm.requests[-1].body["messages"][-1]["content"]
    assert "PHONE_NUMBER" in user_turn, user_turn
    received = fake_llm.everything_received()
    digits = "".join(ch if ch.isdigit() else " " for ch in received)
    assert not any(len(run) >= 6 for run in digits.split()), received
    assert fake_llm.requests[-1].body["stream"] is True
