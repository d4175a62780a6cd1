"""Erase completeness: after ``onboard erase --user slack:U… --yes`` nothing in the database
names the person or carries what they said, except the audit log (who did what) — not the
agents' cards about them, not their lines or events in other people's threads, not the hints
shown to them, not their files, look-ups or verifications."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commands import erase as erase_command
from bot.store.tables import Base, Conversation, Nudge, TranscriptLine
from bot.uploads import store_upload
from tests.security.conftest import STRANGER, thread_key
from tests.slack.workspace import AGENT, AGENTS, MERCHANT, SUPPORT, SlackWorkspace

PERSONAL = ("홍길동", "010-1234-5678", "hong@example.com")
# Tables that keep a record of actions and may name the person after an erasure.
RECORDS = {"audit_log", "delivery_lanes", "alembic_version"}


def dump(session: Session, *, skip: set[str]) -> str:
    """Every row of every table, as text (what an attacker with the database would read)."""
    rows: dict[str, list[Any]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in skip:
            continue
        rows[table.name] = [
            {k: (v.hex() if isinstance(v, bytes) else v) for k, v in r._mapping.items()}
            for r in session.execute(select(table))
        ]
    return json.dumps(rows, ensure_ascii=False, default=str)


def erase(monkeypatch: pytest.MonkeyPatch, db_url: str, user: str, *, yes: bool) -> int:
    """``onboard erase`` as the operator runs it (its ``run``; ``cli.main`` would reconfigure
    the test process's logging)."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    return erase_command.run(argparse.Namespace(user=user, yes=yes))


def test_erase_leaves_nothing_of_the_person(
    slack: SlackWorkspace,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The merchant: personal data in their thread, a request for a person (a card in the
    # agents' channel), a look-up, an agent's link, a file.
    thread = slack.post_message("안녕하세요 홍길동입니다 010-1234-5678 hong@example.com")
    slack.post_message("상담원 연결해 주세요", thread=thread)
    slack.post_message("I will help you", thread=thread, user=AGENT)  # the agent's line
    link = f"https://acme.slack.com/archives/{SUPPORT}/p{thread.replace('.', '')}"
    slack.slash(f"link 220-81-62517 <@{MERCHANT}|hong> <{link}>", user=AGENT)
    slack.slash(f"transcript <{link}>", user=AGENT)  # their words, in the agents' channel
    # In someone else's thread: a stranger there, with a hint shown to them alone.
    other = slack.post_message("hello", user=STRANGER)
    slack.post_message("홍길동 here, 010-1234-5678", thread=other)
    services = slack.services
    with services.db.transaction() as session:
        store_upload(
            session,
            conversation_key=thread_key(thread),
            user_id=MERCHANT,
            filename="홍길동-사업자등록증.png",
            data=b"\x89PNG not really",
            now=services.engine.clock(),
        )
        # A reminder the nudges sent into their thread (bot/nudges).
        session.add(
            Nudge(
                key=f"stalled:{thread_key(thread)}",
                kind="stalled",
                conversation_key=thread_key(thread),
                created_at=services.engine.clock(),
            )
        )
        before = dump(session, skip=RECORDS)
    assert all(value in before for value in PERSONAL)
    assert any("홍길동" in t for t in slack.texts(None, channel=AGENTS))

    # A dry run counts and changes nothing.
    assert erase(monkeypatch, db_url, f"slack:{MERCHANT}", yes=False) == 0
    assert "dry run" in capsys.readouterr().out
    with services.db.reading() as session:
        assert dump(session, skip=RECORDS) == before

    assert erase(monkeypatch, db_url, f"slack:{MERCHANT}", yes=True) == 0
    report = capsys.readouterr().out
    assert "erased" in report and "outbox" in report and "inbound_events" in report
    with services.db.reading() as session:
        after = dump(session, skip=RECORDS)
        # The other merchant's conversation is still theirs, intact.
        assert session.scalars(select(Conversation.user_id)).all() == [STRANGER]
    for value in (*PERSONAL, MERCHANT, "hong", thread_key(thread)):
        assert value not in after, value


def test_erasing_an_agent_redacts_their_lines_in_merchants_threads(
    slack: SlackWorkspace, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    thread = slack.post_message("안녕하세요")
    slack.post_message("제 번호는 010-1234-5678 입니다 (agent)", thread=thread, user=AGENT)
    assert erase(monkeypatch, db_url, f"slack:{AGENT}", yes=True) == 0
    with slack.services.db.reading() as session:
        lines = session.scalars(select(TranscriptLine).order_by(TranscriptLine.id)).all()
        after = dump(session, skip=RECORDS)
    # Who holds the conversation is the desk's record of the agent's role, reported as kept.
    after = after.replace(f'"assignee": "{AGENT}"', "")
    assert "010-1234-5678" not in after and AGENT not in after
    # The merchant's transcript still reads in order: the agent's line is there, emptied.
    assert "erased" in lines[-1].text or any("erased" in line.text for line in lines)
    assert lines[0].user_id == MERCHANT
