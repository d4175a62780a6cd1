"""What merchants type at the menu about their applications: "신청 현황 알려줘" or "where is
my application" shows them; "신청 취소하고 싶어요" or "cancel my application" asks which to
withdraw. A question about the rule ("취소는 언제까지 돼요?") is left to the FAQ."""

from __future__ import annotations

from dialogs.applications.flow import NAME, ask_cancel
from dialogs.applications.parse import Intent, parse_request
from dialogs.flow import Ctx, Outcome
from dialogs.turns import Turn
from knowledge.questions import looks_like_question

# Longer messages are about more than their applications; the FAQ and a person handle them.
_MAX_CHARS = 120


def route(ctx: Ctx, turn: Turn) -> Outcome | None:
    text = turn.text.strip()
    if not text or len(text) > _MAX_CHARS:
        return None
    request = parse_request(text)
    if request.intent is Intent.LIST:
        return Outcome(next_flow=NAME)
    if request.intent is Intent.CANCEL and not looks_like_question(text):
        asked = ask_cancel(ctx, request.application_id)
        return Outcome(replies=asked.replies, next_flow=NAME, next_step=asked.next_step)
    return None
