"""Telephone audio: G.711 mu-law, sample-rate conversion, 16-bit PCM and 20 ms frames.

numpy only (the stdlib ``audioop`` is deprecated and removed in Python 3.13). Every
function returns a new array or bytes and leaves its input untouched.

mu-law follows ITU-T G.711 as the classic reference implementation does: the sample is
clipped to +-32635, biased by 0x84, and the 8-bit code is stored inverted, so silence (0)
encodes to 0xFF and the loudest positive sample to 0x80. Both directions are lookup
tables built once at import (256 entries to decode, 65,536 to encode).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from math import gcd

import numpy as np
import numpy.typing as npt

Pcm16 = npt.NDArray[np.int16]
Float32 = npt.NDArray[np.float32]

MULAW_BIAS = 0x84
MULAW_CLIP = 32635
MULAW_SILENCE = 0xFF  # the code for 0: what a padded frame is filled with
TELEPHONE_RATE = 8000  # Hz, the rate of G.711 and Twilio Media Streams

# Zero crossings of the sinc on each side of a resampling filter, and the Kaiser beta of
# its window: together about 80 dB of stop-band rejection, plenty for speech.
_SINC_ZERO_CROSSINGS = 16
_KAISER_BETA = 8.6
# Cutoff as a fraction of the lower Nyquist frequency; the rest is the transition band.
_ROLLOFF = 0.94
_RESAMPLE_BLOCK = 8192  # output samples computed at once, to bound memory


def _build_decode_table() -> Pcm16:
    codes = ~np.arange(256, dtype=np.int32) & 0xFF
    sign = codes & 0x80
    exponent = (codes >> 4) & 0x07
    mantissa = codes & 0x0F
    magnitude = (((mantissa << 3) + MULAW_BIAS) << exponent) - MULAW_BIAS
    return np.where(sign != 0, -magnitude, magnitude).astype(np.int16)


def _build_encode_table() -> npt.NDArray[np.uint8]:
    # Indexed by the int16 sample reinterpreted as uint16 (two's complement).
    samples = np.arange(65536, dtype=np.int32)
    samples = np.where(samples >= 32768, samples - 65536, samples)
    sign = np.where(samples < 0, 0x80, 0x00)
    magnitude = np.minimum(np.abs(samples), MULAW_CLIP) + MULAW_BIAS
    # The exponent is the position of the highest set bit above bit 7 (0..7).
    exponent = np.floor(np.log2(magnitude >> 7 | 1)).astype(np.int32)
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    table: npt.NDArray[np.uint8] = (~(sign | (exponent << 4) | mantissa) & 0xFF).astype(np.uint8)
    return table


_DECODE_TABLE = _build_decode_table()
_ENCODE_TABLE = _build_encode_table()


def mulaw_decode(data: bytes) -> Pcm16:
    """G.711 mu-law bytes to 16-bit linear PCM, one sample per byte."""
    codes = np.frombuffer(data, dtype=np.uint8)
    return _DECODE_TABLE[codes]


def mulaw_encode(samples: Pcm16) -> bytes:
    """16-bit linear PCM to G.711 mu-law bytes, one byte per sample."""
    pcm = np.asarray(samples)
    if pcm.dtype != np.int16:
        raise TypeError(f"mulaw_encode expects int16 samples, got {pcm.dtype}")
    return _ENCODE_TABLE[pcm.reshape(-1).view(np.uint16)].tobytes()


def pcm16_to_float(samples: Pcm16) -> Float32:
    """int16 samples to float32 in [-1, 1)."""
    return np.asarray(samples, dtype=np.float32) / np.float32(32768.0)


def float_to_pcm16(samples: npt.NDArray[np.floating]) -> Pcm16:
    """float samples (nominally [-1, 1]) to int16, clipping what lies outside."""
    scaled = np.clip(np.asarray(samples, dtype=np.float64), -1.0, 1.0) * 32767.0
    return np.rint(scaled).astype(np.int16)


@lru_cache(maxsize=16)
def _polyphase_filter(up: int, down: int) -> tuple[npt.NDArray[np.float64], int]:
    """Windowed-sinc taps for each of the ``up`` output phases, and the half width.

    Row ``p`` holds the weights of input samples ``floor(t) - half + 1 .. floor(t) + half``
    for an output sample at input position ``t`` whose fractional part is ``p / up``.
    """
    # Cutoff in cycles per input sample: below both Nyquist frequencies.
    cutoff = 0.5 * min(1.0, up / down) * _ROLLOFF
    half = int(np.ceil(_SINC_ZERO_CROSSINGS / (2.0 * cutoff)))
    offsets = np.arange(-half + 1, half + 1, dtype=np.float64)  # input index - floor(t)
    phases = np.arange(up, dtype=np.float64)[:, None] / up  # fractional part of t
    distance = phases - offsets[None, :]  # t - input index
    window_arg = np.clip(1.0 - (distance / half) ** 2, 0.0, None)
    window = np.i0(_KAISER_BETA * np.sqrt(window_arg)) / np.i0(_KAISER_BETA)
    taps = 2.0 * cutoff * np.sinc(2.0 * cutoff * distance) * window
    return taps, half


def resample(
    samples: npt.NDArray[np.generic], from_rate: int, to_rate: int
) -> npt.NDArray[np.generic]:
    """``samples`` (1-D) from ``from_rate`` to ``to_rate`` Hz, with the same dtype.

    A polyphase Kaiser-windowed sinc filter at the exact rational ratio, which also
    low-passes below the lower Nyquist frequency (no aliasing when going down to 8 kHz).
    The output holds ``round(len * to_rate / from_rate)`` samples. Each call stands alone
    (edges are treated as silence), which suits sentence-long TTS chunks.
    """
    if from_rate <= 0 or to_rate <= 0:
        raise ValueError(f"sample rates must be positive, got {from_rate} and {to_rate}")
    data = np.asarray(samples)
    if data.ndim != 1:
        raise ValueError(f"resample expects one channel (a 1-D array), got shape {data.shape}")
    if from_rate == to_rate or data.size == 0:
        return data.copy()
    common = gcd(from_rate, to_rate)
    up, down = to_rate // common, from_rate // common
    taps, half = _polyphase_filter(up, down)

    signal = data.astype(np.float64)
    padded = np.concatenate([np.zeros(half), signal, np.zeros(half + 1)])
    out_len = round(data.size * to_rate / from_rate)
    out = np.empty(out_len, dtype=np.float64)
    window = np.arange(-half + 1, half + 1)
    for start in range(0, out_len, _RESAMPLE_BLOCK):
        n = np.arange(start, min(start + _RESAMPLE_BLOCK, out_len), dtype=np.int64)
        position = n * down  # input position times ``up``
        base, phase = position // up, position % up
        gathered = padded[(base + half)[:, None] + window[None, :]]
        out[start : start + n.size] = np.einsum("ij,ij->i", gathered, taps[phase])

    if np.issubdtype(data.dtype, np.integer):
        info = np.iinfo(data.dtype)
        return np.clip(np.rint(out), info.min, info.max).astype(data.dtype)
    return out.astype(data.dtype)


def frames(
    mulaw: bytes, frame_ms: int = 20, rate: int = TELEPHONE_RATE, *, pad: bool = True
) -> Iterator[bytes]:
    """``mulaw`` cut into frames of ``frame_ms`` (160 bytes for 20 ms at 8 kHz).

    A short last frame is filled up with mu-law silence when ``pad`` (media streams
    expect whole frames), else yielded as it is.
    """
    size = rate * frame_ms // 1000
    if size <= 0:
        raise ValueError(f"a frame of {frame_ms} ms at {rate} Hz holds no sample")
    for start in range(0, len(mulaw), size):
        frame = mulaw[start : start + size]
        if pad and len(frame) < size:
            frame += bytes([MULAW_SILENCE]) * (size - len(frame))
        yield frame
