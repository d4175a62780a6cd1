"""The app manifest asks for what the code relies on."""

from __future__ import annotations

from pathlib import Path

import yaml

MANIFEST = Path(__file__).parents[2] / "slack" / "manifest.yml"


def test_manifest_scopes_events_command_and_interactivity() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text())
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"chat:write", "channels:history", "groups:history", "im:history"} <= scopes
    assert {"app_mentions:read", "files:read", "users:read", "commands"} <= scopes
    settings = manifest["settings"]
    events = set(settings["event_subscriptions"]["bot_events"])
    assert events == {
        "message.channels",
        "message.groups",
        "message.im",
        "app_mention",
        "file_shared",
    }
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] in (True, False)
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/onboard"
    urls = {
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
    }
    assert {u.rsplit("/", 2)[-2:] == ["slack", "events"] for u in urls} == {True}
