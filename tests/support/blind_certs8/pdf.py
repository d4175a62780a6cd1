"""A PDF writer of this set's own (no PDF library): Type0 / CIDFontType2 fonts with
Identity-H glyph-id codes, fontTools subsets that keep glyph ids, a ToUnicode map, Flate
streams, no /ID and a fixed date, so the same page gives the same bytes. How the text is
written is the producer's choice (``style``):

- ``tj``: every line one TJ array drawn glyph by glyph, kerning numbers between all glyphs;
  a justified label's gaps and (on half the lines) the word spaces are kerning, not spaces.
- ``xobject``: the whole page inside a Form XObject, placed with a scale and a shift.
- ``ocrlayer``: the visible text, then an invisible (3 Tr) copy of every line as an OCR
  program put it over the page (stretched with Tz, some lines misread).
- ``shuffled``: each run placed with its own Tm, in an order unrelated to reading order.
- ``plain``: Tj per run (only for rasterising: raster captures never ship this PDF).
"""

from __future__ import annotations

import io
import random
import zlib
from collections.abc import Iterable

from fontTools import subset  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from PIL import Image, ImageDraw, ImageFont

from .fonts import metrics
from .page import PAGE_H, PAGE_W, Page, Run, Seal

MM = 72 / 25.4
STYLES = ("tj", "xobject", "ocrlayer", "shuffled", "plain")
PRODUCERS = {"tj": "DocuPrint Korea PDF Engine 5.2", "xobject": "e-Form Viewer Export 2.7",
             "ocrlayer": "ScanSmart OCR Suite 11.0 (searchable text added)",
             "shuffled": "Minwon Print Service 3.0", "plain": "set8 raster master"}  # fmt: skip
# What an OCR program's hidden layer tends to get wrong on a printed Korean form.
MISREADS = (("0", "O"), ("1", "l"), ("5", "S"), ("층", "총"), ("로", "르"), ("업", "엽"),
            ("호", "효"), ("8", "B"), (" ", ""), ("동", "둥"))  # fmt: skip


def _pt(x: float, y: float) -> tuple[float, float]:
    return x * MM, (PAGE_H - y) * MM


def _num(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".") or "0"


class _Font:
    """One embedded face: the glyphs used, as a Type0 font."""

    def __init__(self, path: str) -> None:
        self.m = metrics(path)
        self.used: set[int] = {0}
        self.uni: dict[int, str] = {}

    def hexes(self, text: str) -> list[str]:
        out = []
        for ch in text:
            g = self.m.gid(ch)
            self.used.add(g)
            self.uni.setdefault(g, ch)
            out.append(f"{g:04X}")
        return out

    def program(self) -> bytes:
        with TTFont(self.m.path, recalcTimestamp=False) as font:
            return self._subset(font)

    def _subset(self, font: TTFont) -> bytes:
        opts = subset.Options()
        opts.retain_gids = True
        opts.notdef_outline = True
        opts.name_IDs = ["*"]
        opts.layout_features = []
        opts.drop_tables += [
            "GSUB",
            "GPOS",
            "GDEF",
            "DSIG",
            "FFTM",
            "TSI0",
            "TSI1",
            "TSI2",
            "TSI3",
            "TSI5",
        ]
        sub = subset.Subsetter(opts)
        sub.populate(gids=sorted(self.used))
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        return buf.getvalue()

    def tounicode(self) -> bytes:
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]  # fmt: skip
        items = sorted(self.uni.items())
        for start in range(0, len(items), 100):
            chunk = items[start : start + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            lines += [f"<{g:04X}> <{ord(c):04X}>" for g, c in chunk]
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines).encode()

    def widths(self) -> str:
        parts = []
        for g in sorted(self.used):
            ch = self.uni.get(g)
            w = self.m.advance(ch) if ch else 500
            parts.append(f"{g} [{round(w)}]")
        return "[" + " ".join(parts) + "]"


