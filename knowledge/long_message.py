"""How merchants write a long message: the situation, then the ask.

A long message is a greeting, the shop's situation ("작은 베이커리 온라인몰인데요…", "we launched
a subscription box last month…"), what someone told them, and the ask: a sentence that asks
("…되나요?", "…할 수 있을까요", "알려주세요", "can you walk me through it?", "is something wrong
or do we just wait??"), most often at the end, sometimes first, sometimes two. The ask is what
the merchant wants answered; the rest is context that may name other things (the PG they
chose, the documents they sent) without asking about them.

``read`` cuts a message into its sentences and tells which of them ask. knowledge/understand.py
weighs the ask above the context: the entry the ask alone answers decides between the whole
message's two close entries (unless the story leans to the other: then "A or B?"), only an
asking sentence is a second question, and a request to be taken through it from the start
(``from_the_start``) gets the application steps when they lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.questions import looks_like_question

# Where a sentence ends: punctuation, a line break, or a Korean sentence ending followed by a
# space ("…알아보는 중이에요 근데…"). A connective "-니까" ("보니까 상태가") and a bare "다"
# ("둘다 되는", "다 되고") end no sentence; "-다" after a verb's stem ("했다", "있습니다") does.
_SENTENCE_END = re.compile(
    r"(?<=[.?!？\n])\s+|(?<=[요죠네])\s+|(?<=[^니\s]까)\s+|(?<=[니했있없됐였겠같한된렸졌왔봤냈])다\s+"
)
# A new ask opened inside a sentence: "…걸리나요 그리고 서류는…", "…, also is there…".
_ASK_OPENER = re.compile(r"\s(?=그리고\s)|,\s*(?=(?:and\s+)?also\b)", re.IGNORECASE)
# Asking for help or a walk-through without a question's grammar: the ask of a story that
# only says what the merchant wants to do ("…처음부터 좀 알려주실 수 있을까요" is caught as a
# question already; these are the English and the imperative forms).
_REQUEST = re.compile(
    r"\b(can|could|would) you\b|\bwalk me through\b|\bhelp me\b|\bplease (?:tell|explain|advise)\b|"
    r"\bi (?:want|need|would like) to know\b|\bnot sure (?:how|what|which|where|whether|if)\b|"
    r"\bno idea (?:how|what|which|where|whether)\b|알려\s?주|도와\s?주|가르쳐\s?주|궁금|모르겠",
    re.IGNORECASE,
)
START_ENTRY = "how_to_apply"  # the entry that takes a merchant through the steps
_MIN_WORDS = 8  # fewer words are one question, however punctuated ("kcp요? 정기결제요?")
_MAX_ASKS = 3  # a rambling message is read at most this many times over


@dataclass(frozen=True)
class LongMessage:
    """A long message's sentences, and which of them ask (their positions, in order)."""

    sentences: tuple[str, ...]
    asks: tuple[int, ...]

    @property
    def ask_texts(self) -> list[str]:
        return [self.sentences[i] for i in self.asks]

    @property
    def story(self) -> str:
        """Everything that does not ask: the situation, hearsay, greetings."""
        return " ".join(s for i, s in enumerate(self.sentences) if i not in self.asks)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, by punctuation and by Korean sentence endings."""
    found: list[str] = []
    for piece in _SENTENCE_END.split(text):
        found += [p.strip() for p in _ASK_OPENER.split(piece) if p and p.strip()]
    return [s for s in found if any(ch.isalnum() for ch in s)]


def asks(sentence: str) -> bool:
    """Whether ``sentence`` asks something: a question, or a request for information."""
    return looks_like_question(sentence) or bool(_REQUEST.search(sentence))


def read(text: str) -> LongMessage | None:
    """``text`` as a long message (two sentences or more, several words), or None."""
    if len(text.split()) < _MIN_WORDS:
        return None
    parts = sentences(text)
    if len(parts) < 2:
        return None
    asking = tuple(i for i, s in enumerate(parts) if asks(s))[-_MAX_ASKS:]
    return LongMessage(tuple(parts), asking)


# A request to be taken through the process from its start: "처음부터 차근차근 알려주실 수
# 있을까요", "뭐부터 해야할지 모르겠어요", "can you walk me through it?", "what's the very first
# thing I click?". Not one about doing it again ("처음부터 다시"), how long it all takes
# ("처음부터 끝까지 몇 주"), or the stages after submitting ("from application to going live").
_FROM_THE_START = re.compile(
    r"처음부터|차근차근|뭐부터|무엇부터|어디서부터|어디부터|\bwalk (?:me|us) through\b|"
    r"\bwhere (?:to|do i|do we|should i|should we) (?:start|begin)\b|\bfirst thing\b|"
    r"\bfrom scratch\b|\bstep by step\b",
    re.IGNORECASE,
)
_NOT_FROM_THE_START = re.compile(
    r"다시|또\s|\bagain\b|\bre-?apply|걸리|걸려|몇\s?주|며칠|얼마나|\bhow long\b|\blive\b|"
    r"\bafter (?:i |we )?submit|제출\s?(?:후|한\s?뒤|하고)|내고\s?나서|끝나",
    re.IGNORECASE,
)


def from_the_start(text: str) -> bool:
    """Whether ``text`` asks to be taken through the process from its start."""
    return bool(_FROM_THE_START.search(text)) and not _NOT_FROM_THE_START.search(text)
