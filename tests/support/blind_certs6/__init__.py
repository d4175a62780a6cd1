"""Certificate set 6: a renderer of 사업자등록증 files written without reading the reader
(bot/ocr), its tests or the earlier renderers (see bench/blindcert6.md).

``plan(count, seed)`` deals forms, layouts, faces and captures from shuffled decks;
``render_certificate(seed, ...)`` draws one certificate's values from ``seed`` alone and
returns the file and its truth, in the format bench/blindcert.py scores.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import captures
from .fonts import FACE_BY_NAME, FACES, available_faces
from .page import layout as page_layout
from .page import printed_text
from .pdfwrite import image_pdf, text_pdf
from .raster import draw_page
from .values import draw_record, truth_fields

__all__ = ["CAPTURES", "Certificate", "PlanItem", "available_faces", "plan", "render_certificate"]

# capture -> pages in 60
CAPTURES: dict[str, int] = {
    "exif_photo": 9, "clipboard": 6, "fingers": 5, "trifold": 5, "copy2": 6, "fax": 5,
    "cmyk_jpeg": 4, "alpha_png": 4, "tiff_rgb": 3, "pdf_cid": 5, "pdf_nomap": 4, "pdf_cmyk": 4,
}  # fmt: skip
FORMS: dict[str, int] = {"general": 20, "simple": 10, "exempt": 8, "corporate": 22}
LAYOUTS: dict[str, int] = {"modern": 44, "old": 16}
TEXT_PDF = ("pdf_cid", "pdf_nomap")
EXIF_TURNS = (90, 90, 90, 270, 90, 180, 270, 90, 90)  # per exif_photo page, in deal order
BRANCH_SHARE = 0.4  # corporate pages printed for a 지점 whose 본점 is elsewhere
JOINT_SHARE = 0.25  # individual pages with 공동사업자 names


@dataclass(frozen=True)
class PlanItem:
    index: int
    form: str
    layout: str
    face: str
    capture: str
    rotation: int  # exif_photo: degrees the stored pixels are turned (the tag turns them back)
    crop: bool


@dataclass(frozen=True)
class Certificate:
    filename: str
    data: bytes
    truth: dict[str, Any]


def _deck(shares: dict[str, int], count: int, rng: random.Random) -> list[str]:
    base = [name for name, n in shares.items() for _ in range(n)]
    deck: list[str] = []
    while len(deck) < count:
        chunk = base[:]
        rng.shuffle(chunk)
        deck += chunk
    return deck[:count]


def plan(count: int, seed: int) -> list[PlanItem]:
    """What each of ``count`` certificates is: form, layout, face, capture, EXIF turn."""
    rng = random.Random(seed)
    forms = _deck(FORMS, count, rng)
    layouts = _deck(LAYOUTS, count, rng)
    faces = _deck({f.name: 10 for f in FACES}, count, rng)
    caps = _deck(CAPTURES, count, rng)
    # text PDFs embed TrueType faces only: swap a CFF face (Noto) away from them
    for i, cap in enumerate(caps):
        if cap in TEXT_PDF and not FACE_BY_NAME[faces[i]].pdf_ok:
            j = next(
                j for j in range(count) if caps[j] not in TEXT_PDF and FACE_BY_NAME[faces[j]].pdf_ok
            )
            faces[i], faces[j] = faces[j], faces[i]
    items = []
    turns = 0
    for i in range(count):
        rotation = 0
        if caps[i] == "exif_photo":
            rotation = EXIF_TURNS[turns % len(EXIF_TURNS)]
            turns += 1
        items.append(PlanItem(i, forms[i], layouts[i], faces[i], caps[i], rotation, False))
    return items


def render_certificate(
    seed: int, *, form: str, layout: str, face: str, capture: str, rotation: int = 0,
    crop: bool = False, name: str = "cert",
) -> Certificate:  # fmt: skip
    """One certificate from ``seed``: its file (``name.<ext>``) and its truth."""
    del crop  # set 6 never crops: the clip, thumbs and folds cover margins instead
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    branch = form == "corporate" and rng.random() < BRANCH_SHARE
    joint = form != "corporate" and rng.random() < JOINT_SHARE
    record = draw_record(rng, form, layout == "old", branch=branch, joint=joint)
    the_face = FACE_BY_NAME[face]
    ops = page_layout(record, the_face, layout, rng)
    params: dict[str, Any]
    if capture in TEXT_PDF:
        data = text_pdf(ops, to_unicode=capture == "pdf_cid", title=name)
        ext, params = (
            "pdf",
            {"text_layer": "ToUnicode" if capture == "pdf_cid" else "none (codes only)"},
        )
    else:
        page = draw_page(ops, 300)
        if capture == "exif_photo":
            data, ext, params = captures.exif_photo(page, rng, np_rng, rotation)
        elif capture == "clipboard":
            data, ext, params = captures.clipboard(page, rng, np_rng)
        elif capture == "fingers":
            data, ext, params = captures.fingers(page, rng, np_rng)
        elif capture == "trifold":
            data, ext, params = captures.trifold(page, rng, np_rng)
        elif capture == "copy2":
            data, ext, params = captures.copy2(page, rng, np_rng)
        elif capture == "fax":
            data, ext, params = captures.fax(page, rng, np_rng, stretched=rng.random() < 0.4)
        elif capture == "cmyk_jpeg":
            data, ext, params = captures.cmyk_jpeg(page, rng, np_rng)
        elif capture == "alpha_png":
            data, ext, params = captures.alpha_png(page, rng, np_rng)
        elif capture == "tiff_rgb":
            data, ext, params = captures.tiff_rgb(page, rng, np_rng)
        elif capture == "pdf_cmyk":
            scan, dpi, quality = captures.scan_for_pdf(page, rng, np_rng)
            data = image_pdf(scan, dpi, quality, title=name)
            ext, params = (
                "pdf",
                {"dpi": dpi, "quality": quality, "image": "CMYK JPEG, Adobe-inverted"},
            )
        else:
            raise ValueError(f"unknown capture {capture!r}")
    filename = f"{name}.{ext}"
    truth: dict[str, Any] = {
        "image": filename,
        "kind": record.kind,
        "taxpayer_type": record.taxpayer_type,
        "variant": capture,
        "layout": layout,
        "font": face,
        "fields": truth_fields(record),
        "extras": {
            "exif_turn": rotation,
            "branch": record.branch,
            "partners": len(record.partners),
        },
        "capture": params,
        "also_printed": {
            "issue_no": record.issue_no if layout == "modern" else "",
            "reason": record.reason,
            "partners": record.partners,
            "email": record.email if layout == "modern" else "",
            "rows": [list(r) for r in record.rows],
        },
        "seed": seed,
    }
    return Certificate(filename, data, truth)


def page_text(seed: int, *, form: str, layout_name: str, face: str) -> str:
    """Every text run printed on the page ``render_certificate`` would draw (for tests)."""
    rng = random.Random(seed)
    branch = form == "corporate" and rng.random() < BRANCH_SHARE
    joint = form != "corporate" and rng.random() < JOINT_SHARE
    record = draw_record(rng, form, layout_name == "old", branch=branch, joint=joint)
    return printed_text(page_layout(record, FACE_BY_NAME[face], layout_name, rng))
