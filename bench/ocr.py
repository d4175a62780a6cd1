"""Certificate reading benchmark: this branch's reader against a baseline, on several sets.

    .venv/bin/python bench/ocr.py [--dev N] [--blind DIR [--blind-n N]] [--digital N]
                                  [--baseline-tree DIR] [--ablate] [--all-checks]
                                  [--off CHECK ...] [--without STEP ...] [--dump FILE]

Sets:
- `dev`: `--dev N` synthetic certificates per variant from `tests/support/certificates.py`
  (the renderer the reader was developed on), seeds from `--seed`.
- `blind`: a folder of `*.json` + image pairs, e.g. the frozen independent set that
  `bench/blindcert.py generate` writes. Use it for ablations and final figures only.
- `digital`: `--digital N` text-layer PDFs from `tests/support/cert_pdf.py`.

`--baseline-tree DIR` reads every file also with the reader of another checkout (e.g.
`git archive main | tar -x -C DIR`), in a worker process, interleaved with this one so both
see the same machine load. `--ablate` then re-reads each set (tesseract's output cached)
with every check of `bot/ocr/checks.py` on, each off, and none. A field counts as right
only if it equals the truth (spaces collapsed); a certificate is right when every field and
the kind are. "sure" is the
reader's own mark: the figure that matters is how many sure fields were right.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from bot.ocr import CertificateRejected, engine, features, read_certificate
from bot.ocr.preprocess import ALL_STEPS, DEFAULT_STEPS
from tests.support.cert_fonts import korean_fonts
from tests.support.cert_pdf import random_style, render_certificate_pdf
from tests.support.certificates import LAYOUTS, VARIANTS, render_certificate

Case = tuple[bytes, dict[str, Any]]
# What a reader returns per file: fields (value, confidence, sure), kind, seconds, source.
Result = dict[str, Any]

_WORKER = """
import json, resource, sys, time
from bot.ocr import CertificateRejected, read_certificate
def cpu():
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
               resource.getrusage(resource.RUSAGE_CHILDREN)))
for line in sys.stdin:
    path, name = json.loads(line)
    started, began = time.perf_counter(), cpu()
    try:
        r = read_certificate(open(path, "rb").read(), name)
        out = {"kind": str(r.kind), "fields": {k: {"value": f.value, "flags": list(f.flags),
               "confidence": f.confidence, "sure": f.confidence >= 0.8 and not f.flags}
               for k, f in r.fields.items()}, "source": "ocr"}
    except CertificateRejected as exc:
        out = {"rejected": str(exc.code)}
    out["seconds"] = time.perf_counter() - started
    out["cpu"] = cpu() - began
    print(json.dumps(out), flush=True)
