"""Text normalization shared by the catalog matcher and the FAQ.

Merchants type on phones and in two scripts: full-width letters, stray punctuation, missing or
extra spaces and Korean particles glued to nouns ("카카오페이랑"). Everything that compares text
goes through these functions so that aliases and queries are reduced the same way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Anything that is neither a letter nor a digit separates words. `\w` would keep "_", which
# merchants use as often as "-" in codes like "toss_brandpay"; we treat both as separators.
_SEPARATORS = re.compile(r"[\W_]+", re.UNICODE)
_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
# A lone jamo between two syllables is a slip of the phone keyboard ("버튼ㅇ이" for "버튼이":
# the next syllable's first consonant typed twice): it carries nothing and splits the word.
# Runs of jamo ("ㅠㅠ", "ㅋㅋ") and a jamo at a word's edge are left alone.
_STRAY_JAMO = re.compile(r"(?<=[\uac00-\ud7a3])[\u3131-\u3163](?=[\uac00-\ud7a3])")
_LATIN_OR_DIGIT = re.compile(r"[a-z0-9]")

# Josa and a few endings that merchants attach to nouns, longest first so that "이랑" is removed
# before "랑". Single-syllable particles such as "이" and "가" also end real nouns ("페이",
# "다날가"?), so callers try the unstripped token first and strip only as a fallback.
PARTICLES: tuple[str, ...] = (
    "이랑은",
    "이랑",
    "으로는",
    "으로",
    "에서는",
    "에서",
    "에는",
    "하고",
    "까지",
    "부터",
    "처럼",
    "만요",
    "이요",
    "랑",
    "와",
    "과",
    "로",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "도",
    "에",
    "의",
    "만",
    "요",
)


def normalize(text: str) -> str:
    """Compatibility-fold, case-fold, turn punctuation into spaces and collapse whitespace.

    NFKC maps full-width forms ("ＫＣＰ") and compatibility characters to their plain forms;
    it runs again after casefolding because casefolding can produce sequences NFKC would
    recompose, and the result must be a fixed point (normalize(normalize(x)) == normalize(x)).
    """
    text = _STRAY_JAMO.sub("", text)
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(_SEPARATORS.sub(" ", folded).split())


def compact(text: str) -> str:
    """``normalize`` without spaces: "네이버 페이" and "네이버페이" become the same key."""
    return normalize(text).replace(" ", "")


def jamo(text: str) -> str:
    """Decompose Hangul syllables into jamo so that one wrong vowel costs one character.

    "카카오패이" vs "카카오페이" differ in one of ten jamo instead of one of five syllables,
    which keeps typo-tolerant fuzzy scores high for Korean without a morphological analyser.
    """
    return unicodedata.normalize("NFD", text)


def is_hangul(text: str) -> bool:
    """True when ``text`` contains at least one Hangul syllable."""
    return _HANGUL_SYLLABLE.search(text) is not None


def has_latin(text: str) -> bool:
    """True when ``text`` (already normalized) contains an ASCII letter or digit."""
    return _LATIN_OR_DIGIT.search(text) is not None


# Particle pairs follow the sound of the noun: "이랑", "으로", "은", "을", "이", "과" come after
# a final consonant (밥이랑), their partners after a vowel (페이랑). Checking this is what keeps
# "카카오페이랑" from losing the "이" of "페이".
_AFTER_CONSONANT = frozenset({"이랑은", "이랑", "으로는", "으로", "은", "을", "이", "과", "이요"})
_AFTER_VOWEL = frozenset({"랑", "는", "를", "가", "와"})
_RIEUL_FINAL = 8  # ㄹ: "로" follows a vowel or ㄹ ("서울로")


def _final_consonant(syllable: str) -> int | None:
    """Index of the syllable's final consonant (0 = none), or None if it is not Hangul."""
    if not is_hangul(syllable):
        return None
    return (ord(syllable) - 0xAC00) % 28


def _fits(particle: str, before: str) -> bool:
    final = _final_consonant(before)
    if final is None:  # a Latin or digit noun: "kcp로", "11페이랑" are both written
        return True
    if particle in _AFTER_CONSONANT:
        return final != 0
    if particle in _AFTER_VOWEL:
        return final == 0
    if particle == "로":
        return final in (0, _RIEUL_FINAL)
    return True


# A pure function of one word, called for every word of every message by several indices.
@lru_cache(maxsize=8192)
def strip_particle(token: str) -> str:
    """Remove one trailing Korean particle, keeping at least two syllables of a Korean noun.

    Only tokens that end in Hangul are touched; "kcp로" becomes "kcp" because the noun may be
    Latin while the particle is Korean.
    """
    if not token or not is_hangul(token[-1]):
        return token
    for particle in PARTICLES:
        if token.endswith(particle):
            stem = token[: -len(particle)]
            min_len = 1 if stem and not is_hangul(stem[-1]) else 2
            if len(stem) >= min_len and _fits(particle, stem[-1]):
                return stem
    return token


def tokens(text: str) -> list[str]:
    """Normalized words of ``text`` with one trailing particle removed from each."""
    return [strip_particle(word) for word in normalize(text).split()]
