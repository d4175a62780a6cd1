"""The frozen blind set of 사업자등록증 images, and its score for `onboard ocr`.

    .venv/bin/python bench/blindcert.py generate --out DIR [--count 60] [--seed 2026]
    .venv/bin/python bench/blindcert.py score --dir DIR [--batch 10] [--save FILE] [--aggregate]

`generate` draws the set from `tests/support/blind_certs` (a renderer the reader was not
developed on): one image and one truth JSON per certificate, plus `manifest.json` with the
SHA-256 of every file so a regenerated set can be checked against the frozen one.
`score` runs `.venv/bin/onboard ocr FILES --json` in batches and compares each field with the
truth after normalising whitespace and the middle dot (ㆍ U+318D, · U+00B7 and ・ U+30FB are
the same separator to a reader of the form): a wrong syllable is a wrong field, a missing
field is a wrong field. This set is for measuring, never for tuning: see bench/blindcert.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INDIVIDUAL_FIELDS = (
    "reg_no", "trade_name", "representative", "birth_date", "open_date", "address",
    "biz_type", "biz_item", "issue_date", "tax_office",
)  # fmt: skip
CORPORATE_FIELDS = (
    "reg_no", "trade_name", "representative", "corp_reg_no", "open_date", "address",
    "hq_address", "biz_type", "biz_item", "issue_date", "tax_office",
)  # fmt: skip
SURE_CONFIDENCE = 0.8  # `onboard ocr` asks the merchant to check a field below this


def generate(out: Path, count: int, seed: int) -> int:
    from tests.support.blind_certs import available_faces, plan, render_blind_certificate
    from tests.support.blind_certs.fonts import FACES

    missing = sorted({f.name for f in FACES} - set(available_faces()))
    if missing:
        print(f"fonts not installed: {', '.join(missing)}; the frozen set needs all of them")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    for item in plan(count, seed):
        cert = render_blind_certificate(
            seed * 1000 + item.index,
            form=item.form,
            layout=item.layout,
            face=item.face,
            degradation=item.degradation,
            name=f"blind_{item.index:04d}",
        )
        write_certificate(
            out, f"blind_{item.index:04d}", cert.filename, cert.data, cert.truth, manifest
        )
        print(f"{cert.filename:<16} {item.form:<10} {item.layout:<9} {item.face:<18} "
              f"{item.degradation}")  # fmt: skip
    write_manifest(out, seed, count, manifest)
    return 0


def generate_set(out: Path, count: int, seed: int, renderer: ModuleType, faces: set[str]) -> int:
    """Draw a frozen set from ``renderer`` (a package with ``available_faces``, ``plan`` and
    ``render_certificate``, as tests/support/blind_certs3 and blind_certs4 have): certificate
    ``i`` has its own seed ``seed * 1000 + i``. Refuses when one of ``faces`` is not installed,
    since the set's digest needs them all."""
    missing = sorted(faces - set(renderer.available_faces()))
    if missing:
        print(f"fonts not installed: {', '.join(missing)}; the frozen set needs all of them")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    for item in renderer.plan(count, seed):
        name = f"blind_{item.index:04d}"
        cert = renderer.render_certificate(
            seed * 1000 + item.index,
            form=item.form,
            layout=item.layout,
            face=item.face,
            capture=item.capture,
            rotation=item.rotation,
            crop=item.crop,
            name=name,
        )
        write_certificate(out, name, cert.filename, cert.data, cert.truth, manifest)
        extras = (f" rot{item.rotation}" if item.rotation else "") + (" crop" if item.crop else "")
        print(f"{cert.filename:<16} {item.form:<9} {item.layout:<8} {item.face:<22} "
              f"{item.capture}{extras}", flush=True)  # fmt: skip
    write_manifest(out, seed, count, manifest)
    return 0


def generate_command(doc: str, default_seed: int, generate: Callable[[Path, int, int], int]) -> int:
    """The `generate --out DIR [--count N] [--seed S]` command line every frozen set's driver
    (bench/blindcert3.py, 4, 5) has: only the docstring, the default seed and how the set's
    renderer is drawn differ."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the frozen set")
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--count", type=int, default=60)
    gen.add_argument("--seed", type=int, default=default_seed)
    args = parser.parse_args()
    return generate(args.out, args.count, args.seed)


def write_certificate(
    out: Path, name: str, filename: str, data: bytes, truth: object, manifest: dict[str, str]
) -> None:
    """One certificate's image and truth (``NAME.json``, the format `score` reads), their
    SHA-256 recorded in ``manifest`` — shared by every frozen set's generator."""
    truth_text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    (out / filename).write_bytes(data)
    (out / f"{name}.json").write_text(truth_text, encoding="utf-8")
    manifest[filename] = hashlib.sha256(data).hexdigest()
    manifest[f"{name}.json"] = hashlib.sha256(truth_text.encode()).hexdigest()


