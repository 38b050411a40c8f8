"""The decode scheduler that all calls share, with the real tiny.en weights: finals first,
partials only when a worker is idle, stale decodes dropped, a waiting decode reused."""

from __future__ import annotations

import threading
from concurrent.futures import wait

import numpy as np
import pytest

from models.asr import AsrSettings, WhisperEngine
from models.asr_scheduler import DecodeJob, DecodeKind, DecodeScheduler
from tests.support.speech import (
    OPENING_TIME,
    OPENING_TIME_KEY_WORDS,
    key_words_heard,
    silence,
    speech,
)

pytestmark = pytest.mark.slow

RATE = 16_000


@pytest.fixture(scope="module")
def engine() -> WhisperEngine:
    return WhisperEngine(AsrSettings(word_timestamps=False))


@pytest.fixture(scope="module")
def question() -> np.ndarray:
    return np.concatenate([silence(0.2, RATE), speech(OPENING_TIME, RATE), silence(0.3, RATE)])


@pytest.fixture(scope="module")
def long_turn(question: np.ndarray) -> np.ndarray:
    """About 20 s of speech: a decode that keeps a worker busy while the test queues more."""
    return np.tile(question, 5)


def _finish_order(jobs: list[DecodeJob]) -> list[DecodeJob]:
    order: list[DecodeJob] = []
    lock = threading.Lock()
    for job in jobs:

        def record(_: object, job: DecodeJob = job) -> None:
            with lock:
                order.append(job)

        job.future.add_done_callback(record)
    wait([job.future for job in jobs], timeout=120)
    return order


def test_a_final_overtakes_earlier_decodes_waiting_for_a_worker(
    engine: WhisperEngine, question: np.ndarray, long_turn: np.ndarray
) -> None:
    scheduler = DecodeScheduler(workers=1)
    call_a, call_b = object(), object()
    busy = scheduler.submit(engine, call_a, DecodeKind.FINAL, long_turn)
    early = scheduler.submit(engine, call_a, DecodeKind.EARLY, question)
    final = scheduler.submit(engine, call_b, DecodeKind.FINAL, question)

    order = _finish_order([busy, early, final])

    assert order == [busy, final, early]
    assert key_words_heard(final.future.result().text, OPENING_TIME_KEY_WORDS) == 4


def test_partials_are_refused_while_the_workers_are_busy(
    engine: WhisperEngine, question: np.ndarray, long_turn: np.ndarray
) -> None:
    scheduler = DecodeScheduler(workers=1)
    assert scheduler.idle
    busy = scheduler.submit(engine, object(), DecodeKind.FINAL, long_turn)
    assert scheduler.try_partial(engine, object(), question) is None
    busy.future.result(timeout=120)
    partial = scheduler.try_partial(engine, object(), question)
    assert partial is not None
    assert key_words_heard(partial.future.result(timeout=60).text, OPENING_TIME_KEY_WORDS) == 4
    assert scheduler.stats.refused == {"partial": 1}


def test_a_newer_decode_of_a_call_drops_its_waiting_early_one(
    engine: WhisperEngine, question: np.ndarray, long_turn: np.ndarray
) -> None:
    scheduler = DecodeScheduler(workers=1)
    call, other = object(), object()
    busy = scheduler.submit(engine, other, DecodeKind.FINAL, long_turn)
    stale = scheduler.submit(engine, call, DecodeKind.EARLY, question[: question.size // 2])
    others_early = scheduler.submit(engine, other, DecodeKind.EARLY, question)
    newer = scheduler.submit(engine, call, DecodeKind.EARLY, question)

    wait([busy.future, newer.future, others_early.future], timeout=120)

    assert stale.future.cancelled()
    assert not others_early.future.cancelled()  # another call's decode stays
    assert key_words_heard(newer.future.result().text, OPENING_TIME_KEY_WORDS) == 4
    assert scheduler.stats.dropped == {"early": 1}


def test_a_waiting_early_decode_promoted_to_final_runs_first_and_only_once(
    engine: WhisperEngine, question: np.ndarray, long_turn: np.ndarray
) -> None:
    scheduler = DecodeScheduler(workers=1)
    call_a, call_b = object(), object()
    busy = scheduler.submit(engine, call_b, DecodeKind.FINAL, long_turn)
    other = scheduler.submit(engine, call_b, DecodeKind.EARLY, question)
    early = scheduler.submit(engine, call_a, DecodeKind.EARLY, question)
    scheduler.promote(early, DecodeKind.FINAL)

    order = _finish_order([busy, other, early])

    assert order == [busy, early, other]
    assert scheduler.stats.decoded == {"final": 2, "early": 1}
    assert scheduler.stats.promoted == 1


def test_dropping_a_call_cancels_its_waiting_decodes(
    engine: WhisperEngine, question: np.ndarray, long_turn: np.ndarray
) -> None:
    scheduler = DecodeScheduler(workers=1)
    call = object()
    busy = scheduler.submit(engine, object(), DecodeKind.FINAL, long_turn)
    waiting = scheduler.submit(engine, call, DecodeKind.FINAL, question)
    scheduler.drop(call)
    busy.future.result(timeout=120)
    assert waiting.future.cancelled()


def test_a_failed_decode_reaches_whoever_waits_for_it(engine: WhisperEngine) -> None:
    from bot.errors import BadRequest

    scheduler = DecodeScheduler(workers=2)
    job = scheduler.submit(engine, object(), DecodeKind.FINAL, np.zeros(0, dtype=np.float32))
    with pytest.raises(BadRequest):
        job.future.result(timeout=60)
    # and the worker lives on
    again = scheduler.submit(engine, object(), DecodeKind.FINAL, silence(1.0, RATE))
    assert again.future.result(timeout=60).text == ""
