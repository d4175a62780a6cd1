"""The database schema. Alembic migrations in ``bot/store/migrations`` create it; change both."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.store.types import Json, UtcDateTime

# SQLite autoincrements only INTEGER PRIMARY KEY; PostgreSQL gets a bigint identity.
Id = BigInteger().with_variant(Integer(), "sqlite")

# Inbox rows still to answer (bot.queue.Status): what the partial index below holds.
UNFINISHED_SQL = "status IN ('pending', 'running')"


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        dict[str, Any]: Json,
    }


class Conversation(Base):
    """One conversation: a Slack thread, a DM, or a console user."""

    __tablename__ = "conversations"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    transport: Mapped[str] = mapped_column(String(20))
    address: Mapped[dict[str, Any]] = mapped_column(Json)
    # The merchant who started it; verification and rate limits are per user.
    user_id: Mapped[str] = mapped_column(String(100))
    state: Mapped[dict[str, Any]] = mapped_column(Json)
    # active, waiting (for an agent), assigned (to an agent), closed
    status: Mapped[str] = mapped_column(String(20), default="active")
    assignee: Mapped[str | None] = mapped_column(String(100))
    waiting_since: Mapped[datetime | None]
    # When agents were last told about this waiting conversation (bot/handoff/alerts.py).
    last_alert_at: Mapped[datetime | None]
    # Bumped by every turn that commits: a turn computed from an older state retries.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class InboundEvent(Base):
    """Every event received, stored before it is acknowledged: the inbox.

    ``event_id`` is unique, so a redelivered event is recognised and handled once; a row still
    ``pending`` after a crash is processed when the service comes back.
    """

    __tablename__ = "inbound_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(200), unique=True)
    conversation_key: Mapped[str] = mapped_column(String(300))
    turn: Mapped[dict[str, Any]] = mapped_column(Json)
    # bot.queue.Status: pending, running (claimed under a lease), done, failed
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime]
    processed_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_inbound_pending", "conversation_key", "status", "id"),
        # The workers' scan for stale events reads only unfinished rows; without this it read
        # the whole inbox (every event ever kept) once a round.
        Index(
            "ix_inbound_unfinished",
            "status",
            "received_at",
            sqlite_where=sql_text(UNFINISHED_SQL),
            postgresql_where=sql_text(UNFINISHED_SQL),
        ),
    )


class TranscriptLine(Base):
    __tablename__ = "transcript_lines"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # in, out
    author: Mapped[str] = mapped_column(String(20))  # merchant, agent, system, bot
    user_id: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any] | None] = mapped_column(Json)
    at: Mapped[datetime]


class OutboxMessage(Base):
    """A message to deliver, written in the turn's transaction and sent after it commits."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    transport: Mapped[str] = mapped_column(String(20))
    target: Mapped[dict[str, Any]] = mapped_column(Json)
    # Messages with the same lane go out one at a time, in order, paced for the channel.
    lane: Mapped[str] = mapped_column(String(300))
    reply: Mapped[dict[str, Any]] = mapped_column(Json)
    # A message with an update key replaces the earlier message with the same key and lane.
    update_key: Mapped[str | None] = mapped_column(String(200))
    # bot.queue.Delivery: pending, sending, sent, dead
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    claimed_until: Mapped[datetime | None]
    external_ref: Mapped[str | None] = mapped_column(String(200))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    # The person the message is about or for (a user key, ``slack:U123``) when that is not
    # the conversation's owner or there is no conversation: agents' cards, a hint shown to
    # one user. ``onboard erase`` finds rows by it (bot/privacy.py).
    subject: Mapped[str | None] = mapped_column(String(200), index=True)

    __table_args__ = (
        Index("ix_outbox_lane_status", "lane", "status", "id"),
        Index("ix_outbox_status_due", "status", "next_attempt_at"),
        Index("ix_outbox_update_key", "lane", "update_key"),
    )


class DeliveryLane(Base):
    """Order and mutual exclusion per destination (a thread, or a channel's top level), and
    pacing per channel, shared by every replica (``bot/outbox.py``)."""

    __tablename__ = "delivery_lanes"
    lane: Mapped[str] = mapped_column(String(300), primary_key=True)
    next_at: Mapped[datetime]
    busy_until: Mapped[datetime | None]
    # The lane row whose ``next_at`` paces this lane's channel (itself for a channel).
    pace: Mapped[str | None] = mapped_column(String(300))


