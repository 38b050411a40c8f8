"""Person names the English spaCy model misses, found from the words around them.

Declarations, no model (``ContextNameRecognizer``):

* after a strong cue ("my name is", "mă numesc", "numele meu este", "call me",
  "pe numele", "Nume:", "ich heiße", "mijn naam is") one or two words in any case that
  are not function words ("my name is sarah o'connor", "ma numesc andrei ionescu");
* after a weak cue ("I am", "im", "this is", "sunt", "domnul", "doamna", "Mr.", "dl.")
  one or two capitalised words that are not common words ("Sunt Bine", "I am
  Interested" are not names), or a known given name / surname in lower case;
* a known given name (Romanian, English, German, Dutch) followed by a capitalised word,
  with surname particles allowed ("Jan de Vries", "Lisa van der Berg", "Hans-Peter
  Müller"); a known given name and a known surname in any case ("ion popescu");
* a known surname followed by a known given name ("Popescu Ion");
* a capitalised word of a typical Romanian surname shape (-escu, -eanu: "Georgescu").

``KnownNameRecognizer`` adds a lone known given name: capitalised anywhere, in lower
case only next to a cue ("klaus here", "alo da costel la telefon", "my wife linda").

Names may be hyphenated (Ana-Maria), carry apostrophes (O'Connor), Romanian diacritics
(ă â î ș ț ş ţ) and umlauts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.entities import PERSON
from redaction.recognizers.cued import CuedPatternRecognizer
from redaction.recognizers.vocabulary import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    GIVEN_NAMES,
    LOWER_STOP,
    NAME_PARTICLES,
    NOT_NAMES,
    NOT_PERSON_NAME,
    RO_GIVEN_NAMES,
    SURNAMES,
)

# "Product name:" is no person's name field.
_NOT_AFTER_PRODUCT = "".join(f"(?<!{word} )" for word in NOT_PERSON_NAME)
STRONG_CUES: tuple[str, ...] = (
    r"my name is", r"my name's", r"call me", r"you can call me", r"my full name is",
    r"it['’]?s me", r"it is me", r"sunt eu", r"e eu",
    r"m[ăa] numesc", r"m[ăa] cheam[ăa]", r"numele meu (?:este|e|îi|ii)", r"numele meu",
    r"pe numele(?: de)?", r"numele de", r"ich hei(?:ß|ss)e", r"mein name ist",
    r"mijn naam is", r"ik heet", r"(?:the )?name is", r"(?:the )?name['’]s",
    r"(?:my )?(?:sur|last |first |family |given )name is", r"surname\s*[:\-=]",
    r"i['’]?m called",
    r"numele (?:meu )?de familie (?:este|e)", r"numele (?:meu )?de familie",
    r"prenumele (?:meu )?(?:este|e)", r"vorbe[șs]te", r"speaking with", r"you['’]re speaking to",
    _NOT_AFTER_PRODUCT + r"(?:full )?name\s*:", r"nume(?:le)?\s*:", r"nume și prenume\s*:",
    r"nume si prenume\s*:", r"name\s*[-=]", r"nume\s*[-=]",
)  # fmt: skip
WEAK_CUES: tuple[str, ...] = (
    r"i['’]m", r"im", r"i am", r"this is", r"it['’]s", r"sunt", r"eu sunt", r"aici e",
    r"aici este", r"domnul", r"doamna", r"domnișoara", r"domnisoara", r"dl\.?", r"dna\.?",
    r"d-na\.?", r"d-l\.?", r"mr\.?", r"mrs\.?", r"ms\.?", r"miss", r"herr", r"frau",
    r"meneer", r"mevrouw", r"dhr\.?", r"mevr\.?", r"name", r"surname", r"nume", r"numele",
    r"ich bin",
    r"hier ist", r"ik ben", r"met", r"spreche mit", r"prof\.?", r"professor",
    r"profesor(?:ul)?", r"profesoara", r"profesoarei", r"dr\.?", r"doctor(?:ul)?", r"ing\.?",
    r"dott\.?", r"mme\.?", r"mlle\.?", r"sr\.?", r"sra\.?",
    # who wrote, did or is to be reached: "Comment by Osmund", "text Hardy on +43 ..."
    r"comment by", r"posted by", r"reported by", r"signed by", r"written by", r"sent by",
    r"chaired by", r"ask for", r"text", r"ring",
)  # fmt: skip


def regex_escape(word: str) -> str:
    return "".join(_escape_char(ch) for ch in word)


def _escape_char(ch: str) -> str:
    if ch == "'":
        return "['’]"
    if ch == " ":
        return r"[ \t]+"
    return str(regex.escape(ch, special_only=True, literal_spaces=True))


def words_pattern(words: Iterable[str]) -> str:
    """One regex matching any of ``words``, built as a trie ("Ana(?:-Maria)?|Andrei...").

    Thousands of names as a flat alternation cost the engine a try per name at every
    position; a trie shares their prefixes. An optional longer ending is tried first, so
    "Ana-Maria" wins over "Ana" where both fit, as in a longest-first alternation."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [_escape_char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie)


