"""Towns of the world's gazetteer (``redaction/recognizers/towns.py``): a populated place
after a word that puts someone there is redacted in any case and spelling; an everyday
word that is also a town, a firm's site, a street named after a town and a town the
spaCy model finds that the words around show is no one's (``ner.py``: a route, a train,
where flights go) are kept; any other town the model finds is redacted."""

from __future__ import annotations

import gzip

import pytest

from redaction.data.build_towns import TOWNS_FILE, town_key
from redaction.detector import get_detector
from redaction.recognizers.towns import is_town, town_names
from tests.support.redaction import covered

pytestmark = pytest.mark.slow


def _covered(text: str, value: str, lang: str) -> bool:
    return covered(text, value, lang)


FOUND = [
    ("The executor, Ilinca Voinea of Pucioasa, asks creditors to write by May.", "en",
     "Pucioasa"),
    ("Our landlord lives over in Szentendre and never picks up.", "en", "Szentendre"),
    ("born 1980-03-02 in Vrchlabí, moved abroad later", "en", "Vrchlabí"),
    ("hi its magda calling from ostrow mazowiecka about my parcel", "en",
     "ostrow mazowiecka"),
    ("Proprietarul stă în Mosonmagyaróvár și nu răspunde la telefon.", "ro",
     "Mosonmagyaróvár"),
    ("buna ziua sunt dana va sun din targu frumos despre factura", "ro", "targu frumos"),
    ("Motiv: nuntă în familie la Žďár nad Sázavou", "ro", "Žďár nad Sázavou"),
    ("Bunica locuiește lângă Caransebes de zece ani.", "ro", "Caransebes"),
    # in brackets after a name, after a place label, a home town
    ("Sarah Jones (Katowice) won the raffle.", "en", "Katowice"),
    ("Location: Vigasio, by the lake", "en", "Vigasio"),
    ("Her hometown is Kravaře.", "en", "Kravaře"),
    ("Locul nașterii: Pechea", "ro", "Pechea"),
    # English town names made from a person's name, real or made up
    ("We moved here from Port Danielfort last year", "en", "Port Danielfort"),
    ("i grew up in royview before the move", "en", "royview"),
    ("Meet you halfway, somewhere near Lake Johnton?", "en", "Lake Johnton"),
    ("we met in Bazin-sur-Mer last year", "en", "Bazin-sur-Mer"),
    # a town that the Romanian word list holds, and one of three letters
    ("He moved to Dubrovnik in May.", "ro", "Dubrovnik"),
    ("Vizionare în Érd, sâmbătă.", "ro", "Érd"),
    # a town the model finds with no cue and nothing showing it is no one's (recall
    # first), in a table's cell or after a person; names the model takes for towns
    ("Jana Dvořák - Olomouc - 0720 123 456", "en", "Olomouc"),
    ("| Jana Dvořák | jana@example.com | Olomouc |", "en", "Olomouc"),
    ("Regards, Jana Dvořák, Olomouc", "en", "Olomouc"),
    ("Piotr Nowak, Gdynia, called twice today.", "en", "Gdynia"),
    ("Quick note: Solomon is much better at fractions now.", "en", "Solomon"),
    ("Please send Hellquist the room money.", "en", "Hellquist"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "value"), FOUND)
def test_a_town_after_a_place_word_is_redacted(text: str, lang: str, value: str) -> None:
    assert _covered(text, value, lang)


KEPT = [
    ("There was a lot of drama at the meeting in the end.", "en", "drama"),
    ("Our office in Pucioasa is closed on Monday.", "en", "Pucioasa"),
    ("Friends at the Rotary Club of Szentendre raised 500 EUR.", "en", "Szentendre"),
    ("The vase was shipped from Castelfidardo yesterday.", "en", "Castelfidardo"),
    ("meet me at kristinehamn road car park at six", "en", "kristinehamn"),
    ("Am lăsat mașina la service-ul din Znojmo.", "ro", "Znojmo"),
    ("Location: Royal Mail HQ, 2nd floor", "en", "Royal Mail HQ"),
    ("Ne vedem mâine în Sala 3 la ora 10.", "ro", "Sala"),
    ("Band practice moved to Studio 3 on Monday.", "en", "Studio"),
    # a town the model finds that the words around show is no one's: a route, a train,
    # where flights go
    ("Your ticket: Warsaw -> Vienna, coach 12, seat 41.", "en", "Vienna"),
    ("I left my umbrella on the Zagreb train yesterday.", "en", "Zagreb"),
    ("Flights to Vienna leave every Monday.", "en", "Vienna"),
    ("Biletul: Iași -> Viena, locul 12.", "ro", "Viena"),
]


@pytest.mark.parametrize(("text", "lang", "kept"), KEPT)
def test_everyday_words_sites_and_streets_named_after_towns_are_kept(
    text: str, lang: str, kept: str
) -> None:
    spans = get_detector().detect(text, lang)
    start = text.index(kept)
    assert not any(s.start < start + len(kept) and start < s.end for s in spans), spans


def test_the_gazetteer_holds_the_worlds_towns_in_the_form_it_looks_them_up_in() -> None:
    with gzip.open(TOWNS_FILE, "rt", encoding="utf-8") as lines:
        keys = [line.rstrip("\n") for line in lines]
    assert keys == sorted(keys)
    assert len(keys) > 150_000
    assert all(key == town_key(key) for key in keys)
    assert frozenset(keys) == town_names()
    for town in ("Sânnicolau Mare", "Sannicolau Mare", "Groß-Enzersdorf", "Ivanić Grad"):
        assert is_town(town), town
    assert not is_town("Nowhereville Upon Sea")


def test_town_keys_fold_case_diacritics_and_hyphens() -> None:
    assert town_key("Groß-Enzersdorf") == "gross enzersdorf"
    assert town_key("  Poienile   de sub  Munte ") == "poienile de sub munte"
    assert town_key("ȘTEI") == town_key("Stei") == "stei"
