"""The fourth frozen blind set of 사업자등록증 files (issue 17): certificate set 4.

    .venv/bin/python bench/blindcert4.py generate --out DIR [--count 60] [--seed 2028]
    .venv/bin/python bench/blindcert.py score --dir DIR [--aggregate]

`generate` draws the set from `tests/support/blind_certs4` (written without reading the reader
or the earlier renderers): per certificate `blind_NNNN.<jpg|png|pdf>` and `blind_NNNN.json`
(the truth, in the format `bench/blindcert.py score` reads), plus `manifest.json` with the
SHA-256 of every file and a digest of the whole set. Scoring is `bench/blindcert.py score`'s.
This set is for measuring, never for tuning: see bench/blindcert4.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blindcert import write_certificate, write_manifest  # noqa: E402


def generate(out: Path, count: int, seed: int) -> int:
    from tests.support.blind_certs4 import available_faces, plan, render_certificate
    from tests.support.blind_certs4.fonts import FACES

    missing = sorted({f.name for f in FACES} - set(available_faces()))
    if missing:
        print(f"fonts not installed: {', '.join(missing)}; the frozen set needs all of them")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    for item in plan(count, seed):
        name = f"blind_{item.index:04d}"
        cert = render_certificate(
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
        print(f"{cert.filename:<16} {item.form:<9} {item.layout:<7} {item.face:<18} "
              f"{item.capture}{extras}", flush=True)  # fmt: skip
    write_manifest(out, seed, count, manifest)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the frozen set")
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--count", type=int, default=60)
    gen.add_argument("--seed", type=int, default=2028)
    args = parser.parse_args()
    return generate(args.out, args.count, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
