"""Is this message a question, or a value typed for the step that asked?

At a step waiting for a service name, an address or a memo, "카드사 심사는 얼마나 걸려요?" must be
answered, not stored. A value rarely looks like a question: names, addresses, URLs and item
lists carry no question word with an interrogative ending, and no question mark. So a message
is a question when it ends in "?", ends in an interrogative ending ("되나요", "어딨어요"), asks
for information ("알려주세요", "궁금해요"), or carries a question word ("얼마나", "어떻게") and
ends like a sentence ("…걸려요"). English: a question mark, or a question word or auxiliary
first in a sentence of several words ("how long does approval take").
"""

from __future__ import annotations

import re

# Punctuation, emoji and laughter/crying jamo that trail a message ("되나요?? ㅠㅠ").
_TRAILING = re.compile(r"[\s.!~^…·ㅋㅎㅠㅜ;:)\]\u2600-\u27bf\U0001f300-\U0001faff]+$")
_QUESTION_MARK = re.compile(r"[?？]")

# Endings that ask, with or without a question mark (spoken forms included: 되요, 머에요).
_KO_ASKING_END = re.compile(
    r"(나요|가요|까요|니까|는지요|을까|할까|인가|건가|는가|되나|되냐|되남|되요|돼요|될까|지요|뭐에요|"
    r"뭐예요|머에요|머예요|뭐임|뭔가요|뭐죠|뭐야|어딨어요|어딨나요|어디에요|어디예요|어딘가요|어디죠|"
    r"없나요|있나요|맞나요|될까요|나여|남요)$"
)
# Asking for information without a question's grammar.
_KO_ASKING_WORDS = re.compile(
    r"(알려\s?주|알려줘|알고\s?싶|궁금|설명\s?해|문의\s?드|여쭤|여쭙|가르쳐)"
)
_KO_QUESTION_WORDS = re.compile(
    r"(얼마나|얼마|어떻게|어떡|어떤|어떻|언제|왜|뭐|뭘|무엇|무슨|어디|어딨|어느|누가|누구|몇|며칠|"
    r"가능한가|가능해|가능할|가능|할 수 있|될까|되는지|하는지|인지)"
)
# Sentence endings that close a Korean sentence (a value like an address ends in a noun).
_KO_SENTENCE_END = re.compile(r"(요|까|나|니|냐|죠|지|야|어|아|해|돼|되|음|임|남|가|래|대|데|네)$")

_EN_WH = frozenset({"how", "what", "when", "where", "why", "who", "which", "whats", "what's"})
_EN_AUX = frozenset(
    {
        "can", "could", "do", "does", "did", "is", "are", "was", "were", "will", "would",
        "should", "shall", "may", "might", "must", "have", "has", "am", "isn't", "aren't",
        "don't", "doesn't", "can't", "cannot", "won't",
    }
)  # fmt: skip
# "can I …", "is there …": an auxiliary asks when a subject follows it.
_EN_SUBJECTS = frozenset(
    {"i", "we", "you", "it", "they", "he", "she", "there", "this", "that", "my", "our", "the",
     "a", "an", "me", "us", "these", "those", "your", "its", "their", "any", "someone"}
)  # fmt: skip
_EN_ASKING = re.compile(
    r"\b(tell me|i want to know|i'd like to know|wondering|explain|any idea|is it possible)\b"
)
_EN_MIN_WORDS_WH = 3  # "What A Shop" (a service name) is not a question; "what is mid" is
_EN_MIN_WORDS_AUX = 3
_SENTENCE_SPLIT = re.compile(r"[.!\n]+")
_LATIN_WORD = re.compile(r"[A-Za-z']+")


def _title_case(words: list[str]) -> bool:
    """ "Can Do Mart", "How To Cook Korea": a name, not a question typed in a chat."""
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _english_question(sentence: str) -> bool:
    typed = _LATIN_WORD.findall(sentence)
    words = [w.casefold() for w in typed]
    if not words or _title_case(typed):
        return False
    if _EN_ASKING.search(sentence.casefold()):
        return True
    first = words[0]
    if first in _EN_WH:
        return len(words) > _EN_MIN_WORDS_WH or (
            len(words) == _EN_MIN_WORDS_WH and words[1] in _EN_AUX
        )
    return first in _EN_AUX and len(words) >= _EN_MIN_WORDS_AUX and words[1] in _EN_SUBJECTS


def _korean_question(sentence: str) -> bool:
    if _KO_ASKING_END.search(sentence) or _KO_ASKING_WORDS.search(sentence):
        return True
    return bool(_KO_QUESTION_WORDS.search(sentence) and _KO_SENTENCE_END.search(sentence))


def looks_like_question(text: str) -> bool:
    """True when ``text`` asks something rather than gives a value."""
    text = text.strip()
    if not text:
        return False
    if _QUESTION_MARK.search(text):
        return True
    for raw in _SENTENCE_SPLIT.split(text):
        sentence = _TRAILING.sub("", raw.strip())
        if not sentence:
            continue
        if _korean_question(sentence) or _english_question(sentence):
            return True
    return False


# A number of six digits or more (business number, phone, date), an e-mail or a link: the
# message carries a value even if it is phrased as a question ("124-81-00998 계약 있나요?").
_VALUE_SHAPED = re.compile(
    r"(\d[\d\s.-]{4,}\d)|([\w.+-]+@[\w-]+\.[\w.-]+)|(https?://|www\.)", re.IGNORECASE
)


def carries_value(text: str) -> bool:
    """True when ``text`` contains something a step may take as its value."""
    found = _VALUE_SHAPED.search(text)
    if found is None:
        return False
    digits = found.group(1)
    return digits is None or sum(c.isdigit() for c in digits) >= 6
