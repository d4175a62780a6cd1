"""The outbox: replies are written in the turn's transaction and delivered after it commits.

Delivery is per *lane* (a destination channel): one message of a lane in flight at a time,
in order, paced to what the transport allows (Slack: about one message a second a channel).
A claim is a lease: if the process dies mid-send the lease runs out and another worker takes
the message over, first asking the transport whether it already arrived, so that a crash
neither loses nor doubles a message.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from pydantic import TypeAdapter
from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from bot.clock import Clock, utcnow
from bot.store.db import Database
from bot.store.tables import Conversation, DeliveryLane, OutboxMessage, TranscriptLine
from bot.store.upsert import insert_ignore
from dialogs.replies import Reply

log = logging.getLogger(__name__)
REPLY = TypeAdapter[Reply](Reply)


class RetryLater(Exception):  # noqa: N818 - it is an instruction, not an error
    """The transport is rate-limited or down for now; try again after ``retry_after`` s."""

    def __init__(self, retry_after: float, reason: str = "") -> None:
        super().__init__(reason or f"retry after {retry_after}s")
        self.retry_after = retry_after


class Undeliverable(Exception):  # noqa: N818
    """The destination will never accept this message (channel gone, bot removed)."""


@dataclass(frozen=True)
class Outgoing:
    outbox_id: int
    transport: str
    target: Mapping[str, Any]
    reply: Reply
    # The transport's reference of the earlier message to replace, for updates in place.
    replaces: str | None


class Sender(Protocol):
    # Seconds between two messages of one lane.
    min_interval: float

    def send(self, message: Outgoing) -> str | None:
        """Deliver; return the transport's reference of the message (Slack: its ts)."""
        ...

    def find_delivered(self, message: Outgoing) -> str | None:
        """After a crash mid-send: the reference of this message if it did arrive."""
        ...


def lane_of(transport: str, target: Mapping[str, Any]) -> str:
    place = target.get("channel") or target.get("user") or ""
    return f"{transport}:{place}"


