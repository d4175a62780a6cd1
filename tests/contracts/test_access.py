"""Verification, the hourly limit and MID masking, on a real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.contracts import ratelimit
from bot.contracts.masking import mask_mid
from bot.contracts.verification import is_verified, verified_numbers, verify
from bot.store.db import Database
from knowledge.bizno import business_check_digit

NOW = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def numbers(n: int) -> list[str]:
    """``n`` distinct valid business numbers."""
    out = []
    for serial in range(1, n + 1):
        first = f"12381{serial:04d}"
        out.append(first + str(business_check_digit(first)))
    return out


def test_verification_is_per_user_and_number_and_idempotent(db: Database) -> None:
    with db.transaction() as session:
        assert verify(session, "slack:U1", "124-81-00998", "certificate", None, NOW)
        assert not verify(session, "slack:U1", "1248100998", "agent", "slack:A1", NOW)
    with db.transaction() as session:
        assert is_verified(session, "slack:U1", "124-81-00998")
        assert is_verified(session, "slack:U1", "1248100998")
        assert not is_verified(session, "slack:U2", "1248100998")
        assert not is_verified(session, "console:U1", "1248100998")
        assert not is_verified(session, "slack:U1", "2208162517")
        assert not is_verified(session, "slack:U1", "not a number")
        assert verified_numbers(session, "slack:U1") == ["1248100998"]


@pytest.mark.parametrize(
    ("number", "source"),
    [("124-81-00997", "agent"), ("12345", "agent"), ("124-81-00998", "guess")],
)
def test_verify_refuses_bad_input(db: Database, number: str, source: str) -> None:
    with (
        db.transaction() as session,
        pytest.raises(ValueError, match=r"not a valid|unknown verification source"),
    ):
        verify(session, "slack:U1", number, source, None, NOW)  # type: ignore[arg-type]


def test_the_limit_counts_distinct_numbers_in_the_last_hour(db: Database) -> None:
    first, second, third = numbers(3)
    with db.transaction() as session:
        for minute, number in enumerate([first, first, second]):
            now = NOW + timedelta(minutes=minute)
            assert ratelimit.allowance(session, "k", number, now, limit=2).allowed
            ratelimit.record(session, "k", number, now)
        later = NOW + timedelta(minutes=10)
        refused = ratelimit.allowance(session, "k", third, later, limit=2)
        assert not refused.allowed
        # `first` was last looked up at minute 1: it leaves the count at 1:01 past the hour.
        assert refused.retry_at == NOW + timedelta(hours=1, minutes=1)
        assert ratelimit.allowance(session, "k", first, later, limit=2).allowed
        assert ratelimit.allowance(session, "other", third, later, limit=2).allowed
        assert ratelimit.allowance(session, "k", third, refused.retry_at, limit=2).allowed


@pytest.mark.parametrize(
    ("mid", "masked"),
    [
        ("IMP_KCP_A1B2C3D4", "************C3D4"),
        ("nicepay00m", "******y00m"),
        ("A1B2C", "*1B2C"),
        ("ABCD", "****"),
        ("", None),
        (None, None),
    ],
)
def test_mids_show_only_their_last_four_characters(mid: str | None, masked: str | None) -> None:
    assert mask_mid(mid) == masked
