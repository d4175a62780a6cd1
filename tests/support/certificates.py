"""Synthetic 사업자등록증 images with their ground truth, for tests and the benchmark.

`render_certificate(seed)` is deterministic: the same seed gives the same bytes and fields.
The ground truth has the shape of `onboard ocr --json` (and of the shared samples):
`{"image", "kind", "variant", "degradation", "fields", "font", "taxpayer_type"}`.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

from PIL import Image

from tests.support.cert_degrade import DEGRADATIONS
from tests.support.cert_fonts import FontFace, korean_fonts
from tests.support.cert_layout import DPI, draw_certificate
from tests.support.cert_ruled import draw_ruled
from tests.support.cert_values import random_values, with_pairs

VARIANTS = ("clean", *DEGRADATIONS)
# "form": labels with colons, 업태/종목 columns; "ruled": the fully ruled table variant;
# "plain": single-spaced labels and a ruled two-column 업태/종목 table.
# "wrapped": "plain" with long addresses on two lines and 2–4 업태/종목 pairs in an unruled
# narrow table whose names wrap.
LAYOUTS = ("form", "ruled", "plain", "wrapped")


@dataclass(frozen=True)
class RenderedCertificate:
    data: bytes
    filename: str
    truth: dict[str, Any]

    @property
    def fields(self) -> dict[str, str]:
        fields: dict[str, str] = self.truth["fields"]
        return fields


def _pick_font(rng: random.Random, font: str | None) -> FontFace:
    fonts = korean_fonts()
    if not fonts:
        raise RuntimeError("no Korean font found (install fonts-nanum)")
    if font is None:
        return rng.choice(fonts)
    for face in fonts:
        if face.family == font:
            return face
    raise LookupError(f"font {font!r} not installed")


def render_certificate(
    seed: int,
    *,
    kind: str | None = None,
    variant: str | None = None,
    font: str | None = None,
    layout: str = "form",
) -> RenderedCertificate:
    """Render one certificate; `kind`, `variant` and `font` are drawn from `seed` when None."""
    rng = random.Random(seed)
    values = random_values(rng, kind)
    if layout == "wrapped":
        values = with_pairs(values, rng)
    face = _pick_font(rng, font)
    variant = variant or rng.choice(VARIANTS)
    if layout == "ruled":
        page = draw_ruled(values, face, rng)
    else:
        wrapped = layout == "wrapped"
        page = draw_certificate(values, face, rng, plain=layout != "form", wrapped=wrapped)
    degradation: dict[str, Any] = {}
    if variant != "clean":
        page, degradation = DEGRADATIONS[variant](page, rng)
    buf = io.BytesIO()
    if "bilevel" in degradation:
        # A fax-like 1-bit TIFF, as office scanners still send.
        ext = "tif"
        page.save(buf, "TIFF", compression="group4", dpi=(DPI, DPI))
    elif "jpeg" in degradation:
        # Already carries its JPEG artefacts: store losslessly from here on.
        ext = "jpg"
        page.save(buf, "JPEG", quality=95)
    else:
        ext = "png"
        dpi = degradation.get("lowres", {}).get("dpi", DPI)
        page.save(buf, "PNG", dpi=(dpi, dpi))
    filename = f"synthetic_{seed:05d}.{ext}"
    truth: dict[str, Any] = {
        "image": filename,
        "kind": values.kind,
        "taxpayer_type": values.taxpayer_type,
        "variant": variant,
        "degradation": degradation,
        "fields": dict(values.fields),
        "font": face.family,
        "layout": layout,
    }
    return RenderedCertificate(buf.getvalue(), filename, truth)


def render_image(seed: int, **kwargs: Any) -> tuple[Image.Image, dict[str, Any]]:
    """Like `render_certificate`, decoded, for tests that want pixels."""
    cert = render_certificate(seed, **kwargs)
    return Image.open(io.BytesIO(cert.data)).convert("RGB"), cert.truth
