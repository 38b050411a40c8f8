"""Spoken forms written out, and the map back to the original words (no model: fast)."""

from __future__ import annotations

import pytest

from redaction.normalize import SpelledRun, normalize

# (lang, transcript, normalised text)
NORMALIZED: list[tuple[str, str, str]] = [
    # numbers, English
    ("en", "i live at seventeen park lane", "i live at 17 park lane"),
    ("en", "it is thirty two oak road", "it is 32 oak road"),
    ("en", "number two hundred and six", "nr 206"),
    ("en", "a thousand and one nights", "1001 nights"),
    ("en", "born in nineteen seventy three", "born in 1973"),
    ("en", "the year two thousand and nine", "the year 2009"),
    ("en", "twenty twenty three", "2023"),
    ("en", "nineteen oh four", "1904"),
    ("en", "zero six one one two two", "061122"),
    ("en", "oh two oh eight", "0208"),
    ("en", "double seven triple three", "77333"),
    ("en", "forty-two", "42"),
    ("en", "plus three two four seven", "+3247"),
    ("en", "ten dot two dot three oh dot one fifty", "10.2.30.150"),
    ("en", "oh no", "oh no"),
    # numbers, Romanian
    ("ro", "strada florilor numărul șaptesprezece", "strada florilor nr 17"),
    ("ro", "treizeci și opt", "38"),
    ("ro", "două sute patruzeci și unu", "241"),
    ("ro", "o mie nouă sute șaizeci și doi", "1962"),
    ("ro", "două mii douăzeci și patru", "2024"),
    ("ro", "zero șapte patru unu", "0741"),
    ("ro", "unsprezece și doisprezece", "11 și 12"),
    ("ro", "plus patru patru", "+44"),
    ("ro", "zece punct zero punct doi punct unu", "10.0.2.1"),
    ("ro", "bloc c trei scara doi apartamentul nouă", "bl C3 sc 2 ap 9"),
    # letters and codes
    ("en", "it is spelled t o m a s", "it is spelled Tomas"),
    ("en", "series k l", "series KL"),
    ("en", "c j zero four d e f", "CJ04DEF"),
    ("ro", "mașina e brașov nouăzeci și nouă k l m", "mașina e BV99KLM"),
    ("en", "d e eight nine three seven zero four zero zero four four zero five three two zero "
     "one three zero zero zero", "DE89370400440532013000"),
    ("ro", "de două ori", "de 2 ori"),
    ("en", "a two year old", "a 2 year old"),
    ("en", "galaxy s twenty three", "galaxy s 23"),
    # dates
    ("en", "born the second of april nineteen eighty", "born 2nd of april 1980"),
    ("en", "dob july twenty second eighty eight", "dob july 22nd 1988"),
    ("ro", "născută pe nouă mai șaptezeci și unu", "născută pe 9 mai 1971"),
    ("en", "the third time", "the third time"),
    # e-mail
    ("en", "write to lena dot berg at web dot de", "write to lena.berg@web.de"),
    ("ro", "adresa e contact arond casa mea punct ro", "adresa e contact@casamea.ro"),
    ("en", "meet me at home dot", "meet me at home dot"),
    # ordinary text
    ("en", "I have two kids and three dogs", "I have 2 kids and 3 dogs"),
    ("ro", "comanda o sută douăzeci", "comanda 120"),
    ("en", "nothing to change here", "nothing to change here"),
    ("ro", "n-a venit nimic", "n-a venit nimic"),
    ("de", "zwei drei", "zwei drei"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), NORMALIZED)
def test_normalized_text(lang: str, text: str, expected: str) -> None:
    assert normalize(text, lang).text == expected


# (lang, transcript, piece of the normalised text, the original words it maps back to)
MAPPED: list[tuple[str, str, str, str]] = [
    ("en", "my flat is at sixty one high street", "61 high street", "sixty one high street"),
    ("en", "born on the fourth of may", "4th", "the fourth"),
    ("ro", "str lungă numărul opt", "nr 8", "numărul opt"),
    ("en", "call plus four four one two", "+4412", "plus four four one two"),
    ("ro", "scrieți dan punct mihai arond mail punct ro", "dan.mihai@mail.ro",
     "dan punct mihai arond mail punct ro"),
    ("en", "plate b nine nine z z z ok", "B99ZZZ", "b nine nine z z z"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "piece", "original"), MAPPED)
def test_offsets_map_back_to_whole_words(lang: str, text: str, piece: str, original: str) -> None:
    normalized = normalize(text, lang)
    start = normalized.text.index(piece)
    mapped = normalized.to_original(start, start + len(piece))
    assert text[mapped[0] : mapped[1]] == original
    assert normalized.touches_change(start, start + len(piece))


def test_unchanged_text_maps_to_itself() -> None:
    text = "Order 123, please."
    normalized = normalize(text, "en")
    assert not normalized.is_changed
    assert normalized.text == text
    assert normalized.to_original(6, 9) == (6, 9)


def test_characters_around_a_rewrite_keep_their_offsets() -> None:
    text = "at twelve main street"
    normalized = normalize(text, "en")
    assert normalized.text == "at 12 main street"
    start = normalized.text.index("main")
    assert normalized.to_original(start, start + 4) == (text.index("main"), text.index("main") + 4)


def test_spelled_runs_are_reported_with_their_word() -> None:
    text = "its lena l e n a"
    assert normalize(text, "en").spelled == (SpelledRun(9, 16, "lena"),)
    assert normalize("series k l", "en").spelled == ()  # two letters: a code, not a name


def test_to_original_refuses_an_empty_range() -> None:
    with pytest.raises(ValueError, match="not a range"):
        normalize("twelve", "en").to_original(1, 1)
