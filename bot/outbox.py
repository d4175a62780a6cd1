"""The outbox: replies are written in the turn's transaction and delivered after it commits.

Delivery is per *lane*, a destination: a thread, or a channel's top level. One message of a
lane is in flight at a time, in order. Lanes of one channel share its *pace* (the channel's
top-level lane row), which spaces their messages as the transport allows (Slack: about one
message a second a channel) and holds them all when the transport says ``Retry-After``.

A claim is a lease (``bot/queue.py``): if the process dies mid-send the lease runs out and
another worker takes the message over, first asking the transport whether it already arrived,
so that a crash neither loses nor doubles a message. The lease holds only the thread whose
message was in flight, for seconds; the channel's other threads go on at the next pace slot.
The lease must outlast one send: senders bound their calls well below it (``SEND_TIMEOUT``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from time import monotonic
from typing import Any, Protocol, cast
from weakref import WeakKeyDictionary

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Table, and_, event, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from bot.clock import Clock, utcnow
from bot.queue import UNDELIVERED, Delivery, Policy, claim, claimable, is_abandoned, settle
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


# A sender's call to the transport gives up after this, so a claim's lease (OUTBOX_POLICY)
# always outlasts the send it covers: a recovering worker never races a live send.
SEND_TIMEOUT = 4
# Retries after an error wait 2 s, 4 s, 8 s ... 5 min; a message the transport kept refusing
# (or whose sender died every time) is dead after 12 attempts.
OUTBOX_POLICY = Policy(lease=timedelta(seconds=10), max_attempts=12, backoff_first=2)


def pace_of(transport: str, target: Mapping[str, Any]) -> str:
    """The lane that paces a destination: its channel's top level."""
    place = target.get("channel") or target.get("user") or ""
    return f"{transport}:{place}"


def lane_of(transport: str, target: Mapping[str, Any]) -> str:
    """Messages to one lane (a thread, or a channel's top level) go out one by one, in order."""
    thread = target.get("thread_ts")
    pace = pace_of(transport, target)
    return f"{pace}:{thread}" if thread else pace


