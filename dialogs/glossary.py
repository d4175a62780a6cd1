"""The words a step uses, explained when the merchant asks what one means ("업태가 뭐예요?",
"what do you mean by goods?", "키인?"), and the step asked again.

Each journey lists its terms in its texts module (``GLOSSARY``, Korean and English side by
side) and hands them to its ``Flow``; the router asks ``explained`` before anything else reads
the message, so a question about a word is never stored as a value or sent to the FAQ. Only a
question *about the word* counts: "정기결제 되는 PG사가 뭐예요?" asks about PGs, not what a
subscription is, and is left to the catalog.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from dialogs.i18n import T

# After the word, in Korean: "업태가 뭐예요", "키인이란?", "서비스 형태라는 게 무슨 뜻이죠",
# "종목은 뭘 적어요", "상품이 뭔가요". "상품이 뭐냐면 …" explains a value, it does not ask.
_KO_AFTER = re.compile(
    r"^\s*['\"’”]?\s*(이란|란|이라는\s*(게|건|것은?|말은?)|라는\s*(게|건|것은?|말은?)|"
    r"이|가|은|는|에는|엔|에)?\s*"
    r"(뭐(?!가|로|냐\s*(면|하면))|뭔|뭘(?!로)|무엇|무슨\s*(뜻|의미|말|소리|거|것)|"
    r"어떤\s*(거|것|뜻|의미|걸)|뜻|의미)"
    r"|^\s*(이란|란|이라는\s*게|라는\s*게|이라면|라면)\s*[?？]+\s*$"
)
# Words that may stand right before the word in a question about it although they modify it:
# "사업자등록증에 나온 업태가 뭐예요?", "말씀하신 MID가 뭐죠?", "저는 업태가 뭔지 모르겠어요".
_KO_POINTING = frozenset(
    {"있는", "나온", "나와있는", "적힌", "적혀있는", "쓰인", "써있는", "말씀하신", "말한", "말하는"}
    | {"저는", "전", "나는", "난", "이건", "그건"}
)
# What may follow the question word when the word is not the message's first: an ending
# ("예요?", "지 모르겠어요"), not another clause.
_KO_REST_MAX = 16
# Just the word asked back: "키인?", "goods?".
_ALONE = re.compile(r"^\s*['\"]?\s*(?P<w>.+?)\s*['\"]?\s*[?？]+\s*$")
_EN_BEFORE = re.compile(
    r"\b(what('?s|\s+(exactly\s+|actually\s+|again\s+)?(is|are)|\s+does|\s+do\s+you\s+mean\s+by|\s+is\s+meant\s+by|"
    r"\s+do\s+i\s+(write|put|enter|type)\s+(for|in|as|under))|meaning\s+of|explain|"
    r"define|definition\s+of)\s+(an?\s+|the\s+|this\s+|your\s+|['\"])*$"
)
_EN_AFTER = re.compile(r"^\s*['\"]?\s*(mean|means|meaning|stand\s+for)\b")
# "I'm not sure what 업태 is", "could you explain what a MID is?".
_EN_WHAT = re.compile(r"\bwhat\s+(an?\s+|the\s+|this\s+|['\"])*$")
_EN_WHAT_AFTER = re.compile(r"^\s*['\"]?\s*(is|are|means?|stands?\s+for)\b")


@dataclass(frozen=True)
class Term:
    """A word as a merchant may type it (either language), and what it means; ``steps``: the
    steps whose question is about it, explained when the merchant says they don't follow
    ("이거 잘 모르겠어요", "what should I write here?")."""

    words: tuple[str, ...]
    says: T
    steps: tuple[str, ...] = ()


# "이거 잘 모르겠어요", "뭘 적어야 해요?", "what should I write here?", "I don't understand": the
# merchant does not follow the question now asked (never a value to store).
_LOST = re.compile(
    r"모르겠|이해가?\s*(안|잘\s*안)|이해\s*못|무슨\s*(말|뜻|소리)|"
    r"(뭘|뭐를?|무엇을|어떤\s*걸|뭐라고)\s*(적|써|쓰|입력|넣|답|말)|어떻게\s*(적|써|입력|답)|"
    r"여기(에|엔|에는)?\s*(뭐|뭘)|"
    r"\b(i\s+)?(don'?t|do\s+not|dont)\s+(understand|get\s+it|follow|know\s+what)|"
    r"\bwhat\s+(should|do|must|can)\s+i\s+(write|put|enter|type|say|answer)|"
    r"\bwhat\s+does\s+(this|that|it)\s+mean|^\s*what\s+do\s+you\s+mean\s*\??\s*$|"
    r"^\s*what\s+is\s+(this|that)\s*\??\s*$|\bwhat\s+are\s+you\s+asking|"
    r"\bnot\s+sure\s+what|\bconfused\b",
    re.IGNORECASE,
)


def lost(text: str) -> bool:
    """Whether the merchant says they don't follow the question (not what it is about)."""
    folded = _fold(text).strip()
    return bool(folded) and len(folded) <= 80 and bool(_LOST.search(folded))


def for_step(step: str, terms: Sequence[Term]) -> list[Term]:
    """The terms the question of ``step`` is about."""
    return [term for term in terms if step in term.steps]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _latin(word: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9 .'/-]+", word))


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    if _latin(word):
        pattern = r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])"
    else:
        pattern = re.escape(word)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def asked_about(text: str, terms: Sequence[Term]) -> Term | None:
    """The term ``text`` asks the meaning of, or None. The longest word wins ("상품권" is not
    "상품"), and the question must be about the word itself."""
    folded = _fold(text).strip()
    if not folded or len(folded) > 120:
        return None
    candidates = sorted(
        ((len(word), term, _fold(word)) for term in terms for word in term.words),
        key=lambda c: -c[0],
    )
    taken: list[tuple[int, int]] = []
    for _, term, word in candidates:
        for start, end in _occurrences(folded, word):
            if any(s < end and start < e for s, e in taken):
                continue  # inside a longer word already seen
            taken.append((start, end))
            before, after = folded[:start], folded[end:]
            alone = _ALONE.match(folded)
            if alone and _fold(alone.group("w")).strip("'\" ") == word:
                return term
            if _EN_BEFORE.search(before):
                return term
            if _EN_WHAT.search(before) and _EN_WHAT_AFTER.match(after):
                return term
            if _korean_question_about(before, after) or (
                len(before.split()) <= 1 and _EN_AFTER.match(after)
            ):
                return term
    return None


def _korean_question_about(before: str, after: str) -> bool:
    """ "업태가 뭐예요?", "근데 혹시 업태가 뭐예요?": the word is what the question asks about.
    Anywhere in the message, unless a clause modifies it ("정기결제 되는 PG사가 뭐예요?" asks
    which PGs) or the question word is followed by more than an ending."""
    asked = _KO_AFTER.match(after)
    if asked is None:
        return False
    words = before.split()
    if len(words) <= 1:
        return True  # the word leads the question, as before
    if len(after) - asked.end() > _KO_REST_MAX:
        return False
    previous = words[-1].strip(",.~!…")
    return previous in _KO_POINTING or not _modifies(previous)


def _modifies(word: str) -> bool:
    """Whether a Korean word ends like a modifier of the noun after it (되는, 하는, 할, 된,
    쓰던): its last syllable ends in ㄴ or ㄹ, or is 던."""
    if not word:
        return False
    last = word[-1]
    if last == "던":
        return True
    if not "가" <= last <= "힣":
        return False
    final = (ord(last) - ord("가")) % 28
    return final in (4, 8)  # ㄴ, ㄹ
