"""A step asked again in a line, not in full, when the merchant has it in front of them.

After a question answered at a step (an FAQ answer, a word explained, "잠깐만요"), the router
asks the step again. The whole prompt each time buried the answer: at the selection summary it
was the full application summary, after every question. Now the step's question comes back in
one line, "돌아가서: 이대로 신청할까요?", with the step's buttons, when the merchant has seen
the whole prompt, unchanged, since it was last shown (a correction changes it, and it is shown
in full again), and not long ago. "다시 보여줘" / "show again" shows it all.

What the merchant has seen is kept in the state as fingerprints of the replies a step (or a
journey's entry) last sent; ``Flow`` records them and decides (``dialogs/flow.py``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta

from dialogs import texts
from dialogs.replies import (
    CardReply,
    ChoicesReply,
    MultiSelectReply,
    Reply,
    TextReply,
)
from dialogs.state import ConversationState
from knowledge.language import Lang

# Fingerprints kept: more replies than any step sends at once.
MAX_SHOWN = 16
# A merchant back after this long gets the whole prompt again: the screen has scrolled away.
FRESH_FOR = timedelta(minutes=30)

_SHOW_AGAIN = re.compile(
    r"^\s*((다시|전체|전부|요약|내용)\s*(다시\s*)?(한\s*번\s*)?(보여|알려|말해|띄워)\s*"
    r"(줘|주세요|줘요|주셔요|봐)|다시\s*(보기|요)|처음\s*질문\s*다시|"
    r"show\s+(it\s+|me\s+|that\s+|this\s+|the\s+\w+\s+|everything\s+)?(all\s+)?again|"
    r"repeat(\s+(that|it|the\s+question|please))?|say\s+(it|that)\s+again|"
    r"show\s+(the\s+)?(full|whole)(\s+\w+)?)\s*(please|pls)?[\s.!~]*$",
    re.IGNORECASE,
)
# Where one sentence ends and the next begins: after . ! ? and a space, unless what follows is
# a digit or a small letter ("e.g. 1985.07.21", "e.g. clothing").
_SENTENCE_END = re.compile(r"(?<=[.!?？。])\s+(?![a-z0-9])|\n+")
# A question line longer than this is cut to its asking sentence.
_SHORT = 100


def asks_to_show_again(text: str) -> bool:
    return bool(_SHOW_AGAIN.match(unicodedata.normalize("NFKC", text)))


def fingerprint(reply: Reply) -> str:
    return hashlib.blake2b(reply.model_dump_json().encode(), digest_size=8).hexdigest()


def remember(state: ConversationState, replies: Sequence[Reply], now: datetime) -> None:
    """The replies the merchant has just been sent, in place of the last ones."""
    if not replies:
        return
    state.shown = [fingerprint(r) for r in replies][-MAX_SHOWN:]
    state.shown_at = now


def seen(state: ConversationState, full: Sequence[Reply], now: datetime) -> bool:
    """Whether every reply of ``full`` was among the last sent, recently."""
    if not full or not state.shown or state.shown_at is None:
        return False
    if now - state.shown_at > FRESH_FOR:
        return False
    shown = set(state.shown)
    return all(fingerprint(r) in shown for r in full)


def short(full: Sequence[Reply], lang: Lang, question: str | None = None) -> list[Reply]:
    """The step's question in one line with its buttons; ``full`` itself when it has no
    question line to cut to (a card or a form without buttons). ``question``: the journey's
    own line for the step, where the prompt's asking sentence does not say it."""
    asking = next((r for r in reversed(full) if getattr(r, "options", None)), full[-1])
    if isinstance(asking, CardReply):
        whole = asking.fallback()
        question = question or _question_of(asking.footer) or asking.title
    elif isinstance(asking, TextReply | ChoicesReply | MultiSelectReply):
        whole = asking.text.strip()
        question = question or _question_of(asking.text)
    else:
        return list(full)
    said = texts.BACK_TO(lang, question=question)
    if len(full) > 1 or question != whole:  # more was shown than the line says
        said = f"{said}\n{texts.SHOW_AGAIN_HINT(lang)}"
    if isinstance(asking, MultiSelectReply):
        return [asking.model_copy(update={"text": said})]
    options = list(getattr(asking, "options", []))
    return [ChoicesReply(text=said, options=options)] if options else [TextReply(text=said)]


def _question_of(text: str) -> str:
    """The sentence of ``text`` that asks ("…접수돼요. 이대로 신청할까요? 바꾸실 게…" ->
    "이대로 신청할까요?"); else the text itself when short, else its first sentence."""
    text = text.strip()
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    asking = [s for s in sentences if s.endswith(("?", "？"))]
    if asking:
        return asking[-1]
    if len(text) <= _SHORT and "\n" not in text:
        return text
    return sentences[0] if sentences else text
