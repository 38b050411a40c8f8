"""Word answers are remembered for everyday words only: a name asked about during one
message's analysis is forgotten when that analysis ends (``redaction.word_memory``)."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from wordfreq import zipf_frequency

from redaction.detector import get_detector
from redaction.recognizers.common_words import (
    LANGUAGES,
    is_common_word,
    is_everyday_in_our_languages,
    is_rare_in_our_languages,
)
from redaction.recognizers.romanian_words import seldom_written
from redaction.word_memory import (
    PLAIN_LOOKUP_LANGUAGES,
    WordMemo,
    everyday_words,
    load_everyday_vocabulary,
    remembering_message_words,
    zipf,
)
from tests.support.reachable import holders, invented_names

MEMOS = (is_common_word, is_everyday_in_our_languages, is_rare_in_our_languages, seldom_written)


@pytest.fixture(scope="module", autouse=True)
def vocabulary() -> frozenset[str]:
    load_everyday_vocabulary()
    return everyday_words()


def counting() -> tuple[WordMemo, Counter[str]]:
    asked: Counter[str] = Counter()

    def long_word(word: str) -> bool:
        asked[word] += 1
        return len(word) > 5

    return WordMemo(long_word), asked


def test_zipf_matches_wordfreq_without_filling_its_cache(vocabulary: frozenset[str]) -> None:
    import wordfreq  # noqa: PLC0415 - its module-level cache is what is checked

    odd = ["o'brien", "saint-étienne", "şi", "ţară", "don't", "0722", "a1b2", "Straße", "İzmir"]
    words = [*sorted(vocabulary)[::97], *odd, "zdeslavka", "krimhildovicz"]
    ours = {
        (w, lang, wl): zipf(w, lang, wl)
        for w in words
        for lang in LANGUAGES[:6]
        for wl in ("small", "best")
    }
    assert ("krimhildovicz", "en", "small") not in wordfreq._wf_cache
    assert not any(key[0] == "krimhildovicz" for key in wordfreq._wf_cache)
    for (word, lang, wordlist), value in ours.items():
        assert value == zipf_frequency(word, lang, wordlist), (word, lang, wordlist)


def test_plain_words_looked_up_directly_get_wordfreqs_answer() -> None:
    """Words of letters a-z skip wordfreq's tokenizer: the answer must not change, in
    any language, list or frequency bucket (everyday words, rare ones, names, none)."""
    from wordfreq import top_n_list  # noqa: PLC0415 - its lists load on first use

    words = {"zdeslavka", "krimhildovicz", "qqqq", "a", "the", "ionescu", "smithson"}
    for lang in sorted(PLAIN_LOOKUP_LANGUAGES):
        words.update(w for w in top_n_list(lang, 20000)[::151] if w.isascii() and w.isalpha())
    words.update(name.casefold() for name in invented_names(60, seed=1234) if name.isascii())
    for wordlist in ("small", "best"):
        for lang in sorted(PLAIN_LOOKUP_LANGUAGES):
            for word in sorted(words):
                assert zipf(word, lang, wordlist) == zipf_frequency(word, lang, wordlist), (
                    word,
                    lang,
                    wordlist,
                )


def test_a_word_off_the_vocabulary_is_remembered_for_one_analysis_only() -> None:
    memo, asked = counting()
    with remembering_message_words():
        assert memo("Krimhildovicz") and memo("krimhildovicz") and memo("KRIMHILDOVICZ")
        with remembering_message_words():  # a nested block shares the outer memory
            assert memo("krimhildovicz")
    assert asked["krimhildovicz"] == 1
    assert memo.remembered() == frozenset()
    with remembering_message_words():
        memo("krimhildovicz")
    assert asked["krimhildovicz"] == 2  # asked afresh: the first analysis forgot it


def test_outside_an_analysis_nothing_off_the_vocabulary_is_remembered() -> None:
    memo, asked = counting()
    memo("zdeslavka")
    memo("zdeslavka")
    assert asked["zdeslavka"] == 2
    assert memo.remembered() == frozenset()


def test_an_everyday_word_is_remembered_for_good(vocabulary: frozenset[str]) -> None:
    assert {"weather", "vreme", "london"} <= vocabulary
    memo, asked = counting()
    with remembering_message_words():
        memo("Weather")
    memo("weather")
    with remembering_message_words():
        memo("WEATHER")
    assert asked["weather"] == 1
    assert memo.remembered() == {"weather"}


def test_concurrent_analyses_do_not_share_or_keep_their_words() -> None:
    memo, asked = counting()
    started = threading.Barrier(4)

    def analysis(name: str) -> None:
        with remembering_message_words():
            started.wait(timeout=10)
            for _ in range(3):
                memo(name)

    threads = [threading.Thread(target=analysis, args=(f"qvorname{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert asked == {f"qvorname{i}": 1 for i in range(4)}
    assert memo.remembered() == frozenset()


def test_the_word_lists_keep_only_everyday_words(vocabulary: frozenset[str]) -> None:
    with remembering_message_words():
        for memo in MEMOS:
            for word in ("Zdeslavka", "Qwendolyn", "table", "masa"):
                memo(word)
    for memo in MEMOS:
        remembered = memo.remembered()
        assert remembered <= vocabulary, memo.__name__
        assert not {"zdeslavka", "qwendolyn"} & remembered, memo.__name__
        assert {"table", "masa"} <= remembered, memo.__name__


def test_answers_are_the_same_inside_and_outside_an_analysis() -> None:
    words = ["Nowy", "świat", "szakmai", "karpiński", "Bucharest", "wether", "Tarkovsky", "buget"]
    outside = [[memo(w) for w in words] for memo in MEMOS]
    with remembering_message_words():
        inside = [[memo(w) for w in words] for memo in MEMOS]
    assert inside == outside
    assert is_common_word("świat") and not is_common_word("karpiński")
    assert seldom_written("Tarkovsky") and not seldom_written("marketing")


def test_the_detector_keeps_no_word_of_the_messages_it_read() -> None:
    first, last, town, other, street = invented_names(5, seed=7)
    texts = [
        (f"I am {first} {last} from {town}, call 0722 987 654", "en"),
        (f"Sunt {other} {last}, stau pe strada {street} 12 din {town}", "ro"),
        (f"hi this is {first.lower()} {last.lower()} from {town.lower()} thanks", "en"),
        (f"email me at {first.lower()} dot {last.lower()} at gmail dot com", "en"),
        (f"{other}: salut, {first} și {last.lower()} vin mâine", "ro"),
    ]
    detector = get_detector()
    for text, lang in texts:
        assert detector.detect(text, lang), text
    assert holders([first, last, town, other, street], texts) == []
