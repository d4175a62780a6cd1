"""Check the labelled blind set 11 (FROZEN; see README.md).

Run from the repository root: ``python bench/data/blind11/check.py``. It verifies that

* the labelled file holds every phase-1 line (q, lang, about) of ``questions.jsonl`` at the
  phase-1 commit, unchanged, in the order ``random.Random(11).shuffle`` gives;
* every label is well formed: ``expect`` is a FAQ id of ``faq_ids_at_labelling.txt``,
  ``"catalog"`` with a ``catalog`` mapping of known slots and codes, ``"topic:<slug>"`` with
  the slug in ``topics.yaml``, or null (exactly the lines whose ``about`` is off-topic);
  ``alt`` lists FAQ ids other than ``expect``;

and prints the counts by expect kind and language (never a question). Exit status 1 on any
error. It reads the files; it never runs the answerer.
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

HERE = Path(__file__).resolve().parent
PHASE1_COMMIT = "0c33022"  # "blind11 phase 1: questions, unlabelled"
PHASE1_PATH = "bench/data/blind11/questions.jsonl"
SHUFFLE_SEED = 11
LINE_KEYS = ("q", "lang", "about")
ALLOWED_KEYS = {"q", "lang", "about", "expect", "alt", "catalog"}
PAYMENT_TYPES = {"general", "subscription", "keyin"}
MODES = {"window", "api"}
OFF_TOPIC = "off-topic"


def faq_ids() -> set[str]:
    text = (HERE / "faq_ids_at_labelling.txt").read_text(encoding="utf-8")
    return {line.split(":", 1)[0].strip() for line in text.splitlines() if ":" in line}


def catalog_codes() -> tuple[set[str], set[str]]:
    """PG and method codes: ``CODE: …`` lines under the ``# PGs`` and ``# methods`` headings."""
    codes: dict[str, set[str]] = {"pgs": set(), "methods": set()}
    section = ""
    text = (HERE / "catalog_codes_at_labelling.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            section = line.lstrip("#").strip().lower()
        elif ":" in line and section in codes:
            codes[section].add(line.split(":", 1)[0].strip())
    return codes["pgs"], codes["methods"]


def load_yaml(text: str) -> Any:
    return yaml.safe_load(text)


def phase1_lines() -> list[dict[str, Any]] | None:
    root = HERE.parents[2]
    try:
        text = subprocess.run(
            ["git", "-C", str(root), "show", f"{PHASE1_COMMIT}:{PHASE1_PATH}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def kind(expect: object) -> str:
    if expect is None:
        return "null"
    if expect == "catalog":
        return "catalog"
    if isinstance(expect, str) and expect.startswith("topic:"):
        return "topic"
    return "faq"


def check_catalog(
    i: int, slots: object, pgs: set[str], methods: set[str], errors: list[str]
) -> None:
    if not isinstance(slots, dict) or not slots:
        errors.append(f"line {i}: catalog must be a non-empty mapping")
        return
    for key, value in slots.items():
        allowed = {
            "pg": pgs,
            "method": methods,
            "payment_type": PAYMENT_TYPES,
            "mode": MODES,
        }.get(str(key))
        if allowed is None:
            errors.append(f"line {i}: unknown catalog slot {key!r}")
        elif value not in allowed:
            errors.append(f"line {i}: catalog {key}={value!r} is not a known code")


def check_order(
    lines: list[dict[str, Any]], original: list[dict[str, Any]] | None, errors: list[str]
) -> None:
    if original is None:
        errors.append(f"cannot read the phase-1 file at commit {PHASE1_COMMIT}")
        return
    expected = [{k: o.get(k) for k in LINE_KEYS} for o in original]
    random.Random(SHUFFLE_SEED).shuffle(expected)
    if expected != [{k: e.get(k) for k in LINE_KEYS} for e in lines]:
        errors.append("q/lang/about differ from the shuffled phase-1 file")


def check_line(
    i: int,
    entry: dict[str, Any],
    known: tuple[set[str], set[str], set[str], set[str]],
    errors: list[str],
) -> None:
    ids, pgs, methods, topics = known
    extra = set(entry) - ALLOWED_KEYS
    if extra:
        errors.append(f"line {i}: unknown keys {sorted(extra)}")
    if entry.get("lang") not in ("ko", "en"):
        errors.append(f"line {i}: lang must be ko or en")
    if "expect" not in entry:
        errors.append(f"line {i}: no expect")
        return
    expect = entry["expect"]
    k = kind(expect)
    if (entry.get("about") == OFF_TOPIC) != (k == "null"):
        errors.append(f"line {i}: expect null must go with an off-topic about, and only so")
    if k == "faq" and expect not in ids:
        errors.append(f"line {i}: unknown FAQ id {expect!r}")
    if k == "topic" and str(expect).removeprefix("topic:") not in topics:
        errors.append(f"line {i}: topic {expect!r} is not in topics.yaml")
    if k == "catalog":
        check_catalog(i, entry.get("catalog"), pgs, methods, errors)
    elif "catalog" in entry:
        errors.append(f"line {i}: catalog slots without expect: catalog")
    alt = entry.get("alt")
    if alt is not None:
        if k == "null" or not isinstance(alt, list) or not alt:
            errors.append(f"line {i}: alt must be a non-empty list on an on-topic line")
        else:
            for a in alt:
                if a not in ids or a == expect:
                    errors.append(f"line {i}: alt {a!r} is not another known FAQ id")


def check(lines: list[dict[str, Any]], original: list[dict[str, Any]] | None) -> list[str]:
    errors: list[str] = []
    pgs, methods = catalog_codes()
    topics = load_yaml((HERE / "topics.yaml").read_text(encoding="utf-8")) or {}
    check_order(lines, original, errors)
    known = (faq_ids(), pgs, methods, set(topics))
    for i, entry in enumerate(lines):
        check_line(i, entry, known, errors)
    used = {str(e.get("expect")).removeprefix("topic:") for e in lines}
    for slug, body in topics.items():
        if not isinstance(body, dict) or not body.get("fact") or not body.get("section"):
            errors.append(f"topic {slug}: needs fact and section")
        if slug not in used:
            errors.append(f"topic {slug}: not used by any label")
    return errors


def counts_table(lines: list[dict[str, Any]]) -> str:
    counts = Counter((kind(e.get("expect")), e.get("lang")) for e in lines)
    rows = ["| expect | ko | en | total |", "|---|---|---|---|"]
    for k in ("faq", "catalog", "topic", "null"):
        ko, en = counts[(k, "ko")], counts[(k, "en")]
        rows.append(f"| {k} | {ko} | {en} | {ko + en} |")
    ko = sum(v for (_, lang), v in counts.items() if lang == "ko")
    en = sum(v for (_, lang), v in counts.items() if lang == "en")
    rows.append(f"| total | {ko} | {en} | {ko + en} |")
    return "\n".join(rows)


def main() -> int:
    lines = load_yaml((HERE / "questions.yaml").read_text(encoding="utf-8"))
    if not isinstance(lines, list):
        print("questions.yaml is not a list")
        return 1
    errors = check(lines, phase1_lines())
    for error in errors:
        print(error)
    print(counts_table(lines))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
