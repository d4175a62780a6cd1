"""A conversation in Slack, end to end: signed requests into the real bolt App, replies
read back from the fake Web API."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bot.store.tables import InboundEvent
from dialogs.router import Dialog
from tests.slack.demo_flow import demo_dialog
from tests.slack.workspace import AGENT, DM, MERCHANT, SUPPORT, SlackWorkspace


@pytest.fixture
def slack_dialog() -> Dialog:
    return demo_dialog()


def test_a_journey_in_one_thread(slack: SlackWorkspace) -> None:
    thread = slack.post_message("hello")
    menu = slack.bot_messages(thread)
    assert len(menu) == 1
    assert menu[0]["thread_ts"] == thread
    slack.click("menu:selection", thread=thread)
    assert "Which plan?" in slack.last_text(thread)

    slack.click("plan:basic", thread=thread)
    assert "Which methods?" in slack.last_text(thread)
    slack.select(["sel:methods:card", "sel:methods:kakaopay"], thread=thread)
    slack.click("onboard_submit_selection", thread=thread)
    texts = slack.texts(thread)
    assert "Methods: card,kakaopay" in texts[-2]
    assert "Business details" in texts[-1]

    slack.click("onboard_form_open", thread=thread)
    view = slack.opened_view()
    assert [b["block_id"] for b in view["blocks"] if b["type"] == "input"] == ["company", "phone"]
    assert json.loads(view["private_metadata"])["form_id"] == "biz"

    # An empty required field: the modal shows the error and stays open; nothing is posted.
    posted = len(slack.bot_messages(thread))
    answer = slack.submit_view({"company": "", "phone": ""})
    assert answer.json() == {
        "response_action": "errors",
        "errors": {"company": "Please enter the company name."},
    }
    assert len(slack.bot_messages(thread)) == posted

    answer = slack.submit_view({"company": "Acme", "phone": "010-1234-5678"})
    assert answer.status_code == 200
    assert answer.content in (b"", b"{}")
    card, table = slack.bot_messages(thread)[-2:]
    assert card["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Summary", "emoji": True},
    }
    assert "KG이니시스" in json.dumps(table["blocks"], ensure_ascii=False)

    # The card's button changes the card in place (chat.update), not a new message.
    slack.click("demo:pro", thread=thread)
    assert len(slack.bot_messages(thread)) == posted + 2
    updates = [u for u in slack.fake.called("chat.update") if u.args["ts"] == card["ts"]]
    assert len(updates) == 1  # the card keeps its buttons: the dialog updates it itself
    assert "Pro" in card["text"]


def test_every_message_carries_its_fallback_text_and_outbox_metadata(
    slack: SlackWorkspace,
) -> None:
    thread = slack.post_message("hello")
    (call,) = slack.fake.called("chat.postMessage")
    assert call.args["text"].strip()
    assert call.args["thread_ts"] == thread
    assert call.args["metadata"]["event_type"] == "onboard_outbox"
    assert call.args["metadata"]["event_payload"]["outbox_id"] >= 1


def test_later_messages_in_the_thread_continue_the_conversation(slack: SlackWorkspace) -> None:
    thread = slack.post_message("hello")
    slack.click("menu:selection", thread=thread)
    slack.post_message("2", thread=thread)  # the second plan, typed by its number
    assert "Which methods?" in slack.last_text(thread)
    before = len(slack.bot_messages(thread))
    other = slack.post_message("hello again")  # a new top-level message: a new conversation
    assert other != thread
    assert slack.bot_messages(other)
    assert len(slack.bot_messages(thread)) == before


def test_the_same_event_delivered_twice_is_answered_once(slack: SlackWorkspace) -> None:
    thread = slack.post_message("hello", event_id="Ev0DUPLICATE")
    event = {
        "type": "message",
        "channel": SUPPORT,
        "user": MERCHANT,
        "text": "hello",
        "ts": thread,
        "channel_type": "channel",
    }
    response = slack.send_event(event, event_id="Ev0DUPLICATE")  # Slack's retry
    assert response.status_code == 200
    assert len(slack.bot_messages(thread)) == 1
    with slack.services.db.transaction() as session:
        ids = session.scalars(select(InboundEvent.event_id)).all()
    assert ids.count("Ev0DUPLICATE") == 1


def test_the_bot_ignores_its_own_and_other_bots_messages(slack: SlackWorkspace) -> None:
    for extra in ({"user": "U0BOT", "bot_id": "B0BOT"}, {"user": "U0OTHER", "bot_id": "B0OTHER"}):
        event = {"type": "message", "channel": SUPPORT, "text": "beep", "ts": "1.1", **extra}
        assert slack.send_event(event).status_code == 200
    edited = {"type": "message", "subtype": "message_changed", "channel": SUPPORT, "ts": "1.2"}
    assert slack.send_event(edited).status_code == 200
    assert slack.fake.called("chat.postMessage") == []


def test_a_dm_is_one_conversation(slack: SlackWorkspace) -> None:
    slack.post_message("hello", channel=DM)
    slack.post_message("2", channel=DM)
    assert [t["conversation_key"] for t in slack.accepted()] == [f"slack:T0TEAM:{DM}"] * 2
    messages = slack.bot_messages(None, channel=DM)
    assert len(messages) >= 2
    assert all("thread_ts" not in m for m in messages)


def test_a_mention_outside_support_channels_starts_a_thread_answered_once(
    slack: SlackWorkspace,
) -> None:
    thread = slack.mention("hello", channel="C0OTHER")
    # Slack sends a message and an app_mention event for it: one turn.
    assert [t["text"] for t in slack.accepted()] == ["hello"]
    assert slack.bot_messages(thread, channel="C0OTHER")
    # A reply in that thread continues it without a new mention; elsewhere the bot is quiet.
    slack.post_message("2", channel="C0OTHER", thread=thread)
    slack.post_message("unrelated", channel="C0OTHER")
    key = f"slack:T0TEAM:C0OTHER:{thread}"
    assert [t["conversation_key"] for t in slack.accepted()] == [key, key]
    assert all(m["thread_ts"] == thread for m in slack.bot_messages(None, channel="C0OTHER"))


def test_an_agents_message_is_an_agent_turn(slack: SlackWorkspace) -> None:
    thread = slack.post_message("hello")
    slack.post_message("I will take it from here", thread=thread, user=AGENT)
    with slack.services.db.transaction() as session:
        rows = session.scalars(select(InboundEvent).order_by(InboundEvent.id)).all()
        authors = [(r.turn["user_id"], r.turn["author"]) for r in rows]
    assert authors == [(MERCHANT, "merchant"), (AGENT, "agent")]


def test_slash_command_maps_to_an_agent_action_on_the_linked_thread(
    slack: SlackWorkspace,
) -> None:
    thread = slack.post_message("hello")
    link = f"https://acme.slack.com/archives/{SUPPORT}/p{thread.replace('.', '')}"
    response = slack.slash(f"takeover {link}")
    assert response.status_code == 200
    assert "takeover" in response.text
    with slack.services.db.transaction() as session:
        row = session.scalars(select(InboundEvent).order_by(InboundEvent.id.desc())).first()
    assert row is not None
    key = f"slack:T0TEAM:{SUPPORT}:{thread}"
    assert row.conversation_key == key
    assert row.turn["action"] == f"agent:takeover:{key}"
    assert row.turn["author"] == "agent"

    # By someone not on the agents' list: refused in the ack, nothing stored
    # (tests/security/test_agent_commands.py has the attacks).
    before = len(slack.accepted())
    assert "agents only" in slack.slash(f"close {link}", user=MERCHANT).text
    assert len(slack.accepted()) == before


def test_slash_command_without_a_conversation_answers_how_to_use_it(
    slack: SlackWorkspace,
) -> None:
    assert "Usage" in slack.slash("").text
    assert "message link" in slack.slash("takeover").text
    with slack.services.db.transaction() as session:
        assert session.scalars(select(InboundEvent)).all() == []


def test_an_answered_question_loses_its_buttons_and_shows_the_choice(
    slack: SlackWorkspace,
) -> None:
    thread = slack.post_message("hello")
    (menu,) = slack.bot_messages(thread)
    slack.click("menu:selection", thread=thread)
    update = next(u for u in slack.fake.called("chat.update") if u.args["ts"] == menu["ts"])
    blocks = update.args["blocks"]
    assert all(block["type"] != "actions" for block in blocks)
    assert "✓" in json.dumps(blocks[-1], ensure_ascii=False)
    assert update.args["text"] == menu["text"]  # the fallback text stays
