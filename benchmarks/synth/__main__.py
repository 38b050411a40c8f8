"""``python -m benchmarks.synth``: write the synthetic evaluation sets (fixed seeds)."""

from __future__ import annotations

import argparse
import fnmatch
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.synth.sets import DEFAULT_SIZE, SETS, write_set

OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "synthetic"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    parser.add_argument("--sets", nargs="*", default=["*"], help="set names or globs")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="messages per set")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    chosen = [n for n in SETS if any(fnmatch.fnmatch(n, g) for g in args.sets)]
    if not chosen:
        parser.error(f"no set matches {args.sets}; sets: {', '.join(SETS)}")
    for name in chosen:
        started = time.perf_counter()
        path = write_set(SETS[name], args.out, args.size)
        print(f"{path} ({args.size} messages, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
