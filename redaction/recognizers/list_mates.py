"""Names in a list: the capitalised neighbours of a name found in "A, B and C".

"The winners were Tarkovsky, Kieślowski and Wajda", "cc: Pekkala, Mäkinen",
"Câștigătorii sunt Tarkovsky, Kieślowski și Wajda": once one member of such a list is a
person, a member next to it (a comma, a semicolon, "and", "și", "or", "&" between) made
of one to three capitalised words that are names, on no word list or seldom-written dictionary words
(WordNet holds "Tarkovsky") is one too. A member holding an everyday word, a firm's
word or a known place is not ("Ana, Marketing and Sales"), and the list stops there.

Text written all in lower case has no capitals to go by: right before a name found in
lower case ("zoja ptacek"), a lower-case member of one word on the same terms is a name
too ("zdeslav and zoja ptacek are in"), but only one, and only with "and" or a comma
between. After a name, "and" is as often followed by a noun ("ion popescu și emailul").
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use
from presidio_analyzer import RecognizerResult

from redaction.entities import PERSON
from redaction.recognizers.brands import NOT_PERSON_WORDS
from redaction.recognizers.name_gazetteer import LISTED, NAME_LIKE, lexicon
from redaction.recognizers.places import PLACES
from redaction.recognizers.romanian_words import seldom_written

__all__ = ["MATE_DISCOUNT", "list_mates"]

MATE_DISCOUNT = 0.9
MAX_MEMBER_WORDS = 3
_AND = r"(?:and|or|și|şi|si|sau|und|et|y|e)"
# A separator, after a member's role in brackets at most ("Constanzo (lead), Tempo Fiola").
_ROLE = r"(?:[ \t]*\([^()\n]{1,30}\))?"
_SEPARATOR = rf"{_ROLE}[ \t]*(?:[,;][ \t]*(?:{_AND}[ \t]+)?|[ \t]+(?:{_AND}|&)[ \t]+)"
_TITLE = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*"
_MEMBER = rf"{_TITLE}(?:[ \t]+{_TITLE}){{0,{MAX_MEMBER_WORDS - 1}}}"
_AFTER = regex.compile(rf"{_SEPARATOR}({_MEMBER})(?![\p{{L}}\p{{M}}])")
_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’\-])({_MEMBER}){_SEPARATOR}$")
# One lower-case word joined to a lower-case name by "and" or a comma ("e" and "y" are
# also verbs and letters in lower-case chat: "emailul e gpopa ...").
_LOWER_AND = r"(?:and|și|şi|si)"
_LOWER_SEPARATOR = rf"(?:[ \t]*,[ \t]*|[ \t]+{_LOWER_AND}[ \t]+)"
_LOWER_WORD = r"\p{Ll}[\p{Ll}\p{M}]+"
_LOWER_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’\-])({_LOWER_WORD}){_LOWER_SEPARATOR}$")
_KINDS = NAME_LIKE | LISTED
_PLACES = frozenset(p.casefold() for p in PLACES)


def _is_member(member: str, lang: str) -> bool:
    lex = lexicon(lang)
    if member.casefold() in _PLACES:
        return False
    for word in member.split():
        folded = word.casefold()
        if folded in NOT_PERSON_WORDS or folded in _PLACES:
            return False
        kind = lex.kind(word)
        if kind not in _KINDS and not (kind == "word" and seldom_written(folded)):
            return False
    return True


def list_mates(text: str, results: list[RecognizerResult], lang: str) -> list[RecognizerResult]:
    """The members of a list next to each PERSON of ``results``, as PERSON results."""
    found: list[RecognizerResult] = []
    covered = [(r.start, r.end) for r in results]
    for result in results:
        if result.entity_type != PERSON:
            continue
        score = result.score * MATE_DISCOUNT
        end = result.end
        while (match := _AFTER.match(text, end)) is not None and _is_member(match[1], lang):
            if not _inside(match.start(1), covered):
                found.append(RecognizerResult(PERSON, match.start(1), match.end(1), score))
            end = match.end(1)
        start = result.start
        while (match := _BEFORE.search(text, max(0, start - 80), start)) is not None and (
            _is_member(match[1], lang)
        ):
            if not _inside(match.start(1), covered):
                found.append(RecognizerResult(PERSON, match.start(1), match.end(1), score))
            start = match.start(1)
        if text[result.start : result.end].islower():
            found.extend(_lower_mate_before(text, result, covered, score, lang))
    return found


def _lower_mate_before(
    text: str,
    result: RecognizerResult,
    covered: list[tuple[int, int]],
    score: float,
    lang: str,
) -> list[RecognizerResult]:
    """The one lower-case member right before a name found in lower case."""
    match = _LOWER_BEFORE.search(text, max(0, result.start - 40), result.start)
    if match is None or not _is_member(match[1], lang):
        return []
    if _inside(match.start(1), covered):
        return []
    return [RecognizerResult(PERSON, match.start(1), match.end(1), score)]


def _inside(start: int, covered: list[tuple[int, int]]) -> bool:
    """``start`` lies in one of the ``covered`` spans: that member is found already."""
    return any(a <= start < b for a, b in covered)
