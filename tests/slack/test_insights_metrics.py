"""``/metrics`` of ``onboard serve`` carries the report's counts (bot/insights/metrics.py)."""

from __future__ import annotations

from tests.slack.workspace import SlackWorkspace


def test_metrics_show_the_funnel(slack: SlackWorkspace) -> None:
    slack.post_message("hello")
    slack.post_message("안녕하세요")
    text = slack.http.get("/metrics").text
    assert 'onboard_funnel_reached{step="started"} 2.0' in text
    assert 'onboard_funnel_reached{step="filed"} 0.0' in text
    assert 'onboard_agent_needed_conversations{reason="any"} 0.0' in text
