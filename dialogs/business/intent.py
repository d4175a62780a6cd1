"""Is a free-text message a wish to enter the business information?

"사업자 정보 입력할게요", "사업자등록증 올릴게요", "I'd like to enter my business information",
"upload my certificate": a business-information word with a wish to enter or send it. A
question ("사업자 정보는 왜 필요해요?", "how do I upload the certificate?") stays with the FAQ.
"""

from __future__ import annotations

import re
import unicodedata

from dialogs.flow import Ctx, Outcome
from dialogs.turns import Turn

NAME = "business"
_MAX_CHARS = 120

_QUESTION = re.compile(
    r"[?？]|어떻게|어떤|무엇|뭐|왜|언제|얼마|되나요|있나요|인가요|\b(how|what|which|when|why|where)\b"
)
_KO = re.compile(
    r"(사업자\s*(정보|등록\s*증|등록\s*정보)|사업자등록증|등록증)\s*(\S+\s*)?"
    r"(입력|등록|올리|올릴|올려|제출|넣|보내|보낼|적|작성|드릴|드려|첨부|수정|변경|바꾸|바꿀|"
    r"고치|고칠)"
    # "대표자 정보 바꾸고 싶어요", "상호 변경할게요": a detail of the business to correct.
    r"|(대표자|담당자|상호명?)\s*(정보)?\s*(을|를)?\s*(수정|변경|바꾸|바꿀|고치|고칠)"
)
_EN = re.compile(
    r"\b(enter|fill\s+in|fill\s+out|register|upload|send|submit|add|provide|give\s+you|"
    r"update|change|edit|correct)\s+"
    r"(\w+\s+){0,2}(business\s+(info|information|details|registration)|certificate|"
    r"registration\s+certificate)"
)


def is_opener(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    if not folded or len(folded) > _MAX_CHARS or _QUESTION.search(folded):
        return False
    return bool(_KO.search(folded) or _EN.search(folded))


def route(ctx: Ctx, turn: Turn) -> Outcome | None:
    if turn.action is not None or not is_opener(turn.text):
        return None
    return Outcome(next_flow=NAME)
