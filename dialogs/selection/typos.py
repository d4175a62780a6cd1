"""PG names with a typo ("니이시스", "kg inicsi"): recognised when nothing else was.

The knowledge matcher finds names and their known aliases; a merchant typing fast swaps or
drops a letter. A word of the message (its particle taken off: "니이시스로") within one edit
(two for long names), counting a swap of neighbours as one, of exactly one PG's alias names
that PG. Short words are left alone: "KCP" and "KSN" are one letter apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import DamerauLevenshtein

from dialogs.selection import pg_support
from knowledge.matcher import Extraction, Match, extract_pgs

# Particles and endings that follow a PG name in a request ("이니시스로 해 주세요").
_TRAILING = re.compile(r"(으로|로|이랑|랑|하고|는|은|이|가|를|을|도|요|와|과|만)$")
_WORD = re.compile(r"[0-9a-z가-힣]+")
MIN_LENGTH = 4


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, str], ...]:
    """(alias without spaces, PG code) of every PG."""
    found: list[tuple[str, str]] = []
    for pg in pg_support.v1_pgs():
        for alias in (*pg.aliases, pg.names.ko, pg.names.en):
            flat = unicodedata.normalize("NFKC", alias).casefold().replace(" ", "")
            if len(flat) >= MIN_LENGTH:
                found.append((flat, pg.code))
    return tuple(dict.fromkeys(found))


def _allowed(length: int) -> int:
    return 1 if length <= 6 else 2


def typo_pgs(text: str) -> Extraction:
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _WORD.findall(folded)
    # Two words written apart ("kg inicsi") are tried together too: (joined, first word).
    candidates = [*((w, "") for w in words), *((a + b, a) for a, b in pairwise(words))]
    matches: list[Match] = []
    for word, first in candidates:
        stem = _TRAILING.sub("", word) if len(word) > MIN_LENGTH else word
        if len(stem) < MIN_LENGTH:
            continue
        near = {
            code
            for alias, code in _aliases()
            if abs(len(alias) - len(stem)) <= 2
            and DamerauLevenshtein.distance(stem, alias) <= _allowed(len(alias))
            and (not first or _parts_close(first, stem, alias))
        }
        if len(near) == 1:
            code = near.pop()
            if code not in [m.value for m in matches]:
                matches.append(Match(value=code, term=word, alias=code, score=80.0))
    return Extraction(matches=matches)


def _parts_close(first: str, stem: str, alias: str) -> bool:
    """Two words read as one name only if each is close to its own part of the name: "kg" +
    "inicsi" is "kg" + "inicis", but "time" + "payments" is not "nice" + "payments"."""
    head, tail = alias[: len(first)], alias[len(first) :]
    rest = stem[len(first) :]
    return DamerauLevenshtein.distance(first, head) <= (1 if len(first) >= 4 else 0) and (
        DamerauLevenshtein.distance(rest, tail) <= _allowed(len(tail))
    )


def find_pgs(text: str) -> Extraction:
    """PGs named in ``text``: by the knowledge matcher, else by a name with a typo."""
    found = extract_pgs(text)
    known = {m.value for m in found.matches}
    typos = [m for m in typo_pgs(text).matches if m.value not in known]
    if not typos:
        return found
    # A misspelt name settles an ambiguity it is part of ("kg inicsi" is not "kg" alone).
    return Extraction(matches=[*found.matches, *typos])
