"""The catalog route's confusion (know20, issue 15): where the catalog answered and the FAQ was
expected, where the FAQ answered and the catalog was expected, and what the FAQ alone would have
said in each case.

Each set is answered by some code: the dev sets by this worktree's, the formerly blind sets also
by the code of the moment they were still blind (bench/knowledge_history.py's commits; blind set
8 by session 10's start code, which had not read it). The frozen blind set 9 is never touched.

Per question it records the real answer, the FAQ's own decision on the message with the catalog
set aside (``Understanding._from_faq``), and the catalog parse; ``--save`` writes the records,
``--misses SET,...`` prints the catalog route's misses of the named sets only (the sets whose
misses were read; the others are reported as figures only).

Run: .venv/bin/python bench/know20_catalog.py [--save FILE | --load FILE] [--replay]
     [--misses dev,validation,...]   (~3 min: this code and five archived codebases)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data"
# (name, question file, topic map) relative to bench/data
DEV: tuple[tuple[str, str, str | None], ...] = (
    ("dev", "knowledge_questions.yaml", None),
    ("validation", "validation/faq_validation.yaml", None),
    ("validation2", "validation2/questions.yaml", None),
    ("old blind", "blind/faq_blind.yaml", "blind/topic_map.yaml"),
    ("blind3", "blind3/questions.yaml", "blind3/topic_map.yaml"),
    ("blind4", "blind4/questions.yaml", "blind4/topic_map.yaml"),
    ("blind5", "blind5/questions.yaml", "blind5/topic_map.yaml"),
    ("blind6", "blind6/questions.yaml", "blind6/topic_map.yaml"),
    ("blind7", "blind7/questions.yaml", "blind7/topic_map.yaml"),
    ("blind8", "blind8/questions.yaml", "blind8/topic_map.yaml"),
)
# (set, the last commit whose code had not read it): bench/knowledge_history.py's, and blind
# set 8's (demoted by 77e26f9, whose parent is session 9's last code).
HISTORY: tuple[tuple[str, str], ...] = (
    ("blind4", "3932862"),
    ("blind5", "08457b8"),
    ("blind6", "90e5dcc"),
    ("blind7", "d420cdd"),
    ("blind8", "38c9acb"),
)
PATHS = ("knowledge", "bot", "bench/knowledge.py", "bench/knowledge_cv.py", "bench/baseline")

# Runs inside some code's folder (its own bench.knowledge and knowledge.understand).
_COLLECT = r"""
import json, sys
import bench.knowledge as kb
from knowledge.understand import Kind, load_understanding
from knowledge.language import detect_lang, Lang
from knowledge.confidence import DEFAULT_RULE
u = load_understanding()
qpath, tpath = sys.argv[1], sys.argv[2]
topics = kb._topics(kb.Path(tpath)) if tpath else {}
out = []
for q in kb._load(kb.Path(qpath), topics):
    got = u.understand(q.text)
    slots = got.catalog.query.slots() if got.kind is Kind.CATALOG and got.catalog else {}
    slots = {k: v for k, v in slots.items() if v}
    pred = kb.Prediction(got.kind.value, got.entry_id, slots)
    lang = detect_lang(q.text) or Lang.KO
    if hasattr(u, "_from_faq"):
        alone = u._from_faq(q.text, lang, DEFAULT_RULE, None)
    else:
        res = u.faq.lookup(q.text, lang)
        kind = Kind.FAQ if res.best else Kind.CLARIFY if res.close else Kind.NONE
        alone = type(got)(kind, lang, best=res.best, clarify=res.close,
                          alternatives=res.alternatives)
    rec = {"text": q.text, "lang": q.lang, "expect": q.expect, "alts": list(q.alts),
           "want_slots": q.slots, "kind": got.kind.value, "entry": got.entry_id,
           "slots": slots, "right": kb._right(q, pred),
           "clarify": [h.entry_id for h in got.clarify]}
    if alone is not None:
        ap = kb.Prediction(alone.kind.value, alone.entry_id, {})
        rec.update(faq_kind=alone.kind.value, faq_entry=alone.entry_id,
                   faq_score=alone.best.score if alone.best else None,
                   faq_clarify=[h.entry_id for h in alone.clarify],
                   faq_alts=[h.entry_id for h in alone.alternatives[:3]],
                   faq_right=kb._right(q, ap))
    if got.kind is Kind.CATALOG:
        from bench.know20_residual import residual
        left = residual(q.text)
        rr = u.faq.lookup(left, lang) if left.strip() else None
        rec.update(residual=left, res_entry=rr.best.entry_id if rr and rr.best else None,
                   res_score=rr.best.score if rr and rr.best else None)
        from knowledge.pg_list import remainder
        rest = remainder(q.text)
        lr = u.faq.lookup(rest, lang).best if rest else None
        rec.update(list_rest=rest, list_entry=lr.entry_id if lr else None)
    out.append(rec)
