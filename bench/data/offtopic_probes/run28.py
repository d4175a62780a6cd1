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

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout28", by_kind=True))
