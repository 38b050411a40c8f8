"""Identity numbers outside Romania's: national and social security numbers, passports,
driving licences.

Declarations on ``CuedPatternRecognizer``:

* shapes that identify a person on their own stand alone (score ≥ 0.5): a US social
  security number written ``ddd-dd-dddd``, a UK National Insurance number
  (``QQ 12 34 56 C``), an Italian codice fiscale, an Indian PAN, a Nordic personal
  number written with its separator (``850312-1234``, ``010190-123A``), a UK driving
  licence number (``MORGA753116SM9IJ``);
* anything number-like (5 to 20 letters and digits, at least 4 digits, groups allowed)
  counts only right after one of the document's cue words ("passport", "SSN", "driver's
  licence", "personal number", "pașaport", "permis de conducere", ...) or shortly before
  one ("L91635850 is my passport number").

An order or invoice number is never near those cues; a date of birth is its own type.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import DRIVER_LICENSE, NATIONAL_ID, PASSPORT
from redaction.recognizers.cued import CuedPatternRecognizer
from redaction.recognizers.phone import is_reference_number

# How far before a value its cue may start ("my driving licence number for the courier
# is X": 42 characters).
IDENTITY_CUE_WINDOW = 50
# A cue right after its value, in the same clause ("L91635850 is my passport number",
# "X1234567 (passport)", "... that's my passport", "... is the number on my licence");
# not the next field's label ("F2152427 | Passport #: ...").
_AFTER_VALUE = (
    r"[ \t]*[(,\-–]?[ \t]*"
    r"(?:(?:is|was|e|este|=|as|that['’]?s|that[ \t]+is|which[ \t]+is|it['’]?s)[ \t]+)?"
    r"(?:the[ \t]+(?:number|no\.?|nr\.?)[ \t]+(?:on|of|from|in)[ \t]+)?"
    r"(?:(?:my|the|our|his|her|their|your|meu|mea)[ \t]+)?"
)
# ... and the cue labels no value of its own ("R34573341, ID number 452-34-8981").
_NO_VALUE_AFTER = (
    r"(?![ \t]*[:#])(?!(?:[ \t]+(?:number|numbers|no\.?|nr\.?))?[ \t]*[:=]?[ \t]*[A-Za-z]{0,3}\d)"
)

# "number", "no.", "nr", "#", ":" and the like between a cue and its value; a Romanian
# possessive after the noun first ("Permisul meu: S3796070").
_NUMBER_WORD = (
    r"(?:\s+(?:meu|mea|tău|tau|său|sau|dvs\.?|dumneavoastră|dumneavoastra))?"
    r"(?:\s*(?:number|numbers|num|no\.?|nr\.?|#|id|numărul|numarul|număr|numar))?"
)

# A value after a cue: 5 to 20 letters and digits with at least 4 digits, optionally in
# groups ("123 45 678", "X1234567", "C01X00T47", "DL-4471-2290"), a spaced check letter
# last ("QQ 12 34 56 C").
_CUED_VALUE = (
    r"(?<![\w\-./])(?!\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}(?![\w]))"
    r"(?=[A-Z]{2} \d\d |[A-Za-z\-/.]{0,5}\d)"
    r"(?=(?:[A-Za-z\-/.]{0,5} ?\d){4})"
    r"[A-Za-z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])|[ ](?=\d)){4,22}"
    r"(?:(?<=\d)[ ][A-Z](?![\w\-]))?(?![\w\-])"
)
_CUED = Pattern("number-like value after a cue", _CUED_VALUE, 0.3)

NATIONAL_ID_CUES: tuple[str, ...] = (
    r"ssn", r"social security(?: number| no\.?| #)?", r"social insurance(?: number)?",
    r"national insurance(?: number| no\.?)?", r"ni(?: number| no\.?)", r"nino",
    r"national id(?:entity)?(?: card)?(?: number| no\.?)?", r"id(?:entity)? (?:card )?number",
    r"id(?: card)? no\.?", r"personal (?:id(?:entification)? )?(?:number|code|no\.?)",
    r"personal id", r"tax (?:id|code|number|identification number)", r"tin", r"taxpayer id",
    r"pesel", r"dni", r"nif", r"bsn", r"burgerservicenummer", r"cpr(?:-nummer)?",
    r"personnummer", r"fødselsnummer", r"henkilötunnus", r"hetu", r"aadhaar", r"aadhar",
    r"pan card", r"pan number", r"pan no\.?", r"codice fiscale", r"steuer-?id", r"steuernummer",
    r"identifikationsnummer", r"sozialversicherungsnummer", r"versicherungsnummer",
    r"numéro de sécurité sociale", r"n° de sécurité sociale", r"insee", r"nir",
    r"taj(?: szám)?", r"adóazonosító(?: jel)?", r"személyi szám", r"tc kimlik(?: no)?",
    r"kimlik(?: no)?", r"rodné číslo", r"amka", r"afm", r"nss", r"dni/nie", r"nie",
    r"cod(?:ul)? numeric personal", r"cod fiscal",
)  # fmt: skip

PASSPORT_CUES: tuple[str, ...] = (
    r"passport", r"passports", r"pa[șşs]aport(?:ul)?", r"pa[șşs]aportului", r"reisepass",
    r"(?<!boarding )(?<!boarding)pass(?:nummer)?",  # "Pass", never "boarding pass"
    r"passeport", r"pasaporte", r"passaporto", r"paszport", r"paspoort", r"útlevél",
    r"travel document",
    # an identity document named by what it is, not which
    r"(?:id|identity|identification) document", r"document (?:id|number|no\.?|nr\.?|#)",
    r"doc(?:\.|ument)? (?:no\.?|nr\.?|number|#)", r"document de identitate",
    r"act(?:ul)? de identitate", r"num[ăa]r(?:ul)? (?:de )?document(?:ului)?",
    r"id[ /]passport", r"passport[ /]id",
)  # fmt: skip

DRIVER_LICENSE_CUES: tuple[str, ...] = (
    r"driver['’]?s? licen[cs]e", r"drivers licen[cs]e", r"driving licen[cs]e", r"licen[cs]e",
    r"dl", r"d\.l\.", r"lic\.", r"permis(?:ul)?(?: de conducere)?", r"permisului(?: de conducere)?",
    r"führerschein(?:nummer)?", r"permis de conduire", r"carnet de conducir", r"patente",
    r"prawo jazdy", r"rijbewijs", r"jogosítvány", r"körkort", r"kørekort", r"ajokortti",
    r"ehliyet",
)  # fmt: skip


def _with_number_word(cues: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(cue + _NUMBER_WORD for cue in cues)


class _IdentityNumberRecognizer(CuedPatternRecognizer):
    """A cued recognizer that never reports a number after an order or invoice cue, and
    takes a cue right after the value too.

    Subclasses declare ``ENTITY``, ``PATTERNS`` and ``CUES``."""

    ENTITY: str
    PATTERNS: tuple[Pattern, ...] = (_CUED,)
    CUES: tuple[str, ...]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=self.PATTERNS,
            cues=_with_number_word(self.CUES),
            supported_language=supported_language,
            window_before=IDENTITY_CUE_WINDOW,
            window_after=0,
            global_regex_flags=0,
        )
        self._cue_after = re.compile(
            rf"{_AFTER_VALUE}(?:{'|'.join(self.CUES)})(?![\w]){_NO_VALUE_AFTER}", re.IGNORECASE
        )

    def has_cue(
        self, text: str, start: int, end: int, floor: int | None = None, ceiling: int | None = None
    ) -> bool:
        """A cue before the value (``CuedPatternRecognizer``) or right after it."""
        return (
            super().has_cue(text, start, end, floor, ceiling)
            or self._cue_after.match(text, end) is not None
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if sum(ch.isdigit() for ch in text) < 4:
            return []
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if not is_reference_number(text, r.start)]


class NationalIdRecognizer(_IdentityNumberRecognizer):
    """NATIONAL_ID: social security, national insurance, personal and tax numbers."""

    ENTITY = NATIONAL_ID
    CUES = NATIONAL_ID_CUES

    PATTERNS = (
        # US SSN, not the invalid areas 000, 666, 9xx, group 00 or serial 0000.
        Pattern(
            "US social security number",
            r"(?<![\w\-/.])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w\-/]|[.,]\d)",
            0.6,
        ),
        Pattern(
            "UK National Insurance number",
            r"(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            r"[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?![\w])",
            0.6,
        ),
        Pattern(
            "Italian codice fiscale",
            r"(?<![\w])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![\w])",
            0.7,
        ),
        Pattern("Indian PAN", r"(?<![\w])[A-Z]{3}[PCHABGJLFT][A-Z]\d{4}[A-Z](?![\w])", 0.6),
        Pattern(
            "Swedish personal number",
            r"(?<![\w\-/.])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
            r"[\-+A]\d{3}[0-9A-Z](?![\w\-/])",
            0.55,
        ),
        # Finnish (DDMMYY, a century sign, three digits and a check character) and
        # Danish (DDMMYY-NNNN) numbers put the day first.
        Pattern(
            "Finnish or Danish personal number",
            r"(?<![\w\-/.])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}"
            r"[\-+A-FU-Y]\d{3}[0-9A-Y](?![\w\-/])",
            0.55,
        ),
        _CUED,
    )


class PassportRecognizer(_IdentityNumberRecognizer):
    """PASSPORT: a passport number right after a passport cue."""

    ENTITY = PASSPORT
    CUES = PASSPORT_CUES


class DriverLicenseRecognizer(_IdentityNumberRecognizer):
    """DRIVER_LICENSE: a UK licence number anywhere; any licence number after a cue."""

    ENTITY = DRIVER_LICENSE
    CUES = DRIVER_LICENSE_CUES

    PATTERNS = (
        Pattern(
            "UK driving licence number",
            r"(?<![\w])[A-Z9]{5}\d[0156]\d(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}(?![\w])",
            0.7,
        ),
        _CUED,
    )
