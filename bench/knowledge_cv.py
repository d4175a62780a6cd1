"""Fit the FAQ decision rule (knowledge/confidence.py) honestly: choose a rule's form and its
thresholds on some question sets, report them on a set the fit never saw.

- ``leave_one_set_out``: the five development sets were written by five different people; fit
  on four, measure on the fifth, for each set in turn. The pooled held-out figure is what a
  rule fitted this way does on questions written by someone new.
- ``cross_validate``: two folds of one set (split by a hash of the question text), as before.
- ``fit``: the best rule of a grid on a set of questions (what ``--refit`` prints).

The rule's decisions do not change what is retrieved, so every question is looked up once
(``trace``): the catalog's decision, the FAQ's ranking and signals for the whole message and for
each clause window ``Understanding`` reads. ``simulate`` then replays ``Understanding.understand``
for any decision function in microseconds (``check_replay`` asserts it agrees with the real
thing on every question). The replay mirrors knowledge/scope.py's refusals, the code-choice
route to the FAQ, the clause rule of a long message (know13: no one-reading rule in a clause)
and the named status (know15); two steps it does not mirror (a family's entry chosen from the
close entries, know13 rule 3; an identifier's entry chosen from the alternatives) are traced as
path "real": their answer is the code's at its own rule for every rule tried, and --refit says
how many there are (know17). Answers are scored as bench/knowledge.py scores them.

The objective prices a confident wrong answer (or an answered off-topic question) at WRONG_COST
right answers, and a clarifying question at CLARIFY_VALUE of one.

Run: .venv/bin/python bench/knowledge_cv.py --refit   # held out vs the code's rule; paste or keep
     .venv/bin/python bench/knowledge_cv.py --forms   # every form and cost, held out (~10 min)
     .venv/bin/python bench/knowledge_cv.py --explain # where each set's wrong answers come from
The sets are bench/knowledge_devsets.py's DEV_SETS; the blind set being written is never read.
They were tuned on (their misses read, the FAQ's data grown from them): on them a rule that asks
back instead of answering looks worse than it is. Rule.split_margin is fitted instead on the
formerly blind sets answered by the code that had not seen them (bench/knowledge_history.py).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge import catalog_query
from knowledge.confidence import DEFAULT_RULE, Decision, Rule, Signals, decide, on_topic
from knowledge.scope import near_topic
from knowledge.understand import (
    CATALOG_PROSE,
    STAGES,
    Kind,
    Understanding,
    _capability_asked,
    _windows,
    clause_capability,
    code_choice,
    identifiers,
    named_stage,
)

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
WRONG_COST = 5.0
CLARIFY_VALUE = 0.3

# The grid --refit searches: the chosen form's free thresholds (the rest keep their defaults).
# --forms compared the other checks (margin at every score, margin ratio, margin to another
# topic, distinctive coverage, agreement of feature families, an English bar, a logistic
# model): none did better held out (docs/performance.md, "The decision rule held out").
GRID: dict[str, tuple[float, ...]] = {
    "min_score": (0.22, 0.26, 0.30, 0.34, 0.38),
    "min_margin": (0.03, 0.05, 0.07, 0.10, 0.13),
    "sure_score": (0.50, 0.60, 0.70, 1.01),
    "min_coverage": (0.0, 0.2, 0.3, 0.4, 0.5, 0.6),
}


class Labelled(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def expect(self) -> str | None: ...
    @property
    def slots(self) -> dict[str, str]: ...
    @property
    def alts(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Outcome:
    right: int = 0
    wrong: int = 0  # confident and wrong, off-topic answered included
    clarified: int = 0
    on_topic: int = 0
    off_topic: int = 0
    off_refused: int = 0

    def __add__(self, other: Outcome) -> Outcome:
        return Outcome(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, ...]:
        return (
            self.right, self.wrong, self.clarified, self.on_topic, self.off_topic,
            self.off_refused,
        )  # fmt: skip

    def utility(self, cost: float = WRONG_COST) -> float:
        return self.right - cost * self.wrong + CLARIFY_VALUE * self.clarified

    @property
    def n(self) -> int:
        return self.on_topic + self.off_topic

    def cells(self) -> str:
        """top-1 / confidently wrong / off-topic refused / clarifying, in per cent."""
        return (
            f"{self.right / max(1, self.on_topic):.1%} / {self.wrong / max(1, self.n):.1%} / "
            f"{self.off_refused / max(1, self.off_topic):.1%} / "
            f"{self.clarified / max(1, self.n):.1%}"
        )

    def line(self) -> str:
        n = self.n
        return (
            f"top-1 {self.right / max(1, self.on_topic):.1%}, "
            f"confident wrong {self.wrong / max(1, n):.1%}, "
            f"off-topic refused {self.off_refused / max(1, self.off_topic):.1%}, "
            f"clarifying {self.clarified / max(1, n):.1%} (n={n})"
        )


@dataclass(frozen=True)
class Near:
    """The best entry against its neighbours (Faq.neighbours), for the checks --forms tries."""

    topic_runner_up: float = 0.0  # the best score of an entry of another topic
    distinct: float = 1.0  # question weight the best entry knows and the runner-up does not
    family_lead: float = 1.0  # min over concepts / words of (best - runner-up) dot product
    english: bool = False  # no Hangul in the question


@dataclass(frozen=True)
class Look:
    """One FAQ look-up: its signals, its best entry (and that entry's shown score)."""

    signals: Signals
    entry: str
    shown: float  # FaqHit.score (0-100, rounded), compared by Understanding._other_question
    near: Near = Near()


@dataclass(frozen=True)
class Trace:
    """One question as Understanding.understand sees it, before any decision."""

    group: str  # the question set it comes from
    question: Labelled
    # "faq", "scope" (out of scope: FAQ only), "fixed" (catalog / unlisted PG), "near"
    # (knowledge/scope.py: refused before any look-up), "readings" (clarified in the catalog),
    # "real" (a step the replay does not mirror decides: the real answer at the code's rule)
    path: str
    fixed_right: bool  # path "fixed": whether that answer is right
    main: Look | None  # None: the message has no features
    windows: tuple[Look | None, ...]
    # a capability question (Understanding's _capability_asked): no prose entry answers it
    capability: bool = False
    # the same of the whole message or one of its clauses (Understanding's clause_capability),
    # for an answer found in a clause
    clause_capability: bool = False
    stage: str | None = None  # the status the question names (Understanding's named_stage)
    real: tuple[Kind, str | None] = (Kind.NONE, None)  # path "real": what the code answered


Decide = Callable[[Signals, Near], Decision]
T = TypeVar("T", Rule, "Extra")


def _look(understanding: Understanding, text: str) -> Look | None:
    found = understanding.faq.rank(text)
    if found is None:
        return None
    ranked, signals = found
    score, index = ranked[0]
    near = Near(*understanding.faq.neighbours(text, ranked), english=not _HANGUL.search(text))
    return Look(signals, understanding.faq.entries[index].id, round(score * 100, 1), near)


def _wanted(q: Labelled) -> tuple[str, ...]:
    return tuple(w for w in (q.expect, *q.alts) if w is not None)


def _real(understanding: Understanding, group: str, q: Labelled, main: Look | None) -> Trace:
    """A question one of the steps the replay does not mirror may decide: its answer is the
    real one at the code's rule, the same for every rule tried (counted: ``unreplayed``)."""
    got = understanding.understand(q.text)
    entry = None if got.kind is Kind.CATALOG else got.entry_id
    return Trace(group, q, "real", _right(q, got.kind, got), main, (), real=(got.kind, entry))


def trace(understanding: Understanding, group: str, q: Labelled) -> Trace:
    """Understanding.understand's steps in its order, up to the FAQ's decision."""
    text = q.text
    main = _look(understanding, text)
    if near_topic(text) is not None:
        return Trace(group, q, "near", False, main, ())  # refused before any look-up
    if understanding.faq.out_of_scope(text):
        return Trace(group, q, "scope", False, main, ())
    if catalog_query.other_pg(text) is not None:
        got = understanding.understand(text)
        return Trace(group, q, "fixed", _right(q, got.kind, got), main, ())
    if not code_choice(text):  # a choice between two codes goes to the FAQ, not the catalog
        query = catalog_query.parse(text)
        if query is not None and catalog_query.broad_group(text, query):
            # the family's entry answers when the FAQ ranks it first, however close the
            # runner-up: a rule on the close/alternative lists, not replayed
            return _real(understanding, group, q, main)
        if query is not None:
            got = understanding.understand(text)
            return Trace(group, q, "fixed", _right(q, got.kind, got), main, ())
        if catalog_query.readings(text):
            return Trace(group, q, "readings", False, main, ())  # clarified within the catalog
    named = identifiers(text)
    if named and main is not None and not understanding.faq.mentions(main.entry, named):
        # an SDK value or API path the best entry never names: the answer is the first
        # alternative that names it, chosen from the alternatives' scores (not replayed)
        return _real(understanding, group, q, main)
    # A clause of a long message is decided without know13's one-reading rule
    # (Understanding's _clause_rule: sole_reading_share = inf), which is own_top = 0 here.
    windows = tuple(_clause(_look(understanding, w)) for w in _windows(text))
    capability = _capability_asked(text)
    return Trace(
        group,
        q,
        "faq",
        False,
        main,
        windows,
        capability,
        clause_capability(text),
        named_stage(text),
    )


# The paths whose answer the FAQ decision rule decides (the others are fixed before it).
_RULED = ("faq", "scope")


def _clause(look: Look | None) -> Look | None:
    if look is None:
        return None
    return replace(look, signals=replace(look.signals, own_top=0.0))


def _right(q: Labelled, kind: Kind, got: object) -> bool:
    """Whether an answer of ``kind`` (an Understood) is one the label accepts, scored as
    bench/knowledge.py scores it (a catalog answer about several named methods counts for
    each of them, know14), so the figures here are bench/knowledge_devsets.py's."""
    import bench.knowledge as kb
    from knowledge.understand import Understood

    assert isinstance(got, Understood)
    slots = got.catalog.query.slots() if kind is Kind.CATALOG and got.catalog else {}
    entry = got.entry_id
    prediction = kb.Prediction(kind.value, entry, {k: v for k, v in slots.items() if v}, None)
    return kb._right(q, prediction)  # type: ignore[arg-type]


def _decide(look: Look | None, rule: Decide) -> Decision:
    return Decision.NONE if look is None else rule(look.signals, look.near)


def simulate(t: Trace, rule: Decide) -> tuple[Kind, str | None]:
    """Understanding.understand's flow, replayed: (kind, FAQ entry id) for path faq/scope;
    the fixed path's answer is (CATALOG, None) and judged by ``fixed_right``."""
    if t.path == "fixed":
        return Kind.CATALOG, None
    if t.path == "readings":
        return Kind.CLARIFY, None
    if t.path == "near":
        return Kind.NONE, None
    if t.path == "real":
        return t.real
    first = _decide(t.main, rule)
    if first is Decision.CLARIFY:
        return Kind.CLARIFY, None
    if first is Decision.ANSWER:
        assert t.main is not None
        if t.capability and t.main.entry in CATALOG_PROSE:
            return Kind.NONE, None  # Understanding: no prose for a capability question
        for window in t.windows:
            if (
                window is not None
                and window.entry != t.main.entry
                and window.shown >= t.main.shown
                and _decide(window, rule) is Decision.ANSWER
            ):
                return Kind.CLARIFY, None
        if t.stage is not None and t.stage != t.main.entry and t.main.entry in STAGES:
            return Kind.FAQ, t.stage  # Understanding: a named status gets its own entry
        return Kind.FAQ, t.main.entry
    found: str | None = None
    for window in t.windows:  # Understanding._last_clause
        if window is None or _decide(window, rule) is not Decision.ANSWER:
            continue
        if found is not None and found != window.entry:
            return Kind.NONE, None
        found = found or window.entry
    if found is not None and t.clause_capability and found in CATALOG_PROSE:
        return Kind.NONE, None  # a clause's prose is no answer to a capability question
    if found is not None and t.stage is not None and t.stage != found and found in STAGES:
        return Kind.FAQ, t.stage
    return (Kind.FAQ, found) if found is not None else (Kind.NONE, None)


def outcome(t: Trace, rule: Decide) -> Outcome:
    kind, entry = simulate(t, rule)
    confident = kind in (Kind.FAQ, Kind.CATALOG)
    if t.question.expect is None:
        return Outcome(
            wrong=int(confident),
            clarified=int(kind is Kind.CLARIFY),
            off_topic=1,
            off_refused=int(not confident),
        )
    if t.path == "real" or kind is Kind.CATALOG:
        right = t.fixed_right
    else:
        right = confident and entry in _wanted(t.question)
    return Outcome(
        right=int(right),
        wrong=int(confident and not right),
        clarified=int(kind is Kind.CLARIFY),
        on_topic=1,
    )


def by_group(traces: Iterable[Trace], rule: Decide) -> dict[str, Outcome]:
    totals: dict[str, Outcome] = {}
    for t in traces:
        totals[t.group] = totals.get(t.group, Outcome()) + outcome(t, rule)
    return totals


def total(outcomes: Iterable[Outcome]) -> Outcome:
    return sum(outcomes, Outcome())


def check_replay(understanding: Understanding, traces: Sequence[Trace], rule: Rule) -> None:
    """The replay must agree with the real understanding on every question."""
    for t in traces:
        got = understanding.understand(t.question.text, rule=rule)
        kind, entry = simulate(t, _as_decide(rule))
        want = (got.kind, None if got.kind is Kind.CATALOG else got.entry_id)
        if got.kind is Kind.FAQ and t.path == "fixed":
            want = (Kind.CATALOG, None)  # an unlisted PG's fixed entry
        if (kind, entry if kind is Kind.FAQ else None) != (
            want[0],
            want[1] if want[0] is Kind.FAQ else None,
        ):
            raise AssertionError(f"replay differs on {t.question.text!r}: {kind, entry} vs {want}")


# --- rule forms -------------------------------------------------------------------------------


def rules(base: T, grid: dict[str, tuple[float, ...]]) -> list[T]:
    names = list(grid)
    # Any: the grid holds floats, but a Rule also has int fields (know34's missing_concept_reach)
    # that mypy would otherwise match the float values against.
    changes: list[dict[str, Any]] = [
        dict(zip(names, values, strict=True))
        for values in itertools.product(*(grid[name] for name in names))
    ]
    return [replace(base, **change) for change in changes]


def fit(
    traces: Sequence[Trace],
    base: Rule = DEFAULT_RULE,
    grid: dict[str, tuple[float, ...]] = GRID,
    cost: float = WRONG_COST,
) -> Rule:
    best: tuple[float, Rule] | None = None
    for rule in rules(base, grid):
        value = total(outcome(t, _as_decide(rule)) for t in traces).utility(cost)
        if best is None or value > best[0] + 1e-9:
            best = (value, rule)
    assert best is not None
    return best[1]


def _as_decide(rule: Rule) -> Decide:
    return lambda s, _: decide(s, rule)


@dataclass(frozen=True)
class Fold:
    held_out: str
    chosen: str  # what was fitted, for the report
    result: Outcome


def leave_one_set_out_grid(
    traces: Sequence[Trace], base: Rule, grid: dict[str, tuple[float, ...]], cost: float
) -> list[Fold]:
    """Each grid rule is scored once per set; each fold picks the best on the other sets."""
    groups = sorted({t.group for t in traces}, key=[t.group for t in traces].index)
    table = [(rule, by_group(traces, _as_decide(rule))) for rule in rules(base, grid)]
    folds = []
    for held in groups:
        best = max(
            table,
            key=lambda row: total(o for g, o in row[1].items() if g != held).utility(cost),
        )
        # max() keeps the first of equals: the grid's order breaks ties, the same in every fold.
        changed = {
            f.name: getattr(best[0], f.name)
            for f in fields(Rule)
            if getattr(best[0], f.name) != getattr(base, f.name)
        }
        folds.append(Fold(held, str(changed), best[1].get(held, Outcome())))
    return folds


# A small calibrated model: logistic regression over the signals (numpy only).


def features(s: Signals, n: Near) -> list[float]:
    return [
        1.0, s.top, s.margin, min(s.margin / max(s.top, 1e-6), 1.0), s.coverage,
        s.top - n.topic_runner_up, n.distinct, n.family_lead, float(n.english),
        float(s.by_concept),
    ]  # fmt: skip


def train_logistic(traces: Sequence[Trace], l2: float = 1.0) -> np.ndarray:
    """P(the best entry is right) from the whole message's signals (on-topic gate passed)."""
    xs: list[list[float]] = []
    ys: list[float] = []
    for t in traces:
        if t.path not in _RULED or t.main is None or not on_topic(t.main.signals, DEFAULT_RULE):
            continue
        xs.append(features(t.main.signals, t.main.near))
        ys.append(float(t.main.entry in _wanted(t.question)))
    x, y = np.array(xs), np.array(ys)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):  # Newton's method
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def logistic_decide(w: np.ndarray, threshold: float, rule: Rule = DEFAULT_RULE) -> Decide:
    def run(s: Signals, n: Near) -> Decision:
        if not on_topic(s, rule):
            return Decision.NONE
        p = 1 / (1 + np.exp(-float(np.dot(w, features(s, n)))))
        if p >= threshold and s.top >= rule.min_score:
            return Decision.ANSWER
        if s.top >= rule.clarify_score and s.margin < rule.min_margin:
            return Decision.CLARIFY
        return Decision.NONE

    return run


THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95)


def leave_one_set_out_logistic(traces: Sequence[Trace], cost: float) -> list[Fold]:
    groups = sorted({t.group for t in traces}, key=[t.group for t in traces].index)
    folds = []
    for held in groups:
        train = [t for t in traces if t.group != held]
        test = [t for t in traces if t.group == held]
        w = train_logistic(train)
        best = max(
            THRESHOLDS,
            key=lambda p: total(outcome(t, logistic_decide(w, p)) for t in train).utility(cost),
        )
        folds.append(
            Fold(held, f"p>={best}", total(outcome(t, logistic_decide(w, best)) for t in test))
        )
    return folds


def _fold(text: str) -> int:
    return hashlib.sha256(text.encode()).digest()[0] % 2


def cross_validate(
    understanding: Understanding,
    questions: list[Labelled],
    base: Rule,
    say: Callable[[str], None] = print,
) -> Outcome:
    """Two folds of one set by a hash of the text (bench/knowledge.py --cv)."""
    traces = [trace(understanding, str(_fold(q.text)), q) for q in questions]
    held_out = Outcome()
    for k in ("0", "1"):
        rule = fit([t for t in traces if t.group == k], base)
        out = total(outcome(t, _as_decide(rule)) for t in traces if t.group != k)
        say(f"  fit on fold {k}: {rule}")
        say(f"    held-out: {out.line()}")
        held_out += out
    return held_out


