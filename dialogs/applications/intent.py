"""What merchants type at the menu about their applications: "신청 현황 알려줘" or "where is
my application" shows them; "신청 취소하고 싶어요" or "cancel my application" asks which to
withdraw. A question about the rule ("취소는 언제까지 돼요?") is left to the FAQ."""

from __future__ import annotations

import re
import unicodedata

from dialogs.applications.flow import NAME, ask_cancel
from dialogs.applications.parse import Intent, parse_request
from dialogs.flow import Ctx, Outcome
from dialogs.turns import Turn
from knowledge.questions import looks_like_question

# Longer messages are about more than their applications; the FAQ and a person handle them.
_MAX_CHARS = 120
# "신청한 거 어떻게 됐어요?", "where is my application?": how one's own applications stand.
_HOW_THEY_STAND = re.compile(
    r"신청(한|했던|하신|했는데|한\s*게|한\s*건)?\s*(거|것|건|서|게)?\s*(는|은|이|가)?\s*"
    r"(어떻게\s*(됐|되었|돼\s*가|되고|되어\s*가)|어디까지|진행\s*(상황|됐|되고|중인가)|아직)"
    r"|\b(where|how)('s|\s+is|\s+are)\s+(my|our)\s+applications?\b"
    r"|\b(my|our)\s+applications?\s+(status|progress)\b"
    # "신청 내역 보여줘", "신청 진행상황 보고 싶어요", "any update on my application?",
    # "I'd like to see my applications".
    r"|(신청|접수)\s*(내역|현황|상태|진행\s*(상황|현황))"
    r"|\bupdates?\s+on\s+(my|our|the)\s+applications?\b"
    r"|\b(see|show|check|view|list)\s+(me\s+)?(my|our|all\s+my)\s+applications?\b"
    r"|\bapplications?\s+status\b"
)
# "서류 목록 보여주세요", "the document checklist": a list, but of documents (the checklist).
_OTHER_LIST = re.compile(r"서류|준비물|\b(documents?|paperwork|checklist)\b")


def route(ctx: Ctx, turn: Turn) -> Outcome | None:
    text = turn.text.strip()
    if not text or len(text) > _MAX_CHARS:
        return None
    request = parse_request(text)
    folded = unicodedata.normalize("NFKC", text).casefold()
    listed = request.intent is Intent.LIST and not _OTHER_LIST.search(folded)
    if listed or (request.intent in (None, Intent.LIST) and _HOW_THEY_STAND.search(folded)):
        return Outcome(next_flow=NAME)
    if request.intent is Intent.CANCEL and not looks_like_question(text):
        asked = ask_cancel(ctx, request.application_id)
        return Outcome(replies=asked.replies, next_flow=NAME, next_step=asked.next_step)
    return None
