"""The town and the country that close an address or a town.

A street address is often found without the town that a comma sets after it ("14 Oak
Street, Bristol last year", "…, sector 3, București."), and a town without its country
("Osaka, Japan", "Cluj, Romania", "…, DC 20500, USA"). After a STREET_ADDRESS:

* a comma and a capitalised town of the gazetteer (up to three words, the longest name
  first) belong to it, when the town ends the line, the sentence or the clause, or
  lower-case talk follows ("…, Bristol last year"), and it is no function word;

after a STREET_ADDRESS or a LOCATION, and after a town taken as above:

* a country of ``redaction/data/countries.txt`` (a comma, spaces or a line break
  between) belongs to it, written with its capital, or in lower case after a find in
  lower case ("cluj, romania").

A capitalised town followed by a comma and a capitalised country is a LOCATION of its own
where nothing was found ("Ship to Uppsala, Sweden", "Orange, France"): with its country
after it, even a town named like an everyday word is a place. Towns are those of the
gazetteer (``towns.py``) and of our list of places (``places.py``, "București").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use

from redaction.data.build_countries import COUNTRIES_FILE
from redaction.entities import LOCATION, STREET_ADDRESS
from redaction.recognizers.name_gazetteer import lexicon
from redaction.recognizers.places import PLACES
from redaction.recognizers.towns import is_town
from redaction.spans import Span

__all__ = ["country_names", "with_place_tails"]

MAX_TOWN_WORDS = 3
MAX_COUNTRY_WORDS = 6
SCORE = 0.6
_TOWN_WORD = r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
_TOWN_WORDS = rf"{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,{MAX_TOWN_WORDS - 1}}}"
_TOWN_AFTER_COMMA = regex.compile(rf"[ \t]*,[ \t]*(?P<town>{_TOWN_WORDS})")
# What may follow a town that closes an address: the end of the line, the sentence or
# the clause, or lower-case talk ("…, Bristol last year").
_TOWN_END = regex.compile(r"[ \t]*(?:$|[\n,.;:!?)]|\p{Ll}|\d)", regex.MULTILINE)
# "Japan", "Guinea-Bissau", "U.S.A."
_COUNTRY_WORD = r"\p{L}[\p{L}\p{M}'’\-]*(?:\.(?=\p{L}))?(?:\p{L}\.?)*"
_COUNTRY_WORDS = regex.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?P<words>{_COUNTRY_WORD}(?:[ \t]+{_COUNTRY_WORD}){{0,{MAX_COUNTRY_WORDS - 1}}})"
)
_TOWN_BEFORE_COMMA = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}\-])(?P<town>{_TOWN_WORDS})(?=[ \t]*,[ \t]*\p{{Lu}})"
)
_TOWN_WORD_RE = regex.compile(_TOWN_WORD)
_COUNTRY_WORD_RE = regex.compile(_COUNTRY_WORD)
_AFTER_NAME = regex.compile(r"(?![\p{L}\p{M}\p{N}])")


@cache
def country_names() -> frozenset[str]:
    """The country names, case-folded, one space between words; read once, on first use."""
    lines = COUNTRIES_FILE.read_text(encoding="utf-8").split("\n")
    return frozenset(" ".join(n.casefold().split()) for n in lines if n.strip())


def _country_end_at(text: str, start: int, *, lower: bool) -> int | None:
    """Where the country that a gap and ``start`` begin ends, the longest name first; a
    name in lower case counts only when ``lower`` may."""
    match = _COUNTRY_WORDS.match(text, start)
    if match is None:
        return None
    words = list(_COUNTRY_WORD_RE.finditer(text, match.start("words"), match.end()))
    for count in range(len(words), 0, -1):
        end = words[count - 1].end()
        name = " ".join(w.group() for w in words[:count])
        if name.casefold() not in country_names() or not _AFTER_NAME.match(text, end):
            continue
        if name[:1].isupper() or (lower and name.islower()):
            return int(end)
    return None


def _lower_find(text: str, span: Span) -> bool:
    return not any(ch.isupper() for ch in text[span.start : span.end])


def _plain_town(words: Sequence[str]) -> bool:
    """A town of the gazetteer or of our place list ("București"), not a function word
    alone ("…, The", "Sorry, Germany ...")."""
    if len(words) == 1 and lexicon().kind(words[0]) == "stop":
        return False
    name = " ".join(words)
    return name in PLACES or is_town(name)


def _town_end(text: str, span: Span) -> int:
    """Where the town that a comma sets after the address ``span`` ends, or ``span.end``."""
    match = _TOWN_AFTER_COMMA.match(text, span.end)
    if match is None:
        return span.end
    words = list(_TOWN_WORD_RE.finditer(text, match.start("town"), match.end()))
    for count in range(len(words), 0, -1):
        end = words[count - 1].end()
        if _plain_town([w.group() for w in words[:count]]) and _TOWN_END.match(text, end):
            return int(end)
    return span.end


def _grown(text: str, span: Span) -> Span:
    end = _town_end(text, span) if span.entity_type == STREET_ADDRESS else span.end
    country = _country_end_at(text, end, lower=_lower_find(text, span))
    end = end if country is None else country
    return span if end == span.end else Span(span.entity_type, span.start, end, span.score)


def _towns_with_countries(text: str, spans: Sequence[Span]) -> list[Span]:
    """ "Uppsala, Sweden" where no find touches it: the town and its country."""
    found: list[Span] = []
    for match in _TOWN_BEFORE_COMMA.finditer(text):
        end = _country_end_at(text, match.end(), lower=False)
        if end is None or any(s.start < end and match.start() < s.end for s in spans):
            continue
        words = list(_TOWN_WORD_RE.finditer(text, match.start(), match.end()))
        # The longest run of words that ends at the comma and is a town ("Hi Anna Uppsala").
        for first in range(len(words)):
            town = [w.group() for w in words[first:]]
            if _plain_town(town):
                found.append(Span(LOCATION, words[first].start(), end, SCORE))
                break
    return found


def with_place_tails(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with addresses grown over the town and country after them, towns over
    their country, and a town with its country where nothing was found."""
    grown = [_grown(text, s) if s.entity_type in (STREET_ADDRESS, LOCATION) else s for s in spans]
    if "," not in text:
        return grown
    return grown + _towns_with_countries(text, grown)
