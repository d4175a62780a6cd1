"""Benchmark the question understanding (catalog + FAQ) against a labelled question set, next
to the matcher and FAQ as they were before issue 15 (bench/baseline/, frozen), in one run.

Run: .venv/bin/python bench/knowledge.py [--questions FILE] [--topics MAP.yaml] [--verbose]
Calibrate the decision rule (knowledge/confidence.py) on held-out questions, never the blind set:
    .venv/bin/python bench/knowledge.py --questions FILE --cv          # 2-fold, fit/report halves
    .venv/bin/python bench/knowledge.py --questions FILE --fit-on SET  # fit on SET, report FILE
    .venv/bin/python bench/knowledge_cv.py --refit   # the rule's fit: all five development sets

Question file::

    questions:
      - {q: "...", lang: ko, expect: how_to_apply}        # an FAQ entry id
      - {q: "...", lang: en, expect: null}                # off-topic: must be refused
      - {q: "...", expect: catalog, catalog: {pg: kcp, payment_type: subscription}}
      - {q: "...", expect: "topic:seal-certificate-recency"}  # resolved through --topics
      - {q: "...", expect: gap, alt: [...]}  # on-topic, but no entry or catalog answer says it

(or the bare list without ``questions:``). ``gap`` is on-topic: refusing it is a miss, not a
wrong answer; answering it confidently with anything but an ``alt`` is a wrong answer.

Scoring: an FAQ answer is right when its entry is the expected one; a catalog answer is right
when the expected kind is catalog and every labelled slot equals the answer's slot; a
clarifying question ("A or B?") is neither right nor confidently wrong; no answer is a refusal.
Figures: top-1 (right / on-topic questions), confident-wrong (confident answers that are wrong
/ all questions), off-topic refusal (no confident answer / off-topic questions), clarifying
rate, p50/p99 latency per question (each timed REPEATS times), and the calibration of the new
matcher's retrieval score (how often the top FAQ candidate is right, per score band).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.baseline.faq_v0 import load_baseline
from bench.knowledge_cv import cross_validate, fit, score, trace
from bot.commands.ask import payload
from knowledge import catalog_query
from knowledge.confidence import DEFAULT_RULE
from knowledge.language import Lang, detect_lang
from knowledge.matcher import clear_fuzzy_memos, extract_methods, extract_pgs
from knowledge.normalize import strip_particle
from knowledge.understand import load_understanding

DEFAULT_QUESTIONS = Path(__file__).resolve().parent / "data" / "knowledge_questions.yaml"
REPEATS = 5
SCORE_BANDS = (0.0, 20.0, 25.0, 30.0, 35.0, 40.0, 50.0, 60.0, 101.0)


@dataclass(frozen=True)
class Question:
    text: str
    expect: str | None  # entry id, "catalog", or None (off-topic)
    slots: dict[str, str]
    lang: str = "?"
    # Other acceptable answers (the blind set's ``alt``): entry ids, or "catalog" for the
    # catalog answer with ``slots``.
    alts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prediction:
    kind: str  # faq, catalog, clarify, none
    entry: str | None
    slots: dict[str, str | None] = field(default_factory=dict)
    top: tuple[str, float] | None = None  # best FAQ candidate and its score, for calibration
    # a clarifying question's options: entry ids and catalog readings ("catalog?pg=kcp&…")
    options: tuple[str, ...] = ()


@dataclass
class Figures:
    name: str
    top1: float
    confident_wrong: float
    offtopic_refusal: float
    clarify_rate: float
    p50_ms: float
    p99_ms: float
    # Per question, the fastest of its REPEATS runs: the CPU cost without the scheduler's
    # noise of a shared machine.
    p99_best_ms: float
    misses: list[str]
    bands: list[tuple[str, int, int]]
    # (group, on-topic questions, right) for the breakdown by language and by kind of label.
    groups: dict[str, list[int]] = field(default_factory=dict)
    # Of the clarifying questions asked for on-topic questions, the share whose options include
    # the expected answer (what a clarify costs: a click, or a dead end); 1.0 with none asked.
    clarify_offers_right: float = 1.0
    clarified_on_topic: int = 0


def _new(text: str) -> Prediction:
    # Every timed run reads the text afresh: the per-text caches would flatter repeats.
    extract_pgs.cache_clear()
    extract_methods.cache_clear()
    clear_fuzzy_memos()
    strip_particle.cache_clear()
    out = payload(text)
    top: tuple[str, float] | None = None
    if out["kind"] == "faq":
        top = (out["entry"], float(out["score"]))
    elif out["alternatives"]:
        top = (out["alternatives"][0]["entry"], float(out["alternatives"][0]["score"]))
    options = tuple(str(option) for option in out.get("clarify") or ())
    return Prediction(out["kind"], out["entry"], out.get("catalog") or {}, top, options)


def _old(text: str) -> Prediction:
    best = load_baseline().lookup(text).best
    if best is None:
        return Prediction("none", None)
    return Prediction("faq", best.entry_id, {}, (best.entry_id, best.score))


def _right(question: Question, got: Prediction) -> bool:
    return any(_matches(want, question, got) for want in (question.expect, *question.alts))


def _matches(want: str | None, question: Question, got: Prediction) -> bool:
    if want == "catalog":
        return got.kind == "catalog" and all(
            _slot_right(slot, value, question, got) for slot, value in question.slots.items()
        )
    return got.kind == "faq" and got.entry == want


def _offered(question: Question, got: Prediction) -> bool:
    """Whether a clarifying question offers the expected answer (or an ``alt``) as an option:
    the entry by its id, a catalog answer as a reading whose slots match the label's."""
    for want in (question.expect, *question.alts):
        for option in got.options:
            if want != "catalog":
                if option == want:
                    return True
                continue
            query = catalog_query.decode(option)
            if query is not None and _matches(
                "catalog", question, Prediction("catalog", None, dict(query.slots()))
            ):
                return True
    return False


