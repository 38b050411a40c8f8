"""Postal addresses in international formats, with the town and postcode around them.

``address.py`` finds a street and its house number. People paste whole addresses:
several lines, an apartment or suite, the town, the state and postcode, in the order of
their country. Here an address is a **street line** followed by any **tail parts**:

Street lines:

* a number, then words ending in a street word ("96748 Stuart Ford", "4323 Autumn Pine
  Suite 574", "01 Claire Prairie"): the US Postal Service's street suffixes and the
  British ones;
* a street type, a name, then the number ("Calle de Camilo Burgos 19", "ul. Kościuszki
  66", "Piazza Anita, 34", "Rua de Coelho, 531"), in the languages of our tenants'
  customers;
* a name, a street word, the number ("Szegedi utca 16.", "Za Statky 4" with its tail);
* one word ending like a street and the number ("Ekgatan 815", "Porinkatu 993",
  "Stenderupgade 681", "Sieringgasse 28");
* any one to three capitalised words and a number, **only** when a postcode follows
  ("Rønningbråten 6, 8301 Jørgensen", "Chládkova 901\\n159 08 Boží Dar");
* a post-office box, a military address (``PSC 1234, Box 5678``, ``USNS Ship``, with
  ``APO AE 12345``), a flat ("Flat 23", also before the number: "Flat 3, 22 Kings
  Road"), an Indian house number line.

Tail parts, joined by a comma, a line break or a space: a town with state and ZIP
("Erikbury, NJ 25345"), a postcode and town ("90830 Marienberg", "H-3860 Cegléd",
"13-375 Śrem", "38020, Cloz (TN)"), a town and postcode ("Macin, 183016", "Kota-518190"),
a British, Irish, Dutch or Canadian postcode, a town on a line of its own before one of
those, and a country. A sign-off ("Thanks", "Regards") is never a town.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import STREET_ADDRESS
from redaction.recognizers.gated import GatedPatternRecognizer

# Street suffixes of the US Postal Service (Publication 28) and British street words.
STREET_SUFFIXES: tuple[str, ...] = (
    "alley", "allee", "annex", "approach", "arcade", "avenue", "ave", "bank", "bayou", "beach",
    "bend", "bluff", "bluffs", "bottom", "boulevard", "blvd", "brace", "branch", "bridge",
    "brook", "brooks", "burg", "burgs", "bypass", "camp", "canyon", "cape", "causeway",
    "center", "centers", "centre", "chase", "circle", "circles", "circus", "cliff", "cliffs",
    "close", "club", "common", "commons", "corner", "corners", "course", "court", "courts",
    "cove", "coves", "creek", "crescent", "crest", "croft", "crossing", "crossroad", "curve",
    "dale", "dam", "divide", "drive", "drives", "dr", "drove", "end", "esplanade", "estate",
    "estates", "expressway", "extension", "extensions", "fall", "falls", "ferry", "field",
    "fields", "flat", "flats", "ford", "fords", "forest", "forge", "forges", "fork", "forks",
    "fort", "freeway", "garden", "gardens", "gate", "gateway", "glen", "glens", "green",
    "greens", "grove", "groves", "harbor", "harbors", "harbour", "haven", "heights", "highway",
    "hill", "hills", "hollow", "inlet", "island", "islands", "isle", "junction", "junctions",
    "key", "keys", "knoll", "knolls", "lake", "lakes", "land", "landing", "lane", "ln",
    "light", "lights", "loaf", "lock", "locks", "lodge", "loop", "mall", "manor", "manors",
    "meadow", "meadows", "mews", "mill", "mills", "mission", "motorway", "mount", "mountain",
    "mountains", "neck", "orchard", "oval", "overpass", "parade", "park", "parks", "parkway",
    "parkways", "pass", "passage", "path", "pike", "pine", "pines", "place", "pl", "plain",
    "plains", "plaza", "point", "points", "port", "ports", "prairie", "promenade", "quay",
    "radial", "ramp", "ranch", "rapid", "rapids", "rest", "ridge", "ridges", "rise",
    "riviera", "river", "road", "roads", "rd", "route", "row", "rue", "run", "shoal",
    "shoals", "shore", "shores", "skyway", "spring", "springs", "spur", "spurs", "square",
    "squares", "sq", "station", "strand", "stravenue", "stream", "street", "streets", "st",
    "summit", "terrace", "throughway", "trace", "track", "trafficway", "trail", "trailer",
    "tunnel", "turnpike", "underpass", "union", "unions", "vale", "valley", "valleys", "via",
    "viaduct", "view", "views", "village", "villages", "ville", "vista", "walk", "walks",
    "wall", "way", "ways", "well", "wells", "wharf", "wynd", "yard",
)  # fmt: skip

# Street types written before the name, in the languages of our tenants' customers.
STREET_TYPES_BEFORE: tuple[str, ...] = (
    # es, pt
    r"calle", r"c/", r"c\.", r"avenida", r"avda\.?", r"av\.?", r"paseo", r"plaza", r"camino",
    r"carretera", r"callej[oó]n", r"ca[nñ]ada", r"ronda", r"glorieta", r"pasaje", r"v[ií]a",
    r"urbanizaci[oó]n", r"alameda", r"rambla", r"traves[ií]a", r"rua", r"travessa",
    r"pra[cç]a", r"estrada", r"largo", r"beco",
    # it
    r"viale", r"piazza", r"piazzale", r"corso", r"vicolo", r"strada", r"contrada",
    r"incrocio", r"borgo", r"rotonda", r"stretto", r"canale", r"lungomare", r"via",
    # pl, cs, sk
    r"ul\.?", r"ulica", r"al\.?", r"aleja", r"pl\.?", r"plac", r"os\.?", r"osiedle",
    r"n[aá]m[eě]st[ií]", r"n[aá]m\.", r"t[rř][ií]da", r"ulice",
    # fr
    r"rue", r"avenue", r"boulevard", r"bd\.?", r"chemin", r"impasse", r"all[ée]e", r"quai",
    r"route", r"place", r"cours", r"passage", r"square",
    # tr
    r"sokak", r"sk\.?", r"cadde(?:si)?", r"cd\.?", r"bulvar[ıi]",
    # ro (the street types of address.py, again for the multi-line tail)
    r"strada", r"str\.?", r"bulevardul", r"bd\.?", r"b-dul\.?", r"calea", r"aleea",
    r"[șşs]oseaua", r"[șşs]os\.?", r"pia[țţt]a", r"splaiul", r"intrarea", r"drumul",
    # en, de, nl written first
    r"avenue", r"rue", r"van", r"an der", r"am", r"auf der", r"im",
)  # fmt: skip

# Street words written after the name, as separate words.
STREET_WORDS_AFTER: tuple[str, ...] = (
    r"utca", r"u\.", r"[úu]t", r"t[ée]r", r"k[öo]r[úu]t", r"krt\.", r"k[öo]z", r"sor",
    r"stra[ßs]e", r"str\.", r"weg", r"platz", r"allee", r"gasse", r"ring", r"street", r"road",
    r"bulevardi", r"tie", r"katu", r"sokak", r"sokağı", r"caddesi", r"mahallesi", r"mah\.",
    r"ulica", r"ul\.", r"al\.", r"cesta", r"trg", r"n[aá]m[eě]st[ií]", r"odos",
    r"[úu]tja", r"s[ée]t[áa]ny", r"rakpart", r"fasor", r"avenija", r"obala",
)  # fmt: skip

# Endings of one-word street names (German, Dutch, Nordic, Finnish, Czech).
STREET_ENDINGS: tuple[str, ...] = (
    "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer",
    "chaussee", "steig", "pfad", "straat", "gracht", "laan", "plein", "kade", "singel",
    "dijk", "steeg", "markt", "pad", "dreef", "hof", "baan", "boulevard", "gatan", "vägen",
    "torget", "gränd", "stigen", "backen", "allén", "leden", "vej", "gade", "allé", "plads",
    "stræde", "veien", "vegen", "gata", "gate", "stien", "bakken", "katu", "kuja",
    "polku", "tori", "raitti", "bulevardi", "kaari", "rinne", "väylä", "ntie",
    "vænget", "toppen", "svingen", "åsen",
)  # fmt: skip

SIGN_OFFS: tuple[str, ...] = (
    "thanks", "thank", "regards", "best", "cheers", "sincerely", "kind", "yours", "mulțumesc",
    "multumesc", "mersi", "cu", "salut", "pa", "hi", "hello", "dear", "please", "and", "or",
    "my", "the", "phone", "tel", "email", "e-mail", "iban", "card", "name", "nume", "și",
    "si", "also", "but", "i", "we", "you", "it", "this", "that", "is", "was", "call",
)  # fmt: skip


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def _literal(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.replace(".", r"\.") for w in words)


_H = r"[ \t]"
# "Stuart", "O'Neil", "Denis-sur-Hubert", Dutch "IJssel"; not a word in capitals ("HOME
# ADDRESS" is a label)
_CAP = r"(?:\p{Lu}['’]|I(?=J\p{Ll}))?\p{Lu}(?:[\p{Ll}\p{M}'’\-][\p{L}\p{M}'’\-]*)?(?![\p{L}])"
# Function words inside street and town names ("Calle de Camilo Burgos", "Dvůr Králové nad
# Labem"), longer ones first where one begins another.
LINK_WORDS: tuple[str, ...] = (
    "de", "del", "de la", "dos", "das", "do", "da", "di", "della", "van", "der", "den", "von",
    "la", "le", "les", "du", "des", "sur", "sous", "am", "an", "im", "bei", "ob", "unter",
    "upon", "on", "nad", "pod", "na", "lui", "in", "en", "y", "e", "u",
    # Dutch and Flemish towns ("Capelle aan den IJssel", "Bergen op Zoom")
    "aan den", "aan de", "aan", "op", "bij", "ter",
)  # fmt: skip
_LINK = rf"(?:{'|'.join(LINK_WORDS)})"
# Street words written in lower case inside a name ("Str. Vihorlatská ulica nr. 601").
_INNER_STREET_WORD = (
    r"(?:ulica|utca|útja|út|ul\.|al\.|allee|gasse|weg|stra[ßs]e|street|road|via|degli|dei)"
)
_ANY_WORD = r"\p{L}[\p{L}\p{M}'’.\-]*"
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ianuarie|februarie|martie|aprilie"
    "|mai|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
)
_NOT_MONTH = rf"(?!(?i:{_MONTHS})(?![\p{{L}}]))"  # "October 5, 1939" is a date
_DAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|luni|marți|marti|miercuri"
    "|joi|vineri|sâmbătă|sambata|duminică|duminica"
)
# No town is a weekday or a month ("... 8WG Neath on Saturday").
_NOT_DAY = rf"(?!(?i:{_MONTHS}|{_DAYS})(?![\p{{L}}]))"
# A house number: not the start of an ordinal, a decimal or a date ("Oxford Street, 3rd
# floor", "Piața Romană, 15.07", "Strada Lipscani, 13 august").
_NUMBER = (
    r"\d{1,5}(?:[ \t]?[A-Za-z](?![\p{L}]))?(?:[\-/]\d{1,5}[A-Za-z]?)?(?![\p{L}\d])(?!\.\d)"
    rf"(?![ \t]+(?i:{_MONTHS})(?![\p{{L}}]))\.?"
)
# Capitalised words of a street's name; a month is none ("Baker Street on June 16").
_CAPS = (
    rf"(?:{_LINK}{_H}+)?{_NOT_MONTH}{_CAP}(?:{_H}+(?:{_LINK}{_H}+){{0,2}}{_NOT_MONTH}{_CAP}){{0,3}}"
    rf"(?:{_H}+{_INNER_STREET_WORD}(?![\p{{L}}]))?"
)
_SUFFIX = rf"(?i:{_alternation(STREET_SUFFIXES)})\.?(?![\p{{L}}])"
_SECONDARY = (
    rf"(?:{_H}*,?{_H}*(?i:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|box|piso|"
    r"appartamento|interno|int|scala|bl|sc|et|ap|lok|etage|whg|door|puerta|esc|planta|"
    r"bloc|bloque|portal|piano|studio|stiege|top)\.?"
    rf"{_H}*(?:#|nr\.?|no\.?)?{_H}*[A-Za-z0-9][A-Za-z0-9\-]{{0,5}}(?![\p{{L}}\d]))*"
)
_NOT_SIGN_OFF = rf"(?!(?i:{_alternation(SIGN_OFFS)})(?![\p{{L}}]))"
_CITY = (
    rf"{_NOT_SIGN_OFF}{_CAP}(?:{_H}+(?:{_LINK}{_H}+){{0,2}}{_NOT_SIGN_OFF}{_NOT_DAY}{_CAP}){{0,3}}"
    rf"(?:{_H}*\([^()\n]{{1,30}}\))?"  # "Valea Mare (Negresti)", "Cloz (TN)"
)
_SEP = rf"(?:{_H}*,{{0,2}}{_H}*\n{_H}*|{_H}*,{{1,2}}{_H}*|{_H}+)"
_NL = rf"(?:{_H}*,?{_H}*\n{_H}*)"
_STATE_ZIP = r"[A-Z]{2,3},?[ \t]+(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w])"
_POSTCODE = (
    r"(?:(?:[A-Z]{1,2}-|T\.?K\.?[ \t]*)?(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{4,6})"
    r"(?:[ \t]?[A-Z]{2}(?![\w]))?)"
)
# British, Irish (Eircode) and Canadian postcodes.
_UK_POSTCODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d{2}[ \t]?[A-Z0-9]{4}"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w])"
)
COUNTRIES: tuple[str, ...] = (
    "Romania", "România", "Moldova", "USA", "U\\.S\\.A\\.", "United States", "UK",
    "United Kingdom", "Germany", "Deutschland", "France", "Italy", "Italia", "Spain",
    "España", "Portugal", "Netherlands", "Nederland", "Belgium", "Austria", "Österreich",
    "Hungary", "Magyarország", "Poland", "Polska", "Sweden", "Sverige", "Norway", "Norge",
    "Denmark", "Danmark", "Finland", "Suomi", "Ireland", "Czech Republic", "Czechia",
    "Slovakia", "Greece", "Turkey", "Türkiye", "India", "Canada", "Australia",
    "Switzerland", "Schweiz", "Bulgaria", "Croatia", "Serbia", "Ukraine",
)  # fmt: skip
_COUNTRY = rf"(?:{_alternation(COUNTRIES)})(?![\p{{L}}])"
# One tail part; the first three carry a postcode, the town alone needs one after it.
_UPPER_CITY = r"[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){0,2}"  # "SPRINGFIELD, IL 62704"
_TAIL_WITH_CODE = (
    rf"(?:{_CITY},?{_H}+{_STATE_ZIP}"
    rf"|{_UPPER_CITY},?{_H}+{_STATE_ZIP}"
    rf"|{_CITY},?{_H}+{_UK_POSTCODE}"
    rf"|{_POSTCODE},?{_H}+{_CITY}(?:{_H}+\([A-Z]{{2}}\))?"
    rf"|\d{{4}}{_H}?[A-Z]{{2}}{_NL}{_CITY}"  # Dutch: "9590 NC" and the town below
    rf"|{_CITY}(?:,{_H}*|{_H}+|-){_POSTCODE}(?![\w])"
    rf"|{_UK_POSTCODE}(?:{_H}+{_CITY})?"
    rf"|(?:APO|FPO|DPO){_H}+(?:AA|AE|AP){_H}+\d{{5}}"
    rf"|{_STATE_ZIP})"
)
# A postcode alone on the next line ("Čakovečka Ulica 280\n44324").
_BARE_POSTCODE = r"(?:\d{2}-\d{3}|\d{4,6})(?![\w\-])"
_TAIL = (
    rf"(?:{_SEP}(?:{_TAIL_WITH_CODE}|{_CITY}(?={_SEP}(?:{_TAIL_WITH_CODE}))|{_COUNTRY})"
    rf"|{_NL}{_BARE_POSTCODE})"
)
_TAILS = rf"{_TAIL}{{0,4}}"
_B = r"(?<![\p{L}\d\-/.,:])"
# A flat written before the house number: "Flat 3, 22 Kings Road".
_FLAT_FIRST = rf"(?:(?i:flat|apt|apartment|unit|suite)\.?{_H}*\d{{1,4}}[A-Za-z]?,?{_H}+)"

PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "number, name and street suffix",
        rf"{_B}{_FLAT_FIRST}?(?:(?i:h\.?{_H}?no\.?|no\.?){_H}*)?\d{{1,6}}[A-Za-z]?(?:[\-/]\d{{1,5}})?,?{_H}+"
        rf"(?:(?!(?i:on|at|in|to|and|or|from|by|for|of|near|until|till|pm|am|x)\b)"
        rf"(?:{_CAP}|[A-Z][A-Z'’\-]+){_H}+)"
        rf"{{1,3}}{_SUFFIX}{_SECONDARY}{_TAILS}",
        0.9,
    ),
    Pattern(
        "street type, name and number",
        rf"(?<![\p{{L}}\d])(?i:{_alternation(STREET_TYPES_BEFORE)})(?:{_H}+|(?<=\.)){_CAPS},?"
        rf"{_H}+(?i:nr\.?{_H}*|no\.?{_H}*|n[°º]{_H}*)?(?:{_NUMBER}|(?i:s/n)){_SECONDARY}{_TAILS}",
        0.9,
    ),
    Pattern(
        "number, street type and name",
        rf"{_B}\d{{1,4}}(?:{_H}?(?i:bis|ter))?,?{_H}+(?i:{_alternation(STREET_TYPES_BEFORE)})"
        rf"{_H}+{_CAPS}{_SECONDARY}{_TAILS}",
        0.9,
    ),
    Pattern(
        "street type and name before a postcode",
        rf"(?<![\p{{L}}\d])(?i:{_alternation(STREET_TYPES_BEFORE)})(?:{_H}+|(?<=\.)){_CAPS}"
        rf"(?:{_SEP}{_TAIL_WITH_CODE}){_TAILS}",
        0.85,
    ),
    Pattern(
        "name, street word and number",
        rf"(?<![\p{{L}}\d]){_CAPS}{_H}+(?i:{_alternation(STREET_WORDS_AFTER)})(?![\p{{L}}])"
        rf",?{_H}+{_NUMBER}{_SECONDARY}{_TAILS}",
        0.9,
    ),
    Pattern(
        "one-word street and number",
        rf"(?<![\p{{L}}\d])(?:\p{{Lu}}[\p{{L}}\-]*(?:{_H}+|-))?\p{{Lu}}[\p{{L}}\-]*"
        rf"(?i:{_alternation(_literal(STREET_ENDINGS))}),?{_H}+{_NUMBER}{_SECONDARY}{_TAILS}",
        0.9,
    ),
    Pattern(
        "number and one-word street",
        rf"{_B}\d{{1,5}}[A-Za-z]?,?{_H}+\p{{Lu}}[\p{{L}}\-]*"
        rf"(?i:{_alternation(_literal(STREET_ENDINGS))}){_SECONDARY}{_TAILS}",
        0.9,
    ),
    Pattern(
        "number and words before a postcode",
        rf"{_B}{_FLAT_FIRST}?\d{{1,5}}[A-Za-z]?,?{_H}+{_NOT_MONTH}{_CAPS}{_SECONDARY}"
        rf"(?:{_SEP}{_TAIL_WITH_CODE}){_TAILS}",
        0.85,
    ),
    Pattern(
        "words and number before a postcode",
        rf"(?<![\p{{L}}\d]){_NOT_MONTH}{_CAPS},?{_H}+{_NUMBER}{_SECONDARY}"
        rf"(?:{_SEP}{_TAIL_WITH_CODE}){_TAILS}",
        0.85,
    ),
    Pattern(
        "house number line, street line and postcode",
        rf"{_B}(?:(?i:h\.?{_H}?no\.?|flat|apt\.?|unit|studio){_H}*\d{{1,5}}[A-Za-z]?"
        rf"(?:/\d{{1,5}})?,?(?:{_H}*|{_NL})|\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}})?(?:,?{_NL}|,{_H}+))"
        rf"{_CAPS}(?:{_NL}{_CAPS})?(?:{_SEP}{_TAIL_WITH_CODE}){_TAILS}",
        0.85,
    ),
    Pattern(
        "post-office box",
        rf"(?<![\p{{L}}\d])(?:(?i:p\.?{_H}?o\.?{_H}?box|post{_H}office{_H}box|postfach|"
        rf"c[ăa]su[țţt]a{_H}po[șşs]tal[ăa]|apartado(?:{_H}de{_H}correos)?|bo[îi]te{_H}postale"
        rf"|caixa{_H}postal|casilla)|C\.?P\.?)"
        rf"{_H}*\d{{1,6}}(?:{_TAIL}|{_SEP}{_CITY}(?![\p{{L}}]))*",
        0.9,
    ),
    Pattern(
        "military address",
        rf"(?<![\p{{L}}\d])(?:(?i:PSC|CMR|Unit){_H}+\d{{3,5}},?{_H}+(?i:Box){_H}+\d{{3,5}}"
        rf"|(?:USNS|USS|USNV|USCGC){_H}+{_CAP}(?:{_H}+{_CAP})?)"
        rf"{_SEP}(?i:APO|FPO|DPO){_H}+(?i:AA|AE|AP){_H}+\d{{5}}(?![\w])",
        0.95,
    ),
    Pattern(
        "flat line and town lines",
        rf"(?<![\p{{L}}\d])(?i:flat|apartment|apt\.?|studio|unit|suite){_H}+\d{{1,4}}[A-Za-z]?"
        rf"(?:{_NL}|,{_H}*){_CAPS}"
        rf"(?:{_NL}{_CAPS})?(?:{_SEP}{_TAIL_WITH_CODE}){_TAILS}",
        0.9,
    ),
)


_HAS_NUMBER = re.compile(r"\d|s/n", re.IGNORECASE)
# Words a capitalised-words pattern may take in before the address: a label or a
# contraction that opens the sentence ("ADDRESS Bredabacken 448, ...", "It's Foster
# Smith, 432 Lisagally Crescent, ..."); the address starts after them.
_LEADING_NOT_ADDRESS = re.compile(
    r"(?:(?:it['’]s|here['’]s|that['’]s|i['’]m|we['’]re|address|adresa|adresă|addr|"
    r"my|our|ship|send|deliver)(?![\w'’])[ \t,:]*)+",
    re.IGNORECASE,
)


class InternationalAddressRecognizer(GatedPatternRecognizer):
    """STREET_ADDRESS: whole postal addresses in international formats (module docstring)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=STREET_ADDRESS,
            patterns=list(PATTERNS),
            supported_language=supported_language,
            global_regex_flags=0,  # capitals matter; keywords carry (?i:...)
        )

    def gate(self, text: str) -> bool:
        # Every pattern holds a number (house, postcode, box) or "s/n".
        return _HAS_NUMBER.search(text) is not None

    def invalidate_result(self, pattern_text: str) -> bool:
        return len(pattern_text.split()) < 2

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in found:
            lead = _LEADING_NOT_ADDRESS.match(text, result.start, result.end)
            if lead is not None and lead.end() < result.end:
                result.start = lead.end()
        return found
