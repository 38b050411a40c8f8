"""Streaming turn detection on espeak-ng speech, frame by frame as a phone call delivers it."""

from __future__ import annotations

import numpy as np
import pytest

from bot.errors import BadRequest
from tests.support.speech import last_loud_sample, silence, speech
from voice.vad import EnergyScorer, StreamingVad, VadEvent, VadEventType, VadSettings

START, PAUSE, END = VadEventType.SPEECH_START, VadEventType.PAUSE, VadEventType.SPEECH_END


def _run(vad: StreamingVad, audio: np.ndarray, frame_ms: int = 20) -> list[VadEvent]:
    """Push ``audio`` as int16 frames of ``frame_ms`` (Twilio sends 20 ms), then flush."""
    rate = vad.settings.sample_rate
    step = rate * frame_ms // 1000
    pcm = np.round(audio * 32767).astype(np.int16)
    events: list[VadEvent] = []
    for start in range(0, pcm.size, step):
        events += vad.push(pcm[start : start + step])
    return events + vad.flush()


@pytest.mark.parametrize("rate", [8000, 16000])
@pytest.mark.parametrize("scorer", ["silero", "energy"])
def test_turn_end_after_speech_and_one_second_of_silence(rate: int, scorer: str) -> None:
    utterance = speech(rate=rate)
    audio = np.concatenate([silence(0.5, rate), utterance, silence(1.0, rate)])
    speech_ends = last_loud_sample(audio) / rate
    settings = VadSettings(sample_rate=rate)  # type: ignore[arg-type]
    vad = StreamingVad(settings, EnergyScorer() if scorer == "energy" else None)
    assert vad.scorer.name == scorer

    events = _run(vad, audio)

    assert [e.type for e in events] == [START, PAUSE, END]
    start, pause, end = events
    assert 0.3 <= start.time <= 0.7
    assert speech_ends + 0.15 <= pause.time <= speech_ends + 0.4
    assert speech_ends + 0.6 <= end.time <= speech_ends + 0.9
    assert end.sample_rate == rate
    # The utterance covers the speech (pre-roll included) and not the whole second after.
    assert utterance.size / rate <= end.audio.size / rate <= utterance.size / rate + 1.0
    assert pause.audio.size < end.audio.size
    assert not vad.in_speech


def test_silence_and_quiet_noise_give_no_events() -> None:
    rng = np.random.default_rng(7)
    noise = (rng.standard_normal(8000 * 3) * 0.001).astype(np.float32)
    assert _run(StreamingVad(VadSettings(sample_rate=8000)), noise) == []


def test_keypad_tones_are_not_speech() -> None:
    """A caller typing on the keypad (DTMF, whose tones Twilio passes in the audio too)
    does not start a spoken turn: the keys arrive as their own ``dtmf`` events."""
    rate = 8000
    t = np.arange(rate * 150 // 1000) / rate
    keys = [(697, 1209), (770, 1336), (852, 1477), (941, 1336)] * 3  # 1 5 9 0, three times
    presses = [
        np.concatenate(
            [
                0.35 * np.sin(2 * np.pi * low * t) + 0.35 * np.sin(2 * np.pi * high * t),
                silence(0.15, rate),
            ]
        )
        for low, high in keys
    ]
    audio = np.concatenate([*presses, silence(1.0, rate)]).astype(np.float32)
    assert _run(StreamingVad(VadSettings(sample_rate=rate)), audio) == []
    # Speech in the same stream does start a turn: the VAD is listening, not deaf to it.
    spoken = speech(rate=rate)
    assert _run(StreamingVad(VadSettings(sample_rate=rate)), np.concatenate([spoken, audio]))


def test_open_turn_ends_at_flush_and_pcm_bytes_are_accepted() -> None:
    spoken = speech(rate=8000)
    audio = np.concatenate([silence(0.3, 8000), spoken[: last_loud_sample(spoken)]])
    vad = StreamingVad(VadSettings(sample_rate=8000))
    pcm = np.round(audio * 32767).astype("<i2").tobytes()
    events: list[VadEvent] = []
    for start in range(0, len(pcm), 320):  # 20 ms of PCM16 at 8 kHz
        events += vad.push(pcm[start : start + 320])
    assert [e.type for e in events] == [START]
    (end,) = vad.flush()
    assert end.type == END and end.audio.size > 8000


def test_two_turns_in_one_stream() -> None:
    turn = speech(rate=16000)
    audio = np.concatenate([turn, silence(1.0, 16000), turn, silence(1.0, 16000)])
    events = _run(StreamingVad(VadSettings(sample_rate=16000)), audio)
    assert [e.type for e in events] == [START, PAUSE, END] * 2


def test_settings_refuse_a_pause_longer_than_the_turn_end() -> None:
    with pytest.raises(ValueError, match="pause_ms"):
        VadSettings(pause_ms=800, end_silence_ms=700)


def test_stereo_frames_are_refused() -> None:
    with pytest.raises(BadRequest):
        StreamingVad(scorer=EnergyScorer()).push(np.zeros((2, 160), dtype=np.int16))


def test_events_say_how_much_silence_ends_their_audio() -> None:
    """What a call relies on to reuse a decode: every loud sample of a turn lies before the
    silence its pause and end events report, and the turn so far is readable meanwhile."""
    rate = 8000
    vad = StreamingVad(VadSettings(sample_rate=rate))
    audio = np.concatenate([silence(0.3, rate), speech(rate=rate), silence(1.0, rate)])
    pcm = np.round(audio * 32767).astype(np.int16)
    events: list[VadEvent] = []
    heard_while_speaking = 0
    for start in range(0, pcm.size, rate // 50):
        events += vad.push(pcm[start : start + rate // 50])
        if vad.in_speech and not vad.paused:
            assert vad.utterance().size == vad.utterance_samples
            heard_while_speaking = max(heard_while_speaking, vad.utterance_samples)
    pause, end = (e for e in events if e.type in (PAUSE, END))
    settings = vad.settings
    assert pause.silence_ms >= settings.pause_ms and end.silence_ms >= settings.end_silence_ms
    for event in (pause, end):
        silent = rate * event.silence_ms // 1000
        assert last_loud_sample(event.audio) <= event.audio.size - silent
    assert 0 < heard_while_speaking <= pause.audio.size
    assert vad.utterance_samples == 0 and not vad.paused  # the turn has ended
