"""The PDFs of certificate set folders, read in this process: how many fields right, how
many of those the reader called sure were right, and how long the text-layer path took.

    .venv/bin/python bench/digital_sets.py DIR [DIR ...] [--misses]

Only the `*.pdf` files of each folder (a set `bench/blindcert*.py generate` wrote), scored
as `bench/blindcert.py score` scores (spaces and the middle dot normalised, an 업태/종목
name repeated on two rows counted once). "sure" is the CLI's (`FieldReading.is_sure` with
the field's name). A PDF whose text layer is not trusted goes to OCR: it is counted apart,
so the text-layer figures are the text layer's. Never pass a frozen set's folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from bench.blindcert import CORPORATE_FIELDS, INDIVIDUAL_FIELDS, _distinct, _norm
from bot.ocr import CertificateRejected, read_certificate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the fields read wrong")
    args = parser.parse_args()
    for folder in args.dirs:
        if "c9" in folder.parts or "blind9" in str(folder):
            print(f"{folder}: a frozen set, not read")
            continue
        # source -> [fields right, fields, sure right, sure, whole right, files]
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
        seconds: dict[str, list[float]] = defaultdict(list)
        misses: list[str] = []
        for pdf in sorted(folder.glob("*.pdf")):
            truth = json.loads(pdf.with_suffix(".json").read_text("utf-8"))
            started = time.perf_counter()
            try:
                reading = read_certificate(pdf.read_bytes(), pdf.name)
            except CertificateRejected as exc:
                print(f"  {pdf.name}: rejected {exc.code}")
                continue
            source = str(reading.source)
            seconds[source].append(time.perf_counter() - started)
            t = tally[source]
            names = CORPORATE_FIELDS if truth["kind"] == "corporate" else INDIVIDUAL_FIELDS
            right_here = 0
            for name in names:
                want = _norm(truth["fields"][name])
                field = reading.fields.get(name)
                got = _norm(field.value) if field is not None else None
                if name in ("biz_type", "biz_item"):
                    want = _distinct(want)
                    got = _distinct(got) if got is not None else None
                ok = got == want
                right_here += ok
                t[0] += ok
                t[1] += 1
                if field is not None and field.is_sure(name):
                    t[2] += ok
                    t[3] += 1
                if not ok:
                    sure = field is not None and field.is_sure(name)
                    flags = field.flags if field is not None else ()
                    misses.append(
                        f"  {pdf.name} {truth.get('variant')} {name}: {want!r} -> {got!r}"
                        f" sure={sure} {flags}"
                    )
            t[4] += right_here == len(names) and str(reading.kind) == truth["kind"]
            t[5] += 1
        print(f"{folder}:")
        for source, (fr, ft, sr, st, wr, n) in sorted(tally.items()):
            secs = seconds[source]
            print(
                f"  {source:<18} {n:3d} files  fields {fr}/{ft}  whole {wr}/{n}  "
                f"sure right {sr}/{st} ({100 * sr / max(1, st):.1f} %)  "
                f"unsure {ft - st}  median {statistics.median(secs):.3f} s  "
                f"max {max(secs):.3f} s"
            )
        if args.misses:
            print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
