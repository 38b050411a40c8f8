"""One phone call over Twilio Media Streams, through the same privacy pipeline as chat.

The call opens with the tenant's AI disclosure, spoken, before anything else. The
caller's audio goes through voice activity detection; at the end of each turn the
utterance is transcribed and handed to the runtime as a user message (redaction,
encrypted storage, training flag, engine, re-identification); the reply is spoken back.
Speech from the caller while the bot talks sends ``clear`` (barge-in).

Replies that the engine streams are spoken sentence by sentence as they arrive. A short
backchannel over the bot ("yes", "mhm", "da") does not cut it off: the bot stops only
when the caller keeps talking past ``BARGE_IN_S`` or says something else.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field

import anyio.to_thread
import numpy as np

from bot.config.models import TenantConfig
from bot.errors import AllaiError, BadRequest
from bot.runtime import Runtime
from models.asr import ASR_SAMPLE_RATE, AsrEngine, Transcript
from pipeline.disclosure import BUILTIN_DISCLOSURE
from voice.codec import (
    TELEPHONE_RATE,
    Float32,
    Pcm16,
    frames,
    mulaw_decode,
    mulaw_encode,
    resample,
)
from voice.sentences import SentenceSplitter
from voice.tts import TtsEngine
from voice.twilio import (
    Mark,
    Media,
    Start,
    Stop,
    clear_message,
    mark_message,
    media_message,
    parse_event,
)
from voice.vad import WINDOW_MS, StreamingVad, VadEventType, VadSettings

log = logging.getLogger("allai.call")

SendText = Callable[[str], Awaitable[None]]
BARGE_IN_S = 0.6  # the caller talking this long over the bot interrupts it

BACKCHANNELS = frozenset(
    "yes yeah yep yup ok okay mhm mm hmm uh-huh uh huh aha right sure da îhî ihi bine".split()
)


VOICED_RMS = 0.02  # a 20 ms frame louder than this (full scale 1.0) holds speech


def _is_voiced(pcm: Pcm16) -> bool:
    samples = pcm.astype(np.float32) / 32768.0
    return bool(np.sqrt(np.mean(samples * samples)) > VOICED_RMS) if samples.size else False


def is_backchannel(text: str) -> bool:
    """ "Mhm", "yes", "ok, da": a listener's sound, not a turn."""
    words = [w.strip(".,!?…").lower() for w in text.split()]
    words = [w for w in words if w]
    return bool(words) and len(words) <= 3 and all(w in BACKCHANNELS for w in words)


TtsFactory = Callable[[str], TtsEngine]

# Shown to the caller if the pipeline cannot answer right now (e.g. Redis is down).
SORRY: dict[str, str] = {
    "en": "Sorry, I cannot answer right now. Please try again in a moment.",
    "ro": "Îmi pare rău, nu pot răspunde acum. Vă rog să încercați din nou.",
}


def disclosure_for(tenant: TenantConfig, lang: str) -> str:
    custom = tenant.disclosure.get(lang)  # type: ignore[call-overload]
    if custom:
        return str(custom)
    return BUILTIN_DISCLOSURE.get(lang, BUILTIN_DISCLOSURE["en"]).format(name=tenant.display_name)


