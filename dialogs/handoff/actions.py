"""Agent actions as they arrive in a turn: a button or slash command the transport translated
into ``Turn.action`` = ``agent:<verb>[:<argument>]`` (``agent:takeover:<conversation key>``,
``agent:status:<application id>:<status>``, ``agent:link:<business number>``), or the same
typed as ``/onboard <verb> [argument]`` by an agent whose transport passed the text through.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dialogs.turns import Turn

ACTION_PREFIX = "agent:"
SLASH_PREFIX = "/onboard"


class Verb(StrEnum):
    TAKEOVER = "takeover"
    HANDBACK = "handback"
    CLOSE = "close"
    STATUS = "status"
    LINK = "link"
    TRANSCRIPT = "transcript"


@dataclass(frozen=True)
class AgentAction:
    verb: Verb | None  # None: an agent action this version does not know
    argument: str = ""
    raw: str = ""


def is_agent_action(turn: Turn) -> bool:
    """Whether the turn asks for an agent-only action (whoever sent it)."""
    return (turn.action or "").startswith(ACTION_PREFIX)


def parse_agent_action(turn: Turn) -> AgentAction | None:
    if turn.action is not None:
        if not turn.action.startswith(ACTION_PREFIX):
            return None
        raw = turn.action
        verb, _, argument = raw.removeprefix(ACTION_PREFIX).partition(":")
    else:
        words = turn.text.strip().split(maxsplit=2)
        if len(words) < 2 or words[0].lower() != SLASH_PREFIX:
            return None
        raw = turn.text.strip()
        verb, argument = words[1].lower(), (words[2] if len(words) > 2 else "")
    try:
        return AgentAction(verb=Verb(verb.strip().lower()), argument=argument.strip(), raw=raw)
    except ValueError:
        return AgentAction(verb=None, argument=argument.strip(), raw=raw)


def action_value(verb: Verb, argument: str = "") -> str:
    """The button value of an action, e.g. for the agents' card."""
    return f"{ACTION_PREFIX}{verb}" + (f":{argument}" if argument else "")
