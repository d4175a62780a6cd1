"""Score know27's own held-out probes (heldout27.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run27.py
The file holds long rambling messages, the merchant's own affairs, questions between near FAQ
entries and long off-topic stories (its ``cat`` field); the figures are printed for the whole
file and per kind, never per question, so that nothing is tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout27", by_kind=True))