def _slot_right(slot: str, value: str, question: Question, got: Prediction) -> bool:
    """A label names one method; a question naming several ("위챗페이 알리페이 유니온페이 다
    되나", "card or only phone billing?") is answered about each of them (the query's method
    group), so the labelled method is right when it is one of those the question names by name
    (not one a family word like "간편결제" stands for). know14; before, such answers counted as
    confidently wrong."""
    if got.slots.get(slot) == value:
        return True
    if slot != "method" or got.slots.get("method") is not None:
        return False
    group = (got.slots.get("methods") or "").split(",")
    named = {m.value for m in extract_methods(question.text).matches}
    return value in group and value in named


def _measure(name: str, answer: Callable[[str], Prediction], questions: list[Question]) -> Figures:
    on_topic = [q for q in questions if q.expect is not None]
    off_topic = [q for q in questions if q.expect is None]
    right = wrong = refused = clarified = clarified_on = offered = 0
    misses: list[str] = []
    latencies: list[float] = []
    best: list[float] = []
    band_counts = [[0, 0] for _ in SCORE_BANDS[:-1]]
    groups: dict[str, list[int]] = {}
    for question in questions:
        got = Prediction("none", None)
        runs = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            got = answer(question.text)
            runs.append((time.perf_counter() - start) * 1000)
        latencies += runs
        best.append(min(runs))
        confident = got.kind in ("faq", "catalog")
        clarified += got.kind == "clarify"
        if got.kind == "clarify" and question.expect is not None:
            clarified_on += 1
            offered += _offered(question, got)
        shown = f"{got.kind}:{got.entry}" + (f" {got.slots}" if got.slots else "")
        if got.top is not None and question.expect not in (None, "catalog"):
            for i, (low, high) in enumerate(pairwise(SCORE_BANDS)):
                if low <= got.top[1] < high:
                    band_counts[i][0] += 1
                    band_counts[i][1] += got.top[0] == question.expect
        if question.expect is None:
            if confident:
                wrong += 1
                misses.append(f"off-topic answered: {question.text!r} -> {shown}")
            else:
                refused += 1
        elif _right(question, got):
            right += 1
        else:
            wrong += confident
            want = question.expect + (f" {question.slots}" if question.slots else "")
            misses.append(f"{question.text!r}: expected {want}, got {shown}")
        if question.expect is not None:
            kind = "catalog" if question.expect == "catalog" else "faq"
            for group in (f"lang={question.lang}", f"label={kind}"):
                cell = groups.setdefault(group, [0, 0])
                cell[0] += 1
                cell[1] += _right(question, got)
    latencies.sort()
    best.sort()
    bands = [
        (f"{low:.0f}-{min(high, 100):.0f}", n, ok)
        for (low, high), (n, ok) in zip(pairwise(SCORE_BANDS), band_counts, strict=False)
    ]
    return Figures(
        name=name,
        top1=right / len(on_topic) if on_topic else 1.0,
        confident_wrong=wrong / len(questions),
        offtopic_refusal=refused / len(off_topic) if off_topic else 1.0,
        clarify_rate=clarified / len(questions),
        p50_ms=statistics.median(latencies),
        p99_ms=latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        p99_best_ms=best[min(len(best) - 1, int(len(best) * 0.99))],
        misses=misses,
        bands=bands,
        groups=groups,
        clarify_offers_right=offered / clarified_on if clarified_on else 1.0,
        clarified_on_topic=clarified_on,
    )


