"""Romanian identity cards: a two-letter series and a six-digit number.

"seria RX nr. 123456", "CI seria KZ numărul 654321" carry their own cue and are always
reported; "RX 123456" or "RX nr 123456" only near "buletin", "carte de identitate",
"CI", "ID card" and the like. A bare series without "seria" must be one the police
actually issue (``ID_SERIES``), so "RTX 4090" or "model AB 123456" stay. The span runs
from the series through the number.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.entities import RO_ID_CARD
from redaction.recognizers.cued import CuedPatternRecognizer

# Series issued per county (and Bucharest's sectors), current and recent.
ID_SERIES: frozenset[str] = frozenset(
    """
    AX AB AR ZR AS AZ XC ZC XH ZH XB XT ZT BV ZV XR RD RR RT RX DP DR DT DX RK RZ RB RC
    RE RF RH RI RS XZ ZB KS KL CJ KX KT KZ KV DD ZD DZ GL ZL GG GZ HR HD SZ MX MZ IF XM
    MM MH MS NT OT PH PX SM SX SB SV XV TR TM TZ TC VS VX VN IZ ZS
    """.split()
)

ID_CARD_CUES: tuple[str, ...] = (
    "buletin", "buletinul", "buletinului", "carte(?:a)? de identitate", "cărți de identitate",
    "carti de identitate", "act(?:ul)? de identitate", "ci", "c\\.i\\.", "seria", "serie",
    "id card", "identity card", "id", "identity", "identitate",
)  # fmt: skip

_SERIES = "|".join(sorted(ID_SERIES))
_NR = r"(?i:nr|num[aă]r(?:ul)?|numarul|no|number)\.?"
_NUMBER = r"\d{6}(?!\d)"

PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "series after 'seria'",
        rf"(?<=(?<!\w)(?i:seria|serie|series)\s{{1,3}})(?i:[a-z]{{2}})\s*[,.]?\s*(?:{_NR}\s*)?{_NUMBER}",
        0.9,
    ),
    Pattern("series nr number", rf"(?<![\w-])[A-Z]{{2}}\s*[,.]?\s*{_NR}\s*{_NUMBER}", 0.3),
    Pattern("known series and number", rf"(?<![\w-])(?:{_SERIES})\s?{_NUMBER}", 0.3),
    Pattern("any series and number", rf"(?<![\w-])[A-Z]{{2}}\s?{_NUMBER}", 0.25),
)


class RoIdCardRecognizer(CuedPatternRecognizer):
    """RO_ID_CARD: "seria XX nr 123456" anywhere, other forms only near an ID cue."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=RO_ID_CARD,
            patterns=PATTERNS,
            cues=ID_CARD_CUES,
            supported_language=supported_language,
            global_regex_flags=0,  # the series is upper case unless "seria" precedes it
        )
