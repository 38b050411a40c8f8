"""Street addresses: a street with a house number, in Romanian, English, German, Dutch and
French.

* Romanian: a street type ("Strada", "Str.", "Bd.", "Bulevardul", "B-dul", "Calea",
  "Aleea", "Șoseaua", "Sos.", "Piața", "Splaiul", "Intrarea") and a name, then the
  number ("nr. 5", or just "155"), then any of bl. / sc. / et. / ap. / sector;
* English: "221B Baker Street", "12 Main St", "42 Oak Avenue, Apt 5";
* French and Belgian: "Rue de la Loi 16", "12 avenue Louise", "Chaussée de Wavre 5";
* German and Dutch: one word ending in a street word ("Hauptstraße 5",
  "Keizersgracht 123", "Lindenweg 7a") or a name and a street word ("Berliner Straße 5");

each optionally followed by a postcode (6 digits RO, 5 DE, "1012 AB" NL); the town is
left to NER. Scores beat spaCy's 0.85, so a NER guess covering part of the street
("Strada Lipscani" as a PERSON) does not cut the address short. A street named without
a number ("Piața Unirii is lovely") is not reported: alone it identifies nobody.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from redaction.entities import STREET_ADDRESS

RO_STREET_TYPES: tuple[str, ...] = (
    r"strada", r"str\.?", r"bulevardul", r"bulevard", r"bd\.?", r"b-dul\.?", r"bdul\.?",
    r"calea", r"aleea", r"al\.", r"[șşs]oseaua", r"[șşs]os\.?", r"pia[țţt]a", r"splaiul",
    r"intrarea", r"intr\.", r"drumul", r"prelungirea", r"fundătura", r"fundatura",
)  # fmt: skip
EN_STREET_TYPES: tuple[str, ...] = (
    r"street", r"st\.?", r"road", r"rd\.?", r"avenue", r"ave\.?", r"lane", r"ln\.?",
    r"drive", r"boulevard", r"blvd\.?", r"way", r"court", r"place", r"square", r"close",
    r"crescent", r"terrace", r"gardens", r"parkway", r"highway", r"row", r"mews",
)  # fmt: skip
# Endings of one-word German and Dutch street names, and their separate-word forms.
COMPOUND_ENDINGS: tuple[str, ...] = (
    r"stra[ßs]e", r"str\.", r"weg", r"gasse", r"platz", r"allee", r"ring", r"damm", r"ufer",
    r"chaussee", r"straat", r"gracht", r"laan", r"plein", r"kade", r"singel", r"dijk",
    r"steeg", r"markt", r"pad", r"dreef", r"hof", r"gatan", r"gata", r"vej", r"gade",
    r"straat", r"strasse", r"gässli",
)  # fmt: skip
# French and Belgian street types ("Rue de la Loi 16", "12 avenue Louise").
FR_STREET_TYPES: tuple[str, ...] = (
    r"rue", r"avenue", r"av\.", r"boulevard", r"bd\.?", r"chauss[ée]e", r"place", r"quai",
    r"impasse", r"all[ée]e", r"chemin", r"route", r"cours", r"square", r"passage",
)  # fmt: skip
SEPARATE_WORDS: tuple[str, ...] = (r"Stra[ßs]e", r"Str\.", r"Weg", r"Platz", r"Allee", r"Gasse")

# Longest first: regex alternation takes the first that matches, and "bl" before "bloc"
# would stop the address at "bloc".
_DETAIL_WORDS = (
    r"blocul|bloc|bl|scara|sc|etajul|etaj|et|apartamentul|apartament|apt|ap|sectorul|sector"
    r"|camera|cam|corp|nr|num[aă]r(?:ul)?"
)
_STOP = rf"(?:{_DETAIL_WORDS}|și|si|și|la|în|in|din|pe|cu|and|the|from|to|my|on|at|by|for|of)"
# A word, with an abbreviation's dot only after a short one ("Gen.", "Sf.", "Str."): a
# longer word and a dot end a sentence ("Piata Romana. Reducere 33").
_WORD = r"[\p{L}][\p{L}'’\-]*(?:(?<![\p{L}]{5})\.)?"
_RO_NAME_WORD = rf"(?!(?i:{_STOP})\b)(?:{_WORD}|\d{{1,4}}(?=[ \t]+\p{{L}}))"
_RO_NAME = rf"(?!(?i:{_STOP})\b){_WORD}(?:[ \t]+{_RO_NAME_WORD}){{0,3}}"
# A house number, with a letter ("7a", "12 B") or a range ("5-7"); not a time or a
# quantity glued to letters ("10pm", "12kg").
_NUMBER = r"\d{1,4}(?![\d])(?:[ \t]?[A-Za-z](?![\p{L}]))?(?![\p{L}])(?:[\-/]\d{1,4}(?![\d]))?"
_RO_NUMBER = rf"(?:,?[ \t]*(?i:nr|num[aă]r(?:ul)?|no)\.?[ \t]*|[ \t]+){_NUMBER}"
# A Romanian postcode where the house number is left out ("aleea dobre caransebes 634259").
_RO_POSTCODE = r"[ \t]+\d{6}(?![\p{L}\d])"
_DETAIL = rf"(?:[ \t]*,?[ \t]*(?i:{_DETAIL_WORDS})\.?[ \t]*[A-Za-z0-9]{{1,4}}(?![\p{{L}}\d]))"
# RO (6 digits), DE (5), NL ("1012 AB"), and UK ("BS8 1TH", optionally after the town).
_UK_POSTCODE = r"(?:\p{Lu}[\p{L}\-]+[ \t]+)?[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
_POSTCODE = (
    r"(?:[ \t]*,?[ \t]*(?:(?i:cod(?: postal)?)[ \t]*)?"
    rf"(?:\d{{6}}|\d{{5}}|\d{{4}}[ \t]?[A-Z]{{2}}|{_UK_POSTCODE})(?![\w]))"
)
_TAIL = rf"{_DETAIL}*{_POSTCODE}?"

# Words that link a number to a street without being part of its name ("open 9 to 5
# on Main Street") and times ("5 pm").
_EN_NOT_STREET = r"(?!(?i:on|at|in|to|and|or|from|by|for|of|near|until|till|pm|am|x)\b)"
_RO_TYPES = "|".join(RO_STREET_TYPES)
_EN_TYPES = "|".join(EN_STREET_TYPES)
_ENDINGS = "|".join(COMPOUND_ENDINGS)
_SEPARATE = "|".join(SEPARATE_WORDS)
_FR_TYPES = "|".join(FR_STREET_TYPES)
_FR_LINK = r"(?:(?i:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’])[ \t]*)"
_FR_NAME = rf"{_FR_LINK}?\p{{Lu}}[\p{{L}}'’\-]*(?:[ \t]+{_FR_LINK}?\p{{Lu}}[\p{{L}}'’\-]*){{0,3}}"

PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "Romanian street, number and details",
        rf"(?<![\p{{L}}\d])(?i:{_RO_TYPES})[ \t]+{_RO_NAME}(?:{_RO_NUMBER}|{_RO_POSTCODE}){_TAIL}",
        0.95,
    ),
    Pattern(
        "English number and street",
        rf"(?<![\p{{L}}\d\-/.,:])\d{{1,5}}[A-Za-z]?[ \t]+"
        rf"(?:{_EN_NOT_STREET}[\p{{L}}][\p{{L}}'’\-]*[ \t]+){{1,3}}"  # no sentence end inside
        rf"(?i:{_EN_TYPES})(?![\p{{L}}])"
        rf"(?:[ \t]*,?[ \t]*(?i:apt|apartment|flat|suite|unit|#)\.?[ \t]*#?[A-Za-z0-9]{{1,5}})?"
        rf"{_POSTCODE}?",
        0.9,
    ),
    Pattern(
        "German or Dutch one-word street and number",
        rf"(?<![\p{{L}}])(?:(?:Van|De|Den|Der|Sint|Sankt|St\.)[ \t]+)?"
        rf"\p{{Lu}}\p{{Ll}}+(?:{_ENDINGS})"
        rf"[ \t]+{_NUMBER}(?![\d]){_DETAIL}*{_POSTCODE}?",
        0.9,
    ),
    Pattern(
        "French street type, name and number",
        rf"(?<![\p{{L}}\d])(?i:{_FR_TYPES})[ \t]+{_FR_NAME},?[ \t]+{_NUMBER}(?![\d])"
        rf"{_POSTCODE}?",
        0.9,
    ),
    Pattern(
        "French number, street type and name",
        rf"(?<![\p{{L}}\d\-/.,:])\d{{1,4}}(?:[ \t]?(?i:bis|ter))?,?[ \t]+(?i:{_FR_TYPES})[ \t]+"
        rf"{_FR_NAME}{_POSTCODE}?",
        0.9,
    ),
    Pattern(
        "German name and street word, number",
        rf"(?<![\p{{L}}])\p{{Lu}}\p{{Ll}}+(?:er)?[ \t]+(?:{_SEPARATE})[ \t]+{_NUMBER}(?![\d])"
        rf"{_POSTCODE}?",
        0.9,
    ),
)


class StreetAddressRecognizer(PatternRecognizer):
    """STREET_ADDRESS: a street with its house number, in RO, EN, DE and NL forms."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=STREET_ADDRESS,
            patterns=list(PATTERNS),
            supported_language=supported_language,
            global_regex_flags=0,  # capitals matter in names; keywords carry (?i:...)
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        # "opening at 9 on Main Street" must not turn "9 on Main Street" into an address,
        # and a street word alone after a number ("3 St.") is not enough.
        return len(pattern_text.split()) < 2
