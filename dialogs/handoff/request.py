"""A merchant asks for a person (or the assistant failed to understand twice): mark the
conversation waiting and say what happens next — the expected wait during office hours,
when agents are back outside them."""

from __future__ import annotations

from dialogs.effects import RequestHuman
from dialogs.flow import Ctx, Outcome
from dialogs.handoff import texts
from dialogs.handoff.port import AGENTS_PORT
from dialogs.replies import Reply, TextReply

ASKED = "asked"
NOT_UNDERSTOOD = "not_understood"
# Business information saved under a number its certificate did not carry.
VERIFY_NUMBER = "verify_business_number"


def request_human(ctx: Ctx, reason: str) -> Outcome:
    desk = AGENTS_PORT.of(ctx.ports).desk()
    ctx.state.human_requested = True
    if desk.status in ("waiting", "assigned"):
        # Asked again while queued: no second card for the agents, just reassurance.
        return Outcome(replies=[TextReply(text=texts.ALREADY_WAITING(ctx.lang))])
    replies: list[Reply] = []
    if reason == NOT_UNDERSTOOD:
        replies.append(TextReply(text=texts.NOT_UNDERSTOOD_TWICE(ctx.lang)))
    replies.append(TextReply(text=_what_next(ctx)))
    return Outcome(replies=replies, effects=[RequestHuman(reason=reason)])


def _what_next(ctx: Ctx) -> str:
    desk = AGENTS_PORT.of(ctx.ports).desk()
    lang = ctx.lang
    if desk.open_now:
        text = texts.REQUESTED_OPEN(lang, minutes=desk.wait_minutes)
        if desk.ahead > 0:
            text += " " + texts.AHEAD(lang, ahead=desk.ahead)
        return text
    if desk.opens_at is None:
        return texts.REQUESTED_NO_HOURS(lang)
    return texts.REQUESTED_CLOSED(lang, when=texts.when(lang, desk.opens_at, ctx.ports.now()))
