"""Median and 90th percentile of durations, the two figures the report shows.

The 90th percentile is the nearest-rank one (the smallest value at or above 90 % of the
sample): it is always a duration that really happened, and small samples stay readable.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Spread:
    count: int
    median: float  # seconds
    p90: float  # seconds

    def as_dict(self) -> dict[str, float | int]:
        return {"count": self.count, "median_s": self.median, "p90_s": self.p90}


def spread(seconds: Sequence[float]) -> Spread | None:
    if not seconds:
        return None
    ordered = sorted(seconds)
    rank = max(math.ceil(0.9 * len(ordered)), 1)
    return Spread(count=len(ordered), median=statistics.median(ordered), p90=ordered[rank - 1])


def human_duration(seconds: float) -> str:
    """``45m``, ``5.5h``, ``3.2d``: short enough for a table cell."""
    if seconds < 3600:
        return f"{seconds / 60:.0f}m"
    if seconds < 86400 * 2:
        return f"{seconds / 3600:.1f}h"
    return f"{seconds / 86400:.1f}d"
