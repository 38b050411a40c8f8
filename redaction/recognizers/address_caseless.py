"""Postal addresses written without capitals, told by their street word and postcode.

``address_intl.py`` leans on capitals to see where a street's or a town's name starts and
ends. In chat typed in lower case and in speech transcripts there are none: "we dropped
her at granstigen 393 27004 västerås on the way", "moved to avenida rubén cerdá 2
guadalajara 06486 last year", "407 jeopardy point 22998 oceanside". Without capitals an
address needs more evidence, so here it takes all three: a **street** (a street type
before the name, a street word or suffix after it, or a one-word street name ending like
one: "via", "ul.", "avenue", "köz", "-gasse", "-vej", "-stigen"), its **house number**,
and a **postcode** with the **town** before or after it. The words of a street or town
are any words but function words, so "västerås on the way" stops before "on". A street
with no street word ("hradecká 8, 473 75 šluknov") makes an address only with a comma
between its number and the postcode, or a Czech, Slovak, Swedish or Greek postcode ("ddd
dd"), and no everyday word in it. National habits count:
a Dutch postcode written as one word ("6519jl venlo"), a Hungarian house number's full
stop ("utca 48. h-5314 vác"), a French number's comma ("35, avenue de ..."), Portuguese
"r." and "s/n" (no number), Italian and Spanish floors ("piano 7", "piso 4").
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import STREET_ADDRESS
from redaction.recognizers.address_intl import (
    STREET_ENDINGS,
    STREET_SUFFIXES,
    STREET_TYPES_BEFORE,
    STREET_WORDS_AFTER,
)
from redaction.recognizers.name_gazetteer import EVERYDAY_KINDS, lexicon

__all__ = ["CaselessAddressRecognizer"]

# Words that are never part of a street's or town's name (English and Romanian function
# words, and chat words that follow an address: "… 27004 västerås now", "… asap").
FUNCTION_WORDS: tuple[str, ...] = (
    "on", "in", "at", "to", "of", "the", "a", "an", "and", "or", "so", "but", "for", "with",
    "by", "from", "is", "was", "are", "as", "it", "we", "he", "she", "they", "me", "my",
    "his", "her", "our", "your", "their", "this", "that", "then", "now", "last", "next",
    "today", "tomorrow", "yesterday", "tonight", "when", "where", "if", "every", "please",
    "pls", "thanks", "thank", "ok", "okay", "yeah", "yes", "no", "not", "lol", "asap",
    "before", "after", "until", "till", "since", "because", "cause", "cos", "which", "who",
    "will", "would", "can", "could", "should", "must", "has", "have", "had", "did", "do",
    "does", "i", "you", "him", "them", "us", "there", "here", "just", "also", "too",
    "și", "si", "la", "de", "pe", "în", "cu", "din", "mai", "ca", "că", "nu", "da", "am",
    "ai", "ar", "sa", "să", "iar", "dar", "apoi", "acum", "mâine", "maine", "azi", "ieri",
    "unde", "când", "cand", "dacă", "daca", "vă", "va", "te", "mă", "ma", "rog", "mersi",
    "este", "era", "sunt", "e", "o", "un", "una", "pentru", "până", "pana", "după", "dupa",
)  # fmt: skip


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


_H = r"[ \t]"
_END = r"(?![\p{L}\p{M}\d])"
_NOT_FUNCTION = rf"(?!(?i:{_alternation(FUNCTION_WORDS)}){_END})"
_WORD = rf"{_NOT_FUNCTION}\p{{L}}[\p{{L}}\p{{M}}'’\-]*"
# Function words inside a street's or town's name ("mníšek nad popradom"), in the order
# the pattern tries them.
_LINK_PARTS: tuple[str, ...] = (
    "de", "del", "de la", "dos", "das", "do", "da", "di", "della", "van", "der", "den", "von",
    "la", "le", "du", "des", "sur", "nad", "pod",
)  # fmt: skip
_LINK = rf"(?i:{'|'.join(_LINK_PARTS)})"
_NAME = rf"(?:{_LINK}{_H}+)?{_WORD}(?:{_H}+(?:{_LINK}{_H}+)?{_WORD}){{0,3}}"
_TOWN = rf"{_WORD}(?:{_H}+(?:{_LINK}{_H}+)?{_WORD}){{0,2}}(?:{_H}*\([^()\n]{{1,30}}\))?"
# A house number ("12", "12b", "12-14", "nr. 5"), with the full stop Hungarian writes
# after it ("utca 48."), or none at all ("s/n", Spanish and Portuguese).
_NUMBER = (
    r"(?i:(?:nr\.?|no\.?|n[°º])?[ \t]*\d{1,5}(?:[a-z](?![\p{L}]))?(?:[\-/]\d{1,5}[a-z]?)?"
    r"(?:\.(?=[ \t]))?|s/n)"
)
_SECONDARY = (
    rf"(?:{_H}*,?{_H}*(?i:apt|apartment|suite|unit|flat|floor|bl|sc|et|ap|scara|bloc|etaj"
    r"|piano|appartamento|interno|int|scala|piso|puerta|escalera|esc|andar|étage|etage|lok)"
    rf"\.?{_H}*(?:#|nr\.?|no\.?)?{_H}*[a-z0-9][a-z0-9\-]{{0,4}}{_END})*"
)
_POSTCODE = (
    rf"(?i:\d{{4}}[ \t]?[a-z]{{2}}(?=,?{_H}+{_WORD})"  # Dutch ("6519jl venlo", "3353 da ...")
    r"|(?:[a-z]{1,2}-)?(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{4,6})"
    rf"(?:[ \t]{_NOT_FUNCTION}[a-z]{{2}}{_END})?)"
)
# A Canadian postcode ("c8k 8t9"); a US, Australian or Canadian address ends in a state
# or province and its code ("port donnaborough, nsw, 2947", "lake evelyn, bc c8k8t9").
_CANADIAN = r"(?i:[a-z]\d[a-z][ \t]?\d[a-z]\d)"
_CODE_AND_TOWN = (
    rf",?{_H}+(?:{_POSTCODE},?{_H}+{_TOWN}|{_TOWN},?{_H}+{_POSTCODE}"
    rf"|{_TOWN},?{_H}+(?i:[a-z]{{2,3}}),?{_H}+(?:\d{{4,5}}|{_CANADIAN}))(?![\p{{L}}\d]|[\-/.]\d)"
)
_B = r"(?<![\p{L}\d\-/.,:])"
# A Czech, Slovak, Swedish or Greek postcode ("707 68"): with it, no comma is needed
# after a street with no street word ("onšovecká 3 707 68 cvikov").
_SPLIT_CODE = r"\d{3}[ \t]\d{2}"
# Street types that are words of their own ("am", "im", "van", "al", "pl") only count
# with their full stop ("ul.", "al."): without capitals nothing else marks them.
_TYPES = tuple(
    t[:-1] if t.endswith(r"\.?") else t
    for t in STREET_TYPES_BEFORE
    if t not in (r"am", r"im", r"van", r"an der", r"auf der", r"c/")
    and (len(t) >= 4 or t.endswith("."))
)
_TYPE_BEFORE = rf"(?i:{_alternation(_TYPES)}|r[uú]a|rue|r\.)"
_ENDINGS = tuple(ending.replace(".", r"\.") for ending in STREET_ENDINGS)
_ENDING = rf"(?i:{_alternation(_ENDINGS)})"

PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "street type, name, number, postcode and town",
        rf"(?<![\p{{L}}\d]){_TYPE_BEFORE}(?:{_H}+|(?<=\.)){_NAME},?{_H}+{_NUMBER}{_SECONDARY}"
        rf"{_CODE_AND_TOWN}",
        0.85,
    ),
    Pattern(
        "number, street type, name, postcode and town",
        rf"{_B}\d{{1,5}}[a-z]?,?{_H}+{_TYPE_BEFORE}{_H}+{_NAME}{_SECONDARY}{_CODE_AND_TOWN}",
        0.85,
    ),
    Pattern(
        "one-word street, number, postcode and town",
        rf"(?<![\p{{L}}\d])(?:{_WORD}{_H}+)?\p{{L}}[\p{{L}}\p{{M}}\-]*{_ENDING},?{_H}+{_NUMBER}"
        rf"{_SECONDARY}{_CODE_AND_TOWN}",
        0.85,
    ),
    Pattern(
        "number, one-word street, postcode and town",
        rf"{_B}\d{{1,5}}[a-z]?{_H}+\p{{L}}[\p{{L}}\p{{M}}\-]*{_ENDING}{_SECONDARY}"
        rf"{_CODE_AND_TOWN}",
        0.85,
    ),
    Pattern(
        "number, name, street suffix, postcode and town",
        rf"{_B}\d{{1,5}}[a-z]?{_H}+(?:{_WORD}{_H}+){{1,3}}"
        rf"(?i:{_alternation(STREET_SUFFIXES)}){_END}\.?{_SECONDARY}{_CODE_AND_TOWN}",
        0.85,
    ),
    Pattern(
        "name, street word, number, postcode and town",
        rf"(?<![\p{{L}}\d]){_NAME}{_H}+(?i:{_alternation(STREET_WORDS_AFTER)}){_END},?{_H}+"
        rf"{_NUMBER}{_SECONDARY}{_CODE_AND_TOWN}",
        0.85,
    ),
    # No street word at all ("hradecká 8, 473 75 šluknov", "zavojna 9c, 12953 požega"):
    # the comma after the number, and a street and town on no everyday word list
    # (``_rare_words_only``), make it an address.
    Pattern(
        "name, number, comma, postcode and town",
        rf"(?<![\p{{L}}\d]){_NAME}{_H}+{_NUMBER}{_SECONDARY}(?:,{_H}*{_POSTCODE}|{_H}+{_SPLIT_CODE})"
        rf"{_H}+{_TOWN}(?![\p{{L}}\d]|[\-/.]\d)",
        0.8,
    ),
)
_BARE = PATTERNS[-1]


_TYPE_WORD = regex.compile(_TYPE_BEFORE)
_HAS_POSTCODE = regex.compile(rf"\d{{4}}|\d{{2}}-\d{{3}}|\d{{3}}[ \t]\d{{2}}|{_CANADIAN}")
# What each pattern cannot match without, searched first: a street word or ending right
# before a number, a street type. Most windows have none, and the full patterns, which try
# every word as a street's start, are skipped there.
_BEFORE_NUMBER = r",?[ \t]+(?i:nr\.?|no\.?)?[ \t]*\d"
_GATES = (
    regex.compile(rf"(?<![\p{{L}}\d]){_TYPE_BEFORE}(?![\p{{L}}])"),
    regex.compile(rf"(?<![\p{{L}}\d]){_TYPE_BEFORE}(?![\p{{L}}])"),
    regex.compile(rf"{_ENDING}{_BEFORE_NUMBER}"),
    regex.compile(rf"\d[a-z]?{_H}+\p{{L}}[\p{{L}}\p{{M}}\-]*{_ENDING}(?![\p{{L}}])"),
    None,  # the number opens this one: cheap as it is
    regex.compile(rf"(?i:{_alternation(STREET_WORDS_AFTER)}){_END}{_BEFORE_NUMBER}"),
    regex.compile(rf"\p{{L}}{_H}+{_NUMBER}(?:,{_H}*{_POSTCODE}|{_H}+{_SPLIT_CODE}){_H}+\p{{L}}"),
)
_COMPILED = tuple(
    (pattern, regex.compile(pattern.regex), gate)
    for pattern, gate in zip(PATTERNS, _GATES, strict=True)
)
_TOKEN = regex.compile(r"[\p{L}\d][\p{L}\p{M}\d'’\-.]*")


class CaselessAddressRecognizer(PatternRecognizer):
    """STREET_ADDRESS: a street, its number, a postcode and a town, in any case."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=STREET_ADDRESS,
            patterns=list(PATTERNS),
            supported_language=supported_language,
            global_regex_flags=0,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if STREET_ADDRESS not in entities:
            return []
        # Every pattern holds a postcode, with the street before it and the town around
        # it: only the text near a postcode is searched, not the whole message.
        found: dict[tuple[int, int], RecognizerResult] = {}
        for start, end in _windows(text):
            for pattern, compiled, gate in _COMPILED:
                if gate is not None and gate.search(text, start, end) is None:
                    continue
                for match in compiled.finditer(text, start, end):
                    if match.end() <= match.start():
                        continue
                    begin = _without_leading_words(text, match.start(), match.end())
                    if pattern is _BARE and not _rare_words_only(text, begin, match.end()):
                        continue
                    key = (begin, match.end())
                    if key not in found:
                        found[key] = RecognizerResult(
                            STREET_ADDRESS, begin, match.end(), pattern.score
                        )
        return list(found.values())


