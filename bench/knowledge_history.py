"""The decision rule judged on questions the code had not seen: each formerly blind set, answered
by the code of the last moment it was still blind.

The development sets are not a fair judge of a confidence rule any more: their misses were read
and the FAQ's phrasings, concepts and scope rules grew from them, so on them nearly every answer
is right (1.4 % confidently wrong pooled) while a new blind set gets 5-6 %. A set that was blind
until some commit is, on that commit's code, what a new set is to today's: wrong answers as they
happen to new merchants. This tool answers blind sets 4-11 with those commits' code (a ``git
archive`` of knowledge/, bot/ and the bench into a temporary folder, never the frozen set) and
records, per question, the real answer and the whole message's FAQ ranking (best two entries,
score, margin, and which entry the FAQ's whole-vocabulary view alone prefers).

It then replays knowledge/confidence.py's ``split_margin`` on those records: an FAQ answer of
the whole message whose best entry the vocabulary view disputes, with a margin below the bar,
becomes a clarifying question between the two best entries. (Only that step is replayed; the
rest of each answer is the old code's.) Fitted leave-one-set-out over the four sets at
bench/knowledge_cv.py's prices, reported per held-out set and as a curve: confidently wrong
removed against top-1 lost, and how many new clarifying questions offer the right entry.

It also replays know24's rule (knowledge/understand.py, ``_faq_over_catalog``): a catalog
answer to a message that asks no capability (by the code of the moment's own test), states no
wish and names no market, which the FAQ alone answers surely with an entry of its own (its two
views agreeing), becomes "the catalog's answer, or that entry?". It has no threshold fitted on
these sets, so every set is held out for it; it is reported per set with the change in
right - 5 x wrong + 0.3 x clarifying.

know32 adds two replays: how many of the old code's clarifying questions would offer the right
entry if a third entry close to the second were offered too (the old code's own options are not
recorded: its two best stand in for them), and a rule that asks back an answer whose two best
entries are of different topics in a close race, fitted leave one set out under the constraint
that it lose no more right answers than it removes wrong ones on the other sets. The records
keep the third entry, its score and the best entry's coverage for them (an older --save file
lacks them: collect again).

Run: .venv/bin/python bench/knowledge_history.py            (~1 min: six archived codebases)
     .venv/bin/python bench/knowledge_history.py --save F   (also keep the records)
     .venv/bin/python bench/knowledge_history.py --load F   (replay kept records, seconds)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import catalog_query  # noqa: E402
from knowledge.catalog_query import wish_or_market  # noqa: E402
from knowledge.understand import CATALOG_ENTRY, CATALOG_PROSE  # noqa: E402

# (set, the commit whose code had not yet been tuned on it: the last before the set was read)
SETS: tuple[tuple[str, str], ...] = (
    ("blind4", "3932862"),  # blind set 4 demoted at 06:09; its code of that moment
    ("blind5", "08457b8"),  # blind set 5 demoted at 09:04
    ("blind6", "90e5dcc"),  # blind set 6 demoted at 11:48
    ("blind7", "d420cdd"),  # blind set 7 demoted at 14:17 (session 9's start code)
    ("blind8", "38c9acb"),  # blind set 8 demoted at 17:20 (session 10's start code)
    ("blind9", "e7e5264"),  # blind set 9 demoted at 20:10 (session 11's start code)
    ("blind10", "cd46fbb"),  # blind set 10 demoted at 23:20 (session 12's start code)
    ("blind11", "3d654ff"),  # blind set 11 demoted at 03:10 (session 13's start code)
)
# The topic map a set is scored on with its code, where not topic_map.yaml: blind set 9's
# session-10 map names the entries session 10 added (chat_languages, agent_hours…), which the
# code of its moment has, so an answer by one of them is right there, as in
# bench/knowledge_devsets.py.
TOPIC_MAPS = {"blind9": "topic_map_session10.yaml", "blind10": "topic_map_session11.yaml"}
PATHS = ("knowledge", "bot", "bench/knowledge.py", "bench/knowledge_cv.py", "bench/baseline")
GRID = (0.0, 0.10, 0.15, 0.20, 0.25, 0.30, 1.01)  # 0.0: the rule off; 1.01: every dispute
WRONG_COST = 5.0
CLARIFY_VALUE = 0.3

# Runs inside the archived code (its own bench.knowledge and knowledge.understand); prints JSON.
_COLLECT = r"""
import json, sys
import numpy as np
import bench.knowledge as kb
import knowledge.faq as F
from knowledge.understand import Kind, load_understanding
import knowledge.catalog_query as cq
asks = hasattr(cq, "capability_question")
data, topic_map = sys.argv[1], sys.argv[2]
u = load_understanding(); faq = u.faq
out = []
for q in kb._load(kb.Path(data) / "questions.yaml", kb._topics(kb.Path(data) / topic_map)):
    got = u.understand(q.text)
    slots = got.catalog.query.slots() if got.kind is Kind.CATALOG and got.catalog else {}
    pred = kb.Prediction(got.kind.value, got.entry_id, {k: v for k, v in slots.items() if v})
    rec = {"text": q.text, "expect": q.expect, "alts": list(q.alts), "kind": got.kind.value,
           "entry": got.entry_id, "right": kb._right(q, pred),
           "slots": dict(getattr(q, "slots", {}) or {})}
    found = faq.rank(q.text)
    if found:
        ranked, s = found
        query = faq._vector(faq._featurizer.counts(q.text))
        cent = F._accumulate(query, faq._centroid_postings, len(faq.entries))
        rec.update(e1=faq.entries[ranked[0][1]].id, e2=faq.entries[ranked[1][1]].id,
                   top=s.top, margin=s.top - s.runner_up,
                   agrees=int(np.argmax(cent)) == ranked[0][1],
                   e3=faq.entries[ranked[2][1]].id, third=ranked[2][0],
                   coverage=getattr(s, "coverage", 1.0))
    # whether the message asks if a capability is offered, by the code of the moment (None
    # where it had no such test: blind set 4's code)
    rec["capability"] = cq.capability_question(q.text) if asks else None
    sure = faq.lookup(q.text).best
    if sure is not None:
        rec.update(faq_sure=sure.entry_id, faq_sure_score=sure.score / 100)
    out.append(rec)
