"""What the support-agent journey asks the runtime to do (handled in ``bot/handoff``).

The dialog has already decided whether the action is allowed (through ``AgentsPort``); the
handlers write it down, with an ``audit_log`` row each, and tell the agents' channel. The
acting agent is the turn's user.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.effects import Effect
from dialogs.replies import Reply


@dataclass(frozen=True)
class TakeOver(Effect):
    """The agent holds the conversation now; the assistant stops answering the merchant.
    ``implicit``: the agent simply replied in the thread."""

    implicit: bool = False


@dataclass(frozen=True)
class HandBack(Effect):
    """The assistant answers again, from the step where it stopped."""


@dataclass(frozen=True)
class CloseConversation(Effect):
    """The agent ended the support conversation."""


@dataclass(frozen=True)
class LinkBusiness(Effect):
    """The agent vouches that ``user_id`` (named by the agent, of the conversation's
    transport) may see this business's contracts."""

    business_number: str
    user_id: str


@dataclass(frozen=True)
class ChangeApplicationStatus(Effect):
    """The agent moves one application to a new status (with an optional note)."""

    application_id: int
    status: str
    note: str = ""


@dataclass(frozen=True)
class SendTranscript(Effect):
    """Post the conversation's transcript where the agents read."""


@dataclass(frozen=True)
class RefuseAgentAction(Effect):
    """An agent-only action that was refused: recorded in the audit log."""

    action: str
    reason: str
    holder: str | None = None


@dataclass(frozen=True)
class TellAgents(Effect):
    """A message only agents should read: to the agents' channel when there is one,
    otherwise into the conversation (the console has no agents' channel)."""

    reply: Reply
