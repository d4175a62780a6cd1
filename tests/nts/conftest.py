"""A fake NTS service per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.nts.fake_nts import FakeNts


@pytest.fixture
def nts() -> Iterator[FakeNts]:
    fake = FakeNts()
    yield fake
    fake.close()
