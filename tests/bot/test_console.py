"""The console chat as a merchant uses it: piped, scripted, and resumed in a second process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def chat(tmp_path: Path, lines: list[str], *args: str, db_url: str | None = None) -> str:
    env = {**os.environ, "ONBOARD_DATA_DIR": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)
    if db_url:
        env["DATABASE_URL"] = db_url
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--user", "U1", "--job-timeout", "5", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_piped_conversation_prints_every_reply(tmp_path: Path) -> None:
    out = chat(tmp_path, ["English", "help", "", "🎉" * 3])
    assert out.count("bot> ") >= 4
    assert "I'll speak English" in out
    assert "back — go to the previous step" in out
    assert "empty" in out


def test_a_second_process_continues_the_conversation(tmp_path: Path) -> None:
    chat(tmp_path, ["English"])
    out = chat(tmp_path, [])
    assert "What would you like to do?" in out  # still English: the state was kept


def test_upload_of_a_missing_file_is_explained(tmp_path: Path) -> None:
    out = chat(tmp_path, ["/upload /nonexistent/cert.png"])
    assert "/nonexistent/cert.png" in out


@pytest.mark.postgres
def test_console_on_postgres(tmp_path: Path, pg_url: str) -> None:
    chat(tmp_path, ["English"], db_url=pg_url)
    assert "What would you like to do?" in chat(tmp_path, [], db_url=pg_url)


def test_a_greeting_does_not_print_the_greeting_twice(tmp_path: Path) -> None:
    """Issue 16 defect 9: "안녕하세요" repeated the whole greeting the chat opened with."""
    out = chat(tmp_path, ["안녕하세요"])
    assert out.count("Onboard예요") == 1, out
    assert "아래에서 고르시거나" in out