def score(understanding: Understanding, rule: Rule, questions: Iterable[Labelled]) -> Outcome:
    """The rule on a question set, through the real understanding (not the replay)."""
    totals = Outcome()
    for q in questions:
        got = understanding.understand(q.text, rule=rule)
        confident = got.answered
        if q.expect is None:
            totals += Outcome(wrong=int(confident), off_topic=1, off_refused=int(not confident))
            continue
        right = _right(q, got.kind, got)
        totals += Outcome(
            right=int(right),
            wrong=int(confident and not right),
            clarified=int(got.kind is Kind.CLARIFY),
            on_topic=1,
        )
    return totals


def load_traces(understanding: Understanding) -> list[Trace]:
    import bench.knowledge as kb
    from bench.knowledge_devsets import DEV_SETS

    traces = []
    for name, path, topics in DEV_SETS:
        for q in kb._load(path, kb._topics(topics) if topics else {}):
            traces.append(trace(understanding, name, q))
    return traces


@dataclass(frozen=True)
class Extra:
    """Checks tried on top of the rule in the code (--forms); neutral by default. None did
    better held out, so knowledge/confidence.py does not have them."""

    sure_margin: float = 0.0  # a margin at every score, also above sure_score
    margin_ratio: float = 0.0  # margin / top
    min_topic_margin: float = 0.0  # over the best entry of another topic
    min_distinct: float = 0.0  # weight only the best entry knows (not the runner-up)
    min_family_lead: float = -1.0  # concepts and words both prefer the best entry
    english_score: float = 0.0  # a higher score bar for an English question

    def holds(self, s: Signals, n: Near) -> bool:
        return (
            s.margin >= self.sure_margin
            and s.margin >= self.margin_ratio * s.top
            and s.top - n.topic_runner_up >= self.min_topic_margin
            and n.distinct >= self.min_distinct
            and n.family_lead >= self.min_family_lead
            and (not n.english or s.top >= self.english_score)
        )


