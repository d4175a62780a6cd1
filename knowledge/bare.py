"""Bare messages: a chat command, a question to the assistant about itself, or a topic named
with nothing else (know26, issue 15).

Merchants in a support channel send one or two words as often as sentences: "help", "메뉴",
"영어", "who are you", "서류", "얼마나 걸려요", "next step?". The FAQ's retrieval reads them
badly for want of words: a command has no payment concept (so it is not "on topic"), a topic
word alone ties the entries that share it ("서류": the sole proprietor's list or the
corporation's?), and "how long" names only a generic concept. A support agent answers each
with the one general entry, so this module reads them before retrieval:

- a chat command, when it is the whole message: the product's global command words
  (dialogs/commands.py; README "Say help, menu, back, cancel, restart, English/한국어 or agent")
  are answered with the entry that explains them (the chat runs the command itself; ``ask``
  explains it);
- a question to the assistant about itself (who or what it is, whether it is a person, what it
  can do), a second-person question with nothing else in it;
- a topic named alone: every word of the message is a term of one concept (``overview:`` in
  faq.yaml names its general entry) or a question form, politeness or a particle.

Anything with one more word of substance is left to retrieval: "법인 서류" names two concepts,
"how long do you keep my data" has words no concept's term covers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from knowledge.morph import fold_spoken
from knowledge.normalize import normalize

CHAT_COMMANDS = "chat_commands"
CHAT_LANGUAGES = "chat_languages"
TALK_TO_PERSON = "talk_to_person"
ASSISTANT_SCOPE = "assistant_scope"

# The chat's global commands (dialogs/commands.py, a command only as the whole message), with
# the entry that explains each. tests/knowledge/test_know26_bare.py checks that every word the
# chat takes as a command is read here as the entry of its command.
COMMAND_WORDS: Mapping[str, str] = {
    **dict.fromkeys(
        (
            # help
            "help", "도움말", "도움", "헬프", "?", "/help", "사용법", "how to use",
            # menu
            "menu", "메뉴", "main menu", "메인 메뉴", "홈", "home", "처음으로", "처음 메뉴",
            # cancel ("cancel" and "취소" alone are left to the FAQ: asked of the desk, they are
            # as often about withdrawing the application, which cancel_application answers)
            "그만", "stop", "quit", "exit", "그만할래요",
            # restart
            "restart", "처음부터", "다시 시작", "start over", "reset",
            # back
            "back", "뒤로", "이전", "뒤로가기", "이전으로", "go back",
        ),
        CHAT_COMMANDS,
    ),
    **dict.fromkeys(
        (
            "language", "언어", "언어 변경", "change language",
            "한국어", "korean", "한국어로", "in korean", "한글",
            "english", "영어", "영어로", "in english", "english please",
        ),
        CHAT_LANGUAGES,
    ),
    **dict.fromkeys(
        ("human", "agent", "person", "상담원", "상담사", "사람", "상담원 연결"), TALK_TO_PERSON
    ),
}  # fmt: skip

# Words said around a command that do not change it: "help please", "메뉴 보여줘", "영어로
# 해주세요", "처음부터 다시 할래요", "go back pls".
_COMMAND_POLITE = re.compile(
    r"\b(?:please|pls|plz|now|again|me|thanks|ok|okay)\b|"
    r"(?:다시 ?)?(?:해 ?주세요|해 ?줘요?|해 ?주실래요|할래요|하고 ?싶어요|하자|해요|주세요|줘요?|"
    r"보여 ?주세요|보여 ?줘요?|부탁(?:해요|드려요|드립니다)|가 ?주세요|갈래요|가고 ?싶어요|요)$|"
    r"(?:^|\s)(?:좀|다시)(?=\s|$)"
)

# Who or what the assistant is, whether it is a person, what it does: a question addressed to
# "you" (너, 당신, 이거, 여기, this bot) about itself, with nothing else in it.
_ABOUT_YOU_EN = re.compile(
    r"^(?:(?:hi|hello|hey) )?(?:"
    r"who (?:are|r) (?:you|u)|who am i (?:talking|speaking|chatting) (?:to|with)|"
    r"what (?:are|r) (?:you|u)(?: for)?|"
    r"(?:are|r) (?:you|u) (?:a |an )?(?:real )?(?:bot|robot|ai|human|person|machine|chatbot|"
    r"real|automated|chatgpt|gpt|people)(?: or (?:a |an )?(?:real )?(?:bot|robot|ai|human|"
    r"person|machine))?|"
    r"(?:is|am i talking to) (?:this|it) (?:a |an )?(?:real )?(?:bot|robot|ai|human|person|machine|"
    r"chatbot|automated|real person)(?: or (?:a |an )?(?:real )?(?:bot|robot|ai|human|person))?|"
    r"what (?:can|do|could) (?:you|u|this bot|the bot|this thing|it) (?:do|help with|help me with)"
    r"(?: for me| for us)?|"
    r"how (?:can|could) (?:you|u) help(?: me| us)?"
    r")$"
)
_ABOUT_YOU_KO = re.compile(
    r"^(?:(?:너|넌|니|당신|이거|이것|여기서|여기|이 ?봇|봇|챗봇|얘) ?)?(?:"
    r"(?:누구|누구세요|누구야|누구예요|누구에요|누구임|뭐야|뭐예요|뭐에요|뭐임|뭔가요)|"
    r"(?:진짜 |실제 )?(?:ai|봇|로봇|챗봇|사람|기계|자동 ?응답|인공지능)(?:이|인)?"
    r"(?:야|예요|에요|이에요|인가요|임|니|냐|세요|이세요)?"
    r"(?: ?(?:ai|봇|로봇|챗봇|사람|기계|자동 ?응답|인공지능)(?:이|인)?"
    r"(?:야|예요|에요|이에요|인가요|임|니|냐|세요|이세요)?)?|"
    r"(?:뭐|뭘|무엇을|무슨 ?일(?:을)?) ?"
    r"(?:할 ?수 ?있|해 ?줄 ?수 ?있|도와 ?줄 ?수 ?있|도와 ?주|해 ?주)\S*|"
    r"뭐 ?하는 ?(?:곳|데|봇|거)\S*"
    r")$"
)
_QUESTION_TAIL = re.compile(r"[\s?!.~]+$")

# Asking for one of the chat's languages with nothing else in it: "한국어로 해 주세요", "switch to
# korean", "영어로 바꿔줘", "Korean please", "could you reply in english". (A longer sentence,
# "can we do this in English?", is left to retrieval: in the chat it switches the language by
# itself, tests/dialogs/test_language_kept.py, and the entry's English answer quotes "한국어".)
_LANGUAGE_ASKED = re.compile(
    r"^(?:(?:can|could) you (?:speak|answer in|reply in|write in)|"
    r"(?:please )?(?:switch|change) (?:it |this |the language )?(?:to|into)|"
    r"(?:please )?(?:speak|answer|reply|talk|write) in|in)? ?"
    r"(?:english|korean|영어|한국어|한글|영문)"
    r"(?:로|으로)? ?(?:please|pls|plz|only|instead|now|해 ?주세요|해 ?줘요?|주세요|바꿔 ?주세요|"
    r"바꿔 ?줘요?|바꿔요|해요|할게요|할래요|부탁(?:해요|드려요|드립니다)|돼요|되나요|가능해요|"
    r"가능한가요)?(?: please| pls| plz)?$"
)


def command_entry(text: str) -> str | None:
    """The entry explaining the chat command ``text`` is (as a whole message), or None."""
    norm = normalize(fold_spoken(text)) if text.strip() != "?" else "?"
    if norm in COMMAND_WORDS:
        return COMMAND_WORDS[norm]
    if _LANGUAGE_ASKED.match(norm):
        return CHAT_LANGUAGES
    stripped = norm
    for _ in range(3):  # "처음부터 다시 할래요": the polite words come off in turn
        shorter = " ".join(_COMMAND_POLITE.sub(" ", stripped).split())
        if shorter == stripped:
            break
        stripped = shorter
    return COMMAND_WORDS.get(stripped) if stripped and stripped != norm else None


def about_assistant(text: str) -> bool:
    """Whether ``text`` is a question to the assistant about itself and nothing else."""
    norm = normalize(fold_spoken(_QUESTION_TAIL.sub("", text)))
    return bool(_ABOUT_YOU_EN.match(norm) or _ABOUT_YOU_KO.match(norm))


# What a bare topic may carry besides the topic's own terms: question words, politeness, asking
# for a list or a look, and the chat's own fillers. Topic words are never here.
# (normalize() splits "what's" and "don't" at the apostrophe: their tails are here too.)
_FILLER_WORDS = """a an the i me my we our us you your it its is are was be do does did to of
    for in on at
    about and or so now then what which who how when where why any some this that these those
    there here will would should could can may need needed needs required require requirements
    necessary list checklist please pls plz ok okay again show send give tell explain info
    information thanks thank hi hello hey just all whole whats yeah yes uh um hmm idea no have
    has had not sure dont know clue even bit little confused lost help usually normally typically
    roughly generally
    s t m re ll ve d"""
_FILLER_EN = frozenset(_FILLER_WORDS.split())
_FILLER_KO = re.compile(
    r"^(?:뭐|뭔가요|뭐예요|뭐에요|뭐임|뭔데|뭐야|뭐죠|뭐지|무엇|뭐뭐|어떻게|어떤|어떤거|어느|"
    r"알려|알려줘|알려줘요|알려주세요|알려 ?주세요|주세요|줘|줘요|필요|필요한|필요해요|필요한거|"
    r"있어요|있나요|있어|있음|해야|해야돼요|해야되요|해야해요|해야하나요|해야됨|해요|하나요|해|"
    r"돼요|되요|되나요|나요|요|이제|다시|좀|보여|보여줘|보여주세요|목록|리스트|체크리스트|"
    r"혹시|그럼|그러면|그래서|저기|저기요|안녕하세요|네|음|아|할지|하는지|하면|하면돼요|"
    r"하면 ?되나요|하면되요|되는지|모르겠어요|모르겠는데요|모르겠네요|몰라요|정리|정리해주세요|"
    r"대충|보통|대략|총|오래|많이|"
    # "머해야되요", "뭐해야 돼요", "뭘 하면 되나요": what to do, in the chat's spellings
    r"(?:뭐|머|뭘)?(?:해야|하면|할지|해|하지)(?:돼요|되요|해요|하나요|됨|함|돼|되나요|할까요|하죠|지|"
    r"되는지|되죠|할지)?)$"
)
_PARTICLE_TAIL = re.compile(
    r"(?:은|는|이|가|을|를|도|만|요|은요|는요|이요|가요|이랑|랑|부터|도요|엔|에는|에|엔요)$"
)
_WORD = re.compile(r"[a-z0-9']+|[가-힣]+")
_MAX_WORDS = 8  # a longer message says more than its topic


class BareTopics:
    """Reads a message that names one topic and nothing else, from the concepts' terms."""

    def __init__(self, overviews: Iterable[tuple[str, str, Iterable[str]]]) -> None:
        """``overviews``: (concept id, its overview entry id, its terms)."""
        self._entry: dict[str, str] = {}
        self._concepts: dict[str, set[str]] = {}
        for concept, entry, words in overviews:
            self._entry[concept] = entry
            for term in words:
                if normalize(term):
                    self._concepts.setdefault(normalize(term), set()).add(concept)
        # One pass over the message: longest terms first, so that "필요서류" is taken whole
        # before "서류". A Latin term is a whole word ("docs" is not in "doctor"); a Korean one
        # may carry a particle or an ending, which must then be filler ("서류는요", "걸려요").
        # (As a trie: a flat alternation of some 500 terms is tried term by term at every
        # position, which cost a third of a millisecond a message.)
        latin = _trie_pattern([t for t in self._concepts if t.isascii()])
        hangul = _trie_pattern([t for t in self._concepts if not t.isascii()])
        parts = [
            *([rf"(?<![a-z0-9])(?:{latin})(?![a-z0-9])"] if latin else []),
            *([hangul] if hangul else []),
        ]
        self._terms = re.compile("|".join(parts)) if parts else None

    def entry(self, text: str) -> str | None:
        """The overview entry of the one topic ``text`` names alone, or None."""
        norm = normalize(fold_spoken(text))
        if self._terms is None or not norm or len(norm.split()) > _MAX_WORDS:
            return None
        found: set[str] = set()
        for hit in self._terms.finditer(norm):
            found |= self._concepts[hit.group()]
        if len(found) != 1:
            return None
        rest = self._terms.sub(" ", norm)
        if not all(_filler(word) for word in _WORD.findall(rest)):
            return None
        return self._entry[found.pop()]


_Trie = dict[str, "_Trie"]


def _trie_pattern(terms: list[str]) -> str:
    """One regular expression matching the longest of ``terms`` at a position, built as a
    trie of their characters (shared prefixes are tried once)."""
    root: _Trie = {}
    for term in terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(root) if terms else ""


def _node_pattern(node: _Trie) -> str:
    # Longer continuations first, the end of a term ("") last: the longest term wins.
    branches = [re.escape(char) + _node_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _filler(word: str) -> bool:
    if word.isascii():
        return word in _FILLER_EN
    return bool(_FILLER_KO.match(word) or _PARTICLE_TAIL.fullmatch(word))
