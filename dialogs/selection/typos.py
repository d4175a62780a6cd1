"""PG names with a typo ("니이시스", "kg inicsi"): recognised when nothing else was.

The knowledge matcher finds names and their known aliases; knowledge/typos.py reads a name
typed with a slip, with how much it forgives as a parameter. Picking a PG forgives more than
reading a support question does (one edit, two for long names, a syllable counting as one
letter), because the summary shows the PG and asks before anything is filed; short words are
still left alone: "KCP" and "KSN" are one letter apart.
"""

from __future__ import annotations

from dialogs.selection import pg_support
from knowledge.matcher import Extraction, extract_pgs
from knowledge.typos import Tolerance, misspelt_pgs

PICKING_TYPOS = Tolerance(
    edits=1, long_edits=2, long_name=6, min_length=4, min_hangul=4, pairs=True
)


def typo_pgs(text: str) -> Extraction:
    """PGs this assistant files for (PortOne V1) named in ``text`` with a slip."""
    codes = {pg.code for pg in pg_support.v1_pgs()}
    return Extraction(matches=misspelt_pgs(text, PICKING_TYPOS, codes=codes))


def find_pgs(text: str) -> Extraction:
    """PGs named in ``text``: by the knowledge matcher, else by a name with a typo."""
    found = extract_pgs(text)
    known = {m.value for m in found.matches}
    typos = [m for m in typo_pgs(text).matches if m.value not in known]
    if not typos:
        return found
    # A misspelt name settles an ambiguity it is part of ("kg inicsi" is not "kg" alone).
    return Extraction(matches=[*found.matches, *typos])
