"""Everyday Romanian words, offline: the Romanian word list of ``wordfreq``.

The English model's dictionary (WordNet, ``models.ner.wordnet_words``) knows no
Romanian, so a capitalised Romanian word ("Locuiesc", "Industria", "Părere") looked like
a name on no list. ``wordfreq`` (Apache-2.0 code; its word lists are CC BY-SA 4.0,
built from Wikipedia, subtitles and web text) ships a list of about 43,000 Romanian
words seen at least once per million words. It is read from the installed package,
never downloaded, and used as a dependency, not copied into this repository.

The list holds proper nouns too ("popescu", "maria", "cluj", "lilith"). Names known
across languages are about as frequent in wordfreq's English list, so a word counts as
an everyday one when it is clearly more Romanian than English, or also an English
dictionary word ("manager", "senior"); callers take the names and places on our own
lists out as well (``name_gazetteer.lexicon``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from redaction.word_memory import WordMemo, zipf

__all__ = [
    "MIN_FREQUENCY",
    "MORE_ROMANIAN",
    "RARE_ZIPF",
    "RomanianWords",
    "romanian_words",
    "seldom_written",
]

# Words seen at least this often (per word of running text) count as everyday words.
MIN_FREQUENCY = 1e-6
# A word at least this many times as frequent in Romanian as in English is Romanian
# only. Names travel across languages ("lilith", "horton", "primo" are about as
# frequent in both lists); everyday words do not ("locuiesc", "studii", "industria").
MORE_ROMANIAN = 10.0


@dataclass(frozen=True, slots=True)
class RomanianWords:
    """``all``: every word of the list; ``romanian_only``: those not also in English use."""

    all: frozenset[str]
    romanian_only: frozenset[str]


_words: RomanianWords | None = None
_lock = threading.Lock()


def romanian_words() -> RomanianWords:
    """The casefolded Romanian words of ``wordfreq`` at ``MIN_FREQUENCY`` or more, with
    diacritics as written and also without them ("părere", "parere")."""
    global _words
    with _lock:
        if _words is None:
            from wordfreq import get_frequency_dict  # noqa: PLC0415 - read on first use

            english = get_frequency_dict("en", wordlist="large")
            every: set[str] = set()
            only: set[str] = set()
            for word, frequency in get_frequency_dict("ro", wordlist="small").items():
                if frequency < MIN_FREQUENCY or not word.isalpha() or len(word) < 2:
                    continue
                forms = {word.casefold(), _without_diacritics(word.casefold())}
                every |= forms
                if frequency >= MORE_ROMANIAN * english.get(word, 0.0):
                    only |= forms
            _words = RomanianWords(all=frozenset(every), romanian_only=frozenset(only))
        return _words


# Below this Zipf frequency (about 3 per million words) in English and in Romanian, a
# dictionary word is written seldom enough to be a surname too ("Tarkovsky", "Wajda" are
# in WordNet); everyday words are far above it ("marketing", "driver", "card").
RARE_ZIPF = 3.5


@WordMemo
def seldom_written(word: str) -> bool:
    """True when ``word`` is rare in both wordfreq lists (``RARE_ZIPF``)."""
    folded = word.casefold()
    return zipf(folded, "en") < RARE_ZIPF and zipf(folded, "ro") < RARE_ZIPF


_FOLD = str.maketrans("ăâîșşțţ", "aaisstt")


def _without_diacritics(word: str) -> str:
    return word.translate(_FOLD)
