"""Voice channel: telephony, streaming ASR, VAD, diarization, TTS. Not built yet (issue 5)."""
