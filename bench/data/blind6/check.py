"""Check blind set 6: phase-2 labels did not change q/lang/about, and every label is well formed.

Run from the repository root: python3 bench/data/blind6/check.py
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PHASE1 = "06d4228"
SLOTS = {"pg", "method", "payment_type", "mode"}
FAQ_IDS = Path("/work/briefs/faq_ids.txt")
CODES = Path("/work/briefs/catalog_codes.txt")


def main() -> int:
    rows = yaml.safe_load((HERE / "questions.yaml").read_text(encoding="utf-8"))
    old_text = subprocess.run(
        ["git", "show", f"{PHASE1}:bench/data/blind6/questions.yaml"],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
    ).stdout
    old = yaml.safe_load(old_text)
    errors: list[str] = []
    if len(rows) != len(old):
        errors.append(f"{len(rows)} rows now, {len(old)} in phase 1")
    for i, (a, b) in enumerate(zip(old, rows, strict=False)):
        if (a["q"], a["lang"], a["about"]) != (b["q"], b["lang"], b["about"]):
            errors.append(f"row {i}: q/lang/about changed")
    topics = yaml.safe_load((HERE / "topics.yaml").read_text(encoding="utf-8"))
    slugs = {t["slug"] for t in topics}
    ids: set[str] | None = None
    if FAQ_IDS.exists():
        ids = {
            line.split(":", 1)[0].strip()
            for line in FAQ_IDS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
    codes: dict[str, set[str]] = {
        "pg": set(),
        "method": set(),
        "payment_type": {"general", "subscription", "keyin"},
        "mode": {"window", "api"},
    }
    if CODES.exists():
        for line in CODES.read_text(encoding="utf-8").splitlines():
            m = re.match(r"(pg|method): (\S+)", line)
            if m:
                codes[m[1]].add(m[2])
    for i, r in enumerate(rows):
        if "expect" not in r:
            errors.append(f"row {i}: no expect")
            continue
        e = r["expect"]
        if (e is None) != (r["about"] == "off-topic"):
            errors.append(f"row {i}: expect null iff off-topic")
        if e == "catalog":
            cat = r.get("catalog") or {}
            if not cat or set(cat) - SLOTS:
                errors.append(f"row {i}: bad catalog slots {cat}")
            for k, v in cat.items():
                if codes[k] and v not in codes[k]:
                    errors.append(f"row {i}: unknown {k} {v}")
        elif isinstance(e, str) and e.startswith("topic:"):
            if e[6:] not in slugs:
                errors.append(f"row {i}: unknown topic {e}")
        elif e is not None and ids is not None and e not in ids:
            errors.append(f"row {i}: unknown entry {e}")
        for a in r.get("alt", []):
            if ids is not None and a not in ids:
                errors.append(f"row {i}: unknown alt {a}")
    for err in errors:
        print(err)
    print(f"{len(rows)} rows, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
