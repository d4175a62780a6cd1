"""Which language a merchant writes in: Korean when the text has Hangul, English otherwise."""

from __future__ import annotations

import re
from enum import StrEnum


class Lang(StrEnum):
    KO = "ko"
    EN = "en"


# Hangul syllables, jamo and compatibility jamo: any of them means the merchant typed Korean.
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Addresses say nothing of the language their owner writes in.
_NOT_LANGUAGE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+", re.IGNORECASE)


def detect_lang(text: str) -> Lang | None:
    """The language of ``text``, or None when it has nothing to tell by (digits, emoji, an
    e-mail address, a URL, a single letter)."""
    if _HANGUL.search(text):
        return Lang.KO
    if _LATIN_WORD.search(_NOT_LANGUAGE.sub(" ", text)):
        return Lang.EN
    return None


def latin_words(text: str) -> list[str]:
    """The Latin words of ``text`` that could tell a language (addresses left out)."""
    return _LATIN_WORD.findall(_NOT_LANGUAGE.sub(" ", text))