_END = r"(?![\p{L}\p{M}\-'’])"  # a name token ends where the word ends
_NOT_COMMON = rf"(?!(?i:{words_pattern(NOT_NAMES)}){_END})"
_NOT_STOP = rf"(?!(?i:{words_pattern(LOWER_STOP | NOT_NAMES)}){_END})"
# "Popescu", "O'Connor", "McDonald", "Müller"
_CAP_PART = r"(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?"
_CAP_WORD = rf"{_NOT_COMMON}{_CAP_PART}(?:-{_CAP_PART})?{_END}"
_ANY_PART = r"(?:\p{L}['’])?\p{L}[\p{L}\p{M}]+"
_ANY_WORD = rf"{_NOT_STOP}{_ANY_PART}(?:-{_ANY_PART})?{_END}"
_GIVEN = rf"(?:{words_pattern(GIVEN_NAMES)})(?:-{_CAP_PART})?{_END}"
_RO_GIVEN = rf"(?:{words_pattern(RO_GIVEN_NAMES)}){_END}"
_SURNAME = rf"(?:{words_pattern(SURNAMES)}){_END}"
_GAP = r" +"  # a tab separates a table's columns, not a name's words
_PARTICLES = rf"(?:(?:{words_pattern(NAME_PARTICLES)}){_GAP})"
_NAME = rf"{_CAP_WORD}(?:{_GAP}{_PARTICLES}?{_CAP_WORD})?"
# After a strong cue: up to three words in any case, surname particles between them or
# first ("my surname is van der meer"), none of them a common word.
_NOT_COMMON_LOWER = rf"(?!(?i:{words_pattern(LOWER_STOP | NOT_NAMES | COMMON_WORDS)}){_END})"
_NAME_WORD = rf"{_NOT_COMMON_LOWER}{_ANY_PART}(?:-{_ANY_PART})?{_END}"
_ANY_NAME = (
    rf"(?:{_PARTICLES}(?={_NAME_WORD}))?{_ANY_WORD}(?:{_GAP}{_PARTICLES}?{_NAME_WORD}){{0,2}}"
)
_AMBIGUOUS = rf"(?i:{words_pattern(AMBIGUOUS_GIVEN_NAMES)}){_END}"
# What may follow an ambiguous given name for it to be a name: the end of the sentence,
# "I", "and", "from", "here", "calling", "again", or a surname.
_AFTER_AMBIGUOUS = (
    r"(?=[ \t]*(?:$|[,.!?;:]|(?i:i|and|from|here|calling|speaking|again|si|și|de|din|aici|la"
    r"|of|with)(?![\p{L}])))"
)
_SURNAME_SHAPE = r"\p{Lu}\p{Ll}+(?:escu|eanu|ăscu)"
_LOWER_SURNAME_SHAPE = rf"\p{{Ll}}+(?:escu|eanu|ăscu){_END}"


def _cue(cues: Iterable[str]) -> str:
    """One of ``cues`` (any case), starting a word, and the space after it."""
    return rf"(?<![\p{{L}}])(?i:{'|'.join(cues)}){_GAP}"


def _after(cues: Iterable[str]) -> str:
    """A look-behind: the name starts right after one of ``cues`` and space (``_cue``)."""
    return rf"(?<={_cue(cues)})"