def enqueue(
    session: Session,
    *,
    transport: str,
    target: Mapping[str, Any],
    reply: Reply,
    now: datetime,
    conversation_id: int | None = None,
) -> OutboxMessage:
    lane, pace = lane_of(transport, target), pace_of(transport, target)
    _ensure_lanes(session, lane, pace, now)
    row = OutboxMessage(
        conversation_id=conversation_id,
        transport=transport,
        target=dict(target),
        lane=lane,
        reply=REPLY.dump_python(reply, mode="json"),
        update_key=getattr(reply, "update_key", None),
        status=Delivery.PENDING,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    return row


def _ensure_lanes(session: Session, lane: str, pace: str, now: datetime) -> None:
    known = _KNOWN_LANES.setdefault(session.get_bind(), set())
    for key in {lane, pace} - known:
        insert_ignore(
            session, DeliveryLane, {"lane": key, "next_at": now, "pace": pace}, keys=["lane"]
        )
        session.info.setdefault(_NEW_LANES, set()).add(key)


# Lanes whose row is committed, per database: a reply to a thread that had one before needs
# no insert of its lane (lane rows are never deleted). A statement or two a reply, a round
# trip each on PostgreSQL. Learnt only after a commit: a rolled-back insert teaches nothing.
_KNOWN_LANES: WeakKeyDictionary[Any, set[str]] = WeakKeyDictionary()
_NEW_LANES = "onboard_new_lanes"
_MAX_KNOWN_LANES = 100_000


@event.listens_for(Session, "after_commit")
def _lanes_committed(session: Session) -> None:
    new = session.info.pop(_NEW_LANES, None)
    if new:
        known = _KNOWN_LANES.setdefault(session.get_bind(), set())
        if len(known) > _MAX_KNOWN_LANES:
            known.clear()  # forgetting only costs an insert that finds the row
        known.update(new)


@event.listens_for(Session, "after_rollback")
def _lanes_rolled_back(session: Session) -> None:
    session.info.pop(_NEW_LANES, None)


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


def post_many(
    session: Session,
    conversation: Conversation,
    replies: Sequence[Reply],
    now: datetime,
    *,
    first: Sequence[Mapping[str, Any]] = (),
) -> None:
    """``post_to_conversation`` for a turn's replies, in two statements: the outbox rows and
    the transcript lines, each one Core insert of all the rows. Through the ORM each row was
    an insert of its own on SQLite (with RETURNING of its id, never used): ~15 % of a turn's
    CPU (bench/turns.py). ``first``: transcript lines (column values) to write before the
    replies' lines, in the same insert (the turn's incoming line)."""
    if not replies:
        if first:
            session.flush()
            session.connection().execute(_INSERT_LINE, [dict(line) for line in first])
        return
    transport, target = conversation.transport, dict(conversation.address)
    lane, pace = lane_of(transport, target), pace_of(transport, target)
    _ensure_lanes(session, lane, pace, now)
    # What the session holds (the inbound line, the conversation's update) is written first,
    # as the ORM would before any statement: the transcript keeps its order.
    session.flush()
    outbox = [
        {
            "conversation_id": conversation.id,
            "transport": transport,
            "target": target,
            "lane": lane,
            "reply": REPLY.dump_python(reply, mode="json"),
            "update_key": getattr(reply, "update_key", None),
            "status": Delivery.PENDING,
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for reply in replies
    ]
    lines = [dict(line) for line in first] + [
        {
            "conversation_id": conversation.id,
            "direction": "out",
            "author": "bot",
            "user_id": None,
            "text": reply.fallback(),
            "payload": None,
            "at": now,
        }
        for reply in replies
    ]
    connection = session.connection()
    # Several rows: executemany, in the order given (the lane's order of delivery).
    connection.execute(_INSERT_OUTBOX, outbox)
    connection.execute(_INSERT_LINE, lines)


_INSERT_OUTBOX = insert(cast(Table, OutboxMessage.__table__))
_INSERT_LINE = insert(cast(Table, TranscriptLine.__table__))


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
    pace: str
    recovering: bool
    attempts: int
    # The lease's end: a send must not start unless it can end before it.
    until: datetime


@dataclass(frozen=True)
class _Settlement:
    claimed: _Claim
    status: Delivery
    at: datetime
    pause: float
    channel_pause: float
    ref: str | None
    error: str | None


class Dispatcher:
    def __init__(
        self,
        db: Database,
        *,
        clock: Clock = utcnow,
        lease: timedelta = OUTBOX_POLICY.lease,
        max_attempts: int = OUTBOX_POLICY.max_attempts,
    ) -> None:
        self.db = db
        self.clock = clock
        self.policy = replace(OUTBOX_POLICY, lease=lease, max_attempts=max_attempts)
        self.senders: dict[str, Sender] = {}
        self._renewer = _Renewer(self._renew)

    @property
    def lease(self) -> timedelta:
        return self.policy.lease

    @property
    def max_attempts(self) -> int:
        return self.policy.max_attempts

    def add_sender(self, transport: str, sender: Sender) -> None:
        self.senders[transport] = sender

    def deliver_due(self, *, lanes: Collection[str] | None = None, limit: int = 50) -> int:
        """Send what is due now, at most one message a lane; the number sent (or settled)."""
        claims = self._claim(lanes, limit)
        settled = []
        for claimed in claims:
            if self.clock() + timedelta(seconds=SEND_TIMEOUT) >= claimed.until:
                # The sends before it took so long that this one might outlive its lease and
                # race a recovering worker: give it back instead (its attempt stays counted).
                settled.append(self._settlement(claimed, Delivery.PENDING))
            else:
                settled.append(self._deliver(claimed))
        if settled:
            # One write for the whole round: on SQLite every write transaction is one more
            # that an acknowledgement may have to wait for.
            self._settle(settled)
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
                select(OutboxMessage.id).where(OutboxMessage.status.in_(UNDELIVERED))
            ).all()
            return len(rows)

    # -- claiming -----------------------------------------------------------------------

    def _claim(self, lanes: Collection[str] | None, limit: int) -> list[_Claim]:
        if not self.senders:
            return []
        now = self.clock()
        if not self._anything_due(lanes, now):
            return []  # asked every worker round: on SQLite, no write lock for nothing
        with self.db.transaction() as session:
            waiting = exists().where(
                and_(
                    OutboxMessage.lane == DeliveryLane.lane,
                    OutboxMessage.status.in_(UNDELIVERED),
                )
            )
            pace = aliased(DeliveryLane)
            pace_key = func.coalesce(DeliveryLane.pace, DeliveryLane.lane)
            query = (
                select(DeliveryLane)
                .join(pace, pace.lane == pace_key)
                .where(
                    DeliveryLane.next_at <= now,
                    pace.next_at <= now,
                    or_(DeliveryLane.busy_until.is_(None), DeliveryLane.busy_until < now),
                    or_(*(DeliveryLane.lane.startswith(f"{t}:") for t in self.senders)),
                    waiting,
                )
                .order_by(DeliveryLane.next_at, DeliveryLane.lane)
                .limit(limit)
                .with_for_update(skip_locked=True, of=DeliveryLane)
            )
            if lanes is not None:
                query = query.where(DeliveryLane.lane.in_(list(lanes)))
            candidates = session.scalars(query).all()
            if not candidates:
                return []
            # The channels' pace rows, locked too (a lane of a channel is its own pace row,
            # already ours; one another worker is claiming from is skipped this round).
            paces = {
                row.lane: row
                for row in session.scalars(
                    select(DeliveryLane)
                    .where(DeliveryLane.lane.in_({c.pace or c.lane for c in candidates}))
                    .with_for_update(skip_locked=True)
                )
            }
            # The first undelivered message of every candidate lane, in one query (a query a
            # lane held the write lock for a round of 50 lanes up to 0.3 s under load).
            heads: dict[str, OutboxMessage] = {}
            for message in session.scalars(
                select(OutboxMessage)
                .where(
                    OutboxMessage.lane.in_([c.lane for c in candidates]),
                    OutboxMessage.status.in_(UNDELIVERED),
                )
                .order_by(OutboxMessage.id)
            ):
                heads.setdefault(message.lane, message)
            claims = []
            for lane in candidates:
                channel = paces.get(lane.pace or lane.lane)
                if channel is None or channel.next_at > now:
                    continue  # another lane of the channel took this slot
                claimed = self._claim_lane(session, lane, heads.get(lane.lane), now)
                if claimed is not None:
                    interval = self.senders[claimed.message.transport].min_interval
                    # The slot is taken at the claim: if this worker dies mid-send, the
                    # channel's other threads wait one interval, not a lease.
                    channel.next_at = now + timedelta(seconds=interval)
                    claims.append(claimed)
            return claims

    def _anything_due(self, lanes: Collection[str] | None, now: datetime) -> bool:
        due = claimable(
            OutboxMessage,
            now,
            due=OutboxMessage.next_attempt_at,
            pending=Delivery.PENDING,
            running=Delivery.SENDING,
        )
        query = select(OutboxMessage.id).where(due)
        if lanes is not None:
            query = query.where(OutboxMessage.lane.in_(list(lanes)))
        with self.db.reading() as session:
            return session.scalar(query.limit(1)) is not None

    def _claim_lane(
        self, session: Session, lane: DeliveryLane, row: OutboxMessage | None, now: datetime
    ) -> _Claim | None:
        """Claim ``row``, the lane's first undelivered message (None: the lane has none)."""
        if row is None:
            return None
        if row.status == Delivery.PENDING and row.next_attempt_at > now:
            lane.next_at = row.next_attempt_at
            return None
        recovering = is_abandoned(row, running=Delivery.SENDING)
        if recovering and self.policy.exhausted(row.attempts):
            # Its sender died on every attempt: give it up, the lane goes on.
            log.error("outbox %s dead after %s abandoned attempts", row.id, row.attempts)
            settle(row, Delivery.DEAD)
            row.error = "abandoned by a sender that died, on every attempt"
            lane.busy_until = None
            return None
        attempts = claim(row, self.policy, now, running=Delivery.SENDING)
        lane.busy_until = row.claimed_until
        replaces = None
        if row.update_key is not None:
            replaces = session.scalars(
                select(OutboxMessage.external_ref)
                .where(
                    OutboxMessage.lane == row.lane,
                    OutboxMessage.update_key == row.update_key,
                    OutboxMessage.status == Delivery.SENT,
                    OutboxMessage.external_ref.is_not(None),
                    OutboxMessage.id < row.id,
                )
                .order_by(OutboxMessage.id.desc())
                .limit(1)
            ).first()
        try:
            reply = REPLY.validate_python(row.reply)
        except ValidationError as exc:
            # Stored by an older or broken release: it can never be sent. Raised here, it
            # failed the whole claim, every round, and held up every lane behind it. Dead,
            # with a log that names the fields, not the text (it may quote the merchant).
            fields = sorted({".".join(str(p) for p in e["loc"]) for e in exc.errors()})
            log.error("outbox %s dead: stored reply is not valid (%s)", row.id, fields)
            settle(row, Delivery.DEAD)
            row.error = f"stored reply is not valid: {fields}"
            lane.busy_until = None
            return None
        message = Outgoing(
            outbox_id=row.id,
            transport=row.transport,
            target=dict(row.target),
            reply=reply,
            replaces=replaces,
        )
        return _Claim(
            message=message,
            lane=lane.lane,
            pace=lane.pace or lane.lane,
            recovering=recovering,
            attempts=attempts,
            until=now + self.policy.lease,
        )

    # -- sending ------------------------------------------------------------------------

    def _deliver(self, claimed: _Claim) -> _Settlement:
        sender = self.senders[claimed.message.transport]
        ref: str | None = None
        interval = sender.min_interval
        try:
            with self._lease_kept(claimed):
                if claimed.recovering:
                    ref = sender.find_delivered(claimed.message)
                    if ref is not None:
                        return self._settlement(
                            claimed, Delivery.SENT, ref=ref, channel_pause=interval
                        )
                ref = sender.send(claimed.message)
        except RetryLater as exc:
            # A rate limit is the channel's: every thread of it waits.
            log.info("outbox %s: retry in %.1fs", claimed.message.outbox_id, exc.retry_after)
            return self._settlement(
                claimed,
                Delivery.PENDING,
                pause=exc.retry_after,
                channel_pause=exc.retry_after,
                error=str(exc),
            )
        except Undeliverable as exc:
            log.warning("outbox %s undeliverable: %s", claimed.message.outbox_id, exc)
            return self._settlement(claimed, Delivery.DEAD, error=str(exc))
        except Exception as exc:
            log.exception("outbox %s: send failed", claimed.message.outbox_id)
            final = self.policy.exhausted(claimed.attempts)
            backoff = self.policy.backoff(claimed.attempts).total_seconds()
            return self._settlement(
                claimed,
                Delivery.DEAD if final else Delivery.PENDING,
                pause=backoff,
                channel_pause=interval,
                error=repr(exc),
            )
        return self._settlement(claimed, Delivery.SENT, ref=ref, channel_pause=interval)

    @contextmanager
    def _lease_kept(self, claimed: _Claim) -> Iterator[None]:
        """The claim's lease renewed every third of it while the send runs. One call to the
        transport ends within ``SEND_TIMEOUT``, but a reply of several parts (a long table: a
        Slack message each) makes a call a part, and three stalled calls outlived the lease:
        a recovering worker then found some parts, posted the rest, and the first sender
        posted its last part too. A sender that dies stops renewing; its lease runs out."""
        self._renewer.keep(claimed, self.policy.lease.total_seconds() / 3)
        try:
            yield
        finally:
            self._renewer.release(claimed)

    def _renew(self, claimed: _Claim) -> bool:
        """Extend the claim's lease from now, if it is still ours; whether it was."""
        until = self.clock() + self.policy.lease
        with self.db.transaction() as session:
            ours = session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id == claimed.message.outbox_id,
                    OutboxMessage.status == Delivery.SENDING,
                    OutboxMessage.attempts == claimed.attempts,
                )
                .values(claimed_until=until)
                .returning(OutboxMessage.id)
            ).first()
            if ours is None:
                return False
            session.execute(
                update(DeliveryLane)
                .where(DeliveryLane.lane == claimed.lane)
                .values(busy_until=until)
            )
            return True

    def _settlement(
        self,
        claimed: _Claim,
        status: Delivery,
        *,
        pause: float = 0.0,
        channel_pause: float = 0.0,
        ref: str | None = None,
        error: str | None = None,
    ) -> _Settlement:
        """How an attempt ended, timed now: the message's new status; ``pause`` holds its
        lane (its thread), ``channel_pause`` the channel's pace, both from now."""
        return _Settlement(claimed, status, self.clock(), pause, channel_pause, ref, error)

    def _settle(self, settled: list[_Settlement]) -> None:
        with self.db.transaction() as session:
            # Two reads for the round, not three a message (each one more held moment of the
            # write lock an acknowledgement may be waiting for).
            rows = {
                row.id: row
                for row in session.scalars(
                    select(OutboxMessage)
                    .where(OutboxMessage.id.in_([end.claimed.message.outbox_id for end in settled]))
                    .with_for_update()
                )
            }
            keys = {end.claimed.lane for end in settled} | {end.claimed.pace for end in settled}
            lanes = {
                lane.lane: lane
                for lane in session.scalars(
                    select(DeliveryLane)
                    .where(DeliveryLane.lane.in_(keys))
                    # One order for every worker: two settling threads of one channel (its
                    # pace row is shared) lock in the same order, never in a cycle.
                    .order_by(DeliveryLane.lane)
                    .with_for_update()
                )
            }
            for end in settled:
                claimed, now = end.claimed, end.at
                row = rows.get(claimed.message.outbox_id)
                if row is not None and (
                    row.status != Delivery.SENDING or row.attempts != claimed.attempts
                ):
                    # No longer our claim (a recovering worker took it over after our lease):
                    # what it does with the message and its lane is its own.
                    log.warning("outbox %s: lease lost before settling", claimed.message.outbox_id)
                    continue
                lane = lanes.get(claimed.lane)
                channel = lanes.get(claimed.pace)
                if row is not None:
                    settle(row, end.status)
                    row.error = end.error
                    if end.status == Delivery.SENT:
                        row.sent_at = now
                        row.external_ref = end.ref
                    elif end.status == Delivery.PENDING:
                        row.next_attempt_at = now + timedelta(seconds=end.pause)
                if lane is not None:
                    lane.busy_until = None
                    lane.next_at = now + timedelta(seconds=end.pause)
                if channel is not None:
                    # Never earlier than the slot taken at the claim (or another lane's since).
                    channel.next_at = max(
                        channel.next_at, now + timedelta(seconds=end.channel_pause)
                    )


