"""Score know30's own held-out probes (heldout30.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run30.py
The file holds long merchant messages (two sentences or more: a situation, hearsay, greetings
and the ask, at the end or the start, sometimes two asks) and long messages that ask nothing
on-topic (its ``cat`` field); the figures are printed for the whole file and per kind, never per
question, so that nothing is tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout30", by_kind=True))
