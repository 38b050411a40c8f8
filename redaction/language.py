"""Guess whether a message is Romanian or English, offline and without dependencies.

Signals: Romanian diacritics (ă â î ș ț ş ţ) and the share of Romanian versus English
stop-words. Short or neutral messages ("ok", "123") give no signal and return None, so
the caller keeps the conversation's or tenant's language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

RO_DIACRITICS = frozenset("ăâîșțşţĂÂÎȘȚŞŢ")

# Frequent words, written without diacritics (text is folded before lookup). Words
# common to both languages ("a", "in") are in neither list.
RO_STOPWORDS: frozenset[str] = frozenset(
    {
        "si", "sau", "dar", "ca", "sa", "nu", "da", "este", "sunt", "e", "eu", "tu", "el", "ea",
        "noi", "voi", "ei", "ele", "ce", "care", "cine", "cum", "unde", "cand", "cat", "cate",
        "cati", "pentru", "despre", "din", "la", "cu", "pe", "de", "mai", "foarte", "bine",
        "buna", "ziua", "seara", "dimineata", "salut", "multumesc", "multumim", "va",
        "rog", "doresc", "dori", "dorim", "vreau", "vrem", "as", "am", "ai", "avem",
        "aveti", "poate", "pot", "puteti", "putem", "acest", "aceasta", "acum", "azi", "maine",
        "ieri", "programul", "program", "programare", "pret", "pretul", "costa", "lei",
        "comanda", "livrare", "magazin", "deschis", "inchis", "luni", "marti", "miercuri",
        "joi", "vineri", "sambata", "duminica", "stiu", "spune", "spuneti", "fi", "fost", "ar",
        "mea", "meu", "mele", "mei", "tau", "ta", "nostru", "noastra", "vostru", "voastra",
        "lui", "lor", "imi", "iti", "ne", "vi", "le", "il", "o", "un", "niste", "mult", "putin",
        "aici", "acolo", "nimic", "ceva", "ma", "numesc", "numele", "cheama", "te",
    }
)  # fmt: skip
EN_STOPWORDS: frozenset[str] = frozenset(
    {
        "the", "and", "or", "but", "that", "this", "these", "those", "is", "are", "was", "were",
        "be", "been", "am", "i", "you", "he", "she", "we", "they", "it", "what", "which", "who",
        "how", "where", "when", "why", "for", "about", "from", "with", "at", "on", "of", "to",
        "your", "my", "our", "their", "please", "thanks", "thank", "hello", "hi", "good",
        "morning", "evening", "afternoon", "would", "could", "can", "will", "shall", "should",
        "do", "does", "did", "have", "has", "had", "want", "need", "know", "tell", "open",
        "opening", "hours", "price", "cost", "order", "delivery", "shop", "store", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "there", "here",
        "some", "any", "much", "many", "not", "no", "yes", "an",
    }
)  # fmt: skip
STOPWORDS: dict[str, frozenset[str]] = {"ro": RO_STOPWORDS, "en": EN_STOPWORDS}

_WORD = re.compile(r"[^\W\d_]+")
_FOLD = str.maketrans("ăâîșțşţ", "aaistst")


def _fold(word: str) -> str:
    return word.casefold().translate(_FOLD)


def language_scores(text: str) -> dict[str, float]:
    """Evidence per language: stop-word hits, plus diacritics counted for Romanian."""
    words = [_fold(w) for w in _WORD.findall(text)]
    scores = {lang: float(sum(w in stop for w in words)) for lang, stop in STOPWORDS.items()}
    diacritics = sum(ch in RO_DIACRITICS for ch in text)
    scores["ro"] += min(diacritics, 3) * 1.5
    return scores


def detect_language(text: str, candidates: Sequence[str] = ("en", "ro")) -> str | None:
    """The most likely language of ``text`` among ``candidates``, or None without signal.

    Ties and texts with no evidence at all return None.
    """
    scores = {lang: s for lang, s in language_scores(text).items() if lang in candidates}
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best_lang, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best <= 0 or best == runner_up:
        return None
    return best_lang
