"""What Twilio sends during a call, for tests and benchmarks that play calls."""

from __future__ import annotations

import base64
import json

import numpy as np
import numpy.typing as npt

from voice.codec import float_to_pcm16, frames, mulaw_encode

STREAM = "MZ00000000000000000000000000000001"


def start_message(call_sid: str, stream_sid: str = STREAM, lang: str = "en") -> str:
    return json.dumps(
        {
            "event": "start",
            "streamSid": stream_sid,
            "start": {
                "callSid": call_sid,
                "streamSid": stream_sid,
                "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                "customParameters": {"lang": lang},
            },
        }
    )


def media_messages(audio: npt.NDArray[np.float32], stream_sid: str = STREAM) -> list[str]:
    """8 kHz float audio as Twilio's 20 ms μ-law media messages."""
    return [
        json.dumps(
            {
                "event": "media",
                "streamSid": stream_sid,
                "media": {"track": "inbound", "payload": base64.b64encode(frame).decode()},
            }
        )
        for frame in frames(mulaw_encode(float_to_pcm16(audio)))
    ]


def dtmf_messages(keys: str, stream_sid: str = STREAM) -> list[str]:
    """Twilio's ``dtmf`` messages for ``keys`` pressed one after another."""
    return [
        json.dumps(
            {
                "event": "dtmf",
                "streamSid": stream_sid,
                "dtmf": {"track": "inbound_track", "digit": key},
            }
        )
        for key in keys
    ]


def played_mark(name: str, stream_sid: str = STREAM) -> str:
    """Twilio telling us that the audio before our mark ``name`` has been played."""
    return json.dumps({"event": "mark", "streamSid": stream_sid, "mark": {"name": name}})


def stop_message(stream_sid: str = STREAM) -> str:
    return json.dumps({"event": "stop", "streamSid": stream_sid})
