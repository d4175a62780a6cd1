"""What the dialog knows about the support desk for this conversation (``bot/handoff``
implements it over the turn's transaction and the settings; tests pass fakes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from dialogs.ports import PortKey
from knowledge.language import Lang


@dataclass(frozen=True)
class DeskView:
    # The conversation's support status: active, waiting (for an agent), assigned, closed.
    status: str = "active"
    assignee: str | None = None
    # Agents are in now; otherwise ``opens_at`` (in the desk's time zone) says when they are
    # back, None when no opening is scheduled.
    open_now: bool = True
    opens_at: datetime | None = None
    # Typical minutes until an agent answers, and conversations waiting before this one.
    wait_minutes: int = 10
    ahead: int = 0
    # The language agents read (the agents' channel, messages only agents see).
    agent_lang: Lang = Lang.KO


class AgentsPort(Protocol):
    def desk(self) -> DeskView: ...

    def is_agent(self, user_id: str) -> bool:
        """Whether a turn marked as an agent's really comes from a listed agent."""
        ...


class NoAgents:
    """The default (ports built without a store): an open desk, nobody waiting, and the
    transport's word taken for who is an agent."""

    def desk(self) -> DeskView:
        return DeskView()

    def is_agent(self, user_id: str) -> bool:
        return True


AGENTS_PORT: PortKey[AgentsPort] = PortKey("agents", NoAgents())