class Job(Base):
    """Slow work (OCR, file download) done by a worker after the request that asked for it."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    conversation_key: Mapped[str] = mapped_column(String(300), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(Json)
    # bot.queue.Status: pending, running, done, failed
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    run_after: Mapped[datetime]
    claimed_until: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_jobs_status_due", "status", "run_after"),)


class Upload(Base):
    """A file a merchant sent, kept in the database: the only storage every replica shares."""

    __tablename__ = "uploads"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    conversation_key: Mapped[str] = mapped_column(String(300), index=True)
    user_id: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(300))
    mimetype: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class Contract(Base):
    """An existing PG contract of a business, imported by operators."""

    __tablename__ = "contracts"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    business_number: Mapped[str] = mapped_column(String(10), index=True)
    pg: Mapped[str] = mapped_column(String(40))
    methods: Mapped[list[str]] = mapped_column(Json)
    status: Mapped[str] = mapped_column(String(20))  # in_progress, active, terminated
    mid: Mapped[str | None] = mapped_column(String(100))
    contract_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]


class ContractLookup(Base):
    """Who looked up which business number, for the per-user rate limit."""

    __tablename__ = "contract_lookups"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    user_key: Mapped[str] = mapped_column(String(200), index=True)
    business_number: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime]


class Verification(Base):
    """A user verified for a business number: by a certificate that carried it, or an agent."""

    __tablename__ = "verifications"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    user_key: Mapped[str] = mapped_column(String(200))
    business_number: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(20))  # certificate, agent
    verified_by: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("user_key", "business_number"),)


class Business(Base):
    """Finished business information, reused by later applications."""

    __tablename__ = "businesses"
    business_number: Mapped[str] = mapped_column(String(10), primary_key=True)
    profile: Mapped[dict[str, Any]] = mapped_column(Json)
    upload_id: Mapped[int | None] = mapped_column(ForeignKey("uploads.id"))
    finished_by: Mapped[str] = mapped_column(String(200))
    conversation_key: Mapped[str] = mapped_column(String(300))
    finished_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Application(Base):
    """One application to one PG, with the methods and payment types asked of it."""

    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    business_number: Mapped[str] = mapped_column(String(10), index=True)
    conversation_key: Mapped[str] = mapped_column(String(300), index=True)
    pg: Mapped[str] = mapped_column(String(40))
    methods: Mapped[list[str]] = mapped_column(Json)
    payment_types: Mapped[list[str]] = mapped_column(Json)
    # The PG's own extra fields, field -> the merchant's answer (catalog ``extra_fields``).
    extra_fields: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    status: Mapped[str] = mapped_column(String(30))
    status_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ApplicationEvent(Base):
    """A status change of an application; ``idempotency_key`` makes webhook replays no-ops."""

    __tablename__ = "application_events"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    actor: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    at: Mapped[datetime]


class Subscription(Base):
    """Someone (a DM or a channel) following a business, one application, or everything."""

    __tablename__ = "subscriptions"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    subscriber_key: Mapped[str] = mapped_column(String(300))
    transport: Mapped[str] = mapped_column(String(20))
    target: Mapped[dict[str, Any]] = mapped_column(Json)
    scope: Mapped[str] = mapped_column(String(20))  # business, application, all
    scope_value: Mapped[str] = mapped_column(String(40), default="")
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("subscriber_key", "scope", "scope_value"),
        Index("ix_subscriptions_scope", "scope", "scope_value"),
    )


class AuditEntry(Base):
    """Who did what: agent actions, refused attempts, operator commands."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    allowed: Mapped[bool]
    conversation_key: Mapped[str | None] = mapped_column(String(300))
    detail: Mapped[dict[str, Any]] = mapped_column(Json)
    at: Mapped[datetime]

    __table_args__ = (
        # The stranger check reads a conversation's refusals of one actor at every turn of a
        # stranger (bot/actors.py); the history of the report reads by conversation.
        Index("ix_audit_conversation_actor", "conversation_key", "actor", "action"),
    )


class Nudge(Base):
    """A nudge sent (a reminder, an alert, a checklist): its key makes it go out once."""

    __tablename__ = "nudges"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    conversation_key: Mapped[str | None] = mapped_column(String(300))
    application_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_nudges_kind_conversation", "kind", "conversation_key"),
        Index("ix_nudges_kind_application", "kind", "application_id"),
    )


class NtsStatus(Base):
    """The National Tax Service's word on a business number (계속/휴업/폐업), kept a day."""

    __tablename__ = "nts_statuses"
    business_number: Mapped[str] = mapped_column(String(10), primary_key=True)
    # "01" in business, "02" suspended, "03" closed, "" not registered.
    status_code: Mapped[str] = mapped_column(String(2))
    tax_type: Mapped[str] = mapped_column(String(100))
    end_date: Mapped[str | None] = mapped_column(String(8))
    checked_at: Mapped[datetime]


class KnowledgeGap(Base):
    """A question that got no confident answer (``onboard knowledge gaps``). The text is
    stored masked (bot/logs.mask) and without who asked: it is for growing the FAQ."""

    __tablename__ = "knowledge_gaps"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(String(500))
    # The masked text reduced for grouping (case, spacing, punctuation, digits).
    group_key: Mapped[str] = mapped_column(String(200))
    lang: Mapped[str] = mapped_column(String(2))
    flow: Mapped[str] = mapped_column(String(40))
    step: Mapped[str] = mapped_column(String(80))
    outcome: Mapped[str] = mapped_column(String(10))  # none | clarify
    asked_at: Mapped[datetime]

    __table_args__ = (Index("ix_knowledge_gaps_asked_at", "asked_at"),)
