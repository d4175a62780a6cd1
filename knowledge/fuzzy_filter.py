"""Which of many alias forms can reach a fuzzy-ratio cutoff with a word, without scoring them all.

The fuzzy pass of knowledge/matcher.py compares every leftover word of a message with every
alias of fitting length: a long message has dozens of leftover words, the concept lexicon a
thousand aliases, and those comparisons were most of the slowest questions' time (know19).

The filter is exact, by the pigeonhole principle. ``fuzz.ratio`` is 100 x (1 - d / (n + m)),
d the insertions and deletions that turn one string (length n) into the other (length m). Each
such edit breaks at most one of several consecutive pieces of the word, so with d_max + 1
pieces at least one piece is intact: it occurs, unchanged, inside every alias that reaches the
cutoff. Only aliases containing one of the word's pieces are scored; an alias the filter drops
cannot reach the cutoff, so the best match (and which of equals comes first) is the full scan's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# Pieces are looked up by their first few characters: a prefix of an intact piece is intact
# too, and a short key keeps the table small (every substring up to this length of each alias).
_KEY = 4
_EPSILON = 1e-9  # the cutoff test is on floats: never drop an alias exactly at the cutoff


class PieceFilter:
    """Candidate positions in ``forms`` for a word, at a ``fuzz.ratio`` cutoff (0-100)."""

    def __init__(self, forms: Sequence[str], cutoff: float) -> None:
        self._cutoff = cutoff
        self._lengths = [len(form) for form in forms]
        self._all = list(range(len(forms)))
        self._by_piece: dict[str, set[int]] = {}
        for position, form in enumerate(forms):
            for start in range(len(form)):
                for end in range(start + 1, min(start + _KEY, len(form)) + 1):
                    self._by_piece.setdefault(form[start:end], set()).add(position)

    def window(self, length: int) -> tuple[int, int]:
        """The alias lengths that allow the cutoff with a word of ``length``:
        ratio <= 200 x min(n, m) / (n + m)."""
        cutoff = self._cutoff
        return (
            math.floor(length * cutoff / (200 - cutoff)),
            math.ceil(length * (200 - cutoff) / cutoff),
        )

    def max_edits(self, length: int) -> int:
        """The most insertions and deletions an alias of the window may be away from a word
        of ``length`` and still reach the cutoff."""
        _, high = self.window(length)
        return math.floor((1 - self._cutoff / 100) * (length + high) + _EPSILON)

    def candidates(self, form: str) -> list[int]:
        """Positions (ascending) of the forms that may reach the cutoff with ``form``."""
        low, high = self.window(len(form))
        count = self.max_edits(len(form)) + 1
        if len(form) < count:  # too short to split: every form of fitting length
            found: set[int] | list[int] = self._all
        else:
            found = set()
            for k in range(count):
                piece = form[k * len(form) // count : (k + 1) * len(form) // count]
                found |= self._by_piece.get(piece[:_KEY], set())
        lengths = self._lengths
        return sorted(p for p in found if low <= lengths[p] <= high)
