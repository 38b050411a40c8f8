"""The redaction corpus: its format, the scoring rules, and our detector's score on it.

The corpus (``tests/data/README.md``) is checked line by line without a model. The
regression test at the end runs our detector on the main corpus (slow: loads spaCy).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from redaction.detector import get_detector
from redaction.evaluation import (
    ENTITY_TYPES,
    CorpusError,
    CorpusMessage,
    EvaluationReport,
    load_corpus,
    occurrences,
    parse_message,
    score,
    score_spans,
)
from redaction.spans import Span

DATA = Path(__file__).parent / "data"
MAIN = DATA / "redaction_corpus.jsonl"
HELDOUT = DATA / "redaction_corpus_heldout.jsonl"
HELDOUT_B = DATA / "redaction_corpus_heldout_b.jsonl"

# What the issue asks for ("leaks almost nothing"), and what the regression test holds
# the detector to today: measured on the main corpus, with a margin. Tighten the two
# thresholds towards the targets as the recognizers improve.
TARGET_LEAK_RATE = 0.005
TARGET_KEEP_RATE = 0.95
LEAK_THRESHOLD = 0.007  # a little above the 0.5 % target; measured 0.4 % (2 of 555)
KEEP_THRESHOLD = 0.93  # a little under the 95 % target; measured 100 % (219 of 219)

MIN_MAIN_MESSAGES = 400
MIN_HELDOUT_MESSAGES = 50
MIN_PER_TYPE = 12  # gold values of every entity type in the main corpus
MIN_PER_TYPE_HELDOUT = 2
MIN_NO_PII_MESSAGES = 100
MIN_SPOKEN_VALUES = 30  # "john dot miller at gmail dot com", "zero șapte doi ..."
MIN_LANG_SHARE = 0.4
# The hand-written corpora predate the identity-document types; the synthetic sets
# (tests/test_redaction_synthetic_sets.py) cover those.
SYNTHETIC_ONLY_TYPES = ("NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE")
HAND_WRITTEN_TYPES = tuple(t for t in ENTITY_TYPES if t not in SYNTHETIC_ONLY_TYPES)

# Separators people and speech recognisers put between digits; a value made only of these
# and digits/letters is a written number that must pass its checksum.
_WRITTEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z .\-/]*")
_SPOKEN_WORD = re.compile(
    r"\b(dot|at|punct|arond|zero|oh|one|two|four|unu|doi|trei|patru|cinci|șapte|sapte|nouă)\b"
)
_CNP_WEIGHTS = "279146358279"


def _cnp_valid(cnp: str) -> bool:
    if not re.fullmatch(r"[1-8]\d{12}", cnp):
        return False
    century = {"1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000}.get(cnp[0], 1900)
    year, month, day = century + int(cnp[1:3]), int(cnp[3:5]), int(cnp[5:7])
    days = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31]
    days += [30, 31, 31, 30, 31, 30, 31]
    if not (1 <= month <= 12 and 1 <= day <= days[month - 1] and 1 <= int(cnp[7:9]) <= 52):
        return False
    control = sum(int(d) * int(w) for d, w in zip(cnp, _CNP_WEIGHTS, strict=False)) % 11
    return int(cnp[12]) == (1 if control == 10 else control)


def _iban_valid(iban: str) -> bool:
    compact = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def _luhn_valid(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number)]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _is_spoken(value: str) -> bool:
    return _SPOKEN_WORD.search(value.lower()) is not None


CHECKSUMS = {"RO_CNP": _cnp_valid, "IBAN_CODE": _iban_valid, "CREDIT_CARD": _luhn_valid}


@pytest.fixture(scope="module")
def main_corpus() -> list[CorpusMessage]:
    return load_corpus(MAIN)


@pytest.fixture(scope="module")
def heldout_corpus() -> list[CorpusMessage]:
    return load_corpus(HELDOUT)


# --- the corpus files ------------------------------------------------------------------


@pytest.mark.parametrize("path", [MAIN, HELDOUT, HELDOUT_B], ids=["main", "heldout", "heldout_b"])
def test_every_line_is_a_valid_labelled_message(path: Path) -> None:
    messages = load_corpus(path)  # raises CorpusError naming the line
    raw_lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(messages) == len(raw_lines)
    for message in messages:
        assert re.fullmatch(rf"{message.lang}-[hb]?\d{{3,4}}", message.id), message.id
        assert len({(v.entity_type, v.value) for v in message.pii}) == len(message.pii)
        assert all(len(k.strip()) >= 2 for k in message.keep), message.id


@pytest.mark.parametrize("path", [MAIN, HELDOUT, HELDOUT_B], ids=["main", "heldout", "heldout_b"])
def test_written_numbers_pass_their_checksums(path: Path) -> None:
    bad = [
        (m.id, v.value)
        for m in load_corpus(path)
        for v in m.pii
        if v.entity_type in CHECKSUMS
        and _WRITTEN.fullmatch(v.value)
        and not _is_spoken(v.value)
        and not CHECKSUMS[v.entity_type](v.value)
    ]
    assert bad == []


def test_main_corpus_is_large_and_balanced(main_corpus: list[CorpusMessage]) -> None:
    assert len(main_corpus) >= MIN_MAIN_MESSAGES
    langs = Counter(m.lang for m in main_corpus)
    assert min(langs["en"], langs["ro"]) >= MIN_LANG_SHARE * len(main_corpus), langs
    sources = Counter((m.lang, m.source) for m in main_corpus)
    assert all(sources[(lang, src)] >= 30 for lang in ("en", "ro") for src in ("chat", "phone"))
    assert sum(1 for m in main_corpus if not m.pii) >= MIN_NO_PII_MESSAGES
    assert sum(len(m.keep) for m in main_corpus) >= 2 * MIN_NO_PII_MESSAGES


def test_main_corpus_covers_every_entity_type(main_corpus: list[CorpusMessage]) -> None:
    per_type = Counter(v.entity_type for m in main_corpus for v in m.pii)
    assert {t: per_type[t] for t in HAND_WRITTEN_TYPES if per_type[t] < MIN_PER_TYPE} == {}
    per_lang_type = Counter((m.lang, v.entity_type) for m in main_corpus for v in m.pii)
    for entity_type in HAND_WRITTEN_TYPES:
        assert per_lang_type[("en", entity_type)] and per_lang_type[("ro", entity_type)], (
            entity_type
        )
    spoken = [v for m in main_corpus if m.source == "phone" for v in m.pii if _is_spoken(v.value)]
    assert len(spoken) >= MIN_SPOKEN_VALUES


def test_heldout_corpus_is_separate(
    main_corpus: list[CorpusMessage], heldout_corpus: list[CorpusMessage]
) -> None:
    assert len(heldout_corpus) >= MIN_HELDOUT_MESSAGES
    assert {m.id for m in main_corpus}.isdisjoint(m.id for m in heldout_corpus)
    assert {m.text for m in main_corpus}.isdisjoint(m.text for m in heldout_corpus)
    per_type = Counter(v.entity_type for m in heldout_corpus for v in m.pii)
    assert {t: per_type[t] for t in HAND_WRITTEN_TYPES if per_type[t] < MIN_PER_TYPE_HELDOUT} == {}


# --- parsing rules ----------------------------------------------------------------------


def _line(**fields: object) -> str:
    base: dict[str, object] = {
        "id": "en-0001",
        "lang": "en",
        "source": "chat",
        "text": "I am Ann, order 12345",
        "pii": [{"type": "PERSON", "value": "Ann"}],
        "keep": ["order 12345"],
    }
    base.update(fields)
    return json.dumps(base)


def test_parse_message_reads_a_valid_line() -> None:
    message = parse_message(_line())
    assert message.id == "en-0001"
    assert [(v.entity_type, v.value) for v in message.pii] == [("PERSON", "Ann")]
    assert message.keep == ("order 12345",)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        (_line(lang="de"), "lang 'de'"),
        (_line(source="email"), "source 'email'"),
        (_line(text=""), "'text' must be a non-empty string"),
        (_line(pii=[{"type": "NAME", "value": "Ann"}]), "unknown entity type 'NAME'"),
        (_line(pii=[{"type": "PERSON", "value": "Bob"}]), "'Bob' does not occur"),
        (_line(pii=[{"type": "PERSON"}]), "pii item must be"),
        (_line(keep=["order 999"]), "'order 999' does not occur"),
        (_line(keep=["am Ann"]), "overlaps pii 'Ann'"),
        (_line(extra=1), "unknown fields ['extra']"),
    ],
)
def test_parse_message_names_the_problem(line: str, problem: str) -> None:
    with pytest.raises(CorpusError, match=re.escape(problem)):
        parse_message(line, "corpus.jsonl:7")


def test_load_corpus_rejects_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(_line() + "\n\n" + _line() + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"corpus.jsonl:3: duplicate id 'en-0001'"):
        load_corpus(path)


# --- scoring rules ----------------------------------------------------------------------


def _message(text: str, pii: dict[str, str] | None = None, keep: tuple[str, ...] = ()) -> str:
    return _line(
        text=text,
        pii=[{"type": t, "value": v} for v, t in (pii or {}).items()],
        keep=list(keep),
    )


def _score(line: str, *spans: tuple[int, int]) -> EvaluationReport:
    message = parse_message(line)
    return score_spans([message], [[Span("ANY", a, b, 1.0) for a, b in spans]])


def test_occurrences_are_every_non_overlapping_match() -> None:
    assert occurrences("Ann met Ann", "Ann") == [(0, 3), (8, 11)]
    assert occurrences("aaaa", "aa") == [(0, 2), (2, 4)]
    assert occurrences("Ann", "Bob") == []


@pytest.mark.parametrize(
    ("spans", "leaked"),
    [
        ([(7, 19)], False),  # exactly covered
        ([(0, 24)], False),  # covered by a wider span
        ([(7, 11), (12, 19)], False),  # two spans; the space between them does not count
        ([(7, 11)], True),  # surname left in the clear
        ([(8, 19)], True),  # first letter left
        ([], True),
    ],
)
def test_a_value_is_protected_only_when_every_character_is_covered(
    spans: list[tuple[int, int]], leaked: bool
) -> None:
    report = _score(_message("Hello, Jane Fischer here", {"Jane Fischer": "PERSON"}), *spans)
    assert report.pii_total == 1
    assert report.leak_rate == (1.0 if leaked else 0.0)
    assert report.per_type["PERSON"].recall == (0.0 if leaked else 1.0)
    assert [m.value for m in report.leaked] == (["Jane Fischer"] if leaked else [])


def test_every_occurrence_of_a_value_must_be_covered() -> None:
    line = _message("Ann? yes Ann", {"Ann": "PERSON"})
    assert _score(line, (0, 3)).leak_rate == 1.0
    assert _score(line, (0, 3), (9, 12)).leak_rate == 0.0


def test_a_leak_records_the_spans_that_touched_it() -> None:
    report = _score(_message("call 0722 123 456 now", {"0722 123 456": "PHONE_NUMBER"}), (5, 9))
    assert report.leaked[0].message_id == "en-0001"
    assert report.leaked[0].kind == "PHONE_NUMBER"
    assert report.leaked[0].detected == ("0722",)


@pytest.mark.parametrize(
    ("spans", "destroyed"),
    [
        ([], False),
        ([(0, 7)], False),  # span ends right where the keep string starts
        ([(7, 12)], True),  # one character of overlap is enough
        ([(10, 11)], True),  # inside
    ],
)
def test_a_keep_string_survives_only_when_no_span_overlaps_it(
    spans: list[tuple[int, int]], destroyed: bool
) -> None:
    report = _score(_message("Hi Ann order 45821", {"Ann": "PERSON"}, ("order 45821",)), *spans)
    assert report.keep_total == 1
    assert report.keep_rate == (0.0 if destroyed else 1.0)
    assert len(report.destroyed) == int(destroyed)


def test_any_occurrence_of_a_keep_string_destroyed_counts() -> None:
    line = _message("Saturday or Saturday", keep=("Saturday",))
    assert _score(line, (12, 20)).keep_rate == 0.0
    assert _score(line).keep_rate == 1.0


def test_rates_aggregate_over_messages_and_types() -> None:
    lines = [
        _message("Ann and Bob", {"Ann": "PERSON", "Bob": "PERSON"}, ("and",)),
        _message("mail a@b.ro", {"a@b.ro": "EMAIL_ADDRESS"}),
    ]
    messages = [parse_message(line) for line in lines]
    report = score_spans(messages, [[Span("PERSON", 0, 3, 1.0)], [Span("X", 0, 11, 1.0)]])
    assert report.messages == 2
    assert report.pii_total == 3
    assert report.per_type["PERSON"].protected == 1
    assert report.per_type["EMAIL_ADDRESS"].recall == 1.0
    assert report.leak_rate == pytest.approx(1 / 3)
    assert report.keep_rate == 1.0
    assert set(report.per_type) == {"PERSON", "EMAIL_ADDRESS"}


def test_score_calls_the_redactor_with_text_and_language() -> None:
    message = parse_message(_message("I am Ann", {"Ann": "PERSON"}))
    calls: list[tuple[str, str]] = []

    def redactor(text: str, lang: str) -> list[Span]:
        calls.append((text, lang))
        return [Span("PERSON", 5, 8, 1.0)]

    assert score([message], redactor).leak_rate == 0.0
    assert calls == [("I am Ann", "en")]


# --- our detector on the main corpus -----------------------------------------------------

_WORD_CHAR = re.compile(r"[^\W_]")


def _cuts_a_word(text: str, span: Span) -> bool:
    """Whether ``span`` starts or ends between two letters or digits of one word."""
    inside = [
        (span.start, span.start > 0),
        (span.end, span.end < len(text)),
    ]
    return any(
        ok and bool(_WORD_CHAR.match(text[at - 1])) and bool(_WORD_CHAR.match(text[at]))
        for at, ok in inside
    )


@pytest.mark.slow
def test_detector_leak_and_keep_rates_on_main_corpus(main_corpus: list[CorpusMessage]) -> None:
    detector = get_detector()
    detector.warm_up()
    cut: list[str] = []

    def detect(text: str, lang: str) -> list[Span]:
        spans = detector.detect(text, lang)
        cut.extend(repr(text[s.start - 3 : s.end + 3]) for s in spans if _cuts_a_word(text, s))
        return spans

    report = score(main_corpus, detect)
    assert cut == [], f"spans that start or end inside a word: {cut}"
    worst = Counter(m.kind for m in report.leaked).most_common(5)
    assert report.leak_rate <= LEAK_THRESHOLD, f"leak {report.leak_rate:.3f}; worst: {worst}"
    assert report.keep_rate >= KEEP_THRESHOLD, (
        f"keep {report.keep_rate:.3f}; destroyed: {[m.value for m in report.destroyed[:10]]}"
    )
