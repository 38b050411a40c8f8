"""Spoken forms rewritten as written ones, with a map back to the original characters.

Speech recognition writes what was said: "forty five elm street", "o sută douăzeci și
trei", "n l nine one a b n a ...", "office arond firma mea punct ro". Recognizers look
for written forms, so ``normalize`` rewrites a transcript into one ("45 elm street",
"123", "NL91ABNA...", "office@firmamea.ro") and keeps, for every character it writes,
the range of original characters it came from. A span found in the normalised text is
mapped back with ``Normalized.to_original`` and then covers every whole original word
the value was spoken with.

Rewrites, in English ("en") and Romanian ("ro", which also reads English number words):

* numbers: digit by digit ("unu doi trei" -> 123, "oh" as zero next to digits,
  "double five" -> 55), compounds ("forty five" -> 45, "nineteen eighty five" -> 1985,
  "one twenty" -> 120, "o mie nouă sute optzeci și cinci" -> 1985, "doisprezece" -> 12);
  adjacent numbers are written as one ("patruzeci șapte doi doi" -> 40722), numbers
  joined by "and"/"și" are not; "dot"/"punct"/"point" between numbers -> "."; "plus"
  before a number -> "+";
* spelled letters: two or more single letters in a row are joined ("r x" -> "RX",
  "p e t e r" -> "Peter"), and glued to the numbers around them when the run holds at
  least two letters ("b one two three a b c" -> "B123ABC"); an IBAN country code or a
  county name before such a code joins it ("ro patruzeci și nouă a a a a ..." ->
  "RO49AAAA...", "cluj doisprezece x y z" -> "CJ12XYZ");
* dates: an ordinal next to a month name ("the twelfth of march" -> "12th of march",
  "march third" -> "march 3rd"), and a two-digit year after a day and a month
  ("trei aprilie nouăzeci" -> "3 aprilie 1990");
* "numărul"/"number" before a number -> "nr", and "bloc", "scara", "etajul",
  "apartament" -> "bl", "sc", "et", "ap";
* e-mail: "at"/"arond"/"la" followed by a domain and a known top-level domain after
  "dot"/"punct" -> "@domain.tld", with a local part joined by "dot"/"underscore".

Ordinary text comes through unchanged apart from number words becoming digits ("two
kids" -> "2 kids"), which no recognizer takes for personal data by itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from redaction.recognizers.iban import IBAN_LENGTHS

__all__ = ["Normalized", "SpelledRun", "normalize"]

# --- vocabulary ------------------------------------------------------------------------

EN_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
EN_TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
EN_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
RO_UNITS: dict[str, int] = {
    "zero": 0, "unu": 1, "una": 1, "doi": 2, "două": 2, "doua": 2, "trei": 3, "patru": 4,
    "cinci": 5, "șase": 6, "şase": 6, "sase": 6, "șapte": 7, "şapte": 7, "sapte": 7,
    "opt": 8, "nouă": 9, "noua": 9,
}  # fmt: skip
RO_TEENS: dict[str, int] = {
    "zece": 10, "unsprezece": 11, "unșpe": 11, "unspe": 11, "doisprezece": 12,
    "douăsprezece": 12, "douasprezece": 12, "doișpe": 12, "doispe": 12,
    "treisprezece": 13, "treișpe": 13, "treispe": 13, "paisprezece": 14,
    "patrusprezece": 14, "paișpe": 14, "paispe": 14, "cincisprezece": 15, "cinșpe": 15,
    "cinspe": 15, "șaisprezece": 16, "şaisprezece": 16, "saisprezece": 16, "șaișpe": 16,
    "saispe": 16, "șaptesprezece": 17, "şaptesprezece": 17, "saptesprezece": 17,
    "șaptișpe": 17, "saptispe": 17, "optsprezece": 18, "optișpe": 18, "optispe": 18,
    "nouăsprezece": 19, "nouasprezece": 19, "nouășpe": 19, "nouaspe": 19,
}  # fmt: skip
RO_TENS: dict[str, int] = {
    "douăzeci": 20, "douazeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50,
    "șaizeci": 60, "şaizeci": 60, "saizeci": 60, "șaptezeci": 70, "şaptezeci": 70,
    "saptezeci": 70, "optzeci": 80, "nouăzeci": 90, "nouazeci": 90,
}  # fmt: skip
EN_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "întâi": 1, "intai": 1,
}  # fmt: skip
MONTH_NAMES: frozenset[str] = frozenset(
    """
    january february march april may june july august september october november december
    ianuarie februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie
    decembrie
    """.split()
)
REPEAT_WORDS: dict[str, int] = {"double": 2, "triple": 3, "dublu": 2, "triplu": 3}
DOT_WORDS: frozenset[str] = frozenset({"dot", "punct", "point"})
AT_WORDS: frozenset[str] = frozenset({"at", "arond", "@", "la"})
EMAIL_JOIN_WORDS: dict[str, str] = {
    "dot": ".", "punct": ".", "point": ".", "underscore": "_", "underline": "_",
    "dash": "-", "hyphen": "-", "minus": "-", "liniuță": "-", "liniuta": "-",
    "cratimă": "-", "cratima": "-",
}  # fmt: skip
# Generic domains and the country codes of Europe and of our callers' other countries;
# not those that are everyday English words ("in", "no", "is", "to", "by", "so"), where
# "look at this dot in the corner" would become an address.
TOP_LEVEL_DOMAINS: frozenset[str] = frozenset(
    """
    com ro net org eu de nl uk io info biz fr it es at be ch md hu pl us edu gov me
    pt gr se dk fi cz sk ie bg hr si lt lv ee lu li mt cy rs ba mk al ua ru tr ca au nz
    co jp cn br mx ar cl za tv cc xyz
    """.split()
)
# Spoken words before a number and the abbreviation written for them.
ABBREVIATIONS: dict[str, str] = {
    "numărul": "nr", "numarul": "nr", "număr": "nr", "numar": "nr", "number": "nr",
    "blocul": "bl", "bloc": "bl", "scara": "sc", "etajul": "et", "etaj": "et",
    "apartamentul": "ap", "apartament": "ap",
}  # fmt: skip
# Words after which one letter and a number are a block or flat ("bloc a doi" -> "A2").
DETAIL_WORDS: frozenset[str] = frozenset(
    "bl bloc blocul sc scara ap apt apartament apartamentul apartment flat unit".split()
)
COUNTY_CODES: dict[str, str] = {
    "alba": "AB", "arad": "AR", "argeș": "AG", "arges": "AG", "bacău": "BC", "bacau": "BC",
    "bihor": "BH", "bistrița": "BN", "bistrita": "BN", "botoșani": "BT", "botosani": "BT",
    "brașov": "BV", "brasov": "BV", "brăila": "BR", "braila": "BR", "buzău": "BZ",
    "buzau": "BZ", "caraș": "CS", "caras": "CS", "călărași": "CL", "calarasi": "CL",
    "cluj": "CJ", "constanța": "CT", "constanta": "CT", "covasna": "CV",
    "dâmbovița": "DB", "dambovita": "DB", "dolj": "DJ", "galați": "GL", "galati": "GL",
    "giurgiu": "GR", "gorj": "GJ", "harghita": "HR", "hunedoara": "HD", "ialomița": "IL",
    "ialomita": "IL", "iași": "IS", "iasi": "IS", "ilfov": "IF", "maramureș": "MM",
    "maramures": "MM", "mehedinți": "MH", "mehedinti": "MH", "mureș": "MS", "mures": "MS",
    "neamț": "NT", "neamt": "NT", "olt": "OT", "prahova": "PH", "satu": "SM", "sălaj": "SJ",
    "salaj": "SJ", "sibiu": "SB", "suceava": "SV", "teleorman": "TR", "timiș": "TM",
    "timis": "TM", "tulcea": "TL", "vaslui": "VS", "vâlcea": "VL", "valcea": "VL",
    "vrancea": "VN", "bucurești": "B", "bucuresti": "B",
}  # fmt: skip
_PLATE_TAIL = re.compile(r"\d{2,3}[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class _Vocab:
    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    one: frozenset[str]  # "a" hundred, "o" sută
    hundred: frozenset[str]
    thousand: frozenset[str]
    tens_and: frozenset[str]  # between tens and units: "douăzeci și trei"
    scale_and: frozenset[str]  # after hundred/thousand: "a hundred and five"
    zero_letters: frozenset[str]  # "oh" read as zero next to digits

    def starts_number(self, word: str) -> bool:
        return word in self.units or word in self.teens or word in self.tens


_EN = _Vocab(
    units=EN_UNITS,
    teens=EN_TEENS,
    tens=EN_TENS,
    one=frozenset({"a", "one"}),
    hundred=frozenset({"hundred"}),
    thousand=frozenset({"thousand"}),
    tens_and=frozenset(),
    scale_and=frozenset({"and"}),
    zero_letters=frozenset({"oh", "o"}),
)
_RO = _Vocab(
    units=EN_UNITS | RO_UNITS,
    teens=EN_TEENS | RO_TEENS,
    tens=EN_TENS | RO_TENS,
    one=frozenset({"a", "one", "o", "un", "una"}),
    hundred=frozenset({"hundred", "sută", "suta", "sute"}),
    thousand=frozenset({"thousand", "mie", "mii"}),
    tens_and=frozenset({"și", "si", "şi"}),
    scale_and=frozenset({"and"}),
    zero_letters=frozenset({"oh"}),
)
VOCABULARIES: dict[str, _Vocab] = {"en": _EN, "ro": _RO}

# --- tokens and units ------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s\-]|_")
_SPACE = re.compile(r"[ \t]+")
_NUMBER_GAP = re.compile(r"[ \t]+|[ \t]*-[ \t]*")

SAME, NUMBER, CODE, LETTERS, WORD = "same", "number", "code", "letters", "word"
NUMBERS = (NUMBER, CODE)


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    word: str  # lower case


@dataclass(frozen=True, slots=True)
class _Unit:
    """Original characters ``start:end`` written as ``text``; ``kind`` SAME is unchanged."""

    start: int
    end: int
    text: str
    kind: str
    word: str = ""  # lower-case original, for SAME units


@dataclass(frozen=True, slots=True)
class SpelledRun:
    """Letters spelt one by one: original ``start:end`` spells ``word`` (lower case)."""

    start: int
    end: int
    word: str


@dataclass(frozen=True, slots=True)
class Normalized:
    """``text`` rewritten from ``original``; maps each character back to its source."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    changed: tuple[tuple[int, int], ...]  # rewritten ranges, in ``text`` coordinates
    spelled: tuple[SpelledRun, ...]

    @property
    def is_changed(self) -> bool:
        return bool(self.changed)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range that ``text[start:end]`` was written from (whole words)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"not a range of the normalised text: {start}:{end}")
        return self.starts[start], self.ends[end - 1]

    def touches_change(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` overlaps a rewritten range."""
        return any(start < c_end and c_start < end for c_start, c_end in self.changed)


# --- numbers ---------------------------------------------------------------------------


class _Reader:
    """Number, letter and code runs over the tokens of one text."""

    def __init__(self, text: str, tokens: Sequence[_Token], vocab: _Vocab) -> None:
        self.text = text
        self.tokens = tokens
        self.vocab = vocab

    def word(self, i: int) -> str:
        return self.tokens[i].word if 0 <= i < len(self.tokens) else ""

    def gap_ok(self, i: int, *, numbers: bool = False) -> bool:
        """True when token ``i`` directly follows token ``i - 1`` (only blanks between)."""
        if not 0 < i < len(self.tokens):
            return False
        gap = self.text[self.tokens[i - 1].end : self.tokens[i].start]
        pattern = _NUMBER_GAP if numbers else _SPACE
        return pattern.fullmatch(gap) is not None

    def _next(self, i: int, words: frozenset[str] | dict[str, int]) -> bool:
        return self.gap_ok(i, numbers=True) and self.word(i) in words

    def below_thousand(self, i: int) -> tuple[int, int] | None:
        """The value of a cardinal below 1000 starting at token ``i``, and the next token."""
        v = self.vocab
        w = self.word(i)
        value: int | None = None
        j = i
        if w in v.one and self._next(i + 1, v.hundred):
            value, j = 100, i + 2
        elif (w in v.units or w in v.teens) and self._next(i + 1, v.hundred):
            value, j = v.units.get(w, v.teens.get(w, 0)) * 100, i + 2
        if value is not None:
            k = j + 1 if self._next(j, v.scale_and) else j
            rest = self.tens_part(k) if self.gap_ok(k, numbers=True) else None
            if rest is not None:
                return value + rest[0], rest[1]
            return value, j
        return self.tens_part(i)

    def tens_part(self, i: int) -> tuple[int, int] | None:
        v = self.vocab
        w = self.word(i)
        if w in v.tens:
            nxt = self.word(i + 1)
            if self._next(i + 1, v.units) and v.units[nxt] > 0 and nxt in EN_UNITS:
                return v.tens[w] + v.units[nxt], i + 2
            if (
                self._next(i + 1, v.tens_and)
                and self._next(i + 2, v.units)
                and v.units[self.word(i + 2)] > 0
            ):
                return v.tens[w] + v.units[self.word(i + 2)], i + 3
            return v.tens[w], i + 1
        if w in v.teens:
            return v.teens[w], i + 1
        if w in v.units:
            return v.units[w], i + 1
        return None

    def chunk(self, i: int) -> tuple[str, int] | None:
        """One spoken number starting at token ``i``: its digits and the next token."""
        v = self.vocab
        w = self.word(i)
        if w in REPEAT_WORDS and self._next(i + 1, v.units):
            return str(v.units[self.word(i + 1)]) * REPEAT_WORDS[w], i + 2
        if w in REPEAT_WORDS and self._next(i + 1, v.zero_letters):
            return "0" * REPEAT_WORDS[w], i + 2
        if w in v.one and self._next(i + 1, v.thousand):
            value, j = 1, i + 1
        else:
            first = self.below_thousand(i)
            if first is None:
                return None
            value, j = first
        if self._next(j, v.thousand):
            value, j = value * 1000, j + 1
            k = j + 1 if self._next(j, v.scale_and) else j
            rest = self.below_thousand(k) if self.gap_ok(k, numbers=True) else None
            if rest is not None:
                value, j = value + rest[0], rest[1]
        return str(value), j

    def run(self, i: int, after: str) -> tuple[_Unit, int] | None:
        """A run of numbers and single letters starting at token ``i``, as one unit."""
        v = self.vocab
        parts: list[tuple[str, str]] = []  # (kind, text): "n" number, "l" letter, "." dot
        j = i
        plus = False
        if self.word(i) == "plus" and self.gap_ok(i + 1, numbers=True):
            if self.chunk(i + 1) is None:
                return None
            plus, j = True, i + 1
        while j < len(self.tokens):
            if parts and not self.gap_ok(j, numbers=parts[-1][0] != "l"):
                break
            w = self.word(j)
            found = self.chunk(j)
            if found is not None:
                parts.append(("n", found[0]))
                j = found[1]
                continue
            if w in v.zero_letters and (
                (parts and parts[-1][0] == "n") or self._next(j + 1, v.units)
            ):
                parts.append(("n", "0"))
                j += 1
                continue
            if (
                w in DOT_WORDS
                and parts
                and parts[-1][0] == "n"
                and self.gap_ok(j + 1, numbers=True)
                and self.chunk(j + 1) is not None
            ):
                parts.append((".", "."))
                j += 1
                continue
            if len(w) == 1 and w.isalpha() and not plus:
                parts.append(("l", w))
                j += 1
                continue
            break
        letters = sum(1 for kind, _ in parts if kind == "l")
        numbers = len(parts) - letters
        if letters == 1 and numbers and not (parts[0][0] == "l" and after in DETAIL_WORDS):
            # One letter among numbers is a word ("a", "e", "o"), not part of a code.
            cut = next(k for k, (kind, _) in enumerate(parts) if kind == "l")
            if cut == 0:
                return None
            parts = parts[:cut]
            j = self._end_of(i, parts, plus)
            letters = 0
        while parts and parts[-1][0] == ".":
            parts.pop()
        if not parts or (letters == len(parts) and letters < 2):
            return None
        start, end = self.tokens[i].start, self.tokens[j - 1].end
        if letters == 0:
            text = ("+" if plus else "") + "".join(t for _, t in parts)
            return _Unit(start, end, text, NUMBER), j
        joined = "".join(t for _, t in parts)
        if letters == len(parts):
            text = joined.upper() if letters <= 3 else joined.capitalize()
            return _Unit(start, end, text, LETTERS, joined), j
        return _Unit(start, end, joined.upper(), CODE), j

    def _end_of(self, i: int, parts: Sequence[tuple[str, str]], plus: bool) -> int:
        """The token after the first ``parts`` of a run starting at token ``i``."""
        j = i + 1 if plus else i
        for kind, _ in parts:
            found = self.chunk(j) if kind == "n" else None
            j = found[1] if found is not None else j + 1
        return j


# --- passes ----------------------------------------------------------------------------


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(text)]


def _read_units(text: str, tokens: Sequence[_Token], vocab: _Vocab) -> list[_Unit]:
    reader = _Reader(text, tokens, vocab)
    units: list[_Unit] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        after = units[-1].word if units else ""
        prefixed = _prefixed_code(reader, i)
        if prefixed is not None:
            units.append(prefixed[0])
            i = prefixed[1]
            continue
        found = reader.run(i, after)
        if found is not None:
            units.append(found[0])
            i = found[1]
            continue
        units.append(_Unit(token.start, token.end, text[token.start : token.end], SAME, token.word))
        i += 1
    return units


def _prefixed_code(reader: _Reader, i: int) -> tuple[_Unit, int] | None:
    """An IBAN country code or a county name followed by a spoken code, as one unit."""
    word = reader.word(i)
    if not (word.upper() in IBAN_LENGTHS or word in COUNTY_CODES) or not reader.gap_ok(i + 1):
        return None
    found = reader.run(i + 1, word)
    if found is None or found[0].kind not in (NUMBER, CODE):
        return None
    unit, j = found
    start = reader.tokens[i].start
    if word.upper() in IBAN_LENGTHS:
        text = word.upper() + unit.text
        if unit.text[:2].isdigit() and len(text) == IBAN_LENGTHS[word.upper()]:
            return _Unit(start, unit.end, text, CODE), j
    if word in COUNTY_CODES and _PLATE_TAIL.fullmatch(unit.text):
        return _Unit(start, unit.end, COUNTY_CODES[word] + unit.text, CODE), j
    return None


def _ordinal_suffix(day: int) -> str:
    if day % 10 == 1 and day != 11:
        return "st"
    if day % 10 == 2 and day != 12:
        return "nd"
    if day % 10 == 3 and day != 13:
        return "rd"
    return "th"


def _is_month(unit: _Unit | None) -> bool:
    return unit is not None and unit.kind == SAME and unit.word in MONTH_NAMES


def _ordinal(units: Sequence[_Unit], i: int) -> tuple[int, int] | None:
    """The day an ordinal starting at unit ``i`` names ("twelfth", "twenty first"), and
    the unit after it."""
    unit = units[i]
    nxt = units[i + 1] if i + 1 < len(units) else None
    if (
        unit.kind == NUMBER
        and unit.text in ("20", "30")
        and nxt is not None
        and nxt.kind == SAME
        and EN_ORDINALS.get(nxt.word, 10) < 10
    ):
        return int(unit.text) + EN_ORDINALS[nxt.word], i + 2
    if unit.kind == SAME and unit.word in EN_ORDINALS:
        return EN_ORDINALS[unit.word], i + 1
    return None


def _dates(units: list[_Unit]) -> list[_Unit]:
    """Ordinals next to a month name become "12th"; a two-digit year after a day and a
    month becomes four digits."""
    out: list[_Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        ordinal = _ordinal(units, i)
        if ordinal is not None:
            day, j = ordinal
            after = units[j] if j < len(units) else None
            if after is not None and after.word == "of" and j + 1 < len(units):
                after = units[j + 1]
            before = out[-1] if out else None
            if 1 <= day <= 31 and (_is_month(after) or _is_month(before)):
                start = unit.start
                if before is not None and before.kind == SAME and before.word == "the":
                    out.pop()
                    start = before.start
                out.append(_Unit(start, units[j - 1].end, f"{day}{_ordinal_suffix(day)}", NUMBER))
                i = j
                continue
        if unit.kind == NUMBER and len(unit.text) == 2 and _after_day_and_month(out):
            year = int(unit.text)
            century = 2000 if year <= dt.date.today().year % 100 else 1900
            out.append(_Unit(unit.start, unit.end, str(century + year), NUMBER))
        else:
            out.append(unit)
        i += 1
    return out


def _after_day_and_month(units: Sequence[_Unit]) -> bool:
    """True after "3 aprilie" or "march 3rd" (a number and a month, either order)."""
    if len(units) < 2:
        return False
    a, b = units[-2], units[-1]
    return (a.kind == NUMBER and _is_month(b)) or (_is_month(a) and b.kind == NUMBER)


def _number_words(units: list[_Unit]) -> list[_Unit]:
    """Before a number, "numărul" / "number" becomes "nr", "bloc" "bl", and so on."""
    out = list(units)
    for i, unit in enumerate(units[:-1]):
        if unit.kind == SAME and unit.word in ABBREVIATIONS and units[i + 1].kind in NUMBERS:
            out[i] = _Unit(unit.start, unit.end, ABBREVIATIONS[unit.word], WORD, unit.word)
    return out


def _is_name_part(unit: _Unit) -> bool:
    if unit.kind in (NUMBER, LETTERS):
        return unit.text.isalnum()
    return unit.kind == SAME and unit.word.isascii() and unit.word.isalnum()


def _emails(units: list[_Unit]) -> list[_Unit]:
    """ "local at domain dot tld" becomes one unit "local@domain.tld"."""
    i = 0
    while i < len(units):
        unit = units[i]
        if unit.kind != SAME or unit.word not in AT_WORDS or i == 0:
            i += 1
            continue
        domain = _domain(units, i + 1)
        local = _local_part(units, i - 1)
        if domain is None or local is None:
            i += 1
            continue
        (domain_text, domain_end), (local_text, local_start) = domain, local
        merged = _Unit(
            units[local_start].start,
            units[domain_end - 1].end,
            f"{local_text}@{domain_text}",
            WORD,
        )
        units = [*units[:local_start], merged, *units[domain_end:]]
        i = local_start + 1
    return units


def _domain(units: Sequence[_Unit], i: int) -> tuple[str, int] | None:
    """The domain spoken from unit ``i`` ("firma mea punct ro"), and the unit after it:
    up to three words glued before the first dot, one word per label after it."""
    labels: list[str] = []
    current = ""
    words = 0
    j = i
    while j < len(units):
        unit = units[j]
        join = EMAIL_JOIN_WORDS.get(unit.word) if unit.kind == SAME else None
        followed = j + 1 < len(units) and _is_name_part(units[j + 1])
        if join == "." and current and followed:
            labels.append(current)
            current = ""
        elif join == "-" and current and followed:
            current += "-"
        elif (
            _is_name_part(unit)
            and unit.word not in AT_WORDS  # "me at ana at x dot com": "ana" is the local part
            and (current == "" or current.endswith("-") or (not labels and words < 3))
        ):
            current += unit.text.lower()
            words += 1
        else:
            break
        j += 1
    if current:
        labels.append(current)
    if len(labels) < 2 or labels[-1] not in TOP_LEVEL_DOMAINS:
        return None
    return ".".join(labels), j


def _local_part(units: Sequence[_Unit], i: int) -> tuple[str, int] | None:
    """The local part ending at unit ``i`` ("ion punct popescu"), and its first unit."""
    if i < 0 or not _is_name_part(units[i]):
        return None
    text = units[i].text.lower()
    start = i
    while start >= 2:
        join_unit = units[start - 1]
        join = EMAIL_JOIN_WORDS.get(join_unit.word) if join_unit.kind == SAME else None
        if join is None or not _is_name_part(units[start - 2]):
            break
        text = units[start - 2].text.lower() + join + text
        start -= 2
    return text, start


PASSES: tuple[Callable[[list[_Unit]], list[_Unit]], ...] = (_dates, _number_words, _emails)


def normalize(text: str, lang: str) -> Normalized:
    """``text`` with spoken numbers, letters, dates and e-mails written out (see module
    docstring); languages without a vocabulary come back unchanged."""
    vocab = VOCABULARIES.get(lang)
    units = _read_units(text, _tokens(text), vocab) if vocab is not None else []
    for apply in PASSES:
        units = apply(units)
    return _render(text, units)


def _render(original: str, units: Sequence[_Unit]) -> Normalized:
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    changed: list[tuple[int, int]] = []
    spelled: list[SpelledRun] = []
    position = 0
    length = 0

    def copy(upto: int) -> None:
        nonlocal position, length
        if upto > position:
            pieces.append(original[position:upto])
            starts.extend(range(position, upto))
            ends.extend(range(position + 1, upto + 1))
            length += upto - position
            position = upto

    for unit in units:
        if unit.kind == SAME or unit.text == original[unit.start : unit.end]:
            continue
        copy(unit.start)
        pieces.append(unit.text)
        starts.extend([unit.start] * len(unit.text))
        ends.extend([unit.end] * len(unit.text))
        changed.append((length, length + len(unit.text)))
        length += len(unit.text)
        position = unit.end
        if unit.kind == LETTERS and len(unit.word) >= 3:
            spelled.append(SpelledRun(unit.start, unit.end, unit.word))
    copy(len(original))
    return Normalized(
        original=original,
        text="".join(pieces),
        starts=tuple(starts),
        ends=tuple(ends),
        changed=tuple(changed),
        spelled=tuple(spelled),
    )
