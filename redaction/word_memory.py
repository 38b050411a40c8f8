"""Answers about single words that remember everyday words only.

The recognizers ask the same questions about single words again and again: is this an
everyday word of some language, is it rare in English and Romanian text? Each answer
costs ``wordfreq``'s tokenizer and a lookup per language, so it is worth remembering.
But a plain ``functools.cache`` (and ``wordfreq``'s own cache) remembers every word it
was asked, the names of the people who wrote in included, for the life of the process:
past any erasure, and without bound.

A ``WordMemo`` remembers an answer in one of two places:

- **for good**, when the word is in a fixed vocabulary that no message chooses: the
  most frequent English and Romanian words (``models.ner.everyday_vocabulary``, read by
  ``load_everyday_vocabulary`` when the detector is built). What is remembered there is
  bounded by that list, and holds nothing that only a message could have brought;
- **for one analysis**, any other word: ``remembering_message_words`` wraps one
  message's analysis, and what was remembered in it is dropped when it ends. Concurrent
  analyses each have their own memory (a context variable); outside any analysis such a
  word is not remembered at all.

Answering the whole vocabulary up front would take most of a second at start-up, so its
answers are remembered as they are first asked: what is remembered for good is always a
part of that public list.

The answers depend only on the casefolded word, which is the key of both memories.
Frequencies come from ``zipf`` here, which asks ``wordfreq`` without its cache.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

# ``_word_frequency`` is ``word_frequency`` without the process-wide cache in front of
# it (wordfreq is pinned; ``tests/test_redaction_word_memory.py`` holds ``zipf`` equal
# to the public ``zipf_frequency``).
from wordfreq import _word_frequency, freq_to_zipf, get_frequency_dict, zipf_to_freq

from models.ner import everyday_vocabulary

__all__ = [
    "WordMemo",
    "everyday_words",
    "load_everyday_vocabulary",
    "remembering_message_words",
    "zipf",
]

_LOWEST_FREQUENCY = zipf_to_freq(0.0)
_T = TypeVar("_T")

# What one analysis asked, per memo (and per ``zipf``): set while an analysis runs.
_message_words: ContextVar[dict[object, dict[Hashable, Any]] | None] = ContextVar(
    "message_words", default=None
)
_everyday: frozenset[str] = frozenset()
_load_lock = threading.Lock()


def load_everyday_vocabulary() -> None:
    """Read the fixed vocabulary whose answers are remembered for good (once)."""
    global _everyday  # noqa: PLW0603 - set once per process, under the lock
    with _load_lock:
        if not _everyday:
            _everyday = frozenset(word.casefold() for word in everyday_vocabulary())


def everyday_words() -> frozenset[str]:
    """The words whose answers are remembered for good (empty before loading)."""
    return _everyday


def _for_this_analysis(owner: object, key: Hashable, work_out: Callable[[], _T]) -> _T:
    """``work_out()``, remembered under ``owner`` and ``key`` until the analysis under way
    ends; outside any analysis, worked out afresh every time."""
    memory = _message_words.get()
    if memory is None:
        return work_out()
    answers = memory.setdefault(owner, {})
    if key not in answers:
        answers[key] = work_out()
    answer: _T = answers[key]
    return answer


def zipf(word: str, lang: str, wordlist: str = "best") -> float:
    """``wordfreq.zipf_frequency(word, lang, wordlist)``, without adding ``word`` to
    ``wordfreq``'s process-wide cache; remembered for the analysis under way."""
    return _for_this_analysis(zipf, (word, lang, wordlist), lambda: _zipf(word, lang, wordlist))


# Languages whose wordfreq tokenizer reads a word of plain letters a-z as itself, one
# token, unchanged by its normalisation (Latin script, the regex tokenizer, no
# transliteration; Turkish dotless i and Romanian cedillas touch no a-z letter).
PLAIN_LOOKUP_LANGUAGES = frozenset(
    ("en", "ro", "de", "fr", "es", "it", "pt", "nl", "hu", "pl", "cs", "sv", "da", "nb", "fi", "tr")
)
_PLAIN_WORD = re.compile(r"[a-z]+")
# wordfreq's answer for each raw frequency of its lists (rounded, floored, as Zipf):
# bucket values, public, a few hundred per list at most.
_zipf_of_bucket: dict[tuple[str, str, float], float] = {}


def _zipf(word: str, lang: str, wordlist: str) -> float:
    """What wordfreq answers for ``word``. A word of plain letters a-z is looked up in
    the frequency list directly: wordfreq's tokenizer, most of the cost of a question,
    would return the word itself. Other words go through wordfreq. Both give the same
    answer: ``tests/test_redaction_word_memory.py`` holds them equal."""
    if lang not in PLAIN_LOOKUP_LANGUAGES or not _PLAIN_WORD.fullmatch(word):
        return _asked(word, lang, wordlist)
    key = (lang, wordlist, get_frequency_dict(lang, wordlist).get(word, 0.0))
    answer = _zipf_of_bucket.get(key)
    if answer is None:
        # The first word of a bucket asks wordfreq; the bucket's other words reuse it.
        answer = _zipf_of_bucket[key] = _asked(word, lang, wordlist)
    return answer


def _asked(word: str, lang: str, wordlist: str) -> float:
    """wordfreq's Zipf answer for ``word``, through its tokenizer, bypassing its cache."""
    return round(freq_to_zipf(_word_frequency(word, lang, wordlist, _LOWEST_FREQUENCY)), 2)


class WordMemo:
    """A yes/no question about a casefolded word (use it as a decorator), with answers
    remembered as the module says."""

    def __init__(self, ask: Callable[[str], bool]) -> None:
        self._ask = ask
        self._for_good: dict[str, bool] = {}
        self.__name__ = ask.__name__
        self.__doc__ = ask.__doc__

    def __call__(self, word: str) -> bool:
        key = word.casefold()
        answer = self._for_good.get(key)
        if answer is not None:
            return answer
        if key in _everyday:
            answer = self._for_good[key] = self._ask(key)
            return answer
        return _for_this_analysis(self, key, lambda: self._ask(key))

    def remembered(self) -> frozenset[str]:
        """The words whose answers this memo holds for good."""
        return frozenset(self._for_good)


@contextmanager
def remembering_message_words() -> Iterator[None]:
    """Within this block the word memos remember the words asked; on leaving it they
    forget them. Nested blocks share the outermost one's memory."""
    if _message_words.get() is not None:
        yield
        return
    token = _message_words.set({})
    try:
        yield
    finally:
        _message_words.reset(token)
