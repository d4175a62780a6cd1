"""Check blind set 12 (FROZEN). Run from the repository root: python bench/data/blind12/check.py

Standard library + yaml only. Prints counts, never a question; a failure names the
position in questions.yaml, not the text.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path("bench/data/blind12")
PHASE1_COMMIT = "926514c4ebfe99220f4a688efc0a0f1b7c50bc9c"
SLOTS = ("pg", "method", "payment_type", "mode")
PAYMENT_TYPES = {"one_time", "subscription", "keyin"}
MODES = {"window", "api"}
KEYS = {"q", "lang", "about", "expect", "alt", "catalog"}

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def phase1_questions() -> list[dict[str, str]]:
    path = f"{PHASE1_COMMIT}:{HERE.as_posix()}/questions.jsonl"
    try:
        text = subprocess.run(
            ["git", "show", path], check=True, capture_output=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        fail("cannot read the phase-1 commit's questions.jsonl; using the working copy")
        text = (HERE / "questions.jsonl").read_text(encoding="utf-8")
    work = (HERE / "questions.jsonl").read_text(encoding="utf-8")
    if work != text:
        fail("questions.jsonl differs from the phase-1 commit")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def faq_ids() -> set[str]:
    ids = set()
    for line in (HERE / "faq_ids_at_labelling.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.add(line.split(":", 1)[0].strip())
    return ids


def catalog_codes() -> tuple[set[str], set[str]]:
    pgs: set[str] = set()
    methods: set[str] = set()
    current = None
    text = (HERE / "catalog_codes_at_labelling.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            current = pgs if "PG" in line else methods
        elif line.strip() and current is not None:
            current.add(line.split(":", 1)[0].strip())
    return pgs, methods


def main() -> int:
    original = phase1_questions()
    labelled = yaml.safe_load((HERE / "questions.yaml").read_text(encoding="utf-8"))
    topics = yaml.safe_load((HERE / "topics.yaml").read_text(encoding="utf-8")) or {}
    ids = faq_ids()
    pgs, methods = catalog_codes()

    shuffled = list(original)
    random.Random(12).shuffle(shuffled)
    if len(labelled) != len(shuffled):
        fail(f"questions.yaml has {len(labelled)} items, phase 1 has {len(shuffled)}")
    for n, (want, got) in enumerate(zip(shuffled, labelled, strict=False), 1):
        if not isinstance(got, dict):
            fail(f"item {n}: not a mapping")
            continue
        if {k: got.get(k) for k in ("q", "lang", "about")} != want:
            fail(f"item {n}: q/lang/about differ from phase 1 in shuffle order")

    used_topics: set[str] = set()
    for n, item in enumerate(labelled, 1):
        if not isinstance(item, dict):
            continue
        extra = set(item) - KEYS
        if extra:
            fail(f"item {n}: unknown keys {sorted(extra)}")
        if item.get("lang") not in ("ko", "en"):
            fail(f"item {n}: lang")
        if "expect" not in item:
            fail(f"item {n}: no expect")
            continue
        expect = item["expect"]
        alt = item.get("alt", [])
        off = item.get("about") == "off-topic"
        if (expect is None) != off:
            fail(f"item {n}: expect null must match about off-topic")
        if expect is None:
            if alt or "catalog" in item:
                fail(f"item {n}: null with alt/catalog")
            continue
        if not isinstance(alt, list) or not all(isinstance(a, str) for a in alt):
            fail(f"item {n}: alt must be a list of ids")
            alt = []
        if expect in alt or len(set(alt)) != len(alt):
            fail(f"item {n}: alt repeats")
        for label in [expect, *alt]:
            if not isinstance(label, str):
                fail(f"item {n}: label not a string")
            elif label == "catalog":
                pass
            elif label.startswith("topic:"):
                slug = label[len("topic:") :]
                used_topics.add(slug)
                if slug not in topics:
                    fail(f"item {n}: topic {slug} not in topics.yaml")
            elif label not in ids:
                fail(f"item {n}: unknown FAQ id {label}")
        wants_catalog = expect == "catalog" or "catalog" in alt
        cat = item.get("catalog")
        if wants_catalog != (cat is not None):
            fail(f"item {n}: catalog slots present iff catalog is expected or in alt")
        if cat is not None:
            if not isinstance(cat, dict) or not cat or set(cat) - set(SLOTS):
                fail(f"item {n}: catalog slots malformed")
                continue
            if "pg" in cat and cat["pg"] not in pgs:
                fail(f"item {n}: unknown pg code")
            if "method" in cat and cat["method"] not in methods:
                fail(f"item {n}: unknown method code")
            if "payment_type" in cat and cat["payment_type"] not in PAYMENT_TYPES:
                fail(f"item {n}: bad payment_type")
            if "mode" in cat and cat["mode"] not in MODES:
                fail(f"item {n}: bad mode")

    for slug, entry in topics.items():
        if not isinstance(entry, dict) or not entry.get("section") or not entry.get("fact"):
            fail(f"topic {slug}: needs section and fact")
        if slug not in used_topics:
            fail(f"topic {slug}: not used")

    kinds: Counter[tuple[str, str]] = Counter()
    per_id: Counter[str] = Counter()
    for item in labelled:
        expect = item.get("expect")
        kind = (
            "null"
            if expect is None
            else "catalog"
            if expect == "catalog"
            else "topic"
            if str(expect).startswith("topic:")
            else "faq"
        )
        kinds[(kind, item.get("lang", "?"))] += 1
        per_id[str(expect)] += 1
    print(f"{'expect':<10}{'ko':>6}{'en':>6}{'all':>6}")
    for kind in ("faq", "catalog", "topic", "null"):
        ko, en = kinds[(kind, "ko")], kinds[(kind, "en")]
        print(f"{kind:<10}{ko:>6}{en:>6}{ko + en:>6}")
    total_ko = sum(v for (_, lang), v in kinds.items() if lang == "ko")
    total_en = sum(v for (_, lang), v in kinds.items() if lang == "en")
    print(f"{'total':<10}{total_ko:>6}{total_en:>6}{total_ko + total_en:>6}")
    print(f"distinct FAQ ids expected: {sum(1 for k in per_id if k in ids)} of {len(ids)}")
    print(f"topic slugs: {len(topics)}; items with alt: {sum(1 for i in labelled if i.get('alt'))}")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
