"""Agent commands from anyone else are refused before anything is stored; an agent action
never creates a conversation; a refusal goes to the person who tried, alone; ``link`` names
the user it verifies."""

from __future__ import annotations

from sqlalchemy import select

from bot.contracts.verification import is_verified
from bot.store.tables import Conversation, InboundEvent, Verification
from dialogs.turns import Author, Turn
from tests.security.conftest import STRANGER, count, refusals, snapshot, thread_key
from tests.slack.fake_slack import TEAM
from tests.slack.workspace import AGENT, AGENTS, MERCHANT, SUPPORT, SlackWorkspace

VICTIM_DM = f"slack:{TEAM}:D0VICTIM"
NUMBER = "220-81-62517"


def posted_anywhere(slack: SlackWorkspace) -> int:
    return len(slack.fake.called("chat.postMessage"))


def test_a_non_agents_command_with_a_raw_key_stores_nothing(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요")
    key = thread_key(thread)
    before, posts = snapshot(slack.services, key), posted_anywhere(slack)
    for text in (
        f"takeover {key}",
        f"takeover {VICTIM_DM}",
        f"close {key}",
        f"link {NUMBER} {key}",
    ):
        for channel in (AGENTS, SUPPORT):
            response = slack.slash(text, channel=channel, user=STRANGER)
            assert response.status_code == 200
            assert "agents only" in response.text  # the ack's text: to the sender alone
    assert snapshot(slack.services, key) == before
    # Nothing stored: no event, no conversation for the DM key, nothing posted anywhere.
    assert count(slack.services, InboundEvent) == 1
    assert count(slack.services, Conversation) == 1
    assert posted_anywhere(slack) == posts
    audited = refusals(slack.services, STRANGER)
    assert len(audited) == 8
    assert {e.action for e in audited} == {"command:takeover", "command:close", "command:link"}
    assert {e.conversation_key for e in audited} == {key, VICTIM_DM}


def test_an_agent_button_pressed_by_a_non_agent_is_refused_to_them_alone(
    slack: SlackWorkspace,
) -> None:
    thread = slack.post_message("상담원 연결해 주세요")
    key = thread_key(thread)
    before, posts = snapshot(slack.services, key), posted_anywhere(slack)
    assert before["status"] == "waiting"
    # The card's button in the agents' channel, clicked (or forged) by someone else.
    slack.click(f"agent:takeover:{key}", channel=AGENTS, user=STRANGER)
    assert snapshot(slack.services, key) == before
    assert posted_anywhere(slack) == posts
    assert count(slack.services, InboundEvent) == 1
    (refusal,) = slack.fake.ephemerals(STRANGER)
    assert refusal["channel"] == AGENTS and "agents only" in refusal["text"]
    assert slack.fake.ephemerals(MERCHANT) == []
    assert [e.action for e in refusals(slack.services, STRANGER)] == [f"agent:takeover:{key}"]
    # The merchant pressing it (say, a forged payload in their own thread) fares no better.
    slack.click(f"agent:takeover:{key}", channel=AGENTS, user=MERCHANT)
    assert snapshot(slack.services, key) == before


def test_an_agent_action_never_creates_a_conversation(slack: SlackWorkspace) -> None:
    response = slack.slash(f"takeover {VICTIM_DM}", user=AGENT)
    assert "no Onboard conversation" in response.text
    # Even a turn that reaches the engine (another transport, a stale button) creates none.
    engine = slack.services.engine
    turn = Turn(
        event_id="forged-1",
        conversation_key=VICTIM_DM,
        transport="slack",
        address={"channel": "D0VICTIM"},
        user_id=AGENT,
        author=Author.AGENT,
        action=f"agent:takeover:{VICTIM_DM}",
    )
    engine.handle(turn)
    engine.handle(turn.model_copy(update={"event_id": "forged-2", "author": Author.MERCHANT}))
    assert count(slack.services, Conversation) == 0
    assert slack.fake.called("chat.postMessage") == []


def test_link_verifies_the_user_the_agent_names(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요")
    link = f"https://acme.slack.com/archives/{SUPPORT}/p{thread.replace('.', '')}"
    # Whom is not said: nothing verified, the agents are told to say whom.
    slack.slash(f"link {NUMBER} <{link}>", user=AGENT)
    assert count(slack.services, Verification) == 0
    assert "link <" in slack.texts(None, channel=AGENTS)[-1]
    slack.slash(f"link {NUMBER} <@{MERCHANT}|merchant> <{link}>", user=AGENT)
    with slack.services.db.reading() as session:
        assert is_verified(session, f"slack:{MERCHANT}", NUMBER)
        rows = session.scalars(select(Verification)).all()
        assert [(r.user_key, r.verified_by) for r in rows] == [
            (f"slack:{MERCHANT}", f"slack:{AGENT}")
        ]
    confirmation = slack.texts(None, channel=AGENTS)[-1]
    assert MERCHANT in confirmation and "220-81-62517" in confirmation
