"""A merchant asked for a person: the conversation waits, the agents' channel gets a card.

With no agents' channel (the console) the request is still recorded (status, audit) and the
merchant has been told what happens next by the dialog.
"""

from __future__ import annotations

from bot.engine import EffectContext
from bot.handoff import audit
from bot.handoff.card import Kind, build_card
from bot.handoff.desk import desk_config, post_to_agents
from dialogs.effects import RequestHuman


def request_human(ctx: EffectContext, effect: RequestHuman) -> None:
    conversation = ctx.conversation
    fresh = conversation.status not in ("waiting", "assigned")
    if fresh:
        conversation.status = "waiting"
        conversation.assignee = None
        conversation.waiting_since = ctx.now
        # The card below is the first alert; the next one is due a period from now.
        conversation.last_alert_at = ctx.now
    audit.record(
        ctx.session,
        actor=ctx.turn.user_id,
        action="request_human",
        allowed=True,
        conversation_key=conversation.key,
        now=ctx.now,
        reason=effect.reason,
    )
    config = desk_config(ctx.ports)
    target = config.agents_target
    if fresh and target is not None:
        ctx.session.flush()  # the transcript so far, including this turn, for the card
        card = build_card(
            ctx.session, conversation, config, ctx.now, kind=Kind.REQUEST, reason=effect.reason
        )
        post_to_agents(ctx.session, conversation, target, card, ctx.now)
