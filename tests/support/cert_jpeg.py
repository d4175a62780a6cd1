"""Low-resolution, heavily compressed greyscale JPEG scans of the dev renderer's pages (ocr16).

What an office scanner's "document, 150 dpi, small file" setting or a scan-to-e-mail
gateway sends: the page scanned grey at 150 dpi (a 10 pt syllable is ~20 px tall), tilted a
little on the glass, a trace of sensor noise, then stored as a mode-L JPEG at quality 18-34,
whose 8x8 blocks and ringing sit on every stroke. Pages come from `tests.support.certificates`
(clean, any layout and face) so the truth is the renderer's own.

    .venv/bin/python -m tests.support.cert_jpeg --out DIR [--count 30] [--seed 1600]

writes ``blind_NNNN.jpg`` and ``blind_NNNN.json`` in the format `bench/blindcert.py score`
reads, so a set of these is scored like any certificate set.
"""

from __future__ import annotations

import argparse
import io
import json
import random
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from tests.support.cert_layout import DPI
from tests.support.certificates import LAYOUTS, RenderedCertificate, render_certificate

SCAN_DPI = 150
QUALITIES = (18, 34)


def render_jpeg_certificate(
    seed: int, *, quality: int | None = None, dpi: int = SCAN_DPI, **kwargs: Any
) -> RenderedCertificate:
    """One dev-renderer page as a low-quality greyscale JPEG scan; the same seed gives the
    same bytes. `quality` is drawn from `QUALITIES` when None; `kwargs` go to
    `render_certificate` (kind, font, layout)."""
    rng = random.Random(seed)
    kwargs.setdefault("layout", rng.choice(LAYOUTS))
    clean = render_certificate(seed, variant="clean", **kwargs)
    page = Image.open(io.BytesIO(clean.data)).convert("L")
    angle = round(rng.uniform(-1.0, 1.0), 2)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    size = (round(page.width * dpi / DPI), round(page.height * dpi / DPI))
    # A scanner's sensor integrates light over each cell: an area average, not a sampling.
    page = page.resize(size, Image.Resampling.BOX)
    nrng = np.random.default_rng(rng.randrange(2**32))
    sigma = round(rng.uniform(1.0, 3.0), 2)
    arr = np.asarray(page, dtype=np.float32) + nrng.normal(0, sigma, (page.height, page.width))
    page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    q = quality if quality is not None else rng.randint(*QUALITIES)
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=q, dpi=(dpi, dpi))
    filename = clean.filename.rsplit(".", 1)[0] + ".jpg"
    truth = {
        **clean.truth,
        "image": filename,
        "variant": "grey_jpeg_lowq",
        "degradation": {"scan": {"dpi": dpi, "angle": angle, "noise": sigma, "quality": q}},
    }
    return RenderedCertificate(buf.getvalue(), filename, truth)


def write_set(out: Path, count: int, seed: int) -> None:
    """`count` pages into `out` as ``blind_NNNN.jpg`` + ``.json`` (seed ``seed * 1000 + i``)."""
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        cert = render_jpeg_certificate(seed * 1000 + i)
        name = f"blind_{i:04d}"
        truth = {**cert.truth, "image": f"{name}.jpg"}
        (out / f"{name}.jpg").write_bytes(cert.data)
        text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
        (out / f"{name}.json").write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1600)
    args = parser.parse_args()
    write_set(args.out, args.count, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
