"""``onboard worker`` runs below serve's priority (``ONBOARD_WORKER_NICE``)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import Settings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _nice_after(env: dict[str, str]) -> tuple[int, int]:
    """(nice before, nice after) of a fresh process that applies the setting as
    ``onboard worker`` does at start; a process of its own so this test's stays as it is."""
    code = textwrap.dedent(
        """
        import os
        from bot.commands.worker import lower_priority, worker_niceness
        from bot.config import Settings
        before = os.getpriority(os.PRIO_PROCESS, 0)
        returned = lower_priority(worker_niceness(Settings(_env_file=None)))
        after = os.getpriority(os.PRIO_PROCESS, 0)
        assert returned == after, (returned, after)
        print(before, after)
        """
    )
    unset = ("ONBOARD_WORKER_NICE", "DATABASE_URL")
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    before, after = done.stdout.split()
    return int(before), int(after)


PG = "postgresql://onboard@127.0.0.1:1/onboard"  # never connected to


def test_worker_runs_ten_below_by_default_on_postgres() -> None:
    before, after = _nice_after({"DATABASE_URL": PG})
    assert after == min(before + 10, 19)


def test_worker_keeps_priority_by_default_on_sqlite(tmp_path: Path) -> None:
    # A worker holds SQLite's writers' lock that serve's acks wait for.
    before, after = _nice_after({"ONBOARD_DATA_DIR": str(tmp_path)})
    assert after == before


def test_worker_nice_setting_is_applied() -> None:
    before, after = _nice_after({"ONBOARD_WORKER_NICE": "3"})
    assert after == min(before + 3, 19)
    before, after = _nice_after({"ONBOARD_WORKER_NICE": "4", "DATABASE_URL": PG})
    assert after == min(before + 4, 19)


def test_worker_nice_zero_leaves_priority() -> None:
    before, after = _nice_after({"ONBOARD_WORKER_NICE": "0"})
    assert after == before


@pytest.mark.parametrize("value", ["-1", "20"])
def test_worker_nice_out_of_range_refused(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A negative increment would need privileges and would put workers above serve.
    monkeypatch.setenv("ONBOARD_WORKER_NICE", value)
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_serve_freezes_start_up_objects() -> None:
    code = textwrap.dedent(
        """
        import gc
        from bot.commands.serve import settle_heap
        kept = [[i] for i in range(1000)]
        settle_heap()
        print(gc.get_freeze_count())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert int(done.stdout) >= 1000
