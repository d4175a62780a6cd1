"""The turn engine: one event in, one transaction, replies out.

``accept`` stores the event in the inbox (a duplicate delivery is recognised by its event id
and ignored); ``process`` then runs the conversation's pending events in order. Each event is
first claimed under a short lease with its attempt counted (``bot/queue.py``), then run in one
transaction that locks the conversation, loads and validates its state, runs the dialog,
applies its effects, and writes the new state, the transcript and the outbox. A turn that
fails, or whose process dies, as often as ``MAX_TURN_ATTEMPTS`` is given up: the merchant gets
an apology and the agents a card.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, cast

from sqlalchemy import Select, Table, and_, bindparam, func, or_, select, text, update
from sqlalchemy.orm import Session

from bot import actors, metrics
from bot.clock import Clock, utcnow
from bot.outbox import enqueue, post_many, record_out
from bot.queue import UNFINISHED, Policy, Status, claim, is_abandoned, settle
from bot.store.db import Database
from bot.store.tables import UNFINISHED_SQL, Conversation, InboundEvent, TranscriptLine
from bot.store.upsert import insert_ignore
from dialogs import texts
from dialogs.effects import Effect, RequestHuman
from dialogs.handoff.actions import is_agent_action
from dialogs.ports import Ports
from dialogs.replies import Reply, TextReply
from dialogs.router import Dialog
from dialogs.state import ConversationState, StateError, upgrade_state
from dialogs.turns import Author, Turn
from knowledge.language import Lang

log = logging.getLogger(__name__)

# A turn whose processing raised (or whose process died) this many times is given up with an
# apology, so one bad message cannot block the conversation behind it. The lease is how long
# a worker that died mid-turn holds the conversation up; a turn takes milliseconds.
MAX_TURN_ATTEMPTS = 3
TURN_POLICY = Policy(lease=timedelta(seconds=10), max_attempts=MAX_TURN_ATTEMPTS, backoff_first=0)
# Computing a turn outside the write lock and finding the conversation moved on meanwhile is
# retried this often before the turn is computed under the lock.
OPTIMISTIC_TRIES = 3
# The reason on the agents' card when work was given up (dialogs/handoff/texts.py REASONS).
GAVE_UP = "gave_up"
# Transcript mark of a reply kept back because an agent held the conversation.
HELD_MARK = "[held: an agent has the conversation]"

# The statements of a turn, built once with bound parameters: built anew at every call, their
# building (operators, coercions, the cache key generated again) was ~10 % of a turn's CPU
# (bench/turns.py, docs/performance.md). A statement built once keeps its cache key, so it is
# also looked up in the compiled cache without being walked again.
_INBOUND = cast(Table, InboundEvent.__table__)
# The conversation's first unfinished event, found and locked in one statement. SKIP LOCKED
# (PostgreSQL): a worker claiming the same event right now has it; we neither wait for it nor
# take the event behind it (order within a conversation).
_CLAIM_HEAD = (
    select(InboundEvent)
    .where(
        InboundEvent.id
        == select(func.min(InboundEvent.id))
        .where(
            InboundEvent.conversation_key == bindparam("key"),
            InboundEvent.status.in_(UNFINISHED),
        )
        .scalar_subquery(),
        InboundEvent.status.in_(UNFINISHED),
    )
    .with_for_update(skip_locked=True)
)
# The claim in one statement on PostgreSQL (Core, no ORM load and update: ~15 % of a turn's
# CPU, and a transaction's BEGIN, SELECT, UPDATE and COMMIT became one autocommit round trip;
# SQLite keeps the locked path: docs/performance.md, "Acks without bolt"):
# the conversation's head, locked as ``_CLAIM_HEAD`` locks it (SKIP LOCKED: a worker settling or
# claiming it has it), taken when it is pending or its lease ran out with attempts left; its
# attempt counted. What it does not take (another worker's live lease, a head abandoned as
# often as allowed, no head) goes to ``_CLAIM_HEAD``'s path, which tells those apart.
# min(), as ``_CLAIM_HEAD``: read off ``ix_inbound_pending`` (an ORDER BY id LIMIT 1 may be
# planned as a walk of the primary key).
_HEAD_ID = (
    select(func.min(_INBOUND.c.id))
    .where(
        _INBOUND.c.conversation_key == bindparam("key"),
        _INBOUND.c.status.in_(UNFINISHED),
    )
    .scalar_subquery()
)
_CLAIM = (
    update(_INBOUND)
    .where(
        _INBOUND.c.id
        == select(_INBOUND.c.id)
        .where(_INBOUND.c.id == _HEAD_ID)
        .with_for_update(skip_locked=True)
        .scalar_subquery(),
        or_(
            _INBOUND.c.status == Status.PENDING,
            and_(
                _INBOUND.c.status == Status.RUNNING,
                _INBOUND.c.claimed_until < bindparam("now"),
                _INBOUND.c.attempts < bindparam("max_attempts"),
            ),
        ),
    )
    .values(
        status=Status.RUNNING,
        attempts=_INBOUND.c.attempts + 1,
        claimed_until=bindparam("lease_end"),
    )
    .returning(_INBOUND.c.event_id, _INBOUND.c.turn, _INBOUND.c.attempts)
)
# A head that workers that died claimed as often as allowed (the claim above leaves it).
_ABANDONED_HEAD = select(_INBOUND.c.id).where(
    _INBOUND.c.id == _HEAD_ID,
    _INBOUND.c.status == Status.RUNNING,
    _INBOUND.c.claimed_until < bindparam("now"),
    _INBOUND.c.attempts >= bindparam("max_attempts"),
)
# Whether the conversation has an event not finished yet (Core: no ORM entity is needed).
_ANY_UNFINISHED = (
    select(_INBOUND.c.id)
    .where(_INBOUND.c.conversation_key == bindparam("key"), _INBOUND.c.status.in_(UNFINISHED))
    .limit(1)
)
_CONVERSATION = select(Conversation).where(Conversation.key == bindparam("key"))
_LOCK_CONVERSATION = _CONVERSATION.with_for_update().execution_options(populate_existing=True)
# Settled and checked still ours in one statement (Core: the row is not in the session).
_SETTLE_DONE = (
    update(_INBOUND)
    .where(
        _INBOUND.c.event_id == bindparam("b_event_id"),
        _INBOUND.c.status == Status.RUNNING,
        _INBOUND.c.attempts == bindparam("b_attempt"),
    )
    .values(status=Status.DONE, claimed_until=None, processed_at=bindparam("b_now"))
    .returning(_INBOUND.c.id)
)

# The ack's insert on PostgreSQL, as the driver takes it (``Database.execute_one``): what
# ``insert_ignore`` compiles for the inbox, written out (tests/bot/test_acks.py checks that
# both store the same row).
_ACCEPT_SQL = (
    "INSERT INTO inbound_events (event_id, conversation_key, turn, status, attempts, received_at)"
    " VALUES (%(event_id)s, %(conversation_key)s, %(turn)s, %(status)s, %(attempts)s,"
    " %(received_at)s) ON CONFLICT (event_id) DO NOTHING RETURNING inbound_events.id"
)


@dataclass
class EffectContext:
    """What an effect handler may use: the turn's own transaction and conversation."""

    session: Session
    conversation: Conversation
    turn: Turn
    now: datetime
    replies: list[Reply] = field(default_factory=list)
    # The turn's ports, for handlers that need what the dialog saw (bot/handoff: the desk).
    ports: Ports | None = None

    def notify(self, transport: str, target: Mapping[str, Any], reply: Reply) -> None:
        """Send a message elsewhere (an agents' channel, a subscriber) with this turn."""
        enqueue(self.session, transport=transport, target=target, reply=reply, now=self.now)