def extended(rule: Rule, extra: Extra) -> Decide:
    """The rule in the code, then the extra checks: an answer they reject is asked back when
    the rule's own clarify condition holds, else left unanswered."""

    def run(s: Signals, n: Near) -> Decision:
        got = decide(s, rule)
        if got is not Decision.ANSWER or extra.holds(s, n):
            return got
        if s.top >= rule.clarify_score and s.margin < rule.min_margin:
            return Decision.CLARIFY
        return Decision.NONE

    return run


# Rule forms compared by --forms: the rule's thresholds (GRID), then one added check each.
FORMS: dict[str, dict[str, tuple[float, ...]]] = {
    "current form": {},
    "+ margin at every score": {"sure_margin": (0.0, 0.03, 0.05, 0.08, 0.10)},
    "+ margin ratio": {"margin_ratio": (0.0, 0.1, 0.2, 0.3, 0.4)},
    "+ margin to another topic": {"min_topic_margin": (0.0, 0.1, 0.15, 0.2, 0.25)},
    "+ distinctive coverage": {"min_distinct": (0.0, 0.05, 0.1, 0.2, 0.3)},
    "+ families agree": {"min_family_lead": (-1.0, -0.05, 0.0, 0.02, 0.05)},
    "+ English bar": {"english_score": (0.0, 0.34, 0.38, 0.42, 0.46)},
}
COSTS = (3.0, 5.0, 8.0, 10.0, 15.0)


