"""Find payment methods and PGs named in free text, tolerating typos, spacing and particles.

Two passes over the normalized text:

1. exact aliases, longest first, on the text with spaces removed ("네이버 페이" = "네이버페이",
   "카카오페이랑" contains "카카오페이"); Latin aliases must sit on word edges so "all pay"
   never yields "lpay";
2. fuzzy, for words the first pass left over: rapidfuzz ratio on jamo-decomposed forms with a
   cutoff, so "카카오패이" and "naver pya" match while unrelated words match nothing.

Terms that name several entries ("토스", "간편결제") or a common word that may be a name
("nice") are reported as ``Ambiguity`` so that a dialog can ask back instead of guessing.
Everything is precomputed when an index is built; a lookup is dictionary probes plus a few
rapidfuzz calls on the leftover words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any
from weakref import WeakSet

from rapidfuzz import fuzz, process

from knowledge.catalog import Catalog, load_catalog
from knowledge.fuzzy_filter import PieceFilter
from knowledge.normalize import compact, has_latin, is_hangul, jamo, normalize, strip_particle

DEFAULT_FUZZY_CUTOFF = 85.0
_END = "\0"  # marks the end of a key in the trie (no normalized text contains it)
# Shorter leftovers are too likely to be ordinary words that happen to resemble an alias.
_MIN_FUZZY_LATIN = 4
_MIN_FUZZY_JAMO = 6  # about three Hangul syllables
_PLURAL_SUFFIXES = ("s", "es")


# One question is read several times over (whole, then its last clauses; by the catalog reader
# and the FAQ), and the fuzzy pass is the costly part: remember each leftover word's result.
_MEMO_LIMIT = 4096
_INDICES: WeakSet[AliasIndex] = WeakSet()


def clear_fuzzy_memos() -> None:
    """Forget every index's remembered fuzzy results (benchmarks time a cold read)."""
    for index in list(_INDICES):
        index.fuzzy_memo.clear()


@dataclass(frozen=True, slots=True)
class Match:
    """``value`` was named in the text by ``term`` (as typed), matching ``alias`` at ``score``."""

    value: str
    term: str
    alias: str
    score: float


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """``term`` may mean any of ``candidates``; ask the merchant which one."""

    term: str
    candidates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    matches: list[Match] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)

    @property
    def values(self) -> list[str]:
        return [match.value for match in self.matches]

    def __bool__(self) -> bool:
        return bool(self.matches or self.ambiguous)


@dataclass(frozen=True, slots=True)
class _Target:
    alias: str  # the alias as written in the data, for reporting
    values: tuple[str, ...]  # one value: a match; several (or flagged): an ambiguity; none: blocked
    ambiguous: bool = False
    blocker: bool = False


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    target: _Target
    score: float


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