# FAQ entries merged into another since a set was labelled: the label names the entry that
# now states the fact. Applied to every set alike, so a frozen set's labels stay as written.
# 2026-12-07: know6 merged overseas_other_pgs into overseas_payments (the same fact, two entries).
# 2026-12-07: know10 merged additional_mid into add_methods_later (the same per-PG routes).
MERGED_ENTRIES = {
    "overseas_other_pgs": "overseas_payments",
    "additional_mid": "add_methods_later",
}


def _merged(entry: str | None) -> str | None:
    return MERGED_ENTRIES.get(entry, entry) if entry is not None else None


def _load(path: Path, topics: dict[str, list[str]]) -> list[Question]:
    raw: dict[str, Any] | list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    # A set is either ``questions: [...]`` or the bare list (validation2's form).
    items = raw["questions"] if isinstance(raw, dict) else raw
    found: list[Question] = []
    for item in items:
        expect = item.get("expect")
        also: list[str] = []  # other entries a topic map lists for the same fact
        if isinstance(expect, str) and expect.startswith("topic:"):
            slug = expect.removeprefix("topic:")
            if slug not in topics:
                raise SystemExit(f"{path}: topic '{slug}' is not in the --topics map")
            expect, *also = topics[slug]
        slots = {k: str(v) for k, v in (item.get("catalog") or {}).items()}
        lang = item.get("lang") or (detect_lang(str(item["q"])) or Lang.KO).value
        alts = tuple(str(_merged(str(alt))) for alt in [*(item.get("alt") or ()), *also])
        found.append(Question(str(item["q"]), _merged(expect), slots, str(lang), alts))
    return found


