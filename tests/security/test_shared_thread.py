"""Two users in one thread: a stranger's message, click or form in a merchant's thread changes
nothing, and the stranger alone is told how to start their own conversation."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.outbox import post_to_conversation
from bot.store.tables import Conversation, InboundEvent, TranscriptLine
from dialogs.replies import FormField, FormReply
from knowledge.catalog import PaymentType
from knowledge.catalog_query import CatalogQuery, encode
from tests.security.conftest import STRANGER, count, refusals, snapshot, thread_key
from tests.slack.fake_slack import TEAM
from tests.slack.workspace import MERCHANT, SlackWorkspace

HINT = "someone else's conversation"


def test_a_strangers_messages_change_nothing(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요")
    key = thread_key(thread)
    before, said = snapshot(slack.services, key), len(slack.bot_messages(thread))
    # Switch the language, ask for a person, and miss twice (which would call an agent).
    for text in ("English", "상담원 연결해 주세요", "qwzx plvk", "zzkq wprt"):
        slack.post_message(text, thread=thread, user=STRANGER)
    assert snapshot(slack.services, key) == before
    assert len(slack.bot_messages(thread)) == said  # nothing said in the merchant's thread
    # Told once, not after every line they type.
    (hint,) = slack.fake.ephemerals(STRANGER)
    assert hint["thread_ts"] == thread and HINT in hint["text"]
    assert slack.fake.ephemerals(MERCHANT) == []
    # Audited by kind, never by content; nothing of theirs in the merchant's transcript.
    audited = refusals(slack.services, STRANGER)
    assert [(e.action, e.detail["reason"]) for e in audited] == [("message", "not_owner")] * 4
    assert "English" not in json.dumps([e.detail for e in audited])
    assert count(slack.services, TranscriptLine, TranscriptLine.user_id == STRANGER) == 0
    # The merchant carries on, in Korean, at the menu.
    slack.click("menu:contracts", thread=thread)
    assert "사업자등록번호" in slack.last_text(thread)


def test_a_strangers_click_changes_nothing(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요")
    key = thread_key(thread)
    before = snapshot(slack.services, key)
    (menu,) = slack.bot_messages(thread)
    slack.click("menu:contracts", thread=thread, user=STRANGER)
    assert snapshot(slack.services, key) == before
    # The question keeps its buttons for its owner, and nothing was stored.
    assert not [c for c in slack.fake.called("chat.update") if c.args.get("ts") == menu["ts"]]
    assert count(slack.services, InboundEvent) == 1
    assert HINT in slack.fake.ephemerals(STRANGER)[-1]["text"]
    assert [e.action for e in refusals(slack.services, STRANGER)] == ["choice"]


def test_a_forged_form_submission_changes_nothing(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요")
    key = thread_key(thread)
    before, said = snapshot(slack.services, key), len(slack.bot_messages(thread))
    n = 90
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM, "domain": "acme"},
        "user": {"id": STRANGER, "team_id": TEAM},
        "api_app_id": "A0ONBOARD",
        "token": "legacy-verification-token",
        "trigger_id": f"{n}.view-trigger",
        "view": {
            "id": f"V{n}",
            "team_id": TEAM,
            "type": "modal",
            "callback_id": "onboard_form",
            # Names the merchant's conversation: all a forger needs is the thread's ts.
            "private_metadata": json.dumps({"key": key, "form_id": "business_details"}),
            "hash": f"{n}.hash",
            "blocks": [],
            "state": {
                "values": {
                    "rep_phone": {"rep_phone": {"type": "plain_text_input", "value": "01099998888"}}
                }
            },
        },
    }
    response = slack.send_interactive(payload)
    assert response.status_code == 200
    assert snapshot(slack.services, key) == before
    assert len(slack.bot_messages(thread)) == said
    assert HINT in slack.fake.ephemerals(STRANGER)[-1]["text"]
    assert [e.action for e in refusals(slack.services, STRANGER)] == ["form"]
    assert "01099998888" not in json.dumps([e.detail for e in refusals(slack.services, STRANGER)])


def test_a_stranger_cannot_open_the_merchants_form(slack: SlackWorkspace) -> None:
    thread = slack.post_message("안녕하세요")
    form = FormReply(
        form_id="business_details",
        title="Details",
        fields=[FormField(name="rep_phone", label="Phone", value="010-1234-5678")],
    )
    services = slack.services
    with services.db.transaction() as session:
        conversation = session.scalars(
            select(Conversation).where(Conversation.key == thread_key(thread))
        ).one()
        post_to_conversation(session, conversation, form, services.engine.clock())
    slack.settle()
    opener = next(
        str(e["value"])
        for m in reversed(slack.bot_messages(thread))
        for b in m.get("blocks") or []
        for e in b.get("elements") or []
        if e.get("action_id") == "onboard_form_open"
    )
    slack.click(opener, thread=thread, user=STRANGER)
    assert slack.fake.called("views.open") == []  # the merchant's answers stay theirs
    assert HINT in slack.fake.ephemerals(STRANGER)[-1]["text"]
    slack.click(opener, thread=thread, user=MERCHANT)
    assert len(slack.fake.called("views.open")) == 1


def test_a_stranger_is_told_in_each_conversation_and_after_each_click(
    slack: SlackWorkspace,
) -> None:
    first = slack.post_message("안녕하세요")
    second = slack.post_message("hello", user=MERCHANT)
    slack.post_message("저도 신청할래요", thread=first, user=STRANGER)
    slack.post_message("저기요", thread=first, user=STRANGER)
    slack.post_message("hi", thread=second, user=STRANGER)
    slack.click("menu:contracts", thread=first, user=STRANGER)
    hints = slack.fake.ephemerals(STRANGER)
    # One for the typing in each thread, one for the click.
    assert [h["thread_ts"] for h in hints] == [first, second, first]
    assert all(HINT in h["text"] for h in hints)
    # Every attempt is still audited.
    assert len(refusals(slack.services, STRANGER)) == 4


def test_a_strangers_faq_click_and_show_again_change_nothing(slack: SlackWorkspace) -> None:
    """The buttons that answer from the FAQ ("did you mean A or B?", the topic list) and the
    "show it again" line are turns like any other: a stranger's changes nothing and says
    nothing in the merchant's thread."""
    thread = slack.post_message("안녕하세요")
    key = thread_key(thread)
    slack.click("menu:contracts", thread=thread)
    before, said = snapshot(slack.services, key), len(slack.bot_messages(thread))
    # An FAQ button as Slack would send it, on the merchant's last message: the ids are the
    # renderer's, so a stranger can forge it from what the thread shows.
    message = slack.bot_messages(thread)[-1]
    forged = {"type": "button", "action_id": "choice:0", "value": "faq:how_to_apply"}
    response = slack.send_interactive(
        slack.block_actions(message, {"block_id": "choices"}, forged, user=STRANGER)
    )
    assert response.status_code == 200
    slack.post_message("다시 보여줘", thread=thread, user=STRANGER)
    slack.post_message("show again", thread=thread, user=STRANGER)
    assert snapshot(slack.services, key) == before
    assert len(slack.bot_messages(thread)) == said
    assert [e.action for e in refusals(slack.services, STRANGER)] == [
        "choice",
        "message",
        "message",
    ]
    # The merchant's own click on the same forged button is answered in the thread.
    response = slack.send_interactive(
        slack.block_actions(message, {"block_id": "choices"}, forged, user=MERCHANT)
    )
    assert response.status_code == 200
    assert len(slack.bot_messages(thread)) > said
    assert "전자결제 신청" in "\n".join(slack.texts(thread)[said:])


