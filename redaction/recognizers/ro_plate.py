"""Romanian registration plates: county code, two digits (three in Bucharest), three letters.

"B 123 ABC", "B 12 ABC", "CJ 12 XYZ", "B-123-ABC", "IF07ABC". Upper-case plates with a
real county code are reported on their own; lower-case ones ("b 123 abc") only near a
cue ("număr de înmatriculare", "nr. auto", "plate", "mașina", "car", "nr"). Three digits are
allowed only after "B", the letters never contain Q nor start with I or O, and letter
groups that are units or currencies ("B 100 EUR", "GL 500 USB") are not plates.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from redaction.entities import RO_LICENSE_PLATE
from redaction.recognizers.cued import CuedPatternRecognizer

COUNTY_CODES: tuple[str, ...] = tuple(
    """
    AB AR AG B BC BH BN BT BV BR BZ CS CL CJ CT CV DB DJ GL GR GJ HR HD IL IS IF MM MH MS NT
    OT PH SM SJ SB SV TR TM TL VS VL VN
    """.split()
)
NOT_PLATE_LETTERS: frozenset[str] = frozenset(
    """
    EUR USD RON LEI GBP CHF KWH MAH USB HDD SSD RAM CPU GPU LED LCD MHZ GHZ KMH CMC MPX
    FPS HDR PRO MAX MIN BUC ORE ZIL
    """.split()
)
PLATE_CUES: tuple[str, ...] = (
    r"num[aă]r(?:ul)? de [îi]nmatriculare", r"[îi]nmatriculare", r"[îi]nmatriculat[ăa]?",
    r"nr\.? auto", r"num[aă]r(?:ul)? auto", r"plate", r"plates", r"licen[cs]e plate",
    r"registration", r"reg", r"ma[șşs]in[aăi]", r"ma[șşs]ina", r"autoturism(?:ul)?", r"car",
    r"vehicle", r"vehicul(?:ul)?", r"auto", r"kennzeichen", r"kenteken",
    # "toyota corolla gri nr tl 42 ncb": the plate's shape is strict enough after "nr"
    r"nr\.?", r"num[aă]r(?:ul)?",
)  # fmt: skip

_COUNTY = "|".join(sorted(COUNTY_CODES, key=len, reverse=True))
_PLATE = rf"(?:{_COUNTY})[ \-]?\d{{2,3}}[ \-]?[A-Z]{{3}}"
_B = r"(?<![\w\-])"
_E = r"(?![\w\-])"

PATTERNS: tuple[Pattern, ...] = (
    Pattern("plate (upper case)", rf"{_B}{_PLATE}{_E}", 0.55),
    Pattern("plate (any case)", rf"(?i){_B}{_PLATE}{_E}", 0.3),
)

_PARTS = re.compile(r"([A-Za-z]+)[ \-]?(\d+)[ \-]?([A-Za-z]{3})")


def is_valid_plate(value: str) -> bool:
    """True when ``value`` has a county code, the right digit count, and allowed letters."""
    parts = _PARTS.fullmatch(value)
    if parts is None:
        return False
    county, digits, letters = (p.upper() for p in parts.groups())
    if county not in COUNTY_CODES or (len(digits) == 3 and county != "B"):
        return False
    if digits.startswith("0") and len(digits) == 3:
        return False
    return "Q" not in letters and letters[0] not in "IO" and letters not in NOT_PLATE_LETTERS


class RoLicensePlateRecognizer(CuedPatternRecognizer):
    """RO_LICENSE_PLATE for plates with a real county code and letter group."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=RO_LICENSE_PLATE,
            patterns=PATTERNS,
            cues=PLATE_CUES,
            supported_language=supported_language,
            window_before=50,
            global_regex_flags=0,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        return not is_valid_plate(pattern_text)
