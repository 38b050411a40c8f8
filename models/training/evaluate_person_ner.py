"""Evaluate our PERSON model as the product runs it (``PersonModelRecognizer``).

Prints, on the held-out synthetic split (templates and seed training never saw):
exact-span precision / recall / F1, the share of names fully covered (no character
left), and the share of other words kept, by language and by style. Then, on the
hand-written corpora ``tests/data/redaction_corpus*.jsonl``: the share of PERSON values
fully covered, the ``keep`` strings the model's spans touch (over-redaction), and the
share of words outside any personal value that stay untouched. Then load time and
latency per message.

    .venv/bin/python -m models.training.evaluate_person_ner
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from models.person_ner import load_person_ner
from models.training.person_data import Example, generate
from redaction.recognizers.person_model import PersonModelRecognizer

HELDOUT_SEED = 71
HELDOUT_COUNT = 3000
CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
_WORD = re.compile(r"\w+")

Span = tuple[int, int]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    names: int = 0
    covered: int = 0
    words: int = 0
    kept: int = 0
    missed: list[str] = field(default_factory=list)

    def add(self, text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> None:
        gold_set, predicted_set = set(gold), set(predicted)
        self.tp += len(gold_set & predicted_set)
        self.fp += len(predicted_set - gold_set)
        self.fn += len(gold_set - predicted_set)
        mask = _mask(len(text), predicted)
        for start, end in gold:
            self.names += 1
            if _covered(text, start, end, mask):
                self.covered += 1
            else:
                self.missed.append(text[start:end])
        gold_mask = _mask(len(text), gold)
        for word in _WORD.finditer(text):
            if not any(gold_mask[word.start() : word.end()]):
                self.words += 1
                self.kept += not any(mask[word.start() : word.end()])

    def row(self, label: str) -> str:
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f = 2 * p * r / max(1e-9, p + r)
        return (
            f"{label:<14} {self.names:>6} {p:>6.1%} {r:>6.1%} {f:>6.1%}"
            f" {self.covered / max(1, self.names):>8.1%} {self.kept / max(1, self.words):>7.1%}"
        )


def _mask(length: int, spans: Iterable[Span]) -> list[bool]:
    mask = [False] * length
    for start, end in spans:
        mask[start:end] = [True] * (end - start)
    return mask


def _covered(text: str, start: int, end: int, mask: Sequence[bool]) -> bool:
    return all(mask[i] for i in range(start, end) if not text[i].isspace())


def predict(recognizer: PersonModelRecognizer, text: str) -> list[Span]:
    return [(r.start, r.end) for r in recognizer.analyze(text, ["PERSON"])]


def heldout(recognizer: PersonModelRecognizer, examples: Sequence[Example]) -> None:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for example in examples:
        predicted = predict(recognizer, example.text)
        for key in ("all", example.lang, example.style, f"{example.lang}/{example.style}"):
            tallies[key].add(example.text, example.spans, predicted)
        tallies[f"[{example.family}]"].add(example.text, example.spans, predicted)
    print(f"\nheld-out synthetic split ({len(examples)} messages, seed {HELDOUT_SEED})")
    print(f"{'slice':<14} {'names':>6} {'P':>6} {'R':>6} {'F1':>6} {'covered':>8} {'kept':>7}")
    for key in sorted(tallies, key=lambda k: (k != "all", k.startswith("["), "/" in k, k)):
        print(tallies[key].row(key))
    print("missed (sample):", "; ".join(tallies["all"].missed[:25]))


def _occurrences(text: str, value: str) -> list[Span]:
    spans, start = [], text.find(value)
    while start >= 0:
        spans.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return spans


def corpora(recognizer: PersonModelRecognizer, paths: Sequence[Path]) -> list[str]:
    texts: list[str] = []
    print(f"\n{'corpus':<34} {'names':>6} {'covered':>8} {'keep hit':>9} {'words kept':>11}")
    for path in paths:
        names = covered = keeps = keep_hits = words = kept = 0
        missed: list[str] = []
        hits: list[str] = []
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            text = record["text"]
            texts.append(text)
            predicted = predict(recognizer, text)
            mask = _mask(len(text), predicted)
            pii_mask = _mask(
                len(text), (s for p in record["pii"] for s in _occurrences(text, p["value"]))
            )
            for pii in record["pii"]:
                if pii["type"] != "PERSON":
                    continue
                names += 1
                spans = _occurrences(text, pii["value"])
                if spans and all(_covered(text, s, e, mask) for s, e in spans):
                    covered += 1
                else:
                    missed.append(pii["value"])
            for keep in record.get("keep", []):
                keeps += 1
                if any(any(mask[s:e]) for s, e in _occurrences(text, keep)):
                    keep_hits += 1
                    hits.append(keep)
            for word in _WORD.finditer(text):
                if not any(pii_mask[word.start() : word.end()]):
                    words += 1
                    kept += not any(mask[word.start() : word.end()])
        print(
            f"{path.name:<34} {names:>6} {covered / max(1, names):>8.1%}"
            f" {keep_hits:>4}/{keeps:<4} {kept / max(1, words):>11.1%}"
        )
        print("   missed:", "; ".join(missed[:30]))
        print("   keep hit:", "; ".join(hits[:30]))
    return texts


def latency(recognizer: PersonModelRecognizer, texts: Sequence[str]) -> None:
    for text in texts[:50]:
        recognizer.analyze(text, ["PERSON"])
    timings = []
    for text in texts:
        started = time.perf_counter()
        recognizer.analyze(text, ["PERSON"])
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95)]
    print(
        f"\nlatency per message ({len(timings)} corpus messages, mean"
        f" {statistics.mean(len(t) for t in texts):.0f} chars): median"
        f" {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=None, help="default: the shipped one")
    parser.add_argument("--count", type=int, default=HELDOUT_COUNT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    load_person_ner(args.model)
    print(f"model loaded (hashes checked) in {time.perf_counter() - started:.2f} s")
    recognizer = PersonModelRecognizer("en", model_dir=args.model)
    heldout(recognizer, generate(args.count, HELDOUT_SEED, heldout=True))
    texts = corpora(recognizer, sorted(CORPUS_DIR.glob("redaction_corpus*.jsonl")))
    latency(recognizer, texts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
