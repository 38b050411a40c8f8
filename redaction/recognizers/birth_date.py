"""Dates of birth: a calendar date, only where the words around it say it is a birth date.

Formats: 12.03.1985, 12/03/1985, 12-03-1985, 1985-03-12, 12.03.85, 12 March 1985, 12-Mar-1985,
12th of March 1985, March 12, 1985, 12 martie 1985 (English, Romanian, German and
Dutch month names), and the parts said apart: a year alone, a day and month alone, a
year then the day and month ("m-am născut în 1994, pe 2 februarie"). Every pattern
needs a cue ("born", "DOB", "date of birth", "născut", "data nașterii", "geboren",
...) just before or after it, so a delivery date or an appointment is never reported.
Impossible dates (31.02.1985) and years outside 1900 to this year are dropped.
"""

from __future__ import annotations

import datetime as dt
import re

from presidio_analyzer import Pattern

from redaction.entities import DATE_OF_BIRTH
from redaction.recognizers.cued import CuedPatternRecognizer

BIRTH_CUES: tuple[str, ...] = (
    "born", "birth", "birthday", "birthdate", "b-?day", "dob", "d\\.o\\.b\\.?", "date of birth",
    "n[ăa]scut[ăa]?", "na[șşs]terii", "na[șşs]tere", "data na[șşs]terii", "ziua de na[șşs]tere",
    "zi de na[șşs]tere", "geboren", "geburtsdatum", "geburtstag", "geboortedatum",
    "geboren op", "jarig", "n\\.", "b\\.",  # "(n. 7.03.1987)", "(b. 1956)"
)  # fmt: skip

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "january jan ianuarie ian januar januari",
            "february feb februarie februar februari",
            "march mar martie märz maerz maart",
            "april apr aprilie",
            "may mai mei",
            "june jun iunie juni",
            "july jul iulie juli",
            "august aug",
            "september sep sept septembrie",
            "october oct octombrie oktober okt",
            "november nov noiembrie noi",
            "december dec decembrie dezember",
        ),
        start=1,
    )
    for name in names.split()
}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d{2}"
_ORD = r"(?:st|nd|rd|th|-?(?:lea|a))?"
_B = r"(?<![\w.])"
_E = r"(?![\w])"

PATTERNS: tuple[Pattern, ...] = (
    Pattern("day month year (numeric)", rf"{_B}{_DAY}[./\-]{_MON}[./\-]{_YEAR}{_E}", 0.3),
    Pattern("month day year (numeric, US)", rf"{_B}{_MON}[./\-]{_DAY}[./\-]{_YEAR}{_E}", 0.3),
    Pattern("day month 2-digit year", rf"{_B}{_DAY}[./]{_MON}[./]\d{{2}}(?![\w.])", 0.3),
    Pattern("ISO date", rf"{_B}{_YEAR}-{_MON}-{_DAY}{_E}", 0.3),
    Pattern(
        "day month-name year",
        rf"(?i){_B}{_DAY}{_ORD}\.?\s+(?:of\s+)?(?:{_MONTH})\.?,?\s+{_YEAR}{_E}",
        0.3,
    ),
    Pattern(
        "day-month-name-year",  # "03-Feb-1975", "3/feb/75"
        rf"(?i){_B}{_DAY}([\-/.])(?:{_MONTH})\1(?:{_YEAR}|\d{{2}}){_E}",
        0.3,
    ),
    Pattern(
        "month-name day, year", rf"(?i){_B}(?:{_MONTH})\.?\s+{_DAY}{_ORD},?\s+{_YEAR}{_E}", 0.3
    ),
    # "m-am născut în 1994, pe 2 februarie": the year first, the day and month after it.
    Pattern(
        "year, then day month-name",
        rf"(?i){_B}{_YEAR},?\s+(?:(?:pe|on|the|la|în|in)\s+)?{_DAY}{_ORD}\.?\s+(?:of\s+)?"
        rf"(?:{_MONTH}){_E}",
        0.3,
    ),
    # Part of a birth date, next to a cue: "born in 1994", "ziua mea e pe 2 februarie".
    Pattern("year alone", rf"{_B}{_YEAR}{_E}", 0.2),
    Pattern("day month-name", rf"(?i){_B}{_DAY}{_ORD}\.?\s+(?:of\s+)?(?:{_MONTH}){_E}", 0.2),
)

_NUMBERS = re.compile(r"\d+")
_MONTH_NAME = re.compile(rf"(?i)(?<!\w)(?:{_MONTH})(?!\w)")


def parse_birth_date(value: str) -> dt.date | None:
    """The date in ``value`` (one of the formats above), or None if it is impossible."""
    numbers = [int(n) for n in _NUMBERS.findall(value)]
    month_name = _MONTH_NAME.search(value)
    if month_name:
        month = MONTHS[month_name.group().casefold()]
        if len(numbers) == 1:  # day and month of a birthday, the year said elsewhere
            year, day = dt.date.today().year, numbers[0]
        elif len(numbers) == 2:
            day, year = sorted(numbers)
        else:
            return None
    elif len(numbers) == 1 and numbers[0] >= 1900:  # the birth year alone
        year, month, day = numbers[0], 1, 1
    elif len(numbers) == 3 and numbers[0] > 31:
        year, month, day = numbers
    elif len(numbers) == 3 and numbers[1] > 12:  # "05/31/1991": month first, US style
        month, day, year = numbers
    elif len(numbers) == 3:
        day, month, year = numbers
    else:
        return None
    if year < 100:
        year += 1900 if year > dt.date.today().year % 100 else 2000
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if 1900 <= year <= dt.date.today().year else None


class DateOfBirthRecognizer(CuedPatternRecognizer):
    """DATE_OF_BIRTH for real dates that a birth cue points at."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=DATE_OF_BIRTH,
            patterns=PATTERNS,
            cues=BIRTH_CUES,
            supported_language=supported_language,
            window_before=45,
            window_after=30,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        # Not ``validate_result``: a valid result would jump to score 1.0 and skip the cue.
        return parse_birth_date(pattern_text) is None