@dataclass
class CallSession:
    runtime: Runtime
    tenant: TenantConfig
    send: SendText
    asr: AsrEngine
    tts_for: TtsFactory
    stream_sid: str = ""
    sender: str = ""
    lang: str = "en"
    speaking: bool = False
    turns: int = 0
    vad: StreamingVad = field(default_factory=lambda: StreamingVad(VadSettings(sample_rate=8000)))
    _disclosed: str = ""
    _marks: int = 0
    # Caller speech heard while the bot talks, in samples at 8 kHz; None when there is none.
    _over_bot: int | None = None
    # Decoding started at the caller's last pause, and how much audio it covers: the turn
    # end (more silence after that pause) reuses it instead of decoding from scratch.
    _early: asyncio.Task[Transcript] | None = None
    _early_samples: int = 0

    async def handle(self, raw: str) -> bool:
        """One message from Twilio; False once the call has ended."""
        event = parse_event(raw)
        if isinstance(event, Start):
            await self._start(event)
        elif isinstance(event, Media):
            if not self.stream_sid:
                raise BadRequest("media before start")
            await self._audio(event.media.audio())
        elif isinstance(event, Mark):
            if event.mark.name == f"said-{self._marks}":
                self.speaking = False  # Twilio has played everything we sent
        elif isinstance(event, Stop):
            for vad_event in self.vad.flush():
                if vad_event.type is VadEventType.SPEECH_END:
                    await self._turn(vad_event.audio)
            log.info("call on tenant %s ended after %d turns", self.tenant.tenant, self.turns)
            return False
        return True

    async def _start(self, event: Start) -> None:
        self.stream_sid = event.stream_sid
        # The call id, not the caller's number: the sender key holds no personal data.
        self.sender = f"call-{event.start.call_sid}"
        wanted = event.start.custom_parameters.get("lang", "")
        self.lang = wanted if wanted in self.tenant.languages else self.tenant.default_language
        self._disclosed = disclosure_for(self.tenant, self.lang)
        log.info("call started on tenant %s (%s)", self.tenant.tenant, self.lang)
        await self._speak(self._disclosed)

    async def _audio(self, mulaw: bytes) -> None:
        pcm = mulaw_decode(mulaw)
        if self._over_bot is not None and _is_voiced(pcm):
            self._over_bot += pcm.size  # only voiced frames: the pause after "mhm" is not talk
            if self._over_bot >= BARGE_IN_S * TELEPHONE_RATE:
                await self._barge_in()
        for vad_event in self.vad.push(pcm):
            if vad_event.type is VadEventType.SPEECH_START and self.speaking:
                self._over_bot = 0  # maybe a backchannel; decided by length or by words
            elif vad_event.type is VadEventType.PAUSE:
                self._early = asyncio.create_task(self._transcribe(vad_event.audio))
                self._early_samples = vad_event.audio.size
            elif vad_event.type is VadEventType.SPEECH_END:
                await self._turn(vad_event.audio)

    async def _barge_in(self) -> None:
        """Drop what Twilio still has buffered and listen."""
        self._over_bot = None
        if self.speaking:
            await self.send(clear_message(self.stream_sid))
            self.speaking = False

    def _pause_to_end_samples(self) -> int:
        """The most audio a turn end can hold after its last pause: the rest of the
        end-of-turn silence, plus a VAD window of rounding."""
        settings = self.vad.settings
        ms = settings.end_silence_ms - settings.pause_ms + 2 * WINDOW_MS
        return TELEPHONE_RATE * ms // 1000

    async def _transcribe(self, audio_8k: Float32) -> Transcript:
        audio: Float32 = resample(audio_8k, TELEPHONE_RATE, ASR_SAMPLE_RATE).astype(np.float32)
        return await anyio.to_thread.run_sync(self.asr.transcribe, audio)

    async def _turn(self, audio_8k: Float32) -> None:
        early, self._early = self._early, None
        # Between the last pause and the turn end there is only silence, unless the turn
        # was cut by its length limit: then the early decoding misses the end of it.
        trailing = audio_8k.size - self._early_samples
        if early is not None and 0 <= trailing <= self._pause_to_end_samples():
            transcript = await early
        else:
            transcript = await self._transcribe(audio_8k)
        text = transcript.text.strip()
        over_bot, self._over_bot = self._over_bot, None
        if not text or (over_bot is not None and self.speaking and is_backchannel(text)):
            return  # nothing said, or "mhm" while the bot talks: let it go on
        if over_bot is not None:
            await self._barge_in()
        self.turns += 1
        streamed = _StreamedSpeech(self._speak)
        try:
            replies = await self.runtime.handle_message(
                self.tenant.tenant, self.sender, text, {"lang": self.lang}, streamed.partial
            )
        except AllaiError as exc:
            log.warning(
                "a call turn failed on tenant %s: %s", self.tenant.tenant, type(exc).__name__
            )
            replies = [SORRY.get(self.lang, SORRY["en"])]
        if replies and replies[0] == self._disclosed:
            replies = replies[1:]  # already spoken when the call opened
        for reply in replies:
            await streamed.finish(reply)

    async def _speak(self, text: str) -> None:
        tts = self.tts_for(self.lang)
        chunks: Iterator[Pcm16] = tts.synthesize(text)
        rate = tts.capabilities.sample_rate
        self.speaking = True
        while True:
            chunk = await anyio.to_thread.run_sync(next, chunks, None)
            if chunk is None:
                break
            audio: Pcm16 = resample(chunk, rate, TELEPHONE_RATE).astype(np.int16)
            for frame in frames(mulaw_encode(audio)):
                await self.send(media_message(self.stream_sid, frame))
        self._marks += 1
        await self.send(mark_message(self.stream_sid, f"said-{self._marks}"))


class _StreamedSpeech:
    """Speaks a reply sentence by sentence while the engine still generates it, then
    whatever the finished reply holds beyond what was already spoken."""

    def __init__(self, speak: Callable[[str], Awaitable[None]]) -> None:
        self._speak = speak
        self._splitter = SentenceSplitter()
        self._seen = ""  # the streamed reply so far
        self._spoken: list[str] = []  # sentences of it already spoken

    async def partial(self, so_far: str) -> None:
        if not so_far.startswith(self._seen):
            return  # re-identification changed earlier text: the final reply decides
        delta, self._seen = so_far[len(self._seen) :], so_far
        for sentence in self._splitter.feed(delta):
            self._spoken.append(sentence)
            await self._speak(sentence)

    async def finish(self, reply: str) -> None:
        """The complete reply: speak what the stream has not covered yet."""
        rest = " ".join(reply.split())
        for sentence in self._spoken:
            said = " ".join(sentence.split())
            if not rest.startswith(said):
                break
            rest = rest[len(said) :].lstrip()
        self._spoken, self._seen, self._splitter = [], "", SentenceSplitter()
        if rest:
            await self._speak(rest)