_BEFORE_CODE = 160  # characters: a street, its number and a flat before the postcode
_AFTER_CODE = 80  # characters: the town (and a state) after it


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its postcodes, merged where they overlap, widened to
    the whitespace around them."""
    spans: list[tuple[int, int]] = []
    for code in _HAS_POSTCODE.finditer(text):
        start = max(0, code.start() - _BEFORE_CODE)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = min(len(text), code.end() + _AFTER_CODE)
        while end < len(text) and not text[end].isspace():
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _rare_words_only(text: str, start: int, end: int) -> bool:
    """Every word of ``text[start:end]`` is on no everyday list: a street and a town,
    not "order 5, 12345 points"."""
    lex = lexicon()
    return all(
        lex.kind(w.group()) not in EVERYDAY_KINDS
        for w in _TOKEN.finditer(text, start, end)
        if not w.group()[:1].isdigit() and w.group().casefold() not in _LINK_WORDS
    )


# The same words, and two more that the town pattern takes as words ("Šempeter pri
# Gorici", "na zahrádkách"), are not weighed by ``_rare_words_only``.
_LINK_WORDS = frozenset(_LINK_PARTS) | {"pri", "na"}


def _without_leading_words(text: str, start: int, end: int) -> int:
    """``start`` moved past everyday words that a street's name took in ("address
    industristigen 37 …", "outside salamapolku 24 …"); a street type stays."""
    lex = lexicon()
    words = list(_TOKEN.finditer(text, start, end))
    while (
        len(words) >= 3
        and lex.kind(words[0].group()) in EVERYDAY_KINDS
        and not _TYPE_WORD.fullmatch(words[0].group())
        and not words[0].group()[:1].isdigit()
    ):
        words.pop(0)
    return words[0].start() if words else start
