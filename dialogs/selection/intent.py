"""Is a free-text message at the menu a request for payment methods?

"카드랑 카카오페이 신청하고 싶어요", "I'd like card and Naver Pay": methods named, and no sign of a
question ("카드 결제는 어떻게 신청해요?" is for the FAQ). The selection journey then starts with
those methods already picked.
"""

from __future__ import annotations

import re
import unicodedata

from dialogs.flow import Ctx, Outcome
from dialogs.selection import methods, prompts
from dialogs.selection.flow import NAME
from dialogs.selection.slots import SelectionSlots
from dialogs.turns import Turn
from knowledge.matcher import extract_methods

__all__ = ["NAME", "is_method_request", "route"]

_QUESTION = re.compile(
    r"[?？]|어떻게|어떤|무엇|뭐|뭔가|왜|언제|얼마|가능한가|되나요|있나요|인가요|할\s*수\s*있|"
    r"\b(how|what|which|when|why|can|could|does|do|is|are)\b"
)


def is_method_request(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    if _QUESTION.search(folded):
        return False
    return bool(extract_methods(text).matches)


def route(ctx: Ctx, turn: Turn) -> Outcome | None:
    """The selection journey, entered with the methods the message named; None when the
    message names none or asks a question."""
    if turn.action is not None or not is_method_request(turn.text):
        return None
    slots = SelectionSlots.of(ctx.state)
    slots.category = None
    slots.current = None
    outcome = methods.methods_step(ctx, turn)
    if outcome.fallback:
        return None
    outcome.next_flow = NAME
    outcome.next_step = outcome.next_step or prompts.METHODS
    return outcome
