"""Where a person lives, after words that say so, in any case.

"i live in demirtown", "im from kalajoki", "I'm staying with my sister in Mursko
Središće", "locuiesc în Răducăneni", "stau in dolni kounice": one to four words after
such a cue are the place, up to a function word, a number or punctuation ("i live in
new clare can you deliver" stops at "can"). The place is personal here because it
says where someone is; a town in "do you deliver to Cluj?" is left alone.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import LOCATION
from redaction.recognizers.name_gazetteer import lexicon, signed_name_and_town

RESIDENCE_CUES: tuple[str, ...] = (
    r"i\s+live\s+in", r"we\s+live\s+in", r"living\s+in", r"i(?:\s+am|['’]m)\s+from",
    r"im\s+from", r"(?:i\s+am|i['’]?m)\s+[^\W\d_]+\s+from", r"we['’]?re\s+from",
    r"(?:it['’]?s|this\s+is)\s+(?:[^\W\d_]+\s+){1,2}from",
    r"i(?:\s+am|['’]m)\s+based\s+in", r"based\s+in",
    r"i(?:\s+am|['’]m)\s+staying\s+(?:with\s+\w+\s+\w+\s+)?in", r"im\s+staying\s+in",
    r"i\s+moved\s+to", r"lives\s+in", r"lives\s+at", r"i\s+reside\s+in",
    r"i(?:\s+am|['’]m)\s+in", r"im\s+in",
    r"locuiesc\s+(?:[iî]n|la)", r"stau\s+(?:[iî]n|la)", r"sunt\s+din", r"m-am\s+mutat\s+[iî]n",
    r"domiciliat[ăa]?\s+[iî]n", r"domiciliul\s+[iî]n", r"din\s+localitatea",
    r"(?:domiciliu(?:l)?|re[șs]edin[țt][ăa]|localitate(?:a)?|ora[șs](?:ul)?|residence|city|town|"
    r"hometown|home\s+town|place\s+of\s+residence|wohnort|woonplaats|birthplace|"
    r"place\s+of\s+birth|town\s+of\s+birth|city\s+of\s+birth|village|municipality|"
    r"loc(?:ul)?\s+(?:de\s+)?na[șs]tere|locul\s+na[șs]terii|comun[aă]|"
    r"geburtsort|lieu\s+de\s+naissance)\s*[:\-–]",
    r"(?:my|his|her|their|our)\s+(?:home\s*town|birthplace)\s+(?:is|was)",
    r"(?:home\s*town|birthplace)\s+(?:is|was)",
    r"relocat\w*\s+(?:from|to)", r"arriv\w*\s+in", r"moving\s+to",
    # where someone was born, comes from or died: as telling as where they live
    r"born\s+in", r"originally\s+from", r"native\s+of", r"resident\s+of", r"at\s+home\s+in",
    r"n[ăa]scut(?:[ăa]|\(?[ăa]\))?\s+(?:pe\s+\S+\s+)?(?:la|[îi]n)", r"originar[ăa]?\s+din",
    r"de\s+loc\s+din", r"o\s+familie\s+din", r"familia\s+din",
    # lived there, lives near, a few minutes away: "i've lived in houghton le spring",
    # "whos 5 mins away in klippinge", "sora mea stă aproape în balotești" (not "comanda
    # stă în Sibiu": a parcel stuck there)
    r"lived\s+in", r"lives?\s+near", r"living\s+near", r"(?:mins?|minutes?)\s+away\s+in",
    r"st[ăa]\s+aproape\s+[iî]n", r"care\s+st[ăa]\s+[iî]n", r"locuie[șs]te\s+[iî]n",
    r"locuia\s+[iî]n",
)  # fmt: skip
_CUE = re.compile(rf"(?<!\w)(?:{'|'.join(RESIDENCE_CUES)})(?:(?<=:)|(?!\w))[ \t]*", re.IGNORECASE)
_PLACE_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")
_GAP = re.compile(r"[ \t]+")
_LINK = frozenset({"nad", "pod", "an", "am", "der", "de", "la", "lui", "sur", "upon"})
# Words that begin place names and are function or common words elsewhere.
PLACE_PREFIXES = frozenset(
    "new old east west north south saint st san santa los las el la le port mount upper"
    " lower great little fort lake bad".split()
)
# "A Lucknow pensioner", "the Voorhout couple": a town before a word for a person says
# where that person lives (local news, community notices).
_LOCAL_PERSON = re.compile(
    r"(?<![\w])(?:[Aa]n?|[Tt]he)[ \t]+((?:[A-ZĂÂÎȘȚ][^\W\d_]+[ \t]+){0,2}[A-ZĂÂÎȘȚ][^\W\d_]+)"
    r"[ \t]+(?:pensioner|resident|man|woman|mother|father|family|couple|teenager|student|"
    r"schoolboy|schoolgirl|grandmother|grandfather|widow|widower|farmer|"
    r"mum|dad|boy|girl|pupil)s?(?![\w])"
)
# Words before such a noun that are no town: an age, a nationality, a quality.
_NOT_A_TOWN = re.compile(
    r"^(?:Royal|Young|Old|Elderly|Local|Retired|Single|Lucky|Happy|Famous|Brave|New|Proud|"
    r"Married|Grieving|Working)$|(?:ian|ish|ese|ean|ic|ful|less|ly)$"
)
MAX_PLACE_WORDS = 4
SCORE = 0.6


def place_words(text: str, pos: int, limit: int) -> list[re.Match[str]]:
    """Up to ``limit`` words from ``pos`` on, each one after the last with only spaces
    or tabs between: the words a place's name can be made of."""
    words: list[re.Match[str]] = []
    while len(words) < limit:
        word = _PLACE_WORD.match(text, pos)
        if word is None:
            break
        words.append(word)
        gap = _GAP.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    return words


