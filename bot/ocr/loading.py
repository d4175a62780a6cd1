"""Decode a checked upload into RGB pixels, with its resolution when the file states it.

Every path here ends at no more than `WORK_PIXELS`: a JPEG is decoded at a reduced scale
by libjpeg (its DCT scaling costs nothing extra), other images are shrunk right after
decoding, and a PDF page is rendered at a scale that fits, however large it claims to be.
"""

from __future__ import annotations

import io
import math
import struct
import warnings
from dataclasses import dataclass

from PIL import Image

from bot.ocr.errors import CertificateRejected
from bot.ocr.formats import DetectedFormat, ImageFormat, check_shape, check_upload
from bot.ocr.messages import RejectCode

# A PDF page is vector or an embedded scan; 300 dpi is what tesseract reads best.
PDF_DPI = 300
# What the pipeline works on: an A4 page at 300 dpi is 8.7 MP; a photo whose page fills
# two thirds of the frame needs about 13 MP for the page to stay at 300 dpi.
WORK_PIXELS = 16_000_000


_SINGLE_CHANNEL = frozenset({"1", "I", "I;16", "I;16B", "I;16L", "I;16N", "F"})


@dataclass(frozen=True)
class LoadedImage:
    image: Image.Image  # RGB, at most WORK_PIXELS
    detected: DetectedFormat
    dpi: float | None  # from the file (after any shrinking); None when it does not say


def render_scale(width_pt: float, height_pt: float) -> float:
    """Pixels per point for rendering a PDF page: 300 dpi, or less for a page too large."""
    check_shape(width_pt, height_pt)
    scale = PDF_DPI / 72
    if width_pt * height_pt * scale * scale > WORK_PIXELS:
        # A PDF may declare a page metres wide (553 bytes can say 200 x 200 inches).
        scale = (WORK_PIXELS / (width_pt * height_pt)) ** 0.5
    return scale


def _render_pdf(data: bytes, page_index: int = 0) -> tuple[Image.Image, float]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[page_index]
        width_pt, height_pt = page.get_size()
        scale = render_scale(width_pt, height_pt)
        bitmap = page.render(scale=scale)
        image = bitmap.to_pil().convert("RGB")
        return image, scale * 72
    except pdfium.PdfiumError as exc:
        raise CertificateRejected(RejectCode.UNREADABLE, f"PDF render: {exc}") from exc
    finally:
        pdf.close()


def _file_dpi(img: Image.Image) -> float | None:
    dpi = img.info.get("dpi")
    if not dpi:
        return None
    try:
        value = float(dpi[0])
    except (TypeError, ValueError, IndexError):
        return None
    # Many writers store 72 or 96 without meaning it; only trust scanner-like values.
    return value if 100 <= value <= 1200 and round(value) not in (72, 96) else None


def _jpeg_draft(img: Image.Image) -> None:
    """Ask libjpeg for the largest 1/2^k scale that fits `WORK_PIXELS` (k ≤ 3)."""
    width, height = img.size
    k = 1
    while width * height / (k * k) > WORK_PIXELS and k < 8:
        k *= 2
    if k > 1:
        img.draft("RGB", (math.ceil(width / k), math.ceil(height / k)))


def _shrink(img: Image.Image) -> Image.Image:
    """At most `WORK_PIXELS`, by an area-averaging resize (what a scanner's lower dpi does)."""
    width, height = img.size
    if width * height <= WORK_PIXELS:
        return img
    if img.mode in _SINGLE_CHANNEL:
        # To one byte a pixel first; Pillow also resizes bilevel images by nearest only.
        img = img.convert("L")
    elif img.mode not in ("L", "RGB", "RGBA", "LA"):
        transparent = img.mode == "P" and "transparency" in img.info
        img = img.convert("RGBA" if transparent else "RGB")
    factor = (WORK_PIXELS / (width * height)) ** 0.5
    size = (max(1, int(width * factor)), max(1, int(height * factor)))
    # `reducing_gap` averages whole blocks first: one small intermediate instead of a
    # full-height one.
    return img.resize(size, Image.Resampling.BOX, reducing_gap=2.0)


def load_image(data: bytes, filename: str | None = None, *, page: int = 0) -> LoadedImage:
    """Check, then decode fully (so truncation is found here, not inside tesseract). `page`:
    which page of a PDF (0-based), each checked for its shape and rendered within
    `WORK_PIXELS` like the first."""
    detected = check_upload(data, filename)
    if detected.format is ImageFormat.PDF:
        if not 0 <= page < detected.pages:
            raise CertificateRejected(RejectCode.UNREADABLE, f"no page {page + 1}")
        image, pdf_dpi = _render_pdf(data, page)
        return LoadedImage(image, detected, pdf_dpi)
    try:
        with warnings.catch_warnings():
            # The header check already bounded the size; make Pillow's own guard fatal too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                declared = img.size
                dpi = _file_dpi(img)
                if detected.format is ImageFormat.JPEG:
                    _jpeg_draft(img)
                img.load()
                rgb = _flatten(_shrink(img))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise CertificateRejected(RejectCode.TOO_MANY_PIXELS, str(exc)) from exc
    except (OSError, ValueError, SyntaxError, struct.error, EOFError) as exc:
        raise CertificateRejected(RejectCode.UNREADABLE, f"decode: {exc}") from exc
    if dpi is not None:
        dpi *= rgb.width / declared[0]  # the file's dpi described the pixels it declared
    return LoadedImage(rgb, detected, dpi)


def _flatten(img: Image.Image) -> Image.Image:
    """RGB on white: a transparent PNG would otherwise turn black where it is clear."""
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img if img.mode == "RGB" else img.convert("RGB")
