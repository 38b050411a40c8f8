"""Buildings, grounds and streets named after people are places everyone may name.

"St Luke's Hall", "the Jubilee Ground", "opposite Wellington House", "at Mill Lane",
"the Iași Half Marathon", "Sala Mihail Jora": a name (or a word) before a word for a
building, a ground, a street without a number or an event. The model and the name rules
take them for people or places; they are not personal data, and redacting them loses
what the customer asked about ("which gate of the Jubilee Ground?").

Many of these words are surnames too ("Jennifer Hall", "Amy Lane", "Tom House"), so a
span ending in one is a landmark only when the word is no one's surname ("Grace Hopper
Room", "Russell Square") or when something says so: it opens with a saint
("St", "Saint", "Sf.", "Sfântul"), holds a possessive before the last word ("St Mary's
Church", "Keeper's Lodge"), or comes right after "the" or a word for where something
is ("at", "near", "opposite", "outside", "behind", "inside", "la", "lângă", "în fața"),
or the word before is no given name ("Brunel Bridge", "Wellington House"; not "Jennifer
Hall", nor a name filling a form's field: "Organiser: Miquel Church").
Romanian names the building first ("Liceul Mihai Eminescu", "Școlii Gimnaziale Ion
Creangă", "Sala Mihail Jora"): a span opening with such a word is a landmark too, and so
is a saint named in Romanian ("Sfânta Maria", "Sfinții Petru și Pavel") or with a
possessive ("St Mary's"). A name right after a street's type with no house number ("pe
strada Mihai Eminescu") is not taken for a landmark: that is how people write where they
live, too ("stau pe Calea Victoriei").
A place found by the model that ends in one of them is a landmark, unless it has three
words or more and the world's gazetteer knows it as a town ("Braunau am Inn"; not
"Victoria Park", mostly a park, though a town in Australia).
"""

from __future__ import annotations

import re

from redaction.entities import LOCATION, PERSON
from redaction.recognizers.name_gazetteer import lexicon
from redaction.recognizers.towns import is_town
from redaction.spans import Span

__all__ = ["FACILITY_WORDS", "is_landmark"]

FACILITY_WORDS: frozenset[str] = frozenset(
    """
    hall halls house ground grounds park lane road street avenue square church chapel
    cathedral abbey wing ward room rooms bridge marathon stadium field fields gardens
    garden court tower gate gates station terminal airport building lodge lock quay wharf
    market arms inn tavern pub close way walk crescent terrace mews row place centre center
    memorial monument statue library museum theatre theater hospital school academy college
    sala aula parcul parc piața piata strada bulevardul calea gara aeroportul stadionul
    biserica catedrala capela spitalul liceul colegiul școala scoala
    straße strasse gasse platz allee weg ulica utca út tér rue plaza piazza corso
    """.split()
)
# Words for a building, a room or a street that no one has for a surname: a name before
# one honours someone ("Grace Hopper Room", "Tim Berners-Lee Hall" is not among them:
# Hall is a surname too).
NEVER_SURNAMES: frozenset[str] = frozenset(
    """
    room rooms wing building centre center library museum stadium theatre theater
    hospital school college academy station airport terminal statue monument memorial
    square street road avenue tower suite studios gallery arena auditorium institute
    """.split()
)
# Street types written before the name ("Via del Corso", "Calea Victoriei").
STREET_TYPES_FIRST: frozenset[str] = frozenset(
    "via viale corso calea strada bulevardul rue avenue avenida calle rua piazza plaza "
    "ulica aleja".split()
)
# Romanian buildings and grounds, named before the person they honour ("Liceul Mihai
# Eminescu", "gardul Școlii Gimnaziale Ion Creangă", "Sala Mihail Jora").
FACILITIES_FIRST: frozenset[str] = frozenset(
    """
    școala școlii scoala scolii liceul liceului colegiul colegiului universitatea
    universității universitatii sala sălii salii spitalul spitalului biserica bisericii
    parcul parcului stadionul stadionului teatrul teatrului muzeul muzeului biblioteca
    bibliotecii catedrala catedralei aeroportul aeroportului gara gării garii ateneul
    """.split()
)
_SAINT = re.compile(r"^(?:St\.?|Saint|Sf\.?|Sfântul|Sfantul|Sfânta|Sfanta|Sfinții|Sfintii)\s")
_POSSESSIVE = re.compile(r"['’]s\s+\S+$")
_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:the|at|near|opposite|outside|behind|inside|beside|past|la|lângă|langa|"
    r"fața|fata|spre)[ \t]+$",
    re.IGNORECASE,
)
MIN_TOWN_WORDS = 3
_FIELD_BEFORE = re.compile(r":[ \t]*$")  # "Organiser: Miquel Church" fills a form's field
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# A business named after its owner: a possessive and one or two capitalised words, the
# last a kind of shop ("Lucy's Gift Shop"; not "Tom's shop", Tom's own).
BUSINESS_KINDS: frozenset[str] = frozenset(
    """
    shop kitchen bakery cafe café salon garage bar restaurant pub diner deli boutique
    florist florists pizzeria store bistro grill barbers tearoom tearooms
    """.split()
)
_OWNED_BUSINESS = re.compile(
    r"['’]s[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:"
    + "|".join(sorted((k.capitalize() for k in BUSINESS_KINDS), key=len, reverse=True))
    + r")(?![\w])"
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w'’])")


# A saint no one is named after: in Romanian, or with a possessive (a church: "St
# Mary's"). "Saint Richard", "St Clair" are towns and surnames too.
_HONOURED_SAINT = re.compile(
    r"(?:Sfântul|Sfantul|Sfânta|Sfanta|Sfinții|Sfintii|Sf\.)\s|(?:St\.?|Saint)\s+\S+['’]s$"
)


def is_landmark(text: str, span: Span) -> bool:
    """True for a PERSON or LOCATION span that names a building, ground, street or event
    (module docstring)."""
    if span.entity_type not in (PERSON, LOCATION):
        return False
    value = span.text(text)
    words = _WORD.findall(value)
    following = _NEXT_WORD.match(text, span.end)
    if following is not None and following.group(1).casefold() in NEVER_SURNAMES:
        return True  # "past Elgar Road", "in the Wesley Room": the model stopped short
    if span.entity_type == PERSON and _OWNED_BUSINESS.match(text, span.end):
        return True  # "Lucy's Gift Shop", "Maria's Bakery": a business named after someone
    if _HONOURED_SAINT.match(value):
        return True  # "Cabinetul medical Sfânta Maria", "the register of St Mary's"
    if len(words) < 2:
        return False
    if span.entity_type == LOCATION and words[0].casefold() in STREET_TYPES_FIRST:
        return True  # a street named without a number is a landmark: "Via del Corso"
    if words[0].casefold() in FACILITIES_FIRST:
        return True  # "Sala Mihail Jora", "Școlii Gimnaziale Ion Creangă"
    last = words[-1].casefold()
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    if last not in FACILITY_WORDS:
        return False
    if span.entity_type == LOCATION:
        # "Braunau am Inn" is a town; "Victoria Park", a town too, is mostly a park.
        return len(words) < MIN_TOWN_WORDS or not is_town(value)
    return bool(
        _SAINT.match(value)
        or _POSSESSIVE.search(value)
        or (last in NEVER_SURNAMES and words[-1][:1].isupper())
        or _PLACE_BEFORE.search(text, max(0, span.start - 12), span.start)
        or (
            len(words) == 2
            and lexicon().kind(words[0]) not in ("given", "amb_given")
            and not _FIELD_BEFORE.search(text, max(0, span.start - 4), span.start)
        )
    )