print(json.dumps(out, ensure_ascii=False))
"""


def _run(folder: Path, qfile: Path, tfile: Path | None) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-c", _COLLECT, str(qfile), str(tfile or "")],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(folder)},
        check=True,
        capture_output=True,
        text=True,
    )
    records: list[dict[str, Any]] = json.loads(done.stdout)
    return records


def collect_dev() -> dict[str, list[dict[str, Any]]]:
    return {name: _run(ROOT, DATA / q, DATA / t if t else None) for name, q, t in DEV}


def collect_history() -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for name, commit in HISTORY:
        with tempfile.TemporaryDirectory(prefix="know20_history_") as tmp:
            folder = Path(tmp)
            paths = [*PATHS, f"bench/data/{name}"]
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit, "--", *paths],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
            (folder / "bench" / "__init__.py").touch()
            shutil.copy(ROOT / "bench" / "know20_residual.py", folder / "bench")
            shutil.copy(ROOT / "knowledge" / "pg_list.py", folder / "knowledge")
            data = folder / "bench" / "data" / name
            found[name] = _run(folder, data / "questions.yaml", data / "topic_map.yaml")
    return found


def confusion(records: list[dict[str, Any]]) -> Counter[str]:
    """Counts of the catalog route's outcomes."""
    c: Counter[str] = Counter()
    for r in records:
        want_cat = r["expect"] == "catalog" or "catalog" in r["alts"]
        confident = r["kind"] in ("faq", "catalog")
        c["n"] += 1
        c["right"] += bool(r["right"] and r["expect"] is not None)
        c["on"] += r["expect"] is not None
        c["wrong"] += confident and not (r["right"] and r["expect"] is not None)
        if r["kind"] == "catalog":
            c["cat answered"] += 1
            if r["right"]:
                c["cat right"] += 1
            elif want_cat:
                c["cat wrong slots"] += 1
            elif r["expect"] is None:
                c["cat on off-topic"] += 1
            else:
                c["cat, FAQ expected"] += 1
                if r.get("faq_right"):
                    c["  FAQ alone right"] += 1
                elif r.get("faq_kind") == "clarify":
                    c["  FAQ alone clarify"] += 1
        elif want_cat and not r["right"]:
            c[f"catalog expected, got {r['kind']}"] += 1
    return c


# The dispute rules replayed on the records (none kept; docs/decisions.md, know20). A catalog
# answer becomes "A or B?" (the catalog's reading or the FAQ's entry) when the FAQ alone answers
# the message confidently with an entry that is not prose about the catalog's topic
# (understand.CATALOG_PROSE), scored at least ``t``, and, for "res", the remainder of the message
# without the catalog's words (bench/know20_residual.py) gets the same entry confidently; for
# "res_nocap", that remainder also no longer has the shape of a capability question; "empty": a
# catalog answer with no slot at all (the list of every PG) and any confident FAQ entry ("_faq":
# the FAQ's entry answers instead of asking); "list": "empty", and the message without its
# list words gets the same entry confidently (knowledge/pg_list.py: the rule kept).
RULES: tuple[tuple[str, float], ...] = (
    ("off", 0.0),
    *(
        (family, t)
        for family in ("any", "res", "res_nocap", "empty", "empty_faq", "list")
        for t in (0, 40, 50, 60, 70)
    ),
)
CHOSEN: tuple[tuple[str, float], ...] = (("empty", 0), ("list", 0))
WRONG_COST = 5.0  # bench/knowledge_history.py's prices
CLARIFY_VALUE = 0.3


def fires(r: dict[str, Any], rule: tuple[str, float]) -> bool:
    from knowledge.catalog_query import capability_shape
    from knowledge.normalize import normalize
    from knowledge.understand import CATALOG_PROSE

    family, t = rule
    if family == "off" or r["kind"] != "catalog" or r.get("faq_kind") != "faq":
        return False
    if family in ("empty", "empty_faq"):
        return not r["slots"] and (r["faq_score"] or 0) >= t
    if family == "list":
        return not r["slots"] and r.get("list_entry") == r["faq_entry"] and r["faq_score"] >= t
    if r["faq_entry"] in CATALOG_PROSE or (r["faq_score"] or 0) < t:
        return False
    if family in ("res", "res_nocap") and r.get("res_entry") != r["faq_entry"]:
        return False
    return not (family == "res_nocap" and capability_shape(normalize(r["residual"])))


