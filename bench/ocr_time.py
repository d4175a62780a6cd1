"""Reading time of `onboard ocr`, this tree against a baseline commit, in one run (issue 17).

    .venv/bin/python bench/ocr_time.py --dir /work/sets/c7 [--dir /work/sets/c8 ...]
        [--baseline REV] [--candidate TREE] [--start K] [--limit N] [--save FILE]

Two worker processes, one importing ``bot`` from this tree (B; ``--candidate TREE`` takes it
from another tree's ``bot/``) and one from ``bot/`` of commit REV written out under
``tmp/ocr_time/REV`` (A; only ``bot/`` is written, nothing of the bench data). Every
certificate of each set is read by both, file by file, in turn (A then B, B then A for the
next file), so the load of a shared machine falls on both alike.
Per set it prints the median and p90 of the reading's own seconds (`CertificateReading
.seconds`, what `bench/blindcert.py score` reports), the CPU seconds (the worker's own,
all its threads, plus its tesseract children's; then tesseract's part and the totals), the
median of the per-file difference, and whether the output (the `onboard ocr --json` object
without its seconds) is the same;
every file whose output differs is listed with the fields that differ. The core count and
the load average are printed at the start and the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
EXTENSIONS = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf", ".bmp", ".webp", ".heic")


def baseline_tree(rev: str) -> Path:
    """``bot/`` of commit ``rev`` under tmp/ocr_time/<sha>, written once."""
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", rev], capture_output=True, text=True, check=True
    ).stdout.strip()
    out = ROOT / "tmp" / "ocr_time" / sha[:12]
    if (out / ".complete").exists():
        return out
    names = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", sha, "bot"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    for name in names:
        blob = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{sha}:{name}"], capture_output=True, check=True
        ).stdout
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
    (out / ".complete").write_text(sha)
    return out


def worker(tree: Path) -> int:
    """Read the files named on stdin, one a line; answer one JSON line each."""
    sys.path[:0] = [str(tree), str(ROOT)]
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from bot.commands.ocr import _read

    print(json.dumps({"ready": str(tree)}), flush=True)
    for line in sys.stdin:
        path = Path(line.strip())
        cpu0, kids0 = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        result = _read(path)
        wall = time.perf_counter() - began
        kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        kids = kids1.ru_utime - kids0.ru_utime + kids1.ru_stime - kids0.ru_stime
        answer = {
            "result": result,
            "wall": wall,
            "cpu": time.process_time() - cpu0 + kids,
            "cpu_tesseract": kids,
        }
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    return 0


class Worker:
    def __init__(self, tree: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(tree)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")},
        )  # fmt: skip
        self._line()  # ready

    def _line(self) -> dict[str, Any]:
        out: IO[str] | None = self.proc.stdout
        assert out is not None
        line = out.readline()
        if not line:
            raise RuntimeError("worker died")
        parsed: dict[str, Any] = json.loads(line)
        return parsed

    def read(self, path: Path) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        return self._line()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def _stats(values: list[float]) -> str:
    if not values:
        return "-"
    p90 = statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]
    return f"median {statistics.median(values):5.2f}  p90 {p90:5.2f}"


def _output(answer: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in answer["result"].items() if k not in ("seconds", "file")}


def _differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    out = []
    for key in sorted(set(a) | set(b)):
        if key == "fields":
            fa, fb = a.get("fields", {}), b.get("fields", {})
            for name in sorted(set(fa) | set(fb)):
                if fa.get(name) != fb.get(name):
                    out.append(f"{name}: {fa.get(name)} -> {fb.get(name)}")
        elif a.get(key) != b.get(key):
            out.append(f"{key}: {a.get(key)} -> {b.get(key)}")
    return out


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"cores {os.cpu_count()}, load {one:.2f} {five:.2f} {fifteen:.2f}"


def run(
    dirs: list[Path],
    rev: str,
    limit: int | None,
    save: Path | None,
    candidate: Path,
    start: int = 0,
) -> int:
    base = baseline_tree(rev)
    print(f"A = {rev} ({base.name}), B = {candidate}; {_load()}", flush=True)
    a, b = Worker(base), Worker(candidate)
    saved: dict[str, Any] = {}
    try:
        for directory in dirs:
            files = sorted(p for p in directory.iterdir() if p.suffix.lower() in EXTENSIONS)
            files = files[start : start + limit] if limit else files[start:]
            keys = ("sa", "sb", "ca", "cb", "d", "cd", "ta", "tb")
            rows: dict[str, list[float]] = {k: [] for k in keys}
            same, diffs = 0, []
            for i, path in enumerate(files):
                first, second = (a, b) if i % 2 == 0 else (b, a)
                r1, r2 = first.read(path), second.read(path)
                ra, rb = (r1, r2) if first is a else (r2, r1)
                saved[f"{directory.name}/{path.name}"] = {"A": ra, "B": rb}
                if _output(ra) == _output(rb):
                    same += 1
                else:
                    diffs.append((path.name, _differences(_output(ra), _output(rb))))
                if "seconds" in ra["result"] and "seconds" in rb["result"]:
                    sa, sb = ra["result"]["seconds"], rb["result"]["seconds"]
                    rows["sa"].append(sa)
                    rows["sb"].append(sb)
                    rows["d"].append(sb - sa)
                rows["ca"].append(ra["cpu"])
                rows["cb"].append(rb["cpu"])
                rows["cd"].append(rb["cpu"] - ra["cpu"])
                rows["ta"].append(ra["cpu_tesseract"])
                rows["tb"].append(rb["cpu_tesseract"])
                line = f"  {directory.name}/{path.name}: A {ra['wall']:.2f}s cpu {ra['cpu']:.2f}"
                line += f"  B {rb['wall']:.2f}s cpu {rb['cpu']:.2f}"
                print(line, file=sys.stderr, flush=True)
            print(f"== {directory} ({len(files)} files; {_load()})")
            print(f"   reading seconds  A {_stats(rows['sa'])}   B {_stats(rows['sb'])}")
            print(f"   CPU seconds      A {_stats(rows['ca'])}   B {_stats(rows['cb'])}")
            # ocr26: how much of it is tesseract's own (the page pass and the second looks).
            print(f"   of it tesseract  A {_stats(rows['ta'])}   B {_stats(rows['tb'])}")
            print(f"   CPU total        A {sum(rows['ca']):7.1f} s      B {sum(rows['cb']):7.1f} s")
            if rows["d"]:
                print(f"   B - A per file: reading median {statistics.median(rows['d']):+.3f} s,"
                      f" CPU median {statistics.median(rows['cd']):+.3f} s")  # fmt: skip
            print(f"   output identical on {same}/{len(files)} files")
            for name, lines in diffs:
                print(f"   DIFFERS {name}: " + "; ".join(lines))
            sys.stdout.flush()
    finally:
        a.close()
        b.close()
    if save is not None:
        save.write_text(json.dumps(saved, ensure_ascii=False, indent=1))
    print(f"end: {_load()}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, action="append", default=[])
    parser.add_argument("--baseline", default="HEAD", help="commit to compare with (A)")
    parser.add_argument("--limit", type=int, help="at most this many files of each set")
    parser.add_argument("--start", type=int, default=0, help="skip this many files of each set")
    parser.add_argument("--save", type=Path, help="write both outputs of every file here")
    parser.add_argument(
        "--candidate", type=Path, default=ROOT, help="tree whose bot/ is B (default: this one)"
    )
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        return worker(args.worker)
    if not args.dir:
        parser.error("give at least one --dir")
    return run(args.dir, args.baseline, args.limit, args.save, args.candidate.resolve(), args.start)


if __name__ == "__main__":
    sys.exit(main())