class _Renewer:
    """One thread per dispatcher that renews the leases of the sends in progress, started
    with the first send. A thread a send cost ~3 % of a worker's CPU (bench/turns.py)."""

    def __init__(self, renew: Callable[[_Claim], bool]) -> None:
        self._renew = renew
        self._changed = threading.Condition()
        # Claims being sent -> when each is next renewed (monotonic seconds), and how often.
        self._due: dict[int, tuple[_Claim, float, float]] = {}
        # The claim whose renewal is running now: released only once that renewal is over,
        # so that no renewal of a send lands after the send ended.
        self._renewing: int | None = None
        self._thread: threading.Thread | None = None

    def keep(self, claimed: _Claim, every: float) -> None:
        with self._changed:
            self._due[id(claimed)] = (claimed, monotonic() + every, every)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="onboard-outbox-lease", daemon=True
                )
                self._thread.start()
            self._changed.notify_all()

    def release(self, claimed: _Claim) -> None:
        with self._changed:
            self._due.pop(id(claimed), None)
            while self._renewing == id(claimed):
                self._changed.wait()

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._due:
                    # Idle: the thread ends after a while and the next send starts one.
                    if not self._changed.wait(IDLE_RENEWER_SECONDS) and not self._due:
                        self._thread = None
                        return
                key, (claimed, at, every) = min(self._due.items(), key=lambda item: item[1][1])
                wait = at - monotonic()
                if wait > 0:
                    self._changed.wait(wait)  # woken early by a new or released claim
                    continue
                self._due[key] = (claimed, at + every, every)
                self._renewing = key
            try:
                if not self._renew(claimed):
                    with self._changed:
                        self._due.pop(key, None)  # taken over: stop renewing it
            except Exception:
                log.exception("outbox %s: lease renewal failed", claimed.message.outbox_id)
            finally:
                with self._changed:
                    self._renewing = None
                    self._changed.notify_all()


# A renewer thread with nothing to renew for this long ends (a dispatcher of a test, a
# process that stopped sending); the next send starts one again.
IDLE_RENEWER_SECONDS = 60.0