EffectHandler = Callable[[EffectContext, Any], None]


@dataclass
class _Outcome:
    """A turn computed from the conversation at ``version``, not yet written."""

    version: int
    held: bool = False
    state: dict[str, Any] | None = None
    replies: list[Reply] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)


@dataclass(frozen=True)
class _Claimed:
    event_id: str
    turn: Turn
    attempt: int
    # Claimed as often as allowed already, by workers that died: not to be run again.
    give_up: bool = False
    # Settled at the claim: an agent's turn naming no conversation (it never creates one).
    settled: bool = False


class _Next(Enum):
    """After a turn, what is known of the conversation's next event (its commit looks)."""

    NOTHING = "no event was claimed"
    MORE = "another event is waiting: claim it at once"
    NO_MORE = "none is: the conversation is done for now"
    UNKNOWN = "not known: look before claiming"
    STALE = "computed from an older version: compute again"


# The turn's ports, built for its acting user (rights come from who acts, bot/actors.py).
PortsFactory = Callable[[Session, Conversation, datetime, Turn], Ports]


class TurnEngine:
    def __init__(
        self,
        db: Database,
        dialog: Dialog,
        ports: PortsFactory,
        effects: Mapping[type[Effect], EffectHandler],
        *,
        clock: Clock = utcnow,
        policy: Policy = TURN_POLICY,
    ) -> None:
        self.db = db
        self.dialog = dialog
        self.ports = ports
        self.effects = dict(effects)
        self.clock = clock
        self.policy = policy

    # -- the inbox ----------------------------------------------------------------------

    def accept(self, turn: Turn) -> bool:
        """Store the event durably; False when it was delivered before (and is ignored)."""
        now = self.clock()
        values = {
            "event_id": turn.event_id,
            "conversation_key": turn.conversation_key,
            "turn": turn.model_dump(mode="json"),
            "status": Status.PENDING,
            "attempts": 0,
            "received_at": now,
        }
        with metrics.timed(metrics.INBOX_WRITE_SECONDS):
            if self.db.is_postgres:
                # One statement on the driver, in autocommit: the ack's only round trip.
                return self.db.execute_one(_ACCEPT_SQL, values, json=("turn",)) is not None
            # Grouped: acks arriving together are committed together (one lock, one commit).
            return self.db.write_grouped(
                lambda session: insert_ignore(session, InboundEvent, values, keys=["event_id"])
            )

    def handle(self, turn: Turn) -> bool:
        """Accept and process at once (console, tests); False for a duplicate."""
        accepted = self.accept(turn)
        self.process(turn.conversation_key)
        return accepted

    def process(self, conversation_key: str) -> int:
        """Run the conversation's pending events in order; the number handled.

        Stops early when another worker holds the conversation's next event: that worker
        goes on with the events behind it."""
        handled = 0
        # The first claim goes straight to the write: the caller has just stored an event.
        peek = False
        while True:
            after = self._process_next(conversation_key, peek=peek)
            if after is _Next.NOTHING:
                return handled
            handled += 1
            if after is _Next.NO_MORE:
                return handled  # the turn's commit saw nothing else waiting
            peek = after is not _Next.MORE

    def process_stale(self, older_than: timedelta = timedelta(seconds=5)) -> int:
        """Recover events accepted but never processed (the process died after the ack), and
        events whose worker died mid-turn (their lease ran out)."""
        now = self.clock()
        with self.db.reading() as session:
            keys = list(session.scalars(stale_conversations(now, now - older_than)).all())
        # Workers that read the same list at once start at different places in it.
        random.shuffle(keys)
        return sum(self.process(key) for key in keys)

    def pending(self, conversation_key: str) -> int:
        """Events of the conversation not finished yet (waiting, or being processed)."""
        with self.db.reading() as session:
            return len(
                session.scalars(
                    select(InboundEvent.id).where(
                        InboundEvent.conversation_key == conversation_key,
                        InboundEvent.status.in_(UNFINISHED),
                    )
                ).all()
            )

    # -- one turn -----------------------------------------------------------------------

    def _process_next(self, key: str, *, peek: bool = True) -> _Next:
        """Claim and run the conversation's next event; what is known of the one after."""
        claimed = self._claim_next(key, peek=peek)
        if claimed is None:
            return _Next.NOTHING
        if claimed.settled:
            return _Next.UNKNOWN
        if claimed.give_up:
            # Claimed and never finished, as often as a turn may be: whatever it does kills
            # the process that runs it. It is not run again.
            log.error("turn %s gave up after %s attempts", claimed.event_id, claimed.attempt)
            self._give_up(claimed.event_id, claimed.turn, "abandoned by a worker that died")
            return _Next.UNKNOWN
        try:
            for _ in range(OPTIMISTIC_TRIES):
                outcome = self._compute(claimed)
                after = self._commit(claimed, outcome)
                if after is not _Next.STALE:
                    return after
            # Another turn of this conversation committed every time we computed ours (a
            # storm of turns on one conversation): compute it holding the lock, as before.
            return self._commit(claimed, None)
        except Exception:
            log.exception("turn %s of conversation %s failed", claimed.event_id, _mask_key(key))
            self._record_failure(claimed)
        return _Next.UNKNOWN

    def _claim_next(self, key: str, *, peek: bool = True) -> _Claimed | None:
        """Claim the conversation's next event (attempt counted now, in its own commit, so a
        turn that kills its process still counts); None when there is none, or another
        worker holds it under a live lease."""
        now = self.clock()
        if peek and not self._has_unfinished(key):
            return None  # the common end of ``process``: found without taking a write lock
        if not self.db.is_postgres:
            # SQLite: the locked path (one writer; the statement saved nothing measurable
            # there, and load.py's capacity phase ran slower with it: docs/performance.md).
            return self._claim_locked(key, now)
        params = {
            "key": key,
            "now": now,
            "max_attempts": self.policy.max_attempts,
            "lease_end": now + self.policy.lease,
        }
        # One statement, in autocommit: the claim commits alone, as it did. Not durable: a
        # claim a crash of PostgreSQL loses is made again (docs/decisions.md, perf5).
        row = self.db.write_grouped(
            lambda session: session.connection().execute(_CLAIM, params).first(), durable=False
        )
        if row is not None:
            event_id, data, attempt = row
            turn = Turn.model_validate(data)
            if not actors.creates_conversation(turn) and not self._known(turn):
                # An agent's action on no conversation: nothing to do, settled at once.
                self._settle_unknown(event_id, attempt, now)
                return _Claimed(event_id, turn, attempt, settled=True)
            return _Claimed(event_id, turn, int(attempt))
        # Not taken: no head (another worker answered it), or one under a live lease (both
        # common with several workers scanning the same conversations), or a head abandoned
        # as often as allowed (rare: the locked path gives it up).
        with self.db.reading() as session:
            abandoned = session.connection().execute(_ABANDONED_HEAD, params).first()
        return None if abandoned is None else self._claim_locked(key, now)

    def _known(self, turn: Turn) -> bool:
        with self.db.reading() as session:
            return _exists(session, turn)

    def _settle_unknown(self, event_id: str, attempt: int, now: datetime) -> None:
        with self.db.transaction() as session:
            session.execute(
                update(InboundEvent)
                .where(
                    InboundEvent.event_id == event_id,
                    InboundEvent.status == Status.RUNNING,
                    InboundEvent.attempts == attempt,
                )
                .values(
                    status=Status.DONE,
                    claimed_until=None,
                    processed_at=now,
                    error="no such conversation",
                )
            )

    def _claim_locked(self, key: str, now: datetime) -> _Claimed | None:
        """The claim's other cases, as they were decided before the one-statement claim: no
        head, a head under another worker's live lease, or one abandoned too often."""
        with self.db.transaction() as session:
            row = session.scalars(_CLAIM_HEAD, {"key": key}).first()
            if row is None:
                return None
            if row.status == Status.RUNNING and not _expired(row.claimed_until, now):
                return None
            turn = Turn.model_validate(row.turn)
            if is_abandoned(row) and self.policy.exhausted(row.attempts):
                return _Claimed(row.event_id, turn, row.attempts, give_up=True)
            attempt = claim(row, self.policy, now)
            # The conversation is created by the first turn's compute, not here: an insert at
            # every claim was a statement a turn (a round trip on PostgreSQL) that found the
            # row in all but the first.
            if not actors.creates_conversation(turn) and not _exists(session, turn):
                settle(row, Status.DONE)  # an agent's action on no conversation: nothing to do
                row.processed_at, row.error = now, "no such conversation"
                return _Claimed(row.event_id, turn, attempt, settled=True)
            return _Claimed(row.event_id, turn, attempt)

    @staticmethod
    def _create_conversation(session: Session, turn: Turn, now: datetime) -> None:
        if not actors.creates_conversation(turn):
            return
        insert_ignore(
            session,
            Conversation,
            {
                "key": turn.conversation_key,
                "transport": turn.transport,
                "address": dict(turn.address),
                "user_id": turn.user_id,
                "state": ConversationState().model_dump(mode="json"),
                "status": "active",
                "version": 0,
                "created_at": now,
                "updated_at": now,
            },
            keys=["key"],
        )

    def _lock_conversation(
        self, session: Session, turn: Turn, *, create: bool = True
    ) -> Conversation:
        if create:
            self._create_conversation(session, turn, self.clock())
        return session.scalars(_LOCK_CONVERSATION, {"key": turn.conversation_key}).one()

    def _has_unfinished(self, key: str) -> bool:
        with self.db.reading() as session:
            found = session.connection().execute(_ANY_UNFINISHED, {"key": key}).first()
            return found is not None

    def _compute(self, claimed: _Claimed) -> _Outcome:
        """Run the dialog in a read-only transaction: on SQLite no write lock is held while
        it runs, so acknowledgements (inbox inserts) never wait for answering."""
        key = {"key": claimed.turn.conversation_key}
        with self.db.reading() as session:
            conversation = session.scalars(_CONVERSATION, key).first()
            if conversation is not None:
                return self._run(session, conversation, claimed.turn, self.clock())
        # The conversation's first turn (the claim made sure that this turn may create it):
        # created in a short write of its own, so the dialog still runs without writing.
        with self.db.transaction(durable=False) as session:
            self._create_conversation(session, claimed.turn, self.clock())
        with self.db.reading() as session:
            conversation = session.scalars(_CONVERSATION, key).one()
            return self._run(session, conversation, claimed.turn, self.clock())

    def _commit(self, claimed: _Claimed, outcome: _Outcome | None) -> _Next:
        """Write a computed turn in one short transaction; ``STALE`` when the conversation
        moved on since it was computed (its version changed: compute again). ``None``:
        compute it here, under the lock. Else whether another event of the conversation is
        waiting, seen from the same transaction (one statement instead of a peek's three).

        Not durable (PostgreSQL): a turn a crash of PostgreSQL loses is redone from its inbox
        row, which the ack stored durably, and none of its replies left: the outbox's claim
        before a send is durable, and flushes this commit first (docs/decisions.md, perf5)."""
        with self.db.transaction(durable=False) as session:
            # The claim created the conversation.
            conversation = self._lock_conversation(session, claimed.turn, create=False)
            if outcome is not None and outcome.version != conversation.version:
                return _Next.STALE
            now = self.clock()
            # Settled and checked still ours in one statement (it was a locking read first).
            ours = (
                session.connection()
                .execute(
                    _SETTLE_DONE,
                    {"b_event_id": claimed.event_id, "b_attempt": claimed.attempt, "b_now": now},
                )
                .first()
            )
            if ours is None:
                return _Next.UNKNOWN  # our lease ran out and another worker took the turn over
            if outcome is None:
                outcome = self._run(session, conversation, claimed.turn, now)
            self._apply(session, conversation, claimed.turn, outcome, now)
            # Whether to claim again at once: asked here, not in a transaction of its own.
            # Flushed first, as the ORM would before a query: an effect may have added an
            # event of this conversation (a Core statement does not flush by itself).
            session.flush()
            key = {"key": claimed.turn.conversation_key}
            waiting = session.connection().execute(_ANY_UNFINISHED, key).first()
            return _Next.NO_MORE if waiting is None else _Next.MORE

    def _run(
        self, session: Session, conversation: Conversation, turn: Turn, now: datetime
    ) -> _Outcome:
        """What the turn does, decided without writing anything: the dialog's new state,
        replies and effects."""
        version = conversation.version
        ports = self.ports(session, conversation, now, turn)
        if actors.is_stranger(conversation, turn, ports):
            return _Outcome(version=version)  # turned away in _apply; the dialog never runs
        if _held_by_agent(conversation, turn):
            # An agent holds the conversation (bot/handoff): the merchant's words are on record
            # but the assistant stays quiet until the agent hands back.
            return _Outcome(version=version, held=True)
        try:
            state = upgrade_state(conversation.state)
        except StateError as exc:
            log.warning("conversation %s: state discarded (%s)", conversation.id, exc)
            state = ConversationState()
            result = self.dialog.greeting(state, ports)
            replies: list[Reply] = [TextReply(text=texts.STATE_LOST(state.lang)), *result.replies]
            effects: list[Effect] = []
        else:
            result = self.dialog.respond(state, turn, ports)
            replies, effects = list(result.replies), list(result.effects)
        return _Outcome(
            version=version,
            state=result.state.model_dump(mode="json"),
            replies=replies,
            effects=effects,
        )

    def _apply(
        self,
        session: Session,
        conversation: Conversation,
        turn: Turn,
        outcome: _Outcome,
        now: datetime,
    ) -> None:
        """Write the turn's outcome (its inbox row is already settled ``done``)."""
        ports = self.ports(session, conversation, now, turn)
        if actors.turn_away(session, conversation, turn, ports, now):
            return  # a stranger's turn: nothing of the conversation changes
        conversation.version += 1
        conversation.updated_at = now
        plain = not outcome.held and not outcome.effects and conversation.status != "assigned"
        if not plain:
            self._transcribe_in(session, conversation, turn, now)
        if outcome.held:
            return
        context = EffectContext(
            session=session, conversation=conversation, turn=turn, now=now, ports=ports
        )
        for effect in outcome.effects:
            self.effects[type(effect)](context, effect)
        replies = [*outcome.replies, *context.replies]
        if outcome.state is not None:
            conversation.state = outcome.state
        if conversation.status == "assigned" and turn.author is Author.SYSTEM:
            # A worker's result (an OCR reading) while an agent holds the conversation: the
            # state takes it, the agent sees it in the transcript, the merchant hears it from
            # the assistant's prompt after the hand back, not in the middle of the agent's talk.
            self._hold(session, conversation, replies, now)
        elif plain:
            # The merchant's line goes with the replies' lines, in one insert (no effect wrote
            # a line of its own in between).
            post_many(
                session, conversation, replies, now, first=[_line_in(conversation, turn, now)]
            )
        else:
            self.deliver(session, conversation, replies, now)

    def deliver(
        self, session: Session, conversation: Conversation, replies: list[Reply], now: datetime
    ) -> None:
        """Queue replies into the conversation and record them in its transcript."""
        post_many(session, conversation, replies, now)

    @staticmethod
    def _hold(
        session: Session, conversation: Conversation, replies: list[Reply], now: datetime
    ) -> None:
        for reply in replies:
            record_out(session, conversation, f"{HELD_MARK} {reply.fallback()}", now)

    @staticmethod
    def _transcribe_in(
        session: Session, conversation: Conversation, turn: Turn, now: datetime
    ) -> None:
        session.add(TranscriptLine(**_line_in(conversation, turn, now)))

    def _record_failure(self, claimed: _Claimed) -> None:
        """The turn raised: retried at once (its attempt is counted), given up at the cap."""
        with self.db.transaction() as session:
            row = session.scalars(
                select(InboundEvent)
                .where(InboundEvent.event_id == claimed.event_id)
                .with_for_update()
            ).one()
            if row.status != Status.RUNNING or row.attempts != claimed.attempt:
                return
            row.error = "processing failed; see the log"
            if not self.policy.exhausted(row.attempts):
                settle(row, Status.PENDING)
                return
        self._give_up(claimed.event_id, claimed.turn, "processing failed; see the log")

    def _give_up(self, event_id: str, turn: Turn, error: str) -> None:
        now = self.clock()
        with self.db.transaction() as session:
            conversation = self._lock_conversation(session, turn)
            row = session.scalars(
                select(InboundEvent).where(InboundEvent.event_id == event_id).with_for_update()
            ).one()
            if row.status not in UNFINISHED:
                return  # another worker settled it meanwhile
            settle(row, Status.FAILED)
            row.error = error
            row.processed_at = now
            self._transcribe_in(session, conversation, turn, now)
            self.apologize(session, conversation, turn, now)

    def give_up_on(self, conversation_key: str, work: str) -> None:
        """Work done for a conversation outside a turn (a job, named by ``work``) was given
        up: apologize and alert, as for a turn, in one commit."""
        now = self.clock()
        with self.db.transaction() as session:
            conversation = session.scalars(
                select(Conversation)
                .where(Conversation.key == conversation_key)
                .with_for_update()
                .execution_options(populate_existing=True)
            ).first()
            if conversation is None:
                return
            turn = Turn(
                event_id=f"gave-up:{work}",
                conversation_key=conversation.key,
                transport=conversation.transport,
                address=dict(conversation.address),
                user_id=conversation.user_id,
                author=Author.SYSTEM,
                system={"event": "gave_up", "work": work},
            )
            self._transcribe_in(session, conversation, turn, now)
            self.apologize(session, conversation, turn, now)

    def apologize(
        self, session: Session, conversation: Conversation, turn: Turn, now: datetime
    ) -> None:
        """After the attempts cap: the merchant hears that something went wrong (once), and
        agents get the request card of ``bot/handoff`` so that a person looks at it."""
        if turn.author is not Author.AGENT:
            try:
                lang = upgrade_state(conversation.state).lang
            except StateError:
                lang = Lang.KO
            self.deliver(session, conversation, [TextReply(text=texts.INTERNAL_ERROR(lang))], now)
        alert = self.effects.get(RequestHuman)
        if alert is not None:
            ports = self.ports(session, conversation, now, turn)
            context = EffectContext(
                session=session, conversation=conversation, turn=turn, now=now, ports=ports
            )
            alert(context, RequestHuman(reason=GAVE_UP))


