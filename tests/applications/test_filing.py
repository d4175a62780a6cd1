"""Filing through the engine: one application per PG, an event each, a card per PG."""

from __future__ import annotations

from sqlalchemy import select

from bot.store.tables import Application, ApplicationEvent
from dialogs.replies import CardReply
from knowledge.catalog import load_catalog
from knowledge.language import Lang
from tests.applications.conftest import BUSINESS, file_for
from tests.harness import Chat

CARD = load_catalog().method("card").name(Lang.EN)
TRANSFER = load_catalog().method("trans").name(Lang.EN)


def test_filing_inserts_one_application_per_pg_and_posts_their_cards(chat: Chat) -> None:
    before = len(chat.sender.sent)
    said = file_for(chat)
    assert "filed 2 applications" in said
    with chat.db.transaction() as session:
        apps = session.scalars(select(Application).order_by(Application.id)).all()
        assert [(a.pg, a.methods, a.payment_types, a.status) for a in apps] == [
            ("kcp", ["card", "trans"], [], "submitted"),
            ("inicis", ["card"], ["subscription"], "submitted"),
        ]
        assert {a.business_number for a in apps} == {BUSINESS}
        assert {a.conversation_key for a in apps} == {chat.key}
        events = session.scalars(select(ApplicationEvent)).all()
        assert sorted((e.application_id, e.from_status, e.to_status) for e in events) == [
            (apps[0].id, None, "submitted"),
            (apps[1].id, None, "submitted"),
        ]
    cards = [m.reply for m in chat.sender.sent[before:] if isinstance(m.reply, CardReply)]
    assert [c.update_key for c in cards] == [f"app:{apps[0].id}", f"app:{apps[1].id}"]
    kcp = dict(cards[0].rows)
    assert kcp["Payment methods"] == f"{CARD}, {TRANSFER}"
    assert kcp["Status"] == "Submitted"
    assert "3 business days" in kcp["Typical time"]
    assert "Next step" in kcp
    inicis = dict(cards[1].rows)
    assert inicis["Payment types"] == "Subscription"
    assert "KG INICIS takes the application over at once" in cards[1].footer
    # Then the journey's buttons, and the conversation is in the applications journey.
    assert "What would you like to do?" in said
    # The journey's own step answers: option 2 is "Cancel an application".
    assert "Withdraw APP-1 (NHN KCP)" in chat.say("2")
