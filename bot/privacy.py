"""Erasing what Onboard keeps about one person, on their request.

A person is a user key (``slack:U123``, ``console:merchant``). Erased, by their user id:

- the conversations they started, with everything hanging off them (state, transcript,
  received events, messages, files, jobs, subscriptions made from them);
- what they did elsewhere: their lines in other people's transcripts are redacted (the line
  stays, so the other person's transcript still reads in order), their events in other
  conversations' inboxes are deleted;
- messages about or for them that belong to no conversation of theirs: agents' cards and
  transcripts posted to the agents' channel, hints shown to them alone (``outbox.subject``),
  and any agents' channel message that quotes their user id;
- their uploads anywhere, their contract look-ups and verifications, and the questions of
  theirs nobody could answer (kept masked and anonymous for the FAQ: found by their text).

Kept, and counted so an operator can act: the businesses and applications they filed (records
of the business, not of the person: erased on the business's own request), the files such a
business keeps, the audit log (who did what, which must outlive the data it describes), and,
for an agent, which conversations they hold (the desk's record of their role).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, Text, cast, delete, func, or_, select, update
from sqlalchemy.orm import Session

from bot.knowledge_gaps import masked
from bot.store.tables import (
    Application,
    AuditEntry,
    Business,
    ContractLookup,
    Conversation,
    InboundEvent,
    Job,
    KnowledgeGap,
    Nudge,
    OutboxMessage,
    Subscription,
    TranscriptLine,
    Upload,
    Verification,
)

REDACTED = "[erased at the person's request]"


@dataclass
class ErasureReport:
    user_key: str
    # Rows erased (or, in a dry run, that would be), by table.
    erased: dict[str, int] = field(default_factory=dict)
    # Rows kept but emptied of the person (their lines in others' transcripts), by table.
    redacted: dict[str, int] = field(default_factory=dict)
    # Rows that mention the person but are kept, by table.
    kept: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.erased.values()) + sum(self.redacted.values())


def _split(user_key: str) -> tuple[str, str]:
    transport, _, user_id = user_key.partition(":")
    if not transport or not user_id:
        raise ValueError(f"a user key looks like 'slack:U123', not {user_key!r}")
    return transport, user_id


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def erase_user(session: Session, user_key: str, *, dry_run: bool = True) -> ErasureReport:
    transport, user_id = _split(user_key)
    report = ErasureReport(user_key)
    conversations = session.execute(
        select(Conversation.id, Conversation.key).where(
            Conversation.transport == transport, Conversation.user_id == user_id
        )
    ).all()
    ids = [row.id for row in conversations]
    keys = [row.key for row in conversations]
    # Conversations of the same transport (user ids are per transport).
    same_transport = select(Conversation.id).where(Conversation.transport == transport)
    theirs_elsewhere = (
        TranscriptLine.user_id == user_id,
        TranscriptLine.conversation_id.in_(same_transport),
        TranscriptLine.conversation_id.not_in(ids),
    )
    # Their events anywhere: the stored turn names its transport and user.
    their_events = (InboundEvent.turn["transport"].as_string() == transport) & (
        InboundEvent.turn["user_id"].as_string() == user_id
    )
    kept_uploads = select(Business.upload_id).where(Business.upload_id.is_not(None))
    their_uploads = or_(
        Upload.conversation_key.in_(keys),
        (Upload.user_id == user_id) & Upload.conversation_key.startswith(f"{transport}:"),
    )
    # Children first: the transcript and the outbox point at conversations.
    plan: list[tuple[str, Any, Any]] = [
        ("transcript_lines", TranscriptLine, TranscriptLine.conversation_id.in_(ids)),
        (
            "outbox",
            OutboxMessage,
            or_(
                OutboxMessage.conversation_id.in_(ids),
                OutboxMessage.subject == user_key,
                # Agents' channel messages quoting them (a card's recent lines, its title).
                OutboxMessage.conversation_id.is_(None)
                & cast(OutboxMessage.reply, Text).contains(user_id),
            ),
        ),
        (
            "inbound_events",
            InboundEvent,
            or_(InboundEvent.conversation_key.in_(keys), their_events),
        ),
        ("jobs", Job, Job.conversation_key.in_(keys)),
        # Which reminders went to them (bot/nudges): the key names their conversation.
        ("nudges", Nudge, Nudge.conversation_key.in_(keys)),
        ("uploads", Upload, their_uploads & Upload.id.not_in(kept_uploads)),
        ("subscriptions", Subscription, Subscription.subscriber_key.in_(keys)),
        ("contract_lookups", ContractLookup, ContractLookup.user_key == user_key),
        ("verifications", Verification, Verification.user_key == user_key),
        ("conversations", Conversation, Conversation.id.in_(ids)),
    ]
    # Questions they asked that nobody could answer are kept masked and without who asked
    # (bot/knowledge_gaps.py): found again by their text, from their events, before those go.
    texts = {
        masked(str(turn.get("text") or ""))
        for turn in session.scalars(
            select(InboundEvent.turn).where(
                or_(InboundEvent.conversation_key.in_(keys), their_events)
            )
        )
        if isinstance(turn, dict) and turn.get("text")
    }
    plan.insert(0, ("knowledge_gaps", KnowledgeGap, KnowledgeGap.text.in_(sorted(texts))))
    report.redacted["transcript_lines"] = _count(
        session, select(TranscriptLine.id).where(*theirs_elsewhere)
    )
    if not dry_run and report.redacted["transcript_lines"]:
        session.execute(
            update(TranscriptLine)
            .where(*theirs_elsewhere)
            .values(text=REDACTED, payload=None, user_id=None)
            .execution_options(synchronize_session=False)
        )
    for name, table, condition in plan:
        report.erased[name] = _count(session, select(table.id).where(condition))
        if report.erased[name] and not dry_run:
            session.execute(
                delete(table).where(condition).execution_options(synchronize_session=False)
            )
    report.kept["businesses"] = _count(
        session,
        select(Business.business_number).where(
            (Business.finished_by == user_key) | Business.conversation_key.in_(keys)
        ),
    )
    report.kept["applications"] = _count(
        session, select(Application.id).where(Application.conversation_key.in_(keys))
    )
    report.kept["uploads"] = _count(
        session, select(Upload.id).where(their_uploads, Upload.id.in_(kept_uploads))
    )
    report.kept["conversations_they_hold"] = _count(
        session,
        select(Conversation.id).where(
            Conversation.transport == transport, Conversation.assignee == user_id
        ),
    )
    report.kept["audit_log"] = _count(
        session, select(AuditEntry.id).where(AuditEntry.actor == user_id)
    )
    return report
