"""Romanian text written as titles and forms: everyday words with capitals, buildings
named after people, and an address that talk follows (issue 10, keep rate)."""

from __future__ import annotations

import pytest

from tests.support.redaction import covered, touched

pytestmark = pytest.mark.slow


def _touched(text: str, value: str, lang: str = "ro") -> bool:
    return touched(text, value, lang)


KEPT = [
    # everyday Romanian words written as a title are no name
    ("Rezultate Sondaj - mai 9 / Promotor: Marek Horváthová", "Rezultate Sondaj"),
    ("Solicitare Apel / Client: Ana Pop / Telefon: 0722 123 456", "Solicitare Apel"),
    # buildings named after people, the building's word first
    ("am văzut mașina intrând în gardul Școlii Gimnaziale Ion Creangă aseară",
     "Școlii Gimnaziale Ion Creangă"),
    ("Concertul are loc în Sala Mihail Jora la ora 19.", "Sala Mihail Jora"),
    # talk after the postcode that closes an address
    ("bună ziua stau la str. claudio treves nr. 849 savona 039757 încă aștept banii înapoi",
     "încă aștept banii înapoi"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_romanian_titles_buildings_and_talk_are_kept(text: str, kept: str) -> None:
    assert not _touched(text, kept)


FOUND = [
    # the person and the address around what is kept stay redacted
    ("Rezultate Sondaj - mai 9 / Promotor: Marek Horváthová", "Marek Horváthová"),
    ("bună ziua stau la str. claudio treves nr. 849 savona 039757 încă aștept banii înapoi",
     "str. claudio treves nr. 849 savona 039757"),
    # the town after the postcode, then where it lies
    ("okay so i live at 205 via aquilio manio 28962 brescia in bergamo", "bergamo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_the_personal_values_around_them_are_redacted(text: str, value: str) -> None:
    assert covered(text, value, "ro" if "bună" in text or "Sondaj" in text else "en")
