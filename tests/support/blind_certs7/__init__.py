"""Certificate set 7 (issue 17): a renderer written without reading the reader or the earlier
renderers. ``plan`` deals the set; ``render_certificate`` draws one certificate and its truth in
the format `bench/blindcert.py score` reads. See bench/blindcert7.md."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from . import captures
from .fonts import FACES, available_faces
from .page import build_page, face_named, write_pdf
from .values import SUBTITLES, draw_record

__all__ = ["CAPTURES", "FACES", "Item", "Rendered", "available_faces", "plan", "render_certificate"]

# capture -> pages in a set of 60
CAPTURES = {
    "exif_photo": 9,
    "clipboard": 6,
    "fingers": 5,
    "folded3": 5,
    "grey_jpeg": 4,
    "cmyk_jpeg": 4,
    "alpha_png": 5,
    "copy2": 5,
    "fax_tiff": 5,
    "tiff_scan": 2,
    "pdf_cid": 6,
    "pdf_notounicode": 4,
}
PDF_CAPTURES = ("pdf_cid", "pdf_notounicode")
FORM_SHARES = {"general": 18, "simple": 10, "exempt": 8, "corporate": 24}
LEGACY_PAGES = 18  # of the 50 non-PDF pages


@dataclass(frozen=True)
class Item:
    index: int
    form: str
    layout: str
    face: str
    capture: str
    rotation: int = 0  # an EXIF-tagged photo's stored pixels are turned by this (degrees)
    crop: bool = False


@dataclass(frozen=True)
class Rendered:
    filename: str
    data: bytes
    truth: dict[str, Any]


def _deck(shares: dict[str, int], count: int, rng: random.Random) -> list[str]:
    total = sum(shares.values())
    out: list[str] = []
    while len(out) < count:
        cycle = [k for k, n in shares.items() for _ in range(n)]
        rng.shuffle(cycle)
        out += cycle[: min(total, count - len(out))]
    return out


def plan(count: int, seed: int) -> list[Item]:
    """The set's pages: form, capture, layout and face each dealt from a shuffled deck. PDFs are
    홈택스 prints (current layout) in a face the PDF writer embeds (TrueType outlines)."""
    rng = random.Random(seed)
    forms = _deck(FORM_SHARES, count, rng)
    caps = _deck(CAPTURES, count, rng)
    n_raster = sum(c not in PDF_CAPTURES for c in caps)
    layouts = _deck({"legacy": LEGACY_PAGES, "current": 50 - LEGACY_PAGES}, n_raster, rng)
    faces = _deck({f.name: 1 for f in FACES}, n_raster, rng)
    tt_faces = _deck({f.name: 1 for f in FACES if f.truetype}, count - n_raster, rng)
    items: list[Item] = []
    for i, (form, cap) in enumerate(zip(forms, caps, strict=True)):
        if cap in PDF_CAPTURES:
            layout, face = "current", tt_faces.pop()
        else:
            layout, face = layouts.pop(), faces.pop()
        rotation = 0
        if cap == "exif_photo":  # the same draw render_certificate makes for the tag
            rotation = captures.ORIENTATIONS[_exif_tag(i, seed)][1]
        items.append(Item(i, form, layout, face, cap, rotation))
    return items


def _exif_tag(index: int, seed: int) -> int:
    return _exif_tag_for(seed * 1000 + index, "exif_photo")


def render_certificate(
    seed: int,
    *,
    form: str,
    layout: str,
    face: str,
    capture: str,
    rotation: int = 0,
    crop: bool = False,
    name: str = "blind_0000",
) -> Rendered:
    """One certificate: the file's bytes and the truth (the printed values, reader formats)."""
    rng = random.Random(seed)
    rec = draw_record(rng, form, layout == "legacy")
    page, printed = build_page(rec, face_named(face), layout, rng)
    params: dict[str, Any]
    if capture in PDF_CAPTURES:
        data = write_pdf(page, capture == "pdf_cid", f"사업자등록증 {rec.fields['reg_no']}")
        ext, params = (
            "pdf",
            {"producer": "hand-written CIDFontType2", "tounicode": capture == "pdf_cid"},
        )
    elif capture in ("exif_photo", "clipboard", "fingers", "folded3"):
        kind = {"exif_photo": "exif"}.get(capture, capture)
        data, ext, params = captures.photo(page, rng, kind, exif_tag=_exif_tag_for(seed, capture))
    elif capture == "grey_jpeg":
        data, ext, params = captures.grey_jpeg(page, rng)
    elif capture == "cmyk_jpeg":
        data, ext, params = captures.cmyk_jpeg(page, rng)
    elif capture == "alpha_png":
        data, ext, params = captures.alpha_png(page, rng)
    elif capture == "copy2":
        data, ext, params = captures.copy_of_copy(page, rng)
    elif capture == "fax_tiff":
        data, ext, params = captures.fax_tiff(page, rng, stretched=rng.random() < 0.4)
    elif capture == "tiff_scan":
        data, ext, params = captures.tiff_scan(page, rng)
    else:
        raise ValueError(f"unknown capture {capture!r}")
    filename = f"{name}.{ext}"
    corporate = form == "corporate"
    truth: dict[str, Any] = {
        "image": filename,
        "kind": "corporate" if corporate else "individual",
        "taxpayer_type": SUBTITLES[form],
        "variant": capture,
        "layout": layout,
        "font": face,
        "fields": dict(rec.fields),
        "extras": {"rotation": rotation, "crop": crop, "pages": 1},
        "capture": params,
        "also_printed": {**rec.printed, **printed},
        "seed": seed,
    }
    return Rendered(filename, data, truth)


def _exif_tag_for(seed: int, capture: str) -> int:
    return random.Random(f"exif-{seed}").choice((6, 6, 6, 8, 3)) if capture == "exif_photo" else 1
