"""One phone call over Twilio Media Streams, through the same privacy pipeline as chat.

The call opens with the tenant's AI disclosure, spoken, before anything else. The
caller's audio goes through voice activity detection; at the end of each turn the
utterance is transcribed and handed to the runtime as a user message (redaction,
encrypted storage, training flag, engine, re-identification); the reply is spoken back.
Speech from the caller while the bot talks sends ``clear`` (barge-in).

Replies that the engine streams are spoken sentence by sentence as they arrive. A short
backchannel over the bot ("yes", "mhm", "da") does not cut it off: the bot stops only
when the caller keeps talking past ``BARGE_IN_S`` or says something else.

Keys pressed on the phone (``dtmf``) make one typed turn (``voice/dtmf.py``), timed by the
call's own audio clock; a key pressed while the bot talks interrupts it.

The turn's decodes (partial transcripts while the caller speaks, an early decode at a
pause, the final) are ``voice/turn_decoding.py``'s; a partial with real words over the
bot (not a backchannel, ``voice/barge_in.py``) interrupts it at once. ``on_transcript``
sees the partial and final texts; the log gets only lengths and timings. When the call
ends, or its stream breaks, ``close`` drops the decodes it no longer needs.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

import anyio.to_thread
import numpy as np

from bot.config.models import TenantConfig
from bot.errors import AllaiError, BadRequest
from bot.runtime import Runtime
from models.asr import AsrEngine
from models.asr_scheduler import DecodeScheduler, shared_scheduler
from pipeline.disclosure import BUILTIN_DISCLOSURE
from voice.barge_in import interrupts, is_backchannel, is_voiced
from voice.codec import (
    TELEPHONE_RATE,
    Float32,
    Pcm16,
    frames,
    mulaw_decode,
    mulaw_encode,
    resample,
)
from voice.dtmf import KeypadEntry
from voice.sentences import SentenceSplitter
from voice.tts import TtsEngine
from voice.turn_decoding import TurnDecoder
from voice.twilio import (
    Dtmf,
    Mark,
    Media,
    Start,
    Stop,
    clear_message,
    mark_message,
    media_message,
    parse_event,
)
from voice.vad import StreamingVad, VadEventType, VadSettings

log = logging.getLogger("allai.call")

SendText = Callable[[str], Awaitable[None]]
BARGE_IN_S = 0.6  # the caller talking this long over the bot interrupts it

# The disclosure's audio per voice, as μ-law frames: every call on a tenant opens with the
# same words, and synthesising them anew took a good part of a call's CPU. Only the
# tenant's own texts are kept here, never a reply (replies may hold personal data).
_KEPT_SPEECH: weakref.WeakKeyDictionary[TtsEngine, dict[str, tuple[bytes, ...]]] = (
    weakref.WeakKeyDictionary()
)
_KEPT_PER_VOICE = 32

TranscriptKind = Literal["partial", "final"]
TranscriptObserver = Callable[[TranscriptKind, str], None]

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
    # Sees each partial and final transcript (live captions, tests); None: nobody.
    on_transcript: TranscriptObserver | None = None
    decoder: DecodeScheduler = field(default_factory=shared_scheduler)
    _interrupt: bool = False  # a partial heard words over the bot: barge in
    # The languages the call may use, the default first (voice.languages resolved against
    # the ASR model); empty: the tenant's languages.
    languages: tuple[str, ...] = ()
    # The recogniser for the call's language, when it depends on it (a multilingual model).
    asr_for: Callable[[str], AsrEngine] | None = None
    keypad: KeypadEntry = field(default_factory=KeypadEntry)
    _clock_ms: int = 0  # call time: the end of the caller's audio received so far
    _decoding: TurnDecoder = field(init=False)

    def __post_init__(self) -> None:
        self._decoding = TurnDecoder(self.decoder, self._partial_heard)

    async def handle(self, raw: str) -> bool:
        """One message from Twilio; False once the call has ended."""
        event = parse_event(raw)
        if isinstance(event, Start):
            await self._start(event)
        elif isinstance(event, Media):
            if not self.stream_sid:
                raise BadRequest("media before start")
            mulaw = event.media.audio()
            await self._audio(mulaw)
            await self._keys_due(event.media.timestamp, len(mulaw))
        elif isinstance(event, Dtmf):
            if not self.stream_sid:
                raise BadRequest("dtmf before start")
            await self._key(event.dtmf.digit)
        elif isinstance(event, Mark):
            if event.mark.name == f"said-{self._marks}":
                self.speaking = False  # Twilio has played everything we sent
        elif isinstance(event, Stop):
            for vad_event in self.vad.flush():
                if vad_event.type is VadEventType.SPEECH_END:
                    await self._turn(vad_event.audio)
            entry = self.keypad.flush()
            if entry is not None:
                await self._answer(entry)
            self.close()
            log.info("call on tenant %s ended after %d turns", self.tenant.tenant, self.turns)
            return False
        return True

    def close(self) -> None:
        """The call is over (``stop``, or the stream broke): its decodes still waiting are
        dropped and no partial transcript reports any more."""
        self._decoding.close()

    async def _start(self, event: Start) -> None:
        self.stream_sid = event.stream_sid
        # The call id, not the caller's number: the sender key holds no personal data.
        self.sender = f"call-{event.start.call_sid}"
        wanted = event.start.custom_parameters.get("lang", "")
        allowed = self.languages or tuple(self.tenant.languages)
        self.lang = wanted if wanted in allowed else allowed[0]
        if wanted and wanted != self.lang:
            log.warning("a call asked for a language not in voice.languages; using %s", self.lang)
        if self.asr_for is not None:
            self.asr = self.asr_for(self.lang)
        self._disclosed = disclosure_for(self.tenant, self.lang)
        log.info("call started on tenant %s (%s)", self.tenant.tenant, self.lang)
        await self._speak(self._disclosed, keep=True)

    async def _audio(self, mulaw: bytes) -> None:
        pcm = mulaw_decode(mulaw)
        if self._interrupt:
            self._interrupt = False
            if self._over_bot is not None:
                await self._barge_in()
        if self._over_bot is not None and is_voiced(pcm):
            self._over_bot += pcm.size  # only voiced frames: the pause after "mhm" is not talk
            if self._over_bot >= BARGE_IN_S * TELEPHONE_RATE:
                await self._barge_in()
        for vad_event in self.vad.push(pcm):
            if vad_event.type is VadEventType.SPEECH_START:
                if self.speaking:
                    self._over_bot = 0  # maybe a backchannel; decided by length or by words
                self._decoding.speech_started()
            elif vad_event.type is VadEventType.PAUSE:
                self._decoding.pause(self.asr, vad_event.audio, vad_event.silence_ms)
            elif vad_event.type is VadEventType.SPEECH_END:
                await self._turn(vad_event.audio, vad_event.silence_ms)
        if self.vad.in_speech:
            self._decoding.speaking(self.asr, self.vad, over_bot=self._over_bot is not None)

    async def _barge_in(self) -> None:
        """Drop what Twilio still has buffered and listen."""
        self._over_bot = None
        if self.speaking:
            await self.send(clear_message(self.stream_sid))
            self.speaking = False

    async def _key(self, key: str) -> None:
        """A key press interrupts the bot; ``#`` ends the keypad entry."""
        if self.speaking:
            await self._barge_in()
        entry = self.keypad.press(key, self._clock_ms)
        if entry is not None:
            await self._keyed(entry)

    async def _keys_due(self, timestamp_ms: int | None, samples: int) -> None:
        """Advance call time by a media frame; a keypad entry idle long enough ends."""
        start = self._clock_ms if timestamp_ms is None else timestamp_ms
        self._clock_ms = max(self._clock_ms, start + samples * 1000 // TELEPHONE_RATE)
        entry = self.keypad.due(self._clock_ms)
        if entry is not None:
            await self._keyed(entry)

    async def _keyed(self, entry: str) -> None:
        log.info("keypad entry of %d keys on tenant %s", len(entry), self.tenant.tenant)
        await self._answer(entry)

    def _partial_heard(self, text: str) -> None:
        self._notify("partial", text)
        if self._over_bot is not None and self.speaking and interrupts(text):
            self._interrupt = True  # the next media frame barges in

    def _notify(self, kind: TranscriptKind, text: str) -> None:
        if self.on_transcript is not None:
            self.on_transcript(kind, text)

    async def _turn(self, audio_8k: Float32, silence_ms: int = 0) -> None:
        text = await self._decoding.final(self.asr, audio_8k, silence_ms)
        if text:
            self._notify("final", text)
        over_bot, self._over_bot = self._over_bot, None
        if not text or (over_bot is not None and self.speaking and is_backchannel(text)):
            return  # nothing said, or "mhm" while the bot talks: let it go on
        if over_bot is not None:
            await self._barge_in()
        await self._answer(text)

    async def _answer(self, text: str) -> None:
        """The caller's turn (a transcript or a keypad entry) through the pipeline, and the
        reply spoken."""
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

    async def _speak(self, text: str, *, keep: bool = False) -> None:
        """Say ``text``, streamed as it is synthesised; ``keep``: a tenant's fixed text
        (the disclosure), synthesised once per voice and then replayed."""
        tts = self.tts_for(self.lang)
        self.speaking = True
        kept = _KEPT_SPEECH.get(tts, {}).get(text) if keep else None
        if kept is not None:
            for frame in kept:
                await self.send(media_message(self.stream_sid, frame))
        else:
            said: list[bytes] = []  # only for ``keep``: a reply is never held on to
            chunks: Iterator[Pcm16] = tts.synthesize(text)
            rate = tts.capabilities.sample_rate
            while True:
                chunk = await anyio.to_thread.run_sync(next, chunks, None)
                if chunk is None:
                    break
                audio: Pcm16 = resample(chunk, rate, TELEPHONE_RATE).astype(np.int16, copy=False)
                for frame in frames(mulaw_encode(audio)):
                    if keep:
                        said.append(frame)
                    await self.send(media_message(self.stream_sid, frame))
            if keep and len(kept_here := _KEPT_SPEECH.setdefault(tts, {})) < _KEPT_PER_VOICE:
                kept_here[text] = tuple(said)
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
