"""The other half of a name found in part: "teofila glenn", "zebirce inönü", "Mira te Roele".

A given name is often found while the surname after it is left, because the surname is
also a given name or on no list; and a surname while the given name before it is left.
A PERSON find of one word grows over the word right beside it (one space between, same
line):

* after a given name (``lexicon`` kind "given" or "amb_given"): a capitalised word after
  a capitalised name, or in lower case a word the lists hold as a name or no list and no
  dictionary holds ("teofila glenn");
* before a found word: a given name of the lists, written in the same case
  ("teofila fonseca"), or a capitalised surname or word on no list that is no town
  ("Certificat de naștere: Mirtil Bakes"; not "Drobeta-Turnu Severin");
* after a capitalised name on no list, the same as after a given name; after a
  capitalised given name or name on no list, a surname that opens with its particles
  ("Mira te Roele", "Ana van der Berg").

Two finds of names or places with only surname particles between them are one name
("Wies de Jager", "Bryan te Borninkhof"), unless another find lies over either of them;
"la" is no particle here (Romanian "at": "marius de la Ploiești" is a man and a town).

Never a function word ("Per", "Dear", "and"; the lexicon's function words hold short
capitalised words of other languages too, so "Lauren Good" and "Max Brink" stay cut), a
month or weekday, a firm's or title's word ("Ltd", "Manager"), a way of addressing
someone ("doctor grenier", "my nan ada"), nor a word in capitals ("OK"), and never
across a line break.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use

from redaction.entities import LOCATION, PERSON
from redaction.recognizers.brands import NOT_PERSON_WORDS, ORG_WORDS
from redaction.recognizers.name_gazetteer import LEADING_NOT_NAME, lexicon
from redaction.recognizers.towns import is_town
from redaction.recognizers.vocabulary import is_not_name
from redaction.spans import Span

__all__ = ["with_name_neighbours"]

_WORD = r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
_NEXT = regex.compile(rf" (?P<word>{_WORD})(?![\p{{L}}\p{{M}}\p{{N}}@.\-_]\w)")
_PREVIOUS = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}@.\-_'’])(?P<word>{_WORD}) $")
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+(?:[\-'’]\p{Lu}?\p{Ll}+)*")
_GIVEN = frozenset({"given", "amb_given"})
_NAME_KINDS = frozenset({"given", "amb_given", "surname", "amb_surname", "unknown"})
_REACH = 40
# Surname particles written in lower case between the parts of a name; not "la" (Romanian
# "at", "de la" "from": "marius de la Ploiești" is a man and a town).
_PARTICLES = r"(?:van|von|de|der|den|te|ter|ten|di|da|du|del|della|dos|das|do|le)"
_PARTICLE_GAP = regex.compile(rf" (?:{_PARTICLES} ){{1,2}}")
_PARTICLED_SURNAME = regex.compile(
    rf"(?: {_PARTICLES}){{1,2}} \p{{Lu}}[\p{{Ll}}\p{{M}}'’]+(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}'’]+)?"
    r"(?![\p{L}\p{M}\p{N}])"
)
_JOINED_TYPES = frozenset({PERSON, LOCATION})


def _plain(word: str) -> bool:
    """No function word, month, weekday, firm's or title's word."""
    folded = word.casefold()
    return (
        lexicon().kind(word) != "stop"
        and folded not in NOT_PERSON_WORDS
        and folded not in ORG_WORDS
        and not is_not_name(word)
    )


def _same_case(word: str, name: str) -> bool:
    if name.islower():
        return word.islower()
    return _CAPITALISED.fullmatch(word) is not None


def _after(text: str, span: Span) -> int:
    name = span.text(text)
    kind = lexicon().kind(name)
    capitalised = _CAPITALISED.fullmatch(name) is not None
    if kind not in _GIVEN and not (kind == "unknown" and capitalised):
        return span.end
    particled = _PARTICLED_SURNAME.match(text, span.end)
    if particled is not None and capitalised:
        return int(particled.end())  # "Mira te Roele", "Ana van der Berg"
    match = _NEXT.match(text, span.end)
    if match is None:
        return span.end
    word = match["word"]
    unknown_town = kind == "unknown" and (is_town(word) or is_town(f"{name} {word}"))
    if not _same_case(word, name) or not _plain(word) or unknown_town:
        return span.end
    if name.islower() and lexicon().kind(word) not in _NAME_KINDS:
        return span.end  # "rahel garb": a word of the dictionary, not a surname
    return int(match.end())


def _before(text: str, span: Span) -> int:
    match = _PREVIOUS.search(text, max(0, span.start - _REACH), span.start)
    if match is None:
        return span.start
    word = match["word"]
    if word.casefold() in LEADING_NOT_NAME:
        return span.start  # "doctor grenier", "my nan ada": a title, not a given name
    name = span.text(text)
    if not _same_case(word, name) or not _plain(word):
        return span.start
    kind = lexicon().kind(word)
    if kind in _GIVEN:
        return int(match.start())
    # A capitalised surname or a word on no list, before a capitalised name, that is no
    # town: "Certificat de naștere: Mirtil Bakes" (not "Drobeta-Turnu Severin").
    if name.islower() or kind not in _NAME_KINDS or is_town(word) or is_town(f"{word} {name}"):
        return span.start
    return int(match.start())


def _joined_over_particles(text: str, spans: Sequence[Span]) -> list[Span]:
    """Two finds of names or places with only surname particles between them are one
    name: "Bryan te Borninkhof", "Wies de Jager" (a PERSON when either is)."""

    def alone(span: Span) -> bool:  # no other find over it ("peter at de groot dot nl")
        return not any(o is not span and o.start < span.end and span.start < o.end for o in spans)

    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        last = joined[-1] if joined else None
        if (
            last is not None
            and {last.entity_type, span.entity_type} <= _JOINED_TYPES
            and alone(last)
            and alone(span)
            and last.end < span.start
            and _PARTICLE_GAP.fullmatch(text, last.end, span.start) is not None
        ):
            kind = PERSON if PERSON in (last.entity_type, span.entity_type) else LOCATION
            joined[-1] = Span(kind, last.start, span.end, max(last.score, span.score))
        else:
            joined.append(span)
    return joined


def with_name_neighbours(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with each one-word PERSON grown over the other half of its name, and
    the parts of a name on either side of its particles joined."""
    spans = _joined_over_particles(text, spans)
    taken = [(s.start, s.end) for s in spans]
    grown: list[Span] = []
    for span in spans:
        if span.entity_type != PERSON or len(regex.findall(_WORD, span.text(text))) != 1:
            grown.append(span)
            continue
        start, end = _before(text, span), _after(text, span)
        # Never over another find: "Ana Popescu, Maria" stays two.
        if any(s < end and start < e and (s, e) != (span.start, span.end) for s, e in taken):
            start, end = span.start, span.end
        grown.append(Span(span.entity_type, start, end, span.score))
    return grown
