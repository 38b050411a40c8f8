"""Train our PERSON model on synthetic data and write it to ``models/weights/person_ner``.

``make train-ner`` runs this with one CPU thread. The run is deterministic for a seed:
the data (``person_data.py``) and spaCy's training (``person_ner.cfg``, ``system.seed``)
are both seeded. Model selection uses a development split drawn from the training
templates with another seed; the held-out split (other templates) is only for
``evaluate_person_ner.py``. Only what inference needs is shipped, with a
``manifest.json`` of sha256 hashes that ``models.person_ner`` checks before loading.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as train_loop
from spacy.util import load_config
from spacy.vocab import Vocab

from models.person_ner import DEFAULT_PERSON_NER_DIR, PERSON_LABEL, write_manifest
from models.training.person_data import Example, generate

CONFIG_PATH = Path(__file__).with_name("person_ner.cfg")
TRAIN_SEED = 13
DEV_SEED = 29
TRAIN_COUNT = 120_000
DEV_COUNT = 2_000


def to_docbin(nlp: Language, examples: Sequence[Example]) -> DocBin:
    """Tokenised examples with their PERSON spans (spans that cut a token are dropped)."""
    docs = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for example in examples:
        doc = nlp.make_doc(example.text)
        ents = []
        for start, end in example.spans:
            span = doc.char_span(start, end, label=PERSON_LABEL, alignment_mode="contract")
            if span is not None and len(span):
                ents.append(span)
        doc.ents = spacy.util.filter_spans(ents)
        docs.add(doc)
    return docs


def export(trained: Path, out: Path) -> None:
    """Copy what inference needs to ``out`` with a minimal string store and a manifest."""
    nlp = spacy.load(trained)
    # The temporary corpus paths are no part of the model (and would change its hash).
    nlp.config["paths"]["train"] = None
    nlp.config["paths"]["dev"] = None
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out, exclude=["vocab"])
    # Hash embeddings need no stored strings; the label is the only one the pipeline uses.
    vocab_dir = out / "vocab"
    vocab_dir.mkdir()
    Vocab(strings=[PERSON_LABEL]).to_disk(vocab_dir, exclude=["vectors", "lookups"])
    write_manifest(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_PERSON_NER_DIR)
    parser.add_argument("--train-count", type=int, default=TRAIN_COUNT)
    parser.add_argument("--dev-count", type=int, default=DEV_COUNT)
    parser.add_argument("--max-steps", type=int, default=None, help="override the config")
    parser.add_argument("--work", type=Path, default=None, help="keep intermediate files here")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    work = args.work or Path(tempfile.mkdtemp(prefix="person_ner_"))
    work.mkdir(parents=True, exist_ok=True)
    blank = spacy.blank("en")
    to_docbin(blank, generate(args.train_count, TRAIN_SEED)).to_disk(work / "train.spacy")
    to_docbin(blank, generate(args.dev_count, DEV_SEED)).to_disk(work / "dev.spacy")
    print(f"data: {args.train_count} + {args.dev_count} examples in {work}", flush=True)

    overrides: dict[str, object] = {
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "dev.spacy"),
    }
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    config = load_config(CONFIG_PATH, overrides=overrides, interpolate=False)
    nlp = init_nlp(config, use_gpu=-1)
    (work / "trained").mkdir(exist_ok=True)
    train_loop(nlp, work / "trained", use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
    export(work / "trained" / "model-best", args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(
        f"wrote {args.out} ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
