"""The support desk: where agents are (the agents' channel), who they are, when they work.

``DeskConfig`` comes from the settings; ``StoredAgents`` is the dialogs' ``AgentsPort`` over
one turn's transaction, and carries the config to the effect handlers (``desk_config``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import Settings
from bot.outbox import enqueue
from bot.store.tables import Conversation
from dialogs.handoff.port import AGENTS_PORT, DeskView
from dialogs.ports import Ports
from dialogs.replies import Reply
from knowledge.language import Lang
from knowledge.office_hours import OfficeHours, office_hours

# The agents' channel is a Slack channel: the console has none.
AGENT_TRANSPORT = "slack"


@dataclass(frozen=True)
class DeskConfig:
    agent_channel: str | None = None
    # Empty: the transport's word is taken for who is an agent.
    agent_users: frozenset[str] = frozenset()
    hours: OfficeHours = field(default_factory=office_hours)
    wait_minutes: int = 10
    alert_minutes: int = 10
    agent_lang: Lang = Lang.KO

    @classmethod
    def from_settings(cls, settings: Settings) -> DeskConfig:
        return cls(
            agent_channel=settings.agent_channel or None,
            agent_users=frozenset(settings.agent_users),
            hours=office_hours(
                settings.office_hours,
                settings.holidays,
                settings.timezone,
                settings.public_holidays,
            ),
            wait_minutes=settings.agent_wait_minutes,
            alert_minutes=settings.unassigned_alert_minutes,
            agent_lang=settings.agent_lang,
        )

    @property
    def agents_target(self) -> tuple[str, dict[str, Any]] | None:
        """(transport, target) of the agents' channel, None when there is none."""
        if not self.agent_channel:
            return None
        return AGENT_TRANSPORT, {"channel": self.agent_channel}


class StoredAgents:
    """``AgentsPort`` for one conversation, read inside its turn (the row is locked)."""

    def __init__(
        self, session: Session, conversation: Conversation, config: DeskConfig, now: datetime
    ) -> None:
        self.session = session
        self.conversation = conversation
        self.config = config
        self.now = now
        self._view: DeskView | None = None

    def desk(self) -> DeskView:
        if self._view is None:
            self._view = self._read()
        return self._view

    def is_agent(self, user_id: str) -> bool:
        return not self.config.agent_users or user_id in self.config.agent_users

    def _read(self) -> DeskView:
        conversation, hours = self.conversation, self.config.hours
        open_now = hours.is_open(self.now)
        return DeskView(
            status=conversation.status,
            assignee=conversation.assignee,
            open_now=open_now,
            opens_at=None if open_now else hours.next_opening(self.now),
            wait_minutes=self.config.wait_minutes,
            ahead=self._ahead(),
            agent_lang=self.config.agent_lang,
        )

    def _ahead(self) -> int:
        query = select(func.count(Conversation.id)).where(
            Conversation.status == "waiting", Conversation.id != self.conversation.id
        )
        if self.conversation.status == "waiting" and self.conversation.waiting_since:
            query = query.where(Conversation.waiting_since < self.conversation.waiting_since)
        return int(self.session.scalar(query) or 0)


def post_to_agents(
    session: Session,
    conversation: Conversation,
    target: tuple[str, dict[str, Any]],
    reply: Reply,
    now: datetime,
) -> None:
    """Queue a message about ``conversation`` for the agents' channel. It has no
    conversation of its own, so its subject names the merchant it is about: erasing that
    person's data finds their cards too (bot/privacy.py)."""
    row = enqueue(session, transport=target[0], target=target[1], reply=reply, now=now)
    row.subject = f"{conversation.transport}:{conversation.user_id}"


def desk_config(ports: Ports | None) -> DeskConfig:
    """The desk the turn's ports were built with; an unconfigured desk (no agents' channel,
    default hours) for ports without one, e.g. tests' fakes."""
    agents = AGENTS_PORT.of(ports) if ports is not None else None
    return agents.config if isinstance(agents, StoredAgents) else DeskConfig()