class AliasIndex:
    """Aliases of some values, ready for repeated extraction."""

    def __init__(
        self,
        entries: Sequence[tuple[str, Sequence[str]]],
        ambiguous: Sequence[tuple[Sequence[str], Sequence[str]]] = (),
        blockers: Sequence[str] = (),
        fuzzy_cutoff: float = DEFAULT_FUZZY_CUTOFF,
        fuzzy: bool = True,
    ) -> None:
        self.fuzzy_cutoff = fuzzy_cutoff
        keys: dict[str, _Target] = {}
        owners: dict[str, set[str]] = {}
        for value, aliases in entries:
            for alias in (value, *aliases):
                key = compact(alias)
                if key:
                    owners.setdefault(key, set()).add(value)
                    keys.setdefault(key, _Target(alias, (value,)))
        for key, values in owners.items():
            if len(values) > 1:  # one alias shared by several entries is itself ambiguous
                keys[key] = _Target(keys[key].alias, tuple(sorted(values)), ambiguous=True)
        # Explicit ambiguity wins over a plain alias: the data author said "ask".
        for terms, candidates in ambiguous:
            for term in terms:
                key = compact(term)
                if key:
                    keys[key] = _Target(term, tuple(candidates), ambiguous=True)
        for blocker in blockers:
            key = compact(blocker)
            if key and key not in keys:
                keys[key] = _Target(blocker, (), blocker=True)
        self._keys = keys
        # A character trie of the keys: the aliases starting at a position are found by
        # walking the text once, not by probing every length up to the longest alias.
        self._trie: dict[str, Any] = {}
        for key in keys:
            node = self._trie
            for char in key:
                node = node.setdefault(char, {})
            node[_END] = True
        # Fuzzy choices: jamo forms of keys long enough to fuzz safely.
        self._fuzzy_keys = [
            key
            for key in keys
            if fuzzy and len(jamo(key)) >= (_MIN_FUZZY_LATIN if has_latin(key) else _MIN_FUZZY_JAMO)
        ]
        self._fuzzy_jamo = [jamo(key) for key in self._fuzzy_keys]
        # Only the forms that can reach the cutoff with a word are scored (an exact filter).
        self._fuzzy_filter = PieceFilter(self._fuzzy_jamo, fuzzy_cutoff)
        self.fuzzy_memo: dict[str, _Hit | None] = {}
        _INDICES.add(self)

    # -- pass 1: exact aliases ------------------------------------------------------------

    def _exact(self, text: str) -> tuple[str, list[int], list[_Hit]]:
        """Longest-first exact alias hits on ``text`` with spaces removed.

        Returns the compact text, the word index of each compact character, and the hits.
        """
        words = text.split()
        chars: list[str] = []
        word_of: list[int] = []
        for index, word in enumerate(words):
            chars.extend(word)
            word_of.extend([index] * len(word))
        flat = "".join(chars)
        hits: list[_Hit] = []
        i = 0
        root = self._trie
        while i < len(flat):
            # Most characters start no alias: skip them without a call (a long message has
            # hundreds, and this loop runs for several indices per question).
            if flat[i] not in root:
                i += 1
                continue
            hit = self._longest_at(flat, word_of, i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.end
        return flat, word_of, hits

    def _longest_at(self, flat: str, word_of: list[int], i: int) -> _Hit | None:
        if _is_latin(flat[i]) and i > 0 and _is_latin(flat[i - 1]) and word_of[i - 1] == word_of[i]:
            return None  # a Latin alias must start a word: "all pay" is not "lpay"
        ends: list[int] = []
        node = self._trie
        for j in range(i, len(flat)):
            child: dict[str, Any] | None = node.get(flat[j])
            if child is None:
                break
            node = child
            if _END in node:
                ends.append(j + 1)
        for end in reversed(ends):  # longest first
            key = flat[i:end]
            target = self._keys[key]
            if target.blocker and not has_latin(key) and word_of[i] != word_of[end - 1]:
                continue  # "카드 사용" is not the blocker "카드사"; "apple pay" is "applepay"
            stop = self._latin_end(flat, word_of, end)
            if stop is not None:
                return _Hit(i, stop, target, 100.0)
        return None

    @staticmethod
    def _latin_end(flat: str, word_of: list[int], end: int) -> int | None:
        """Where a hit ending at ``end`` really ends, or None if it stops mid-word."""
        if end >= len(flat) or not _is_latin(flat[end - 1]) or not _is_latin(flat[end]):
            return end
        if word_of[end] != word_of[end - 1]:
            return end  # the next Latin letter starts another word
        for suffix in _PLURAL_SUFFIXES:  # "cards", "passes"
            stop = end + len(suffix)
            if flat[end:stop] == suffix and (
                stop >= len(flat) or not _is_latin(flat[stop]) or word_of[stop] != word_of[end]
            ):
                return stop
        return None

    # -- pass 2: fuzzy, on leftover words ---------------------------------------------------

    def _fuzzy(self, words: list[str], covered: set[int]) -> list[tuple[int, _Hit]]:
        leftovers = [i for i in range(len(words)) if i not in covered]
        found: list[tuple[int, _Hit]] = []
        used: set[int] = set()
        # Pairs first so that "naver pya" is one term, then single words.
        spans = [(i, i + 1) for i, j in pairwise(leftovers) if j == i + 1]
        spans += [(i, i) for i in leftovers]
        for first, last in spans:
            if first in used or last in used:
                continue
            term = "".join(words[first : last + 1])
            hit = self._fuzzy_term(term)
            if hit is not None:
                found.append((first, hit))
                used.update(range(first, last + 1))
        return found

    def _swapped(self, term: str) -> _Hit | None:
        """An alias typed with two neighbouring syllables swapped ("니이시스" for "이니시스"):
        one slip of the fingers, but two substitutions for an edit distance."""
        word = strip_particle(term)
        if len(word) < 3 or not is_hangul(word):
            return None
        for i in range(len(word) - 1):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            target = self._keys.get(swapped)
            if target is not None and not target.blocker:
                return _Hit(0, 0, target, self.fuzzy_cutoff)
        return None

    def _fuzzy_term(self, term: str) -> _Hit | None:
        if not self._fuzzy_keys:
            return None
        if term in self.fuzzy_memo:
            return self.fuzzy_memo[term]
        if len(self.fuzzy_memo) >= _MEMO_LIMIT:
            self.fuzzy_memo.clear()
        hit = self.fuzzy_memo[term] = self._fuzzy_term_uncached(term)
        return hit

    def _fuzzy_term_uncached(self, term: str) -> _Hit | None:
        swapped = self._swapped(term)
        if swapped is not None:
            return swapped
        variants = dict.fromkeys((term, strip_particle(term), strip_particle(strip_particle(term))))
        best: _Hit | None = None
        for variant in variants:
            form = jamo(variant)
            if len(form) < (_MIN_FUZZY_LATIN if has_latin(variant) else _MIN_FUZZY_JAMO):
                continue
            positions = self._fuzzy_filter.candidates(form)
            choices = [self._fuzzy_jamo[p] for p in positions]
            result = process.extractOne(
                form, choices, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff
            )
            if result is not None and (best is None or result[1] > best.score):
                target = self._keys[self._fuzzy_keys[positions[result[2]]]]
                best = _Hit(0, 0, target, float(result[1]))
        return best

    # -- public -------------------------------------------------------------------------------

    def extract(self, text: str) -> Extraction:
        normalized = normalize(text)
        words = normalized.split()
        flat, word_of, hits = self._exact(normalized)
        covered = {word_of[pos] for hit in hits for pos in range(hit.start, hit.end)}
        ordered: list[tuple[int, str, _Hit]] = [
            (word_of[hit.start], flat[hit.start : hit.end], hit) for hit in hits
        ]
        for word_index, hit in self._fuzzy(words, covered):
            ordered.append((word_index, words[word_index], hit))
        ordered.sort(key=lambda item: item[0])
        return self._collect(ordered)

    @staticmethod
    def _collect(ordered: list[tuple[int, str, _Hit]]) -> Extraction:
        matches: dict[str, Match] = {}
        ambiguous: dict[str, Ambiguity] = {}
        for _, term, hit in ordered:
            target = hit.target
            if target.blocker:
                continue
            if target.ambiguous:
                ambiguous.setdefault(term, Ambiguity(term, target.values))
            elif target.values[0] not in matches:
                matches[target.values[0]] = Match(target.values[0], term, target.alias, hit.score)
        # "간편결제는 카카오페이" already names the easy-pay: the broad term needs no question.
        named = set(matches)
        kept = [amb for amb in ambiguous.values() if not named.intersection(amb.candidates)]
        return Extraction(list(matches.values()), kept)

    def match_one(self, text: str) -> Match | None:
        """The single value ``text`` names, or None when it names none, several, or is unclear."""
        found = self.extract(text)
        if len(found.matches) == 1 and not found.ambiguous:
            return found.matches[0]
        if found:
            return None
        # A short label typed with a typo spanning the whole text ("신용카듣").
        whole = compact(text)
        if len(jamo(whole)) < (_MIN_FUZZY_LATIN if has_latin(whole) else _MIN_FUZZY_JAMO - 2):
            return None
        result = process.extractOne(
            jamo(whole),
            [jamo(key) for key in self._keys],
            scorer=fuzz.ratio,
            score_cutoff=self.fuzzy_cutoff,
        )
        if result is None:
            return None
        target = self._keys[list(self._keys)[result[2]]]
        if target.blocker or target.ambiguous:
            return None
        return Match(target.values[0], text, target.alias, float(result[1]))


# ---------------------------------------------------------------------------------------------
# Catalog indices


def _shadowing(names: list[str], own_keys: set[str]) -> list[str]:
    """Names from the other catalog that contain one of our keys without being one.

    "토스페이먼츠" (a PG) contains "토스페이" (a method) and "애플페이" (a method) contains
    "페이" (a PG term): as blockers they stop the shorter alias matching inside the longer name.
    Names that share nothing with our keys are left out so the fuzzy pass still sees them.
    """
    found = []
    for name in names:
        key = compact(name)
        if key not in own_keys and any(own in key for own in own_keys):
            found.append(name)
    return found


def _method_index(catalog: Catalog) -> AliasIndex:
    method_keys = {compact(a) for m in catalog.methods for a in (m.code, *m.aliases)}
    method_keys |= {compact(term) for t in catalog.method_ambiguities for term in t.terms}
    pg_names = [a for pg in catalog.pgs for a in pg.aliases]
    return AliasIndex(
        [(m.code, m.aliases) for m in catalog.methods],
        [(t.terms, t.candidates) for t in catalog.method_ambiguities],
        [*catalog.method_blockers, *_shadowing(pg_names, method_keys)],
    )


def _pg_index(catalog: Catalog) -> AliasIndex:
    pg_keys = {compact(a) for pg in catalog.pgs for a in (pg.code, *pg.aliases, *pg.sdk_codes)}
    pg_keys |= {compact(term) for t in catalog.pg_ambiguities for term in t.terms}
    method_names = [a for m in catalog.methods for a in m.aliases]
    return AliasIndex(
        [(pg.code, (*pg.aliases, *pg.sdk_codes)) for pg in catalog.pgs],
        [(t.terms, t.candidates) for t in catalog.pg_ambiguities],
        [*catalog.pg_blockers, *_shadowing(method_names, pg_keys)],
    )


@cache
def method_index() -> AliasIndex:
    return _method_index(load_catalog())


@cache
def pg_index() -> AliasIndex:
    return _pg_index(load_catalog())


# One message is read by several parts (the catalog question, the FAQ's on-topic gate, the
# router's language check): remember the last few. Results are never modified by callers.
@lru_cache(maxsize=512)
def extract_methods(text: str) -> Extraction:
    """Payment methods named in ``text`` (codes in ``Match.value``), plus ambiguous terms."""
    return method_index().extract(text)


@lru_cache(maxsize=512)
def extract_pgs(text: str) -> Extraction:
    """PGs named in ``text`` (catalog codes in ``Match.value``), plus ambiguous terms."""
    return pg_index().extract(text)


@lru_cache(maxsize=256)
def _options_index(options: tuple[tuple[str, tuple[str, ...]], ...]) -> AliasIndex:
    return AliasIndex(options)


def match_one(text: str, options: Sequence[tuple[str, list[str]]]) -> Match | None:
    """Which of ``options`` (value, aliases) the merchant typed, e.g. a button's label.

    Returns None when nothing matches above the cutoff or when the text names several options.
    Indices are cached per option set, since dialogs ask the same choices over and over.
    """
    key = tuple((value, tuple(aliases)) for value, aliases in options)
    return _options_index(key).match_one(text)
