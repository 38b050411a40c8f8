"""Keypad presses during a call: collected into one entry that ends with '#' or after a
pause of call time, handed to the pipeline as the caller's turn (a card or phone number
typed on the keypad never reaches the LLM), and a key press interrupts the bot."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from tests.support.app import llm_tenant, running_app
from tests.support.fake_llm import FakeLlm
from tests.support.speech import silence
from tests.support.twilio_call import (
    STREAM,
    dtmf_messages,
    media_messages,
    played_mark,
    start_message,
    stop_message,
)
from voice.codec import TELEPHONE_RATE
from voice.dtmf import MAX_KEYS, KeypadEntry

TEST_CARD = "4111111111111111"  # Visa's test number: passes the Luhn check
PHONE = "0722123456"


# -- the collector on its own: (presses as (key, ms), then a check at ms) -> entries


@pytest.mark.parametrize(
    ("presses", "later_ms", "entries"),
    [
        ([("1", 0), ("2", 100), ("#", 200)], None, ["12"]),
        ([("1", 0), ("2", 100)], 2599, []),  # not yet: 2.5 s after the last key
        ([("1", 0), ("2", 100)], 2600, ["12"]),
        ([("1", 0), ("2", 2000), ("3", 4000)], 6500, ["123"]),  # each key restarts the wait
        ([("#", 0)], 5000, []),  # '#' alone is no entry
        ([("*", 0), ("9", 10), ("#", 20), ("4", 30), ("#", 40)], None, ["*9", "4"]),
    ],
)
def test_keys_make_entries(
    presses: list[tuple[str, int]], later_ms: int | None, entries: list[str]
) -> None:
    keypad = KeypadEntry(timeout_ms=2500)
    got = [entry for key, ms in presses if (entry := keypad.press(key, ms)) is not None]
    if later_ms is not None and (entry := keypad.due(later_ms)) is not None:
        got.append(entry)
    assert got == entries


def test_an_endless_entry_ends_by_itself() -> None:
    keypad = KeypadEntry()
    entries = [keypad.press("7", ms) for ms in range(MAX_KEYS)]
    assert entries[-1] == "7" * MAX_KEYS and not keypad.pending


def test_only_dtmf_keys_are_accepted() -> None:
    with pytest.raises(ValueError, match="not a DTMF key"):
        KeypadEntry().press("x", 0)


# -- whole calls over the WebSocket


@pytest.fixture
def client(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path, fake_llm: FakeLlm
) -> Iterator[TestClient]:
    fake_llm.responder = lambda body: "Thank you."
    root = tmp_path / "configs"
    llm_tenant(root, "bank", fake_llm.base_url)
    with running_app(root, redis_url, key_prefix, data_dir) as app_client:
        yield app_client


def _until_mark(ws: Any) -> list[dict[str, Any]]:
    """The bot's messages up to its next mark (one spoken text)."""
    messages = []
    while True:
        message = json.loads(ws.receive_text())
        assert message["streamSid"] == STREAM
        messages.append(message)
        if message["event"] == "mark":
            return messages


def _rest_of_call(ws: Any) -> list[dict[str, Any]]:
    ws.send_text(stop_message())
    messages = []
    with pytest.raises(WebSocketDisconnect):
        while True:
            messages.append(json.loads(ws.receive_text()))
    return messages


def _open_call(ws: Any, call_sid: str) -> None:
    """Start the call and let the disclosure play out."""
    ws.send_text(start_message(call_sid))
    _until_mark(ws)
    ws.send_text(played_mark("said-1"))


def _call_time(seconds: float) -> list[str]:
    """Silent media frames: the call's clock, as Twilio keeps streaming while keys go."""
    return media_messages(silence(seconds, TELEPHONE_RATE))


def _user_turns(fake_llm: FakeLlm) -> list[str]:
    return [request.body["messages"][-1]["content"] for request in fake_llm.requests]


def _no_long_digit_runs(fake_llm: FakeLlm) -> None:
    received = fake_llm.everything_received()
    digits = "".join(ch if ch.isdigit() else " " for ch in received)
    assert not any(len(run) >= 6 for run in digits.split()), received


@pytest.mark.slow
def test_a_card_number_typed_on_the_keypad_never_reaches_the_llm(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    with client.websocket_connect("/t/bank/voice/twilio/stream") as ws:
        _open_call(ws, "CA0101")
        for message in dtmf_messages(TEST_CARD + "#"):
            ws.send_text(message)
        reply = _until_mark(ws)  # '#' ended the entry: the bot answers it
        assert reply[0]["event"] == "media"
        _rest_of_call(ws)
    assert len(fake_llm.requests) == 1
    (turn,) = _user_turns(fake_llm)
    assert "CREDIT_CARD" in turn, turn
    _no_long_digit_runs(fake_llm)


@pytest.mark.slow
def test_an_entry_without_hash_ends_after_a_pause_of_call_time(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    with client.websocket_connect("/t/bank/voice/twilio/stream") as ws:
        _open_call(ws, "CA0102")
        for message in [
            *dtmf_messages(PHONE[:4]),
            *_call_time(1.0),  # a shorter pause does not end the entry
            *dtmf_messages(PHONE[4:]),
            *_call_time(2.6),
        ]:
            ws.send_text(message)
        _until_mark(ws)  # the answer to the whole number
        _rest_of_call(ws)
    assert len(fake_llm.requests) == 1  # one entry, not two halves
    (turn,) = _user_turns(fake_llm)
    assert "PHONE_NUMBER" in turn, turn
    _no_long_digit_runs(fake_llm)


@pytest.mark.slow
def test_a_key_press_interrupts_the_bot_and_a_menu_choice_reaches_the_engine(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    with client.websocket_connect("/t/bank/voice/twilio/stream") as ws:
        ws.send_text(start_message("CA0103"))
        _until_mark(ws)  # the disclosure is sent; Twilio is still playing it
        ws.send_text(dtmf_messages("2")[0])
        assert json.loads(ws.receive_text()) == {"event": "clear", "streamSid": STREAM}
        ws.send_text(dtmf_messages("#")[0])
        _until_mark(ws)
        after = _rest_of_call(ws)
    assert _user_turns(fake_llm) == ["2"]
    assert [m["event"] for m in after] == []  # nothing left over


@pytest.mark.slow
def test_keys_pending_when_the_caller_hangs_up_are_still_a_turn(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    with client.websocket_connect("/t/bank/voice/twilio/stream") as ws:
        _open_call(ws, "CA0104")
        for message in dtmf_messages("42"):
            ws.send_text(message)
        _rest_of_call(ws)
    assert _user_turns(fake_llm) == ["42"]
