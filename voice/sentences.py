"""Cut streamed text (an LLM's deltas) into sentences as soon as each one is complete.

A voicebot speaks the first sentence of a reply while the model still writes the rest.
``SentenceSplitter.feed`` takes each text delta and returns the sentences it completed;
``flush`` returns what is left when the stream ends.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (a run of them, with closing quotes or
brackets) followed by white space, and at every line break. A full stop does not end a
sentence after a known abbreviation ("e.g.", "Dr.", "nr."), after a single letter (an
initial: "J. Smith"), or when the next word starts with a lower-case letter; nor does one
inside a token ("10.30", "3.5", "example.com"), since no white space follows it. When
unsure the splitter waits: a sentence split too late costs a little latency, one split
too early is spoken with the wrong melody.
"""

from __future__ import annotations

from collections.abc import Iterable

TERMINATORS = frozenset(".!?…")
CLOSERS = frozenset("\"')]}»”’")
OPENERS = "\"'([{«“„‘"
# Lower-case, without the last full stop. English, then Romanian. Words that also end
# sentences as ordinary words ("no.", "art.", "etc.") are left out on purpose: the
# lower-case rule already keeps "etc. and" together.
ABBREVIATIONS = frozenset(
    (
        "e.g i.e vs approx dept fig mr mrs ms dr prof sr jr st mt ave tel ext a.m p.m"
        " nr str dl dna dra dlui dnei ing bl sc ap jud sect mun cca aprox pct alin pag"
    ).split()
)


class SentenceSplitter:
    """Feed text deltas, get complete sentences (stripped, never empty) back in order."""

    def __init__(self) -> None:
        self._buffer = ""
        self._scan_from = 0  # everything before this index is known to hold no boundary

    def feed(self, delta: str) -> list[str]:
        """Add ``delta``; return the sentences it completed."""
        self._buffer += delta
        sentences: list[str] = []
        while (end := self._next_boundary()) is not None:
            sentence = self._buffer[:end].strip()
            self._buffer = self._buffer[end:]
            self._scan_from = 0
            if sentence:
                sentences.append(sentence)
        return sentences

    def flush(self) -> list[str]:
        """The stream has ended: return the rest (at most one sentence) and start over."""
        rest = self._buffer.strip()
        self._buffer = ""
        self._scan_from = 0
        return [rest] if rest else []

    def _next_boundary(self) -> int | None:
        """The index just past the next complete sentence, or None if more text is needed."""
        text = self._buffer
        i = self._scan_from
        while i < len(text):
            char = text[i]
            if char == "\n":
                return i + 1
            if char not in TERMINATORS:
                i += 1
                continue
            end = i
            while end < len(text) and (text[end] in TERMINATORS or text[end] in CLOSERS):
                end += 1
            verdict = self._ends_sentence(text, i, end)
            if verdict is None:  # wait for more text, then look here again
                self._scan_from = i
                return None
            if verdict:
                return end
            i = end
        self._scan_from = len(text)
        return None

    @staticmethod
    def _ends_sentence(text: str, start: int, end: int) -> bool | None:
        """Whether the terminator run ``text[start:end]`` ends a sentence; None: can't tell yet."""
        if end == len(text):
            return None
        if not text[end].isspace():
            return False  # "3.5", "e.g" inside "e.g.", "example.com", "?!x"
        if [char for char in text[start:end] if char in TERMINATORS] != ["."]:
            return True  # "!", "?", "…", "?!", or an ellipsis written as dots
        # A single full stop: look at the word before it and the word after it.
        next_word = end
        while next_word < len(text) and text[next_word].isspace():
            if text[next_word] == "\n":
                return True
            next_word += 1
        if next_word == len(text):
            return None
        word = _word_before(text, start)
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
        return not text[next_word].islower()


def _word_before(text: str, index: int) -> str:
    """The lower-case word that ends at ``index``, without opening quotes or brackets."""
    begin = index
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:index].lstrip(OPENERS).lower()


def split_sentences(deltas: Iterable[str]) -> list[str]:
    """Every sentence of a finished stream of deltas (a convenience for tests and batch use)."""
    splitter = SentenceSplitter()
    sentences: list[str] = []
    for delta in deltas:
        sentences.extend(splitter.feed(delta))
    sentences.extend(splitter.flush())
    return sentences
