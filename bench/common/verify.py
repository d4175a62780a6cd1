"""Exactly once, checked three ways after a run has drained:

* the inbox: every event the merchants sent is ``done`` (not pending, not failed);
* the transcript of each thread: the merchant's lines in the order sent, one line each, each
  followed by exactly as many bot lines as that step gives on a quiet server (calibrated);
* the fake Slack: every outbox row ``sent`` and posted exactly once (each page once, by the
  outbox id the sender puts in the message's metadata), and nothing posted that is not a row.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from bench.common.journey import Sent
from bench.common.slack import TEAM, BenchSlack
from bot.queue import UNDELIVERED, UNFINISHED
from bot.store.db import Database
from bot.store.tables import Conversation, InboundEvent, OutboxMessage, TranscriptLine


def key_of(sent: Sent) -> str:
    return f"slack:{TEAM}:{sent.channel}:{sent.thread}"


@dataclass(frozen=True)
class Expected:
    """Per journey step: Slack messages the bot posts, and replies in the transcript."""

    posts: tuple[int, ...]
    lines: tuple[int, ...]


def backlog(db: Database) -> tuple[int, int]:
    """(inbound events pending or running, outbox messages pending or sending).

    A read (no write lock): polled every 50 ms during the capacity phase, a write transaction
    here queued the server's acks behind the bench itself (up to 0.14 s, issue 18)."""
    with db.reading() as session:
        inbound = session.scalar(
            select(func.count())
            .select_from(InboundEvent)
            .where(InboundEvent.status.in_(UNFINISHED))
        )
        outbox = session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status.in_(UNDELIVERED))
        )
    return int(inbound or 0), int(outbox or 0)


async def drain(db: Database, timeout: float, *, poll: float = 0.5) -> float:
    """Wait until nothing is pending; the seconds it took (``timeout`` if it did not)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            if backlog(db) == (0, 0):
                return time.monotonic() - started
        except Exception:  # noqa: S110 - the database may be restarting (fault scenarios)
            pass
        await asyncio.sleep(poll)
    return timeout


@dataclass
class Report:
    events: int = 0
    threads: int = 0
    inbound: Counter[str] = field(default_factory=Counter)
    missing_events: int = 0  # sent and acked, but not in the inbox
    thread_problems: list[str] = field(default_factory=list)
    outbox: Counter[str] = field(default_factory=Counter)
    posted: int = 0
    duplicated_posts: int = 0
    lost_posts: int = 0  # outbox rows never seen by Slack
    stray_posts: int = 0  # Slack messages of no outbox row
    unanswered: int = 0  # events no server acknowledged within the retry window

    @property
    def ok(self) -> bool:
        return (
            self.missing_events == 0
            and set(self.inbound) <= {"done"}
            and not self.thread_problems
            and set(self.outbox) <= {"sent"}
            and self.duplicated_posts == 0
            and self.lost_posts == 0
            and self.stray_posts == 0
            and self.unanswered == 0
        )

    def lines(self) -> list[str]:
        verdict = "OK: nothing lost, nothing doubled" if self.ok else "FAILED"
        out = [
            f"  exactly-once check: {verdict}",
            f"    merchant events {self.events} in {self.threads} threads; inbox "
            f"{dict(self.inbound)}; missing {self.missing_events}; unanswered {self.unanswered}",
            f"    outbox {dict(self.outbox)}; Slack posts {self.posted}: duplicated "
            f"{self.duplicated_posts}, lost {self.lost_posts}, stray {self.stray_posts}",
        ]
        if self.thread_problems:
            out.append(f"    threads with wrong answers: {len(self.thread_problems)}")
            out += [f"      {p}" for p in self.thread_problems[:10]]
        return out


def check(
    db: Database,
    slack: BenchSlack,
    sent: Sequence[Sent],
    expected: Expected,
    *,
    unanswered: int = 0,
) -> Report:
    report = Report(events=len(sent), unanswered=unanswered)
    by_key: dict[str, list[Sent]] = defaultdict(list)
    for s in sent:
        by_key[key_of(s)].append(s)
    report.threads = len(by_key)
    ids = [s.event_id for s in sent]
    with db.transaction() as session:
        statuses: dict[str, str] = {}
        for chunk in range(0, len(ids), 500):
            rows = session.execute(
                select(InboundEvent.event_id, InboundEvent.status).where(
                    InboundEvent.event_id.in_(ids[chunk : chunk + 500])
                )
            ).all()
            statuses.update({r[0]: r[1] for r in rows})
        report.inbound = Counter(statuses.values())
        report.missing_events = len(set(ids) - set(statuses))
        conversations = dict(
            session.execute(
                select(Conversation.key, Conversation.id).where(Conversation.key.in_(list(by_key)))
            ).all()
        )
        lines: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for conv_id, direction, text in session.execute(
            select(TranscriptLine.conversation_id, TranscriptLine.direction, TranscriptLine.text)
            .where(TranscriptLine.conversation_id.in_(list(conversations.values())))
            .order_by(TranscriptLine.id)
        ):
            lines[conv_id].append((direction, text))
        outbox = session.execute(
            select(OutboxMessage.id, OutboxMessage.status).where(
                OutboxMessage.conversation_id.in_(list(conversations.values()))
            )
        ).all()
    report.outbox = Counter(r[1] for r in outbox)
    for key, steps in by_key.items():
        problem = _thread_problem(lines.get(conversations.get(key, -1), []), steps, expected)
        if problem:
            report.thread_problems.append(f"{key}: {problem}")
    threads = {s.thread for s in sent}
    posts = [p for p in slack.posted if p.thread_ts in threads]
    report.posted = len(posts)
    pages = Counter((p.outbox_id, p.part) for p in posts)
    report.duplicated_posts = sum(n - 1 for n in pages.values() if n > 1)
    row_ids = {r[0] for r in outbox}
    posted_ids = {p.outbox_id for p in posts}
    report.lost_posts = len(row_ids - posted_ids)
    report.stray_posts = len(posted_ids - row_ids)
    return report


def _thread_problem(
    lines: list[tuple[str, str]], steps: list[Sent], expected: Expected
) -> str | None:
    """The transcript against what was said: each merchant line once, each answered with its
    step's number of replies."""
    turns: list[tuple[str, int]] = []
    for direction, text in lines:
        if direction == "in":
            turns.append((text, 0))
        elif turns:
            turns[-1] = (turns[-1][0], turns[-1][1] + 1)
        else:
            return "bot lines before any merchant line"
    if len(turns) != len(steps):
        return f"{len(steps)} messages sent, {len(turns)} in the transcript"
    for (text, replies), step in zip(turns, steps, strict=True):
        if text != step.text:
            return f"step {step.step}: transcript has {text!r}, sent {step.text!r}"
        if replies != expected.lines[step.step]:
            want = expected.lines[step.step]
            return f"step {step.step} ({step.text!r}): {replies} replies, expected {want}"
    return None
