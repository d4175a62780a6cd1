"""Score know32's own held-out probes (heldout32.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run32.py
The file holds questions aimed at pairs of near FAQ entries that are easy to confuse (cancel vs
status mismatch, MID vs screening, documents individual vs corporate, ...: its ``cat`` field); the
figures are printed for the whole file and per kind, never per question, so that nothing is
tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout32", by_kind=True))
