"""Re-read a certificate set with tesseract's output kept on disk, for work on extraction.

    .venv/bin/python bench/ocr_replay.py --dir DIR --cache CACHE_DIR --save FILE [--off NAME ...]

Reads every ``blind_*.json``'s image of DIR in this process, as `onboard ocr --json` does,
and writes the same JSON list ``bench/blindcert.py score --results FILE`` scores. Every
tesseract run (the page, and the second looks at a region) is remembered in CACHE_DIR by the
SHA-256 of its input and options: the first run costs what `onboard ocr` costs, the next ones
only re-run preprocessing and extraction — what a change after OCR needs. A change that
alters what is cropped for a second look misses the cache and runs tesseract for it.
``--off NAME`` turns a check of `bot/ocr/features.py` off (ablations). Then prints, per
wrong field, whether the reader called it sure, its confidence and flags.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from bot.commands.ocr import _read  # noqa: E402
from bot.ocr import engine, features  # noqa: E402


def cache_on_disk(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    run = engine._run

    def cached(image: Any, psm: str, dpi: int, lang: str) -> tuple[str, str]:
        digest = hashlib.sha256(image.tobytes() + repr(image.shape).encode()).hexdigest()
        path = folder / f"{digest}-{psm}-{dpi}-{lang}.json"
        if path.exists():
            txt, tsv = json.loads(path.read_text(encoding="utf-8"))
            return str(txt), str(tsv)
        out = run(image, psm, dpi, lang)
        path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        return out

    engine._run = cached


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--save", type=Path, required=True)
    parser.add_argument("--off", nargs="*", default=[])
    args = parser.parse_args()
    cache_on_disk(args.cache)
    features.ENABLED = features.KEPT - set(args.off)
    truths = [json.loads(p.read_text("utf-8")) for p in sorted(args.dir.glob("blind_*.json"))]
    results: dict[str, dict[str, Any]] = {}
    for truth in truths:
        results[truth["image"]] = _read(args.dir / truth["image"])
    args.save.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    for truth in truths:
        got = results[truth["image"]].get("fields", {})
        for name, expected in truth["fields"].items():
            reading = got.get(name)
            if reading is None:
                if name in ("biz_type", "biz_item") or expected:
                    print(f"{truth['image']:<16} {name:<14} MISSING  {expected!r}")
                continue
            if " ".join(str(reading["value"]).split()) != " ".join(expected.split()):
                mark = "SURE" if reading["sure"] else "unsure"
                flags = reading.get("flags", "")
                print(f"{truth['image']:<16} {name:<14} {mark:<6} {reading['confidence']:.2f} "
                      f"{expected!r} -> {reading['value']!r} {flags}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
