"""Addresses after words that announce one, in any case and any country's format.

The shape rules of ``address_intl.py`` need capitals ("Calle de Camilo Burgos 19"). Typed
in lower case or by a speech recogniser ("my address is svojsíkova 93 427 50 mikulov",
"new address 3 boulevard moreau 92677 verdierbourg and my phone ...") the shape is gone,
but the cue remains. After a cue ("my address is", "new address", "ship it to", "i live
at", "adresa mea este", "livrați la", ...) the text up to the end of the address is one
address when it holds a number and at least three words. The address ends at:

* a sentence end (``. `` before a capital, ``;``, ``!``, ``?``), a blank line, the end;
* a word that starts the next clause ("and", "și", "but", "please", "thanks", "my",
  "call", "ask", "so", "can", "for", "before", ...) or a contraction ("i'm", "we'll"),
  also inside an opening bracket ("... NW1 6XE (since March)");
* " in " followed by a town ("i live at ... in golden valley"): the town is reported as a
  LOCATION of its own;
* talk after a comma or a number: a lower-case function word and an everyday word or a
  number ("..., Cluj-Napoca, de doi ani", "... nr. 5 de doi ani");
* talk after the postcode: a function word and an everyday word after the last
  postcode ("... savona 039757 încă aștept banii înapoi"), or in a cased address any
  lower-case everyday word after it and the town ("..., L38 0FR mâine dimineață");
* a line break, unless the next line is short and looks like more address (a postcode,
  capitalised words).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import LOCATION, STREET_ADDRESS
from redaction.recognizers.name_gazetteer import lexicon
from redaction.recognizers.vocabulary import CONTRACTION_PATTERN

ADDRESS_CUES: tuple[str, ...] = (
    # first, so that it wins over the shorter cues it begins with ("home address for the
    # letter: ...")
    r"(?:[\w'’]+\s+)?address(?:\s+[\w'’]+){1,4}\s*:", r"adresa(?:\s+[\w'’]+){1,4}\s*:",
    r"my\s+(?:new\s+)?address\s+is", r"address\s+is", r"(?:new|home|shipping|billing|delivery"
    r"|postal|mailing|street|correspondence)\s+address(?:\s+is)?", r"address\s*:",
    r"i\s+live\s+at", r"we\s+live\s+at", r"i\s*(?:am|['’]?m)\s+at", r"im\s+at",
    r"it['’]?s\s+at", r"(?:ship|deliver|send|post|mail|forward)\s+(?:[\w'’\-]+\s+){0,4}to",
    r"adresa\s+mea\s+(?:este|e)",
    r"adresa\s+(?:nouă|noua|de\s+livrare|de\s+facturare)(?:\s+este|\s+e)?",
    r"adres[aă]\s*:", r"noua\s+adres[aă]", r"locuiesc\s+(?:pe|la)", r"stau\s+(?:pe|la)",
    r"livra[țt]i\s+la", r"trimite[țt]i\s+la", r"domiciliul\s+(?:[iî]n|la)",
    r"domiciliat[ăa]?\s+(?:[iî]n|la)",
)  # fmt: skip
_CUE = re.compile(rf"(?<!\w)(?:{'|'.join(ADDRESS_CUES)})(?!\w)[ \t]*:?[ \t]*(?:\n[ \t]*)?", re.I)

# Words that begin the next clause: the address ended before them.
CLAUSE_WORDS: tuple[str, ...] = (
    "and", "și", "şi", "si", "but", "dar", "please", "pls", "thanks", "thank", "mulțumesc",
    "multumesc", "mersi", "my", "call", "ask", "so", "can", "could", "for", "before",
    "until", "by", "asap", "because", "if", "when", "or", "sau", "not", "from", "since",
    "va", "vă", "rog", "numărul", "numarul", "telefonul", "telefon", "email", "iban",
    "which", "where", "that", "then", "also", "cheers", "regards", "best", "ring", "text",
    "phone", "tel", "mobile", "contact", "tell", "sună", "suna", "sunați", "sunati",
    "pentru", "privind", "regarding", "about",
)  # fmt: skip
# ... or a contraction, which starts a clause ("... bradley stoke i'm still waiting").
_CLAUSE = re.compile(rf"[ \t,]+\(?(?:{'|'.join(CLAUSE_WORDS)}|{CONTRACTION_PATTERN})(?![\w])", re.I)
_SENTENCE_END = re.compile(r"[;!?]|\.(?=\s+[A-ZĂÂÎȘȚ]|\s*$)|\n[ \t]*\n")
_IN_TOWN = re.compile(
    r"[ \t,]+(?:in|în)[ \t]+((?:[^\W\d_][\w'’\-]*)(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})", re.I
)
_WORD = re.compile(r"[\w'’\-./]+")
_POSTCODE = re.compile(
    r"(?<![\w\-])(?:\d{4,6}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"  # UK: "L38 0FR", "SW1A 1AA"
    r"|\d{4}[ \t]?[A-Z]{2}"  # Dutch: "6324 NY"
    r"|\d{2}-\d{3}"  # Polish: "00-950"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canadian: "K1A 0B1"
    r")(?![\w\-])"
)
_TOWN_LINKS = frozenset({"in", "în", "din", "de", "la", "am", "an", "upon", "on"})
_TALK_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Street types, which are everyday words but part of an address ("1234 oak street").
STREET_TYPE_WORDS = frozenset(
    "street road avenue lane drive way court place square close crescent terrace gardens "
    "row mews strada str aleea calea bulevardul intrarea soseaua splaiul".split()
)
# A form's next field: "Order: 123", "ACCOUNT GR49...", "LAST IP 1.2.3.4".
_FIELD_LINE = re.compile(r"[ \t]*(?:[^\W\d][\w .'’\-]{0,24}:(?:\s|$)|[A-Z]{3,}(?:[ \t]|$))")
MAX_CHARS = 140
MAX_EXTRA_LINES = 3
MAX_LINE_WORDS = 6
MIN_WORDS = 3
SCORE = 0.7


def _continues(line: str) -> bool:
    """A short next line that looks like more address: a postcode or capitalised words."""
    words = line.split()
    if not words or len(words) > MAX_LINE_WORDS or _FIELD_LINE.match(line):
        return False
    first = words[0].strip(",.").casefold()
    if first.isalpha() and lexicon().kind(first) in ("word", "stop"):
        return False  # "Weight 538 ml", "Paid by card": the next field, not the town
    return any(ch.isdigit() for ch in line) or all(w[:1].isupper() for w in words)


def _everyday(word: str) -> bool:
    """A lower-case word of everyday English or Romanian talk, not a street's type."""
    lex = lexicon("ro")
    return (
        word.islower()
        and word.casefold() not in STREET_TYPE_WORDS
        and (lex.kind(word) in ("word", "stop") or word in lex.romanian)
    )


