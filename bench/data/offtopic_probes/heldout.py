"""Aggregate score of one held-out probe file (the runN.py scripts share it): the whole file's
line and, when asked, one line per kind (its ``cat`` field), never a line per question, so that
nothing is tuned on it."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import bench.knowledge as kb
from bot.commands.ask import payload

HERE = Path(__file__).resolve().parent


def score(name: str, *, by_kind: bool = False, path: Path | None = None) -> int:
    """Print `name`'s aggregates (file HERE/<name>.yaml unless `path` is given)."""
    file = path or HERE / f"{name}.yaml"
    kb.REPEATS = 1
    payload("warm up")
    questions = kb._load(file, {})
    r = kb._measure(name, kb._new, questions)
    n_off = sum(q.expect is None for q in questions)
    n_on = len(questions) - n_off
    clarified = f"; clarified {r.clarify_rate:.1%}" if by_kind else ""
    print(
        f"{name}: off-topic refused {r.offtopic_refusal:.1%} of {n_off}; "
        f"on-topic top-1 {r.top1:.1%} of {n_on}; confidently wrong {r.confident_wrong:.1%}"
        f"{clarified}"
    )
    if not by_kind:
        return 0
    kinds = [str(item.get("cat")) for item in yaml.safe_load(file.read_text("utf-8"))["questions"]]
    for kind in sorted(set(kinds)):
        part = [q for q, k in zip(questions, kinds, strict=True) if k == kind]
        f = kb._measure(kind, kb._new, part)
        on = sum(q.expect is not None for q in part)
        shown = f"refused {f.offtopic_refusal:.1%}" if on == 0 else f"top-1 {f.top1:.1%} of {on}"
        print(f"  {kind}: {shown}; confidently wrong {f.confident_wrong:.1%}")
    return 0