def _exists(session: Session, turn: Turn) -> bool:
    found = session.scalar(select(Conversation.id).where(Conversation.key == turn.conversation_key))
    return found is not None


def _line_in(conversation: Conversation, turn: Turn, now: datetime) -> dict[str, Any]:
    """The transcript line of what came in (a merchant's words, a choice, a file...)."""
    parts = [turn.text] if turn.text else []
    if turn.action:
        parts.append(f"[choice: {turn.action}]")
    parts += [f"[file: {a.name}]" for a in turn.attachments]
    if turn.form:
        parts.append("[form submitted]")
    if turn.system:
        parts.append(f"[system: {turn.system.get('event', turn.system.get('flow', ''))}]")
    return {
        "conversation_id": conversation.id,
        "direction": "in",
        "author": turn.author.value,
        "user_id": turn.user_id,
        "text": "\n".join(parts),
        "payload": {"event_id": turn.event_id, "form": turn.form} if turn.form else None,
        "at": now,
    }


def _held_by_agent(conversation: Conversation, turn: Turn) -> bool:
    # Agent buttons pressed by a merchant still reach the dialog, to be refused and audited.
    return (
        conversation.status == "assigned"
        and turn.author is Author.MERCHANT
        and not is_agent_action(turn)
    )


def _expired(claimed_until: datetime | None, now: datetime) -> bool:
    return claimed_until is None or claimed_until < now


def _mask_key(key: str) -> str:
    # Conversation keys hold user and channel ids, not personal data; still, keep logs short.
    return key if len(key) <= 60 else key[:57] + "..."


def stale_conversations(now: datetime, cutoff: datetime) -> Select[str]:
    """Conversations with an event accepted before ``cutoff`` and never claimed, or claimed
    under a lease that ran out; only unfinished rows are read (``ix_inbound_unfinished``)."""
    held = select(InboundEvent.conversation_key).where(
        InboundEvent.status == Status.RUNNING, InboundEvent.claimed_until >= now
    )
    return (
        select(InboundEvent.conversation_key)
        .where(
            or_(
                (InboundEvent.status == Status.PENDING) & (InboundEvent.received_at <= cutoff),
                (InboundEvent.status == Status.RUNNING) & (InboundEvent.claimed_until < now),
            ),
            # Conversations another worker is answering are its own to finish.
            InboundEvent.conversation_key.not_in(held),
            # Spelt as the partial index's predicate: SQLite uses a partial index only for
            # a query that states it, literally (a bound parameter would not do).
            text(UNFINISHED_SQL),
        )
        .distinct()
        .limit(100)
    )
