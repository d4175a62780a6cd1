"""Is a free-text message at the menu a request to apply for payment methods?

Two kinds, neither a question ("카드 결제는 어떻게 신청해요?" is for the FAQ):

- an opener: "전자결제 신청하려고요", "결제수단 신청할래요", "I want to apply" start the journey;
- methods named: "카드랑 카카오페이 신청하고 싶어요", "I'd like card and Naver Pay" start it with
  those methods picked, and with a PG named too ("…이니시스로", even misspelt "니이시스로") the
  PG is set for them (``one_message``) and the journey goes on to what is missing.
"""

from __future__ import annotations

import re
import unicodedata

from dialogs.flow import Ctx, Outcome
from dialogs.selection import methods, navigation, one_message, preference, prompts
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.steps import NAME
from dialogs.turns import Turn
from knowledge.matcher import extract_methods

__all__ = ["NAME", "is_method_request", "is_opener", "route"]

_QUESTION = re.compile(
    r"[?？]|어떻게|어떤|무엇|뭐|뭔가|왜|언제|얼마|가능한가|되나요|있나요|인가요|할\s*수\s*있|"
    r"\b(how|what|which|when|why|can|could|does|do|is|are)\b"
)
_OPENER_KO = re.compile(
    r"신청\s*(하려|할래|하고\s*싶|하고싶|할게|합니다|해요|해\s*주|하기|할려|하겠|원해|하러|진행)"
    r"|(전자\s*결제|결제\s*수단|pg|입점)\s*(신청|가입|등록)\s*$"
    r"|(pg|전자\s*결제|결제\s*대행|결제\s*서비스|카드\s*결제)\S*\s*(계약|가입)\s*"
    r"(하려|할래|하고\s*싶|하고싶|할게|하겠|원해|진행|맺고\s*싶)"
    # "간편결제 추가하고 싶어요", "결제 붙이려고 하는데요", "카드결제 도입하려고요".
    r"|(간편\s*결제|결제\s*수단|결제\s*기능|결제)\s*(을|를)?\s*(추가|붙이|붙일|달|도입|시작)\S*\s*"
    r"(하려|할래|하고\s*싶|하고싶|할게|하겠|원해|싶|려고|려는|려구)"
)
_OPENER_EN = re.compile(
    r"\b(i\s+want\s+to|i'd\s+like\s+to|i\s+would\s+like\s+to|let's|i\s+need\s+to|start\s+an?|"
    r"help\s+me)\s+(\w+\s+){0,3}(apply|application|sign\s*up|register|onboard)"
    r"|^\s*(apply|sign\s*up|get\s+started|start\s+application)\b"
    # "I'd like to start accepting payments online", "we want to take card payments".
    r"|\b(start\s+)?(accept|accepting|take|taking)\s+(\w+\s+){0,2}payments?\b"
    r"|\b(set\s*up|setting\s+up|add)\s+(\w+\s+){0,2}(payments?|checkout)\b"
)
# Not a new application: its status, or withdrawing one (the applications journey), or the
# business details ("I want to register my business details": business information).
_NOT_NEW = re.compile(
    r"현황|상태|취소|철회|내역|조회|진행\s*상황|status|cancel|withdraw"
    r"|\b(my|our)\s+applications?\b|\bupdates?\s+on\b"
    r"|사업자\s*(정보|등록\s*증)|등록증|\bbusiness\s+(info|information|details|registration)\b"
    r"|\bcertificate\b"
)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def is_method_request(text: str) -> bool:
    folded = _fold(text)
    if _QUESTION.search(folded):
        return False
    return bool(extract_methods(text).matches)


def is_opener(text: str) -> bool:
    """ "전자결제 신청하려고요", "I want to apply": a wish to start, not a question about it."""
    folded = _fold(text).strip()
    if _QUESTION.search(folded) or _NOT_NEW.search(folded):
        return False
    return bool(_OPENER_KO.search(folded) or _OPENER_EN.search(folded))


def route(ctx: Ctx, turn: Turn) -> Outcome | None:
    """The selection journey, entered with what the message named; None when it names no
    method and is no opener, or asks a question."""
    if turn.action is not None:
        return None
    if not is_method_request(turn.text):
        if is_opener(turn.text):
            return Outcome(next_flow=NAME)
        return _pg_alone(ctx, turn)
    slots = SelectionSlots.of(ctx.state)
    slots.category = None
    slots.current = None
    filled = one_message.fill(ctx, turn.text)
    if filled is not None:
        outcome = navigation.proceed(ctx, *filled)
    else:
        outcome = methods.methods_step(ctx, turn)
        if outcome.fallback:
            return None
    outcome.next_flow = NAME
    outcome.next_step = outcome.next_step or prompts.METHODS
    return outcome


# Where a PG typed alone means "apply with this PG": the menu, and the end of business
# information (which offers to choose methods next). Elsewhere a step reads it itself.
_PG_ALONE_AT = {("menu", "start"), ("business", "done")}


def _pg_alone(ctx: Ctx, turn: Turn) -> Outcome | None:
    """ "이니시스", "inicis": the journey entered with that PG preferred (``preference``)."""
    if (ctx.state.flow, ctx.state.step) not in _PG_ALONE_AT or _QUESTION.search(_fold(turn.text)):
        return None
    if preference.named_alone(turn.text) is None:
        return None
    SelectionSlots.of(ctx.state).category = None
    outcome = preference.prefer(ctx, turn)
    if outcome is None:
        return None
    outcome.next_flow = NAME
    return outcome
