"""Whole phone calls over a real WebSocket, as Twilio plays them: the disclosure is spoken
first, a spoken question gets a spoken answer, barge-in sends ``clear``, and the call's
turns are stored encrypted. Some calls are played at real-time pace (20 ms frames on a
monotonic schedule) against the app under uvicorn; partial transcripts arrive while the
caller still speaks."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import websocket
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from bot.http.voice import shared_asr, shared_tts
from bot.runtime import Runtime
from bot.settings import Settings
from models.asr import ASR_SAMPLE_RATE
from models.asr_scheduler import shared_scheduler
from tests.support.app import dump_redis, llm_tenant, running_app, write_tenant
from tests.support.fake_llm import FakeLlm
from tests.support.server import running_server
from tests.support.speech import OPENING_TIME, silence, speech
from tests.support.twilio_call import STREAM, media_messages, played_mark, start_message
from voice.call import CallSession
from voice.codec import (
    TELEPHONE_RATE,
    mulaw_decode,
    pcm16_to_float,
    resample,
)

pytestmark = pytest.mark.slow


def write_shop(root: Path) -> None:
    """The shop tenant the calls ring: its own disclosure and one question it answers."""
    write_tenant(
        root,
        "shop",
        disclosure={"en": "Hello, I am the shop's virtual assistant, an AI, not a person."},
        faq=[{"q": "What time do you open on Saturday morning?", "a": "We open at nine."}],
    )


def observed_session(runtime: Runtime, on_transcript: Callable[[str, str], None]) -> CallSession:
    """A call on the shop tenant driven directly (not over a socket), whose sent audio is
    dropped and whose transcripts go to ``on_transcript``."""

    async def ignore(_: str) -> None:
        pass

    return CallSession(
        runtime=runtime,
        tenant=runtime.tenant("shop"),
        send=ignore,
        asr=shared_asr(),
        tts_for=shared_tts,
        on_transcript=on_transcript,
    )


@pytest.fixture
def client(tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path) -> Iterator[TestClient]:
    root = tmp_path / "configs"
    write_shop(root)
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


def test_every_call_hears_the_disclosure_first(client: TestClient) -> None:
    """The second call gets the same spoken disclosure (synthesised once per voice)."""
    heard = []
    for call in ("CA0201", "CA0202"):
        with client.websocket_connect("/t/shop/voice/twilio/stream") as ws:
            ws.send_text(start_message(call))
            audio, messages = _until_mark(ws)
            assert messages[0]["event"] == "media"
            heard.append(audio)
            ws.send_text(json.dumps({"event": "stop", "streamSid": STREAM}))
    assert heard[0] == heard[1]
    words = _hear(heard[1])
    assert "assistant" in words or "virtual" in words, words


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


# --- at real-time pace, over TCP -----------------------------------------------------------

FRAME_S = 0.020


def _pace(frames: list[str], send: Any, start: float, first: int = 0) -> int:
    """Send ``frames`` on the call's schedule: frame n is due at ``start`` + n x 20 ms (a
    late frame goes at once; lateness is never slept away). Returns the next frame number."""
    for number, frame in enumerate(frames, first):
        delay = start + number * FRAME_S - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        send(frame)
    return first + len(frames)


class _Listener:
    """Everything the bot sends on a real WebSocket, collected by a thread."""

    def __init__(self, ws: websocket.WebSocket) -> None:
        self.messages: list[dict[str, Any]] = []
        self.changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, args=(ws,), daemon=True)
        self._thread.start()

    def _run(self, ws: websocket.WebSocket) -> None:
        while True:
            try:
                raw = ws.recv()
            except (websocket.WebSocketException, OSError):
                raw = ""
            with self.changed:
                if raw:
                    self.messages.append(json.loads(raw))
                self.changed.notify_all()
            if not raw:
                return

    def close(self, ws: websocket.WebSocket) -> None:
        """Close the connection and wait for the thread (the socket closed in any case:
        after the server's close frame ``ws.close`` alone leaves it open)."""
        ws.close(timeout=2)
        ws.shutdown()
        self._thread.join(timeout=5)

    def marks(self) -> int:
        with self.changed:
            return sum(m["event"] == "mark" for m in self.messages)

    def wait_for_marks(self, count: int, timeout: float = 60) -> None:
        with self.changed:
            self.changed.wait_for(
                lambda: sum(m["event"] == "mark" for m in self.messages) >= count, timeout
            )

    def audio_between_marks(self, after: int) -> bytes:
        """The μ-law audio sent after the ``after``-th mark, up to the next one."""
        audio, seen = b"", 0
        with self.changed:
            for message in self.messages:
                if message["event"] == "mark":
                    seen += 1
                    if seen > after:
                        break
                elif message["event"] == "media" and seen == after:
                    audio += base64.b64decode(message["media"]["payload"])
        return audio


@pytest.fixture
def served(tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path) -> Iterator[str]:
    """The shop tenant under uvicorn; yields its call stream's ws:// URL."""
    root = tmp_path / "served-configs"
    write_shop(root)
    with running_server(root, redis_url, key_prefix, data_dir) as base_url:
        yield base_url.replace("http://", "ws://", 1) + "/t/shop/voice/twilio/stream"


def test_a_call_at_real_time_pace_gets_its_answer(served: str) -> None:
    ws = websocket.create_connection(served, timeout=30)
    listener = _Listener(ws)
    try:
        ws.send(json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"}))
        ws.send(start_message("CA0101"))
        start = time.monotonic()
        quiet = media_messages(silence(0.2, TELEPHONE_RATE))
        sent = 0
        while listener.marks() < 1:  # the stream goes on while the disclosure arrives
            sent = _pace(quiet, ws.send, start, sent)
        ws.send(json.dumps({"event": "mark", "streamSid": STREAM, "mark": {"name": "said-1"}}))
        question = np.concatenate(
            [speech(OPENING_TIME, TELEPHONE_RATE), silence(1.0, TELEPHONE_RATE)]
        )
        sent = _pace(media_messages(question), ws.send, start, sent)
        while listener.marks() < 2:
            sent = _pace(quiet, ws.send, start, sent)
            assert time.monotonic() - start < 60, "no answer"
        heard = _hear(listener.audio_between_marks(1))
        assert "nine" in heard or "9" in heard, heard
        ws.send(json.dumps({"event": "stop", "streamSid": STREAM}))
    finally:
        listener.close(ws)


def test_words_over_the_bot_interrupt_it_while_the_caller_still_speaks(
    served: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Talking over the bot no longer interrupts by its length: only the words a partial
    # transcript shows can, before the caller has finished.
    monkeypatch.setattr("voice.call.BARGE_IN_S", 60.0)
    ws = websocket.create_connection(served, timeout=30)
    listener = _Listener(ws)
    try:
        ws.send(start_message("CA0102"))
        listener.wait_for_marks(1)  # the disclosure was sent; Twilio is still playing it
        talk = media_messages(
            speech("Excuse me, I have a question about my delivery", TELEPHONE_RATE)
        )
        cleared_at: int | None = None
        start = time.monotonic()
        for number, frame in enumerate(talk):
            _pace([frame], ws.send, start, number)
            with listener.changed:
                if cleared_at is None and any(m["event"] == "clear" for m in listener.messages):
                    cleared_at = number
        assert cleared_at is not None, "the bot was not interrupted while the caller spoke"
        assert cleared_at < len(talk) - 1
        ws.send(json.dumps({"event": "stop", "streamSid": STREAM}))
    finally:
        listener.close(ws)


async def test_partial_transcripts_arrive_while_the_caller_speaks(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    """A 4 s question played at real-time pace: the observer sees the words so far before
    the caller stops, then the final transcript."""
    root = tmp_path / "configs"
    write_tenant(root, "shop", faq=[{"q": "When do you open?", "a": "At nine."}])
    runtime = await Runtime.start(Settings(root, redis_url, data_dir, key_prefix))
    utterance = speech(
        "What time do you open on Saturday morning and how long does delivery take",
        TELEPHONE_RATE,
    )
    frames = media_messages(np.concatenate([utterance, silence(1.2, TELEPHONE_RATE)]))
    last_speech_frame = utterance.size // (TELEPHONE_RATE // 50)
    seen: list[tuple[str, str, int]] = []  # (kind, text, frames sent by then)
    sent = 0

    session = observed_session(runtime, lambda kind, text: seen.append((kind, text, sent)))
    try:
        await session.handle(start_message("CA0103"))
        await session.handle(
            json.dumps({"event": "mark", "streamSid": STREAM, "mark": {"name": "said-1"}})
        )
        start = time.monotonic()
        for number, frame in enumerate(frames):
            delay = start + number * FRAME_S - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            await session.handle(frame)
            sent = number + 1
        await session.handle(json.dumps({"event": "stop", "streamSid": STREAM}))
    finally:
        await runtime.aclose()

    partials = [(text, at) for kind, text, at in seen if kind == "partial"]
    finals = [text for kind, text, _ in seen if kind == "final"]
    assert partials, seen
    assert partials[0][1] <= last_speech_frame  # heard while the caller was speaking
    assert len(finals) == 1 and "saturday" in finals[0].lower(), seen
    assert seen[-1][0] == "final"


async def test_a_call_that_ends_mid_sentence_leaves_no_decode_behind(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    """The caller hangs up while speaking (the stream handler closes the session however
    the stream ends): nothing of the call stays queued, and no transcript of it is reported
    afterwards, even from a decode that was running when the call ended."""
    root = tmp_path / "configs"
    write_tenant(root, "shop", faq=[{"q": "When do you open?", "a": "At nine."}])
    runtime = await Runtime.start(Settings(root, redis_url, data_dir, key_prefix))
    utterance = speech(
        "What time do you open on Saturday morning and how long does delivery take to Cluj",
        TELEPHONE_RATE,
    )
    seen: list[str] = []

    session = observed_session(runtime, lambda kind, _text: seen.append(kind))
    scheduler = shared_scheduler()
    submitted = sum(scheduler.stats.submitted.values())
    try:
        await session.handle(start_message("CA0104"))
        await session.handle(played_mark("said-1"))
        for frame in media_messages(utterance):  # faster than real time: decodes pile up
            await session.handle(frame)
            await asyncio.sleep(0)
        assert sum(scheduler.stats.submitted.values()) > submitted  # decoding had begun
        session.close()  # what twilio_stream's `finally` does on a dropped stream
        reported = list(seen)
        for _ in range(200):  # until the decode that may be running has finished
            if scheduler.idle and not scheduler.running:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)  # and its result would have reached the call
        assert scheduler.idle and not scheduler.running
        assert seen == reported, "a transcript was reported after the call ended"
        assert "final" not in seen
    finally:
        await runtime.aclose()
