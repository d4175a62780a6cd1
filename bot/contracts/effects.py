"""Carrying out ``RecordLookup``: count the lookup for the rate limit, audit disclosures and
refusals (who saw which business's contracts, and who hit the limit)."""

from __future__ import annotations

from bot.contracts import ratelimit
from bot.engine import EffectContext
from bot.store.tables import AuditEntry
from dialogs.effects import RecordLookup


def record_lookup(ctx: EffectContext, effect: RecordLookup) -> None:
    if effect.outcome != "refused":
        ratelimit.record(ctx.session, effect.user_key, effect.business_number, ctx.now)
    if effect.outcome == "withheld":
        return
    ctx.session.add(
        AuditEntry(
            actor=effect.user_key,
            action="contract_lookup",
            allowed=effect.outcome == "disclosed",
            conversation_key=ctx.conversation.key,
            detail={"business_number": effect.business_number, "outcome": effect.outcome},
            at=ctx.now,
        )
    )