def tally(records: list[dict[str, Any]], rule: tuple[str, float]) -> tuple[int, ...]:
    """(right, confidently wrong, clarifying, on-topic, questions) with ``rule`` applied."""
    right = wrong = clarified = 0
    for r in records:
        if fires(r, rule) and rule[0].endswith("_faq"):
            # the FAQ's entry answers instead of the catalog
            right += bool(r["faq_right"]) and r["expect"] is not None
            wrong += not (r["faq_right"] and r["expect"] is not None)
            continue
        if fires(r, rule):
            clarified += 1
            continue
        ok = bool(r["right"]) and r["expect"] is not None
        right += ok
        wrong += r["kind"] in ("faq", "catalog") and not ok
        clarified += r["kind"] == "clarify"
    on = sum(r["expect"] is not None for r in records)
    return right, wrong, clarified, on, len(records)


def _cells(t: tuple[int, ...]) -> str:
    return f"{t[0] / t[3]:.1%} / {t[1] / t[4]:.1%} / {t[2] / t[4]:.1%}"


def _pool(tallies: list[tuple[int, ...]]) -> tuple[int, ...]:
    return tuple(sum(x) for x in zip(*tallies, strict=True))


def replay(dev: dict[str, list[dict[str, Any]]], hist: dict[str, list[dict[str, Any]]]) -> None:
    """Each rule on every set; then fitted leave-one-set-out on the historical sets."""
    print("top-1 / confidently wrong / clarifying, pooled: history (old code) | dev (this code)")
    for rule in RULES:
        h = _pool([tally(r, rule) for r in hist.values()])
        d = _pool([tally(r, rule) for r in dev.values()])
        print(f"  {rule[0]:<10}{rule[1]:>4}  {_cells(h)} | {_cells(d)}")

    def utility(t: tuple[int, ...]) -> float:
        return t[0] - WRONG_COST * t[1] + CLARIFY_VALUE * t[2]

    pg_list = tuple(r for r in RULES if r[0] in ("off", "list"))
    for title, family in (("every rule", RULES), ("the PG-list rule's threshold", pg_list)):
        print(f"leave one historical set out, {title} (fitted on the others at 5 x wrong):")
        before, after = [], []
        for held, records in hist.items():
            best = max(
                family,
                key=lambda ru: sum(utility(tally(r, ru)) for s, r in hist.items() if s != held),
            )
            was, got = tally(records, ("off", 0.0)), tally(records, best)
            before.append(was)
            after.append(got)
            print(f"  {held:<8} fitted {best}: {_cells(was)} -> {_cells(got)}")
        print(f"  pooled: {_cells(_pool(before))} -> {_cells(_pool(after))}")
    for rule in CHOSEN:
        print(f"the rule {rule} per set: before -> after (top-1 / confidently wrong / clarifying)")
        for group, sets in (("old code", hist), ("this code", dev)):
            for name, records in sets.items():
                was, got = tally(records, ("off", 0.0)), tally(records, rule)
                print(f"  {group:<9} {name:<12} {_cells(was)} -> {_cells(got)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--save", type=Path)
    parser.add_argument("--load", type=Path, help="records saved before, instead of running")
    parser.add_argument("--no-history", action="store_true")
    parser.add_argument("--misses", default="", help="sets whose catalog misses to print")
    parser.add_argument("--replay", action="store_true", help="replay the dispute rules")
    args = parser.parse_args(argv)
    if args.load:
        saved = json.loads(args.load.read_text(encoding="utf-8"))
        dev, hist = saved["dev"], saved["history"]
    else:
        dev = collect_dev()
        hist = {} if args.no_history else collect_history()
    if args.save:
        args.save.write_text(
            json.dumps({"dev": dev, "history": hist}, ensure_ascii=False), encoding="utf-8"
        )
    show = set(filter(None, args.misses.split(",")))
    for title, group in (("this code", dev), ("code that had not seen it", hist)):
        print(f"== {title}")
        for name, records in group.items():
            c = confusion(records)
            print(f"  {name:<12} {dict(c)}")
            if name in show:
                for r in records:
                    want_cat = r["expect"] == "catalog" or "catalog" in r["alts"]
                    if r["right"] or not (r["kind"] == "catalog" or want_cat):
                        continue
                    print(
                        f"    {r['text']!r}: want {r['expect']} {r['want_slots'] or ''} "
                        f"alts {r['alts']} got {r['kind']}:{r['entry']} {r['slots']} | "
                        f"faq {r.get('faq_kind')}:{r.get('faq_entry')} "
                        f"{r.get('faq_clarify') or ''} s={r.get('faq_score')}"
                    )
    if args.replay:
        replay(dev, hist)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
