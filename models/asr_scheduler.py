"""Speech decoding for many calls at once: one queue, one worker per core, urgent work first.

Every call in the process sends its decodes to ``shared_scheduler()``. A decode is one of,
most urgent first:

- ``FINAL``: a turn has ended and the caller waits for the answer;
- ``EARLY``: started at a pause in the caller's speech in case the turn ends there (the
  call then reuses it as the final);
- ``PARTIAL``: the words so far while the caller still speaks (barge-in, live captions).

Rules that keep finals fast and the CPU from drowning when calls pile up:

- a partial is taken only when a worker is idle and nothing waits, so partials never
  delay other work (``try_partial`` returns None instead);
- a new early or final decode of a call drops that call's early and partial decodes
  still waiting: they are stale;
- ``promote`` moves a waiting decode up (an early decode that holds the whole turn becomes
  the final) instead of decoding the same audio again;
- a decode that has started runs to its end (CTranslate2 cannot be interrupted); a call
  that no longer needs it ignores the result.

There are as many workers as the process has cores, matching the engines' default of one
model replica per core with one thread each: decodes never oversubscribe the CPU.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cache

from models.asr import AsrEngine, Float32, Transcript, available_cores

log = logging.getLogger(__name__)


class DecodeKind(IntEnum):
    """Lower is more urgent."""

    FINAL = 0
    EARLY = 1
    PARTIAL = 2


@dataclass(eq=False)
class DecodeJob:
    """One decode; ``future`` holds the transcript, or is cancelled if the job was dropped
    before it started."""

    engine: AsrEngine
    owner: object  # the call it belongs to (compared by identity)
    kind: DecodeKind
    audio: Float32  # 16 kHz
    order: int  # submission order: first come, first served within a kind
    future: Future[Transcript] = field(default_factory=Future)
    submitted: float = field(default_factory=time.monotonic)


@dataclass
class DecodeStats:
    """Counters since the scheduler started, by the kind a decode was submitted as."""

    submitted: dict[str, int] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)  # partials while busy
    dropped: dict[str, int] = field(default_factory=dict)  # stale before they started
    decoded: dict[str, int] = field(default_factory=dict)
    decode_s: dict[str, float] = field(default_factory=dict)  # time spent decoding
    promoted: int = 0  # finals served by an earlier decode of the same audio
    final_wait_s: float = 0.0  # total queueing of decodes that were final when they started
    final_wait_max_s: float = 0.0

    def count(self, table: dict[str, int], kind: DecodeKind) -> None:
        table[kind.name.lower()] = table.get(kind.name.lower(), 0) + 1

    def snapshot(self) -> dict[str, object]:
        return {
            "submitted": dict(self.submitted),
            "refused": dict(self.refused),
            "dropped": dict(self.dropped),
            "decoded": dict(self.decoded),
            "decode_s": {k: round(v, 3) for k, v in self.decode_s.items()},
            "promoted": self.promoted,
            "final_wait_s": round(self.final_wait_s, 3),
            "final_wait_max_s": round(self.final_wait_max_s, 3),
        }


class DecodeScheduler:
    """Runs decodes on ``workers`` threads, most urgent first. Thread-safe."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError("a decode scheduler needs at least one worker")
        self.workers = workers
        self.stats = DecodeStats()
        self._lock = threading.Condition()
        self._waiting: list[DecodeJob] = []
        self._busy = 0
        self._threads: list[threading.Thread] = []
        self._order = itertools.count()

    @property
    def running(self) -> int:
        """How many decodes are running now."""
        with self._lock:
            return self._busy

    @property
    def idle(self) -> bool:
        """A worker is free and nothing waits."""
        with self._lock:
            return not self._waiting and self._busy < self.workers

    def submit(
        self, engine: AsrEngine, owner: object, kind: DecodeKind, audio: Float32
    ) -> DecodeJob:
        """Queue a decode of ``audio`` (16 kHz float32). A final or early decode drops the
        owner's waiting early and partial decodes."""
        with self._lock:
            if kind is not DecodeKind.PARTIAL:
                self._drop_locked(owner, (DecodeKind.EARLY, DecodeKind.PARTIAL))
            return self._queue_locked(engine, owner, kind, audio)

    def try_partial(self, engine: AsrEngine, owner: object, audio: Float32) -> DecodeJob | None:
        """Queue a partial decode if a worker is idle and nothing waits; else None."""
        with self._lock:
            if self._refuses_partial_locked():
                return None
            return self._queue_locked(engine, owner, DecodeKind.PARTIAL, audio)

    def refuses_partial(self) -> bool:
        """Whether ``try_partial`` would refuse now (counted as a refusal): asked before the
        audio of a partial is prepared, which is wasted work while the workers are busy."""
        with self._lock:
            return self._refuses_partial_locked()

    def _refuses_partial_locked(self) -> bool:
        if self._waiting or self._busy >= self.workers:
            self.stats.count(self.stats.refused, DecodeKind.PARTIAL)
            return True
        return False

    def _queue_locked(
        self, engine: AsrEngine, owner: object, kind: DecodeKind, audio: Float32
    ) -> DecodeJob:
        job = DecodeJob(engine, owner, kind, audio, next(self._order))
        self._waiting.append(job)
        self.stats.count(self.stats.submitted, kind)
        if len(self._threads) < self.workers:
            self._start_worker_locked()
        self._lock.notify()
        return job

    def promote(self, job: DecodeJob, kind: DecodeKind) -> None:
        """Reuse ``job`` as ``kind``: a waiting job moves up (a running one just goes on)."""
        with self._lock:
            if job in self._waiting and kind < job.kind:
                job.kind = kind
            self.stats.promoted += 1

    def drop(self, owner: object) -> None:
        """Forget ``owner``'s waiting decodes (e.g. its call ended)."""
        with self._lock:
            self._drop_locked(owner, tuple(DecodeKind))

    def _drop_locked(self, owner: object, kinds: tuple[DecodeKind, ...]) -> None:
        keep: list[DecodeJob] = []
        for job in self._waiting:
            if job.owner is owner and job.kind in kinds:
                job.future.cancel()
                self.stats.count(self.stats.dropped, job.kind)
            else:
                keep.append(job)
        self._waiting = keep

    def _start_worker_locked(self) -> None:
        thread = threading.Thread(
            target=self._work, name=f"asr-decode-{len(self._threads)}", daemon=True
        )
        self._threads.append(thread)
        thread.start()

    def _next_locked(self) -> DecodeJob:
        while True:
            while not self._waiting:
                self._lock.wait()
            job = min(self._waiting, key=lambda j: (j.kind, j.order))
            self._waiting.remove(job)
            if job.future.set_running_or_notify_cancel():
                return job

    def _work(self) -> None:
        while True:
            with self._lock:
                job = self._next_locked()
                self._busy += 1
                kind = job.kind
                if kind is DecodeKind.FINAL:
                    waited = time.monotonic() - job.submitted
                    self.stats.final_wait_s += waited
                    self.stats.final_wait_max_s = max(self.stats.final_wait_max_s, waited)
            started = time.monotonic()
            try:
                job.future.set_result(job.engine.transcribe(job.audio))
            except Exception as exc:  # noqa: BLE001 - handed to whoever awaits the decode
                job.future.set_exception(exc)
            finally:
                with self._lock:
                    self._busy -= 1
                    self.stats.count(self.stats.decoded, kind)
                    took = time.monotonic() - started
                    name = kind.name.lower()
                    self.stats.decode_s[name] = self.stats.decode_s.get(name, 0.0) + took


@cache
def shared_scheduler() -> DecodeScheduler:
    """The process's scheduler: one worker per core this process may use."""
    return DecodeScheduler(available_cores())
