"""Checks blind set 10 (FROZEN). Run from the repository root:

    .venv/bin/python bench/data/blind10/check.py

It reads only this folder and the phase-1 commit of questions.jsonl. It checks that every
question of phase 1 (q, lang, about) is kept, in the order random.Random(10) gives the
phase-1 list; that every label is well formed; that FAQ ids, catalog codes and topic slugs
exist in the files copied at labelling time; and prints counts by expect kind x lang.
It never runs `onboard ask` and prints no question text.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

HERE = Path("bench/data/blind10")
PHASE1_COMMIT = "2ffc760237665bcfcbb404daec4b94074dc67578"
PHASE1_FILE = "questions.jsonl"
SEED = 10
LANGS = {"ko", "en"}
KEYS = {"q", "lang", "about", "expect", "alt", "catalog"}
SLOTS = {"pg", "method", "payment_type", "mode"}
PAYMENT_TYPES = {"general", "subscription", "keyin"}
MODES = {"window", "api"}


def faq_ids() -> set[str]:
    text = (HERE / "faq_ids_at_labelling.txt").read_text(encoding="utf-8")
    return {line.split(":", 1)[0].strip() for line in text.splitlines() if ":" in line}


def catalog_codes() -> tuple[set[str], set[str]]:
    pgs: set[str] = set()
    methods: set[str] = set()
    current: set[str] | None = None
    for line in (HERE / "catalog_codes_at_labelling.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# PGs"):
            current = pgs
        elif line.startswith("# methods"):
            current = methods
        elif line.startswith("#") or not line.strip():
            continue
        elif current is not None:
            current.add(line.split(":", 1)[0].strip())
    return pgs, methods


def phase1() -> list[dict[str, str]]:
    src = subprocess.run(
        ["git", "show", f"{PHASE1_COMMIT}:{HERE.as_posix()}/{PHASE1_FILE}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows: list[dict[str, str]] = [json.loads(line) for line in src.splitlines() if line.strip()]
    random.Random(SEED).shuffle(rows)
    return rows


def kind(expect: object) -> str:
    if expect is None:
        return "null"
    if expect == "catalog":
        return "catalog"
    if isinstance(expect, str) and expect.startswith("topic:"):
        return "topic"
    return "faq"


def check_catalog(n: int, slots: object, pgs: set[str], methods: set[str]) -> list[str]:
    if not isinstance(slots, dict) or not slots or set(slots) - SLOTS:
        return [f"row {n}: catalog slots {slots!r}"]
    errors: list[str] = []
    if "pg" in slots and slots["pg"] not in pgs:
        errors.append(f"row {n}: unknown pg {slots['pg']!r}")
    if "method" in slots and slots["method"] not in methods:
        errors.append(f"row {n}: unknown method {slots['method']!r}")
    if slots.get("payment_type", "general") not in PAYMENT_TYPES:
        errors.append(f"row {n}: payment_type {slots['payment_type']!r}")
    if slots.get("mode", "api") not in MODES:
        errors.append(f"row {n}: mode {slots['mode']!r}")
    return errors


def check_row(
    n: int,
    row: dict[str, Any],
    ids: set[str],
    topics: dict[str, str],
    codes: tuple[set[str], set[str]],
) -> list[str]:
    errors: list[str] = []
    extra = set(row) - KEYS
    if extra:
        errors.append(f"row {n}: unknown keys {sorted(extra)}")
    if "expect" not in row:
        return [*errors, f"row {n}: no expect"]
    if row.get("lang") not in LANGS:
        errors.append(f"row {n}: lang {row.get('lang')!r}")
    expect, k = row["expect"], kind(row["expect"])
    if k == "faq" and expect not in ids:
        errors.append(f"row {n}: unknown faq id {expect!r}")
    if k == "topic" and expect.removeprefix("topic:") not in topics:
        errors.append(f"row {n}: unknown topic {expect!r}")
    if k == "null" and ("alt" in row or "catalog" in row):
        errors.append(f"row {n}: null with alt/catalog")
    if k == "null" and row.get("about") != "off-topic":
        errors.append(f"row {n}: null but about is not off-topic")
    if k != "null" and row.get("about") == "off-topic":
        errors.append(f"row {n}: off-topic but expect is not null")
    if k == "topic" and "alt" in row:
        errors.append(f"row {n}: topic with alt")
    if k == "catalog":
        errors += check_catalog(n, row.get("catalog"), *codes)
    elif "catalog" in row:
        errors.append(f"row {n}: catalog slots without expect: catalog")
    alt = row.get("alt")
    if alt is not None:
        if not isinstance(alt, list) or not alt:
            errors.append(f"row {n}: alt must be a non-empty list")
        elif len(set(alt)) != len(alt):
            errors.append(f"row {n}: alt repeats an id")
        else:
            errors += [f"row {n}: bad alt {a!r}" for a in alt if a not in ids or a == expect]
    return errors


def main() -> int:
    rows: list[dict[str, Any]] = yaml.safe_load(
        (HERE / "questions.yaml").read_text(encoding="utf-8")
    )
    topics: dict[str, str] = yaml.safe_load((HERE / "topics.yaml").read_text(encoding="utf-8"))
    ids = faq_ids()
    codes = catalog_codes()
    errors: list[str] = []

    before = phase1()
    if len(before) != len(rows):
        errors.append(f"{len(rows)} rows, phase 1 had {len(before)}")
    for n, (old, new) in enumerate(zip(before, rows, strict=False), 1):
        for key in ("q", "lang", "about"):
            if old[key] != new.get(key):
                errors.append(f"row {n}: {key} differs from phase 1 (shuffled with Random({SEED}))")
    if len({r.get("q") for r in rows}) != len(rows):
        errors.append("a question appears twice")

    for n, row in enumerate(rows, 1):
        errors += check_row(n, row, ids, topics, codes)

    used_topics = {
        r["expect"].removeprefix("topic:") for r in rows if kind(r.get("expect")) == "topic"
    }
    for slug in sorted(set(topics) - used_topics):
        errors.append(f"topics.yaml: {slug!r} is expected by no row")

    counts = Counter((kind(r.get("expect")), r.get("lang")) for r in rows)
    print(f"{'expect':<8} {'ko':>4} {'en':>4} {'all':>4}")
    for k in ("faq", "catalog", "topic", "null"):
        ko, en = counts[(k, "ko")], counts[(k, "en")]
        print(f"{k:<8} {ko:>4} {en:>4} {ko + en:>4}")
    ko = sum(v for (_, lang), v in counts.items() if lang == "ko")
    en = sum(v for (_, lang), v in counts.items() if lang == "en")
    print(f"{'all':<8} {ko:>4} {en:>4} {ko + en:>4}   (ko {ko / max(ko + en, 1):.0%})")
    about = Counter(
        a if a in ("off-topic", "catalog") else "other" for a in (r.get("about") for r in rows)
    )
    print(f"about (phase 1): catalog {about['catalog']}, off-topic {about['off-topic']}", end="")
    print(f", other {about['other']}")
    with_alt = sum(1 for r in rows if "alt" in r)
    expected = {r["expect"] for r in rows if kind(r.get("expect")) == "faq"}
    print(
        f"rows with alt: {with_alt}; distinct faq ids expected: {len(expected)} of {len(ids)}; "
        f"topics: {len(used_topics)}"
    )
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
