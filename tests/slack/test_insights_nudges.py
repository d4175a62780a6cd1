"""Issue 20 in Slack: the stalled-merchant reminder, and its button going on in the thread."""

from __future__ import annotations

from bot.handoff.desk import DeskConfig
from bot.nudges.runner import NudgeConfig, Nudges
from tests.fakes import FakeClock
from tests.slack.workspace import SlackWorkspace


def test_the_reminder_button_goes_on_in_the_thread(slack: SlackWorkspace, clock: FakeClock) -> None:
    thread = slack.post_message("hello")
    slack.click("menu:selection", thread=thread)
    before = len(slack.texts(thread))
    clock.advance(25 * 3600)  # Tuesday 11:00 in Seoul
    settings = slack.services.settings
    nudges = Nudges(
        slack.services.db,
        clock,
        NudgeConfig.from_settings(settings, DeskConfig.from_settings(settings)),
    )
    assert nudges.run(clock()) == 1
    slack.deliver()
    texts = slack.texts(thread)
    assert len(texts) == before + 1
    assert "choosing the payment methods" in texts[-1]
    slack.click("menu:selection", thread=thread)
    assert len(slack.texts(thread)) > before + 1  # the selection's question again
    assert nudges.run(clock()) == 0


def test_the_documents_checklist_in_the_thread(slack: SlackWorkspace, clock: FakeClock) -> None:
    from sqlalchemy import select

    from bot.applications.service import change_status, file_applications
    from bot.store.tables import Conversation
    from dialogs.effects import ApplicationItem

    thread = slack.post_message("hello")
    with slack.services.db.transaction() as session:
        key = session.scalars(select(Conversation.key)).one()
        app = file_applications(
            session,
            conversation_key=key,
            business_number="1248100998",
            items=[ApplicationItem(pg="kcp", methods=("card",), payment_types=())],
            actor="merchant:U0MERCHANT",
            now=clock(),
        )[0]
        assert change_status(session, app.id, "contract_in_progress", "pg:webhook", now=clock()).ok
    slack.deliver()
    settings = slack.services.settings
    config = NudgeConfig.from_settings(settings, DeskConfig.from_settings(settings))
    assert Nudges(slack.services.db, clock, config).run(clock()) == 1
    slack.deliver()
    texts = "\n".join(slack.texts(thread)[-2:])
    assert "has asked for the contract documents" in texts
    assert "in the corporation's name" in texts
    slack.click("menu:documents", thread=thread)
    assert "documents a contract needs" in slack.last_text(thread)  # the documents journey
