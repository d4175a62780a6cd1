"""Is a free-text message at the menu a question about existing contracts?

"기존 계약 있는지 확인해 주세요", "KCP 계약 있나요?", "do we already have a KCP contract?". The
patterns want a contract word together with an existence cue, so "계약 기간이 있나요?" or "how
do I cancel a contract?" stay with the FAQ.
"""

from __future__ import annotations

import re
import unicodedata

from dialogs.contracts import answer
from dialogs.contracts.lookup import NAME, STEP_NUMBER, look_up
from dialogs.contracts.slots import ContractsSlots
from dialogs.flow import Ctx, Outcome
from dialogs.turns import Turn
from knowledge.bizno import ParseError, find_business_number

__all__ = ["NAME", "is_contract_question", "route"]

_KO = re.compile(
    r"((기존|이미|현재)\s*(\S+\s*)?(계약|가맹|mid|상점\s*아이디)"
    r"|(계약|가맹(점\s*(번호|아이디))?|mid|상점\s*아이디)(이|은|을|가|이랑)?\s*"
    r"(있|되어\s*있|돼\s*있|했는지|맺었|했었)"
    r"|(계약|mid)\s*(여부|현황|조회|내역)"
    # "기존에 쓰던 PG 있는지", "저희 사업자로 계약된 거 있나".
    r"|(기존|이미|현재|쓰던|쓰고\s*있는)\S*\s*(\S+\s*)?pg\S*\s*있"
    r"|계약\s*(된|돼\s*있는|되어\s*있는)\s*(거|것|게|곳|pg)\S*\s*(있|확인))"
)
_EN = re.compile(
    r"\b((existing|current)\s+(\w+\s+){0,2}(contracts?|mids?)"
    r"|already\s+(\w+\s+){0,4}(contracts?|mids?)"
    r"|(do|did|does)\s+(we|i|my\s+\w+|our\s+\w+)\s+(already\s+)?have\s+(an?\s+|any\s+)?"
    r"(\w+\s+){0,2}(contracts?|mids?)"
    r"|(check|look\s*up|lookup|find|see)\s+(my\s+|our\s+|the\s+|for\s+)?(existing\s+)?"
    r"(\w+\s+)?contracts?"
    r"|any\s+(\w+\s+){0,2}contracts?"
    r"|contracts?\s+(lookup|check|status))\b"
)


def is_contract_question(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return bool(_KO.search(folded) or _EN.search(folded))


def route(ctx: Ctx, turn: Turn) -> Outcome | None:
    """An outcome entering the inquiry (answering at once when the number was given), or
    None when the message is not about existing contracts."""
    if turn.action is not None or not is_contract_question(turn.text):
        return None
    ContractsSlots.of(ctx.state).pgs = answer.pgs_named(turn.text)
    found = find_business_number(turn.text)
    if found in (ParseError.EMPTY, ParseError.WRONG_LENGTH):
        # No number (a year or a count is not one): the flow's entry asks for it.
        return Outcome(next_flow=NAME)
    outcome = look_up(ctx, turn)
    outcome.fallback = False
    outcome.next_flow = NAME
    outcome.next_step = outcome.next_step or STEP_NUMBER
    return outcome
