"""Score know28's own held-out probes (heldout28.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run28.py
The file holds pairs of near FAQ entries about one subject asked as different kinds of
question (where / what / why / how long / when / can I / how to / who: its ``cat`` field); the
figures are printed for the whole file and per kind, never per question, so that nothing is
tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import bench.knowledge as kb
from bot.commands.ask import payload

HERE = Path(__file__).resolve().parent
FILE = HERE / "heldout28.yaml"


def main() -> int:
    kb.REPEATS = 1
    payload("warm up")
    questions = kb._load(FILE, {})
    kinds = [str(item.get("cat")) for item in yaml.safe_load(FILE.read_text("utf-8"))["questions"]]
    r = kb._measure("heldout28", kb._new, questions)
    n_off = sum(q.expect is None for q in questions)
    n_on = len(questions) - n_off
    print(
        f"heldout28: off-topic refused {r.offtopic_refusal:.1%} of {n_off}; "
        f"on-topic top-1 {r.top1:.1%} of {n_on}; confidently wrong {r.confident_wrong:.1%}; "
        f"clarified {r.clarify_rate:.1%}"
    )
    for kind in sorted(set(kinds)):
        part = [q for q, k in zip(questions, kinds, strict=True) if k == kind]
        f = kb._measure(kind, kb._new, part)
        on = sum(q.expect is not None for q in part)
        shown = f"refused {f.offtopic_refusal:.1%}" if on == 0 else f"top-1 {f.top1:.1%} of {on}"
        print(f"  {kind}: {shown}; confidently wrong {f.confident_wrong:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
