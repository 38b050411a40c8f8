"""Everyday English and Romanian words for the synthetic PERSON data.

Without them a model trained on templates learns "a word I have not seen is a name"
(our first model took "promised", "helpful" and "Stimate domn" for people). So
sentences get random everyday words, and some messages are runs of such words with or
without a name in them. Sources: Faker's English word list and job titles (English and
Romanian, MIT), spaCy's English and Romanian stop words (MIT), the repository's
``COMMON_WORDS``. Words that are given names or surnames in our lists are left out.
"""

from __future__ import annotations

import re

from faker.providers.job import en_US as jobs_en
from faker.providers.job import ro_RO as jobs_ro
from faker.providers.lorem import en_US as lorem_en
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.ro.stop_words import STOP_WORDS as RO_STOP

from models.training import person_vocab as pv
from redaction.recognizers.vocabulary import COMMON_WORDS, GIVEN_NAMES, SURNAMES

_LETTERS = re.compile(r"[^\W\d_]{2,}")
_NAMES = frozenset(n.casefold() for n in GIVEN_NAMES | SURNAMES)


def _words(*texts: str) -> tuple[str, ...]:
    found = {w.lower() for text in texts for w in _LETTERS.findall(text)}
    return tuple(sorted(w for w in found if w not in _NAMES))


_ASCII = re.compile(r"^[a-z]+$")


def _inflected(words: tuple[str, ...]) -> str:
    """Rough English inflections ("promise" -> "promises promised promising"): noise
    words only need to look like words."""
    forms: list[str] = []
    for word in words:
        stem = word[:-1] if word.endswith("e") else word
        forms += [word, f"{word}s", f"{stem}ed", f"{stem}ing"]
    return " ".join(forms)


EN_WORDS: tuple[str, ...] = _words(
    _inflected(tuple(w for w in lorem_en.Provider.word_list if w.islower())),
    " ".join(jobs_en.Provider.jobs),
    " ".join(EN_STOP),
    " ".join(w for w in COMMON_WORDS if _ASCII.match(w)),
    " ".join(pv.JOBS_EN + pv.COMMON_NOUNS_EN + pv.AMBIGUOUS_WORD_SENTENCES_EN),
    _inflected(pv.EVERYDAY_EN),
    " ".join(pv.EVERYDAY_EN),
)
RO_WORDS: tuple[str, ...] = _words(
    " ".join(jobs_ro.Provider.jobs),
    " ".join(RO_STOP),
    " ".join(w for w in COMMON_WORDS if not _ASCII.match(w)),
    " ".join(pv.JOBS_RO + pv.COMMON_NOUNS_RO + pv.AMBIGUOUS_WORD_SENTENCES_RO),
    " ".join(pv.EVERYDAY_RO),
)
