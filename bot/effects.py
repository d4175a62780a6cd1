"""How the runtime carries out what dialogs ask for (see ``dialogs/effects.py``).

Every handler runs inside the turn's transaction. Journeys add their handlers to
``HANDLERS``; the engine refuses a turn whose effect has no handler (a programming error).
"""

from __future__ import annotations

from bot.engine import EffectContext, EffectHandler
from bot.store.tables import AuditEntry
from dialogs.effects import Effect, RequestHuman


def request_human(ctx: EffectContext, effect: RequestHuman) -> None:
    conversation = ctx.conversation
    if conversation.status not in ("waiting", "assigned"):
        conversation.status = "waiting"
        conversation.waiting_since = ctx.now
    ctx.session.add(
        AuditEntry(
            actor=ctx.turn.user_id,
            action="request_human",
            allowed=True,
            conversation_key=conversation.key,
            detail={"reason": effect.reason},
            at=ctx.now,
        )
    )


HANDLERS: dict[type[Effect], EffectHandler] = {
    RequestHuman: request_human,
}