"""


class BaselineReader:
    """The reader of another checkout, in a long-lived worker process.

    Its "sure" is what the business journey used before this branch: confidence >= 0.8
    and no flag."""

    def __init__(self, tree: Path, tmp: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER],
            cwd=tree,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.tmp = tmp

    def read(self, data: bytes, name: str) -> Result:
        path = self.tmp / f"baseline-{name}"
        path.write_bytes(data)
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write(json.dumps([str(path), name]) + "\n")
        self.proc.stdin.flush()
        result: Result = json.loads(self.proc.stdout.readline())
        path.unlink()
        return result


def cpu_seconds() -> float:
    """CPU time of this process and of the children it waited for (tesseract): unlike the
    wall clock, about the same on a machine shared with other work."""
    return sum(
        r.ru_utime + r.ru_stime
        for r in (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
    )


def read_here(data: bytes, name: str, steps: frozenset[str] | None) -> Result:
    started, began = time.perf_counter(), cpu_seconds()
    try:
        reading = read_certificate(data, name, steps=steps)
    except CertificateRejected as exc:
        return {
            "rejected": str(exc.code),
            "seconds": time.perf_counter() - started,
            "cpu": cpu_seconds() - began,
        }
    return {
        "kind": str(reading.kind),
        "fields": {
            k: {"value": f.value, "confidence": f.confidence, "sure": f.sure, "flags": f.flags}
            for k, f in reading.fields.items()
        },
        "source": str(reading.source),
        "seconds": time.perf_counter() - started,
        "cpu": cpu_seconds() - began,
    }


def cache_tesseract() -> None:
    """Remember tesseract's output per image, so that ablations of the checks (which only
    change what is done with the words) re-read a set without re-running OCR."""
    import hashlib

    run = engine._run
    memo: dict[tuple[str, str, int, str], tuple[str, str]] = {}

    def cached(image: Any, psm: str, dpi: int, lang: str) -> tuple[str, str]:
        key = (hashlib.sha256(image.tobytes()).hexdigest(), psm, dpi, lang)
        if key not in memo:
            memo[key] = run(image, psm, dpi, lang)
        return memo[key]

    engine._run = cached


def ablate(cases: list[Case], steps: frozenset[str] | None) -> str:
    """Fields, whole certificates and sure precision with every check on, each one off,
    and all off; tesseract's output comes from the cache (`cache_tesseract`)."""
    configs = [("all checks", features.ALL)]
    configs += [(f"without {name}", features.ALL - {name}) for name in sorted(features.ALL)]
    configs.append(("no checks", frozenset()))
    out = [
        "| configuration | fields right | whole right | marked sure | sure right |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, enabled in configs:
        features.ENABLED = enabled
        tally = Tally()
        for data, truth in cases:
            tally.add(truth, read_here(data, str(truth["image"]), steps))
        out.append(
            f"| {label} | {_pct(tally.field_acc)} | {_pct(sum(tally.whole) / len(tally.whole))} "
            f"| {_pct(tally.sure_share)} | {_pct(tally.sure_precision)} ({tally.sure_wrong}) |"
        )
    features.ENABLED = features.KEPT
    return "\n".join(out)


# --- scoring ------------------------------------------------------------------------------


def _same(a: str | None, b: str) -> bool:
    return a is not None and " ".join(a.split()) == " ".join(b.split())


@dataclass
class Tally:
    fields: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    whole: list[bool] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # CPU seconds, tesseract's included
    sure_right: int = 0
    sure_wrong: int = 0
    unsure_right: int = 0
    unsure_wrong: int = 0
    refused: int = 0
    sources: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # (file, field, value read, truth, sure) of every miss.
    misses: list[tuple[str, str, str, str, bool]] = field(default_factory=list)
    # (field, confidence, flags, sure, right) of every field read, for calibrating "sure".
    points: list[tuple[str, float, bool, bool, bool]] = field(default_factory=list)

    def add(self, truth: dict[str, Any], got: Result) -> None:
        self.seconds.append(got["seconds"])
        if "cpu" in got:
            self.cpu.append(got["cpu"])
        if "rejected" in got:
            self.refused += 1
            for name in truth["fields"]:
                self.fields[name].append(False)
            self.whole.append(False)
            return
        self.sources[got.get("source", "ocr")] += 1
        oks = []
        for name, want in truth["fields"].items():
            read = got["fields"].get(name)
            ok = read is not None and _same(read["value"], want)
            oks.append(ok)
            self.fields[name].append(ok)
            if read is None:
                self.misses.append((truth["image"], name, "", want, False))
                continue
            if not ok:
                self.misses.append((truth["image"], name, read["value"], want, read["sure"]))
            self.points.append(
                (name, read["confidence"], bool(read.get("flags")), read["sure"], ok)
            )
            if read["sure"]:
                self.sure_right += ok
                self.sure_wrong += not ok
            else:
                self.unsure_right += ok
                self.unsure_wrong += not ok
        self.whole.append(all(oks) and got["kind"] == truth["kind"])

    @property
    def field_acc(self) -> float:
        flat = [ok for v in self.fields.values() for ok in v]
        return sum(flat) / len(flat) if flat else 0.0

    @property
    def sure_share(self) -> float:
        total = sum(len(v) for v in self.fields.values())
        return (self.sure_right + self.sure_wrong) / total if total else 0.0

    @property
    def sure_precision(self) -> float:
        sure = self.sure_right + self.sure_wrong
        return self.sure_right / sure if sure else 1.0


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def _p90(xs: list[float]) -> float:
    return sorted(xs)[min(len(xs) - 1, int(0.9 * len(xs)))] if xs else 0.0


def report(title: str, tallies: dict[str, Tally]) -> str:
    out = [
        f"### {title}",
        "",
        "| reader | files | fields right | whole right | median s | p90 s | median CPU s "
        "| marked sure | sure right | refused | sources |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for reader, t in tallies.items():
        sources = ", ".join(f"{k} {v}" for k, v in sorted(t.sources.items()))
        out.append(
            f"| {reader} | {len(t.seconds)} | {_pct(t.field_acc)} "
            f"| {_pct(sum(t.whole) / max(1, len(t.whole)))} "
            f"| {statistics.median(t.seconds):.3f} | {_p90(t.seconds):.3f} "
            f"| {statistics.median(t.cpu) if t.cpu else float('nan'):.3f} "
            f"| {_pct(t.sure_share)} | {_pct(t.sure_precision)} "
            f"({t.sure_wrong} wrong) | {t.refused} | {sources} |"
        )
    readers = list(tallies)
    names = list(tallies[readers[-1]].fields)
    out += ["", "| field | " + " | ".join(readers) + " |", "|---|" + "---:|" * len(readers)]
    for name in names:
        cells = []
        for r in readers:
            oks = tallies[r].fields.get(name, [])
            cells.append(_pct(sum(oks) / len(oks)) if oks else "-")
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(out)


# --- sets ---------------------------------------------------------------------------------


def dev_cases(n: int, seed: int, layouts: tuple[str, ...] = ("form",)) -> list[Case]:
    cases = []
    for layout in layouts:
        for v_index, variant in enumerate(VARIANTS):
            for i in range(n):
                cert = render_certificate(seed + 1000 * v_index + i, variant=variant, layout=layout)
                cases.append((cert.data, cert.truth))
    return cases


def folder_cases(folder: Path, n: int | None) -> list[Case]:
    metas = sorted(folder.glob("*.json"))
    metas = [m for m in metas if m.name != "manifest.json"]
    if n is not None and n < len(metas):
        metas = sorted(random.Random(7).sample(metas, n))  # a fixed spread over the set
    cases = []
    for meta in metas:
        truth = json.loads(meta.read_text("utf-8"))
        image = folder / truth["image"]
        if image.exists():
            cases.append((image.read_bytes(), truth))
    return cases


def digital_cases(n: int, seed: int) -> list[Case]:
    faces = korean_fonts()
    cases = []
    for i in range(n):
        # Each PDF in a style its seed draws: print chrome, codes, order, turn (cert_pdf.py).
        style = random_style(random.Random(seed + i))
        data, truth = render_certificate_pdf(seed + i, face=faces[i % len(faces)], style=style)
        cases.append((data, truth))
    return cases


def evaluate(
    cases: list[Case],
    baseline: BaselineReader | None,
    steps: frozenset[str] | None,
) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    if baseline is not None:
        tallies["baseline (main)"] = Tally()
    tallies["this branch"] = Tally()
    for data, truth in cases:
        name = str(truth["image"])
        if baseline is not None:
            tallies["baseline (main)"].add(truth, baseline.read(data, name))
        tallies["this branch"].add(truth, read_here(data, name, steps))
    return tallies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=int, default=0, help="dev certificates per variant")
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument(
        "--layouts", nargs="+", default=["form"], choices=LAYOUTS, help="dev layouts to render"
    )
    parser.add_argument("--blind", type=Path, help="folder of the independent set")
    parser.add_argument("--blind-n", type=int, help="only this many of it (a fixed sample)")
    parser.add_argument("--digital", type=int, default=0, help="text-layer PDFs")
    parser.add_argument("--digital-seed", type=int, default=5000, help="first digital PDF's seed")
    parser.add_argument("--baseline-tree", type=Path, help="checkout whose reader to compare")
    parser.add_argument("--off", nargs="*", default=[], choices=sorted(features.ALL))
    parser.add_argument("--without", nargs="*", default=[], choices=sorted(ALL_STEPS))
    parser.add_argument("--ablate", action="store_true", help="each check on and off")
    parser.add_argument("--all-checks", action="store_true", help="every check, kept or not")
    parser.add_argument("--misses", action="store_true", help="list the fields read wrong")
    parser.add_argument(
        "--dump", type=Path, help="append (field, confidence, flagged, sure, right)"
    )
    args = parser.parse_args()
    steps = DEFAULT_STEPS - set(args.without) if args.without else None
    features.ENABLED = (features.ALL if args.all_checks else features.KEPT) - set(args.off)
    print(
        f"os.cpu_count() = {os.cpu_count()}; OMP_THREAD_LIMIT={os.environ['OMP_THREAD_LIMIT']}; "
        f"checks on: {sorted(features.ENABLED) or 'none'}; "
        f"steps off: {sorted(args.without) or 'none'}"
    )
    tmp = Path("/tmp") / f"bench-ocr-{os.getpid()}"
    tmp.mkdir(exist_ok=True)
    baseline = BaselineReader(args.baseline_tree, tmp) if args.baseline_tree else None
    # Warm both readers (imports, pdfium's fonts) so the first file is not timed with them.
    warm = render_certificate(1, variant="clean").data
    read_here(warm, "warm.png", steps)
    read_here(digital_cases(1, 99)[0][0], "warm.pdf", steps)
    if baseline is not None:
        baseline.read(warm, "warm.png")
    if args.ablate:
        cache_tesseract()  # each image is still read once by tesseract in the timed run
    sets: list[tuple[str, list[Case]]] = []
    if args.digital:
        sets.append((f"Digital PDFs ({args.digital}, seed {args.digital_seed})", []))
    if args.blind:
        sets.append((f"Independent set ({args.blind})", []))
    if args.dev:
        sets.append((f"Development set ({args.dev} per variant, seed {args.seed})", []))
    started = time.perf_counter()
    for title, _ in sets:
        if title.startswith("Development"):
            cases = dev_cases(args.dev, args.seed, tuple(args.layouts))
        elif title.startswith("Independent"):
            cases = folder_cases(args.blind, args.blind_n)
        else:
            cases = digital_cases(args.digital, args.digital_seed)
        tallies = evaluate(cases, baseline, steps)
        print(report(f"{title}: {len(cases)} files", tallies))
        # Never the independent set's misses: looking at them would be tuning on it.
        if args.misses and not title.startswith("Independent"):
            for miss in tallies["this branch"].misses:
                print("  miss:", *miss)
        if args.ablate and not title.startswith("Digital"):
            # The cache was filled by the run above: each configuration re-reads the words.
            print(f"Ablation of the checks on the same {len(cases)} files:\n")
            print(ablate(cases, steps) + "\n")
        if args.dump:
            with args.dump.open("a") as out:
                for point in tallies["this branch"].points:
                    out.write(json.dumps([title.split(" ")[0], *point]) + "\n")
        print()
    print(f"wall time {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
