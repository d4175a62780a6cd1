"""PG names typed with a slip ("니이시스", "inisis", "토스페이멘츠", "kg inicsi").

The alias index (knowledge/matcher.py) finds names and their known spellings; a merchant typing
fast swaps, drops or mistypes a letter. One recogniser serves every caller, with how much it
forgives as a parameter, because the cost of a wrong guess differs: picking a PG for an
application asks back anyway (the summary shows it), so it forgives more; reading a support
question must not turn an ordinary word ("welcomed") into a PG.

A word of the message (as typed, else with its particle taken off: "니이시스로") names a PG when
it is within the tolerance of one of that PG's names and of no other PG's. A word that is
exactly a name is not a typo (the alias index reads it), and neither is a name with an English
ending ("welcomed"). Two neighbouring words may be read as one name ("kg inicsi") when each is
close to its own part of it, so "time payments" is not "nice payments".
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz.distance import DamerauLevenshtein, Hamming

from knowledge.catalog import Catalog, load_catalog
from knowledge.matcher import Match
from knowledge.normalize import compact, has_latin, is_hangul, jamo, normalize, strip_particle


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far a typed word may be from a name. Lengths and edits are counted in letters, and
    Korean in syllables, or in jamo when ``by_jamo`` (then one wrong vowel is one edit rather
    than a whole syllable). A swap of two neighbours is one edit."""

    edits: int = 1
    long_edits: int = 1  # for names longer than ``long_name``
    long_name: int = 6
    by_jamo: bool = False
    min_length: int = 4  # shortest word with Latin letters, or Latin name, compared
    min_hangul: int = 4  # shortest Korean word compared (syllables, or jamo when ``by_jamo``)
    min_hangul_name: int = 4  # shortest Korean name compared, in syllables
    same_start: bool = False  # a slip keeps the first letter: only such names are compared
    pairs: bool = False  # two neighbouring words may be one name typed apart ("kg inicsi")
    # Latin words shorter than ``min_length`` but at least this long are compared too, with
    # one swap of two neighbouring letters after the first as the only slip ("kpc" is KCP).
    # 0: never. A short word with any other slip is as close to ordinary words as to a name.
    short_swaps: int = 0

    def allowed(self, length: int) -> int:
        return self.long_edits if length > self.long_name else self.edits


def _form(text: str, tolerance: Tolerance) -> str:
    return jamo(text) if tolerance.by_jamo else text


def _long_enough(word: str, tolerance: Tolerance) -> bool:
    minimum = tolerance.min_length if has_latin(word) else tolerance.min_hangul
    return len(_form(word, tolerance)) >= minimum


def _short_swap(word: str, first: str, tolerance: Tolerance) -> bool:
    """Whether ``word`` (one word typed, not a pair) is a short Latin word the swap rule reads."""
    return (
        not first
        and bool(tolerance.short_swaps)
        and word.isascii()
        and word.isalpha()
        and tolerance.short_swaps <= len(word) < tolerance.min_length
    )


def _long_name(name: str, tolerance: Tolerance) -> bool:
    if is_hangul(name) and not has_latin(name):
        return len(name) >= tolerance.min_hangul_name
    return len(name) >= tolerance.min_length


# Per catalog object (kept alive with its names, so its id is not reused meanwhile).
_NAMES: dict[int, tuple[Catalog, tuple[tuple[str, str], ...]]] = {}


def _names(catalog: Catalog) -> tuple[tuple[str, str], ...]:
    """(name without spaces, PG code) for every name, alias and SDK code of every PG."""
    cached = _NAMES.get(id(catalog))
    if cached is not None:
        return cached[1]
    found: list[tuple[str, str]] = []
    for pg in catalog.pgs:
        for name in (*pg.aliases, *pg.sdk_codes, pg.names.ko, pg.names.en):
            key = compact(name)
            if key:
                found.append((key, pg.code))
    names = tuple(dict.fromkeys(found))
    _NAMES[id(catalog)] = (catalog, names)
    return names


def _distance(a: str, b: str, tolerance: Tolerance) -> int:
    return int(DamerauLevenshtein.distance(_form(a, tolerance), _form(b, tolerance)))


@dataclass(frozen=True, slots=True)
class _Candidates:
    exact: frozenset[str]  # every name: a word that is one is not a typo
    names: tuple[tuple[str, str, str], ...]  # (name, its form, code) long enough to compare


_CANDIDATES: dict[tuple[int, Tolerance, frozenset[str] | None], tuple[Catalog, _Candidates]] = {}


