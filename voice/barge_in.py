"""What the caller's sound over the bot means: speech or line noise, a backchannel or a turn.

A short backchannel over the bot ("yes", "mhm", "da") does not cut it off; a partial
transcript with real words does, at once; and so does talking on for long enough (the
call counts only voiced frames, so the pause after "mhm" is not talk).
"""

from __future__ import annotations

import numpy as np

from voice.codec import Pcm16, pcm16_to_float

BACKCHANNELS = frozenset(
    "yes yeah yep yup ok okay mhm mm hmm uh-huh uh huh aha right sure da îhî ihi bine".split()
)

VOICED_RMS = 0.02  # a 20 ms frame louder than this (full scale 1.0) holds speech


def is_voiced(pcm: Pcm16) -> bool:
    if not pcm.size:
        return False
    samples = pcm16_to_float(pcm)
    return bool(np.sqrt(np.mean(samples * samples)) > VOICED_RMS)


def _words(text: str) -> list[str]:
    words = [w.strip(".,!?…").lower() for w in text.split()]
    return [w for w in words if w]


def is_backchannel(text: str) -> bool:
    """ "Mhm", "yes", "ok, da": a listener's sound, not a turn."""
    words = _words(text)
    return bool(words) and len(words) <= 3 and all(w in BACKCHANNELS for w in words)


def interrupts(partial: str) -> bool:
    """A partial transcript over the bot that stops it at once: two words or more (one
    word of a fragment may be a mishearing), and not a backchannel."""
    return len(_words(partial)) >= 2 and not is_backchannel(partial)
