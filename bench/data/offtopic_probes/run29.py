"""Score know29's own held-out probes (heldout29.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run29.py
Half the probes are capability questions the catalog answers, half near questions an FAQ entry
answers (codes, pay_method values, modules, endpoints, processes); each half gets its own line
so a rule that moves answers from one side to the other shows on both.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import bench.knowledge as kb
from bot.commands.ask import payload
from knowledge.understand import load_understanding

HERE = Path(__file__).resolve().parent


def main() -> int:
    kb.REPEATS = 1
    payload("warm up")
    questions = kb._load(HERE / "heldout29.yaml", {})
    known = {e.id for e in load_understanding().faq.entries} | {"catalog"}
    unknown = {q.expect for q in questions if q.expect is not None} - known
    if unknown:
        raise SystemExit(f"heldout29: labels name no entry: {sorted(unknown)}")
    total = kb._measure("heldout29", kb._new, questions)
    print(
        f"heldout29: top-1 {total.top1:.1%} of {len(questions)}; "
        f"confidently wrong {total.confident_wrong:.1%}; clarify {total.clarify_rate:.1%}"
    )
    for name, half in (
        ("catalog", [q for q in questions if q.expect == "catalog"]),
        ("faq", [q for q in questions if q.expect not in (None, "catalog")]),
    ):
        r = kb._measure(f"heldout29 {name}", kb._new, half)
        print(
            f"  {name:<8} top-1 {r.top1:.1%} of {len(half)}; "
            f"confidently wrong {r.confident_wrong:.1%}; clarify {r.clarify_rate:.1%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
