"""A small PDF writer of its own (not fpdf2, which set 5 used): CID-keyed TrueType fonts
(Type0 / CIDFontType2, Identity-H, 2-byte glyph ids) and ``Tc`` character spacing for the
justified labels, so a spread label is one text object with no space characters.

``to_unicode=False`` writes the fonts without a ToUnicode map and with their glyphs renumbered
and their cmap table dropped: the page looks the same, but no text can be extracted from it
(a reader gets codes, not words) and must read the picture. Fixed /Info dates, no /ID.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field

from fontTools import subset  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from PIL import Image

from .fonts import FontFile
from .page import PAGE_H, PAGE_W, Line, Op, Seal, Text
from .raster import seal_image

PT = 72 / 25.4
CREATED = "D:20261207091500+09'00'"


@dataclass
class _Doc:
    objects: list[bytes] = field(default_factory=list)

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def reserve(self) -> int:
        return self.add(b"")

    def set(self, number: int, body: bytes) -> None:
        self.objects[number - 1] = body

    def stream(self, data: bytes, extra: str = "", compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data, 9)
            extra += " /Filter /FlateDecode"
        head = f"<< /Length {len(data)}{extra} >>\nstream\n".encode()
        return self.add(head + data + b"\nendstream")

    def output(self, root: int, info: int) -> bytes:
        out = io.BytesIO()
        out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(out.tell())
            out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
        xref = out.tell()
        out.write(f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode())
        for offset in offsets:
            out.write(f"{offset:010d} 00000 n \n".encode())
        size = len(self.objects) + 1
        out.write(f"trailer\n<< /Size {size} /Root {root} 0 R /Info {info} 0 R >>\n"
                  f"startxref\n{xref}\n%%EOF\n".encode())  # fmt: skip
        return out.getvalue()


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


@dataclass
class _Font:
    resource: str
    gids: dict[str, int]  # character -> glyph id written in the content stream


def _embed_font(
    doc: _Doc, font: FontFile, chars: str, resource: str, to_unicode: bool, tag: str
) -> _Font:
    tt = TTFont(str(font.path), fontNumber=font.index, recalcTimestamp=False)
    cmap = tt.getBestCmap()
    options = subset.Options()
    options.retain_gids = to_unicode
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    options.drop_tables += ["FFTM"]
    options.hinting = True
    subsetter = subset.Subsetter(options)
    unique = sorted(set(chars))
    subsetter.populate(unicodes=[ord(c) for c in unique])
    subsetter.subset(tt)
    gids = {c: tt.getGlyphID(cmap[ord(c)]) for c in unique if ord(c) in cmap}
    if not to_unicode:
        del tt["cmap"]
    upem = tt["head"].unitsPerEm
    widths = " ".join(
        f"{gid} [{round(tt['hmtx'][tt.getGlyphName(gid)][0] * 1000 / upem)}]"
        for gid in sorted(set(gids.values()))
    )
    buffer = io.BytesIO()
    tt.save(buffer)
    tt.close()
    data = buffer.getvalue()
    file_obj = doc.stream(data, f" /Length1 {len(data)}")
    base = f"{tag}+" + tt["name"].getDebugName(6).replace(" ", "")
    head = tt["head"]
    bbox = (
        "["
        + " ".join(str(v * 1000 // upem) for v in (head.xMin, head.yMin, head.xMax, head.yMax))
        + "]"
    )
    descriptor = doc.add(
        f"<< /Type /FontDescriptor /FontName /{base} /Flags 4 /FontBBox {bbox} /ItalicAngle 0 "
        f"/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 {file_obj} 0 R >>".encode()
    )
    cid = doc.add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << /Registry "
        f"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R "
        f"/DW 1000 /W [{widths}] /CIDToGIDMap /Identity >>".encode()
    )
    extra = ""
    if to_unicode:
        pairs = "\n".join(f"<{gid:04X}> <{ord(c):04X}>" for c, gid in sorted(gids.items()))
        cmap_text = (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{len(gids)} beginbfchar\n{pairs}\nendbfchar\n"
            "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        )
        extra = f" /ToUnicode {doc.stream(cmap_text.encode())} 0 R"
    doc.add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
        f"/DescendantFonts [{cid} 0 R]{extra} >>".encode()
    )
    return _Font(resource, gids)


def _info(doc: _Doc, title: str) -> int:
    return doc.add(
        f"<< /Title {_pdf_string(title)} /Producer (blind_certs6 pdfwrite) "
        f"/CreationDate ({CREATED}) /ModDate ({CREATED}) >>".encode("latin-1", "replace")
    )


def text_pdf(ops: list[Op], *, to_unicode: bool, title: str = "certificate") -> bytes:
    """The page as a one-page PDF with a text layer (or, without ToUnicode, an unreadable one)."""
    doc = _Doc()
    used: dict[FontFile, str] = {}
    for op in ops:
        if isinstance(op, Text):
            used[op.font] = used.get(op.font, "") + op.text
    fonts: dict[FontFile, _Font] = {}
    for k, (font, chars) in enumerate(used.items()):
        tag = "".join(chr(65 + (ord(c) * 7 + k * 3 + i) % 26) for i, c in enumerate("BLINDS"))
        fonts[font] = _embed_font(doc, font, chars, f"F{k + 1}", to_unicode, tag)
    font_objects = {}
    number = 0
    for k, body in enumerate(doc.objects, start=1):
        if body.startswith(b"<< /Type /Font /Subtype /Type0"):
            number += 1
            font_objects[f"F{number}"] = k
    content: list[str] = []
    images: dict[str, int] = {}
    for op in ops:
        if isinstance(op, Text):
            f = fonts[op.font]
            codes = "".join(f"{f.gids.get(c, 0):04X}" for c in op.text)
            x, y = op.x * PT, (PAGE_H - op.y) * PT
            content.append(f"BT /{f.resource} {op.size:g} Tf {op.spread * PT:.3f} Tc "
                           f"1 0 0 1 {x:.2f} {y:.2f} Tm <{codes}> Tj ET")  # fmt: skip
        elif isinstance(op, Line):
            content.append(f"{op.width * PT:.2f} w {op.x1 * PT:.2f} {(PAGE_H - op.y1) * PT:.2f} m "
                           f"{op.x2 * PT:.2f} {(PAGE_H - op.y2) * PT:.2f} l S")  # fmt: skip
    for op in ops:
        if isinstance(op, Seal):
            stamp = seal_image(op, 300)
            rgb = stamp.convert("RGB").tobytes()
            alpha = stamp.getchannel("A").tobytes()
            size = f"/Width {stamp.width} /Height {stamp.height}"
            mask = doc.stream(alpha, f" /Type /XObject /Subtype /Image {size} "
                              "/ColorSpace /DeviceGray /BitsPerComponent 8")  # fmt: skip
            image = doc.stream(rgb, f" /Type /XObject /Subtype /Image /Width {stamp.width} "
                               f"/Height {stamp.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 "
                               f"/SMask {mask} 0 R")  # fmt: skip
            name = f"Im{len(images) + 1}"
            images[name] = image
            w, h = stamp.width / 300 * 72, stamp.height / 300 * 72
            x, y = op.x * PT - w / 2, (PAGE_H - op.y) * PT - h / 2
            content.append(f"q /GS1 gs {w:.2f} 0 0 {h:.2f} {x:.2f} {y:.2f} cm /{name} Do Q")
    stream = doc.stream(("0 g 0 G\n" + "\n".join(content) + "\n").encode())
    gstate = doc.add(b"<< /Type /ExtGState /BM /Multiply >>")
    font_res = " ".join(f"/{name} {obj} 0 R" for name, obj in font_objects.items())
    image_res = " ".join(f"/{name} {obj} 0 R" for name, obj in images.items())
    pages = doc.reserve()
    page = doc.add(
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {PAGE_W * PT:.2f} {PAGE_H * PT:.2f}] "
        f"/Resources << /Font << {font_res} >> /XObject << {image_res} >> "
        f"/ExtGState << /GS1 {gstate} 0 R >> >> /Contents {stream} 0 R >>".encode()
    )
    doc.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode())
    root = doc.add(f"<< /Type /Catalog /Pages {pages} 0 R >>".encode())
    return doc.output(root, _info(doc, title))


def image_pdf(image: Image.Image, dpi: int, quality: int, title: str = "scan") -> bytes:
    """A copier's "scan to PDF": one CMYK JPEG (Adobe-inverted, as Photoshop and copiers
    write it, hence ``/Decode [1 0 1 0 1 0 1 0]``) filling a page of the image's size."""
    buffer = io.BytesIO()
    image.convert("CMYK").save(buffer, "JPEG", quality=quality, dpi=(dpi, dpi))
    data = buffer.getvalue()
    doc = _Doc()
    xobject = doc.stream(data, f" /Type /XObject /Subtype /Image /Width {image.width} /Height "
                         f"{image.height} /ColorSpace /DeviceCMYK /BitsPerComponent 8 "
                         "/Decode [1 0 1 0 1 0 1 0] /Filter /DCTDecode",
                         compress=False)  # fmt: skip
    w, h = image.width / dpi * 72, image.height / dpi * 72
    stream = doc.stream(f"q {w:.2f} 0 0 {h:.2f} 0 0 cm /Im1 Do Q\n".encode())
    pages = doc.reserve()
    page = doc.add(
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {w:.2f} {h:.2f}] /Resources "
        f"<< /XObject << /Im1 {xobject} 0 R >> >> /Contents {stream} 0 R >>".encode()
    )
    doc.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode())
    root = doc.add(f"<< /Type /Catalog /Pages {pages} 0 R >>".encode())
    return doc.output(root, _info(doc, title))
