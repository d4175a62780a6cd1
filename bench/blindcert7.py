"""The seventh frozen blind set of 사업자등록증 files (issue 17): certificate set 7.

    .venv/bin/python bench/blindcert7.py generate --out DIR [--count 60] [--seed 2031]
    .venv/bin/python bench/blindcert.py score --dir DIR --aggregate

`generate` draws the set from `tests/support/blind_certs7` (written without reading the reader
or the earlier renderers): per certificate `blind_NNNN.<jpg|png|tif|pdf>` and `blind_NNNN.json`
(the truth, in the format `bench/blindcert.py score` reads), plus `manifest.json` with the
SHA-256 of every file and a digest of the whole set. Scoring is `bench/blindcert.py score`'s.
This set is for measuring, never for tuning: see bench/blindcert7.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blindcert import generate_command, generate_set  # noqa: E402


def generate(out: Path, count: int, seed: int) -> int:
    from tests.support import blind_certs7
    from tests.support.blind_certs7.fonts import FACES

    return generate_set(out, count, seed, blind_certs7, {f.name for f in FACES})


def main() -> int:
    return generate_command(__doc__ or "", 2031, generate)


if __name__ == "__main__":
    raise SystemExit(main())
