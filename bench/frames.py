"""Certificates that are only part of the image (ocr14): the dev frames of
`tests/support/cert_frames.py` read with and without the frame rule.

    .venv/bin/python bench/frames.py [--count N] [--seed S] [--kinds light dark ...] [--off]

Each frame is a clean page of `tests/support/certificates.py` (seed S, S+1, ...) shown as a
phone screenshot (light, dark chrome, inverted page) or laid on an A3 scan with a memo.
A field is right when it equals the truth with whitespace and the middle dot normalised.
`--off` reads with the `frame` switch off (the start code's behaviour).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from bot.ocr import CertificateRejected, features, read_certificate
from tests.support.cert_frames import big_scan, screenshot
from tests.support.certificates import render_image

KINDS = ("light", "dark", "inverted", "scan")


def _norm(value: str) -> str:
    return "".join(value.replace("·", "ㆍ").replace("・", "ㆍ").split())


def frame(seed: int, kind: str) -> tuple[bytes, str, dict[str, str]]:
    page, truth = render_image(seed, variant="clean")
    rng = random.Random(seed * 7 + KINDS.index(kind))
    if kind == "scan":
        data, ext, _ = big_scan(page, rng)
    else:
        data, ext, _ = screenshot(page, rng, mode=kind)
    return data, f"frame_{seed}.{ext}", truth["fields"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1400)
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=KINDS)
    parser.add_argument("--off", action="store_true", help="the frame rule off")
    parser.add_argument("--misses", action="store_true", help="list the fields read wrong")
    args = parser.parse_args()
    if args.off:
        features.ENABLED = features.ENABLED - {features.FRAME}
    total_right = total = whole = files = 0
    times: list[float] = []
    for kind in args.kinds:
        right = fields = certs = 0
        for seed in range(args.seed, args.seed + args.count):
            data, name, truth = frame(seed, kind)
            started = time.perf_counter()
            try:
                got = {k: f.value for k, f in read_certificate(data, name).fields.items()}
            except CertificateRejected:
                got = {}
            times.append(time.perf_counter() - started)
            wrong = [
                (k, v, got.get(k)) for k, v in truth.items() if _norm(got.get(k, "")) != _norm(v)
            ]
            if args.misses:
                for miss in wrong:
                    print(f"  miss {kind} {seed}:", *miss)
            ok = len(truth) - len(wrong)
            right, fields, certs = right + ok, fields + len(truth), certs + (ok == len(truth))
        print(
            f"{kind:9s} fields {right}/{fields} ({100 * right / fields:.1f} %), "
            f"whole {certs}/{args.count}"
        )
        total_right, total, whole, files = (
            total_right + right,
            total + fields,
            whole + certs,
            files + args.count,
        )
    print(
        f"all       fields {total_right}/{total} ({100 * total_right / total:.1f} %), "
        f"whole {whole}/{files}; median reading {statistics.median(times):.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
