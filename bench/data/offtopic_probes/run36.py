"""Score know36's own held-out probes (heldout36.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run36.py
The file asks the causes of blind set 11's misses (terminating a PG contract, support
hours, developer troubles off-topic, chat navigation, thread sharing, new businesses, file
limits, ...) in new words; ``cat`` is the cause. Figures are printed for the whole file and per
cause, never per question, so that nothing is tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout36", by_kind=True))
