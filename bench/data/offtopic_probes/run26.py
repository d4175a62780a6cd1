"""Score know26's own held-out probes (heldout26.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run26.py
(run.py's halves are fixed by its argument choices; this file adds the one know26 wrote before
developing, without changing run.py.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import bench.knowledge as kb
from bot.commands.ask import payload

HERE = Path(__file__).resolve().parent


def main() -> int:
    kb.REPEATS = 1
    payload("warm up")
    questions = kb._load(HERE / "heldout26.yaml", {})
    r = kb._measure("heldout26", kb._new, questions)
    n_off = sum(q.expect is None for q in questions)
    n_on = len(questions) - n_off
    print(
        f"heldout26: off-topic refused {r.offtopic_refusal:.1%} of {n_off}; "
        f"on-topic top-1 {r.top1:.1%} of {n_on}; confidently wrong {r.confident_wrong:.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
