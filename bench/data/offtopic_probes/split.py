"""Split probes.yaml into its two halves, fixed before the answerer was ever run on it (know22).

Off-topic and on-topic lines are shuffled separately with random.Random(SEED) and cut in the
middle: the first half of each is the development half (read and tuned on), the second the
held-out half (only its aggregate figures are looked at). Writes dev.yaml and heldout.yaml
next to this file, in the bench's question-set format.

Run: .venv/bin/python bench/data/offtopic_probes/split.py
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml

SEED = 22
HERE = Path(__file__).resolve().parent


def halves(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dev: list[dict[str, Any]] = []
    held: list[dict[str, Any]] = []
    rng = random.Random(SEED)
    for group in ([q for q in items if q["expect"] is None], [q for q in items if q["expect"]]):
        order = list(group)
        rng.shuffle(order)
        cut = len(order) // 2
        dev += order[:cut]
        held += order[cut:]
    return dev, held


def main() -> None:
    items = yaml.safe_load((HERE / "probes.yaml").read_text(encoding="utf-8"))["questions"]
    dev, held = halves(items)
    for name, part in (("dev", dev), ("heldout", held)):
        text = f"# {name} half of probes.yaml (split.py, seed {SEED}); generated, do not edit\n"
        text += yaml.safe_dump({"questions": part}, allow_unicode=True, sort_keys=False, width=200)
        (HERE / f"{name}.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
