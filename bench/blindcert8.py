"""Certificate set 8: the eighth blind set of 사업자등록증 files (issue 17), for a later session.

    .venv/bin/python bench/blindcert8.py generate --out DIR [--count 60] [--seed 2032]
    .venv/bin/python bench/blindcert.py score --dir DIR --aggregate

Drawn from tests/support/blind_certs8 (a renderer the reader was not developed on): PDFs from
other producers (TJ glyph arrays, a Form XObject page, an invisible OCR layer over real text,
runs out of reading order), phone screenshots of a viewer app, A3 scans, 150 dpi greyscale
JPEGs and copies marked with stamps and a pen. Frozen: see bench/blindcert8.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blindcert import generate_command, generate_set  # noqa: E402


def generate(out: Path, count: int, seed: int) -> int:
    from tests.support import blind_certs8

    faces = {f.name for f in blind_certs8.FACES}
    return generate_set(out, count, seed, blind_certs8, faces)


if __name__ == "__main__":
    raise SystemExit(generate_command(__doc__ or "", 2032, generate))
