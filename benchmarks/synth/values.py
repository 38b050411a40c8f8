"""What a value source hands the assembler: one fictional person's data, and the
non-personal names (companies, cities, jobs) a source can also produce.

Both generators (Faker, mimesis) fill the same ``Persona``; the templates never know
which library made a value.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "Persona",
    "ValueSource",
    "ascii_fold",
    "latin_only",
    "transliterate_greek",
]


@dataclass(frozen=True, slots=True)
class Persona:
    """One made-up person. Every string is Latin script."""

    first: str
    last: str
    others: tuple[str, ...]  # full names of other people (lists, colleagues)
    phone: str  # as the locale's generator writes it
    phone_national: str  # a national shape without country code
    phone_intl: str  # with +country code
    address: str  # one line, street to postcode
    address_lines: str  # the same kind of address over several lines
    address_special: str  # military, PO box, or number-after-street form, maybe multi-line
    card: str  # Luhn-valid, grouped or not
    iban: str
    national_id: str
    national_id_type: str  # NATIONAL_ID, or RO_CNP for a Romanian
    passport: str
    driver_license: str
    birth: dt.date
    email: str
    ip: str
    cnp: str
    ro_id_card: str
    plate: str
    home: str  # the city where the person lives (LOCATION)
    company: str  # non-personal
    city: str  # non-personal role: a warehouse, a shop, a concert
    job: str  # non-personal job title

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class ValueSource(Protocol):
    """Makes personas from one library, with one random generator for reproducibility."""

    name: str

    def persona(self, rng: random.Random) -> Persona: ...


_GREEK = dict(
    zip(
        "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
        "a a v g d e e z i i th i i i i k l m n x o o p r s s t y y y y f ch ps o o".split(),
        strict=True,
    )
)
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")


def transliterate_greek(text: str) -> str:
    """Greek letters to Latin (a simplified ELOT 743), other characters unchanged."""
    out: list[str] = []
    for char in text:
        lower = char.lower()
        latin = _GREEK.get(lower)
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char != lower else latin)
    return "".join(out)


def latin_only(text: str) -> bool:
    """True when ``text`` is written in Latin letters (with diacritics), spaces, - . '."""
    return bool(_LATIN.match(text))


def ascii_fold(text: str) -> str:
    """``text`` without diacritics (``Ștefan`` -> ``Stefan``), as people type on phones."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