def _forms(traces: Sequence[Trace], names: Sequence[str]) -> None:
    groups = sorted({t.group for t in traces}, key=[t.group for t in traces].index)
    print("held-out top-1 / confidently wrong / off-topic refused / clarifying, pooled over folds")
    for name in names:
        table = [
            ((rule, extra), by_group(traces, extended(rule, extra)))
            for rule in rules(DEFAULT_RULE, GRID)
            for extra in rules(Extra(), FORMS[name])
        ]
        for cost in COSTS:
            pooled = Outcome()
            cells = []
            for held in groups:
                best = max(
                    table,
                    key=lambda row: total(o for g, o in row[1].items() if g != held).utility(cost),
                )
                got = best[1].get(held, Outcome())
                pooled += got
                cells.append(
                    f"{held} {got.right / max(1, got.on_topic):.1%}/{got.wrong / max(1, got.n):.1%}"
                )
            insample = max(table, key=lambda row: total(row[1].values()).utility(cost))
            print(
                f"{name:<28} cost {cost:>4}: held-out {pooled.cells()}  "
                f"in-sample {total(insample[1].values()).cells()}  [{'; '.join(cells)}]"
            )
        sys.stdout.flush()
    for cost in COSTS:
        folds = leave_one_set_out_logistic(traces, cost)
        pooled = total(f.result for f in folds)
        cells = [
            f"{f.held_out} {f.result.right / max(1, f.result.on_topic):.1%}/"
            f"{f.result.wrong / max(1, f.result.n):.1%} {f.chosen}"
            for f in folds
        ]
        name = "logistic regression"
        print(f"{name:<28} cost {cost:>4}: held-out {pooled.cells()}  [{'; '.join(cells)}]")


