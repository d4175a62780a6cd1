"""Which language a merchant writes in: Korean when the text has Hangul, English otherwise."""

from __future__ import annotations

import re
from enum import StrEnum


class Lang(StrEnum):
    KO = "ko"
    EN = "en"


# Hangul syllables, jamo and compatibility jamo: any of them means the merchant typed Korean.
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_lang(text: str) -> Lang | None:
    """The language of ``text``, or None when it has no letters to tell by (digits, emoji)."""
    if _HANGUL.search(text):
        return Lang.KO
    if _LATIN.search(text):
        return Lang.EN
    return None
