"""One certificate of the third blind set, and the plan of a whole set.

`render_certificate` draws the values, the page, the seal, then the capture, an optional
margin crop and an optional quarter-turn, and returns the file's bytes with its truth in the
format `bench/blindcert.py score` reads. Everything comes from the certificate's own seed, so
the same seed gives the same bytes on the same machine (Pillow, OpenCV, FreeType, libjpeg).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import numpy as np

from tests.support.blind_certs3.captures import CAPTURES, DPI, crop_margins, encode
from tests.support.blind_certs3.fonts import FACES, face_by_name
from tests.support.blind_certs3.layout import LAYOUTS, draw_page, stamp_seal
from tests.support.blind_certs3.values import draw_values, truth_fields

FORMS = ("일반과세자", "간이과세자", "면세사업자", "법인사업자")
# Shares per 60: forms 20/12/8/20, layouts 24/18/18, captures 16/14/11/8/11.
FORM_PATTERN = ("일반과세자",) * 5 + ("간이과세자",) * 3 + ("면세사업자",) * 2 + ("법인사업자",) * 5
LAYOUT_PATTERN = ("hometax",) * 4 + ("shaded",) * 3 + ("compact",) * 3
CAPTURE_PATTERN = (
    ("photo",) * 16 + ("scan",) * 14 + ("photocopy",) * 11 + ("fax",) * 8 + ("screenshot",) * 11
)
ROTATIONS_PER_60 = (90, 90, 90, 180, 180, 270, 270)
CROPS_PER_60 = 12


@dataclass(frozen=True)
class PlanItem:
    index: int
    form: str
    layout: str
    face: str
    capture: str
    rotation: int  # degrees counter-clockwise applied to the final image
    crop: bool


@dataclass(frozen=True)
class Certificate:
    filename: str
    data: bytes
    truth: dict[str, Any]


def _deal(pattern: tuple[str, ...], count: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        cycle = list(pattern)
        rng.shuffle(cycle)
        out += cycle
    return out[:count]


def plan(count: int, seed: int) -> list[PlanItem]:
    rng = random.Random(seed)
    forms = _deal(FORM_PATTERN, count, rng)
    layouts = _deal(LAYOUT_PATTERN, count, rng)
    faces = _deal(tuple(f.name for f in FACES), count, rng)
    captures = _deal(CAPTURE_PATTERN, count, rng)
    # Quarter-turns and crops go to pages that are not screenshots (a viewer shows a page
    # upright and already crops it).
    eligible = [i for i in range(count) if captures[i] != "screenshot"]
    rng.shuffle(eligible)
    n_rot = round(len(ROTATIONS_PER_60) * count / 60)
    rotations = {
        i: ROTATIONS_PER_60[k % len(ROTATIONS_PER_60)] for k, i in enumerate(eligible[:n_rot])
    }
    rng.shuffle(eligible)
    crops = set(eligible[: round(CROPS_PER_60 * count / 60)])
    return [
        PlanItem(i, forms[i], layouts[i], faces[i], captures[i], rotations.get(i, 0), i in crops)
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
    if form not in FORMS or layout not in LAYOUTS or capture not in CAPTURES:
        raise ValueError((form, layout, capture))
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    values = draw_values(rng, form)
    page = draw_page(values, layout, face_by_name(face), rng)
    image = stamp_seal(page, values)
    box = (page.box[0], page.box[1], page.box[2], page.box[3])
    extras: dict[str, Any] = {"rotation": rotation, "crop": crop}
    if crop:
        image, box, extras["crop_params"] = crop_margins(image, box, rng)
    arr, fmt, params = CAPTURES[capture](image, box, rng, nprng)
    if rotation:
        arr = np.ascontiguousarray(np.rot90(arr, k=rotation // 90))
    dpi = (
        int(params.get("dpi", DPI[capture])) if isinstance(params.get("dpi"), int) else DPI[capture]
    )
    data = encode(arr, fmt, dpi, int(params.get("jpeg_q", 90)), bilevel=capture == "fax")
    filename = f"{name}.{fmt}"
    truth: dict[str, Any] = {
        "image": filename,
        "kind": values.kind,
        "taxpayer_type": values.taxpayer_type,
        "variant": capture,
        "layout": layout,
        "font": face,
        "fields": truth_fields(values),
        "extras": extras,
        "capture": params,
        "also_printed": {
            "issue_reason": values.issue_reason,
            "issue_no": values.issue_no,
            "joint_owner": values.joint_owner,
            "email": values.email,
            "trade_rows": [list(row) for row in values.trades],
        },
        "seed": seed,
    }
    return Certificate(filename, data, truth)
