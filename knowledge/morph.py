"""Spoken and mistyped Korean spellings folded to standard ones before matching ("되요" →
"돼요", "머에요" → "뭐예요", "어딨어요" → "어디 있어요").

Why not a morphological analyser: kiwipiepy was evaluated (docs/performance.md, issue 15): its
model is a 105 MB package, takes 1.6 s and ~300 MB of memory to load and 2.7 s for its first
call, and on the development set its morphemes moved top-1 by less than one question in a
hundred over character bigrams. Word stems cut by a list of endings were tried too and did not
help either (bigrams over the text without spaces already carry the stem). What the bigrams
cannot do is read a spelling they never saw, so those few are folded here.
"""

from __future__ import annotations

import re

# Spoken or mistyped spellings merchants use, folded before matching.
_SPOKEN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"되요"), "돼요"),
    (re.compile(r"(?<![가-힣])머(?=\s|에요|예요|임|야|가|를|$)"), "뭐"),
    (re.compile(r"뭐에요"), "뭐예요"),
    (re.compile(r"어딨"), "어디 있"),
    (re.compile(r"몇일"), "며칠"),
    (re.compile(r"됬"), "됐"),
    (re.compile(r"않되"), "안 되"),
    (re.compile(r"신쳥"), "신청"),
    # "결재" (a sign-off) for "결제" (a payment): the commonest misspelling of the domain's word
    (re.compile(r"결재"), "결제"),
    (re.compile(r"(?<![가-힣])먼지(?= ?모르)"), "뭔지"),
    # Chat spellings of question words and endings, common in any Korean messenger.
    (re.compile(r"어케|어캐|어떡케"), "어떻게"),
    (re.compile(r"(?<![가-힣])첨(?=부터|에|이라|인데|$|\s)"), "처음"),
    (re.compile(r"(?<![가-힣])쫌(?![가-힣])"), "좀"),
    (re.compile(r"(?<=[나까죠가데지])여(?=[\s?!.~]|$)"), "요"),  # 되나여, 있나여, 할까여
    (re.compile(r"(?<=[나까죠가데지요])용(?=[\s?!.~]|$)"), "요"),  # 되나용
    (re.compile(r"(?<=[해돼되봐줘])여(?=[\s?!.~]|$)"), "요"),  # 해여, 돼여
    (re.compile(r"(?<=[겠었았어])어여(?=[\s?!.~]|$)"), "어요"),  # 모르겠어여, 했었어여
)


def fold_spoken(text: str) -> str:
    for pattern, standard in _SPOKEN:
        text = pattern.sub(standard, text)
    return text
