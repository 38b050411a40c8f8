"""Person names the English spaCy model misses, found from the words around them.

Three declarations, no model:

* after a strong cue ("my name is", "mă numesc", "numele meu este", "call me",
  "pe numele", "Nume:") one or two capitalised words, or a known Romanian given name
  typed in lower case ("ma numesc andrei");
* after a weak cue ("I am", "I'm", "this is", "sunt", "domnul", "doamna") one or two
  capitalised words that are not common words ("Sunt Bine", "I am Interested" are not
  names);
* a known Romanian given name followed by a capitalised word ("Maria Ionescu"), or a
  known surname followed by a known given name ("Popescu Ion");
* a capitalised word of a typical Romanian surname shape (-escu, -eanu: "Georgescu").

Names may be hyphenated (Ana-Maria) and carry Romanian diacritics (ă â î ș ț ş ţ).
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import Pattern, PatternRecognizer

from redaction.entities import PERSON
from redaction.recognizers.vocabulary import NOT_NAMES, RO_GIVEN_NAMES, RO_SURNAMES

STRONG_CUES: tuple[str, ...] = (
    r"my name is", r"my name's", r"call me", r"you can call me",
    r"m[ăa] numesc", r"m[ăa] cheam[ăa]", r"numele meu (?:este|e|îi|ii)",
    r"pe numele(?: de)?", r"numele de",
    r"(?:full )?name\s*:", r"nume(?:le)?\s*:", r"nume și prenume\s*:",
    r"nume si prenume\s*:",
)  # fmt: skip
WEAK_CUES: tuple[str, ...] = (
    r"i['’]m", r"i am", r"this is", r"it['’]s", r"sunt", r"eu sunt", r"aici e", r"aici este",
    r"domnul", r"doamna", r"domnișoara", r"domnisoara", r"dl\.?", r"dna\.?", r"mr\.?",
    r"mrs\.?", r"ms\.?",
)  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    # Longest first so that "Ana-Maria" is tried before "Ana".
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def _escaped(words: Iterable[str]) -> list[str]:
    return [w.replace(".", r"\.").replace("-", r"\-") for w in words]


_END = r"(?![\p{L}\p{M}\-])"  # a name token ends where the word ends
_NOT_COMMON = rf"(?!(?i:{_alternation(_escaped(NOT_NAMES))}){_END})"
_CAP_PART = r"\p{Lu}\p{Ll}+"
_CAP_WORD = rf"{_NOT_COMMON}{_CAP_PART}(?:-{_CAP_PART})?{_END}"
_GIVEN = rf"(?:{_alternation(_escaped(RO_GIVEN_NAMES))}){_END}"
_SURNAME = rf"(?:{_alternation(_escaped(RO_SURNAMES))}){_END}"
_GAP = r"[ \t]+"
_NAME = rf"{_CAP_WORD}(?:{_GAP}{_CAP_WORD})?"
_SURNAME_SHAPE = r"\p{Lu}\p{Ll}+(?:escu|eanu|ăscu)"


def _after(cues: Iterable[str]) -> str:
    """A look-behind: the name starts right after one of ``cues`` (any case) and space."""
    return rf"(?<=(?<![\p{{L}}])(?i:{'|'.join(cues)}){_GAP})"


class ContextNameRecognizer(PatternRecognizer):
    """PERSON from cue phrases and known Romanian names, in English and Romanian text."""

    PATTERNS = [
        Pattern("name after strong cue", _after(STRONG_CUES) + _NAME, 0.9),
        Pattern(
            "lower-case known given name after strong cue",
            _after(STRONG_CUES) + rf"(?i:{_GIVEN}(?:{_GAP}{_SURNAME})?)",
            0.85,
        ),
        Pattern("name after weak cue", _after(WEAK_CUES) + _NAME, 0.6),
        Pattern("known given name + surname", rf"(?<![\p{{L}}\-]){_GIVEN}{_GAP}{_CAP_WORD}", 0.7),
        Pattern("known surname + given name", rf"(?<![\p{{L}}\-]){_SURNAME}{_GAP}{_GIVEN}", 0.7),
        Pattern("Romanian surname shape", rf"(?<![\p{{L}}\-]){_SURNAME_SHAPE}{_END}", 0.6),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=PERSON,
            patterns=list(self.PATTERNS),
            supported_language=supported_language,
            # Case matters (names are capitalised); cues carry their own (?i:...).
            global_regex_flags=0,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        return all(word.casefold() in NOT_NAMES for word in pattern_text.split())
