"""MIDs are shown masked: the last four characters identify a contract to its owner without
handing anyone a working merchant id."""

from __future__ import annotations

VISIBLE = 4


def mask_mid(mid: str | None) -> str | None:
    """``"IMP_KCP_A1B2C3D4"`` -> ``"************C3D4"``; short MIDs are masked entirely."""
    if not mid:
        return None
    if len(mid) <= VISIBLE:
        return "*" * len(mid)
    return "*" * (len(mid) - VISIBLE) + mid[-VISIBLE:]