class ResidenceRecognizer(EntityRecognizer):
    """LOCATION: the place after "I live in", "im from", "locuiesc în", ..."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[LOCATION],
            supported_language=supported_language,
            name="ResidenceRecognizer",
        )

    def load(self) -> None:
        """Nothing to load: the cues are compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if LOCATION not in entities:
            return []
        lex = lexicon()
        found: list[RecognizerResult] = []
        for cue in _CUE.finditer(text):
            end, first_capital, after_prefix = -1, False, False
            for words, word in enumerate(place_words(text, cue.end(), MAX_PLACE_WORDS)):
                folded = word.group().casefold()
                is_link = folded in _LINK and words > 0
                is_prefix = folded in PLACE_PREFIXES
                kind = lex.kind(word.group())
                capital = word.group()[:1].isupper()
                in_name = words > 0 and first_capital and capital  # "Santa Comba Dão"
                if not is_link and not is_prefix and kind == "stop" and not in_name:
                    break
                if words == 0:
                    first_capital = capital
                elif not is_link and (
                    (first_capital and not capital)
                    or (kind == "word" and not capital and not after_prefix)
                ):
                    break  # "Stau în Ferrara de anul trecut", "from castres paying with"
                if not is_link:
                    end = word.end()
                after_prefix = is_prefix
            if end > cue.end():
                found.append(RecognizerResult(LOCATION, cue.end(), end, SCORE))
        for local in _LOCAL_PERSON.finditer(text):  # "A Lucknow pensioner has been ..."
            town_words = local.group(1).split()
            if not any(lex.kind(w) == "stop" or _NOT_A_TOWN.search(w) for w in town_words):
                found.append(RecognizerResult(LOCATION, local.start(1), local.end(1), SCORE))
        signed = signed_name_and_town(text)  # "... Camil, Craiova": where the reviewer lives
        if signed is not None:
            found.append(RecognizerResult(LOCATION, signed[1][0], signed[1][1], SCORE))
        return found
