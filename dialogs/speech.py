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

from knowledge.language import Lang

_KO_SPEECH = re.compile(
    r"([요다까죠네줘래지]|니다|세요|해|자|음)\s*[.?!~…]*\s*$|[?？]|"
    r"^(안녕|감사|고마워|네|예|아니|응|한국어|한글)"
)
_EN_SPEECH = re.compile(
    r"\b(i|i'm|i'd|we|you|my|our|me|please|pls|thanks|thank|hello|hi|hey|what|which|how|"
    r"why|when|where|can|could|would|should|do|does|did|is|are|want|need|like|help|"
    r"english|yes|no|okay|ok|sorry)\b|[?]"
)


def is_speech(text: str, lang: Lang) -> bool:
    """Whether ``text`` reads as a sentence in ``lang`` rather than a value written in it."""
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    if lang is Lang.KO:
        return bool(_KO_SPEECH.search(folded))
    return bool(_EN_SPEECH.search(folded))
