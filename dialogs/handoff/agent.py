"""A support agent's turn in a merchant's conversation.

An agent's words are for the merchant, never answers to the assistant's questions: a plain
message only takes the conversation over (if nobody holds it). Actions (``agent:<verb>``) are
decided here from what the desk port says — one assignee at a time, a second agent is told
who holds it — and carried out by ``bot/handoff`` as effects. Every action, allowed or not,
ends in exactly one audit row (the handler of the effect, or ``RefuseAgentAction``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.effects import Effect
from dialogs.flow import Ctx, Outcome
from dialogs.handoff import texts
from dialogs.handoff.actions import AgentAction, Verb, parse_agent_action
from dialogs.handoff.effects import (
    ChangeApplicationStatus,
    CloseConversation,
    HandBack,
    LinkBusiness,
    RefuseAgentAction,
    SendTranscript,
    TakeOver,
    TellAgents,
)
from dialogs.handoff.port import AGENTS_PORT
from dialogs.i18n import T
from dialogs.menu import flow as menu
from dialogs.replies import Reply, TextReply
from dialogs.turns import Turn
from knowledge.bizno import BusinessNumber, parse_business_number

# Verbs whose button may carry the conversation key (the agents' card).
_KEYED = (Verb.TAKEOVER, Verb.HANDBACK, Verb.CLOSE, Verb.TRANSCRIPT)
# Whom a link verifies: a Slack mention (``<@U123>``, ``<@U123|name>``) or a bare user id.
_MENTION = re.compile(r"^<@([A-Z0-9]+)(?:\|[^>]*)?>$")
_USER_WORD = re.compile(r"^@?([A-Za-z][\w.-]*)$")
_STATUS_ARGS = re.compile(r"^\s*(\d{1,18})\s*[:\s]\s*([a-z_]+)\s*(?:[:\s]\s*(.*))?$", re.S)


def respond_to_agent(ctx: Ctx, turn: Turn, prompt: Callable[[], list[Reply]]) -> Outcome:
    """``prompt`` gives the current step's prompt, for the merchant after a hand-back."""
    action = parse_agent_action(turn)
    agents = AGENTS_PORT.of(ctx.ports)
    if not agents.is_agent(turn.user_id):
        # Marked as an agent by the transport but not on the list: words are kept on record,
        # actions refused.
        return refuse_non_agent(ctx, action.raw) if action is not None else Outcome()
    desk = agents.desk()
    if action is None:
        if desk.status == "assigned":
            return Outcome()  # the holder (or a colleague) talking to the merchant
        return Outcome(effects=[TakeOver(implicit=True)])
    if action.verb is None:
        return _refused(ctx, action, "unknown", texts.UNKNOWN_ACTION, action=action.raw)
    if action.verb in _KEYED and action.argument and action.argument != turn.conversation_key:
        return _refused(
            ctx, action, "other_conversation", texts.WRONG_CONVERSATION, key=action.argument
        )
    me = turn.user_id
    if action.verb is Verb.TAKEOVER:
        if desk.status == "assigned":
            if desk.assignee == me:
                return _refused(ctx, action, "already_yours", texts.YOU_HOLD)
            return _refused(ctx, action, "held", texts.HELD_BY, holder=desk.assignee)
        return Outcome(replies=[TextReply(text=texts.AGENT_JOINED(ctx.lang))], effects=[TakeOver()])
    if action.verb is Verb.HANDBACK:
        if desk.status != "assigned":
            return _refused(ctx, action, "not_assigned", texts.NOT_HELD)
        _settle_down(ctx)
        # The agent's conversation scrolled the step away: asked again in full, not in the
        # one line that stands for a prompt just seen (dialogs/reask.py).
        ctx.state.shown = []
        replies: list[Reply] = [TextReply(text=texts.HANDED_BACK(ctx.lang)), *prompt()]
        return Outcome(replies=replies, effects=[HandBack()])
    if action.verb is Verb.CLOSE:
        if desk.status == "closed":
            return _refused(ctx, action, "already_closed", texts.ALREADY_CLOSED)
        _settle_down(ctx)
        ctx.state.history.clear()
        ctx.state.flow, ctx.state.step = menu.NAME, "start"
        return Outcome(
            replies=[TextReply(text=texts.CLOSED(ctx.lang))], effects=[CloseConversation()]
        )
    if action.verb is Verb.LINK:
        # A verification names the user it is for: never "whoever owns this conversation".
        raw_number, user = _link_arguments(action.argument)
        number = parse_business_number(raw_number)
        if not isinstance(number, BusinessNumber):
            return _refused(
                ctx, action, "bad_business_number", texts.BAD_BUSINESS_NUMBER, value=raw_number
            )
        if user is None:
            return _refused(ctx, action, "no_user", texts.LINK_WHOM)
        return Outcome(effects=[LinkBusiness(business_number=number.digits, user_id=user)])
    if action.verb is Verb.STATUS:
        match = _STATUS_ARGS.match(action.argument)
        if match is None:
            return _refused(ctx, action, "bad_arguments", texts.BAD_STATUS_ARGS)
        effect: Effect = ChangeApplicationStatus(
            application_id=int(match.group(1)),
            status=match.group(2),
            note=(match.group(3) or "").strip(),
        )
        return Outcome(effects=[effect])
    return Outcome(effects=[SendTranscript()])


def _link_arguments(argument: str) -> tuple[str, str | None]:
    """(business number, user id) of ``link 220-81-62517 <@U123>``; the user may come first."""
    number: list[str] = []
    user: str | None = None
    for word in argument.split():
        found = _MENTION.match(word) or _USER_WORD.match(word)
        if found is not None and user is None:
            user = found.group(1)
        else:
            number.append(word)
    return " ".join(number), user


def refuse_non_agent(ctx: Ctx, action: str) -> Outcome:
    """Anyone but an agent trying an agent action: a clear no, and a line in the audit log."""
    return Outcome(
        replies=[TextReply(text=texts.AGENTS_ONLY(ctx.lang))],
        effects=[RefuseAgentAction(action=action, reason="not_an_agent")],
    )


def _refused(ctx: Ctx, attempt: AgentAction, reason: str, text: T, **values: object) -> Outcome:
    lang = AGENTS_PORT.of(ctx.ports).desk().agent_lang
    holder = values.get("holder")
    return Outcome(
        effects=[
            RefuseAgentAction(
                action=attempt.raw, reason=reason, holder=str(holder) if holder else None
            ),
            TellAgents(reply=TextReply(text=text(lang, **values))),
        ]
    )


def _settle_down(ctx: Ctx) -> None:
    # The person's part is over: a later miss starts counting afresh.
    ctx.state.human_requested = False
    ctx.state.misunderstood = 0
