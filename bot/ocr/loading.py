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

import cv2
import numpy as np
from PIL import Image, ImageOps

from bot.ocr.errors import CertificateRejected
from bot.ocr.formats import DetectedFormat, ImageFormat, check_shape, check_upload
from bot.ocr.messages import RejectCode

# A PDF page is vector or an embedded scan; 300 dpi is what tesseract reads best.
PDF_DPI = 300
# What the pipeline works on: an A4 page at 300 dpi is 8.7 MP; a photo whose page fills
# two thirds of the frame needs about 13 MP for the page to stay at 300 dpi.
WORK_PIXELS = 16_000_000


_SINGLE_CHANNEL = frozenset({"1", "I", "I;16", "I;16B", "I;16L", "I;16N", "F"})
# ocr9: EXIF Orientation values that store the picture turned a quarter (5-8): its width
# and height, and its two resolutions, swap when it is put upright.
_QUARTER_TURNED = frozenset({5, 6, 7, 8})
# Resolutions of the two axes this far apart make pixels not square: a fax in standard
# mode is 204 x 98 dpi, in fine mode 204 x 196 (ITU-T T.4). Within 2 % they are one.
SQUARE_TOLERANCE = 0.02
# More than this is no scanner's or fax's: a file that says 600 x 50 is not believed.
MAX_ANISOTROPY = 4.0
# Gaussian sigma, in the file's pixels across, that gives a 1-bit page the grey edges a
# scanner records before it is stretched (as `preprocess.BILEVEL_SIGMA`).
BILEVEL_SIGMA = 0.6


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


def _file_resolution(img: Image.Image) -> tuple[float, float] | None:
    """The resolution across and down the pixels as stored, as the file states it."""
    dpi = img.info.get("dpi")
    if not dpi:
        return None
    try:
        across = float(dpi[0])
        down = float(dpi[1]) if len(dpi) > 1 else across
    except (TypeError, ValueError, IndexError):
        return None
    return (across, down) if across > 0 and down > 0 else None


def _file_dpi(resolution: tuple[float, float] | None) -> float | None:
    """The resolution of the square pixels the loader returns: the finer of the two axes
    (the coarser one is stretched to it, `_square_pixels`)."""
    if resolution is None:
        return None
    value = max(resolution)
    # Many writers store 72 or 96 without meaning it; only trust scanner-like values.
    return value if 100 <= value <= 1200 and round(value) not in (72, 96) else None


def _anisotropy(resolution: tuple[float, float] | None) -> float:
    """Finer over coarser resolution when the pixels are not square (a fax: 2.08), else 1."""
    if resolution is None:
        return 1.0
    ratio = max(resolution) / min(resolution)
    return ratio if 1 + SQUARE_TOLERANCE < ratio <= MAX_ANISOTROPY else 1.0


def _upright(img: Image.Image) -> tuple[Image.Image, bool]:
    """The picture turned as its EXIF Orientation says (a phone stores the sensor's pixels
    and only tags how to show them), and whether it was turned a quarter."""
    try:
        orientation = int(img.getexif().get(0x0112, 1))
    except (TypeError, ValueError, SyntaxError, struct.error):
        return img, False  # an EXIF block that does not parse: the pixels as stored
    if orientation <= 1 or orientation > 8:
        return img, False
    turned = ImageOps.exif_transpose(img)
    return (turned if turned is not None else img), orientation in _QUARTER_TURNED


def _square_pixels(img: Image.Image, resolution: tuple[float, float]) -> Image.Image:
    """Stretch the coarser axis to the finer one's resolution (a standard-mode fax is 98
    lines an inch down, 204 dots across: read as is, its letters are half their height).

    A 1-bit page is softened first, in its own pixels, so the stretch interpolates the grey
    edges a scanner would record rather than repeating each line's jagged steps."""
    across, down = resolution
    if img.mode == "1":
        pixels = np.asarray(img.convert("L"), dtype=np.uint8)
        pixels = np.asarray(cv2.GaussianBlur(pixels, (0, 0), BILEVEL_SIGMA), dtype=np.uint8)
    elif img.mode in _SINGLE_CHANNEL or img.mode == "L":
        pixels = np.asarray(img.convert("L"), dtype=np.uint8)
    else:
        pixels = np.asarray(_flatten(img), dtype=np.uint8)  # RGB on white
    height, width = pixels.shape[:2]
    if across > down:
        size = (width, round(height * across / down))
    else:
        size = (round(width * down / across), height)
    # Never past the loader's budget: the finer axis shrinks with it then.
    if size[0] * size[1] > WORK_PIXELS:
        factor = (WORK_PIXELS / (size[0] * size[1])) ** 0.5
        size = (max(1, int(size[0] * factor)), max(1, int(size[1] * factor)))
    out = cv2.resize(pixels, size, interpolation=cv2.INTER_CUBIC)
    return Image.fromarray(np.asarray(out, dtype=np.uint8))


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
                stored = img.size  # before libjpeg's reduced-scale decoding
                resolution = _file_resolution(img)
                if detected.format is ImageFormat.JPEG:
                    _jpeg_draft(img)
                img.load()
                decoded, quarter = _upright(img)
                if quarter:
                    stored = (stored[1], stored[0])
                    if resolution is not None:
                        resolution = (resolution[1], resolution[0])
                if resolution is not None and _anisotropy(resolution) != 1.0:
                    decoded = _square_pixels(decoded, resolution)
                rgb = _flatten(_shrink(decoded))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise CertificateRejected(RejectCode.TOO_MANY_PIXELS, str(exc)) from exc
    except (OSError, ValueError, SyntaxError, struct.error, EOFError) as exc:
        raise CertificateRejected(RejectCode.UNREADABLE, f"decode: {exc}") from exc
    dpi = _file_dpi(resolution)
    if dpi is not None and resolution is not None:
        # The file's resolution described the pixels it stored; the page is as many inches
        # across whatever was decoded, turned, stretched or shrunk since.
        # (Multiplied in this order, a page not resized keeps its stated value exactly:
        # thresholds such as `preprocess.LOWRES_DPI` compare with it.)
        dpi = resolution[0] * rgb.width / stored[0]
    return LoadedImage(rgb, detected, dpi)


def _flatten(img: Image.Image) -> Image.Image:
    """RGB on white: a transparent PNG would otherwise turn black where it is clear."""
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img if img.mode == "RGB" else img.convert("RGB")
