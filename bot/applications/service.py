"""Filing applications and changing their status: the one place both happen.

Every caller (the filing effect, a merchant's cancel, an agent's action, the status webhook,
the command line) goes through here, inside its own transaction. A change locks the
application row, checks the lifecycle, records an ``application_events`` row and queues the
updates (the merchant's thread and every subscriber) into the outbox, so that the change and
its announcements commit together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.applications.notify import announce
from bot.applications.views import view_of
from bot.clock import utcnow
from bot.store.tables import Application, ApplicationEvent, AuditEntry
from dialogs.effects import ApplicationItem
from knowledge.bizno import normalize_digits
from knowledge.lifecycle import REFUSAL_REASONS, ActorKind, Refusal, Status, check_transition


@dataclass(frozen=True)
class Actor:
    """Who changes a status; stored as ``"kind:id"`` in events and the audit log."""

    kind: ActorKind
    id: str = ""

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}" if self.id else str(self.kind)

    @classmethod
    def parse(cls, value: Actor | str) -> Actor:
        """``"agent:U9"``, ``"pg:webhook"``…; a bare id (a Slack user) is an agent."""
        if isinstance(value, Actor):
            return value
        kind, sep, rest = value.partition(":")
        if sep and kind in ActorKind.__members__.values():
            return cls(ActorKind(kind), rest)
        return cls(ActorKind.AGENT, value)


class Change(StrEnum):
    CHANGED = "changed"
    DUPLICATE = "duplicate"  # the idempotency key was seen: nothing done again
    NOT_FOUND = "not_found"
    REFUSED = "refused"  # the lifecycle does not allow it; nothing changed
    KEY_REUSED = "key_reused"  # the idempotency key belongs to a different change


@dataclass(frozen=True)
class Result:
    change: Change
    application_id: int
    from_status: str | None = None
    to_status: str | None = None
    refusal: Refusal | None = None

    @property
    def ok(self) -> bool:
        return self.change in (Change.CHANGED, Change.DUPLICATE)

    @property
    def reason(self) -> str:
        """In words, for agents, operators and the webhook's caller."""
        if self.refusal is not None:
            return REFUSAL_REASONS[self.refusal]
        return {
            Change.CHANGED: f"{self.from_status} -> {self.to_status}",
            Change.DUPLICATE: "already applied (same idempotency key)",
            Change.NOT_FOUND: "no such application",
            Change.REFUSED: "refused",
            Change.KEY_REUSED: "the idempotency key was used for a different change",
        }[self.change]


def file_applications(
    session: Session,
    *,
    conversation_key: str,
    business_number: str,
    items: Sequence[ApplicationItem],
    actor: Actor | str,
    now: datetime,
) -> list[Application]:
    """One ``submitted`` application per item (one per PG), each with its first event."""
    digits = normalize_digits(business_number)
    who = str(Actor.parse(actor))
    rows: list[Application] = []
    for item in items:
        row = Application(
            business_number=digits,
            conversation_key=conversation_key,
            pg=item.pg,
            methods=list(item.methods),
            payment_types=list(item.payment_types),
            extra_fields=dict(item.extra_fields),
            status=Status.SUBMITTED.value,
            status_note=None,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()  # the id, for the event and the card's update key
        session.add(
            ApplicationEvent(
                application_id=row.id,
                from_status=None,
                to_status=Status.SUBMITTED.value,
                actor=who,
                note=None,
                idempotency_key=None,
                at=now,
            )
        )
        rows.append(row)
    return rows


def change_status(
    session: Session,
    application_id: int,
    to_status: Status | str,
    actor: Actor | str,
    note: str | None = None,
    *,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> Result:
    """Move an application to ``to_status`` if the lifecycle allows it, and announce it.

    Refused, unknown or duplicate changes write nothing but an audit line (refusals) and
    return why. Runs in the caller's transaction; the caller commits.
    """
    now = now or utcnow()
    who = Actor.parse(actor)
    note = (note or "").strip() or None
    app = session.scalars(
        select(Application)
        .where(Application.id == application_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if app is None:
        return Result(Change.NOT_FOUND, application_id)
    # Under the row lock a concurrent delivery of the same key has committed or not started.
    if idempotency_key is not None:
        seen = session.scalars(
            select(ApplicationEvent).where(ApplicationEvent.idempotency_key == idempotency_key)
        ).first()
        if seen is not None:
            same = (
                seen.application_id == application_id
                and seen.to_status == str(to_status)
                and (seen.note or None) == (note or None)  # a different note is another change
            )
            return Result(
                Change.DUPLICATE if same else Change.KEY_REUSED,
                application_id,
                seen.from_status,
                seen.to_status,
            )
    current = Status(app.status)
    try:
        target = Status(to_status)
    except ValueError:
        return _refused(
            session, app, who=who, target=str(to_status), refusal=Refusal.UNKNOWN_STATUS, now=now
        )
    refusal = check_transition(app.pg, current, target, who.kind, note)
    if refusal is not None:
        return _refused(session, app, who=who, target=target.value, refusal=refusal, now=now)
    event = ApplicationEvent(
        application_id=app.id,
        from_status=current.value,
        to_status=target.value,
        actor=str(who),
        note=note,
        idempotency_key=idempotency_key,
        at=now,
    )
    try:
        with session.begin_nested():
            session.add(event)
            session.flush()
    except IntegrityError:
        # The same key on another application, committed between our check and insert.
        return Result(Change.KEY_REUSED, application_id, current.value, target.value)
    app.status = target.value
    app.status_note = note
    app.updated_at = now
    if who.kind in (ActorKind.AGENT, ActorKind.OPERATOR):
        _audit(session, who, app=app, old=current.value, new=target.value, refusal=None, now=now)
    announce(
        session,
        view_of(app),
        conversation_key=app.conversation_key,
        old=current.value,
        new=target.value,
        note=note,
        now=now,
    )
    return Result(Change.CHANGED, application_id, current.value, target.value)


def _refused(
    session: Session,
    app: Application,
    *,
    who: Actor,
    target: str,
    refusal: Refusal,
    now: datetime,
) -> Result:
    _audit(session, who, app=app, old=app.status, new=target, refusal=refusal, now=now)
    return Result(Change.REFUSED, app.id, app.status, target, refusal)


def _audit(
    session: Session,
    who: Actor,
    *,
    app: Application,
    old: str,
    new: str,
    refusal: Refusal | None,
    now: datetime,
) -> None:
    session.add(
        AuditEntry(
            actor=str(who),
            action="application_status",
            allowed=refusal is None,
            conversation_key=app.conversation_key,
            detail={
                "application_id": app.id,
                "from": old,
                "to": new,
                **({"refusal": refusal.value} if refusal is not None else {}),
            },
            at=now,
        )
    )