def _band(value: float, edges: tuple[float, ...]) -> str:
    low = max((e for e in edges if e <= value), default=edges[0])
    return f">={low:.2f}"


def explain(traces: Sequence[Trace], rule: Rule = DEFAULT_RULE) -> None:
    """Where the confident answers of each set come from, and how many of them are wrong:
    by path, language and the whole message's score, margin and coverage."""
    check = _as_decide(rule)
    cells: dict[tuple[str, str, str], list[int]] = {}
    pairs: dict[str, dict[tuple[str, str], int]] = {}
    for t in traces:
        kind, entry = simulate(t, check)
        if kind not in (Kind.FAQ, Kind.CATALOG):
            continue
        wrong = outcome(t, check).wrong
        s = t.main.signals if t.main is not None else None
        if t.path == "fixed":
            path = "catalog/unlisted PG"
        elif t.path == "real":
            path = "a step not replayed (family, identifier)"
        elif (
            t.main is not None
            and entry == t.main.entry
            and check(t.main.signals, t.main.near) is Decision.ANSWER
        ):
            path = "FAQ, whole message"
        else:
            path = "FAQ, a clause"
        english = t.main is not None and t.main.near.english
        keys = [("path", path), ("lang", "en" if english else "ko")]
        if s is not None and t.path in _RULED:
            keys += [
                ("score", _band(s.top, (0.0, 0.3, 0.4, 0.5, 0.6))),
                ("margin", _band(s.margin, (0.0, 0.1, 0.2, 0.3))),
                ("coverage", _band(s.coverage, (0.0, 0.4, 0.5, 0.6, 0.8))),
            ]
        for dim, value in keys:
            cell = cells.setdefault((t.group, dim, value), [0, 0])
            cell[0] += 1
            cell[1] += wrong
        if wrong and kind is Kind.FAQ and entry is not None:
            pair = (str(t.question.expect), entry)
            pairs.setdefault(t.group, {})[pair] = pairs.get(t.group, {}).get(pair, 0) + 1
    groups = list(dict.fromkeys(t.group for t in traces))
    print("confident answers: wrong / answered, per set")
    print(f"{'':<28}" + "".join(f"{g:>14}" for g in groups))
    for dim, value in sorted({(d, v) for _, d, v in cells}):
        row = [cells.get((g, dim, value), [0, 0]) for g in groups]
        print(f"{dim + ' ' + value:<28}" + "".join(f"{w:>7}/{n:<6}" for n, w in row))
    for g in groups:
        common = sorted(pairs.get(g, {}).items(), key=lambda kv: -kv[1])[:8]
        print(
            f"{g}: FAQ wrong (expected -> answered): "
            + "; ".join(f"{a}->{b}" + (f" x{n}" if n > 1 else "") for (a, b), n in common)
        )


