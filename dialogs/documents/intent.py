"""Questions about documents typed at the menu ("서류 뭐 준비해요?", "what documents do I
need") start the checklist."""

from __future__ import annotations

import re
import unicodedata

from dialogs.documents.flow import NAME
from dialogs.flow import Ctx, Outcome
from dialogs.turns import Turn

_KOREAN = re.compile(
    r"서류|준비물|구비|제출할\s*것|뭘\s*내야|뭐\s*내야|(뭘|뭐를?)\s*제출|제출해야\s*(하는|할|되는)"
)
# "what do I need to submit?": what to hand in, without naming documents.
_ENGLISH = re.compile(
    r"\b(documents?|paperwork|papers)\b"
    r"|\bwhat\s+(do|should|must)\s+(i|we)\s+(need\s+to\s+|have\s+to\s+)?(submit|hand\s+in)\b",
    re.IGNORECASE,
)


def is_documents_question(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text)
    return len(folded) <= 200 and bool(_KOREAN.search(folded) or _ENGLISH.search(folded))


def route(ctx: Ctx, turn: Turn) -> Outcome | None:
    if not is_documents_question(turn.text):
        return None
    return Outcome(next_flow=NAME)
