"""Checks blind set 8 (FROZEN). Run from the repository root:

    .venv/bin/python bench/data/blind8/check.py

It reads only this folder and the phase-1 commit of questions.yaml. It checks that every
question of phase 1 (q, lang, about) is kept, in the order random.Random(8) gives the
phase-1 list; that every label is well formed; that FAQ ids, catalog codes and topic slugs
exist in the files copied at labelling time; and prints counts by expect kind x lang.
It never runs `onboard ask` and prints no question text.
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path("bench/data/blind8")
PHASE1_COMMIT = "e17cfd4313c336868587d54bd0374b538613d0e7"
LANGS = {"ko", "en"}
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
        ["git", "show", f"{PHASE1_COMMIT}:{HERE.as_posix()}/questions.yaml"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows: list[dict[str, str]] = yaml.safe_load(src)
    random.Random(8).shuffle(rows)
    return rows


def kind(expect: object) -> str:
    if expect is None:
        return "null"
    if expect == "catalog":
        return "catalog"
    if isinstance(expect, str) and expect.startswith("topic:"):
        return "topic"
    return "faq"


def main() -> int:
    rows = yaml.safe_load((HERE / "questions.yaml").read_text(encoding="utf-8"))
    topics = yaml.safe_load((HERE / "topics.yaml").read_text(encoding="utf-8"))
    ids = faq_ids()
    pgs, methods = catalog_codes()
    errors: list[str] = []

    before = phase1()
    if len(before) != len(rows):
        errors.append(f"{len(rows)} rows, phase 1 had {len(before)}")
    for n, (old, new) in enumerate(zip(before, rows, strict=False), 1):
        for key in ("q", "lang", "about"):
            if old[key] != new.get(key):
                errors.append(f"row {n}: {key} differs from phase 1 (shuffled with Random(8))")

    for n, row in enumerate(rows, 1):
        extra = set(row) - {"q", "lang", "about", "expect", "alt", "catalog"}
        if extra:
            errors.append(f"row {n}: unknown keys {sorted(extra)}")
        if "expect" not in row:
            errors.append(f"row {n}: no expect")
            continue
        if row["lang"] not in LANGS:
            errors.append(f"row {n}: lang {row['lang']!r}")
        expect, k = row["expect"], kind(row["expect"])
        if k == "faq" and expect not in ids:
            errors.append(f"row {n}: unknown faq id {expect!r}")
        if k == "topic" and expect.removeprefix("topic:") not in topics:
            errors.append(f"row {n}: unknown topic {expect!r}")
        if k == "null" and ("alt" in row or "catalog" in row):
            errors.append(f"row {n}: null with alt/catalog")
        if k == "topic" and "alt" in row:
            errors.append(f"row {n}: topic with alt")
        if k == "catalog":
            slots = row.get("catalog")
            if not isinstance(slots, dict) or not slots or set(slots) - SLOTS:
                errors.append(f"row {n}: catalog slots {slots!r}")
            else:
                if "pg" in slots and slots["pg"] not in pgs:
                    errors.append(f"row {n}: unknown pg {slots['pg']!r}")
                if "method" in slots and slots["method"] not in methods:
                    errors.append(f"row {n}: unknown method {slots['method']!r}")
                if slots.get("payment_type", "general") not in PAYMENT_TYPES:
                    errors.append(f"row {n}: payment_type {slots['payment_type']!r}")
                if slots.get("mode", "api") not in MODES:
                    errors.append(f"row {n}: mode {slots['mode']!r}")
        elif "catalog" in row:
            errors.append(f"row {n}: catalog slots without expect: catalog")
        alt = row.get("alt")
        if alt is not None:
            if not isinstance(alt, list) or not alt:
                errors.append(f"row {n}: alt must be a non-empty list")
            else:
                for a in alt:
                    if a not in ids or a == expect:
                        errors.append(f"row {n}: bad alt {a!r}")

    counts = Counter((kind(r.get("expect")), r.get("lang")) for r in rows)
    print(f"{'expect':<8} {'ko':>4} {'en':>4} {'all':>4}")
    for k in ("faq", "catalog", "topic", "null"):
        ko, en = counts[(k, "ko")], counts[(k, "en")]
        print(f"{k:<8} {ko:>4} {en:>4} {ko + en:>4}")
    ko = sum(v for (_, lang), v in counts.items() if lang == "ko")
    en = sum(v for (_, lang), v in counts.items() if lang == "en")
    print(f"{'all':<8} {ko:>4} {en:>4} {ko + en:>4}")
    with_alt = sum(1 for r in rows if "alt" in r)
    print(
        f"rows with alt: {with_alt}; distinct faq ids expected: "
        f"{len({r['expect'] for r in rows if kind(r.get('expect')) == 'faq'})} of {len(ids)}"
    )
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
