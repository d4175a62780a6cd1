"""Benchmark the FAQ matcher against a labelled question set, next to a plain baseline.

Run: .venv/bin/python bench/knowledge.py [--questions FILE] [--verbose]

Figures: top-1 accuracy on on-topic questions (a confident answer naming the right entry),
confident-wrong rate (a confident answer naming a wrong entry, over all questions), off-topic
rejection (no confident answer for expect: null), and p50/p99 latency per query. The baseline
is rapidfuzz WRatio over the raw FAQ question texts with a cutoff, as a naive implementation
would do.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.faq import Faq, load_faq
from knowledge.language import Lang

DEFAULT_QUESTIONS = Path(__file__).resolve().parent / "data" / "knowledge_questions.yaml"
BASELINE_CUTOFF = 70.0
REPEATS = 5  # each query is timed several times; latency figures use every run


@dataclass
class Figures:
    name: str
    top1: float
    confident_wrong: float
    offtopic_rejection: float
    p50_ms: float
    p99_ms: float
    misses: list[str]


def _baseline(faq: Faq) -> Callable[[str], str | None]:
    texts: list[str] = []
    owners: list[str] = []
    for entry in faq.entries:
        for lang in Lang:
            for question in entry.questions.get(lang):
                texts.append(question)
                owners.append(entry.id)

    def answer(text: str) -> str | None:
        found = process.extractOne(text, texts, scorer=fuzz.WRatio, score_cutoff=BASELINE_CUTOFF)
        return owners[found[2]] if found else None

    return answer


def _measure(
    name: str, answer: Callable[[str], str | None], questions: list[tuple[str, str | None]]
) -> Figures:
    on_topic = [(q, e) for q, e in questions if e is not None]
    off_topic = [q for q, e in questions if e is None]
    correct = wrong = rejected = 0
    misses: list[str] = []
    latencies: list[float] = []
    for text, expect in questions:
        got: str | None = None
        for _ in range(REPEATS):
            start = time.perf_counter()
            got = answer(text)
            latencies.append((time.perf_counter() - start) * 1000)
        if expect is None:
            rejected += got is None
            if got is not None:
                wrong += 1
                misses.append(f"off-topic answered: {text!r} -> {got}")
        elif got == expect:
            correct += 1
        else:
            if got is not None:
                wrong += 1
            misses.append(f"{text!r}: expected {expect}, got {got}")
    latencies.sort()
    return Figures(
        name=name,
        top1=correct / len(on_topic),
        confident_wrong=wrong / len(questions),
        offtopic_rejection=rejected / len(off_topic) if off_topic else 1.0,
        p50_ms=statistics.median(latencies),
        p99_ms=latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        misses=misses,
    )


def _load(path: Path) -> list[tuple[str, str | None]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(str(item["q"]), item["expect"]) for item in raw["questions"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)

    questions = _load(args.questions)
    faq = load_faq()
    known = {entry.id for entry in faq.entries}
    unknown = {e for _, e in questions if e is not None and e not in known}
    if unknown:
        print(f"unknown entry ids in the question set: {sorted(unknown)}")
        return 2

    def ours(text: str) -> str | None:
        best = faq.lookup(text).best
        return best.entry_id if best else None

    results = [_measure("onboard FAQ matcher", ours, questions)]
    results.append(_measure(f"baseline WRatio>={BASELINE_CUTOFF:.0f}", _baseline(faq), questions))

    n_on = sum(1 for _, e in questions if e is not None)
    print(f"questions: {len(questions)} ({n_on} on-topic, {len(questions) - n_on} off-topic)")
    print(f"FAQ entries: {len(faq.entries)}; cpu cores (os.cpu_count): {os.cpu_count()}")
    header = f"{'matcher':<28}{'top-1':>8}{'conf.wrong':>12}{'off-topic rej.':>16}"
    print(header + f"{'p50 ms':>9}{'p99 ms':>9}")
    for r in results:
        print(
            f"{r.name:<28}{r.top1:>8.1%}{r.confident_wrong:>12.1%}{r.offtopic_rejection:>16.1%}"
            f"{r.p50_ms:>9.3f}{r.p99_ms:>9.3f}"
        )
    if args.verbose:
        for r in results:
            print(f"\n-- misses: {r.name} ({len(r.misses)})")
            for line in r.misses:
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
