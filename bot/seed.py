"""Demo data for the local run: a few businesses with existing contracts.

The numbers are public examples with valid check digits (124-81-00998 is widely cited as
Samsung Electronics'); the contracts are invented.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.contracts.verification import verify
from bot.store.tables import Contract

DEMO_CONTRACTS: tuple[dict[str, object], ...] = (
    {
        "business_number": "1248100998",
        "pg": "kcp",
        "methods": ["card", "vbank"],
        "status": "active",
        "mid": "IMP_KCP_A1B2C3D4",
        "contract_date": date(2023, 3, 14),
    },
    {
        "business_number": "1248100998",
        "pg": "kakaopay",
        "methods": ["kakaopay"],
        "status": "active",
        "mid": "IMPKAKAO0042",
        "contract_date": date(2023, 4, 2),
    },
    {
        "business_number": "2208162517",
        "pg": "html5_inicis",
        "methods": ["card", "trans"],
        "status": "in_progress",
        "mid": None,
        "contract_date": date(2026, 10, 20),
    },
    {
        "business_number": "2208812340",
        "pg": "nice_v2",
        "methods": ["card"],
        "status": "terminated",
        "mid": "nicepay00m",
        "contract_date": date(2021, 6, 1),
        "end_date": date(2024, 5, 31),
    },
)


# The console chat's default user (``onboard chat``) is verified for 124-81-00998, so the local
# run shows a full answer; any other user sees what an unverified merchant sees.
DEMO_VERIFIED: tuple[tuple[str, str], ...] = (("console:merchant", "1248100998"),)


def seed_demo(session: Session, now: datetime) -> int:
    """Insert the demo contracts into an empty registry; the number inserted."""
    if session.scalar(select(func.count()).select_from(Contract)):
        return 0
    for values in DEMO_CONTRACTS:
        session.add(Contract(**values, created_at=now))
    for user_key, number in DEMO_VERIFIED:
        verify(session, user_key, number, "agent", "seed", now)
    return len(DEMO_CONTRACTS)
