"""Names on no list, from our PERSON model (``person_model.py``), where no other rule
could find them: "Krimhilda a căzut azi-noapte", "ask jetti about it".

The name lists, the cues and spaCy's English model find the names they know; a name from
elsewhere with no cue word before it ("Gyopár brings the stands") leaks. Our model reads
the words around it, but alone it also takes rare everyday words, shops and job titles for
people. So a find of the model is kept only when every word of it is written too seldom
to be an everyday word (``unlisted``) or is a listed name, and at least one is unlisted
(the listed ones are the other recognizers' work); in a find of several words in lower
case that no number follows, a word that only another language writes often is a name's
word too ("chajim hrabal", "leticie holý": Czech words; ``_foreign``). Not kept:

- a word with a digit, one in capitals ("OPAP") or with a capital inside ("FitZone");
- a word English text writes at least ``EN_SELDOM_ZIPF`` (Zipf) or Romanian text at
  least ``RO_SELDOM_ZIPF`` ("handover", "despatch"); an everyday word of any of
  ``common_words.LANGUAGES``; a word of the Romanian list, also typed without
  diacritics ("polita"), or one written with Romanian letters (our lists know
  Romania's names); a town of the gazetteer;
- a find across a line break or a "|", and a lone word making up the line right below
  a line of capitalised words: in a signature that is the person's firm or job;
- in Romanian text, a find in lower case: there the model takes inflected everyday
  words typed without diacritics ("microbuzul", "platibila") for names.

The model reads only what it must (same finds, less time; ``analyze_after``): nothing
when no word of the message could pass, or when every word that could is already inside
a name the other recognizers found (and no stronger place or firm lies over it); else
the lines holding the words left open, each with the line above and below it.

On the dev splits this took 22 name leaks away for 47 more lost keep words (before the
guards above: 122).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from models.person_ner import person_offsets
from redaction.entities import PERSON
from redaction.recognizers.common_words import is_common_word
from redaction.recognizers.name_gazetteer import is_listed_name, lexicon
from redaction.recognizers.person_model import PersonModelRecognizer
from redaction.recognizers.romanian_words import romanian_words
from redaction.recognizers.towns import is_town
from redaction.word_memory import WordMemo, zipf

RECOGNIZER_NAME = "UnlistedNameRecognizer"
# Zipf frequencies from which a word is too often written to be a name nobody listed:
# "handover" 3.0, "despatch" 2.7, "requester" 2.3 in English; a Romanian word of the
# small list has 1.5 or more.
EN_SELDOM_ZIPF = 2.0
RO_SELDOM_ZIPF = 1.5
LOWER_CASE_LANGUAGES = frozenset({"en"})
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*")
_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")
_NUMBER_AFTER = regex.compile(r"[ \t,]*\d")
_ROMANIAN_LETTERS = frozenset("ăâîșşțţĂÂÎȘŞȚŢ")
_CAPITALISED_LINE = regex.compile(
    r"[ \t]*\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){1,3}[ \t]*"
)


def _looks_like_a_name(word: str) -> bool:
    """Not in capitals ("OPAP") and no capital inside ("FitZone")."""
    return not (_INNER_CAPITAL.search(word) or (len(word) > 1 and word.isupper()))


@WordMemo
def unlisted(word: str) -> bool:
    """True when ``word`` is written too seldom, in every language we know words of, to
    be anything but a name (or a brand) and no list holds it."""
    if not _seldom_in_english_and_romanian(word):
        return False
    return not (is_common_word(word) or is_town(word))


def _seldom_in_english_and_romanian(word: str) -> bool:
    """No digit and no Romanian letter (our lists know Romania's names), written seldom in
    English and Romanian text, and on no Romanian word list."""
    if any(char.isdigit() for char in word) or _ROMANIAN_LETTERS & set(word):
        return False
    folded = word.casefold()
    if zipf(folded, "en") >= EN_SELDOM_ZIPF or zipf(folded, "ro") >= RO_SELDOM_ZIPF:
        return False
    return folded not in romanian_words().all


@WordMemo
def _foreign(word: str) -> bool:
    """A word English and Romanian text seldom write and no dictionary of ours holds,
    though another language writes it often: beside an unlisted word in one find of the
    model, part of the name ("chajim hrabal", "leticie holý", "öykü kocabıyık")."""
    return _seldom_in_english_and_romanian(word) and lexicon().kind(word) == "unknown"


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _below_a_name_line(text: str, start: int, end: int) -> bool:
    """A lone word making up its line, right below a line of capitalised words."""
    line_start, line_end = _line(text, start, end)
    if line_start == 0 or text[line_start:line_end].strip() != text[start:end]:
        return False
    above_start, above_end = _line(text, line_start - 1, line_start - 1)
    return _CAPITALISED_LINE.fullmatch(text, above_start, above_end) is not None


def _stretches_to_read(text: str, words: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` to read for ``words``: each word's line with the lines
    right above and below it (the model reads a word's neighbours), merged, in order."""
    stretches: list[tuple[int, int]] = []
    for start, end in words:
        line_start, line_end = _line(text, start, end)
        if line_start > 0:
            line_start = _line(text, line_start - 1, line_start - 1)[0]
        if line_end < len(text):
            line_end = _line(text, line_end + 1, line_end + 1)[1]
        if stretches and line_start <= stretches[-1][1] + 1:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], line_end))
        else:
            stretches.append((line_start, line_end))
    return stretches