print(json.dumps(out))
"""


@dataclass(frozen=True)
class Record:
    expect: str | None
    alts: tuple[str, ...]
    kind: str
    entry: str | None
    right: bool
    e1: str | None = None
    e2: str | None = None
    top: float = 0.0
    margin: float = 0.0
    agrees: bool = True
    # the third entry of the ranking and its score, and the best entry's coverage (know32)
    e3: str | None = None
    third: float = 0.0
    coverage: float = 1.0
    # the whole message's confident FAQ answer and its score (0-1), if the FAQ alone had one
    faq_sure: str | None = None
    faq_sure_score: float = 0.0
    capability: bool | None = None
    text: str = ""
    # the catalog slots the set labels a catalog question with (know29: replaying a catalog
    # answer given where the old code asked back or answered from the FAQ)
    slots: dict[str, str] = field(default_factory=dict)

    def disputed(self, split_margin: float) -> bool:
        """An FAQ answer of the whole message the rule would turn into "A or B?"."""
        return (
            self.kind == "faq"
            and self.entry == self.e1
            and not self.agrees
            and self.margin < split_margin
        )

    def offered_right(self) -> bool:
        return bool({self.expect, *self.alts} & {self.e1, self.e2} - {None})

    def catalog_disputed(self, know29: bool = False) -> bool:
        """A catalog answer know24's rule turns into "the catalog's answer, or entry X?": the
        FAQ answers the whole message with an entry of its own (not prose about the catalog's
        topic), its two views of the message agreeing, and the message does not ask whether a
        capability is offered (by the code of the moment; blind set 4's code had no such
        test, so today's is asked there) nor states a wish or a market."""
        if self.kind != "catalog" or self.faq_sure is None or self.faq_sure in CATALOG_PROSE:
            return False
        if not (self.agrees and self.e1 == self.faq_sure):
            return False  # the FAQ's two views of the message disagree
        asks = self.capability
        if asks is None:
            asks = catalog_query.capability_question(self.text)
        if know29 and catalog_query.asks_offered(self.text):
            return False  # know29: a capability question by today's positive test
        return not asks and not wish_or_market(self.text)

    def offered_query(self) -> dict[str, str] | None:
        """know29's rule: the catalog's slots for a message today's positive test reads as a
        capability question of a named PG, where the old code did not answer from the catalog
        (it asked back, refused or answered from the FAQ); None where the rule does nothing."""
        if self.kind == "catalog" or not catalog_query.asks_offered(self.text):
            return None
        query = catalog_query.parse(self.text)
        if query is None or query.all_pgs:
            return None
        return {k: v for k, v in query.slots().items() if v}

    def catalog_right(self, slots: dict[str, str]) -> bool:
        """Whether the catalog answer with ``slots`` is right by the set's labels."""
        if CATALOG_ENTRY not in {self.expect, *self.alts}:
            return False
        return all(slots.get(k) == v for k, v in self.slots.items())

    def catalog_offered_right(self) -> bool:
        return self.expect == CATALOG_ENTRY or self.faq_sure in {self.expect, *self.alts}


@dataclass
class Tally:
    n: int = 0
    on_topic: int = 0
    right: int = 0
    wrong: int = 0
    clarified: int = 0
    new_clarified: int = 0
    new_with_right: int = 0  # new clarifying questions that offer the right entry

    def add(
        self, record: Record, split_margin: float, catalog_rule: bool = False, know29: bool = False
    ) -> None:
        self.n += 1
        self.on_topic += record.expect is not None
        if record.disputed(split_margin):
            self.clarified += 1
            self.new_clarified += 1
            self.new_with_right += record.offered_right()
            return
        if know29 and record.catalog_disputed(know29) and catalog_query.asks_other(record.text):
            # know29: the dispute's sure entry answers a message that asks for a code, a
            # requirement or a detail
            if record.expect is not None and record.faq_sure in {record.expect, *record.alts}:
                self.right += 1
            else:
                self.wrong += 1
            return
        if catalog_rule and record.catalog_disputed(know29):
            self.clarified += 1
            self.new_clarified += 1
            self.new_with_right += record.catalog_offered_right()
            return
        slots = record.offered_query() if know29 else None
        if slots is not None:
            # know29: answered from the catalog with today's slots
            if record.expect is not None and record.catalog_right(slots):
                self.right += 1
            else:
                self.wrong += 1
            return
        self.clarified += record.kind == "clarify"
        confident = record.kind in ("faq", "catalog")
        if record.expect is not None and record.right:
            self.right += 1
        elif confident:
            self.wrong += 1

    def merge(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def utility(self) -> float:
        return self.right - WRONG_COST * self.wrong + CLARIFY_VALUE * self.clarified

    def cells(self) -> str:
        return (
            f"{self.right / max(1, self.on_topic):.1%} / {self.wrong / max(1, self.n):.1%} / "
            f"{self.clarified / max(1, self.n):.1%} (new clarifying {self.new_clarified}, "
            f"offering the right entry {self.new_with_right})"
        )


def tally(
    records: Sequence[Record], split_margin: float, catalog_rule: bool = False, know29: bool = False
) -> Tally:
    found = Tally()
    for record in records:
        found.add(record, split_margin, catalog_rule, know29)
    return found


def collect(name: str, commit: str) -> list[Record]:
    """``name``'s questions answered by ``commit``'s code, in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="know_history_") as folder:
        paths = [*PATHS, f"bench/data/{name}"]
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "--", *paths],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        (Path(folder) / "bench" / "__init__.py").touch()
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                _COLLECT,
                str(Path(folder) / "bench" / "data" / name),
                TOPIC_MAPS.get(name, "topic_map.yaml"),
            ],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": folder},
            check=True,
            capture_output=True,
            text=True,
        )
    return [_record(raw) for raw in json.loads(done.stdout)]


def _record(raw: dict[str, Any]) -> Record:
    return Record(**{**raw, "alts": tuple(raw["alts"]), "agrees": bool(raw.get("agrees", True))})


def report(by_set: dict[str, list[Record]]) -> None:
    print("top-1 / confidently wrong / clarifying, each set on the code that had not seen it")
    for margin in GRID:
        pooled = Tally()
        for records in by_set.values():
            pooled.merge(tally(records, margin))
        print(f"  split_margin {margin:<5} pooled {pooled.cells()}")
    print("leave one set out: split_margin fitted on the other three, measured on this one")
    held_out, before = Tally(), Tally()
    for held, records in by_set.items():
        best = max(
            GRID,
            key=lambda m: sum(tally(r, m).utility() for s, r in by_set.items() if s != held),
        )
        got, was = tally(records, best), tally(records, 0.0)
        held_out.merge(got)
        before.merge(was)
        print(f"  {held:<8} fitted {best}: {was.cells()} -> {got.cells()}")
    print(f"  pooled: {before.cells()} -> {held_out.cells()}")
    report_catalog_rule(by_set)


def report_catalog_rule(by_set: dict[str, list[Record]]) -> None:
    """know24's rule (a catalog answer the FAQ answers otherwise, to a message that asks no
    capability, becomes "A or B?"): per set, without and with it, and the change in utility.
    It has no threshold to fit, so every set is held out for it."""
    print("catalog answer disputed by a sure FAQ entry, no capability asked -> clarify (know24)")
    before, after = Tally(), Tally()
    for name, records in by_set.items():
        was, got = tally(records, 0.0), tally(records, 0.0, catalog_rule=True)
        before.merge(was)
        after.merge(got)
        gain = got.utility() - was.utility()
        print(f"  {name:<8} {was.cells()} -> {got.cells()}, utility {gain:+.1f}")
    gain = after.utility() - before.utility()
    print(f"  pooled   {before.cells()} -> {after.cells()}, utility {gain:+.1f}")
    report_offered_rule(by_set)


def report_offered_rule(by_set: dict[str, list[Record]]) -> None:
    """know29's rule on top of know24's: a message today's positive test reads as asking
    whether a named PG offers a named capability is answered from the catalog (today's
    slots) where the old code asked back, refused or answered from the FAQ, and know24's
    dispute no longer asks such a message back. (Today's ``parse`` stands in for the whole of
    today's understanding: the steps before it, scope and own affairs, are the old code's.)
    No threshold: every set is held out for it."""
    print("capability question by the positive test -> catalog (know29), over know24's rule")
    before, after = Tally(), Tally()
    for name, records in by_set.items():
        was = tally(records, 0.0, catalog_rule=True)
        got = tally(records, 0.0, catalog_rule=True, know29=True)
        before.merge(was)
        after.merge(got)
        gain = got.utility() - was.utility()
        print(f"  {name:<8} {was.cells()} -> {got.cells()}, utility {gain:+.1f}")
    gain = after.utility() - before.utility()
    print(f"  pooled   {before.cells()} -> {after.cells()}, utility {gain:+.1f}")
    report_third_option(by_set)
    report_topic_split(by_set)
    report_missing_concept(by_set)


THIRD_GAPS = (-1.0, 0.02, 0.03, 0.05, 0.07)  # -1: two options only (know32)
# (margin, coverage) pairs of know32's two-subjects rule; a margin of 0.0 is the rule off
TOPIC_GRID = tuple(
    (m, c) for m in (0.0, 0.05, 0.07, 0.10, 0.12, 0.15) for c in (0.35, 0.40, 0.45, 0.50, 1.1)
)
TOPIC_OFF = (0.0, 1.1)


def offers_with_third(record: Record, gap: float) -> bool:
    """Whether a clarifying question of the old code, offering its two best entries and the
    third when that is within ``gap`` of the second (know32's rule in knowledge/faq.py), offers
    the right entry. The old code's own options are not recorded; its two best stand in."""
    offered = {record.e1, record.e2}
    if record.e3 is not None and record.third >= record.top - record.margin - gap:
        offered.add(record.e3)
    return bool({record.expect, *record.alts} & offered - {None})


def report_third_option(by_set: dict[str, list[Record]]) -> None:
    """know32: the old code's on-topic clarifying questions, and how many would offer the right
    entry with a third option within each gap of the second. Nothing is answered differently."""
    print("clarifying questions offering the right entry, with a third option within gap (know32)")
    asked = [r for rs in by_set.values() for r in rs]
    asked = [r for r in asked if r.kind == "clarify" and r.expect is not None and r.e1]
    for gap in THIRD_GAPS:
        right = sum(offers_with_third(r, gap) for r in asked)
        three = sum(r.e3 is not None and r.third >= r.top - r.margin - gap for r in asked)
        print(
            f"  gap {gap:<5} {right} of {len(asked)} ({right / max(1, len(asked)):.1%}), "
            f"{three} with 3"
        )


def _topics() -> dict[str, str]:
    from knowledge.faq import load_faq

    return {entry.id: entry.topic for entry in load_faq().entries}


def split_tally(
    records: Sequence[Record], margin: float, coverage: float, topic: dict[str, str]
) -> Tally:
    """know32's two-subjects rule replayed: an FAQ answer of the whole message whose two best
    entries are of different topics (today's FAQ; an entry no longer there counts as its own
    topic), with a margin below ``margin`` and the best entry covering less than ``coverage``
    of the question, becomes "A or B?"."""
    found = Tally()
    for record in records:
        split = (
            record.kind == "faq"
            and record.entry == record.e1
            and record.e2 is not None
            and topic.get(record.e1 or "", record.e1 or "") != topic.get(record.e2, record.e2)
            and record.margin < margin
            and record.coverage < coverage
        )
        if split:
            found.n += 1
            found.on_topic += record.expect is not None
            found.clarified += 1
            found.new_clarified += 1
            found.new_with_right += record.offered_right()
        else:
            found.add(record, 0.0)
    return found


P = TypeVar("P", tuple[float, float], tuple[int, float])


def leave_one_set_out(
    cache: dict[tuple[str, P], Tally],
    names: list[str],
    grid: tuple[P, ...],
    off: P,
    indent: str,
    constrained: bool = True,
) -> Tally:
    """Fit a rule's two parameters on every set but one and report it on that one, per set and
    pooled; returns the pooled tally with the rule off. The fit takes the best utility on the
    other sets, among the settings that lose no more right answers than they remove wrong ones
    there when ``constrained`` (know32's constraint: unconstrained, at a wrong answer's cost of
    5 the widest setting always wins); ties go to the narrower setting."""

    def fit(held: str) -> P:
        def key(p: P) -> tuple[bool, float, float, float]:
            got = [cache[(n, p)] for n in names if n != held]
            was = [cache[(n, off)] for n in names if n != held]
            lost = sum(w.right - g.right for g, w in zip(got, was, strict=True))
            removed = sum(w.wrong - g.wrong for g, w in zip(got, was, strict=True))
            ok = lost <= removed or not constrained
            return (ok, sum(g.utility() for g in got), -p[0], -p[1])

        return max(grid, key=key)

    before, after = Tally(), Tally()
    for name in names:
        p = fit(name)
        was, got = cache[(name, off)], cache[(name, p)]
        before.merge(was)
        after.merge(got)
        gain = got.utility() - was.utility()
        print(f"{indent}{name:<8} fitted {p}: {was.cells()} -> {got.cells()}, utility {gain:+.1f}")
    gain = after.utility() - before.utility()
    print(f"{indent}pooled   {before.cells()} -> {after.cells()}, utility {gain:+.1f}")
    return before


def report_topic_split(by_set: dict[str, list[Record]]) -> None:
    """know32's two-subjects rule, fitted leave one set out: on the other sets, the (margin,
    coverage) with the best utility among those that lose no more right answers than they
    remove wrong ones (the unconstrained best always takes the widest margin: at a wrong
    answer's cost of 5 any answer wrong 12 % of the time is worth asking back)."""
    print("two subjects in a close race -> clarify (know32), fitted leave one set out")
    topic = _topics()
    cache = {
        (name, p): split_tally(records, *p, topic)
        for name, records in by_set.items()
        for p in TOPIC_GRID
    }

    before = leave_one_set_out(cache, list(by_set), TOPIC_GRID, TOPIC_OFF, "  ")
    for p in TOPIC_GRID:
        if p[0] == 0.0:
            continue
        pooled = Tally()
        for name in by_set:
            pooled.merge(cache[(name, p)])
        print(
            f"  margin {p[0]:<5} coverage {p[1]:<5} pooled {pooled.cells()}, utility "
            f"{pooled.utility() - before.utility():+.1f}"
        )


# know34: (how many entries may name the concept the best entry lacks, the margin below which
# the answer is asked back); a reach of 0 is the rule off
MISSING_GRID = tuple(
    (reach, margin) for reach in (0, 5, 10, 15, 30, 200) for margin in (0.07, 0.10, 0.15, 1.01)
)
MISSING_OFF = (0, 1.01)


def missing_places(by_set: dict[str, list[Record]]) -> dict[int, tuple[int, int]]:
    """know34: per record (by ``id``) of an FAQ answer of the whole message, today's FAQ's
    ``unexplained_rival`` over the old code's three best entries: (the place of the entry that
    names a concept the best one lacks, how many entries name it). Entries no longer in the
    FAQ, or a ranking of fewer than two known entries, give (0, 0)."""
    from knowledge.faq import load_faq

    faq = load_faq()
    index = {entry.id: i for i, entry in enumerate(faq.entries)}
    found: dict[int, tuple[int, int]] = {}
    for records in by_set.values():
        for record in records:
            if record.kind != "faq" or record.entry != record.e1 or record.e1 not in index:
                continue
            order = [index[e] for e in (record.e1, record.e2, record.e3) if e in index]
            counts = faq._featurizer.counts(record.text)
            found[id(record)] = faq.unexplained_rival(counts, order)
    return found


def missing_tally(
    records: Sequence[Record], reach: int, margin: float, places: dict[int, tuple[int, int]]
) -> Tally:
    """know34's rule replayed: an FAQ answer whose best entry lacks a concept the message
    names, one at most ``reach`` entries name and the second or third names, with a margin
    below ``margin``, becomes "A or B?" (with the third when it is that entry or within
    know32's gap of the second)."""
    found = Tally()
    for record in records:
        place, named_by = places.get(id(record), (0, 0))
        if 0 < named_by <= reach and record.margin < margin:
            found.n += 1
            found.on_topic += record.expect is not None
            found.clarified += 1
            found.new_clarified += 1
            offered = {record.e1, record.e2}
            if place == 2 or record.third >= record.top - record.margin - 0.05:
                offered.add(record.e3)
            found.new_with_right += bool({record.expect, *record.alts} & offered - {None})
        else:
            found.add(record, 0.0)
    return found


def report_missing_concept(by_set: dict[str, list[Record]]) -> None:
    """know34's rule (the asked thing missing from the answer), per reach pooled, then fitted
    leave one set out twice: for the best utility on the other sets, and for the best among
    the reaches that lose no more right answers than they remove wrong ones there (know32's
    constraint)."""
    print("asked concept missing from the best entry, a neighbour names it -> clarify (know34)")
    places = missing_places(by_set)
    cache = {
        (name, p): missing_tally(records, *p, places)
        for name, records in by_set.items()
        for p in MISSING_GRID
    }
    off = Tally()
    for name in by_set:
        off.merge(cache[(name, MISSING_OFF)])
    for p in MISSING_GRID:
        if p[0] == 0:
            continue
        pooled = Tally()
        for name in by_set:
            pooled.merge(cache[(name, p)])
        print(
            f"  reach {p[0]:<4} margin {p[1]:<5} pooled {pooled.cells()}, right "
            f"{pooled.right - off.right:+d}, wrong {pooled.wrong - off.wrong:+d}, utility "
            f"{pooled.utility() - off.utility():+.1f}"
        )
    for constrained in (False, True):
        label = "lost <= removed" if constrained else "best utility"
        print(f"  leave one set out ({label}):")
        leave_one_set_out(cache, list(by_set), MISSING_GRID, MISSING_OFF, "    ", constrained)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--save", type=Path, help="also write the records as JSON")
    parser.add_argument("--load", type=Path, help="replay records written by --save")
    args = parser.parse_args(argv)
    if args.load:
        saved = json.loads(args.load.read_text(encoding="utf-8"))
        by_set = {name: [_record(raw) for raw in rows] for name, rows in saved.items()}
    else:
        by_set = {name: collect(name, commit) for name, commit in SETS}
    if args.save:
        args.save.write_text(
            json.dumps({k: [r.__dict__ for r in v] for k, v in by_set.items()}), encoding="utf-8"
        )
    report(by_set)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
