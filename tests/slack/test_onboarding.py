"""The registered journeys through Slack. The lead extends this into the whole onboarding
(contracts -> selection -> business information -> applications -> handoff)."""

from __future__ import annotations

from tests.slack.fake_slack import buttons
from tests.slack.workspace import SlackWorkspace


def test_a_merchant_is_greeted_in_a_thread_with_the_menu_as_buttons(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요")
    (menu,) = slack.bot_messages(thread)
    values = [element["value"] for _block, element in buttons(menu)]
    assert values
    assert all(v.startswith("menu:") for v in values)
    slack.click(values[0], thread=thread)
    assert len(slack.bot_messages(thread)) > 1
