"""What the report reads: the stored history, boiled down to facts per conversation and per
application. Nothing here is recorded for the report's sake; it works on yesterday's data.

Evidence of each journey step comes from where that step leaves a trace:

* the conversation row (a merchant wrote: ``transcript_lines``; where it stands now: the
  state's ``flow``/``step`` and slots),
* ``uploads`` (a certificate sent), ``businesses`` (business information saved),
* ``applications`` and ``application_events`` (filed, and every status since),
* ``audit_log`` (``request_human`` with its reason, ``takeover`` with the status before it).

The state keeps only the present (filing clears the selection), so a later step implies the
earlier ones it needs (``bot/insights/funnel.py``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bot.store.tables import (
    Application,
    ApplicationEvent,
    AuditEntry,
    Business,
    Conversation,
    TranscriptLine,
    Upload,
)

# Direct evidence of a step (``funnel.STEPS`` adds what later steps imply).
METHODS = "methods"
SELECTION_CONFIRMED = "selection_confirmed"
BUSINESS_NUMBER = "business_number"
CERTIFICATE = "certificate"
BUSINESS_SAVED = "business_saved"

# Why an agent was needed, from the audit log.
ASKED = "asked"
NOT_UNDERSTOOD = "not_understood"
TOOK_OVER = "took_over"  # an agent stepped in without being asked
OTHER = "other"  # e.g. a business number the certificate did not carry, to verify

_CHUNK = 500


@dataclass(frozen=True)
class ConversationFacts:
    key: str
    created_at: datetime
    first_message_at: datetime | None
    # Where the conversation stands now ("selection.pick_pg"), for "where merchants stop".
    where: str
    evidence: frozenset[str]
    agent_reasons: frozenset[str]


@dataclass(frozen=True)
class ApplicationFacts:
    id: int
    conversation_key: str
    pg: str
    filed_at: datetime
    status: str
    # Status -> when the application first reached it (from its events).
    reached: dict[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class History:
    since: datetime
    until: datetime
    conversations: list[ConversationFacts]
    # Applications filed in the window, or belonging to a conversation that started in it.
    applications: list[ApplicationFacts]
    # First merchant message of each conversation an application belongs to.
    first_messages: dict[str, datetime]


def load(session: Session, since: datetime, until: datetime) -> History:
    rows = session.execute(
        select(Conversation.id, Conversation.key, Conversation.created_at, Conversation.state)
        .where(Conversation.created_at >= since, Conversation.created_at <= until)
        .order_by(Conversation.id)
    ).all()
    keys = [row.key for row in rows]
    cohort = select(Conversation.key).where(
        Conversation.created_at >= since, Conversation.created_at <= until
    )
    applications = _applications(session, since, until, cohort)
    app_keys = {app.conversation_key for app in applications}
    first = _first_messages(session, sorted(set(keys) | app_keys))
    uploads = _keys_with(session, Upload.conversation_key, keys)
    saved = _keys_with(session, Business.conversation_key, keys)
    reasons = _agent_reasons(session, keys)
    filed = {app.conversation_key for app in applications}
    conversations = []
    for row in rows:
        state: dict[str, Any] = row.state if isinstance(row.state, dict) else {}
        evidence = set(_state_evidence(state))
        if row.key in uploads:
            evidence.add(CERTIFICATE)
        if row.key in saved:
            evidence.add(BUSINESS_SAVED)
        if row.key in filed:
            evidence.add("filed")
        conversations.append(
            ConversationFacts(
                key=row.key,
                created_at=row.created_at,
                first_message_at=first.get(row.key),
                where=f"{state.get('flow', '?')}.{state.get('step', '?')}",
                evidence=frozenset(evidence),
                agent_reasons=frozenset(reasons.get(row.key, ())),
            )
        )
    return History(since, until, conversations, applications, first)


def journey_slots(state: dict[str, Any], journey: str) -> dict[str, Any]:
    """A journey's slots in a stored state: under ``slots`` (schema 2), or at the top
    (schema 1, older rows)."""
    slots = state.get("slots")
    found = slots.get(journey) if isinstance(slots, dict) else state.get(journey)
    return found if isinstance(found, dict) else {}


def _state_evidence(state: dict[str, Any]) -> Iterable[str]:
    selection = journey_slots(state, "selection")
    business = journey_slots(state, "business")
    if selection.get("items"):
        yield METHODS
    if selection.get("confirmed"):
        yield SELECTION_CONFIRMED
    if business.get("business_number"):
        yield BUSINESS_NUMBER
    if business.get("upload_id") is not None:
        yield CERTIFICATE
    if business.get("finished"):
        yield BUSINESS_SAVED


def _applications(
    session: Session, since: datetime, until: datetime, cohort: Any
) -> list[ApplicationFacts]:
    apps = session.execute(
        select(
            Application.id,
            Application.conversation_key,
            Application.pg,
            Application.created_at,
            Application.status,
        )
        .where(
            Application.created_at <= until,
            or_(Application.created_at >= since, Application.conversation_key.in_(cohort)),
        )
        .order_by(Application.id)
    ).all()
    reached: dict[int, dict[str, datetime]] = defaultdict(dict)
    ids = [app.id for app in apps]
    for chunk in _chunks(ids):
        events = session.execute(
            select(ApplicationEvent.application_id, ApplicationEvent.to_status, ApplicationEvent.at)
            .where(ApplicationEvent.application_id.in_(chunk), ApplicationEvent.at <= until)
            .order_by(ApplicationEvent.at, ApplicationEvent.id)
        ).all()
        for event in events:
            reached[event.application_id].setdefault(event.to_status, event.at)
    return [
        ApplicationFacts(
            id=app.id,
            conversation_key=app.conversation_key,
            pg=app.pg,
            filed_at=app.created_at,
            status=app.status,
            reached=reached.get(app.id, {}),
        )
        for app in apps
    ]


def _first_messages(session: Session, keys: Sequence[str]) -> dict[str, datetime]:
    first: dict[str, datetime] = {}
    for chunk in _chunks(keys):
        rows = session.execute(
            select(Conversation.key, func.min(TranscriptLine.at))
            .join(TranscriptLine, TranscriptLine.conversation_id == Conversation.id)
            .where(
                Conversation.key.in_(chunk),
                TranscriptLine.direction == "in",
                TranscriptLine.author == "merchant",
            )
            .group_by(Conversation.key)
        ).all()
        first.update({key: at for key, at in rows if at is not None})
    return first


def _keys_with(session: Session, column: Any, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(keys):
        found.update(session.scalars(select(column).where(column.in_(chunk)).distinct()).all())
    return found


def _agent_reasons(session: Session, keys: Sequence[str]) -> dict[str, set[str]]:
    reasons: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(keys):
        rows = session.execute(
            select(AuditEntry.conversation_key, AuditEntry.action, AuditEntry.detail).where(
                AuditEntry.conversation_key.in_(chunk),
                AuditEntry.allowed.is_(True),
                AuditEntry.action.in_(("request_human", "takeover")),
            )
        ).all()
        for key, action, detail in rows:
            if key is None:
                continue
            reason = _reason(action, detail if isinstance(detail, dict) else {})
            if reason is not None:
                reasons[key].add(reason)
    return reasons


def _reason(action: str, detail: dict[str, Any]) -> str | None:
    if action == "request_human":
        reason = detail.get("reason")
        return reason if reason in (ASKED, NOT_UNDERSTOOD) else OTHER
    # A takeover of a conversation nobody asked about: the agent saw a need first.
    if detail.get("previous_status") not in ("waiting", "assigned"):
        return TOOK_OVER
    return None


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
