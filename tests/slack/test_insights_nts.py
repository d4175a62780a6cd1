"""Issue 20 in Slack: a closed business held before filing (the NTS answer fetched by the
worker from a fake service speaking the documented shapes), and an agent offered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.app import journeys
from dialogs.router import Dialog
from tests.nts.fake_nts import KEY, FakeNts
from tests.nts.flows import business_flow
from tests.slack.workspace import MERCHANT, SlackWorkspace

CLOSED = "1058702736"


@pytest.fixture
def nts(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNts]:
    fake = FakeNts()
    monkeypatch.setenv("ONBOARD_NTS_SERVICE_KEY", KEY)
    monkeypatch.setenv("ONBOARD_NTS_URL", fake.url)
    yield fake
    fake.close()


@pytest.fixture
def slack_dialog() -> Dialog:
    return Dialog([*journeys(), business_flow()])


def test_a_closed_business_is_held_in_slack(nts: FakeNts, slack: SlackWorkspace) -> None:
    nts.registry.businesses = {CLOSED: ("03", "20250630")}
    thread = slack.post_message("English please")
    # The stand-in journey has no menu entry: press the menu's button carrying its value.
    message, block, button = slack.find_button("menu:contracts", thread=thread)
    filer = {**button, "value": "menu:filer"}
    slack.send_interactive(slack.block_actions(message, block, filer, user=MERCHANT))
    slack.settle()
    slack.post_message(f"number {CLOSED}", thread=thread)
    slack.services.worker.run_once()
    assert len(nts.registry.requests) == 1
    slack.post_message("file", thread=thread)
    said = "\n".join(slack.texts(thread)[-2:])
    assert "registered as closed" in said
    slack.click("cmd:human", thread=thread)
    assert slack.fake.bot_messages("C0AGENTS", None)  # the agents' channel got a card
