"""Score know35's own held-out probes (heldout35.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run28.py
The file holds questions carrying an out-of-scope word, on-topic and off-topic ones (its
``cat`` field is the word's family); the figures are printed for the whole file and per kind,
never per question, so that nothing is tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout35", by_kind=True))