def write_manifest(out: Path, seed: int, count: int, manifest: dict[str, str]) -> str:
    """``manifest.json`` with every file's SHA-256 and the set's digest (printed, returned)."""
    digest = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()
    (out / "manifest.json").write_text(
        json.dumps({"seed": seed, "count": count, "set_sha256": digest, "files": manifest},
                   indent=1) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    print(f"{count} certificates in {out}; set sha256 {digest}")
    return digest


# Certificates print the classification's "ㆍ" (a Hangul letter used as a middle dot); a
# reader may return "·". A merchant checking the field sees the same word, so scoring does too.
_MIDDLE_DOTS = str.maketrans({"\u318d": "\u00b7", "\u30fb": "\u00b7"})


def _norm(value: str) -> str:
    return " ".join(value.translate(_MIDDLE_DOTS).split())


# 업태 and 종목 are the business's kinds: a name printed on two rows (each row pairs one 업태
# with one 종목) is one kind. A truth that repeats it in print order and a reading that
# lists it once say the same (docs/performance.md, "업태/종목 rows").
_LISTS = ("biz_type", "biz_item")


def _distinct(value: str) -> str:
    return ", ".join(dict.fromkeys(value.split(", ")))


def _read(files: list[Path], batch: int) -> tuple[dict[str, dict[str, Any]], list[float]]:
    """Run the CLI in batches; return its result per file name and wall seconds per file."""
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    results: dict[str, dict[str, Any]] = {}
    wall: list[float] = []
    for start in range(0, len(files), batch):
        chunk = files[start : start + batch]
        began = time.perf_counter()
        proc = subprocess.run(
            [str(ROOT / ".venv/bin/onboard"), "ocr", *map(str, chunk), "--json"],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - began
        wall += [elapsed / len(chunk)] * len(chunk)
        try:
            parsed = json.loads(proc.stdout)
        except json.JSONDecodeError:
            print(proc.stderr[-2000:], file=sys.stderr)
            raise
        for result in parsed:
            results[Path(result["file"]).name] = result
        print(f"  read {start + len(chunk)}/{len(files)}", file=sys.stderr)
    return results, wall


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f} %" if total else "   - "


def score(
    folder: Path, batch: int, save: Path | None, saved: Path | None, aggregate: bool = False
) -> int:
    truths = {
        p: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("blind_*.json"))
    }
    if not truths:
        print(f"no blind_*.json in {folder}")
        return 2
    images = [folder / t["image"] for t in truths.values()]
    load_before = os.getloadavg()
    if saved:  # re-score an earlier run's output (no reading, so no wall times)
        results = json.loads(saved.read_text(encoding="utf-8"))
        wall: list[float] = []
    else:
        results, wall = _read(images, batch)
    load_after = os.getloadavg()
    if save:
        save.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    fields_right = fields_total = whole_right = kind_right = 0
    missing = wrong = spacing_only = 0
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_group: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # fr, ft, wr, n
    sure = [0, 0]  # right, total among fields marked sure
    confident = [0, 0]  # right, total among fields at confidence >= SURE_CONFIDENCE
    has_sure = False
    seconds: list[float] = []
    misses: list[str] = []
    for truth in truths.values():
        result = results.get(truth["image"], {})
        got: dict[str, dict[str, Any]] = result.get("fields", {})
        if "seconds" in result:
            seconds.append(float(result["seconds"]))
        names = CORPORATE_FIELDS if truth["kind"] == "corporate" else INDIVIDUAL_FIELDS
        ok_kind = result.get("kind") == truth["kind"]
        kind_right += ok_kind
        right_here = 0
        for name in names:
            expected = _norm(truth["fields"][name])
            reading = got.get(name)
            value = _norm(str(reading["value"])) if reading else None
            if name in _LISTS:
                expected = _distinct(expected)
                value = _distinct(value) if value is not None else None
            ok = value == expected
            right_here += ok
            per_field[name][0] += ok
            per_field[name][1] += 1
            if reading is None:
                missing += 1
            elif not ok:
                wrong += 1
                spacing_only += (value or "").replace(" ", "") == expected.replace(" ", "")
                misses.append(f"{truth['image']:<16} {name:<14} {expected!r} -> {value!r}")
            if reading is not None:
                if "sure" in reading:
                    has_sure = True
                    if reading["sure"]:
                        sure[0] += ok
                        sure[1] += 1
                if float(reading.get("confidence", 0.0)) >= SURE_CONFIDENCE:
                    confident[0] += ok
                    confident[1] += 1
        whole = ok_kind and right_here == len(names)
        fields_right += right_here
        fields_total += len(names)
        whole_right += whole
        form = (
            "corporate" if truth["kind"] == "corporate" else f"individual {truth['taxpayer_type']}"
        )
        for group in (f"form  {form}", f"scan  {truth['variant']}", f"page  {truth['layout']}",
                      f"font  {truth['font']}"):  # fmt: skip
            g = per_group[group]
            g[0] += right_here
            g[1] += len(names)
            g[2] += whole
            g[3] += 1

    n = len(truths)
    print(f"\nblind set {folder} ({n} certificates), os.cpu_count() = {os.cpu_count()}, "
          f"OMP_THREAD_LIMIT={os.environ.get('OMP_THREAD_LIMIT', '1')}, load average "
          f"{load_before[0]:.1f} before / {load_after[0]:.1f} after (shared machine)"
          + (f"; re-scored from {saved}, timings are that run's" if saved else ""))  # fmt: skip
    print(f"fields right:             {_pct(fields_right, fields_total)} "
          f"({fields_right}/{fields_total}; {wrong} wrong, {missing} missing)")  # fmt: skip
    print(f"  of the wrong, {spacing_only} differ only in where the spaces are")
    print(f"whole certificates right: {_pct(whole_right, n)} ({whole_right}/{n})")
    print(f"kind right:               {_pct(kind_right, n)}")
    if seconds:
        print(
            f"median seconds/cert:      {statistics.median(seconds):.2f} reading "
            f"(p90 {statistics.quantiles(seconds, n=10)[-1]:.2f}), "
            + (f"{statistics.median(wall):.2f} wall incl. process start" if wall else "")
        )
    if has_sure:
        print(f"fields marked sure right: {_pct(sure[0], sure[1])} ({sure[0]}/{sure[1]})")
    else:
        print('fields marked sure:       (the output has no "sure" flag)')
    print(f"confidence >= {SURE_CONFIDENCE} right:   {_pct(confident[0], confident[1])} "
          f"({confident[0]}/{confident[1]})")  # fmt: skip
    print("\nper field:")
    for name in (*CORPORATE_FIELDS[:4], "birth_date", *CORPORATE_FIELDS[4:]):
        if name in per_field:
            r, t = per_field[name]
            print(f"  {name:<15} {_pct(r, t)} ({r}/{t})")
    print("\nper group:                fields      whole")
    for group in sorted(per_group):
        fr, ft, wr, gn = per_group[group]
        print(f"  {group:<24} {_pct(fr, ft)}  {_pct(wr, gn)} ({wr}/{gn})")
    if misses and aggregate:
        print(f"\n{len(misses)} wrong fields not listed (--aggregate: for ablations, never tune)")
    elif misses:
        print("\nwrong fields (truth -> read):")
        for line in misses:
            print("  " + line)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the frozen set")
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--count", type=int, default=60)
    gen.add_argument("--seed", type=int, default=2026)
    sc = sub.add_parser("score", help="read the set with `onboard ocr` and score it")
    sc.add_argument("--dir", type=Path, required=True)
    sc.add_argument("--batch", type=int, default=10)
    sc.add_argument("--save", type=Path, help="write the raw reader output here")
    sc.add_argument("--results", type=Path, help="score a --save file instead of reading")
    sc.add_argument(
        "--aggregate", action="store_true", help="totals and groups only, no list of misses"
    )
    args = parser.parse_args()
    if args.command == "generate":
        return generate(args.out, args.count, args.seed)
    return score(args.dir, args.batch, args.save, args.results, args.aggregate)


if __name__ == "__main__":
    raise SystemExit(main())
