"""Status changes through the service: the lifecycle enforced, events recorded, the thread and
every subscriber told once, through the outbox, even across a crash."""

from __future__ import annotations

import contextlib

from sqlalchemy import select

from bot.app import Services
from bot.applications.service import Actor, Change, change_status
from bot.applications.subscriptions import feed_key, subscribe
from bot.outbox import Outgoing
from bot.store.tables import Application, ApplicationEvent, AuditEntry, OutboxMessage
from dialogs.replies import CardReply, TextReply
from knowledge.lifecycle import ActorKind, Refusal
from tests.applications.conftest import BUSINESS, file_for
from tests.fakes import FakeClock, RecordingSender
from tests.harness import Chat


def app_ids(chat: Chat) -> list[int]:
    with chat.db.transaction() as session:
        return list(session.scalars(select(Application.id).order_by(Application.id)))


def change(chat: Chat, app_id: int, status: str, note: str | None = None, **kw: object):  # type: ignore[no-untyped-def]
    with chat.db.transaction() as session:
        actor = str(kw.pop("actor", "agent:U9"))
        now = chat.services.engine.clock()
        return change_status(session, app_id, status, actor, note, now=now, **kw)  # type: ignore[arg-type]


def test_a_change_updates_the_card_in_place_and_says_what_comes_next(chat: Chat) -> None:
    file_for(chat)
    kcp, _ = app_ids(chat)
    before = len(chat.sender.sent)
    result = change(chat, kcp, "received")
    assert result.change is Change.CHANGED and result.ok
    chat.services.dispatcher.deliver_all()
    sent = chat.sender.sent[before:]
    card, message = (m.reply for m in sent)
    assert isinstance(card, CardReply) and dict(card.rows)["Status"] == "Received by the PG"
    # The outbox hands the sender the reference of the card posted at filing: an edit.
    filed_card = next(
        i
        for i, m in enumerate(chat.sender.sent, 1)
        if isinstance(m.reply, CardReply) and m.reply.update_key == f"app:{kcp}"
    )
    assert sent[0].replaces == f"ref-{filed_card}"
    assert isinstance(message, TextReply)
    assert "moved from Submitted to Received by the PG" in message.text
    assert "Next:" in message.text and "2-3 business days" in message.text
    with chat.db.transaction() as session:
        row = session.get(Application, kcp)
        assert row is not None and row.status == "received"
        events = session.scalars(
            select(ApplicationEvent).where(ApplicationEvent.application_id == kcp)
        ).all()
        assert [(e.from_status, e.to_status, e.actor) for e in events] == [
            (None, "submitted", "merchant:U1"),
            ("submitted", "received", "agent:U9"),
        ]


def test_an_invalid_change_is_refused_with_its_reason_and_changes_nothing(chat: Chat) -> None:
    file_for(chat)
    kcp, _ = app_ids(chat)
    change(chat, kcp, "contract_signed")
    chat.services.dispatcher.deliver_all()
    before = len(chat.sender.sent)
    back = change(chat, kcp, "received")
    assert back.change is Change.REFUSED and back.refusal is Refusal.BACKWARDS
    assert "earlier stage" in back.reason
    reject = change(chat, kcp, "rejected")
    assert reject.refusal is Refusal.NOTE_REQUIRED
    unknown = change(chat, kcp, "approved")
    assert unknown.refusal is Refusal.UNKNOWN_STATUS
    assert change(chat, 9999, "received").change is Change.NOT_FOUND
    chat.services.dispatcher.deliver_all()
    assert chat.sender.sent[before:] == []
    with chat.db.transaction() as session:
        row = session.get(Application, kcp)
        assert row is not None and row.status == "contract_signed"
        refused = session.scalars(select(AuditEntry).where(AuditEntry.allowed.is_(False))).all()
        assert len(refused) == 3


