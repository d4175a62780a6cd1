"""Global commands, understood at every step of every journey."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from dialogs.turns import Turn


class Command(StrEnum):
    HELP = "help"
    MENU = "menu"
    CANCEL = "cancel"
    RESTART = "restart"
    BACK = "back"
    LANGUAGE = "lang"
    KOREAN = "lang_ko"
    ENGLISH = "lang_en"
    HUMAN = "human"


ACTION_PREFIX = "cmd:"

# A command only when it is the whole message: "cancel" is a command, but "can I cancel my
# application?" is a question for the journey or the FAQ.
_WORDS: dict[Command, tuple[str, ...]] = {
    Command.HELP: ("help", "도움말", "도움", "헬프", "?", "/help", "사용법", "how to use"),
    # "처음으로" is "back to the first screen": the menu, with everything kept (a restart
    # would discard a half-entered application without asking).
    Command.MENU: ("menu", "메뉴", "main menu", "메인 메뉴", "홈", "home", "처음으로", "처음 메뉴"),
    Command.CANCEL: ("cancel", "취소", "그만", "stop", "quit", "exit", "그만할래요", "취소할게요"),
    Command.RESTART: ("restart", "처음부터", "다시 시작", "start over", "reset"),
    Command.BACK: ("back", "뒤로", "이전", "뒤로가기", "이전으로", "go back"),
    Command.LANGUAGE: ("language", "언어", "언어 변경", "change language"),
    Command.KOREAN: ("한국어", "korean", "한국어로", "in korean", "한글"),
    Command.ENGLISH: ("english", "영어", "영어로", "in english", "english please"),
    Command.HUMAN: ("human", "agent", "person", "상담원", "상담사", "사람", "상담원 연결"),
}

_PUNCT = re.compile(r"[\s.!~。,]+")

# Asking for a person in a sentence: these are unambiguous wherever they appear.
_HUMAN_PHRASES = re.compile(
    r"(상담원|상담사|사람\s*(이랑|과|하고|한테|에게|이\s*랑)|사람\s*연결|직원\s*연결|"
    r"talk\s+to\s+(a\s+|an\s+|some\s*)?(human|person|one|agent|real)|"
    r"speak\s+(to|with)\s+(a\s+|an\s+)?(human|person|agent)|real\s+person|human\s+agent)",
    re.IGNORECASE,
)

# A question ABOUT the agents ("상담원 몇 시까지 있어요?", "are agents there on weekends?") asks
# for their hours, which the FAQ answers (agent_hours); queueing the merchant for a person
# would answer a different question.
_ABOUT_AGENTS = re.compile(
    r"(몇\s*시|운영\s*시간|근무\s*시간|상담\s*시간|주말|공휴일|휴일|"
    r"\bwhat\s+time\b|\bhours\b|\bweekends?\b|\bholidays?\b|\buntil\s+when\b)",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return _PUNCT.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


_LOOKUP = {_norm(w): cmd for cmd, words in _WORDS.items() for w in words}


def detect_command(turn: Turn) -> Command | None:
    if turn.action is not None:
        if turn.action.startswith(ACTION_PREFIX):
            try:
                return Command(turn.action.removeprefix(ACTION_PREFIX))
            except ValueError:
                return None
        return None
    text = turn.text.strip()
    if text == "?":
        return Command.HELP
    found = _LOOKUP.get(_norm(text))
    if found is not None:
        return found
    if len(text) <= 200 and _HUMAN_PHRASES.search(text) and not _ABOUT_AGENTS.search(text):
        return Command.HUMAN
    return None
