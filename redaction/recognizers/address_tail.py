"""The town and postcode that close a street address found without them.

A street address is often found up to its house, block or flat number, while the town and
the postcode after it are left: "strada barbu nr. 587 siria 918359", "aleea oppii nr. 1027
trieste 312335", "Str. Na Drahách nr. 737, Blovice 600601", "… 80155 Rho". Right after an
address (a comma, a space or a line break between), up to three words and a postcode of
four to six digits, or a postcode and up to three words, belong to it, when none of the
words is a function word ("… nr. 12 și vă rog", "… 41017 please") and the words end the
line, the sentence or the message. A number followed by another group of digits is a
phone number, not a postcode ("…, ring 7127 4450").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use

from redaction.entities import STREET_ADDRESS
from redaction.recognizers.address_intl import LINK_WORDS
from redaction.recognizers.name_gazetteer import lexicon
from redaction.spans import Span

__all__ = ["with_address_tails"]

_GAP = r"[ \t]*,?[ \t]*(?:\n[ \t]*)?"
_WORD = r"[\p{L}][\p{L}\p{M}'’.\-]*"
_POSTCODE = r"(?:[A-Z]{1,2}-)?\d{4,6}(?!\d)|\d{3}[ ]\d{2}(?!\d)"
# A postcode is no group of a phone number: "..., ring 7127 4450" is no town "ring".
_NOT_PHONE = r"(?![\p{L}\d])(?![ \t\-]*\d)"
_TOWN_THEN_CODE = regex.compile(
    rf"{_GAP}(?P<words>(?:{_WORD}[ \t]+){{1,3}}?)(?:{_POSTCODE}){_NOT_PHONE}"
)
# Where a town ends: the line's or sentence's end, a comma, or a bracketed county "(mo)".
_TOWN_END = r"(?=[ \t]*(?:$|[\n,.;!?)]|\([\p{L}]{1,3}\)))"
_CODE_THEN_TOWN = regex.compile(
    rf"{_GAP}(?:{_POSTCODE}){_NOT_PHONE}(?P<words>(?:[ \t]+{_WORD}){{0,3}}?){_TOWN_END}",
    regex.MULTILINE,
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
            span = Span(span.entity_type, span.start, _town_end(text, span), span.score)
        grown.append(span)
    return grown


_CODE = regex.compile(r"(?<![\p{L}\d])(?:\d{4,6}|\d{3}[ \t]\d{2}|\d{2,4}-\d{3})(?![\p{L}\d])")
_AFTER_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*")
_EVERYDAY = frozenset({"stop", "word"})
_SET_APART = regex.compile(r"[,\n]")
# A town right before the postcode ("Victoria, 371987"), not a number or a box ("569,
# 33047", "PO Box 64503").
_TOWN_BEFORE = regex.compile(
    r"(?<![\p{L}])(?!(?i:box|postfach|cp|apartado|casilla|bp|pob)(?![\p{L}]))"
    r"\p{L}[\p{L}\p{M}'’\-]*[ \t]*,?[ \t]*$"
)
# Function words inside a town's name ("Breaza de Sus", "Dvůr Králové nad Labem"): those
# of street and town names, but "on" and "in", which end a town ("Lučenec on Saturday").
_TOWN_LINKS = (frozenset(LINK_WORDS) - {"on", "in"}) | {"sub"}


def _town_end(text: str, span: Span) -> int:
    """Where the town after an address's postcode ends: before a function word in lower
    case that a pattern ran on into ("… 797 07 Lučenec on Saturday", "… 568989 inca
    astept banii"), never inside the town's name ("Breaza de Sus")."""
    code = None
    for code in _CODE.finditer(text, span.start, span.end):  # noqa: B007 - keep the last
        pass
    if code is None or not text[span.start : code.start()].strip():
        return span.end  # a house number that opens the address is no postcode
    lex = lexicon()
    words = list(_AFTER_WORD.finditer(text, code.end(), span.end))
    line_start = max(span.start, text.rfind("\n", span.start, code.start()) + 1)
    town_before = _TOWN_BEFORE.search(text[line_start : code.start()]) is not None
    if words and town_before and _SET_APART.search(text, code.end(), words[0].start()):
        return int(code.end())  # "Victoria, 371987\nPlătit": the town came before the postcode
    for k, word in enumerate(words[1:], start=1):
        w = word.group()
        bracketed = text[word.start() - 1] == "("  # "pera di fassa (tn)"
        if w.islower() and not bracketed and w not in _TOWN_LINKS and lex.kind(w) in _EVERYDAY:
            return int(words[k - 1].end())
    return span.end


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
