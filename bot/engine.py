"""The turn engine: one event in, one transaction, replies out.

``accept`` stores the event in the inbox (a duplicate delivery is recognised by its event id
and ignored); ``process`` then runs the conversation's pending events in order, each in one
transaction that locks the conversation, loads and validates its state, runs the dialog,
applies its effects, and writes the new state, the transcript and the outbox.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import actors
from bot.clock import Clock, utcnow
from bot.outbox import enqueue, post_to_conversation, record_out
from bot.store.db import Database
from bot.store.tables import Conversation, InboundEvent, TranscriptLine
from bot.store.upsert import insert_ignore
from dialogs import texts
from dialogs.effects import Effect
from dialogs.handoff.actions import is_agent_action
from dialogs.ports import Ports
from dialogs.replies import Reply, TextReply
from dialogs.router import Dialog
from dialogs.state import ConversationState, StateError, upgrade_state
from dialogs.turns import Author, Turn
from knowledge.language import Lang

log = logging.getLogger(__name__)

# A turn whose processing raised this many times is given up with an apology, so one bad
# message cannot block the conversation behind it.
MAX_TURN_ATTEMPTS = 3
# Transcript mark of a reply kept back because an agent held the conversation.
HELD_MARK = "[held: an agent has the conversation]"


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
    ) -> None:
        self.db = db
        self.dialog = dialog
        self.ports = ports
        self.effects = dict(effects)
        self.clock = clock

    # -- the inbox ----------------------------------------------------------------------

    def accept(self, turn: Turn) -> bool:
        """Store the event durably; False when it was delivered before (and is ignored)."""
        now = self.clock()
        values = {
            "event_id": turn.event_id,
            "conversation_key": turn.conversation_key,
            "turn": turn.model_dump(mode="json"),
            "status": "pending",
            "attempts": 0,
            "received_at": now,
        }
        with self.db.transaction() as session:
            return insert_ignore(session, InboundEvent, values, keys=["event_id"])

    def handle(self, turn: Turn) -> bool:
        """Accept and process at once (console, tests); False for a duplicate."""
        accepted = self.accept(turn)
        self.process(turn.conversation_key)
        return accepted

    def process(self, conversation_key: str) -> int:
        """Run the conversation's pending events in order; the number handled."""
        handled = 0
        while self._process_next(conversation_key):
            handled += 1
        return handled

    def process_stale(self, older_than: timedelta = timedelta(seconds=5)) -> int:
        """Recover events accepted but never processed (the process died after the ack)."""
        cutoff = self.clock() - older_than
        with self.db.reading() as session:
            keys = session.scalars(
                select(InboundEvent.conversation_key)
                .where(InboundEvent.status == "pending", InboundEvent.received_at <= cutoff)
                .distinct()
                .limit(100)
            ).all()
        return sum(self.process(key) for key in keys)

    def pending(self, conversation_key: str) -> int:
        with self.db.reading() as session:
            return len(
                session.scalars(
                    select(InboundEvent.id).where(
                        InboundEvent.conversation_key == conversation_key,
                        InboundEvent.status == "pending",
                    )
                ).all()
            )

    # -- one turn -----------------------------------------------------------------------

    def _process_next(self, key: str) -> bool:
        first = self._first_pending(key)
        if first is None:
            return False
        event_id, turn = first
        try:
            with self.db.transaction() as session:
                conversation = self._lock_conversation(session, turn)
                row = session.scalars(
                    select(InboundEvent)
                    .where(InboundEvent.event_id == event_id, InboundEvent.status == "pending")
                    .with_for_update()
                ).first()
                if row is None:  # another worker handled it while we waited for the lock
                    return True
                if conversation is None:  # an agent action never creates a conversation
                    row.status, row.processed_at, row.error = "done", self.clock(), "no such one"
                    return True
                self._run(session, conversation, row, turn)
        except Exception:
            log.exception("turn %s of conversation %s failed", event_id, _mask_key(key))
            self._record_failure(event_id, turn)
        return True

    def _first_pending(self, key: str) -> tuple[str, Turn] | None:
        with self.db.reading() as session:
            row = session.scalars(
                select(InboundEvent)
                .where(InboundEvent.conversation_key == key, InboundEvent.status == "pending")
                .order_by(InboundEvent.id)
                .limit(1)
            ).first()
            if row is None:
                return None
            return row.event_id, Turn.model_validate(row.turn)

    def _lock_conversation(self, session: Session, turn: Turn) -> Conversation | None:
        now = self.clock()
        if turn.author is not Author.AGENT and not is_agent_action(turn):
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
                    "created_at": now,
                    "updated_at": now,
                },
                keys=["key"],
            )
        return session.scalars(
            select(Conversation)
            .where(Conversation.key == turn.conversation_key)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).first()

    def _run(
        self, session: Session, conversation: Conversation, row: InboundEvent, turn: Turn
    ) -> None:
        now = self.clock()
        ports = self.ports(session, conversation, now, turn)
        if actors.turn_away(session, conversation, turn, ports.agents, now):
            row.status, row.processed_at, row.attempts = "done", now, row.attempts + 1
            return
        self._transcribe_in(session, conversation, turn, now)
        if _held_by_agent(conversation, turn):
            # An agent holds the conversation (bot/handoff): the merchant's words are on record
            # but the assistant stays quiet until the agent hands back.
            row.status, row.processed_at, row.attempts = "done", now, row.attempts + 1
            conversation.updated_at = now
            return
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
        context = EffectContext(
            session=session, conversation=conversation, turn=turn, now=now, ports=ports
        )
        for effect in effects:
            self.effects[type(effect)](context, effect)
        replies += context.replies
        conversation.state = result.state.model_dump(mode="json")
        conversation.updated_at = now
        if conversation.status == "assigned" and turn.author is Author.SYSTEM:
            # A worker's result (an OCR reading) while an agent holds the conversation: the
            # state takes it, the agent sees it in the transcript, the merchant hears it from
            # the assistant's prompt after the hand back, not in the middle of the agent's talk.
            self._hold(session, conversation, replies, now)
        else:
            self.deliver(session, conversation, replies, now)
        row.status = "done"
        row.processed_at = now
        row.attempts += 1

    def deliver(
        self, session: Session, conversation: Conversation, replies: list[Reply], now: datetime
    ) -> None:
        """Queue replies into the conversation and record them in its transcript."""
        for reply in replies:
            post_to_conversation(session, conversation, reply, now)

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
        parts = [turn.text] if turn.text else []
        if turn.action:
            parts.append(f"[choice: {turn.action}]")
        parts += [f"[file: {a.name}]" for a in turn.attachments]
        if turn.form:
            parts.append("[form submitted]")
        if turn.system:
            parts.append(f"[system: {turn.system.get('event', turn.system.get('flow', ''))}]")
        session.add(
            TranscriptLine(
                conversation_id=conversation.id,
                direction="in",
                author=turn.author.value,
                user_id=turn.user_id,
                text="\n".join(parts),
                payload={"event_id": turn.event_id, "form": turn.form} if turn.form else None,
                at=now,
            )
        )

    def _record_failure(self, event_id: str, turn: Turn) -> None:
        now = self.clock()
        with self.db.transaction() as session:
            row = session.scalars(
                select(InboundEvent).where(InboundEvent.event_id == event_id).with_for_update()
            ).first()
            if row is None or row.status != "pending":
                return
            row.attempts += 1
            row.error = "processing failed; see the log"
            if row.attempts < MAX_TURN_ATTEMPTS:
                return
            row.status = "failed"
            row.processed_at = now
            conversation = self._lock_conversation(session, turn)
            if conversation is None:
                return
            self._transcribe_in(session, conversation, turn, now)
            if turn.author is not Author.AGENT:
                try:
                    lang = upgrade_state(conversation.state).lang
                except StateError:
                    lang = Lang.KO
                reply = TextReply(text=texts.INTERNAL_ERROR(lang))
                self.deliver(session, conversation, [reply], now)


def _held_by_agent(conversation: Conversation, turn: Turn) -> bool:
    # Agent buttons pressed by a merchant still reach the dialog, to be refused and audited.
    return (
        conversation.status == "assigned"
        and turn.author is Author.MERCHANT
        and not is_agent_action(turn)
    )


def _mask_key(key: str) -> str:
    # Conversation keys hold user and channel ids, not personal data; still, keep logs short.
    return key if len(key) <= 60 else key[:57] + "..."
