"""Percentiles and a one-line summary of latencies."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def ms(values: Sequence[float], qs: Sequence[float] = (50, 95, 99)) -> str:
    parts = [f"p{q:g} {percentile(values, q) * 1000:.1f} ms" for q in qs]
    return ", ".join(parts) + f" (n={len(values)})"
