"""Score one half of the know22 probe set: off-topic refusal and on-topic top-1.

Run: .venv/bin/python bench/data/offtopic_probes/run.py dev [--verbose]
     .venv/bin/python bench/data/offtopic_probes/run.py heldout   (aggregates only: never read
     its misses, never tune on it)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import bench.knowledge as kb
from bot.commands.ask import payload

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("half", choices=("dev", "dev2", "dev3", "dev4", "fresh5", "heldout"))
    parser.add_argument("--verbose", action="store_true", help="list every miss (dev only)")
    args = parser.parse_args(argv)
    if args.verbose and args.half == "heldout":
        parser.error("the held-out half is scored on aggregates only")
    kb.REPEATS = 1
    payload("warm up")
    questions = kb._load(HERE / f"{args.half}.yaml", {})
    r = kb._measure(args.half, kb._new, questions)
    n_off = sum(q.expect is None for q in questions)
    n_on = len(questions) - n_off
    print(
        f"{args.half}: off-topic refused {r.offtopic_refusal:.1%} of {n_off}; "
        f"on-topic top-1 {r.top1:.1%} of {n_on}; confidently wrong {r.confident_wrong:.1%}"
    )
    if args.verbose:
        for line in r.misses:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
