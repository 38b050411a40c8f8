"""Romanian personal numeric code (CNP): 13 digits ``S YYMMDD JJ NNN C``.

``S`` (1-9) gives sex and century, ``YYMMDD`` a real birth date, ``JJ`` a county code,
``NNN`` a serial (not 000) and ``C`` a control digit over the first twelve digits with
the weights 279146358279. A number failing any check is not reported.
"""

from __future__ import annotations

import datetime as dt

from presidio_analyzer import Pattern, PatternRecognizer

from redaction.entities import RO_CNP
from redaction.recognizers.cued import CuedPatternRecognizer

CONTROL_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)

# 01-46 counties, 47/48 former Bucharest sectors 7-8, 51 Călărași, 52 Giurgiu,
# 70 registrations independent of county (foreign residents).
COUNTY_CODES: frozenset[int] = frozenset([*range(1, 49), 51, 52, 70])

# The century of the birth year for each first digit; 7-9 (residents, foreigners)
# do not encode it, so either century is accepted.
CENTURIES: dict[int, tuple[int, ...]] = {
    1: (1900,),
    2: (1900,),
    3: (1800,),
    4: (1800,),
    5: (2000,),
    6: (2000,),
    7: (1900, 2000),
    8: (1900, 2000),
    9: (1900, 2000),
}


def cnp_control_digit(first_twelve: str) -> int:
    """The control digit for the first twelve digits of a CNP."""
    remainder = sum(int(d) * w for d, w in zip(first_twelve, CONTROL_WEIGHTS, strict=True)) % 11
    return 1 if remainder == 10 else remainder


def _has_valid_birth_date(cnp: str) -> bool:
    yy, mm, dd = int(cnp[1:3]), int(cnp[3:5]), int(cnp[5:7])
    for century in CENTURIES[int(cnp[0])]:
        try:
            dt.date(century + yy, mm, dd)
        except ValueError:
            continue
        return True
    return False


def is_valid_cnp(value: str) -> bool:
    """True when ``value`` (separators allowed) is a structurally valid CNP."""
    cnp = "".join(ch for ch in value if not ch.isspace() and ch not in "-.")
    if len(cnp) != 13 or not cnp.isascii() or not cnp.isdigit() or cnp[0] == "0":
        return False
    return (
        _has_valid_birth_date(cnp)
        and int(cnp[7:9]) in COUNTY_CODES
        and cnp[9:12] != "000"
        and cnp_control_digit(cnp[:12]) == int(cnp[12])
    )


class RoCnpRecognizer(PatternRecognizer):
    """Finds CNPs; only numbers passing every check are reported (score 1.0)."""

    PATTERNS = [Pattern("CNP (13 digits)", r"(?<!\d)[1-9]\d{12}(?!\d)", 0.5)]
    CONTEXT = ["cnp", "cod numeric personal", "personal numeric code", "buletin", "id"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=RO_CNP,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_cnp(pattern_text)


class MistypedCnpRecognizer(CuedPatternRecognizer):
    """13 digits right next to a CNP cue are the person's CNP even when a typo breaks the
    checksum: a mistyped CNP is still their personal data."""

    CUES = (
        r"cnp(?:[\-‑]?ul)?",
        r"cod(?:ul)? numeric personal",
        r"personal (?:numeric )?(?:code|number)",
    )

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=RO_CNP,
            patterns=[Pattern("13 digits next to a CNP cue", r"(?<!\d)[1-9]\d{12}(?!\d)", 0.3)],
            cues=self.CUES,
            supported_language=supported_language,
        )
