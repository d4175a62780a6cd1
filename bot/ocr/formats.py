"""Cheap checks of an upload before anything decodes it: magic bytes, size, pixel count, shape.

The transport calls `check_upload` before queueing OCR, so a Slack login page saved as
`.png` (missing `files:read` scope) or a decompression bomb is refused at once. Pillow
reads the dimensions from the file header (`Image.open` is lazy): nothing here allocates
pixel buffers. `sniff` is the one table of file signatures (Slack downloads use it too).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image

from bot.ocr.errors import CertificateRejected
from bot.ocr.messages import RejectCode

MAX_BYTES = 10 * 1024 * 1024
# Pixels a file may declare. PNG and TIFF are decoded whole: 40 MP covers a 600 dpi A4 scan
# (35 MP). JPEG is decoded at 1/2, 1/4 or 1/8 scale by libjpeg itself (`loading.py`), so a
# 48–64 MP phone photo costs what a 12–16 MP one does; 64 MP is the largest common sensor
# output (Samsung/Xiaomi 50 and 64 MP; 108/200 MP modes exceed 10 MB anyway).
MAX_PIXELS = 40_000_000
MAX_JPEG_PIXELS = 64_000_000
# What a PNG or TIFF may cost to decode and flatten, as Pillow stores it: grey and bilevel
# 1 byte a pixel, 16-bit grey 2, colour 4 (RGB is padded), and twice that with an alpha
# channel (flattening and resizing it copy the image once more): 40 MP of grey, 32 MP of
# colour, 16 MP with transparency. Peak memory stays well under the 500 MB a worker may use.
MAX_DECODED_BYTES = 128 * 1024 * 1024
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "I;16": 2, "I;16B": 2, "I;16L": 2, "RGBA": 8, "LA": 8, "PA": 8}
MIN_SIDE = 300
# A certificate is A4 (1.41:1); a phone photo of it or a screenshot is at most about 2.2:1.
# Beyond 4:1 the page would be a strip a few letters wide once scaled: not a certificate,
# and the shape the scaling bomb (a 300 x 133,000 PNG) needs.
MAX_ASPECT = 4.0
# Pages a PDF may have. An issued certificate is one page, some carry an attachment or a
# cover; the reader looks for the certificate in the first few (`text_layer.MAX_PAGES`). A
# file of hundreds of pages is no certificate upload, and a page-count bomb is refused here.
MAX_PDF_PAGES = 10


class ImageFormat(StrEnum):
    PNG = "png"
    JPEG = "jpeg"
    TIFF = "tiff"
    PDF = "pdf"


@dataclass(frozen=True, slots=True)
class DetectedFormat:
    format: ImageFormat
    width: int | None  # None for PDF: its page is rendered at a size we choose
    height: int | None
    pages: int = 1


_SIGNATURES: tuple[tuple[bytes, ImageFormat], ...] = (
    (b"\x89PNG\r\n\x1a\n", ImageFormat.PNG),
    (b"\xff\xd8\xff", ImageFormat.JPEG),
    (b"II*\x00", ImageFormat.TIFF),
    (b"MM\x00*", ImageFormat.TIFF),
)
_PDF_MAGIC = b"%PDF-"


def sniff(data: bytes) -> ImageFormat | None:
    """The format the magic bytes announce, whatever the file is called."""
    for magic, fmt in _SIGNATURES:
        if data.startswith(magic):
            return fmt
    # Some PDF writers put junk before the header; readers accept it within the first 1 KB.
    if _PDF_MAGIC in data[:1024]:
        return ImageFormat.PDF
    return None


def max_pixels(fmt: ImageFormat, mode: str, transparent: bool = False) -> int:
    """The most pixels a file of this format and Pillow mode may declare."""
    if fmt is ImageFormat.JPEG:
        return MAX_JPEG_PIXELS
    per_pixel = 8 if transparent else _BYTES_PER_PIXEL.get(mode, 4)
    return min(MAX_PIXELS, MAX_DECODED_BYTES // per_pixel)


def check_shape(width: float, height: float) -> None:
    """Refuse a page far longer than it is wide (or the reverse)."""
    if min(width, height) <= 0 or max(width, height) / min(width, height) > MAX_ASPECT:
        raise CertificateRejected(RejectCode.BAD_SHAPE, f"{width:.0f}x{height:.0f}")


def _image_size(data: bytes) -> tuple[int, int, str, bool]:
    """Width, height, Pillow mode and transparency from the header; one page only."""
    try:
        with warnings.catch_warnings():
            # The pixel caps below are ours; Pillow's own warning would only duplicate them.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                n_frames = getattr(img, "n_frames", 1)
                if n_frames > 1:
                    raise CertificateRejected(RejectCode.MULTI_PAGE_TIFF, f"{n_frames} frames")
                width, height = img.size
                transparent = "transparency" in img.info
                return int(width), int(height), img.mode, transparent
    except Image.DecompressionBombError as exc:
        raise CertificateRejected(RejectCode.TOO_MANY_PIXELS, str(exc)) from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise CertificateRejected(RejectCode.UNREADABLE, f"header: {exc}") from exc


def pdf_page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = RejectCode.ENCRYPTED_PDF if "password" in str(exc).lower() else RejectCode.UNREADABLE
        raise CertificateRejected(code, f"PDF: {exc}") from exc
    try:
        return len(pdf)
    finally:
        pdf.close()


def check_upload(data: bytes, filename: str | None = None) -> DetectedFormat:
    """Refuse what is not a readable certificate file, cheaply; raise `CertificateRejected`."""
    if not data:
        raise CertificateRejected(RejectCode.EMPTY, filename or "")
    if len(data) > MAX_BYTES:
        raise CertificateRejected(RejectCode.TOO_LARGE, f"{len(data)} bytes")
    fmt = sniff(data)
    if fmt is None:
        raise CertificateRejected(
            RejectCode.NOT_AN_IMAGE, f"{filename or 'upload'} starts with {data[:8]!r}"
        )
    if fmt is ImageFormat.PDF:
        pages = pdf_page_count(data)
        if not 1 <= pages <= MAX_PDF_PAGES:
            code = RejectCode.MULTI_PAGE_PDF if pages > 1 else RejectCode.UNREADABLE
            raise CertificateRejected(code, f"{pages} pages")
        return DetectedFormat(fmt, None, None, pages)
    width, height, mode, transparent = _image_size(data)
    if width * height > max_pixels(fmt, mode, transparent):
        raise CertificateRejected(RejectCode.TOO_MANY_PIXELS, f"{width}x{height}")
    if min(width, height) < MIN_SIDE:
        raise CertificateRejected(RejectCode.TOO_SMALL, f"{width}x{height}")
    check_shape(width, height)
    return DetectedFormat(fmt, width, height)
