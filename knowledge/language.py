"""Which language a merchant writes in: Korean when the text has Hangul (unless it is an English
sentence quoting a Korean word), English otherwise."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Lang(StrEnum):
    KO = "ko"
    EN = "en"


# Hangul syllables, jamo and compatibility jamo: any of them means the merchant typed Korean.
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Addresses say nothing of the language their owner writes in.
_NOT_LANGUAGE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+", re.IGNORECASE)


# What an English sentence has and a name or code has not: function words, greetings, "?".
# Public: dialogs/speech.py reads English speech with the same words.
EN_SPEECH = re.compile(
    r"\b(i|i'm|i'd|we|you|my|our|me|please|pls|thanks|thank|hello|hi|hey|what|which|how|"
    r"why|when|where|can|could|would|should|do|does|did|is|are|want|need|like|help|"
    r"english|yes|no|okay|ok|sorry)\b|[?]"
)


def detect_lang(text: str) -> Lang | None:
    """The language of ``text``, or None when it has nothing to tell by (digits, emoji, an
    e-mail address, a URL, a single letter).

    Korean when it has Hangul, unless most of its words are Latin and read as English: "what
    is 업태?" is English asking about a Korean word, "KCP 계약 있나요?" Korean naming a PG.
    """
    if _HANGUL.search(text):
        hangul = sum(1 for word in text.split() if _HANGUL.search(word))
        if len(latin_words(text)) > hangul and EN_SPEECH.search(
            unicodedata.normalize("NFKC", text).casefold()
        ):
            return Lang.EN
        return Lang.KO
    if _LATIN_WORD.search(_NOT_LANGUAGE.sub(" ", text)):
        return Lang.EN
    return None


def latin_words(text: str) -> list[str]:
    """The Latin words of ``text`` that could tell a language (addresses left out)."""
    return _LATIN_WORD.findall(_NOT_LANGUAGE.sub(" ", text))