def _offsets_in(
    text: str, stretches: Sequence[tuple[int, int]], model_dir: Path | None
) -> list[tuple[int, int]]:
    """The model's finds in ``stretches`` of ``text``, read in one call as those stretches
    joined by line breaks (a find never crosses one: ``_keeps`` drops it), in ``text``'s
    offsets."""
    joined = "\n".join(text[start:end] for start, end in stretches)
    bounds: list[tuple[int, int, int]] = []  # each stretch in the joined text, and its shift
    at = 0
    for start, end in stretches:
        bounds.append((at, at + end - start, start - at))
        at += end - start + 1
    return [
        (found_start + shift, found_end + shift)
        for found_start, found_end in person_offsets(joined, model_dir)
        for joined_start, joined_end, shift in bounds
        if joined_start <= found_start and found_end <= joined_end
    ]


def _found_as_name(start: int, end: int, earlier: Sequence[RecognizerResult]) -> bool:
    """A PERSON find covers ``start``-``end`` and the strongest find over it is a PERSON
    (the merge takes its type): the model could add nothing there. A stronger place or
    firm over a name still lets the model have its say ("Kollia" in a town's shape)."""
    over = [r for r in earlier if r.start < end and start < r.end]
    if not any(r.entity_type == PERSON and r.start <= start and end <= r.end for r in over):
        return False
    return max(over, key=lambda r: (r.score, r.end - r.start)).entity_type == PERSON


class UnlistedNameRecognizer(PersonModelRecognizer):
    """The model's PERSON finds made of words on no list (see the module's docstring)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language, name=RECOGNIZER_NAME)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return self.analyze_after(text, entities, nlp_artifacts, ())

    def analyze_after(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None,
        earlier: Sequence[RecognizerResult],
    ) -> list[RecognizerResult]:
        """The kept finds of the model around the candidate words of ``text`` that no
        ``earlier`` find names (``_stretches_to_read``); none, without running the model,
        when there is no such word."""
        if PERSON not in entities:
            return []
        stretches = _stretches_to_read(text, self._open_candidates(text, earlier))
        if not stretches:
            return []  # every find would be dropped or is found already
        return [
            result
            for result in self._results(text, _offsets_in(text, stretches, self._model_dir))
            if self._keeps(text, result.start, result.end)
        ]

    def _open_candidates(
        self, text: str, earlier: Sequence[RecognizerResult]
    ) -> list[tuple[int, int]]:
        """The candidate words that ``earlier`` finds leave open: not inside a name
        that the merge of overlapping finds will call a name (``_found_as_name``)."""
        return [
            (m.start(), m.end())
            for m in _WORD.finditer(text)
            if self._candidate(m.group()) and not _found_as_name(m.start(), m.end(), earlier)
        ]

    def _may_be_written_so(self, word: str) -> bool:
        """Not a brand's shape, and capitalised where lower case is not trusted."""
        if not word[0].isupper() and self.supported_language not in LOWER_CASE_LANGUAGES:
            return False
        return _looks_like_a_name(word)

    def _candidate(self, word: str) -> bool:
        """A word that may make a find worth keeping (see ``_keeps``)."""
        return self._may_be_written_so(word) and unlisted(word)

    def _keeps(self, text: str, start: int, end: int) -> bool:
        found = text[start:end]
        words = _WORD.findall(found)
        if not words or "\n" in found or "|" in found or any(c.isdigit() for c in found):
            return False
        if not all(self._may_be_written_so(word) for word in words):
            return False
        seldom = [unlisted(word) for word in words]
        if not any(seldom):
            return False
        # Words of other languages only in a find in lower case that no number follows:
        # capitalised, they are as often job titles ("Handwerker / Handwerkerin"); before
        # a number, a street ("pod rejlkovým náměstím 770").
        loose = len(words) > 1 and found.islower() and _NUMBER_AFTER.match(text, end) is None
        if not all(
            rare or is_listed_name(word) or (loose and _foreign(word))
            for rare, word in zip(seldom, words, strict=True)
        ):
            return False
        return len(words) > 1 or not _below_a_name_line(text, start, end)