def _topics(path: Path) -> dict[str, list[str]]:
    """The topic map: ``slug: entry_id`` (or ``slug: [entry_id, other acceptable ids...]``) at
    the top level or under ``topics:``; a slug mapped to nothing stays unmapped (its questions
    are reported, not silently dropped)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if isinstance(raw, dict) and isinstance(raw.get("topics"), dict):
        raw = raw["topics"]
    if not isinstance(raw, dict):
        raise SystemExit(f"{path}: expected a mapping of topic slug to entry id")
    return {
        str(k): [str(v)] if isinstance(v, str) else [str(x) for x in v]
        for k, v in raw.items()
        if isinstance(v, str) or (isinstance(v, list) and v)
    }


def _calibrate(args: argparse.Namespace) -> int:
    topics = _topics(args.topics) if args.topics else {}
    questions = _load(args.questions, topics)
    understanding = load_understanding()
    print(f"rule in the code: {DEFAULT_RULE}")
    print(f"  on {args.questions.name}: {score(understanding, DEFAULT_RULE, questions).line()}")
    if args.cv:
        print(f"2-fold cross-validation on {args.questions.name} (held out, pooled):")
        print("  " + cross_validate(understanding, list(questions), DEFAULT_RULE).line())
    if args.fit_on:
        train = [q for path in args.fit_on for q in _load(path, topics)]
        rule = fit([trace(understanding, "fit", q) for q in train], DEFAULT_RULE)
        names = ", ".join(p.name for p in args.fit_on)
        print(f"fitted on {names} ({len(train)}): {rule}")
        print(f"  on {names}: {score(understanding, rule, train).line()}")
        print(f"  on {args.questions.name}: {score(understanding, rule, questions).line()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--topics", type=Path, help="YAML map: topic slug -> entry id")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--cv",
        action="store_true",
        help="2-fold cross-validation of the decision rule's thresholds on --questions",
    )
    parser.add_argument(
        "--fit-on",
        type=Path,
        action="append",
        help="fit the rule's thresholds on this set (repeatable), report on --questions",
    )
    args = parser.parse_args(argv)
    if args.cv or args.fit_on:
        return _calibrate(args)

    topics = _topics(args.topics) if args.topics else {}
    questions = _load(args.questions, topics)
    known = {entry.id for entry in load_understanding().faq.entries} | {"catalog"}
    unknown = sorted({q.expect for q in questions if q.expect and q.expect not in known})
    if unknown:
        # Still scored (as misses), so a map that lags behind the FAQ shows up, not hides.
        print(f"warning: labels that are no FAQ entry of this build: {unknown}")
    payload("warm up")  # load and index once, outside the timings
    load_baseline()

    results = [
        _measure("new: catalog + FAQ", _new, questions),
        _measure("old: FAQ matcher d7724ee", _old, questions),
    ]
    n_on = sum(1 for q in questions if q.expect is not None)
    print(
        f"questions: {args.questions.name}: {len(questions)} ({n_on} on-topic, "
        f"{len(questions) - n_on} off-topic)"
    )
    print(f"cpu cores (os.cpu_count): {os.cpu_count()}; load average: {os.getloadavg()[0]:.2f}")
    header = f"{'matcher':<28}{'top-1':>8}{'conf.wrong':>12}{'off-topic ref.':>16}{'clarify':>9}"
    print(header + f"{'p50 ms':>9}{'p99 ms':>9}{'p99 best-of-5':>15}")
    for r in results:
        print(
            f"{r.name:<28}{r.top1:>8.1%}{r.confident_wrong:>12.1%}{r.offtopic_refusal:>16.1%}"
            f"{r.clarify_rate:>9.1%}{r.p50_ms:>9.3f}{r.p99_ms:>9.3f}{r.p99_best_ms:>15.3f}"
        )
    print("\ntop-1 by group (on-topic questions: right / n)")
    for r in results:
        cells = [f"{g}: {ok}/{n} {ok / n:.0%}" for g, (n, ok) in sorted(r.groups.items()) if n]
        print(f"  {r.name}: " + "; ".join(cells))
    print("\ncalibration (FAQ questions; top candidate's score band: n, share right)")
    for r in results:
        cells = [f"{band}: {n} {ok / n:.0%}" for band, n, ok in r.bands if n]
        print(f"  {r.name}: " + "; ".join(cells))
    if args.verbose:
        for r in results:
            print(f"\n-- misses: {r.name} ({len(r.misses)})")
            for line in r.misses:
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
