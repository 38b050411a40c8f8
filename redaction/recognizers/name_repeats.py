"""A name found once is a name wherever else the message writes it.

The recognizers of names and places find the other mentions of what they found
themselves (``merged.py``, whose reading of words this shares), but a name that another
recognizer found (a form's field, a table's cell, a list of people present) was left
where the message writes it again: "Present: Gaspar, Mirta Boada ... ACTION: Gaspar to
set up the direct debit". Here each word of a PERSON span is found at its other mentions
too, when the mention is written capitalised or the word is on no word list (a "Rose"
found as a name leaves "a rose" alone), and never inside another span or for a common
word.
"""

from __future__ import annotations

from collections.abc import Sequence

from redaction.entities import PERSON
from redaction.recognizers.merged import REPEAT_DISCOUNT, may_repeat, word_mentions
from redaction.recognizers.name_gazetteer import NAME_LIKE, lexicon
from redaction.spans import Span

__all__ = ["with_repeated_names"]


def with_repeated_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` and a PERSON span at each other mention of a word of a PERSON span."""
    people = [s for s in spans if s.entity_type == PERSON]
    if not people:
        return list(spans)
    words = word_mentions(text)
    names: dict[str, Span] = {}
    for span in people:
        for key, start, end in words:
            if span.start <= start and end <= span.end:
                names.setdefault(key, span)
    lex = lexicon()
    found = list(spans)
    for key, start, end in words:
        source = names.get(key)
        if source is None or not may_repeat(key):
            continue
        word = text[start:end]
        if not word[:1].isupper() and lex.kind(word) not in NAME_LIKE:
            continue  # a name that is a word too ("Rose"), mentioned in lower case
        if any(s.start < end and start < s.end for s in spans):
            continue
        found.append(Span(PERSON, start, end, source.score * REPEAT_DISCOUNT))
    return found