def enqueue(
    session: Session,
    *,
    transport: str,
    target: Mapping[str, Any],
    reply: Reply,
    now: datetime,
    conversation_id: int | None = None,
) -> OutboxMessage:
    lane = lane_of(transport, target)
    insert_ignore(session, DeliveryLane, {"lane": lane, "next_at": now}, keys=["lane"])
    row = OutboxMessage(
        conversation_id=conversation_id,
        transport=transport,
        target=dict(target),
        lane=lane,
        reply=REPLY.dump_python(reply, mode="json"),
        update_key=getattr(reply, "update_key", None),
        status="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    return row


def post_to_conversation(
    session: Session, conversation: Conversation, reply: Reply, now: datetime
) -> None:
    """Queue a reply into a conversation and keep it in the conversation's transcript."""
    enqueue(
        session,
        transport=conversation.transport,
        target=conversation.address,
        reply=reply,
        now=now,
        conversation_id=conversation.id,
    )
    record_out(session, conversation, reply.fallback(), now)


def record_out(session: Session, conversation: Conversation, text: str, now: datetime) -> None:
    """A line the assistant said in a conversation, in its transcript."""
    session.add(
        TranscriptLine(
            conversation_id=conversation.id,
            direction="out",
            author="bot",
            user_id=None,
            text=text,
            payload=None,
            at=now,
        )
    )


@dataclass(frozen=True)
class _Claim:
    message: Outgoing
    lane: str
    recovering: bool
    attempts: int


class Dispatcher:
    def __init__(
        self,
        db: Database,
        *,
        clock: Clock = utcnow,
        lease: timedelta = timedelta(seconds=60),
        max_attempts: int = 12,
    ) -> None:
        self.db = db
        self.clock = clock
        self.lease = lease
        self.max_attempts = max_attempts
        self.senders: dict[str, Sender] = {}

    def add_sender(self, transport: str, sender: Sender) -> None:
        self.senders[transport] = sender

    def deliver_due(self, *, lanes: Collection[str] | None = None, limit: int = 50) -> int:
        """Send what is due now, at most one message a lane; the number sent (or settled)."""
        claims = self._claim(lanes, limit)
        for claim in claims:
            self._deliver(claim)
        return len(claims)

    def deliver_all(self, *, lanes: Collection[str] | None = None, rounds: int = 100) -> int:
        """Deliver until nothing is due (pacing may leave later messages for later)."""
        total = 0
        for _ in range(rounds):
            sent = self.deliver_due(lanes=lanes)
            if sent == 0:
                break
            total += sent
        return total

    def backlog(self) -> int:
        with self.db.reading() as session:
            rows = session.scalars(
                select(OutboxMessage.id).where(OutboxMessage.status.in_(("pending", "sending")))
            ).all()
            return len(rows)

    # -- claiming -----------------------------------------------------------------------

    def _claim(self, lanes: Collection[str] | None, limit: int) -> list[_Claim]:
        if not self.senders:
            return []
        now = self.clock()
        with self.db.transaction() as session:
            waiting = exists().where(
                and_(
                    OutboxMessage.lane == DeliveryLane.lane,
                    OutboxMessage.status.in_(("pending", "sending")),
                )
            )
            query = (
                select(DeliveryLane)
                .where(
                    DeliveryLane.next_at <= now,
                    or_(DeliveryLane.busy_until.is_(None), DeliveryLane.busy_until < now),
                    or_(*(DeliveryLane.lane.startswith(f"{t}:") for t in self.senders)),
                    waiting,
                )
                .order_by(DeliveryLane.next_at)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
            if lanes is not None:
                query = query.where(DeliveryLane.lane.in_(list(lanes)))
            claims = []
            for lane in session.scalars(query).all():
                claim = self._claim_lane(session, lane, now)
                if claim is not None:
                    claims.append(claim)
            return claims

    def _claim_lane(self, session: Session, lane: DeliveryLane, now: datetime) -> _Claim | None:
        row = session.scalars(
            select(OutboxMessage)
            .where(
                OutboxMessage.lane == lane.lane, OutboxMessage.status.in_(("pending", "sending"))
            )
            .order_by(OutboxMessage.id)
            .limit(1)
        ).first()
        if row is None:
            return None
        if row.status == "pending" and row.next_attempt_at > now:
            lane.next_at = row.next_attempt_at
            return None
        recovering = row.status == "sending"
        row.status = "sending"
        row.attempts += 1
        row.claimed_until = now + self.lease
        lane.busy_until = now + self.lease
        replaces = None
        if row.update_key is not None:
            replaces = session.scalars(
                select(OutboxMessage.external_ref)
                .where(
                    OutboxMessage.lane == row.lane,
                    OutboxMessage.update_key == row.update_key,
                    OutboxMessage.status == "sent",
                    OutboxMessage.external_ref.is_not(None),
                    OutboxMessage.id < row.id,
                )
                .order_by(OutboxMessage.id.desc())
                .limit(1)
            ).first()
        message = Outgoing(
            outbox_id=row.id,
            transport=row.transport,
            target=dict(row.target),
            reply=REPLY.validate_python(row.reply),
            replaces=replaces,
        )
        return _Claim(message=message, lane=lane.lane, recovering=recovering, attempts=row.attempts)

    # -- sending ------------------------------------------------------------------------

    def _deliver(self, claim: _Claim) -> None:
        sender = self.senders[claim.message.transport]
        ref: str | None = None
        try:
            if claim.recovering:
                ref = sender.find_delivered(claim.message)
                if ref is not None:
                    self._settle(claim, "sent", ref=ref, pause=sender.min_interval)
                    return
            ref = sender.send(claim.message)
        except RetryLater as exc:
            log.info("outbox %s: retry in %.1fs", claim.message.outbox_id, exc.retry_after)
            self._settle(claim, "pending", pause=exc.retry_after, error=str(exc))
            return
        except Undeliverable as exc:
            log.warning("outbox %s undeliverable: %s", claim.message.outbox_id, exc)
            self._settle(claim, "dead", pause=0, error=str(exc))
            return
        except Exception as exc:
            log.exception("outbox %s: send failed", claim.message.outbox_id)
            final = claim.attempts >= self.max_attempts
            backoff = min(2.0**claim.attempts, 300.0)
            self._settle(claim, "dead" if final else "pending", pause=backoff, error=repr(exc))
            return
        self._settle(claim, "sent", ref=ref, pause=sender.min_interval)

    def _settle(
        self,
        claim: _Claim,
        status: str,
        *,
        pause: float,
        ref: str | None = None,
        error: str | None = None,
    ) -> None:
        now = self.clock()
        with self.db.transaction() as session:
            row = session.get(OutboxMessage, claim.message.outbox_id, with_for_update=True)
            lane = session.get(DeliveryLane, claim.lane, with_for_update=True)
            if row is not None:
                row.status = status
                row.claimed_until = None
                row.error = error
                if status == "sent":
                    row.sent_at = now
                    row.external_ref = ref
                elif status == "pending":
                    row.next_attempt_at = now + timedelta(seconds=pause)
            if lane is not None:
                lane.busy_until = None
                lane.next_at = now + timedelta(seconds=pause)
