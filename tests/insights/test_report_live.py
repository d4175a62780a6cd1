"""The report on a history made by the real dialog and engine (not written by hand): the
audit trail's reasons for an agent are the ones the report counts."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.insights.history import journey_slots
from bot.insights.report import build_report
from tests.harness import Chat
from tests.nudges.conftest import World, world  # noqa: F401 - the fixture, shared


def test_agents_needed_by_reason_from_real_conversations(world: World) -> None:  # noqa: F811
    asked = Chat(world.services, "U_ASK")
    asked.say("English")
    asked.say("I want to talk to a human")
    confused = Chat(world.services, "U_CONFUSED")
    confused.say("English")
    confused.choose("menu:selection")
    for _ in range(2):
        confused.say("zxqv wvut plmq")
    helped = Chat(world.services, "U_HELPED")
    helped.say("English")
    helped.say("hello from an agent", author="agent", user_id="A1")  # takes it over unasked
    chooser = Chat(world.services, "U_CHOOSER")
    chooser.say("English")
    chooser.choose("menu:selection")
    now = world.clock()
    report = build_report(world.services.db, since=now - timedelta(days=1), until=now)
    assert report.conversations == 4
    assert report.agent_reasons["asked"] == 1
    assert report.agent_reasons["not_understood"] == 1
    assert report.agent_reasons["took_over"] == 1
    assert report.agent_needed == 3
    stopped = dict(report.stopped_at)
    assert stopped.get("selection.methods", 0) >= 1


def test_old_and_new_state_layouts() -> None:
    v1: dict[str, Any] = {"schema_version": 1, "business": {"business_number": "1248100998"}}
    v2: dict[str, Any] = {"schema_version": 2, "slots": {"business": {"finished": True}}}
    assert journey_slots(v1, "business") == {"business_number": "1248100998"}
    assert journey_slots(v2, "business") == {"finished": True}
    assert journey_slots(v2, "selection") == {}