def _cue_gate(cues: Iterable[str]) -> Any:
    """One search for ``_cue(cues)``: the patterns that look behind for such a cue at
    every position of a text need not run where it has none."""
    return regex.compile(_cue(cues))


STRONG_CUE_PATTERNS: tuple[Pattern, ...] = (
    Pattern("name after strong cue", _after(STRONG_CUES) + _NAME, 0.9),
    Pattern("any-case name after strong cue", _after(STRONG_CUES) + _ANY_NAME, 0.8),
)
WEAK_CUE_PATTERNS: tuple[Pattern, ...] = (
    Pattern("name after weak cue", _after(WEAK_CUES) + _NAME, 0.6),
    Pattern(
        "known given name + unknown words after weak cue",
        _after(WEAK_CUES) + rf"(?i:{_GIVEN})(?:{_GAP}{_PARTICLES}?{_NAME_WORD}){{1,2}}",
        0.6,
    ),
    Pattern(
        "ambiguous given name after weak cue",
        _after(WEAK_CUES) + _AMBIGUOUS + _AFTER_AMBIGUOUS,
        0.6,
    ),
    Pattern(
        "lower-case known name after weak cue",
        _after(WEAK_CUES)
        + rf"(?i:{_GIVEN}(?:{_GAP}{_PARTICLES}?(?:{_SURNAME}|{_LOWER_SURNAME_SHAPE}))?"
        rf"|{_SURNAME}|{_LOWER_SURNAME_SHAPE})",
        0.6,
    ),
)
UNCUED_PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "known given name + surname",
        rf"(?<![\p{{L}}\-]){_GIVEN}{_GAP}{_PARTICLES}?{_CAP_WORD}",
        0.7,
    ),
    Pattern(
        "lower-case known given name + known surname",
        rf"(?i:(?<![\p{{L}}\-]){_GIVEN}{_GAP}{_PARTICLES}?(?:{_SURNAME}|{_LOWER_SURNAME_SHAPE}))",
        0.7,
    ),
    Pattern("known surname + given name", rf"(?<![\p{{L}}\-]){_SURNAME}{_GAP}{_RO_GIVEN}", 0.7),
    Pattern("Romanian surname shape", rf"(?<![\p{{L}}\-]){_SURNAME_SHAPE}{_END}", 0.6),
)


