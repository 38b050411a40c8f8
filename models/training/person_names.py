"""Name pools for the synthetic PERSON data: Faker in many Latin-script locales, the
repository's own name lists, and the extra lists in ``person_vocab.py``.

Faker's Cyrillic and Greek locales are romanised with a small table, so Slavic and
Greek names appear as they do in English and Romanian text. A ``NamePools`` is built
once per seed; different seeds (training, held-out) give different draws.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

from models.training import person_vocab as pv
from redaction.recognizers import name_lists as nl

# Latin-script locales, weighted towards where our customers write from.
LATIN_LOCALES: tuple[str, ...] = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "en_NG", "en_PK", "de_DE", "de_AT",
    "de_CH", "nl_NL", "nl_BE", "fr_FR", "fr_CH", "es_ES", "es_MX", "es_AR", "it_IT",
    "pt_PT", "pt_BR", "ro_RO", "hu_HU", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR",
    "sv_SE", "no_NO", "da_DK", "fi_FI", "is_IS", "et_EE", "lv_LV", "lt_LT", "tr_TR",
    "az_AZ", "id_ID", "vi_VN", "ga_IE", "yo_NG", "zu_ZA", "sw",
)  # fmt: skip
ROMANISED_LOCALES: tuple[str, ...] = ("ru_RU", "uk_UA", "bg_BG", "el_GR")
RO_LOCALES: tuple[str, ...] = ("ro_RO",)

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo",
    "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_GREEK = {
    "α": "a", "ά": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "έ": "e", "ζ": "z",
    "η": "i", "ή": "i", "θ": "th", "ι": "i", "ί": "i", "ϊ": "i", "ΐ": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "ό": "o", "π": "p", "ρ": "r",
    "σ": "s", "ς": "s", "τ": "t", "υ": "y", "ύ": "y", "ϋ": "y", "φ": "f", "χ": "ch",
    "ψ": "ps", "ω": "o", "ώ": "o",
}  # fmt: skip
_ROMAN = {**_CYRILLIC, **_GREEK}


def romanise(text: str) -> str:
    """Cyrillic and Greek letters spelled in Latin ones ("Иван" -> "Ivan")."""
    out: list[str] = []
    for char in text:
        latin = _ROMAN.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class PersonName:
    """One person's name parts; ``middle`` and ``particle`` may be empty."""

    given: str
    surname: str
    middle: str = ""
    particle: str = ""

    def full(self) -> str:
        parts = [self.given, self.middle, self.particle, self.surname]
        return " ".join(p for p in parts if p)

    def family(self) -> str:
        return f"{self.particle} {self.surname}" if self.particle else self.surname


def _clean(name: str) -> str:
    return " ".join(romanise(name).replace(".", "").split())


@dataclass(frozen=True, slots=True)
class _Pool:
    given: tuple[str, ...]
    surnames: tuple[str, ...]


class NamePools:
    """Given names and surnames by origin, drawn from Faker with ``seed``."""

    def __init__(self, seed: int, per_locale: int = 300) -> None:
        self.pools: dict[str, _Pool] = {}
        for locale in LATIN_LOCALES + ROMANISED_LOCALES:
            fake = Faker(locale)
            fake.seed_instance(seed)
            given = {_clean(fake.first_name()) for _ in range(per_locale)}
            surnames = {_clean(fake.last_name()) for _ in range(per_locale)}
            self.pools[locale] = _Pool(
                tuple(sorted(g for g in given if g)), tuple(sorted(s for s in surnames if s))
            )
        self.pools["repo_ro"] = _Pool(
            tuple(sorted(nl.RO_GIVEN_MEN | nl.RO_GIVEN_WOMEN | nl.MD_GIVEN_NAMES)),
            tuple(sorted(nl.RO_SURNAMES | nl.MD_SURNAMES)),
        )
        self.pools["repo_hu"] = _Pool(
            tuple(sorted(nl.HU_GIVEN_NAMES)), tuple(sorted(nl.HU_SURNAMES))
        )
        self.pools["repo_world"] = _Pool(
            tuple(
                sorted(
                    nl.EN_GIVEN_NAMES | nl.DE_GIVEN_NAMES | nl.NL_GIVEN_NAMES
                    | nl.FR_GIVEN_NAMES | nl.IT_GIVEN_NAMES | nl.ES_PT_GIVEN_NAMES
                    | nl.PL_GIVEN_NAMES | nl.UA_RU_GIVEN_NAMES | nl.EL_GIVEN_NAMES
                    | nl.TR_GIVEN_NAMES | nl.AR_GIVEN_NAMES | nl.IN_GIVEN_NAMES
                    | nl.VI_GIVEN_NAMES | nl.ZH_GIVEN_NAMES
                )
            ),
            tuple(
                sorted(
                    nl.EN_SURNAMES | nl.DE_NL_SURNAMES | nl.FR_IT_ES_PT_SURNAMES
                    | nl.PL_UA_RU_SURNAMES | nl.EL_TR_AR_SURNAMES | nl.IN_VI_ZH_SURNAMES
                )
            ),
        )  # fmt: skip
        self.pools["greek"] = _Pool(pv.GREEK_GIVEN, pv.GREEK_SURNAMES)
        self.pools["arabic"] = _Pool(pv.ARABIC_GIVEN, pv.ARABIC_SURNAMES)
        self.pools["east_asian"] = _Pool(pv.EAST_ASIAN_GIVEN, pv.EAST_ASIAN_SURNAMES)
        self.pools["ambiguous"] = _Pool(
            tuple(sorted(nl.AMBIGUOUS_NAMES)), self.pools["en_US"].surnames
        )
        self._world = tuple(sorted(self.pools))

    def origin(self, rng: random.Random, lang: str) -> str:
        """A pool name: Romanian for about half of the Romanian sentences, else any."""
        roll = rng.random()
        if lang == "ro" and roll < 0.5:
            return rng.choice(("ro_RO", "repo_ro", "repo_ro", "repo_hu"))
        if roll < 0.15:
            return rng.choice(("en_US", "en_GB", "repo_world"))
        return rng.choice(self._world)

    def person(self, rng: random.Random, lang: str) -> PersonName:
        """A random person: mostly one origin, sometimes mixed, with middle names,
        particles, Irish prefixes and double-barrelled surnames now and then."""
        pool = self.pools[self.origin(rng, lang)]
        given = rng.choice(pool.given)
        surname = rng.choice(pool.surnames)
        middle = ""
        particle = ""
        roll = rng.random()
        if roll < 0.08:
            middle = rng.choice(pool.given)
        elif roll < 0.11:
            middle = rng.choice(pool.given)[0] + "."
        elif roll < 0.17:
            particle = rng.choice(pv.PARTICLES)
        elif roll < 0.21:
            surname = rng.choice(pv.IRISH_SCOTTISH_SURNAMES)
        elif roll < 0.26:
            surname = f"{surname}-{rng.choice(pool.surnames)}"
        if rng.random() < 0.04 and "-" not in given:
            given = f"{given}-{rng.choice(pool.given)}"
        return PersonName(given, surname, middle, particle)

    def famous(self, rng: random.Random) -> str:
        return rng.choice(pv.FAMOUS_PEOPLE)
