"""Certificate set 5's renderer (issue 17): 사업자등록증 files as merchants upload them in 2026 —
text-layer PDFs written in unusual ways, phone photos, screenshots.

Written blind: from /work/shared/domain-facts.md §4–5 and the truth format only, without the
reader or the earlier renderers (see bench/blindcert5.md). The interface is the one
bench/blindcert.py's ``generate_set`` drives: ``available_faces``, ``plan``,
``render_certificate``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import captures
from .fonts import BY_NAME, FACES, available_faces
from .page import Page, english_page, layout_colon, layout_grid, notice_page, write_pdf
from .values import Record, make_record

__all__ = [
    "CAPTURES",
    "FACES",
    "FORMS",
    "PHOTOS",
    "Certificate",
    "PlanItem",
    "available_faces",
    "plan",
    "render_certificate",
]

# capture -> pages in a set of 60
CAPTURES: dict[str, int] = {
    # text-layer PDFs (16)
    "pdf_glyph": 3,  # one text object per glyph, drawn column by column or shuffled
    "pdf_words": 3,  # labels first, then values; words placed apart, no space characters
    "pdf_twopage": 4,  # the certificate, then a 진위확인 notice or an English translation
    "pdf_rotated": 2,  # landscape page with /Rotate 90, the content drawn turned
    "pdf_ocrlayer": 4,  # a scan with the scanner's invisible OCR text (with its misreadings)
    # phone photos (28)
    "keystone": 5,
    "curved": 5,
    "glare": 5,
    "moire": 4,
    "lowlight": 4,
    "messenger": 5,
    # screenshots (16)
    "viewer_light": 4,
    "viewer_dark": 4,
    "hometax": 4,
    "phone": 4,
}
FORMS = {"일반과세자": 19, "간이과세자": 11, "면세사업자": 8, "법인사업자": 22}
LAYOUTS = {"colon": 36, "grid": 24}
PHOTOS = ("keystone", "curved", "glare", "moire", "lowlight", "messenger")


@dataclass(frozen=True)
class PlanItem:
    index: int
    form: str
    layout: str
    face: str
    capture: str
    rotation: int = 0
    crop: bool = False


@dataclass
class Certificate:
    filename: str
    data: bytes
    truth: dict[str, Any]
    record: Record


def _deck(counts: dict[str, int], n: int, rng: random.Random) -> list[str]:
    base = [k for k, c in counts.items() for _ in range(c)]
    out: list[str] = []
    while len(out) < n:
        chunk = base[:]
        rng.shuffle(chunk)
        out += chunk
    return out[:n]


def plan(count: int, seed: int) -> list[PlanItem]:
    """Form, layout, face and capture, each dealt from its own shuffled deck; three photos
    saved sideways (90° or 270°), four framed so tightly the paper's edge is cut."""
    rng = random.Random(seed)
    forms = _deck(FORMS, count, rng)
    layouts = _deck(LAYOUTS, count, rng)
    faces = _deck({f.name: 1 for f in FACES}, count, rng)
    caps = _deck(CAPTURES, count, rng)
    photos = [i for i, c in enumerate(caps) if c in PHOTOS]
    rng.shuffle(photos)
    turned = {i: rng.choice((90, 270)) for i in photos[:3]}
    cropped = set(photos[3:7])
    return [
        PlanItem(i, forms[i], layouts[i], faces[i], caps[i], turned.get(i, 0), i in cropped)
        for i in range(count)
    ]


def render_certificate(
    seed: int,
    *,
    form: str,
    layout: str,
    face: str,
    capture: str,
    rotation: int = 0,
    crop: bool = False,
    name: str = "blind",
) -> Certificate:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    rec = make_record(rng, form)
    fc = BY_NAME[face]
    page: Page = (layout_colon if layout == "colon" else layout_grid)(rec, fc, rng)
    params: dict[str, Any] = {}
    pages = 1
    if capture.startswith("pdf_"):
        ext = "pdf"
        if capture == "pdf_glyph":
            order = rng.choice(("columns", "shuffle"))
            data = write_pdf([page], style="glyph", order=order, seed=seed)
            params["order"] = order
        elif capture == "pdf_words":
            data = write_pdf([page], style="word", order="labels_first", seed=seed)
        elif capture == "pdf_twopage":
            second = rng.choice(("notice", "english"))
            extra = notice_page(rec, fc) if second == "notice" else english_page(rec, fc)
            data = write_pdf([page, extra], seed=seed)
            params["second_page"] = second
            pages = 2
        elif capture == "pdf_rotated":
            data = write_pdf([page], rotate=90, seed=seed)
        elif capture == "pdf_ocrlayer":
            image, params = captures.scan(write_pdf([page], seed=seed), nrng)
            data = write_pdf(
                [page], backgrounds={0: image}, invisible=True, ocr_noise=0.4, seed=seed,
                title=f"Scan_{rec.issue_date:%Y%m%d}",
            )  # fmt: skip
        else:
            raise ValueError(capture)
    elif capture in PHOTOS:
        ext = "jpg"
        base = captures.rasterise(write_pdf([page], seed=seed), 200)
        data, params = captures.photo(base, capture, nrng, fill=1.0 if crop else None,
                                      rotation=rotation)  # fmt: skip
    else:
        data, ext, params = captures.screenshot(write_pdf([page], seed=seed), capture, rng,
                                                f"사업자등록증_{rec.trade_name}.pdf")  # fmt: skip
    filename = f"{name}.{ext}"
    truth = {
        "image": filename,
        "kind": "corporate" if rec.corporate else "individual",
        "taxpayer_type": rec.form,
        "variant": capture,
        "layout": layout,
        "font": face,
        "fields": rec.truth_fields(),
        "extras": {"rotation": rotation, "crop": crop, "pages": pages},
        "capture": params,
        "also_printed": {
            "issue_no": rec.issue_no,
            "reason": rec.reason,
            "email": rec.email,
            "rows": [list(r) for r in rec.rows],
        },
        "seed": seed,
    }
    return Certificate(filename, data, truth, rec)
