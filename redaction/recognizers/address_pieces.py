"""One address found in pieces is redacted as one.

Recognizers sometimes find an address in parts that stop at an abbreviation's full stop
or at a house number: the place "Gogoy Eyth" and the address "Suite 300, 16439
Karditsa" in "Gogoy Eyth. 1348, Suite 300, 16439 Karditsa", or a street line and the
flat and town lines under it. What lies between such parts is then left in clear: a
house number, an abbreviation's dot. (Pieces typed as a person, "Szt" + "istván völgyi
út", are not joined: a name next to an address is often the addressee.) Two pieces of which
one is a street address and the other a street address or a place, with only blanks, a
comma or a dot and at most one number between them on the same paragraph, become one
street address over both and the gap; a place joins an address only over a number or a
dot. A county or commune in brackets right after a place or an address ("Valea Mare
(Babeni)") belongs to it.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use

from redaction.entities import LOCATION, STREET_ADDRESS
from redaction.recognizers.name_gazetteer import NAME_LIKE, Lexicon, lexicon
from redaction.spans import Span

__all__ = ["joined_address_pieces", "with_bracketed_parts"]

_PIECES = frozenset({STREET_ADDRESS, LOCATION})
_MAX_GAP = 12
# Blanks and at most one comma or dot on each side of at most one house number or
# postcode ("920, ", ". ", " 605\n"); never a blank line.
_GAP = regex.compile(
    r"[ \t]*[.,]?[ \t]*\n?[ \t]*(?:\d{1,6}[\p{L}]?[ \t]*[.,]?[ \t]*\n?[ \t]*)?",
)


def _joins(text: str, left: Span, right: Span) -> bool:
    if STREET_ADDRESS not in (left.entity_type, right.entity_type):
        return False
    if left.entity_type not in _PIECES or right.entity_type not in _PIECES:
        return False
    if right.start < left.end or right.start - left.end > _MAX_GAP:
        return False
    if _GAP.fullmatch(text, left.end, right.start) is None:
        return False
    # A place next to an address is joined only over a house number or a dot ("Gogoy
    # Eyth. 1348, Suite 300"): after a comma alone it may be the town, or a name the
    # model took for a place ("Betina Tomescu, Intrarea ...").
    gap = text[left.end : right.start]
    both_streets = left.entity_type == right.entity_type == STREET_ADDRESS
    return both_streets or any(c.isdigit() or c == "." for c in gap)


def joined_address_pieces(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with neighbouring pieces of one address joined into one street address."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    joined: list[Span] = []
    for span in ordered:
        if joined and _joins(text, joined[-1], span):
            previous = joined[-1]
            joined[-1] = Span(
                STREET_ADDRESS, previous.start, span.end, max(previous.score, span.score)
            )
        else:
            joined.append(span)
    return joined


# A place's county or commune in brackets right after it: "Valea Mare (Babeni)",
# "fagetel (remetea)", "Ravarino (MO)". Not a remark ("Cluj (the best city)").
_BRACKETED = regex.compile(r"[ \t]*\(([\p{L}][\p{L}\p{M}'’.\- ]{0,28})\)")
_MAX_BRACKETED_WORDS = 3


def _place_word(word: str, capitalised: bool, lex: Lexicon) -> bool:
    """A county code ("MO") or a word on no everyday list, capitalised after a
    capitalised place ("(captain)", "(Large)" are no places)."""
    if word.isupper() and len(word) <= 3:
        return True
    if capitalised and not word[:1].isupper():
        return False
    return lex.kind(word.strip(".")) in NAME_LIKE  # on no word list, or a name only


def with_bracketed_parts(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with each place or address grown over a bracketed county after it."""
    lex = lexicon()
    grown: list[Span] = []
    for span in spans:
        if span.entity_type in _PIECES:
            match = _BRACKETED.match(text, span.end)
            words = match.group(1).split() if match is not None else []
            capitalised = text[span.start].isupper()
            if (
                match is not None
                and 1 <= len(words) <= _MAX_BRACKETED_WORDS
                and all(_place_word(w, capitalised, lex) for w in words)
            ):
                span = Span(span.entity_type, span.start, match.end(), span.score)
        grown.append(span)
    return grown
