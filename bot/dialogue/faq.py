"""An engine that answers from the tenant's FAQ by text similarity. No network, no model."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

from bot.config.models import FaqEntry, TenantConfig
from bot.dialogue.base import Engine, EngineCapabilities, EngineRequest, TextSink

DEFAULT_FALLBACK: dict[str, str] = {
    "en": "Sorry, I don't know the answer to that yet. Could you rephrase your question?",
    "ro": "Îmi pare rău, nu știu încă răspunsul la această întrebare. Puteți reformula?",
}
# Words that carry no meaning for matching, in both languages.
STOP_WORDS = frozenset(
    (
        "a an the is are was be do does did you your yours i me my we our of to in on at for "
        "and or what when where how which who can could would please hi hello there it this "
        "that with si sa se ce care cum cand unde este sunt eu tu voi noi al ale lui la de pe "
        "din cu un o ma va buna ziua"
    ).split()
)
MIN_SCORE = 0.25


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _features(text: str) -> Counter[str]:
    words = [w for w in re.findall(r"[a-z0-9]+", _normalise(text)) if w not in STOP_WORDS]
    features: Counter[str] = Counter(words)
    for word in words:  # character trigrams tolerate typos and inflection
        padded = f" {word} "
        features.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return features


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(count * b[key] for key, count in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


class FaqEngine(Engine):
    name = "faq"
    capabilities = EngineCapabilities(needs_network=False, honours_store_flag=True, streams=False)

    def __init__(self, entries: list[FaqEntry], fallback: dict[str, str]) -> None:
        self._entries = [(entry, _features(entry.q)) for entry in entries]
        self._fallback = {**DEFAULT_FALLBACK, **fallback}

    @classmethod
    def from_tenant(cls, tenant: TenantConfig) -> FaqEngine:
        return cls(list(tenant.faq), {str(k): v for k, v in tenant.faq_fallback.items()})

    def best_match(self, text: str) -> tuple[FaqEntry | None, float]:
        query = _features(text)
        best: tuple[FaqEntry | None, float] = (None, 0.0)
        for entry, features in self._entries:
            score = _cosine(query, features)
            if score > best[1]:
                best = (entry, score)
        return best

    async def _respond_impl(self, request: EngineRequest, on_delta: TextSink | None) -> list[str]:
        entry, score = self.best_match(request.text)
        if entry is None or score < MIN_SCORE:
            return [self._fallback.get(request.lang, self._fallback["en"])]
        return [entry.a]
