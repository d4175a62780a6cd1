"""Erasing what Onboard keeps about one person, on their request.

A person is a user key (``slack:U123``, ``console:merchant``). Erased: the conversations they
started (state, transcript, received events, undelivered and delivered messages, uploaded
files, jobs, subscriptions made from them), their contract look-ups and verifications. Kept:
the businesses and applications they filed (records of the business, not of the person:
erase those with the business's own request) and the audit log (who did what, which must
outlive the data it describes); both are counted in the report so an operator can act.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.store.tables import (
    Application,
    AuditEntry,
    Business,
    ContractLookup,
    Conversation,
    InboundEvent,
    Job,
    OutboxMessage,
    Subscription,
    TranscriptLine,
    Upload,
    Verification,
)


@dataclass
class ErasureReport:
    user_key: str
    # Rows erased (or, in a dry run, that would be), by table.
    erased: dict[str, int] = field(default_factory=dict)
    # Rows that mention the person but are kept, by table.
    kept: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.erased.values())


def _split(user_key: str) -> tuple[str, str]:
    transport, _, user_id = user_key.partition(":")
    if not transport or not user_id:
        raise ValueError(f"a user key looks like 'slack:U123', not {user_key!r}")
    return transport, user_id


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
    # Children first: the transcript and the outbox point at conversations.
    plan = [
        ("transcript_lines", TranscriptLine, TranscriptLine.conversation_id.in_(ids)),
        ("outbox", OutboxMessage, OutboxMessage.conversation_id.in_(ids)),
        ("inbound_events", InboundEvent, InboundEvent.conversation_key.in_(keys)),
        ("jobs", Job, Job.conversation_key.in_(keys)),
        ("subscriptions", Subscription, Subscription.subscriber_key.in_(keys)),
        ("contract_lookups", ContractLookup, ContractLookup.user_key == user_key),
        ("verifications", Verification, Verification.user_key == user_key),
        ("conversations", Conversation, Conversation.id.in_(ids)),
    ]
    # Uploads a kept business still refers to stay with it; the others go.
    kept_uploads = select(Business.upload_id).where(Business.upload_id.is_not(None))
    uploads = Upload.conversation_key.in_(keys) & Upload.id.not_in(kept_uploads)
    plan.insert(4, ("uploads", Upload, uploads))
    for name, table, condition in plan:
        count = session.scalar(select(func.count()).select_from(table).where(condition)) or 0
        report.erased[name] = count
        if count and not dry_run:
            session.execute(delete(table).where(condition))
    report.kept["businesses"] = (
        session.scalar(
            select(func.count())
            .select_from(Business)
            .where((Business.finished_by == user_key) | Business.conversation_key.in_(keys))
        )
        or 0
    )
    report.kept["applications"] = (
        session.scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.conversation_key.in_(keys))
        )
        or 0
    )
    report.kept["audit_log"] = (
        session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.actor == user_id)
        )
        or 0
    )
    return report
