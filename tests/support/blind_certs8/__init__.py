"""Certificate set 8's renderer (issue 17): 사업자등록증 files of kinds the earlier blind sets
do not have — PDFs from other producers (glyph-by-glyph TJ arrays, a page inside a Form
XObject, a visible text layer under an OCR program's invisible one, runs written out of
reading order), phone screenshots of a viewer app, A3 scans with the certificate on one half,
150 dpi greyscale JPEGs with heavy artefacts, and copies marked with stamps, a seal and a pen.
Written from domain-facts.md §4–5 only; see bench/blindcert8.md."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from . import captures
from .fonts import FACES, available_faces, face_named
from .page import build_page
from .pdf import write_pdf
from .values import FORMS, SUBTITLE, draw_record

__all__ = ["CAPTURES", "FACES", "Certificate", "Item", "available_faces", "plan",
           "render_certificate"]  # fmt: skip

LAYOUT = "hometax8"
# capture -> pages in a set of 60 (the deck is dealt again for other counts)
CAPTURE_SHARES = {"pdf_tj": 8, "pdf_xobject": 7, "pdf_ocrlayer": 7, "pdf_shuffled": 7,
                  "phone_viewer": 8, "a3_scan": 7, "grey150": 8, "marked": 8}  # fmt: skip
CAPTURES = tuple(c for c, n in CAPTURE_SHARES.items() for _ in range(n))
FORM_SHARES = {"general": 18, "simple": 11, "exempt": 8, "corporate": 23}
PDF_STYLE = {"pdf_tj": "tj", "pdf_xobject": "xobject", "pdf_ocrlayer": "ocrlayer",
             "pdf_shuffled": "shuffled"}  # fmt: skip


@dataclass(frozen=True)
class Item:
    index: int
    form: str
    layout: str
    face: str
    capture: str
    rotation: int = 0
    crop: bool = False


@dataclass(frozen=True)
class Certificate:
    filename: str
    data: bytes
    truth: dict[str, Any]


def _deck(cards: list[str], count: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        hand = list(cards)
        rng.shuffle(hand)
        out += hand
    return out[:count]


def plan(count: int, seed: int) -> list[Item]:
    """Form, face and capture, each dealt from its own shuffled deck."""
    rng = random.Random(seed)
    forms = _deck([f for f, n in FORM_SHARES.items() for _ in range(n)], count, rng)
    faces = _deck([f.name for f in FACES for _ in range(15)], count, rng)
    caps = _deck(list(CAPTURES), count, rng)
    return [Item(i, forms[i], LAYOUT, faces[i], caps[i]) for i in range(count)]


def render_certificate(
    seed: int,
    *,
    form: str,
    layout: str = LAYOUT,
    face: str,
    capture: str,
    rotation: int = 0,
    crop: bool = False,
    name: str = "cert",
) -> Certificate:
    """One certificate file and its truth, the same bytes for the same arguments."""
    if form not in FORMS or layout != LAYOUT or capture not in CAPTURE_SHARES:
        raise ValueError((form, layout, capture))
    rng = random.Random(seed)
    rec = draw_record(rng, form)
    page, laid = build_page(rec, face_named(face), rng)
    style = PDF_STYLE.get(capture)
    params: dict[str, Any]
    if style:
        data, ext = write_pdf(page, style, random.Random(rng.random())), "pdf"
        params = {"style": style}
    else:
        master = write_pdf(page, "plain", random.Random(rng.random()))
        sub = random.Random(rng.random())
        noise_seed = rng.randrange(2**31)
        if capture == "phone_viewer":
            data, ext, params = captures.phone_viewer(master, sub)
        elif capture == "a3_scan":
            data, ext, params = captures.a3_scan(master, sub, noise_seed)
        elif capture == "grey150":
            data, ext, params = captures.grey150(master, sub, noise_seed)
        else:
            data, ext, params = captures.marked(master, page, sub, noise_seed)
    filename = f"{name}.{ext}"
    truth = {
        "image": filename,
        "kind": "corporate" if form == "corporate" else "individual",
        "taxpayer_type": SUBTITLE[form],
        "variant": capture,
        "layout": layout,
        "font": face,
        "fields": dict(rec.fields),
        "capture": params,
        "page": laid,
        "extras": {"rotation": rotation, "crop": crop, "pages": 1},
        "also_printed": {**rec.also, "rows": [list(t) for t in rec.trades]},
        "seed": seed,
    }
    return Certificate(filename, data, truth)
