"""Score know34's own held-out probes (heldout34.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run34.py
The file holds on-topic questions across the whole of domain-facts (``cat`` = its section)
plus ~15 % off-topic ones (expect null); the
figures are printed for the whole file and per kind, never per question, so that nothing is
tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout34", by_kind=True))
