"""A call's decodes of the caller's turn: partial transcripts, an early decode, the final.

Decoding goes through the process's ``DecodeScheduler`` (finals first). While the caller
speaks, the audio so far is decoded whenever a worker is idle (a partial transcript: from
``PARTIAL_FIRST_S`` of speech, then every ``PARTIAL_EVERY_S``; at most one in flight per
call); over the bot, sooner and more often, as barge-in waits on them. A short pause
starts an early decode. At the turn end the latest decode (partial or early) is reused as
the final when only silence followed it, so most turns cost no decode after the caller
stops. The log (the call's) gets only lengths and timings, never the text.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from models.asr import AsrEngine
from models.asr_scheduler import DecodeJob, DecodeKind, DecodeScheduler
from voice.codec import TELEPHONE_RATE, Float32
from voice.transcribe import Audio, to_asr_rate
from voice.vad import StreamingVad

log = logging.getLogger("allai.call")

# Partial transcripts: the first after this much of the turn (VAD pre-roll included), then
# every so often; over the bot sooner, as barge-in waits on them. False: none at all.
PARTIALS = True
PARTIAL_FIRST_S = 1.5
PARTIAL_EVERY_S = 1.0
PARTIAL_OVER_BOT_FIRST_S = 0.5
PARTIAL_OVER_BOT_EVERY_S = 0.25
PARTIAL_RETRY_S = 0.1  # the scheduler was busy: ask again after this much more audio


@dataclass(frozen=True)
class _Decode:
    job: DecodeJob
    samples: int  # how much of the turn's audio (8 kHz) it decodes


def _for_asr(audio_8k: Float32) -> Float32:
    return to_asr_rate(Audio(audio_8k, TELEPHONE_RATE))


@dataclass
class TurnDecoder:
    """One call's decodes (the scheduler knows them by this object). ``on_partial`` gets
    each partial transcript with words, while its turn is still going on."""

    scheduler: DecodeScheduler
    on_partial: Callable[[str], None]
    # The turn's latest decode (a partial, or the one started at the last pause): the turn
    # end reuses it when only silence followed, instead of decoding from scratch.
    _latest: _Decode | None = None
    _partial: DecodeJob | None = None  # the partial decode in flight (at most one)
    _next_partial: int = 0  # turn audio (8 kHz samples) at which the next partial is due
    _turn_ends: int = 0  # a partial that finishes after its turn ended is stale
    _partial_tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def speech_started(self) -> None:
        self._next_partial = 0

    def _latest_covers(self, audio_8k: Float32, silence_ms: int) -> DecodeJob | None:
        """The latest decode, if it holds every word of ``audio_8k``: what it lacks lies
        in the ``silence_ms`` the VAD heard at the end."""
        latest = self._latest
        if latest is None or latest.job.future.cancelled():
            return None
        missing = audio_8k.size - latest.samples
        return latest.job if 0 <= missing <= TELEPHONE_RATE * silence_ms // 1000 else None

    def pause(self, asr: AsrEngine, audio_8k: Float32, silence_ms: int) -> None:
        """A pause: decode the turn so far, unless a partial taken in this silence has."""
        if self._latest_covers(audio_8k, silence_ms) is None:
            job = self.scheduler.submit(asr, self, DecodeKind.EARLY, _for_asr(audio_8k))
            self._latest = _Decode(job, audio_8k.size)

    def speaking(self, asr: AsrEngine, vad: StreamingVad, *, over_bot: bool) -> None:
        """The caller is speaking: decode the turn so far if it is due and a worker is idle."""
        if not PARTIALS or self._partial is not None or vad.paused:
            return  # off, one in flight, or silence: the pause's early decode covers it
        first = PARTIAL_OVER_BOT_FIRST_S if over_bot else PARTIAL_FIRST_S
        every = PARTIAL_OVER_BOT_EVERY_S if over_bot else PARTIAL_EVERY_S
        samples = vad.utterance_samples
        if samples < max(self._next_partial, round(first * TELEPHONE_RATE)):
            return
        # Asked before the audio is prepared: on a busy machine it would be wasted.
        job = None
        if not self.scheduler.refuses_partial():
            job = self.scheduler.try_partial(asr, self, _for_asr(vad.utterance()))
        if job is None:
            self._next_partial = samples + round(PARTIAL_RETRY_S * TELEPHONE_RATE)
            return
        self._partial = job
        self._next_partial = samples + round(every * TELEPHONE_RATE)
        self._latest = _Decode(job, samples)
        task = asyncio.create_task(self._partial_done(job, self._turn_ends, samples))
        self._partial_tasks.add(task)
        task.add_done_callback(self._partial_tasks.discard)

    async def _partial_done(self, job: DecodeJob, turn_ends: int, samples: int) -> None:
        try:
            transcript = await asyncio.wrap_future(job.future)
        except asyncio.CancelledError:
            if job.future.cancelled():
                return  # dropped for a newer decode of this call
            raise
        except Exception as exc:  # noqa: BLE001 - a partial is optional: log, go on
            log.warning("a partial decode failed: %s", type(exc).__name__)
            return
        finally:
            if self._partial is job:
                self._partial = None
        text = transcript.text.strip()
        if turn_ends != self._turn_ends or not text:
            return  # the turn has ended since (its final decides), or nothing heard yet
        log.info(
            "partial transcript: %d characters from %.1f s of audio, %.2f s after it",
            len(text),
            samples / TELEPHONE_RATE,
            time.monotonic() - job.submitted,
        )
        self.on_partial(text)

    async def final(self, asr: AsrEngine, audio_8k: Float32, silence_ms: int) -> str:
        """The turn has ended: its transcript, from the latest decode when only silence
        (``silence_ms`` at the end of ``audio_8k``) followed it, else from a new decode."""
        ended = time.monotonic()
        self._turn_ends += 1
        self._next_partial = 0
        reused = self._latest_covers(audio_8k, silence_ms)
        self._latest = None
        if reused is not None:
            self.scheduler.promote(reused, DecodeKind.FINAL)  # only silence since: no new decode
        job = reused or self.scheduler.submit(asr, self, DecodeKind.FINAL, _for_asr(audio_8k))
        transcript = await asyncio.wrap_future(job.future)
        text = transcript.text.strip()
        log.info(
            "final transcript: %d characters from %.1f s of audio, %.2f s after the turn end%s",
            len(text),
            audio_8k.size / TELEPHONE_RATE,
            time.monotonic() - ended,
            " (an earlier decode reused)" if reused is not None else "",
        )
        return text

    def close(self) -> None:
        """The call has ended (or its stream broke): decodes still waiting are dropped, and
        no partial in flight reports any more."""
        self.scheduler.drop(self)
        for task in self._partial_tasks:
            task.cancel()