def _talk_after_postcode(text: str, pos: int, end: int) -> int | None:
    """Where talk resumes after the postcode that closes an address: in a cased address,
    the first lower-case everyday word after the postcode and the town; in any case, a
    function word and an everyday word, in lower case, after the last postcode ("... savona 039757
    încă aștept banii înapoi", "... 80155 rho still waiting"), the town's words in
    between kept. Town names are dictionary words too ("brescia"), so the talk must
    open with a function word other than "in", which says where the town lies."""
    codes = list(_POSTCODE.finditer(text, pos, end))
    if not codes or not _WORD.search(text, pos, codes[-1].start()):
        return None  # no postcode, or a house number opening the address
    words = list(_TALK_WORD.finditer(text, codes[-1].end(), end))
    lex = lexicon("ro")
    if any(w[:1].isupper() for w in _TALK_WORD.findall(text, pos, codes[-1].start())):
        # a cased address: the first lower-case everyday word after its postcode and
        # town is talk ("..., L38 0FR mâine dimineață", "12345 Berlin tomorrow")
        for word in words:
            found = word.group()
            if found[:1].isupper() or found.casefold() in _TOWN_LINKS:
                continue
            if _everyday(found):
                return word.start() - 1 if text[word.start() - 1].isspace() else word.start()
            break
    for first, second in zip(words, words[1:], strict=False):
        opener = first.group()
        if opener.casefold() in _TOWN_LINKS or lex.kind(opener) != "stop":
            continue  # "... 28962 brescia in bergamo": a town, then where it lies
        if opener.islower() and _everyday(second.group()):
            return first.start() - 1 if text[first.start() - 1].isspace() else first.start()
    return None


