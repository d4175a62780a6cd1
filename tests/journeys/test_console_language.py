"""Issue 15, QA round, defect 5: the console opens before the merchant says anything, so it
opens in both languages; the merchant's first message decides the language, and the first
reply to an English message is English (it opened in Korean before)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from bot.store.db import Database
from bot.transports.console import run_chat
from tests.harness import build_test_services

HANGUL = re.compile(r"[가-힣]")


def chat(db_url: str, tmp_path: Path, lines: list[str], user: str = "U1") -> str:
    """Everything the console printed: its opening, then the answers to ``lines``."""
    services = build_test_services(db_url, tmp_path)
    out = io.StringIO()
    try:
        run_chat(services, user, io.StringIO("".join(f"{line}\n" for line in lines)), out)
    finally:
        services.close()
    return out.getvalue()


def test_the_console_opens_in_both_languages(db_url: str, db: Database, tmp_path: Path) -> None:
    said = chat(db_url, tmp_path, [])
    assert "무엇을 도와드릴까요?" in said
    assert "What would you like to do?" in said
    assert "결제수단 신청 / Apply for payment methods" in said


def test_the_first_reply_to_an_english_message_is_english(
    db_url: str, db: Database, tmp_path: Path
) -> None:
    opening = chat(db_url, tmp_path, [])
    said = chat(db_url, tmp_path, ["hello, I want to apply"], user="U2")
    answer = said.removeprefix(opening)
    assert said.startswith(opening)
    assert "Which payment methods do you need?" in answer
    assert not HANGUL.search(answer), answer


def test_the_first_reply_to_a_korean_message_is_korean(
    db_url: str, db: Database, tmp_path: Path
) -> None:
    opening = chat(db_url, tmp_path, [])
    said = chat(db_url, tmp_path, ["결제수단 신청하려고요"], user="U2")
    answer = said.removeprefix(opening)
    assert "어떤 결제수단이 필요하세요?" in answer
    assert "Which payment methods" not in answer


def test_a_returning_merchant_is_greeted_in_their_language(
    db_url: str, db: Database, tmp_path: Path
) -> None:
    services = build_test_services(db_url, tmp_path)
    try:
        run_chat(services, "U3", io.StringIO("I want to apply\n/quit\n"), io.StringIO())
        out = io.StringIO()
        run_chat(services, "U3", io.StringIO(""), out)
    finally:
        services.close()
    reopened = out.getvalue()
    assert "Which payment methods do you need?" in reopened
    assert not HANGUL.search(reopened), reopened
