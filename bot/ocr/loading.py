"""Decode a checked upload into RGB pixels, with its resolution when the file states it."""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass

from PIL import Image

from bot.ocr.errors import CertificateRejected
from bot.ocr.formats import MAX_PIXELS, DetectedFormat, ImageFormat, check_upload
from bot.ocr.messages import RejectCode

# A PDF page is vector or an embedded scan; 300 dpi is what tesseract reads best.
PDF_DPI = 300


@dataclass(frozen=True)
class LoadedImage:
    image: Image.Image  # RGB
    detected: DetectedFormat
    dpi: float | None  # from the file; None when it does not say or says nonsense


def _render_pdf(data: bytes) -> tuple[Image.Image, float]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        width_pt, height_pt = page.get_size()
        scale = PDF_DPI / 72
        # A PDF may declare a page metres wide: cap the render instead of trusting it.
        if width_pt * height_pt * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (width_pt * height_pt)) ** 0.5
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


def load_image(data: bytes, filename: str | None = None) -> LoadedImage:
    """Check, then decode fully (so truncation is found here, not inside tesseract)."""
    detected = check_upload(data, filename)
    if detected.format is ImageFormat.PDF:
        image, pdf_dpi = _render_pdf(data)
        return LoadedImage(image, detected, pdf_dpi)
    try:
        with warnings.catch_warnings():
            # The header check already bounded the size; make Pillow's own guard fatal too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                img.load()
                dpi = _file_dpi(img)
                rgb = _flatten(img)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise CertificateRejected(RejectCode.TOO_MANY_PIXELS, str(exc)) from exc
    except (OSError, ValueError, SyntaxError, struct.error) as exc:
        raise CertificateRejected(RejectCode.UNREADABLE, f"decode: {exc}") from exc
    return LoadedImage(rgb, detected, dpi)


def _flatten(img: Image.Image) -> Image.Image:
    """RGB on white: a transparent PNG would otherwise turn black where it is clear."""
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img.convert("RGB")
