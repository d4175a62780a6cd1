"""Where a PDF page's objects are drawn, in the page's own space, and what a scan hides.

Producers nest content in Form XObjects: a browser's "print to PDF" draws the whole page as
one form scaled to fit the paper, a scanner's software may wrap its image and OCR text in
one. pdfium gives a nested object's bounds in its form's space, so each enclosing form's
matrix is applied here; letters (pdfium's text page) are already in page space.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# Opaque pictures covering this share of the page together are a scan of it (a searchable
# PDF's image, whole or cut in strips as MRC and striped scans store it).
SCAN_COVER = 0.6
# Levels of nested forms looked into (a fitted page in a form in a form is already rare).
MAX_DEPTH = 4

Bounds = tuple[float, float, float, float]  # left, bottom, right, top in page space


def address(obj: pdfium_c.FPDF_PAGEOBJECT) -> int:
    """An object's identity, the same for pdfium's text page and its object tree."""
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


def page_bounds(obj: pdfium.PdfObject) -> Bounds:
    """The object's bounds on the page, its enclosing forms' matrices applied."""
    left, bottom, right, top = obj.get_bounds()
    container = obj.container
    if container is None:
        return left, bottom, right, top
    corners = [(left, bottom), (left, top), (right, bottom), (right, top)]
    while container is not None:
        matrix = container.get_matrix()
        corners = [matrix.on_point(x, y) for x, y in corners]
        container = container.container
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return min(xs), min(ys), max(xs), max(ys)


def drawn(page: pdfium.PdfPage, types: list[int] | None = None) -> Iterator[pdfium.PdfObject]:
    """The page's objects in drawing order, the contents of its forms in their place."""
    yield from page.get_objects(filter=types, max_depth=MAX_DEPTH)


def scanned(page: pdfium.PdfPage) -> tuple[bool, frozenset[int]]:
    """Whether opaque raster images cover most of the page (it is a scan), and the text
    objects drawn before the image that completes the cover: the picture hides them (a
    scanner may put its OCR text there)."""
    width, height = page.get_size()
    before: list[int] = []
    covered = 0.0
    for obj in drawn(page, [pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            before.append(address(obj.raw))
            continue
        # A see-through picture (a "사본" mark laid over a digital page) hides nothing.
        if pdfium_c.FPDFPageObj_HasTransparency(obj.raw):
            continue
        left, bottom, right, top = page_bounds(obj)
        if right > left and top > bottom:
            covered += max(0.0, min(right, width) - max(left, 0)) * max(
                0.0, min(top, height) - max(bottom, 0)
            )
        if covered >= SCAN_COVER * width * height:
            return True, frozenset(before)
    return False, frozenset()
