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
