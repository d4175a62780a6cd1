"""Agent actions, carried out: the dialog (``dialogs/handoff/agent.py``) has decided that
they are allowed; here they are written down, audited and shown in the agents' channel."""

from __future__ import annotations

from bot.applications.service import Actor, Change, change_status
from bot.contracts.verification import user_key, verify
from bot.engine import EffectContext
from bot.handoff import audit
from bot.handoff.card import Kind, build_card
from bot.handoff.desk import DeskConfig, desk_config, post_to_agents
from bot.handoff.transcript import format_lines, last_lines
from dialogs.handoff import texts
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
from dialogs.replies import Reply, TextReply
from knowledge.bizno import format_business_number
from knowledge.lifecycle import ActorKind

# Enough to see what happened; the command line prints the rest.
TRANSCRIPT_LINES = 40


def _agent(ctx: EffectContext) -> str:
    return ctx.turn.user_id


def _audit(ctx: EffectContext, action: str, *, allowed: bool = True, **detail: object) -> None:
    audit.record(
        ctx.session,
        actor=_agent(ctx),
        action=action,
        allowed=allowed,
        conversation_key=ctx.conversation.key,
        now=ctx.now,
        **detail,
    )


def tell_agents(ctx: EffectContext, config: DeskConfig, reply: Reply) -> None:
    target = config.agents_target
    if target is None:
        ctx.replies.append(reply)  # no agents' channel: the agent reads the conversation
    else:
        post_to_agents(ctx.session, ctx.conversation, target, reply, ctx.now)


def _update_card(ctx: EffectContext, kind: str) -> None:
    config = desk_config(ctx.ports)
    target = config.agents_target
    if target is not None:
        card = build_card(ctx.session, ctx.conversation, config, ctx.now, kind=kind)
        post_to_agents(ctx.session, ctx.conversation, target, card, ctx.now)


def take_over(ctx: EffectContext, effect: TakeOver) -> None:
    conversation = ctx.conversation
    before = conversation.status
    conversation.status = "assigned"
    conversation.assignee = _agent(ctx)
    if conversation.waiting_since is None:
        # Taken without a request: the hand-off starts now (and names its card).
        conversation.waiting_since = ctx.now
    _audit(ctx, "takeover", previous_status=before, implicit=effect.implicit)
    _update_card(ctx, Kind.TAKEN)


def hand_back(ctx: EffectContext, effect: HandBack) -> None:
    _release(ctx, "handback", "active")


def close(ctx: EffectContext, effect: CloseConversation) -> None:
    _release(ctx, "close", "closed")


def _release(ctx: EffectContext, action: str, status: str) -> None:
    conversation = ctx.conversation
    _audit(ctx, action, previous_status=conversation.status, assignee=conversation.assignee)
    conversation.status = status
    conversation.assignee = None
    conversation.waiting_since = None
    conversation.last_alert_at = None


def link_business(ctx: EffectContext, effect: LinkBusiness) -> None:
    # The agent named the user: the conversation's owner, or someone else they vouch for.
    merchant = f"{ctx.conversation.transport}:{effect.user_id}"
    owner = merchant == user_key(ctx.conversation)
    added = verify(
        ctx.session,
        merchant,
        effect.business_number,
        source="agent",
        verified_by=user_key(ctx.turn),
        now=ctx.now,
    )
    _audit(
        ctx,
        "link",
        merchant=merchant,
        business_number=effect.business_number,
        added=added,
        owner=owner,
    )
    config = desk_config(ctx.ports)
    lang = config.agent_lang
    text = texts.LINKED if added else texts.ALREADY_LINKED
    business = format_business_number(effect.business_number)
    whose = (texts.LINK_OWNER if owner else texts.LINK_NOT_OWNER)(lang)
    reply = TextReply(text=text(lang, business=business, user=effect.user_id, whose=whose))
    tell_agents(ctx, config, reply)


def change_application_status(ctx: EffectContext, effect: ChangeApplicationStatus) -> None:
    # The applications service audits changes and refusals itself; only "no such
    # application" is left to record here.
    result = change_status(
        ctx.session,
        effect.application_id,
        effect.status,
        Actor(ActorKind.AGENT, _agent(ctx)),
        note=effect.note or None,
        now=ctx.now,
    )
    if result.change is Change.NOT_FOUND:
        _audit(
            ctx,
            "status",
            allowed=False,
            application_id=effect.application_id,
            status=effect.status,
            reason="not_found",
        )
    config = desk_config(ctx.ports)
    lang = config.agent_lang
    if result.change is Change.CHANGED:
        text = texts.STATUS_CHANGED(
            lang, id=effect.application_id, before=result.from_status, after=result.to_status
        )
    else:
        text = texts.STATUS_NOT_CHANGED(lang, id=effect.application_id, reason=result.reason)
    tell_agents(ctx, config, TextReply(text=text))


def send_transcript(ctx: EffectContext, effect: SendTranscript) -> None:
    conversation = ctx.conversation
    config = desk_config(ctx.ports)
    lang = config.agent_lang
    ctx.session.flush()
    lines = last_lines(ctx.session, conversation.id, TRANSCRIPT_LINES)
    title = texts.CARD_TRANSCRIPT(lang, count=len(lines))
    body = format_lines(lines, config.hours.tz)
    more = texts.TRANSCRIPT_MORE(lang, id=conversation.id)
    _audit(ctx, "transcript", lines=len(lines))
    tell_agents(ctx, config, TextReply(text=f"{title} — {conversation.key}\n{body}\n{more}"))


def refuse(ctx: EffectContext, effect: RefuseAgentAction) -> None:
    _audit(
        ctx,
        effect.action or "agent",
        allowed=False,
        reason=effect.reason,
        holder=effect.holder,
        author=ctx.turn.author.value,
    )


def tell(ctx: EffectContext, effect: TellAgents) -> None:
    tell_agents(ctx, desk_config(ctx.ports), effect.reply)
