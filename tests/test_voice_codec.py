"""G.711 mu-law, resampling, PCM conversions and framing (numpy only, no model)."""

from __future__ import annotations

import numpy as np
import pytest

from voice.codec import (
    MULAW_CLIP,
    float_to_pcm16,
    frames,
    mulaw_decode,
    mulaw_encode,
    pcm16_to_float,
    resample,
)

ALL_SAMPLES = np.arange(-32768, 32768, dtype=np.int16)


def tone(freq: float, rate: int, seconds: float = 1.0, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(round(rate * seconds)) / rate
    return float_to_pcm16(amplitude * np.sin(2 * np.pi * freq * t))


def peak_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(samples.size)))
    return float(np.fft.rfftfreq(samples.size, 1 / rate)[np.argmax(spectrum)])


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


@pytest.mark.parametrize(
    ("sample", "code"),
    [
        (0, 0xFF),  # silence
        (1, 0xFF),
        (-1, 0x7F),  # "negative zero"
        (32767, 0x80),  # loudest positive, clipped to 32635
        (MULAW_CLIP, 0x80),
        (-32768, 0x00),  # loudest negative
        (100, 0xF2),
        (-100, 0x72),
        (1000, 0xCE),
        (-1000, 0x4E),
    ],
)
def test_encode_known_values(sample: int, code: int) -> None:
    assert mulaw_encode(np.array([sample], dtype=np.int16)) == bytes([code])


@pytest.mark.parametrize(
    ("code", "sample"),
    [(0xFF, 0), (0x7F, 0), (0x80, 32124), (0x00, -32124), (0xF2, 104), (0x72, -104)],
)
def test_decode_known_values(code: int, sample: int) -> None:
    assert mulaw_decode(bytes([code])).tolist() == [sample]


def test_decode_gives_int16_one_sample_per_byte() -> None:
    decoded = mulaw_decode(bytes(range(256)))
    assert decoded.dtype == np.int16
    assert decoded.shape == (256,)


def test_silence_encodes_to_ff() -> None:
    assert mulaw_encode(np.zeros(160, dtype=np.int16)) == b"\xff" * 160


def test_round_trip_error_is_within_half_a_quantisation_step() -> None:
    # Segment e holds |x| + 0x84 in [2**(e+7), 2**(e+8)) with 16 steps of 2**(e+3): the
    # decoder returns the middle of the step, so the error is at most (|x| + 0x84) / 32.
    decoded = mulaw_decode(mulaw_encode(ALL_SAMPLES)).astype(np.int64)
    magnitude = np.abs(ALL_SAMPLES.astype(np.int64))
    error = np.abs(decoded - ALL_SAMPLES)
    inside = magnitude <= MULAW_CLIP
    assert np.all(error[inside] <= (magnitude[inside] + 0x84) / 32)
    assert error[~inside].max() <= 32768 - 32124  # clipped: decodes to the top level


def test_every_code_survives_decode_then_encode() -> None:
    codes = bytes(code for code in range(256) if code != 0x7F)  # 0x7F and 0xFF are both 0
    assert mulaw_encode(mulaw_decode(codes)) == codes


def test_encode_rejects_other_dtypes_and_leaves_input_alone() -> None:
    with pytest.raises(TypeError, match="int16"):
        mulaw_encode(np.zeros(4, dtype=np.float32))  # type: ignore[arg-type]
    samples = tone(440, 8000, 0.1)
    before = samples.copy()
    mulaw_encode(samples)
    assert np.array_equal(samples, before)


@pytest.mark.parametrize(
    ("from_rate", "to_rate"),
    [(22050, 8000), (8000, 22050), (8000, 16000), (16000, 8000), (48000, 8000)],
)
def test_resampling_keeps_a_tone_its_frequency_length_and_level(
    from_rate: int, to_rate: int
) -> None:
    original = tone(440, from_rate, seconds=1.0)
    converted = resample(original, from_rate, to_rate)
    assert converted.dtype == np.int16
    assert converted.size == round(original.size * to_rate / from_rate)
    assert abs(peak_hz(converted, to_rate) - 440) <= 1.0
    middle = converted[to_rate // 10 : -to_rate // 10]  # away from the zero-padded edges
    assert rms(middle) == pytest.approx(rms(original), rel=0.01)


def test_downsampling_filters_out_what_8_khz_cannot_carry() -> None:
    # 6 kHz is above the 4 kHz Nyquist frequency of telephone audio; without a low-pass
    # it would come back as a 2 kHz alias.
    converted = resample(tone(6000, 22050), 22050, 8000)
    assert rms(converted[800:-800]) < rms(tone(6000, 22050)) * 1e-3  # at least 60 dB down


def test_resample_same_rate_copies_and_float_keeps_dtype() -> None:
    samples = tone(440, 8000, 0.05)
    same = resample(samples, 8000, 8000)
    assert np.array_equal(same, samples)
    assert same is not samples
    as_float = resample(pcm16_to_float(samples), 8000, 16000)
    assert as_float.dtype == np.float32


def test_resample_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="positive"):
        resample(np.zeros(10, dtype=np.int16), 0, 8000)
    with pytest.raises(ValueError, match="1-D"):
        resample(np.zeros((2, 10), dtype=np.int16), 16000, 8000)
    assert resample(np.zeros(0, dtype=np.int16), 16000, 8000).size == 0


def test_pcm16_float_conversions() -> None:
    samples = np.array([-32768, -16384, 0, 16384, 32767], dtype=np.int16)
    as_float = pcm16_to_float(samples)
    assert as_float.dtype == np.float32
    assert as_float.tolist() == pytest.approx([-1.0, -0.5, 0.0, 0.5, 32767 / 32768])
    back = float_to_pcm16(as_float)
    assert back.dtype == np.int16
    assert np.abs(back.astype(int) - samples).max() <= 1
    assert float_to_pcm16(np.array([-3.0, 3.0])).tolist() == [-32767, 32767]  # clipped


@pytest.mark.parametrize(
    ("length", "frame_ms", "rate", "pad", "sizes"),
    [
        (480, 20, 8000, True, [160, 160, 160]),
        (500, 20, 8000, True, [160, 160, 160, 160]),
        (500, 20, 8000, False, [160, 160, 160, 20]),
        (0, 20, 8000, True, []),
        (320, 10, 16000, True, [160, 160]),
    ],
)
def test_frames(length: int, frame_ms: int, rate: int, pad: bool, sizes: list[int]) -> None:
    data = bytes(range(256)) * 2
    data = data[:length]
    cut = list(frames(data, frame_ms, rate, pad=pad))
    assert [len(frame) for frame in cut] == sizes
    assert b"".join(cut)[:length] == data
    if pad and sizes:
        assert b"".join(cut)[length:] == b"\xff" * (sum(sizes) - length)


def test_frames_rejects_empty_frames() -> None:
    with pytest.raises(ValueError, match="no sample"):
        list(frames(b"\xff", frame_ms=0))
