"""Korean particles chosen by the final consonant (받침) of the word before them.

Templates write a particle both ways, "{label}을(를)", as Korean style guides do when the word
is not known; ``attach_particles`` then picks the one that fits the word actually put there.
``dialogs.i18n.T`` runs it over every Korean text, so every interpolated name gets it.

Latin letters and digits are read the way Koreans say them: an acronym by its letter names
("URL" ends in 엘, so 을), a word by its last letter ("Paymentwall" ends in 월), a digit by its
Korean name (3 삼, 2 이).
"""

from __future__ import annotations

import re

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # index of ㄹ among the final consonants
# Letter names that end in a consonant: 엘, 엠, 엔, 알 (ㄹ for L and R).
_LETTERS_WITH_FINAL = {"L": True, "M": True, "N": True, "R": True}
_LETTERS_RIEUL = {"L", "R"}
# 영 일 이 삼 사 오 육 칠 팔 구
_DIGITS_WITH_FINAL = {"0": True, "1": True, "3": True, "6": True, "7": True, "8": True}
_DIGITS_RIEUL = {"1", "7", "8"}
# Closing marks are skipped: the particle follows the word inside them.
_CLOSING = "'\"’”)]}」』 "

# (with a final consonant, without); ㄹ takes the second of 으로/로.
_PAIRS: dict[str, tuple[str, str]] = {
    "을/를": ("을", "를"),
    "은/는": ("은", "는"),
    "이/가": ("이", "가"),
    "과/와": ("과", "와"),
    "와/과": ("과", "와"),
    "으로/로": ("으로", "로"),
    "이에요/예요": ("이에요", "예요"),
}
# How templates write them: "을(를)", "를(을)", "(으)로", ...
_WRITTEN = re.compile(
    r"(을\(를\)|를\(을\)|은\(는\)|는\(은\)|이\(가\)|가\(이\)|과\(와\)|와\(과\)|\(으\)로|으로\(로\))"
)
_PAIR_OF = {
    "을(를)": "을/를",
    "를(을)": "을/를",
    "은(는)": "은/는",
    "는(은)": "은/는",
    "이(가)": "이/가",
    "가(이)": "이/가",
    "과(와)": "과/와",
    "와(과)": "과/와",
    "(으)로": "으로/로",
    "으로(로)": "으로/로",
}


def _last_sound(word: str) -> tuple[bool, bool] | None:
    """(has a final consonant, that consonant is ㄹ) of the word's last sound; None when the
    word ends in nothing readable."""
    text = word.rstrip(_CLOSING)
    if not text:
        return None
    ch = text[-1]
    code = ord(ch)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        final = (code - _HANGUL_FIRST) % 28
        return final != 0, final == _RIEUL
    if ch.isdigit():
        return _DIGITS_WITH_FINAL.get(ch, False), ch in _DIGITS_RIEUL
    if ch.isascii() and ch.isalpha():
        token = re.findall(r"[A-Za-z]+$", text)[0]
        if token.isupper() or len(token) == 1:
            letter = token[-1].upper()
            return _LETTERS_WITH_FINAL.get(letter, False), letter in _LETTERS_RIEUL
        last = token[-1].lower()
        if last in "aeiouwy":
            return False, False
        return True, last in "lr" and token[-2:].lower() != "er"
    return None


def has_final_consonant(word: str) -> bool | None:
    sound = _last_sound(word)
    return None if sound is None else sound[0]


def particle(word: str, pair: str) -> str:
    """The particle of ``pair`` ("을/를", "은/는", "이/가", "와/과", "으로/로") for ``word``."""
    with_final, without = _PAIRS[pair]
    sound = _last_sound(word)
    if sound is None:
        return f"{with_final}({without})"
    final, rieul = sound
    if pair == "으로/로" and rieul:
        return without
    return with_final if final else without


def attach_particles(text: str) -> str:
    """Every "을(를)"-style particle in ``text`` resolved for the word before it."""

    def resolve(match: re.Match[str]) -> str:
        before = text[: match.start()]
        word = re.findall(r"[^\s]+\s*$", before)
        return particle(word[0] if word else "", _PAIR_OF[match.group(1)])

    return _WRITTEN.sub(resolve, text)
