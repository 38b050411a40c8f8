"""Phone turns decoded without Whisper's 30 s padding, with the real tiny.en weights."""

from __future__ import annotations

import numpy as np
import pytest

from models.asr import AsrSettings, WhisperEngine, available_cores
from tests.support.speech import (
    OPENING_TIME,
    OPENING_TIME_KEY_WORDS,
    key_words_heard,
    silence,
    speech,
)
from voice.codec import (
    TELEPHONE_RATE,
    float_to_pcm16,
    mulaw_decode,
    mulaw_encode,
    pcm16_to_float,
    resample,
)

pytestmark = pytest.mark.slow


def _phone_turn(text: str, trailing_s: float) -> np.ndarray:
    """``text`` as a call delivers it (8 kHz μ-law) with the silence a VAD leaves after it,
    at the 16 kHz the recogniser takes."""
    audio = np.concatenate(
        [silence(0.2, TELEPHONE_RATE), speech(text, TELEPHONE_RATE), silence(trailing_s, 8000)]
    )
    heard = pcm16_to_float(mulaw_decode(mulaw_encode(float_to_pcm16(audio))))
    return resample(heard, TELEPHONE_RATE, 16_000).astype(np.float32)


@pytest.fixture(scope="module")
def fit() -> WhisperEngine:
    return WhisperEngine(AsrSettings(word_timestamps=False))


@pytest.fixture(scope="module")
def padded() -> WhisperEngine:
    return WhisperEngine(AsrSettings(word_timestamps=False, encoder_input="padded"))


@pytest.mark.parametrize("trailing_s", [0.2, 0.7], ids=["at-a-pause", "at-the-turn-end"])
def test_a_phone_turn_reads_the_same_as_with_the_30s_padding(
    fit: WhisperEngine, padded: WhisperEngine, trailing_s: float
) -> None:
    audio = _phone_turn(OPENING_TIME, trailing_s)
    short, full = fit.transcribe(audio), padded.transcribe(audio)
    assert key_words_heard(short.text, OPENING_TIME_KEY_WORDS) == 4, short.text
    assert key_words_heard(full.text, OPENING_TIME_KEY_WORDS) == 4, full.text
    assert short.segments and short.segments[0].text == short.text
    assert short.words == ()  # no word timings on this path
    assert short.duration == pytest.approx(audio.size / 16_000, abs=0.001)


@pytest.mark.parametrize(
    "text",
    ["How long does delivery take", "Can I return something I bought"],
)
def test_a_short_turn_is_not_repeated_or_extended(fit: WhisperEngine, text: str) -> None:
    # Without timestamp tokens tiny.en repeated the first of these until the length limit;
    # with zero features as padding it added "I'm..." after the second.
    transcript = fit.transcribe(_phone_turn(text, 0.2))
    heard = transcript.text.lower().rstrip("?.!").split()
    assert len(heard) <= len(text.split()) + 1, transcript.text
    assert "i'm" not in heard, transcript.text


def test_a_word_at_the_very_start_of_the_audio_is_heard(fit: WhisperEngine) -> None:
    # A caller who answers at once leaves the VAD no pre-roll: "yes" was heard as "the".
    audio = resample(speech("yes", TELEPHONE_RATE), TELEPHONE_RATE, 16_000).astype(np.float32)
    assert fit.transcribe(audio).text.lower().strip(".!?") in ("yes", "yeah")


def test_silence_gives_no_text(fit: WhisperEngine) -> None:
    assert fit.transcribe(silence(1.5, 16_000)).text == ""


def test_audio_too_long_for_one_window_still_reads_to_the_end(fit: WhisperEngine) -> None:
    """29 s do not fit with the margin: faster-whisper's own decoding takes over."""
    turn = _phone_turn(OPENING_TIME, 0.5)
    audio = np.concatenate([silence(29.0 - turn.size / 16_000, 16_000), turn])
    transcript = fit.transcribe(audio)
    assert key_words_heard(transcript.text, OPENING_TIME_KEY_WORDS) >= 3, transcript.text


def test_parallel_decodes_share_the_cores() -> None:
    cores = available_cores()
    assert AsrSettings().decodes_and_threads() == (cores, 1)
    assert AsrSettings(parallel_decodes=1).decodes_and_threads() == (1, cores)
    assert AsrSettings(parallel_decodes=1, cpu_threads=3).decodes_and_threads() == (1, 3)
