"""Score know33's own held-out probes (heldout33.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run33.py
The file asks each section of /work/shared/domain-facts.md in merchants' words (its ``cat``
field is the section); the figures are printed for the whole file and per section, never per
question, so that nothing is tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout33", by_kind=True))
