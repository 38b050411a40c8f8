"""Values under a field's label: ``key: value`` lines, JSON keys and table columns.

Pasted forms, admin panels, API payloads, CSV exports and boarding passes put a label far
from its value, or above it: ``tax_id: 645103/9023``, ``"serie_ci": "MS nr. 375424"``,
``DOC: E34034007``, a CSV whose header says ``date_of_birth;passport`` or a table whose
``licence`` column holds ``ZF528379``. The cue recognizers look for a cue word just before
a value; here the label decides what its value is, wherever it sits:

- a label is read the way people write one: ``tax_id``, ``Tax ID``, ``tax-id`` and
  ``"taxId"`` are the same label;
- a ``label: value`` (or ``label = value``) opens a line or follows ``{``, ``,``, ``|``,
  ``;`` or a wide gap ("FLIGHT: FR1317  GATE: B32  DOC: E34034007"); a quoted value ends
  at its quote, any other at the line's end, a ``|``, a ``;`` or a wide gap;
- a table is a header line and the lines under it cut by the same separator (``|``,
  ``;``, a tab or ``,``) into as many cells: each cell is read under its column's label.

A value is reported only when it has the shape its label asks for: an identity number has
at least four digits, a date of birth a year or a day-month-year, a phone number seven
digits, a name one to four capitalised words (or "Surname/Given", "Surname, Given"), an
address a number and a word, a town one to four words (``city``, ``localitate``), a CNP
thirteen digits. "on file", "—" or "n/a" under a ``licence`` column stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import (
    DATE_OF_BIRTH,
    DRIVER_LICENSE,
    LOCATION,
    NATIONAL_ID,
    PASSPORT,
    PERSON,
    PHONE_NUMBER,
    RO_CNP,
    RO_ID_CARD,
    STREET_ADDRESS,
)
from redaction.recognizers.birth_date import BIRTH_CUES
from redaction.recognizers.brands import NOT_PERSON_WORDS
from redaction.recognizers.identity import DRIVER_LICENSE_CUES, NATIONAL_ID_CUES, PASSPORT_CUES
from redaction.recognizers.name_gazetteer import LISTED, NAME_LIKE, lexicon
from redaction.recognizers.ro_id_card import ID_SERIES
from redaction.recognizers.vocabulary import NOT_PERSON_NAME

__all__ = ["FIELD_SCORE", "FieldValueRecognizer", "label_type"]

FIELD_SCORE = 0.6
MAX_LABEL = 40
MAX_VALUE = 80

# Labels of a document whose number may be a passport or an identity card.
_DOCUMENT = (
    r"doc", r"document", r"travel doc(?:ument)?", r"id document", r"identity document",
    r"act de identitate", r"document de identitate", r"carte de identitate",
    r"buletin", r"ci", r"serie ci", r"seria ci", r"serie si numar ci", r"serie și număr ci",
)  # fmt: skip
_EXTRA_NATIONAL_ID = (
    r"insurance (?:no|nr|number)", r"health insurance (?:no|nr|number)", r"tax id",
    r"id no", r"id number", r"personal no", r"national no",
    r"social security", r"personal code",
)  # fmt: skip
_NAME_LABELS = (
    r"name", r"full name", r"fullname", r"legal name", r"surname", r"last name", r"first name",
    r"other names", r"other names in full", r"first names", r"forenames",
    r"given name", r"family name", r"passenger", r"passenger name", r"guest", r"guest name",
    r"patient", r"driver", r"holder", r"card holder", r"cardholder", r"account holder",
    r"titular", r"titularul", r"nume", r"prenume", r"nume si prenume", r"nume și prenume",
    r"numele", r"client", r"customer", r"customer name", r"client name", r"contact",
    r"contact name", r"contact person", r"persoana de contact", r"employee", r"tenant",
    r"renter", r"payee", r"payer", r"beneficiary", r"recipient", r"addressee", r"consignee",
    r"destinatar", r"pasager", r"chiriaș", r"chirias", r"angajat", r"next of kin",
    r"emergency contact", r"requester", r"applicant", r"owner", r"proprietar",
    r"member", r"membru", r"member name", r"organiser", r"organizer", r"organizator",
    r"participant", r"reporter", r"author", r"autor", r"student", r"elev", r"candidate",
    r"candidat", r"witness", r"martor", r"buyer", r"seller", r"cumpărător", r"cumparator",
    r"vânzător", r"vanzator", r"sender", r"expeditor", r"pacient", r"attendee",
)  # fmt: skip
_PHONE_LABELS = (
    r"phone", r"phone no", r"phone number", r"tel", r"telephone", r"mobile", r"mobil", r"cell",
    r"telefon", r"nr telefon", r"numar telefon", r"număr telefon", r"msisdn", r"whatsapp",
)  # fmt: skip
_ADDRESS_LABELS = (
    r"address", r"home address", r"street address", r"postal address", r"mailing address",
    r"adresa", r"adresă", r"adresa de domiciliu", r"domiciliu", r"domiciliul", r"residence",
    r"billing address", r"shipping address", r"delivery address", r"adresa de livrare",
)  # fmt: skip

_PLACE_LABELS = (
    r"city", r"town", r"home town", r"hometown", r"village", r"municipality",
    r"place of residence", r"place of birth", r"birthplace", r"localitate", r"localitatea",
    r"oras", r"oraș", r"orasul", r"orașul", r"comuna", r"domiciliat in", r"domiciliat în",
    r"loc nastere", r"locul nasterii", r"locul nașterii", r"wohnort", r"woonplaats",
)  # fmt: skip

_NUMBER_SUFFIX = r"(?: (?:number|numbers|num|no|nr|numarul|numărul|numar|număr|id|code))?"


def _labels(*groups: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(sorted({c for g in groups for c in g}, key=len, reverse=True))
    return re.compile(rf"(?:{alternation}){_NUMBER_SUFFIX}", re.IGNORECASE)


# Checked in this order: the first label family that matches the whole label wins.
_LABEL_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (DATE_OF_BIRTH, _labels(BIRTH_CUES, (r"date of birth", r"birth date", r"data nasterii"))),
    (RO_CNP, _labels((r"cnp", r"cod numeric personal", r"cnp ul", r"codul numeric personal"))),
    (PASSPORT, _labels(PASSPORT_CUES)),
    (DRIVER_LICENSE, _labels(DRIVER_LICENSE_CUES, (r"licence", r"license", r"licen[cs]e no"))),
    (NATIONAL_ID, _labels(NATIONAL_ID_CUES, _EXTRA_NATIONAL_ID)),
    (PASSPORT, _labels(_DOCUMENT)),  # a passport unless the value is an ID card's
    (PHONE_NUMBER, _labels(_PHONE_LABELS)),
    (STREET_ADDRESS, _labels(_ADDRESS_LABELS)),
    (LOCATION, _labels(_PLACE_LABELS)),
    (PERSON, _labels(_NAME_LABELS)),
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LABEL_JUNK = re.compile(r"[_\-.#:()\"'\[\]/]+")


def label_type(label: str) -> str | None:
    """The entity type a field's label announces, or None ("tax_id" -> NATIONAL_ID).

    A label's last words count when the whole does not ("requester_city" is a city,
    "customer_phone" a phone), unless its first word names a thing, not a person
    ("product_name", "company name")."""
    words = _LABEL_JUNK.sub(" ", _CAMEL.sub(" ", label.strip())).casefold().split()
    if not words or len(" ".join(words)) > MAX_LABEL:
        return None
    for first in range(len(words)):
        if first and words[0] in NOT_PERSON_NAME:
            return None
        normal = " ".join(words[first:])
        for entity_type, pattern in _LABEL_TYPES:
            if pattern.fullmatch(normal):
                return entity_type
    return None


# --- what a value must look like -------------------------------------------------------

_ID_VALUE = re.compile(
    r"(?=(?:[^\d]*\d){4})[A-Za-z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])|[ ](?=[A-Za-z0-9])){3,24}"
)
_RO_ID_VALUE = re.compile(
    rf"(?:{'|'.join(sorted(ID_SERIES))})\s*[,.]?\s*(?:(?i:nr|no)\.?\s*)?\d{{6}}"
)
_YEAR_OR_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}")
_CNP_VALUE = re.compile(r"[1-9]\d{12}")
_PLACE_VALUE = re.compile(r"[^\W\d_][\w'’.\-]*(?:[ \t]+[\w'’.\-]+){0,3}")
_AMOUNT_OR_DATE = re.compile(
    r"\d[.,]\d{2}(?!\d)|[€$£]|(?<![A-Za-z])(?:EUR|RON|USD|GBP|CHF|lei)(?![A-Za-z])"
    r"|^\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}$|^\d{4}-\d{2}-\d{2}"
)
_PHONE_VALUE = re.compile(r"\+?[\d(][\d ()\-./]{5,22}\d")
_PLACEHOLDERS = frozenset(
    "n/a na none null unknown on file tbc tbd pending - — – yes no ok standard".split()
)


def _shaped(entity_type: str, value: str) -> str | None:
    """The type ``value`` is reported as under a label of ``entity_type``, or None."""
    if value.casefold() in _PLACEHOLDERS or len(value) > MAX_VALUE:
        return None
    if entity_type in (PASSPORT, DRIVER_LICENSE, NATIONAL_ID):
        if _AMOUNT_OR_DATE.search(value):
            return None  # "19.00 EUR", "12.05.2024": not a document's number
        if _RO_ID_VALUE.fullmatch(value):
            return RO_ID_CARD if entity_type == PASSPORT else entity_type
        return entity_type if _ID_VALUE.fullmatch(value) else None
    if entity_type == DATE_OF_BIRTH:
        return entity_type if _YEAR_OR_DATE.search(value) and len(value) <= 30 else None
    if entity_type == PHONE_NUMBER:
        digits = sum(c.isdigit() for c in value)
        return entity_type if _PHONE_VALUE.fullmatch(value) and 7 <= digits <= 15 else None
    if entity_type == STREET_ADDRESS:
        has_digit = any(c.isdigit() for c in value)
        return entity_type if has_digit and sum(c.isalpha() for c in value) >= 3 else None
    if entity_type == PERSON:
        return entity_type if _is_name(value) else None
    if entity_type == RO_CNP:
        return entity_type if _CNP_VALUE.fullmatch(value) else None
    if entity_type == LOCATION:
        return entity_type if _PLACE_VALUE.fullmatch(value) else None
    return None


def _is_name(value: str) -> bool:
    """One to four capitalised words, one of them a name or on no word list ("Gold
    Tier", "New" under a "Customer" label are no names)."""
    if any(c.isdigit() or c == "@" for c in value):
        return False
    words = [w for w in re.split(r"[\s,/]+", value) if w]
    if not 1 <= len(words) <= 4:
        return False
    if any(w.casefold().strip(".") in NOT_PERSON_WORDS for w in words):
        return False
    if not all(w[:1].isupper() for w in words if w.casefold() not in _PARTICLES):
        return False
    lex = lexicon()
    return any(lex.kind(w) in _NAME_KINDS for w in words)


_NAME_KINDS = NAME_LIKE | LISTED
_PARTICLES = frozenset(
    "de del della di da van von der den la le lo al el bin te ter ten du dos".split()
)


# --- where labels and values sit --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Field:
    entity_type: str
    start: int
    end: int


_KEY_VALUE = re.compile(
    r"(?:^|(?<=[{,|;])|(?<=[ \t]{2}))[ \t]*"
    r"(?P<label>\"[^\"\n]{1,40}\"|[^\W\d][\w .\-#()/]{0,39}?)[ \t]*[:=][ \t]*"
    r"(?:\"(?P<quoted>[^\"\n]{1,80})\"|(?P<plain>[^\s|;\"{}][^\n|;{}]*?))"
    r"[ \t]*(?=$|[|;{}]|[ \t]{2}|,[ \t]*\"|,[ \t]*$)",
    re.MULTILINE,
)
_SEPARATORS = ("|", ";", "\t", ",")
_RULE = re.compile(r"^[\s|:\-+=]+$")


# Honorifics a boarding pass or a form writes after the name: "Krämer/Kaspar MR".
_TRAILING_TITLE = re.compile(r"[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|PROF)\.?$", re.IGNORECASE)


# Where a value written on in running text ends: a sentence's end ("Address: 5 Rue de
# Rivoli, 75001 Paris. Order 4456 shipped Monday"), that is "!" or "?", or a full stop
# after a word of four letters or more, or a year, before a capital; not after an
# abbreviation of an address ("Str. Lalelelor", "Blvd. Haussmann"). An address ends
# before a bracketed remark in lower case, too ("NW1 6XE (since March)").
_SENTENCE_END = re.compile(r"[!?](?=\s|$)|(?:(?<=[^\W\d_]{4})|(?<=\d{4}))\.(?=[ \t]+[A-ZĂÂÎȘȚ])")
_REMARK = re.compile(r"[ \t]+\((?=[a-zăâîșț])")
ABBREVIATIONS: frozenset[str] = frozenset(
    "blvd bdul bvd sect intr prel cart aleea str nr bl sc ap et jud apt ste ave".split()
)


def _value_end(text: str, start: int, end: int, entity_type: str) -> int:
    """Where the value in ``text[start:end]`` ends, cut at a sentence's end or, for an
    address, at a remark in brackets."""
    for found in _SENTENCE_END.finditer(text, start, end):
        before = re.search(r"[^\W\d_]+$", text[start : found.start()])
        if before is None or before.group().casefold() not in ABBREVIATIONS:
            end = found.start()
            break
    remark = _REMARK.search(text, start, end) if entity_type == STREET_ADDRESS else None
    return end if remark is None else remark.start()


def _without_title(entity_type: str, value: str) -> str:
    return _TRAILING_TITLE.sub("", value) if entity_type == PERSON else value


def _key_values(text: str) -> Iterator[_Field]:
    for match in _KEY_VALUE.finditer(text):
        entity_type = label_type(match["label"].strip('"'))
        if entity_type is None:
            continue
        group = "quoted" if match["quoted"] is not None else "plain"
        start, end = match.span(group)
        if group == "plain":
            end = _value_end(text, start, end, entity_type)
        value = text[start:end]
        stripped = _without_title(entity_type, value.strip().rstrip(",."))
        shaped = _shaped(entity_type, stripped)
        if shaped is not None:
            offset = start + value.index(stripped)
            yield _Field(shaped, offset, offset + len(stripped))


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line`` cut at ``separator``, stripped of blanks."""
    cells: list[tuple[int, int]] = []
    start = 0
    body = line
    for part in body.split(separator):
        end = start + len(part)
        inner = part.strip()
        left = start + (part.index(inner) if inner else 0)
        cells.append((left, left + len(inner)))
        start = end + len(separator)
    if separator == "|":  # "| a | b |": the edges are no cells
        if cells and cells[0][0] == cells[0][1]:
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
    return cells


def _tables(text: str) -> Iterator[_Field]:
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        start, header = lines[i]
        found = False
        for separator in _SEPARATORS:
            if header.count(separator) < 1:
                continue
            columns = _cells(header, separator)
            types = [label_type(header[a:b]) for a, b in columns]
            if len(columns) < 2 or not any(types):
                continue
            if any(len(header[a:b]) > MAX_LABEL for a, b in columns):
                continue
            j = i + 1
            while j < len(lines):
                row_start, row = lines[j]
                if _RULE.match(row) and row.strip():
                    j += 1
                    continue
                cells = _cells(row, separator)
                if row.count(separator) != header.count(separator) or len(cells) != len(columns):
                    break
                for (a, b), entity_type in zip(cells, types, strict=True):
                    if entity_type is None or a == b:
                        continue
                    value = _without_title(entity_type, row[a:b].rstrip(".,"))
                    shaped = _shaped(entity_type, value)
                    if shaped is not None:
                        yield _Field(shaped, row_start + a, row_start + a + len(value))
                j += 1
            if j > i + 1:
                found = True
                i = j
                break
        if not found:
            i += 1


class FieldValueRecognizer(EntityRecognizer):
    """Identity numbers, birth dates, phones, addresses and names under their labels."""

    ENTITIES: tuple[str, ...] = (
        PASSPORT, DRIVER_LICENSE, NATIONAL_ID, RO_ID_CARD, DATE_OF_BIRTH, PHONE_NUMBER,
        STREET_ADDRESS, LOCATION, PERSON, RO_CNP,
    )  # fmt: skip

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name="FieldValueRecognizer",
        )

    def load(self) -> None:
        """Nothing to load: the labels are compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if ":" not in text and "=" not in text and "\n" not in text:
            return []
        seen: set[tuple[int, int]] = set()
        results: list[RecognizerResult] = []
        for field in (*_key_values(text), *_tables(text)):
            if field.entity_type not in entities or (field.start, field.end) in seen:
                continue
            seen.add((field.start, field.end))
            results.append(RecognizerResult(field.entity_type, field.start, field.end, FIELD_SCORE))
        return results
