"""Write ``given_names.txt`` and ``surnames.txt`` from Faker's person providers.

Run with ``make name-lists`` (Faker is a development dependency; the runtime only reads
the written files). Every Latin-script locale Faker ships is read; names are lower-cased,
and a copy without diacritics is added ("ștefan" and "stefan"), since people and speech
recognisers drop them. Words of one letter and words with digits are left out.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GIVEN_FILE = HERE / "given_names.txt"
SURNAME_FILE = HERE / "surnames.txt"

_GIVEN_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
_SURNAME_ATTRS = ("last_names", "last_names_male", "last_names_female", "last_names_nonbinary")


def fold(word: str) -> str:
    """``word`` without combining marks ("ștefan" -> "stefan", "ø" stays)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(word: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in word) and any(
        ch.isalpha() for ch in word
    )


def _words(value: Any) -> Iterable[str]:
    if not isinstance(value, (dict, list, tuple, set, frozenset)):
        return  # a computed property on some providers, not a list
    items = value.keys() if isinstance(value, dict) else value
    for item in items:
        if isinstance(item, str):
            yield from item.replace("-", " ").split()


def collect(attrs: tuple[str, ...]) -> set[str]:
    package = importlib.import_module("faker.providers.person")
    found: set[str] = set()
    for module in pkgutil.iter_modules(package.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in attrs:
            for word in _words(getattr(provider, attr, ())):
                lower = word.strip(".,").lower()
                if len(lower) < 2 or any(ch.isdigit() for ch in lower) or not is_latin(lower):
                    continue
                found.add(unicodedata.normalize("NFC", lower))
                found.add(fold(lower))
    return found


def write(path: Path, words: set[str]) -> None:
    path.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")


def main() -> None:
    write(GIVEN_FILE, collect(_GIVEN_ATTRS))
    write(SURNAME_FILE, collect(_SURNAME_ATTRS))


if __name__ == "__main__":
    main()
