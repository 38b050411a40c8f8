"""Everyday words of the European languages our tenants' customers write, offline.

Two lower-case words that no English dictionary, no Romanian word list and no name list
knows are most often a name from elsewhere ("kryspian karpiński", "damil mlinarić"), but
sometimes a phrase in another language: a job title pasted from a Czech or Hungarian
form ("životní prostředí", "szakmai irányító"), a French one ("technicien télécoms"), a
Polish street ("nowy świat"). ``wordfreq``'s small word lists (the dependency
``romanian_words.py`` already reads; never downloaded) tell them apart: an everyday word
of one of these languages is written at least three times per million words in it, a
name from there far less often.
"""

from __future__ import annotations

from redaction.word_memory import WordMemo, zipf

__all__ = [
    "COMMON_ZIPF",
    "LANGUAGES",
    "is_common_word",
    "is_everyday_in_our_languages",
    "is_rare_in_our_languages",
]

LANGUAGES: tuple[str, ...] = (
    "en", "ro", "de", "fr", "es", "it", "pt", "nl", "hu", "pl", "cs", "sv", "da", "nb", "fi",
    "tr",
)  # fmt: skip
# Zipf frequency (log10 of uses per billion words) from which a word is an everyday one.
COMMON_ZIPF = 3.0


def _zipf(word: str, lang: str) -> float:
    """How often text in ``lang`` writes ``word`` (wordfreq's small list, any case)."""
    return zipf(word.casefold(), lang, wordlist="small")


@WordMemo
def is_common_word(word: str) -> bool:
    """True when ``word`` is an everyday word of one of ``LANGUAGES``."""
    return any(_zipf(word, lang) >= COMMON_ZIPF for lang in LANGUAGES)


# A capitalised word is an everyday word of our two languages from these frequencies on.
# Town names reach 3.2-4.0 in English text ("Bucharest", "Lyon", "Vienna") and 3.0-4.1 in
# Romanian text ("Dubrovnik", "Beclean", "Sinaia"); everyday words written with a
# capital sit above ("Drama" 4.7, "Wells" 4.3; "Sala" 4.8, "Banca" 4.6).
EVERYDAY_ZIPF = {"en": 4.0, "ro": 4.3}


@WordMemo
def is_everyday_in_our_languages(word: str) -> bool:
    """True when ``word`` is frequent in English or Romanian text, where wordfreq's
    lists of other languages would count most towns of their countries too."""
    return any(_zipf(word, lang) >= limit for lang, limit in EVERYDAY_ZIPF.items())


# Below these, a dictionary word is one English and Romanian text seldom write: a word
# the dictionary holds as somebody's name ("Beria") or an archaic one ("wether").
RARE_ZIPF = {"en": 3.0, "ro": 3.5}


@WordMemo
def is_rare_in_our_languages(word: str) -> bool:
    """True when English and Romanian text both seldom use ``word``."""
    return all(_zipf(word, lang) < limit for lang, limit in RARE_ZIPF.items())
