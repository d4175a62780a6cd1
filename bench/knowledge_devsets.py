"""Every development set in one run, the new understanding only, untimed: one line per set and
the pooled figure, for comparing a change across all of them at once (the timed two-matcher
run stays bench/knowledge.py).

Run: .venv/bin/python bench/knowledge_devsets.py [--verbose]
The old blind set (bench/data/blind/) is a development set since 2026-12-07 (issue 15, know3);
blind set 4 is one since 2026-12-07 06:10 (the lead read its wrong answers); blind set 5 since
2026-12-07 09:10 (session 7: run twice in session 6 on aggregates only, now read to learn from);
blind set 6 since 2026-12-07 11:50 (session 8, after two aggregate-only runs in session 7);
blind set 7 since 2026-12-07 14:17 (session 9, after three aggregate-only runs in session 8);
blind set 8 since 2026-12-07 17:20 (session 10, after two aggregate-only runs in session 9);
blind set 9 since 2026-12-07 20:10 (session 11, after two aggregate-only runs in session 10; scored
on topic_map_session10.yaml, which maps its assistant slugs to the entries added in session 10).
Blind set 8 is scored on topic_map_session11.yaml (session 11, know23: its kcp_naverpay_bridge
slug, "(none)" before, mapped to the entry written for its fact). Blind set 10 since 2026-12-07
23:20 (session 12, after two aggregate-only runs in session 11; scored on
topic_map_session11.yaml, which maps its certificate hand-over and thread slugs to know23's
entries). Blind set 11 since 2026-12-08 03:10 (session 13, after two aggregate-only runs in
session 12 and blind set 12's first run). Blind set 12 (bench/data/blind12/) is the frozen
blind set and is never read here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.knowledge as kb
from bot.commands.ask import payload

DATA = Path(__file__).resolve().parent / "data"
DEV_SETS: tuple[tuple[str, Path, Path | None], ...] = (
    ("dev", DATA / "knowledge_questions.yaml", None),
    ("validation", DATA / "validation" / "faq_validation.yaml", None),
    ("validation2", DATA / "validation2" / "questions.yaml", None),
    ("old blind", DATA / "blind" / "faq_blind.yaml", DATA / "blind" / "topic_map.yaml"),
    ("blind3", DATA / "blind3" / "questions.yaml", DATA / "blind3" / "topic_map.yaml"),
    ("blind4", DATA / "blind4" / "questions.yaml", DATA / "blind4" / "topic_map.yaml"),
    ("blind5", DATA / "blind5" / "questions.yaml", DATA / "blind5" / "topic_map.yaml"),
    ("blind6", DATA / "blind6" / "questions.yaml", DATA / "blind6" / "topic_map.yaml"),
    ("blind7", DATA / "blind7" / "questions.yaml", DATA / "blind7" / "topic_map.yaml"),
    ("blind8", DATA / "blind8" / "questions.yaml", DATA / "blind8" / "topic_map_session11.yaml"),
    ("blind9", DATA / "blind9" / "questions.yaml", DATA / "blind9" / "topic_map_session10.yaml"),
    ("blind10", DATA / "blind10" / "questions.yaml", DATA / "blind10" / "topic_map_session11.yaml"),
    ("blind11", DATA / "blind11" / "questions.yaml", DATA / "blind11" / "topic_map.yaml"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    kb.REPEATS = 1
    payload("warm up")
    print(
        f"{'set':<12}{'n':>5}{'top-1':>8}{'conf.wrong':>12}{'off-topic ref.':>16}{'clarify':>9}"
        f"{'clarify offers right':>22}"
    )
    on = right = wrong = off = refused = clarified = total = clarified_on = offered = 0
    for name, path, topics in DEV_SETS:
        questions = kb._load(path, kb._topics(topics) if topics else {})
        r = kb._measure(name, kb._new, questions)
        n_on = sum(q.expect is not None for q in questions)
        n_off = len(questions) - n_on
        print(
            f"{name:<12}{len(questions):>5}{r.top1:>8.1%}{r.confident_wrong:>12.1%}"
            f"{r.offtopic_refusal:>16.1%}{r.clarify_rate:>9.1%}"
            f"{_offers(r.clarify_offers_right, r.clarified_on_topic):>22}"
        )
        on += n_on
        off += n_off
        total += len(questions)
        right += round(r.top1 * n_on)
        wrong += round(r.confident_wrong * len(questions))
        refused += round(r.offtopic_refusal * n_off)
        clarified += round(r.clarify_rate * len(questions))
        clarified_on += r.clarified_on_topic
        offered += round(r.clarify_offers_right * r.clarified_on_topic)
        if args.verbose:
            for line in r.misses:
                print(f"  [{name}] {line}")
    print(
        f"{'pooled':<12}{total:>5}{right / on:>8.1%}{wrong / total:>12.1%}"
        f"{refused / off:>16.1%}{clarified / total:>9.1%}"
        f"{_offers(offered / clarified_on if clarified_on else 1.0, clarified_on):>22}"
    )
    return 0


def _offers(share: float, asked: int) -> str:
    """The "clarify offers right" cell: the share of on-topic clarifying questions whose
    options include the expected answer, with how many were asked."""
    return f"{share:.1%} of {asked}"


if __name__ == "__main__":
    raise SystemExit(main())
