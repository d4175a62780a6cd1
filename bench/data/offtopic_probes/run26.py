"""Score know26's own held-out probes (heldout26.yaml): aggregates only, never its misses.

Run: .venv/bin/python bench/data/offtopic_probes/run26.py
(run.py's halves are fixed by its argument choices; this file adds the one know26 wrote before
developing, without changing run.py.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.data.offtopic_probes.heldout import score

if __name__ == "__main__":
    raise SystemExit(score("heldout26"))