_COMMA_THEN_WORDS = re.compile(r"(?:,|(?<=\d))[ \t]+([^\W\d_]+)[ \t]+(\d+(?![\w])|[^\W\d_]+)")


def _talk_after_comma(text: str, pos: int, end: int) -> int | None:
    """Where talk resumes after a comma or a number: a lower-case function word and an
    everyday word or a number ("..., Cluj-Napoca, de doi ani", read "de 2 ani"; "... nr. 5
    de doi ani"; "..., in the morning"), not a town or a street."""
    lex = lexicon("ro")
    for match in _COMMA_THEN_WORDS.finditer(text, pos, end):
        first, second = match.group(1), match.group(2)
        opens_talk = first.islower() and lex.kind(first) == "stop"
        if opens_talk and (second.isdigit() or _everyday(second)):
            return match.start()
    return None


def address_end(text: str, start: int) -> int:
    """Where the address that begins at ``start`` ends (module docstring)."""
    limit = min(len(text), start + MAX_CHARS)
    end = limit
    pos = start
    lines = 0
    while pos < limit:
        newline = text.find("\n", pos, limit)
        line_end = limit if newline == -1 else newline
        stop = _SENTENCE_END.search(text, pos, line_end)
        clause = _CLAUSE.search(text, pos + 1, line_end)
        town = _IN_TOWN.search(text, pos + 1, line_end)
        talks = (_talk_after_postcode(text, pos, line_end), _talk_after_comma(text, pos, line_end))
        cuts = [m.start() for m in (stop, clause, town) if m is not None]
        cuts += [talk for talk in talks if talk is not None]
        if cuts:
            return min(cuts)
        end = line_end
        if newline == -1 or lines >= MAX_EXTRA_LINES:
            break
        next_end = text.find("\n", newline + 1)
        next_line = text[newline + 1 : len(text) if next_end == -1 else next_end]
        if not _continues(next_line):
            break
        lines += 1
        pos = newline + 1
    return end


class CuedAddressRecognizer(EntityRecognizer):
    """STREET_ADDRESS after an address cue, and the town after "in" behind it."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[STREET_ADDRESS, LOCATION],
            supported_language=supported_language,
            name="CuedAddressRecognizer",
        )

    def load(self) -> None:
        """Nothing to load: the cues are compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if STREET_ADDRESS not in entities or not any(ch.isdigit() for ch in text):
            return []
        found: list[RecognizerResult] = []
        for cue in _CUE.finditer(text):
            start = cue.end()
            line_end = text.find("\n", start)
            if line_end != -1 and text[start:line_end].rstrip().endswith(":"):
                start = line_end + 1  # "... pentru contractul F-7124874:\nAleea Pop Nr. 121"
            elif _CLAUSE.match(" " + text[start : start + 12]):
                continue  # "delivery address for invoice ...": no address follows
            end = address_end(text, start)
            value = text[start:end].rstrip(" \t,.:\n")
            words = _WORD.findall(value)
            if len(words) < MIN_WORDS or not any(ch.isdigit() for ch in value):
                continue
            stop = start + len(value)
            found.append(RecognizerResult(STREET_ADDRESS, start, stop, SCORE))
            town = _IN_TOWN.match(text, stop)
            if town is not None and LOCATION in entities:
                clause = _CLAUSE.search(text, town.start(1), town.end(1))
                town_end = town.end(1) if clause is None else clause.start()
                if town_end > town.start(1):
                    found.append(RecognizerResult(LOCATION, town.start(1), town_end, SCORE))
        return found
