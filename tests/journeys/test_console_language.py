"""Issue 15, QA round, defect 5: the console opens before the merchant says anything, so it
opens in both languages; the merchant's first message decides the language, and the first
reply to an English message is English (it opened in Korean before)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from bot.store.db import Database
from bot.transports.console import run_chat
from tests.harness import Chat, build_test_services

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


def test_through_the_engine_each_conversation_keeps_its_own_language(
    db_url: str, db: Database, tmp_path: Path
) -> None:
    """As on Slack: no opening; each conversation's language comes from its merchant's first
    message, a lone word does not switch it, a sentence does."""
    services = build_test_services(db_url, tmp_path)
    try:
        english = Chat(services, "U10")
        assert "Added: Credit card" in english.say("I want to apply for card payments")
        said = english.say("네")  # a lone Korean word: still English
        assert not HANGUL.search(said.replace("'네'", "")), said
        switched = english.say("한국어로 해 주세요 부탁해요")
        assert HANGUL.search(switched)
        korean = Chat(services, "U11")  # (one sender per transport: one chat at a time)
        assert "추가했어요: 신용카드" in korean.say("카드 결제 신청하려고요")
        ok = korean.say("OK")  # a lone English word: still Korean
        assert HANGUL.search(ok), ok
        assert "one-time payments" not in ok
    finally:
        services.close()