# A refit is pasted only if, held out, it beats the rule in the code by more than this share of
# the questions in utility (one right answer each): differences below it were noise here.
NOISE = 0.01


def refit(traces: Sequence[Trace], cost: float, say: Callable[[str], None] = print) -> Rule:
    """Fit GRID on every set; say whether the fit generalises (leave one set out) better than
    the rule in the code, and return the rule to keep."""
    paths: dict[str, int] = {}
    for t in traces:
        paths[t.path] = paths.get(t.path, 0) + 1
    say(
        "paths (only faq and scope vary with the rule; real = a step the replay does not "
        "mirror, its answer fixed at the code's rule): "
        + ", ".join(f"{p} {n}" for p, n in sorted(paths.items()))
    )
    say("top-1 / confidently wrong / off-topic refused / clarifying")
    current = by_group(traces, _as_decide(DEFAULT_RULE))
    say(f"the rule in the code: {DEFAULT_RULE}")
    for name, o in current.items():
        say(f"  {name:<12}{o.cells()}")
    before = total(current.values())
    say(f"  {'pooled':<12}{before.cells()}")
    say(f"leave one set out: GRID fitted on the other sets, measured on this one (cost {cost}):")
    folds = leave_one_set_out_grid(traces, DEFAULT_RULE, GRID, cost)
    for f in folds:
        say(f"  {f.held_out:<12}{f.result.cells()}  fitted: {f.chosen}")
    held_out = total(f.result for f in folds)
    say(f"  {'pooled':<12}{held_out.cells()}")
    rule = fit(traces, DEFAULT_RULE, GRID, cost)
    fitted = by_group(traces, _as_decide(rule))
    say(f"fitted on all {len(traces)}: {rule}")
    say(f"  in-sample pooled {total(fitted.values()).cells()}")
    gain = held_out.utility(cost) - before.utility(cost)
    if gain > NOISE * len(traces):
        say(f"held out it gains {gain:.1f} (> noise {NOISE * len(traces):.1f}): paste into Rule:")
        say("  " + ", ".join(f"{k}={getattr(rule, k)}" for k in GRID))
        return rule
    say(
        f"held out it gains {gain:.1f} (noise {NOISE * len(traces):.1f}): keep the rule in the code"
    )
    return DEFAULT_RULE


def main(argv: list[str] | None = None) -> int:
    from knowledge.understand import load_understanding

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--refit", action="store_true", help="fit GRID on all sets; say whether to paste it"
    )
    parser.add_argument("--cost", type=float, default=WRONG_COST)
    parser.add_argument("--forms", nargs="*", help="leave-one-set-out of these FORMS (all)")
    parser.add_argument("--explain", action="store_true", help="where the wrong answers come from")
    args = parser.parse_args(argv)
    understanding = load_understanding()
    traces = load_traces(understanding)
    check_replay(understanding, traces, DEFAULT_RULE)
    if args.explain:
        explain(traces)
        return 0
    if args.forms is not None:
        _forms(traces, args.forms or list(FORMS))
        return 0
    refit(traces, args.cost)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