def _candidates(
    catalog: Catalog, tolerance: Tolerance, codes: Collection[str] | None
) -> _Candidates:
    """The names a tolerance compares, with their forms, once per catalog, tolerance and set
    of codes (a message is compared with every name: forms are not recomputed each time)."""
    key = (id(catalog), tolerance, frozenset(codes) if codes is not None else None)
    cached = _CANDIDATES.get(key)
    if cached is not None:
        return cached[1]
    names = [(n, c) for n, c in _names(catalog) if codes is None or c in codes]
    found = _Candidates(
        frozenset(n for n, _ in names),
        tuple((n, _form(n, tolerance), c) for n, c in names if _long_name(n, tolerance)),
    )
    _CANDIDATES[key] = (catalog, found)
    return found


def _near(
    word: str, first: str, candidates: _Candidates, tolerance: Tolerance
) -> dict[str, Match] | None:
    """The PGs whose names ``word`` is within tolerance of; None when it is a name itself."""
    if word in candidates.exact:
        return None
    form = _form(word, tolerance)
    latin = has_latin(word)
    near: dict[str, Match] = {}
    for name, name_form, code in candidates.names:
        allowed = tolerance.allowed(len(name_form))
        if abs(len(name_form) - len(form)) > allowed or (
            tolerance.same_start and name_form[:1] != form[:1]
        ):
            continue
        if latin and word.startswith(name):
            continue  # "welcomed", "nicer": an English ending on a name that is also a word
        distance = int(DamerauLevenshtein.distance(form, name_form, score_cutoff=allowed))
        if distance > allowed:
            continue
        if first and not _parts_close(first, word, name, tolerance):
            continue
        score = 100.0 * (1 - distance / max(len(form), len(name_form)))
        if code not in near or near[code].score < score:
            near[code] = Match(value=code, term=word, alias=name, score=score)
    return near


def _parts_close(first: str, word: str, name: str, tolerance: Tolerance) -> bool:
    """Two words read as one name only if each is close to its own part of the name: "kg" +
    "inicsi" is "kg" + "inicis", but "time" + "payments" is not "nice" + "payments"."""
    head, tail = name[: len(first)], name[len(first) :]
    return _distance(first, head, tolerance) <= (1 if len(first) >= 4 else 0) and (
        _distance(word[len(first) :], tail, tolerance) <= tolerance.allowed(len(tail))
    )


_VOWELS = frozenset("aeiouy")


def _swapped(word: str, names: tuple[tuple[str, str], ...]) -> dict[str, Match]:
    """The PGs of which a short Latin ``word`` is a name with two neighbouring letters swapped,
    the first kept ("kpc", "ncie"). A three-letter word with a vowel is an English word more
    often than an acronym typed fast ("lug" is no LGU), so only consonant clusters count."""
    if len(word) == 3 and not _VOWELS.isdisjoint(word):
        return {}
    near: dict[str, Match] = {}
    for name, code in names:
        # Same length, one Damerau edit and two letters apart: one swap of neighbours.
        if (
            len(name) == len(word)
            and name[0] == word[0]
            and name.isascii()
            and name.isalpha()
            and DamerauLevenshtein.distance(word, name) == 1
            and Hamming.distance(word, name) == 2
        ):
            near[code] = Match(value=code, term=word, alias=name, score=100.0 * (1 - 1 / len(word)))
    return near


def misspelt_pgs(
    text: str,
    tolerance: Tolerance,
    codes: Collection[str] | None = None,
    catalog: Catalog | None = None,
) -> list[Match]:
    """The PGs (in order of first mention) that words of ``text`` name with a slip, among
    ``codes`` (every PG when None). A word close to two PGs' names names neither."""
    candidates_of = _candidates(catalog or load_catalog(), tolerance, codes)
    words = normalize(text).split()
    # Two words written apart ("kg inicsi") are tried together too: (joined, first word).
    candidates = [(w, "") for w in words]
    if tolerance.pairs:
        candidates += [(a + b, a) for a, b in pairwise(words)]
    found: dict[str, Match] = {}
    for typed, first in candidates:
        # As typed first: "스마트로" ends like the particle "로" but it is the name.
        for word in dict.fromkeys((typed, strip_particle(typed))):
            if not _long_enough(word, tolerance):
                if _short_swap(word, first, tolerance):
                    swapped = _swapped(word, _names(catalog or load_catalog()))
                    if word not in candidates_of.exact and len(swapped) == 1:
                        match = next(iter(swapped.values()))
                        found.setdefault(match.value, match)
                        break
                continue
            near = _near(word, first, candidates_of, tolerance)
            if near is None:
                break  # a name itself, read by the alias index
            if len(near) == 1:
                match = next(iter(near.values()))
                found.setdefault(match.value, match)
                break
    return list(found.values())