def test_a_repeated_idempotency_key_does_nothing_twice(chat: Chat) -> None:
    file_for(chat)
    kcp, inicis = app_ids(chat)
    assert change(chat, kcp, "received", idempotency_key="k1").change is Change.CHANGED
    again = change(chat, kcp, "received", idempotency_key="k1")
    assert again.change is Change.DUPLICATE and again.ok
    other = change(chat, inicis, "received", idempotency_key="k1")
    assert other.change is Change.KEY_REUSED and not other.ok
    with chat.db.transaction() as session:
        keyed = session.scalars(
            select(ApplicationEvent).where(ApplicationEvent.idempotency_key == "k1")
        ).all()
        assert len(keyed) == 1
        assert len(session.scalars(select(OutboxMessage)).all()) == len(chat.sender.sent) + 2


def test_every_subscriber_hears_once_in_its_own_place(chat: Chat, services: Services) -> None:
    file_for(chat)
    kcp, _ = app_ids(chat)
    now = services.engine.clock()
    with chat.db.transaction() as session:

        def sub(key: str, channel: str, scope: str, value: str) -> None:
            subscribe(
                session,
                subscriber_key=key,
                transport="test",
                target={"channel": channel},
                scope=scope,
                value=value,
                created_by="t",
                now=now,
            )

        sub("test:colleague", "CCOL", "business", BUSINESS)
        sub("test:colleague", "CCOL", "application", str(kcp))  # two scopes, one message
        sub("test:watcher", "CWATCH", "application", str(kcp))
        sub(feed_key("test", "CFEED"), "CFEED", "all", "")
        sub("test:other", "COTHER", "business", "1248100998")  # another business: nothing
        sub(chat.key, chat.user, "business", BUSINESS)  # the thread itself: card + message only
    before = len(chat.sender.sent)
    change(chat, kcp, "received", "PG contact: Kim")
    chat.services.dispatcher.deliver_all()
    by_channel: dict[str, list[Outgoing]] = {}
    for message in chat.sender.sent[before:]:
        by_channel.setdefault(message.target["channel"], []).append(message)
    assert sorted(by_channel) == sorted(["CCOL", "CWATCH", "CFEED", chat.user])
    assert len(by_channel[chat.user]) == 2
    for channel in ("CCOL", "CWATCH", "CFEED"):
        (only,) = by_channel[channel]
        # Subscribers that are not conversations of their own hear in Korean.
        assert "신청 접수 → PG사 접수" in only.reply.fallback()
        assert "PG contact: Kim" in only.reply.fallback()


class CrashingSender(RecordingSender):
    """Dies (a BaseException, as a killed process would) before or after the real send."""

    def __init__(self, *, after_send: bool) -> None:
        super().__init__()
        self.after_send = after_send
        self.crashes = 1

    def send(self, message: Outgoing) -> str | None:
        if self.crashes:
            self.crashes -= 1
            if self.after_send:
                super().send(message)
            raise SystemExit("killed")
        return super().send(message)


def _crash_once(services: Services, clock: FakeClock, *, after_send: bool) -> CrashingSender:
    sender = CrashingSender(after_send=after_send)
    services.dispatcher.add_sender("test", sender)
    with contextlib.suppress(SystemExit):
        services.dispatcher.deliver_all()
    clock.advance(61)  # the lease runs out; the next worker takes the message over
    services.dispatcher.deliver_all()
    return sender


def test_a_crash_after_commit_before_the_send_loses_nothing(
    chat: Chat, services: Services, clock: FakeClock
) -> None:
    file_for(chat)
    kcp, _ = app_ids(chat)
    change(chat, kcp, "received")
    sender = _crash_once(services, clock, after_send=False)
    texts = [m.reply.fallback() for m in sender.sent]
    assert len(texts) == 2 and "Received by the PG" in texts[1]
    assert services.dispatcher.backlog() == 0


def test_a_crash_after_the_send_does_not_send_twice(
    chat: Chat, services: Services, clock: FakeClock
) -> None:
    file_for(chat)
    kcp, _ = app_ids(chat)
    change(chat, kcp, "received")
    sender = _crash_once(services, clock, after_send=True)
    ids = [m.outbox_id for m in sender.sent]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert services.dispatcher.backlog() == 0


def test_actors_are_recorded_as_kind_and_id() -> None:
    assert str(Actor.parse("U123")) == "agent:U123"
    assert Actor.parse("pg:webhook") == Actor(ActorKind.PG, "webhook")
    assert str(Actor(ActorKind.OPERATOR)) == "operator"
