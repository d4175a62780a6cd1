"""PDFs: a Page with a real text layer (as 홈택스 saves it), or a scan wrapped without one."""

from __future__ import annotations

import datetime as dt
import io

from fpdf import FPDF
from PIL import Image

from .fonts import BY_NAME
from .page import HEIGHT_MM, WIDTH_MM, Line, Page, Picture, Text

# Fixed, so that the same certificate gives the same bytes.
CREATED = dt.datetime(2026, 12, 7, 9, 0, 0, tzinfo=dt.UTC)


def _document() -> FPDF:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_producer("blind_certs4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margin(0)
    return pdf


def digital(page: Page) -> bytes:
    pdf = _document()
    pdf.add_page()
    faces = {page.face} | {op.face for op in page.ops if isinstance(op, Text) and op.face}
    for name in sorted(faces):
        face = BY_NAME[name]
        for style, bold in (("", False), ("B", True)):
            pdf.add_font(name, style, str(face.path(bold)), collection_font_number=face.index)
    for op in page.ops:
        if isinstance(op, Text):
            pdf.set_font(op.face or page.face, "B" if op.bold else "", op.size)
            pdf.set_text_color(*op.color)
            pdf.text(op.x, op.y, op.text)
        elif isinstance(op, Line):
            pdf.set_draw_color(*op.color)
            pdf.set_line_width(op.width)
            pdf.polyline(list(op.points))
        elif isinstance(op, Picture):
            pdf.image(op.image, x=op.x, y=op.y, w=op.w, h=op.h)
    return bytes(pdf.output())


def image_only(image: Image.Image, quality: int) -> bytes:
    """A scanner's PDF: one JPEG per page filling an A4 (or landscape A4) page, no text."""
    landscape = image.width > image.height
    pdf = FPDF(orientation="L" if landscape else "P", unit="mm", format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_producer("blind_certs4 scanner")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    buf = io.BytesIO()
    image.convert("RGB" if image.mode != "L" else "L").save(buf, "JPEG", quality=quality)
    w, h = (HEIGHT_MM, WIDTH_MM) if landscape else (WIDTH_MM, HEIGHT_MM)
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=w, h=h)
    return bytes(pdf.output())
