"""The transcript: to an agent who asks, and on the command line by id or key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.handoff.conftest import Desk


def test_an_agent_gets_the_transcript_in_the_agents_channel(support: Desk) -> None:
    support.chat.say("what are the fees?")
    assert support.agent(action="agent:transcript") == ""  # nothing in the merchant's thread
    posted = support.posted()[-1]
    assert "merchant U1: what are the fees?" in posted
    assert "bot: Fees depend on the PG." in posted
    assert "onboard transcript 1" in posted
    assert ("A1", "transcript", True) in support.audit()


def test_the_command_prints_it_by_id_or_key(
    support: Desk,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    support.chat.say("what are the fees?")
    support.agent("Hello from support")
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    for ident in ("1", "test:U1"):
        assert main(["transcript", ident]) == 0
        out = capsys.readouterr().out
        assert out.startswith("# test:U1 (#1): assigned, A1")
        assert "2026-11-02 10:00:00 merchant U1: what are the fees?" in out
        assert "agent A1: Hello from support" in out
    assert main(["transcript", "nope"]) == 1
    assert "no conversation" in capsys.readouterr().err
