"""The town and postcode that close a street address found without them.

A street address is often found up to its house, block or flat number, while the town and
the postcode after it are left: "strada barbu nr. 587 siria 918359", "aleea oppii nr. 1027
trieste 312335", "Str. Na Drahách nr. 737, Blovice 600601", "… 80155 Rho". Right after an
address (a comma, a space or a line break between), up to three words and a postcode of
four to six digits, or a postcode and up to three words, belong to it, when none of the
words is a function word ("… nr. 12 și vă rog", "… 41017 please") and the words end the
line, the sentence or the message.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use

from redaction.entities import STREET_ADDRESS
from redaction.recognizers.name_gazetteer import lexicon
from redaction.spans import Span

__all__ = ["with_address_tails"]

_GAP = r"[ \t]*,?[ \t]*(?:\n[ \t]*)?"
_WORD = r"[\p{L}][\p{L}\p{M}'’.\-]*"
_POSTCODE = r"(?:[A-Z]{1,2}-)?\d{4,6}(?!\d)|\d{3}[ ]\d{2}(?!\d)"
_TOWN_THEN_CODE = regex.compile(
    rf"{_GAP}(?P<words>(?:{_WORD}[ \t]+){{1,3}}?)(?:{_POSTCODE})(?![\p{{L}}\d])"
)
# Where a town ends: the line's or sentence's end, a comma, or a bracketed county "(mo)".
_TOWN_END = r"(?=[ \t]*(?:$|[\n,.;!?)]|\([\p{L}]{1,3}\)))"
_CODE_THEN_TOWN = regex.compile(
    rf"{_GAP}(?:{_POSTCODE})(?P<words>(?:[ \t]+{_WORD}){{0,3}}?){_TOWN_END}", regex.MULTILINE
)
_TOWN_AFTER_CODE = regex.compile(
    rf"(?P<words>(?:[ \t]+{_WORD}){{1,3}}?){_TOWN_END}", regex.MULTILINE
)
_ENDS_WITH_CODE = regex.compile(rf"(?:{_POSTCODE})$")


def _plain_words(words: str, lang: str) -> bool:
    """No function word among ``words`` (a two-letter state code may end them)."""
    lex = lexicon(lang)
    found = words.split()
    for i, word in enumerate(found):
        if len(word) == 2 and word.isalpha() and i == len(found) - 1:
            continue  # "begim la 34854", "smithburgh ga 97093"
        if lex.kind(word.strip(".,")) == "stop":
            return False
    return True


def with_address_tails(text: str, spans: Sequence[Span], lang: str) -> list[Span]:
    """``spans`` with every street address grown over the town and postcode after it."""
    grown: list[Span] = []
    for span in spans:
        if span.entity_type == STREET_ADDRESS:
            whole = span.end
            while whole < len(text) and text[whole].isdigit():
                whole += 1  # a postcode cut short: "... vaslui 9450|42"
            span = Span(span.entity_type, span.start, whole, span.score)
            end = _tail_end(text, span, lang)
            while end > span.end and text[end - 1] in ".,":
                end -= 1  # "… 80155 Rho." ends the sentence, not the town
            if end > span.end:
                span = Span(span.entity_type, span.start, end, span.score)
        grown.append(span)
    return grown


def _tail_end(text: str, span: Span, lang: str) -> int:
    match = _TOWN_THEN_CODE.match(text, span.end)
    if match is not None and _plain_words(match["words"], lang):
        return int(match.end())
    if _ENDS_WITH_CODE.search(text[span.start : span.end]):
        after = _TOWN_AFTER_CODE.match(text, span.end)
        if after is not None and _plain_words(after["words"], lang):
            return int(after.end())
    match = _CODE_THEN_TOWN.match(text, span.end)
    if match is not None and _plain_words(match["words"], lang):
        return int(match.end())
    return span.end
