"""LOCATION from a gazetteer: a known town or city where the words before it say that a
person lives or is there.

"I live in austin", "i'm at Schiphol", "calling from the hague", "locuiesc în
Cluj-Napoca", "stau in iasi", "sunt din Chișinău" are reported in any case, multi-word
names first ("Alba Iulia" before "Iulia"). A city with no residence cue is not: "do you
deliver to Cluj?", "the Paris Hilton perfume", "shipped from Berlin" name places, not
where a customer is (``tests/data/README.md``: LOCATION is only where a person lives or
is). spaCy's own LOCATION results are separate (``ner.py``): recall first, redacted
unless the words around them show a town is no one's ("the Zagreb train", "Warsaw ->
Vienna", "flights to Vienna" keep the town) or a business's site (``is_business_site``).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from redaction.entities import LOCATION
from redaction.recognizers.brands import ORG_WORDS
from redaction.recognizers.names import words_pattern
from redaction.recognizers.places import PLACES

# Words right before a place that say a person lives or is there. "from" and "din"
# also name where a parcel comes from, so they do not count after shipping words.
RESIDENCE_CUES: tuple[str, ...] = (
    r"live in", r"living in", r"lives in", r"i['’]?m in", r"i am in", r"i['’]?m at",
    r"i am at", r"we['’]?re in", r"we are in", r"based in", r"born in", r"moved to",
    r"currently in", r"home in", r"stay in", r"staying in", r"located in", r"resident in",
    r"reside in", r"grew up in", r"i['’]?m back in", r"work in", r"working in",
    r"locuiesc [îi]n", r"locuim [îi]n", r"locuie[șs]te [îi]n", r"stau [îi]n", r"stau la",
    r"st[ăa]m [îi]n", r"sunt [îi]n", r"suntem [îi]n", r"n[ăa]scut[ăa]? [îi]n",
    r"m-am mutat [îi]n", r"ne-am mutat [îi]n", r"domiciliat[ăa]? [îi]n", r"sunt la",
    r"wohne in", r"ich bin in", r"woon in", r"ik woon in",
)  # fmt: skip
ORIGIN_CUES: tuple[str, ...] = (r"from", r"din", r"de la", r"aus", r"uit")
# Words after which "from" / "din" name where goods come from, not where a person is.
SHIPPING_WORDS: tuple[str, ...] = (
    r"ship(?:ped|s)?", r"sent", r"send", r"deliver(?:ed|y|s)?", r"order(?:ed)?",
    r"dispatch(?:ed)?", r"comes?", r"coming", r"arriv\w*", r"bought", r"buy", r"products?",
    r"warehouse", r"stores?", r"shops?", r"flights?", r"trains?", r"imported", r"made",
    r"vine", r"vin", r"livrat[ăa]?", r"livrare(?:a)?", r"trimis[ăa]?", r"expediat[ăa]?",
    r"comandat[ăa]?", r"produse(?:le)?", r"depozit(?:ul)?", r"magazin(?:ul)?", r"plec\w*",
    r"zbor(?:ul)?", r"tren(?:ul)?", r"adus[ăa]?", r"f[ăa]cut[ăa]?",
)  # fmt: skip

_GAP = r"[ \t]+"


# A trie of the names: "Alba Iulia" wins over "Iulia" and "Cluj-Napoca" over "Cluj".
_PLACE = rf"(?i:(?:the{_GAP})?(?:{words_pattern(PLACES)}))(?![\p{{L}}\-])"
_RESIDENCE = rf"(?<=(?<![\p{{L}}])(?i:{'|'.join(RESIDENCE_CUES)}){_GAP})"
_ORIGIN = (
    rf"(?<=(?<!(?i:{'|'.join(SHIPPING_WORDS)})(?:{_GAP}\p{{L}}+){{0,1}}{_GAP})"
    rf"(?<![\p{{L}}])(?i:{'|'.join(ORIGIN_CUES)}){_GAP})"
)
CUED_SCORE = 0.85

PATTERNS: tuple[Pattern, ...] = (
    Pattern("place after a residence cue", _RESIDENCE + _PLACE, CUED_SCORE),
    Pattern("place after an origin cue", _ORIGIN + _PLACE, CUED_SCORE),
)


# Words right after a place that make it a business's site, not where a person is.
BUSINESS_SITES: tuple[str, ...] = (
    r"depot", r"warehouse", r"office", r"offices", r"branch", r"store", r"shop", r"hub",
    r"airport", r"station", r"team", r"site", r"plant", r"factory", r"headquarters", r"hq",
    r"facility", r"terminal", r"centre", r"center", r"fulfil(?:l)?ment", r"sorting",
    r"distribution", r"showroom", r"outlet", r"campus", r"depozit(?:ul)?", r"sediu(?:l)?",
    r"filial[aă]", r"magazin(?:ul)?", r"birou(?:l)?",
)  # fmt: skip
_SITE_AFTER = re.compile(rf"^[ \t]+(?:{'|'.join(BUSINESS_SITES)})(?![\w])", re.IGNORECASE)
_SHIPPED_BEFORE = re.compile(
    rf"(?<![\w])(?:{'|'.join(SHIPPING_WORDS)})[ \t]+(?:from|via|through|out of|din|de la|prin)"
    r"(?:[ \t]+(?:the|our|your))?[ \t]+$",
    re.IGNORECASE,
)
# A firm's word or a site right before the place, at most a comma, a colon or a word of
# place between: "Hotel Continental Forum, Brno", "Banca Transilvania HQ, Milton Keynes",
# "Depot: Leeds", "sucursala Brno", "our office in Pucioasa", "the Rotary Club of Telfs",
# "service-ul din Judenburg".
# Where a person studies or is treated is no business's site: "my son goes to school in
# Jarocin", "she is in hospital in Leeds" say where someone is.
ATTENDED_PLACES: frozenset[str] = frozenset(
    """
    school scoala școala liceul colegiul college university universitatea academy
    hospital spitalul clinic clinica
    """.split()
)
_SITE_WORDS = sorted(
    {
        *BUSINESS_SITES,
        *(re.escape(w) for w in ORG_WORDS - ATTENDED_PLACES),
        r"sucursal[aăe]?i?",
        r"hotelul",
    },
    key=len,
    reverse=True,
)
_SITE_BEFORE = re.compile(
    rf"(?<![\w])(?:{'|'.join(_SITE_WORDS)})(?:-ul|-urile)?(?![\w])"
    r"(?:[ \t]*[,:]?|[ \t]+(?:in|of|at|near|[îi]n|din|la|l[âa]ng[ăa]))[ \t]*$",
    re.IGNORECASE,
)

# A person who comes from a place: "she comes from", "I'm coming from", "el vine din".
_PERSON_COMES_FROM = re.compile(
    r"(?<![\w])(?:she|he|i|we|they|who|el|ea|eu|ei|ele|noi)(?:['’]?m|[ \t]+(?:is|am|are))?"
    r"[ \t]+(?:comes?|coming|vine|vin|venim|vii)[ \t]+(?:originally[ \t]+)?"
    r"(?:from|din|de[ \t]+la)[ \t]+$",
    re.IGNORECASE,
)


def person_comes_from(before: str) -> bool:
    """``before`` ends in a person coming from ("she comes from", "el vine din")."""
    return _PERSON_COMES_FROM.search(before) is not None


# "..., where I live": the site's town is the writer's too.
_LIVES_THERE = re.compile(
    r"[ \t]*,?[ \t]*(?:where|unde)[ \t]+(?:i[ \t]+|we[ \t]+)?(?:live|lives|locuiesc|locuim|"
    r"locuie[șs]te|stau|st[ăa]m)(?![\w])",
    re.IGNORECASE,
)


def is_business_site(text: str, start: int, end: int) -> bool:
    """True when the place at ``text[start:end]`` names where goods are or come from
    ("our Leipzig depot", "shipped from Leipzig", "Allianz HQ, Milton Keynes"), not where
    a person is."""
    if _SITE_AFTER.match(text[end : end + 24]):
        return True
    if _LIVES_THERE.match(text, end):
        return False  # "a shop in Rotterdam, where I live"
    before = text[max(0, start - 40) : start]
    if person_comes_from(before):
        return False  # "She comes from Stratford-upon-Avon": where a person is from
    return _SHIPPED_BEFORE.search(before) is not None or _SITE_BEFORE.search(before) is not None


class GazetteerLocationRecognizer(PatternRecognizer):
    """LOCATION for known places where a person lives or is, in any case."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=LOCATION,
            patterns=list(PATTERNS),
            supported_language=supported_language,
            global_regex_flags=0,  # cues and places carry their own (?i:...)
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        # "the" belongs to "the Hague" only; "from the Berlin office" is not a place.
        words = pattern_text.split()
        return words[0].casefold() == "the" and " ".join(words[1:]).casefold() != "hague"
