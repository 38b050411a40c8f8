"""IBANs, compact or printed in groups of four, validated with the mod-97 checksum.

Presidio's stock pattern runs case-insensitively with open-ended groups, so after a
compact IBAN it swallows the next word ("RO49AAAA1B31007593840000 thanks") and the
over-long candidate then fails the checksum: nothing is reported. Here each country's
pattern takes exactly that country's IBAN length, so the following word can never be
part of the match, and lower-case input is found without that risk.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import IBAN_CODE
from redaction.recognizers.cued import CuedPatternRecognizer
from redaction.recognizers.gated import GatedPatternRecognizer

# Total IBAN length per country (ISO 13616 registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LY": 25, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip

IBAN_CONTEXT: tuple[str, ...] = (
    "iban", "bank", "account", "transfer", "transaction", "payment",
    "cont", "contul", "banca", "bancă", "banii", "virament", "transfer", "plata", "plată",
)  # fmt: skip

_IBAN_START = re.compile(r"[A-Za-z]{2}[ \-]?\d{2}[ \-]?[A-Za-z0-9]{4}")

_SEP = r"[ \-]?"
_CHAR = "[A-Za-z0-9]"


def _country_regex(country: str, length: int) -> str:
    """``country``, two check digits, then exactly ``length - 4`` characters (the BBAN),
    in groups of four optionally separated by one space or dash."""
    groups, rest = divmod(length - 4, 4)
    # "RO49 AAAA ...", "RO 49 AAAA ...", "RO49-AAAA-...", or compact.
    bban = f"(?:{_SEP}{_CHAR}{{4}}){{{groups}}}"
    if rest:
        bban += f"{_SEP}{_CHAR}{{{rest}}}"
    cc = f"(?:{country}|{country.lower()})"
    return f"{cc}{_SEP}[0-9]{{2}}{bban}"


def iban_regex() -> str:
    """One alternation over all countries, anchored so it never starts or ends mid-word."""
    countries = "|".join(_country_regex(cc, n) for cc, n in sorted(IBAN_LENGTHS.items()))
    return rf"(?<![A-Za-z0-9])(?:{countries})(?![A-Za-z0-9])"


def is_valid_iban(value: str) -> bool:
    """True when ``value`` (spaces/dashes allowed, any case) is an IBAN of the right
    length for its country with a correct mod-97 checksum."""
    iban = "".join(ch for ch in value if ch not in " -").upper()
    if not iban.isascii() or not iban.isalnum() or IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    return _mod97(iban)


def has_iban_checksum(value: str) -> bool:
    """True when ``value`` is shaped like an IBAN of a known country (15 to 34 letters and
    digits) whose mod-97 checksum holds, whatever its length for that country: a valid
    checksum makes it a usable account number even when the length is off by a typo."""
    iban = "".join(ch for ch in value if ch not in " -").upper()
    if not iban.isascii() or not iban.isalnum() or iban[:2] not in IBAN_LENGTHS:
        return False
    return 15 <= len(iban) <= 34 and _mod97(iban)


def _mod97(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


# An IBAN's shape without checking its country length or checksum: two letters, two
# digits, then 10 to 30 letters and digits in groups. Upper case only, so a word after
# the number ("... 89 thanks") is never taken for a group.
_LOOSE_IBAN = r"(?<![A-Za-z0-9])[A-Z]{2}[ \-]?\d{2}(?:[ \-]?[A-Z0-9]{1,4}){3,8}(?![A-Za-z0-9])"
# The same typed in lower case, written without spaces: one word, so it never takes in
# the next one ("... sent u 40 quid to gb97nvwv5666540229715 lmk").
_LOWER_COMPACT_IBAN = r"(?<![A-Za-z0-9])[a-z]{2}\d{2}[a-z0-9]{11,30}(?![A-Za-z0-9])"


class CheckedIbanRecognizer(GatedPatternRecognizer):
    """IBAN_CODE for checksum-valid IBANs (score 1.0); invalid candidates are dropped."""

    PATTERNS = [
        Pattern("IBAN (exact country length)", iban_regex(), 0.5),
        Pattern("IBAN of another length, checksum valid", _LOOSE_IBAN, 0.5),
        Pattern("IBAN of another length in lower case, checksum valid", _LOWER_COMPACT_IBAN, 0.5),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=IBAN_CODE,
            patterns=list(self.PATTERNS),
            context=list(IBAN_CONTEXT),
            supported_language=supported_language,
            # Case is handled in the pattern itself; IGNORECASE would let "[A-Z]"
            # match the lower-case word after an IBAN.
            global_regex_flags=0,
        )

    def gate(self, text: str) -> bool:
        # Letters may fill most of the account part (RO, GB, NL, IT): what every IBAN
        # has is a country code, two check digits and a group of four after them.
        return _IBAN_START.search(text) is not None

    def validate_result(self, pattern_text: str) -> bool:
        # Every country's IBAN length lies within has_iban_checksum's bounds, so this
        # holds for each exact-length IBAN and for one whose length a typo changed.
        return has_iban_checksum(pattern_text)


class MistypedIbanRecognizer(CuedPatternRecognizer):
    """An IBAN-shaped value right after an account cue is the person's account number
    even when a typo breaks the checksum or the length: redact it all the same."""

    CUES = (r"iban(?:[\-‑]?ul)?", r"cont(?:ul)?(?: bancar)?", r"account(?: number)?", r"acct")

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=IBAN_CODE,
            patterns=[Pattern("IBAN-shaped next to an account cue", _LOOSE_IBAN, 0.3)],
            cues=self.CUES,
            supported_language=supported_language,
            window_after=0,
            global_regex_flags=0,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if _IBAN_START.search(text) is None:
            return []
        found: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in found:
            result.end = result.start + _valid_prefix(text[result.start : result.end])
        return [r for r in found if sum(ch.isdigit() for ch in text[r.start : r.end]) >= 4]


_GROUP_END = re.compile(r"(?<=[A-Z0-9])(?=[ \-]|$)")


def _valid_prefix(value: str) -> int:
    """The length of the longest run of ``value``'s groups that is a valid IBAN, or all
    of it: the groups in capitals after a valid IBAN are the next words ("... 00 BIC")."""
    for end in sorted((m.start() for m in _GROUP_END.finditer(value)), reverse=True):
        if has_iban_checksum(value[:end]):
            return end
    return len(value)
