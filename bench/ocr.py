"""Certificate OCR benchmark: raw tesseract + regexes (baseline) vs the pipeline.

    .venv/bin/python bench/ocr.py [--n 20] [--seed 1000] [--samples DIR] [--ablate STEP ...]

Renders `--n` synthetic certificates per variant (clean + each degradation), reads each
with both readers in the same run, and prints per-field accuracy, the all-fields-correct
rate and seconds per image, by variant. A field counts as correct only if it equals the
ground truth exactly (spaces collapsed). `--samples` also scores a folder of
`*.json` + image pairs (e.g. /work/shared/samples/certificates) when it exists.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from bot.ocr import CertificateRejected, read_certificate
from bot.ocr.preprocess import ALL_STEPS
from tests.support.certificates import VARIANTS, render_certificate

# --- baseline: what a first attempt looks like --------------------------------------------


def _norm_date(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    y, mo, d = m.groups()
    return f"{y}-{int(mo):02d}-{int(d):02d}"


_DATE = r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"


def baseline_read(data: bytes) -> dict[str, str]:
    import io

    import pytesseract
    from PIL import Image

    text = pytesseract.image_to_string(Image.open(io.BytesIO(data)), lang="kor+eng")
    out: dict[str, str] = {}

    def grab(name: str, pattern: str, group: int = 1) -> None:
        m = re.search(pattern, text)
        if m:
            out[name] = m.group(group).strip()

    grab("reg_no", r"등록번호\s*[:：]?\s*(\d{3}-\d{2}-\d{5})")
    grab("corp_reg_no", r"(\d{6}-\d{7})")
    grab("trade_name", r"(?:상\s*호|법\s*인\s*명.*?\))\s*[:：]\s*(.+)")
    grab("representative", r"(?:성\s*명|대\s*표\s*자)\s*[:：]\s*(\S+)")
    grab("address", r"사\s*업\s*장\s*소\s*재\s*지\s*[:：]\s*(.+)")
    grab("hq_address", r"본\s*점\s*소\s*재\s*지\s*[:：]\s*(.+)")
    grab("biz_type", r"업태\s*(.+?)\s{2,}종목")
    grab("biz_item", r"종목\s*(.+)")
    for name, label in (
        ("birth_date", r"생\s*년\s*월\s*일"),
        ("open_date", r"개\s*업\s*연\s*월\s*일"),
    ):
        v = _norm_date(re.search(label + r"\s*[:：]?\s*" + _DATE, text))
        if v:
            out[name] = v
    dates = [_norm_date(m) for m in re.finditer(_DATE, text)]
    if dates and dates[-1]:
        out["issue_date"] = dates[-1]
    m = re.search(r"([가-힣]+)세무서", re.sub(r"\s+", "", text))
    if m:
        out["tax_office"] = m.group(1) + "세무서"
    return out


# --- scoring ------------------------------------------------------------------------------


def _same(a: str | None, b: str) -> bool:
    return a is not None and " ".join(a.split()) == " ".join(b.split())


@dataclass
class Tally:
    fields: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    all_correct: list[bool] = field(default_factory=list)
    kind: list[bool] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    refused: int = 0

    def add(
        self, truth: dict[str, Any], got: dict[str, str], kind: str | None, secs: float
    ) -> None:
        oks = [_same(got.get(k), v) for k, v in truth["fields"].items()]
        for (k, _), ok in zip(truth["fields"].items(), oks, strict=True):
            self.fields[k].append(ok)
        self.all_correct.append(all(oks) and kind == truth["kind"])
        self.kind.append(kind == truth["kind"])
        self.seconds.append(secs)

    @property
    def field_acc(self) -> float:
        flat = [ok for v in self.fields.values() for ok in v]
        return sum(flat) / len(flat) if flat else 0.0


def _pct(xs: list[bool]) -> str:
    return f"{100 * sum(xs) / len(xs):5.1f}%" if xs else "    -"


def _p90(xs: list[float]) -> float:
    return sorted(xs)[min(len(xs) - 1, int(0.9 * len(xs)))] if xs else 0.0


# --- running ------------------------------------------------------------------------------


def _cases(n: int, seed: int) -> list[tuple[bytes, dict[str, Any]]]:
    cases = []
    for v_index, variant in enumerate(VARIANTS):
        for i in range(n):
            cert = render_certificate(seed + 1000 * v_index + i, variant=variant)
            cases.append((cert.data, cert.truth))
    return cases


def _samples(folder: Path) -> list[tuple[bytes, dict[str, Any]]]:
    cases = []
    for meta in sorted(folder.glob("*.json")):
        truth = json.loads(meta.read_text("utf-8"))
        image = folder / truth["image"]
        if image.exists():
            cases.append((image.read_bytes(), truth))
    return cases


def evaluate(
    cases: list[tuple[bytes, dict[str, Any]]], baseline: bool, steps: frozenset[str] | None
) -> dict[str, dict[str, Tally]]:
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for data, truth in cases:
        variant = truth["variant"]
        for reader in ("baseline", "pipeline") if baseline else ("pipeline",):
            started = time.perf_counter()
            if reader == "baseline":
                got = baseline_read(data)
                kind: str | None = "corporate" if "corp_reg_no" in got else "individual"
            else:
                try:
                    reading = read_certificate(data, truth["image"], steps=steps)
                except CertificateRejected:
                    tallies[reader][variant].refused += 1
                    continue
                got = {k: f.value for k, f in reading.fields.items()}
                kind = str(reading.kind)
            secs = time.perf_counter() - started
            for bucket in (variant, "ALL", "DEGRADED" if variant != "clean" else "CLEAN"):
                tallies[reader][bucket].add(truth, got, kind, secs)
    return tallies


def report(title: str, tallies: dict[str, dict[str, Tally]]) -> str:
    out = [
        f"### {title}",
        "",
        "| variant | reader | images | field acc | all fields | kind | median s | p90 s |",
    ]
    out.append("|---|---|---:|---:|---:|---:|---:|---:|")
    readers = list(tallies)
    buckets = [b for b in [*VARIANTS, "CLEAN", "DEGRADED", "ALL"] if b in tallies[readers[0]]]
    for bucket in buckets:
        for reader in readers:
            t = tallies[reader][bucket]
            out.append(
                f"| {bucket} | {reader} | {len(t.seconds)} | {100 * t.field_acc:.1f}% "
                f"| {_pct(t.all_correct).strip()} | {_pct(t.kind).strip()} "
                f"| {statistics.median(t.seconds):.2f} | {_p90(t.seconds):.2f} |"
            )
    out += ["", "Per field on the degraded set:", "", "| field | " + " | ".join(readers) + " |"]
    out.append("|---|" + "---:|" * len(readers))
    for name in (
        tallies[readers[-1]]["DEGRADED"].fields if "DEGRADED" in tallies[readers[-1]] else []
    ):
        row = [_pct(tallies[r]["DEGRADED"].fields[name]).strip() for r in readers]
        out.append(f"| {name} | " + " | ".join(row) + " |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=20, help="certificates per variant")
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--samples", type=Path, default=Path("/work/shared/samples/certificates"))
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--without",
        nargs="*",
        default=[],
        choices=sorted(ALL_STEPS),
        help="switch preprocessing steps off (ablation)",
    )
    parser.add_argument("--variants", nargs="*", default=None, help="only these variants")
    args = parser.parse_args()
    steps = ALL_STEPS - set(args.without) if args.without else None
    print(
        f"os.cpu_count() = {os.cpu_count()}; OMP_THREAD_LIMIT={os.environ['OMP_THREAD_LIMIT']}; "
        f"n={args.n}/variant; seed={args.seed}; "
        f"steps={'default' if steps is None else sorted(steps)}"
    )
    cases = _cases(args.n, args.seed)
    if args.variants:
        cases = [c for c in cases if c[1]["variant"] in args.variants]
    started = time.perf_counter()
    print(
        report(
            "Synthetic (rendered by tests/support/certificates.py)",
            evaluate(cases, not args.no_baseline, steps),
        )
    )
    if args.samples.is_dir():
        print()
        print(
            report(
                f"Shared samples ({args.samples})",
                evaluate(_samples(args.samples), not args.no_baseline, steps),
            )
        )
    print(f"\nwall time {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
