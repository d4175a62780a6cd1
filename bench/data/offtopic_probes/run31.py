"""Score know31's own held-out probes (heldout31.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run31.py
The file holds off-topic questions that share the application's words (a customer's refund,
payouts, cardholders' fees, integration errors, log-in, tax invoices, chargebacks, the
merchant's own card, shop builders, small talk) and on-topic look-alikes that must be answered
(``cat`` on-...); the figures are printed for the whole file and per kind, never per question,
so that nothing is tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout31", by_kind=True))
