"""The applications read port over a turn's session (bot/applications/ports.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select

from bot.app import Services
from bot.applications.ports import StoredApplicationsView
from bot.store.tables import Application, Conversation
from dialogs.turns import Turn
from tests.applications.conftest import AGENT, BUSINESS, file_for
from tests.harness import Chat


def _view(session: Any) -> StoredApplicationsView:
    conversation = session.scalars(select(Conversation)).one()
    actor = Turn(
        event_id="ev-ports",
        conversation_key=conversation.key,
        transport=conversation.transport,
        address=dict(conversation.address),
        user_id=conversation.user_id,
    )
    return StoredApplicationsView(session, conversation, {AGENT}, actor)


def test_applied_is_read_once_a_view_and_anew_by_the_next(chat: Chat, services: Services) -> None:
    file_for(chat)
    reads: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "FROM applications" in statement:
            reads.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", count)
    try:
        with services.db.reading() as session:
            view = _view(session)
            first = view.applied(BUSINESS)
            first.clear()  # a caller's changes to its list are its own
            again = view.applied(BUSINESS)
        assert len(reads) == 1
        assert {(item.pg, item.method) for item in again} == {
            ("kcp", "card"),
            ("kcp", "trans"),
            ("inicis", "card"),
        }
        with services.db.transaction() as session:
            row = session.scalars(select(Application).where(Application.pg == "inicis")).one()
            row.status = "cancelled"  # no longer applied: the next turn's view must see it
        with services.db.reading() as session:
            later = _view(session).applied(BUSINESS)
        assert len(reads) == 3  # the change's own read, then the next view's
        assert {(item.pg, item.method) for item in later} == {("kcp", "card"), ("kcp", "trans")}
    finally:
        event.remove(services.db.engine, "before_cursor_execute", count)
