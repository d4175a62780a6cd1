"""Write a past conversation's traces the way the running service leaves them: the rows the
report reads. Used to seed the report's tests (known answers) and the README's demo chart
(``scripts/demo_report.py``), never by the service itself."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

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
from knowledge.lifecycle import Status


@dataclass
class PastApplication:
    pg: str
    filed_at: datetime
    # (status, when) in order, after "submitted" at filing.
    moves: list[tuple[str, datetime]] = field(default_factory=list)


@dataclass
class PastConversation:
    key: str
    started: datetime
    # The state as it was left ({"flow": ..., "step": ..., "selection": {...}, ...}).
    state: dict[str, Any] = field(default_factory=dict)
    business_number: str | None = None
    uploaded_at: datetime | None = None
    saved_at: datetime | None = None
    applications: list[PastApplication] = field(default_factory=list)
    # (action, detail, when): "request_human" {"reason": ...}, "takeover" {"previous_status"}.
    audit: list[tuple[str, dict[str, Any], datetime]] = field(default_factory=list)


def write(session: Session, past: PastConversation) -> Conversation:
    # The state as stored (schema 2): journeys' slots under "slots".
    given = dict(past.state)
    slots = {name: given.pop(name) for name in ("selection", "business") if name in given}
    state = {"schema_version": 2, "flow": "menu", "step": "start", **given, "slots": slots}
    last = max([past.started, *(a.filed_at for a in past.applications)])
    conversation = Conversation(
        key=past.key,
        transport="console",
        address={"user": past.key},
        user_id=past.key,
        state=state,
        status="active",
        created_at=past.started,
        updated_at=last,
    )
    session.add(conversation)
    session.flush()
    session.add(
        TranscriptLine(
            conversation_id=conversation.id,
            direction="in",
            author="merchant",
            user_id=past.key,
            text="안녕하세요",
            at=past.started,
        )
    )
    number = past.business_number or "1248100998"
    if past.uploaded_at is not None:
        data = b"%PDF-demo"
        session.add(
            Upload(
                conversation_key=past.key,
                user_id=past.key,
                filename="certificate.pdf",
                mimetype="application/pdf",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                created_at=past.uploaded_at,
            )
        )
    if past.saved_at is not None:
        session.merge(
            Business(
                business_number=number,
                profile={},
                finished_by=past.key,
                conversation_key=past.key,
                finished_at=past.saved_at,
                updated_at=past.saved_at,
            )
        )
    for app in past.applications:
        _write_application(session, past.key, number, app)
    for action, detail, at in past.audit:
        session.add(
            AuditEntry(
                actor="A1" if action == "takeover" else past.key,
                action=action,
                allowed=True,
                conversation_key=past.key,
                detail=detail,
                at=at,
            )
        )
    return conversation


def _write_application(session: Session, key: str, number: str, app: PastApplication) -> None:
    status = app.moves[-1][0] if app.moves else Status.SUBMITTED.value
    row = Application(
        business_number=number,
        conversation_key=key,
        pg=app.pg,
        methods=["card"],
        payment_types=[],
        status=status,
        created_at=app.filed_at,
        updated_at=app.moves[-1][1] if app.moves else app.filed_at,
    )
    session.add(row)
    session.flush()
    before: str | None = None
    for to, at in [(Status.SUBMITTED.value, app.filed_at), *app.moves]:
        session.add(
            ApplicationEvent(
                application_id=row.id, from_status=before, to_status=to, actor="pg:demo", at=at
            )
        )
        before = to


# -- the demo history of the README's chart ----------------------------------------------

# Typical days from filing to each stage per PG (invented, of the order domain-facts gives).
_DEMO_PGS: dict[str, tuple[float, float, float, float]] = {
    "kcp": (1.0, 6.0, 9.0, 12.0),
    "html5_inicis": (0.5, 5.0, 8.0, 10.0),
    "nice_v2": (1.5, 8.0, 12.0, 16.0),
    "tosspayments": (1.0, 4.0, 6.0, 8.0),
}
_ITEMS = {"items": [{"method": "card"}, {"method": "kakaopay"}]}
_CHOSEN = {"items": [{"method": "card", "pg": "kcp"}], "confirmed": True}
_NUMBER = {"business_number": "1248100998"}
_STOPS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("selection", "methods", {}),
    ("selection", "pgs", {"selection": _ITEMS}),
    ("selection", "summary", {"selection": _ITEMS}),
    ("business", "upload", {"selection": _CHOSEN}),
    ("business", "check", {"selection": _CHOSEN, "business": _NUMBER}),
    ("business", "contact", {"selection": _CHOSEN, "business": _NUMBER}),
    ("contracts", "number", {}),
    ("menu", "start", {}),
)


def demo_history(now: datetime, count: int = 240, seed: int = 7) -> list[PastConversation]:
    """A month of invented conversations: most stop early, some file, PGs move at their pace."""
    rng = random.Random(seed)
    pasts = []
    for index in range(count):
        started = now - timedelta(days=rng.uniform(1, 29), hours=rng.uniform(0, 8))
        past = PastConversation(key=f"demo:{index}", started=started)
        if rng.random() < 0.12:
            past.audit.append(("request_human", {"reason": "not_understood"}, started))
        elif rng.random() < 0.08:
            past.audit.append(("request_human", {"reason": "asked"}, started))
        elif rng.random() < 0.04:
            past.audit.append(("takeover", {"previous_status": "active"}, started))
        if rng.random() < 0.45:
            flow, step, slots = rng.choice(_STOPS)
            past.state = {"flow": flow, "step": step, **slots}
            if step in ("check", "contact"):
                past.uploaded_at = started + timedelta(minutes=5)
            pasts.append(past)
            continue
        filed = started + timedelta(minutes=rng.uniform(8, 90))
        if rng.random() < 0.85:  # the rest typed their business information
            past.uploaded_at = started + timedelta(minutes=4)
        past.saved_at = filed - timedelta(minutes=1)
        past.state = {"flow": "applications", "step": "start"}
        for pg in rng.sample(sorted(_DEMO_PGS), k=rng.choice((1, 1, 2))):
            past.applications.append(_demo_application(rng, pg, filed, now))
        pasts.append(past)
    return pasts


def _demo_application(
    rng: random.Random, pg: str, filed: datetime, now: datetime
) -> PastApplication:
    app = PastApplication(pg=pg, filed_at=filed)
    stages = (Status.RECEIVED, Status.CONTRACT_SIGNED, Status.CARD_REVIEW, Status.ACTIVE)
    for stage, days in zip(stages, _DEMO_PGS[pg], strict=True):
        at = filed + timedelta(days=days * rng.uniform(0.5, 1.8))
        if at >= now:
            break
        app.moves.append((stage.value, at))
    return app