def test_a_strangers_click_on_a_catalog_reading_changes_nothing(slack: SlackWorkspace) -> None:
    """The buttons of a capability question with two readings (know9: one per reading, answered
    from the catalog) go through the same choice action as the FAQ's: a stranger's forged click
    changes nothing and says nothing; the merchant's is answered from the catalog."""
    thread = slack.post_message("안녕하세요")
    key = thread_key(thread)
    slack.click("menu:contracts", thread=thread)
    before, said = snapshot(slack.services, key), len(slack.bot_messages(thread))
    message = slack.bot_messages(thread)[-1]
    reading = encode(CatalogQuery(pg="kcp", payment_type=PaymentType.SUBSCRIPTION))
    forged = {"type": "button", "action_id": "choice:0", "value": f"faq:{reading}"}
    response = slack.send_interactive(
        slack.block_actions(message, {"block_id": "choices"}, forged, user=STRANGER)
    )
    assert response.status_code == 200
    assert snapshot(slack.services, key) == before
    assert len(slack.bot_messages(thread)) == said
    assert [e.action for e in refusals(slack.services, STRANGER)] == ["choice"]
    response = slack.send_interactive(
        slack.block_actions(message, {"block_id": "choices"}, forged, user=MERCHANT)
    )
    assert response.status_code == 200
    assert len(slack.bot_messages(thread)) > said
    assert "NHN KCP" in "\n".join(slack.texts(thread)[said:])