class ContextNamePatterns(PatternRecognizer):
    """Some of ``ContextNameRecognizer``'s patterns, with its check of what they found."""

    def __init__(
        self,
        patterns: Iterable[Pattern],
        supported_language: str,
        name: str = "ContextNameRecognizer",
    ) -> None:
        super().__init__(
            supported_entity=PERSON,
            patterns=list(patterns),
            supported_language=supported_language,
            name=name,
            # Case matters (names are capitalised); cues carry their own (?i:...).
            global_regex_flags=0,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        words = pattern_text.split()
        return all(w.casefold() in NOT_NAMES or w.casefold() in LOWER_STOP for w in words)


class ContextNameRecognizer(ContextNamePatterns):
    """PERSON from cue phrases and known Romanian names, in English and Romanian text.

    The patterns after a cue run only on a text that has such a cue (one search for all
    of them); most messages have none, and those patterns try their look-behind at every
    position. The finds are the same as all ``PATTERNS`` run on every text.
    """

    PATTERNS = [*STRONG_CUE_PATTERNS, *WEAK_CUE_PATTERNS, *UNCUED_PATTERNS]
    _STRONG_GATE = _cue_gate(STRONG_CUES)
    _WEAK_GATE = _cue_gate(WEAK_CUES)

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(self.PATTERNS, supported_language)
        self._parts = (
            (self._STRONG_GATE, ContextNamePatterns(STRONG_CUE_PATTERNS, supported_language)),
            (self._WEAK_GATE, ContextNamePatterns(WEAK_CUE_PATTERNS, supported_language)),
            (None, ContextNamePatterns(UNCUED_PATTERNS, supported_language)),
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        for gate, part in self._parts:
            if gate is None or gate.search(text) is not None:
                found.extend(part.analyze(text, entities, nlp_artifacts, regex_flags))
        for result in found:  # the parts carry this recognizer's name; the id is its own
            result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        results: list[RecognizerResult] = EntityRecognizer.remove_duplicates(found)
        return results


LONE_NAME_CUES: tuple[str, ...] = (
    r"here", r"speaking", r"calling", r"on the phone", r"la telefon", r"aici", r"la aparat",
    r"hi", r"hello", r"hey", r"alo", r"salut", r"bun[ăa]", r"ciao", r"dear", r"dragă",
    r"draga", r"thanks", r"mersi", r"wife", r"husband", r"son", r"daughter", r"friend",
    r"mother", r"father", r"brother", r"sister", r"colleague", r"partner", r"boss",
    r"so[țţt]ia", r"so[țţt]ul", r"fiul", r"fiica", r"mama", r"tata", r"fratele", r"sora",
    r"prietenul", r"prietena", r"colegul", r"colega", r"name", r"nume", r"numele",
    r"surname", r"prenume", r"prenumele", r"its", r"it's", r"im", r"i'm", r"sunt", r"is",
    r"e", r"este", r"from", r"de la", r"for", r"pentru", r"pe", r"mr", r"mrs", r"dl",
    r"dna", r"domnul", r"doamna", r"ask", r"tell", r"spune", r"spuneti", r"spuneți",
    r"contact", r"signed", r"regards", r"semnat", r"cu stima", r"best",
)  # fmt: skip


class KnownNameRecognizer(CuedPatternRecognizer):
    """PERSON for a known given name standing alone: capitalised anywhere, in lower case
    only next to a cue ("klaus here", "alo da costel la telefon", "my wife linda")."""

    PATTERNS = [
        Pattern("known given name", rf"(?<![\p{{L}}\-]){_GIVEN}", 0.5),
        Pattern(
            "known given name, any case",
            rf"(?i:(?<![\p{{L}}\-]){_GIVEN}(?:{_GAP}{_PARTICLES}?(?:{_SURNAME}|{_NAME_WORD})){{0,2}})",
            0.3,
        ),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=PERSON,
            patterns=self.PATTERNS,
            cues=LONE_NAME_CUES,
            supported_language=supported_language,
            window_before=20,
            window_after=15,
            global_regex_flags=0,
        )


# A name spelled out letter by letter on the phone: "olivia o l i v i a bennett".
_SPELLED = regex.compile(r"(?<![\p{L}\d])(?:\p{L}[ \t]){2,}\p{L}(?![\p{L}\d])")
_WORD_AFTER = regex.compile(rf"[ \t]+({_NAME_WORD})")
_SPELL_CUES = regex.compile(
    r"(?i:name|nume|numele|prenume(?:le)?|surname|spell(?:ed|s)?|spelt|se scrie|adic[ăa])"
    r"[^.!?\n]{0,25}$"
)
SPELLED_SCORE = 0.85


class SpelledNameRecognizer(EntityRecognizer):
    """PERSON for the words around a name spelled out letter by letter.

    A spelled run confirms the word it spells wherever that word occurs ("cristian c r i
    s t i a n", "k o w a l s k i kowalski"). When it is confirmed, or follows a name cue
    ("surname k o w a l s k i"), the next word that is not a common word is the surname
    ("olivia o l i v i a bennett"). The letters themselves are the spoken-form
    recognizers' job (``spoken.py``).
    """

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[PERSON],
            supported_language=supported_language,
            name="SpelledNameRecognizer",
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled with the module."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if PERSON not in entities:
            return []
        found: list[RecognizerResult] = []
        for run in _SPELLED.finditer(text):
            word = "".join(run.group().split())
            spelled = regex.compile(rf"(?<![\p{{L}}])(?i:{regex.escape(word)})(?![\p{{L}}])")
            confirmed = False
            for match in spelled.finditer(text):
                confirmed = True
                found.append(self._result(match.start(), match.end()))
            cued = _SPELL_CUES.search(text, max(0, run.start() - 40), run.start()) is not None
            after = _WORD_AFTER.match(text, run.end())
            if after is not None and (confirmed or cued):
                found.append(self._result(after.start(1), after.end(1)))
        return found

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(PERSON, start, end, SPELLED_SCORE)