def seal_image(seal: Seal, face_path: str, rng: random.Random, dpi: int = 300) -> Image.Image:
    """A red square seal, its characters in columns read right to left, flecked, turned."""
    px = round(seal.size / 25.4 * dpi)
    img = Image.new("L", (px, px), 0)
    d = ImageDraw.Draw(img)
    border = max(3, px // 22)
    d.rectangle((border, border, px - border, px - border), outline=255, width=border)
    chars = list(seal.text)
    cols = 3 if len(chars) > 4 else 2
    rows = -(-len(chars) // cols)
    cell_w = (px - 4 * border) / cols
    cell_h = (px - 4 * border) / rows
    font = ImageFont.truetype(face_path, round(min(cell_w, cell_h) * 0.92))
    for k, ch in enumerate(chars):
        col, row = divmod(k, rows)
        cx = px - 2 * border - (col + 0.5) * cell_w
        cy = 2 * border + (row + 0.5) * cell_h
        d.text((cx, cy), ch, fill=255, font=font, anchor="mm")
    for _ in range(rng.randint(40, 90)):  # where the ink did not take
        x, y, r = rng.uniform(0, px), rng.uniform(0, px), rng.uniform(0.6, 2.4)
        d.ellipse((x - r, y - r, x + r, y + r), fill=0)
    img = img.rotate(seal.angle, resample=Image.Resampling.BICUBIC, expand=False)
    red = Image.new("RGB", img.size, (255, 255, 255))
    red.paste((206, 38, 44), mask=img)
    return red


class _Writer:
    def __init__(self) -> None:
        self.objs: list[bytes] = []

    def add(self, body: bytes) -> int:
        self.objs.append(body)
        return len(self.objs)

    def reserve(self) -> int:
        return self.add(b"")

    def set(self, num: int, body: bytes) -> None:
        self.objs[num - 1] = body

    def stream(self, data: bytes, extra: str = "") -> int:
        z = zlib.compress(data, 9)
        head = f"<< /Length {len(z)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
        return self.add(head + z + b"\nendstream")

    def finish(self, root: int, info: int) -> bytes:
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
        out += (f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R /Info {info} 0 R >>\n"
                f"startxref\n{xref}\n%%EOF\n").encode()  # fmt: skip
        return bytes(out)


def _spread_gap(page: Page, run: Run) -> float:
    """Extra millimetres between the characters of a justified label."""
    chars = run.text.replace(" ", "")
    if run.spread <= 0 or len(chars) < 2:
        return 0.0
    natural = page.width(chars, run.size, run.bold)
    return max(0.0, (run.spread - natural) / (len(chars) - 1))


def _em(mm: float, size: float) -> float:
    """Millimetres as thousandths of the text size (TJ units)."""
    return mm / (size * 25.4 / 72) * 1000


class _Content:
    def __init__(self, page: Page, fonts: dict[bool, _Font], rng: random.Random) -> None:
        self.page, self.fonts, self.rng = page, fonts, rng
        self.ops: list[str] = []

    def _tf(self, run: Run) -> str:
        return f"/F{2 if run.bold else 1} {_num(run.size)} Tf"

    def tj_line(self, run: Run) -> None:
        """One TJ array, glyph by glyph, with kerning numbers between every pair."""
        font = self.fonts[run.bold]
        x, y = _pt(run.x, run.y)
        gap = _spread_gap(self.page, run)
        text = run.text.replace(" ", "") if gap else run.text
        drop_spaces = self.rng.random() < 0.5
        parts: list[str] = []
        for k, ch in enumerate(text):
            if ch == " " and drop_spaces:
                parts.append(_num(-font.m.advance(" ")))
                continue
            parts.append(f"<{font.hexes(ch)[0]}>")
            if k < len(text) - 1:
                kern = -_em(gap, run.size) if gap else self.rng.choice((0, 0, 0, -6, 4, 9, -12))
                if kern:
                    parts.append(_num(kern))
        self.ops.append(
            f"BT {self._tf(run)} 1 0 0 1 {_num(x)} {_num(y)} Tm [{' '.join(parts)}] TJ ET"
        )

    def tj_simple(self, run: Run, mode: int = 0, stretch: float = 100.0) -> None:
        """Tj per run; a justified label one Tj per character moved with Td."""
        font = self.fonts[run.bold]
        x, y = _pt(run.x, run.y)
        gap = _spread_gap(self.page, run)
        head = f"BT {self._tf(run)} {mode} Tr {_num(stretch)} Tz 1 0 0 1 {_num(x)} {_num(y)} Tm "
        if not gap:
            self.ops.append(head + f"<{''.join(font.hexes(run.text))}> Tj ET")
            return
        body = []
        for ch in run.text.replace(" ", ""):
            body.append(f"<{font.hexes(ch)[0]}> Tj")
            step = (font.m.advance(ch) / 1000 * run.size + gap * MM) * stretch / 100
            body.append(f"{_num(step)} 0 Td")
        self.ops.append(head + " ".join(body[:-1]) + " ET")

    def rules(self) -> None:
        for r in self.page.rules:
            (x1, y1), (x2, y2) = _pt(r.x1, r.y1), _pt(r.x2, r.y2)
            self.ops.append(
                f"{_num(r.width * MM)} w {_num(x1)} {_num(y1)} m {_num(x2)} {_num(y2)} l S"
            )

    def seal(self) -> None:
        s = self.page.seal
        if s is None:
            return
        x, y = _pt(s.x - s.size / 2, s.y + s.size / 2)
        w = s.size * MM
        self.ops.append(f"q /GS1 gs {_num(w)} 0 0 {_num(w)} {_num(x)} {_num(y)} cm /Im1 Do Q")


def _misread(text: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in MISREADS if a in text]
    if not options:
        return text
    a, b = rng.choice(options)
    return text.replace(a, b, 1)


def write_pdf(page: Page, style: str, rng: random.Random) -> bytes:
    """The page as a one-page PDF written the way ``style`` says (see the module doc)."""
    fonts = {False: _Font(page.face.regular), True: _Font(page.face.bold)}
    c = _Content(page, fonts, rng)
    runs: Iterable[Run] = page.runs
    c.ops.append("0 0 0 rg 0 0 0 RG")
    c.rules()
    if style == "tj":
        for run in runs:
            c.tj_line(run)
    elif style == "shuffled":
        order = list(page.runs)
        rng.shuffle(order)
        order.sort(key=lambda r: {"value": 0, "small": 1, "label": 2, "title": 3}[r.role])
        for run in order:
            c.tj_simple(run)
    else:
        for run in runs:
            c.tj_simple(run)
    c.seal()
    if style == "ocrlayer":  # a hidden line over each printed line, as an OCR program adds
        for run in page.runs:
            if run.role == "small" and rng.random() < 0.5:
                continue
            text = " ".join(run.text.split()) if not run.spread else run.text.replace(" ", "")
            if run.role in ("value", "label") and rng.random() < 0.35:
                text = _misread(text, rng)
            shown = page.width(run.text, run.size, run.bold) if not run.spread else run.spread
            natural = page.width(text, run.size, run.bold) or 1.0
            hidden = Run(run.x, run.y, text, run.size, run.bold, 0.0, run.role)
            c.tj_simple(hidden, mode=3, stretch=100 * shown / natural)

    w = _Writer()
    catalog, pages, page_obj = w.reserve(), w.reserve(), w.reserve()
    font_refs = {}
    for bold, font in fonts.items():
        program = font.program()
        ff = w.stream(program, f"/Length1 {len(program)} ")
        name = f"{'BCDEFG' if bold else 'ABCDEF'}+{font.m.path.rsplit('/', 1)[-1][:-4]}"
        desc = w.add((f"<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox "
                      f"[-100 {round(font.m.descent)} 1100 {round(font.m.ascent)}] /ItalicAngle 0 "
                      f"/Ascent {round(font.m.ascent)} /Descent {round(font.m.descent)} "
                      f"/CapHeight 700 /StemV 80 /FontFile2 {ff} 0 R >>").encode())  # fmt: skip
        cid = w.add((f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo "
                     f"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
                     f"{desc} 0 R /DW 1000 /W {font.widths()} /CIDToGIDMap /Identity >>"
                     ).encode())  # fmt: skip
        tu = w.stream(font.tounicode())
        font_refs[bold] = w.add((f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding "
                                 f"/Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>"
                                 ).encode())  # fmt: skip
    xobjects = ""
    if page.seal is not None:
        img = seal_image(page.seal, page.face.bold, rng)
        im = w.stream(img.tobytes(), f"/Type /XObject /Subtype /Image /Width {img.width} /Height "
                      f"{img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 ")  # fmt: skip
        xobjects += f"/Im1 {im} 0 R "
    gs = w.add(b"<< /Type /ExtGState /BM /Multiply >>")
    resources = (f"<< /Font << /F1 {font_refs[False]} 0 R /F2 {font_refs[True]} 0 R >> "
                 f"/XObject << {xobjects}>> /ExtGState << /GS1 {gs} 0 R >> >>")  # fmt: skip
    media = f"[0 0 {_num(PAGE_W * MM)} {_num(PAGE_H * MM)}]"
    body = "\n".join(c.ops).encode()
    if style == "xobject":
        form = w.stream(
            body, f"/Type /XObject /Subtype /Form /BBox {media} /Resources {resources} "
        )
        scale = rng.uniform(0.94, 0.99)
        dx = (1 - scale) * PAGE_W * MM / 2 + rng.uniform(-4, 4)
        dy = (1 - scale) * PAGE_H * MM / 2 + rng.uniform(-4, 4)
        outer = f"q {_num(scale)} 0 0 {_num(scale)} {_num(dx)} {_num(dy)} cm /Fm1 Do Q".encode()
        content = w.stream(outer)
        resources = f"<< /XObject << /Fm1 {form} 0 R >> >>"
    else:
        content = w.stream(body)
    w.set(page_obj, (f"<< /Type /Page /Parent {pages} 0 R /MediaBox {media} /Resources "
                     f"{resources} /Contents {content} 0 R >>").encode())  # fmt: skip
    w.set(pages, f"<< /Type /Pages /Kids [{page_obj} 0 R] /Count 1 >>".encode())
    w.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>".encode())
    info = w.add((f"<< /Producer ({PRODUCERS[style]}) /Title (Business Registration Certificate) "
                  "/CreationDate (D:20261201090000+09'00') >>").encode())  # fmt: skip
    return w.finish(catalog, info)
