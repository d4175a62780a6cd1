"""Is a message said in a language, or data that happens to be written in it?

An English-speaking merchant types a Korean address or trade name, a Korean merchant an
English service name: that is data, and must not switch the conversation's language. A
message counts as speech when it has what a sentence has and data has not: in Korean a verb
ending ("…요", "…다", "…까", "해 주세요") or a question mark, in English a function word or
greeting ("please", "I", "what", "hello").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from knowledge.language import EN_SPEECH, Lang

_KO_SPEECH = re.compile(
    r"([요다까죠네줘래지]|니다|세요|해|자|음)\s*[.?!~…]*\s*$|[?？]|"
    r"^(안녕|감사|고마워|네|예|아니|응|한국어|한글)"
)


def is_speech(text: str, lang: Lang) -> bool:
    """Whether ``text`` reads as a sentence in ``lang`` rather than a value written in it."""
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    if lang is Lang.KO:
        return bool(_KO_SPEECH.search(folded))
    return bool(EN_SPEECH.search(folded))


# What a merchant says before correcting themselves: "아 아니 상호는 …", "sorry, I meant …",
# "잘못 썼어요, …". Taken off before the message is read; ``meant`` says the merchant is
# correcting what they said last rather than answering the question now asked.
_MEANT_KO = (
    r"아+\s*아니+|아\s*아뇨|앗|아차|죄송(해요|합니다)?|잘못\s*(썼|적었|입력했|말했)\S*|"
    r"정정(할게요|합니다)?|다시\s*말하면|아니\s*그게\s*아니라"
)
_MEANT_EN = r"oops|sorry|my\s+bad|i\s+meant(\s+to\s+say)?|i\s+mean|correction|actually"
_LEAD = re.compile(
    rf"^\s*(?P<lead>(?:(?:{_MEANT_KO}|{_MEANT_EN}|아니+|아뇨|no)\s*[,.:!~…]*\s+)+)(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_MEANT = re.compile(rf"{_MEANT_KO}|{_MEANT_EN}", re.IGNORECASE)


@dataclass(frozen=True)
class SelfCorrection:
    text: str  # the message without its lead-in
    meant: bool  # "I meant …": a correction of what was said last


def lead_in(text: str) -> SelfCorrection | None:
    """The message without "아 아니", "sorry, I meant", …; None when it has no such lead-in
    (or nothing after it)."""
    found = _LEAD.match(unicodedata.normalize("NFKC", text).strip())
    if found is None:
        return None
    return SelfCorrection(
        text=found.group("rest").strip(), meant=bool(_MEANT.search(found.group("lead")))
    )


# Said where a free-text value (a name, an address, what is sold) is asked, and never one: a
# pause ("잠깐만요", "나중에 할게요", "skip"), an acknowledgement or a filler ("네", "ok",
# "음..."), or "없어요" (a memo takes that one: it means no memo).
_PAUSE = re.compile(
    r"^((잠깐|잠시)만?(요|만요)?(?=\s|$)|(나중에|다음에)(?=\s|$)|(건너뛰|건너뛸|넘어가|스킵|패스)|"
    r"(wait|hold\s+on|one\s+(moment|sec)|just\s+a\s+(moment|sec)|later|skip|pass|"
    r"i'?ll\s+(do|fill|answer|add)\s+(it|this|that)\s+later|not\s+now)\b)",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"^(네|예|응|넵|넹|ok|okay|yes|yeah|yep|no|nope|아니요|아뇨|음+|어+|흠+|hmm+|um+|uh+|ㅎ+|ㅋ+|"
    r"ㅇㅋ|[.…?!~]+)$",
    re.IGNORECASE,
)
_NONE = re.compile(r"^(없어요|없음|없습니다|없어|none|n/?a|nothing)$", re.IGNORECASE)


def not_a_value(text: str, *, none_is_a_value: bool = False) -> str | None:
    """ "pause" or "other" when ``text``, typed where a free-text value is asked, is not one
    ("없어요" is, where ``none_is_a_value``: a memo)."""
    folded = re.sub(r"[\s.!,~…]+$", "", text.strip())
    if len(folded) <= 24 and _PAUSE.match(folded):
        return "pause"
    if _NOT_A_NAME.match(folded or "."):
        return "other"
    if not none_is_a_value and _NONE.match(folded):
        return "other"
    return None
