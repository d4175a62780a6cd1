"""A certificate page as drawing operations in millimetres on A4, and its two renderings: a
Pillow raster at any dpi and a PDF written by hand (no PDF library): CIDFontType2 fonts with
Identity-H glyph codes, subset by fontTools keeping glyph ids, with or without a ToUnicode map.
"""

from __future__ import annotations

import io
import math
import random
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

from fontTools import subset as ft_subset  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from PIL import Image, ImageDraw, ImageFont

from .fonts import BY_NAME, Face
from .values import SUBTITLES, Record

A4 = (210.0, 297.0)
PT = 25.4 / 72  # millimetres per point


@dataclass
class Text:
    x: float  # mm, left of the baseline
    y: float  # mm from the top, the baseline
    size: float  # pt
    text: str
    bold: bool = False
    red: bool = False


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.3  # mm


@dataclass
class Page:
    face: Face
    texts: list[Text] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    seal: tuple[float, float, float, str] | None = None  # x, y (centre, mm), side mm, office


@lru_cache(maxsize=64)
def _pil_font(path: str, index: int, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, px, index=index)


def text_width(face: Face, text: str, size: float, bold: bool = False) -> float:
    """Width in mm of ``text`` at ``size`` pt."""
    font = _pil_font(face.path(bold), face.index, 200)
    return font.getlength(text) / 200 * size * PT


def _spread(label: str, width: float) -> list[tuple[float, str]]:
    """Offsets (fractions of ``width``) of a label's characters justified to one width."""
    chars = [c for c in label if c != " "]
    if len(chars) == 1:
        return [(0.0, chars[0])]
    return [(i / (len(chars) - 1), c) for i, c in enumerate(chars)]


def _wrap(face: Face, text: str, size: float, width: float) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = f"{cur} {w}" if cur else w
        if cur and text_width(face, cand, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    lines.append(cur)
    return lines


def _date(iso: str, tight: bool) -> str:
    y, m, d = iso.split("-")
    return f"{y}년 {m}월 {d}일" if tight else f"{y} 년 {m} 월 {d} 일"


def build_page(
    rec: Record, face: Face, layout: str, rng: random.Random
) -> tuple[Page, dict[str, str]]:
    """The page's operations and what else it prints (rows as printed)."""
    page = Page(face)
    f = rec.fields
    legacy = layout == "legacy"
    size = rng.choice((10.5, 11.0, 11.5)) if not legacy else rng.choice((11.0, 12.0))
    left, lab_w, val_x, right = 24.0, 31.0, 64.0, 186.0
    tx = page.texts
    tx.append(Text(left, 20, 8.5, f"발급번호 : {rec.printed['issue_no']}"))
    if legacy:
        page.lines += [
            Line(14, 12, 196, 12, 0.8),
            Line(14, 285, 196, 285, 0.8),
            Line(14, 12, 14, 285, 0.8),
            Line(196, 12, 196, 285, 0.8),
            Line(16, 14, 194, 14, 0.2),
            Line(16, 283, 194, 283, 0.2),
            Line(16, 14, 16, 283, 0.2),
            Line(194, 14, 194, 283, 0.2),
        ]
    title = "사 업 자 등 록 증"
    tsize = 24 if not legacy else 26
    tx.append(Text((A4[0] - text_width(face, title, tsize, True)) / 2, 42, tsize, title, True))
    sub = f"( {SUBTITLES[rec.form]} )" if rng.random() < 0.6 else f"({SUBTITLES[rec.form]})"
    tx.append(Text((A4[0] - text_width(face, sub, 12)) / 2, 52, 12, sub))
    reg = f"등록번호 : {f['reg_no']}"
    tx.append(Text((A4[0] - text_width(face, reg, 13, True)) / 2, 64, 13, reg, True))
    y = 80.0
    step = size * PT * 2.1
    tight_dates = legacy or rng.random() < 0.3

    def label(text: str, yy: float, x: float = left, w: float = lab_w) -> None:
        for frac, ch in _spread(text, w - text_width(face, "가", size)):
            tx.append(Text(x + frac * (w - text_width(face, "가", size)), yy, size, ch))
        if not legacy:
            tx.append(Text(x + w + 1.5, yy, size, ":"))

    def value(text: str, yy: float, x: float = val_x, w: float = right - val_x) -> float:
        lines = _wrap(face, text, size, w)
        for i, ln in enumerate(lines):
            tx.append(Text(x, yy + i * size * PT * 1.35, size, ln))
        return (len(lines) - 1) * size * PT * 1.35

    def rule(yy: float) -> None:
        if legacy:
            page.lines.append(Line(left - 4, yy, right + 4, yy, 0.25))

    corp = rec.corporate
    rows: list[tuple[str, str]] = [("법인명(단체명)" if corp else "상호", f["trade_name"])]
    for lab, val in rows:
        rule(y - step * 0.72)
        label(lab, y)
        y += value(val, y) + step
    rule(y - step * 0.72)
    if corp:
        label("대표자", y)
        value(f["representative"], y)
        y += step
        rule(y - step * 0.72)
        label("개업연월일", y)
        value(_date(f["open_date"], tight_dates), y, val_x, 52)
        label("법인등록번호", y, 118, 27)
        value(f["corp_reg_no"], y, 150, 40)
        y += step
    else:
        label("성명", y)
        value(f["representative"], y, val_x, 52)
        label("생년월일", y, 118, 22)
        value(_date(f["birth_date"], tight_dates), y, 145, 45)
        y += step
        rule(y - step * 0.72)
        label("개업연월일", y)
        value(_date(f["open_date"], tight_dates), y)
        y += step
    rule(y - step * 0.72)
    label("사업장소재지", y)
    y += value(f["address"], y) + step
    if corp:
        rule(y - step * 0.72)
        label("본점소재지", y)
        y += value(f["hq_address"], y) + step
    rule(y - step * 0.72)
    label("사업의종류", y)
    for i, (kind, item) in enumerate(rec.trades):
        words = i == 0 or not legacy
        if words:
            tx.append(Text(val_x, y, size, "업태"))
            tx.append(Text(val_x + 54, y, size, "종목"))
        h1 = value(kind, y, val_x + 12, 40)
        h2 = value(item, y, val_x + 66, right - val_x - 62)
        y += max(h1, h2) + step
    rule(y - step * 0.72)
    label("발급사유", y)
    value(rec.printed["reason"], y)
    y += step
    if not corp:
        rule(y - step * 0.72)
        label("공동사업자", y)
        if rec.printed["partners"]:
            value(rec.printed["partners"], y)
        y += step
    rule(y - step * 0.72)
    tx.append(Text(left, y, size * 0.92, "사업자 단위 과세 적용사업자 여부 :  여(   )  부( V )"))
    y += step
    if not legacy:
        tx.append(
            Text(left, y, size * 0.92, f"전자세금계산서 전용 전자우편주소 : {rec.printed['email']}")
        )
        y += step
    y = max(y + 12, 236.0)
    issued = _date(f["issue_date"], tight_dates or rng.random() < 0.3)
    tx.append(Text((A4[0] - text_width(face, issued, 13)) / 2, y, 13, issued))
    office = f"{f['tax_office']}장"
    osize = 18
    ow = text_width(face, office, osize, True)
    ox = (A4[0] - ow) / 2
    tx.append(Text(ox, y + 18, osize, office, True))
    side = 19.0
    page.seal = (
        ox + ow - 3 + rng.uniform(-2, 4),
        y + 13 + rng.uniform(-2, 2),
        side,
        f["tax_office"],
    )
    foot = "국세청 홈택스(www.hometax.go.kr)에서 발급된 문서입니다." if not legacy else "국세청"
    tx.append(Text(left, 278 if legacy else 284, 8, foot))
    return page, {"rows": " / ".join(f"{a} | {b}" for a, b in rec.trades)}


# ---- raster -------------------------------------------------------------------------------


def _seal_image(office: str, side_px: int, face: Face, rng: random.Random) -> Image.Image:
    img = Image.new("RGBA", (side_px, side_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 35, 40, 215)
    w = max(3, side_px // 22)
    d.rectangle((w, w, side_px - w, side_px - w), outline=red, width=w)
    chars = list(office + "장인")
    cols = math.ceil(len(chars) / 3)
    font = _pil_font(face.path(True), face.index, int(side_px * 0.8 / 3))
    cw = (side_px - 4 * w) / cols
    for i, ch in enumerate(chars):
        col, row = divmod(i, 3)
        x = side_px - 2 * w - (col + 0.5) * cw
        d.text(
            (x, 2 * w + (row + 0.5) * (side_px - 4 * w) / 3), ch, font=font, fill=red, anchor="mm"
        )
    for _ in range(18):  # where the ink did not take
        x, y = rng.randrange(side_px), rng.randrange(side_px)
        d.ellipse((x, y, x + rng.randint(2, 6), y + rng.randint(2, 6)), fill=(0, 0, 0, 0))
    return img.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC)


def rasterise(page: Page, dpi: int, rng: random.Random, ink: int = 20) -> Image.Image:
    """The page drawn at ``dpi`` as an RGB image (white paper, the seal multiplied in red)."""
    k = dpi / 25.4
    img = Image.new("RGB", (round(A4[0] * k), round(A4[1] * k)), "white")
    d = ImageDraw.Draw(img)
    for ln in page.lines:
        d.line(
            (ln.x1 * k, ln.y1 * k, ln.x2 * k, ln.y2 * k),
            fill=(ink,) * 3,
            width=max(1, round(ln.width * k)),
        )
    for t in page.texts:
        font = _pil_font(page.face.path(t.bold), page.face.index, max(6, round(t.size * PT * k)))
        d.text((t.x * k, t.y * k), t.text, font=font, fill=(ink,) * 3, anchor="ls")
    if page.seal:
        x, y, side, office = page.seal
        s = _seal_image(office, round(side * k), page.face, rng)
        img.paste(s, (round(x * k - s.width / 2), round(y * k - s.height / 2)), s)
    return img


# ---- PDF ----------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _ttfont(path: str) -> TTFont:
    return TTFont(path)


def _embed(path: str, gids: list[int], unicode_map: bool) -> tuple[bytes, dict[int, int], int]:
    """A subset keeping glyph ids (CID = GID), its advance widths and units per em. Without a
    ToUnicode map the subset also loses its cmap and glyph names, as some producers' do."""
    font = TTFont(path, recalcTimestamp=False)
    opts = ft_subset.Options()
    opts.retain_gids = True
    opts.notdef_outline = True
    opts.glyph_names = unicode_map
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "DSIG", "FFTM"]
    sub = ft_subset.Subsetter(opts)
    sub.populate(gids=gids)
    sub.subset(font)
    if not unicode_map:
        del font["cmap"]
        font["post"].formatType = 3.0
    buf = io.BytesIO()
    font.save(buf)
    upem = font["head"].unitsPerEm
    hmtx = font["hmtx"].metrics
    order = font.getGlyphOrder()
    widths = {g: hmtx[order[g]][0] for g in gids}
    return buf.getvalue(), widths, upem


def write_pdf(page: Page, unicode_map: bool, title: str) -> bytes:
    """The page as a one-page PDF written by hand: fixed dates, no /ID, Flate streams."""
    face = page.face
    k = 72 / 25.4
    used: dict[bool, set[int]] = {False: {0}, True: {0}}
    chars: dict[bool, dict[int, str]] = {False: {}, True: {}}
    codes: list[tuple[Text, str]] = []
    for t in page.texts:
        tt = _ttfont(face.path(t.bold))
        cmap = tt.getBestCmap()
        gids = [tt.getGlyphID(cmap[ord(c)]) for c in t.text]
        used[t.bold].update(gids)
        for g, c in zip(gids, t.text, strict=True):
            chars[t.bold].setdefault(g, c)
        codes.append((t, "".join(f"{g:04X}" for g in gids)))
    ops = ["q"]
    for ln in page.lines:
        ops.append(
            f"{ln.width * k:.2f} w {ln.x1 * k:.2f} {(A4[1] - ln.y1) * k:.2f} m "
            f"{ln.x2 * k:.2f} {(A4[1] - ln.y2) * k:.2f} l S"
        )
    if page.seal:
        x, y, side, _ = page.seal
        ops.append(
            f"0.80 0.14 0.16 RG {side * k / 12:.2f} w {(x - side / 2) * k:.2f} "
            f"{(A4[1] - y - side / 2) * k:.2f} {side * k:.2f} {side * k:.2f} re S 0 G"
        )
    for t, hexs in codes:
        name = "F2" if t.bold else "F1"
        at = f"{t.x * k:.2f} {(A4[1] - t.y) * k:.2f}"
        ops.append(f"BT /{name} {t.size:.2f} Tf 1 0 0 1 {at} Tm <{hexs}> Tj ET")
    ops.append("Q")
    content = zlib.compress("\n".join(ops).encode("ascii"), 9)

    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(extra: str, data: bytes) -> bytes:
        return f"<< {extra} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"

    font_refs = {}
    for bold in (False, True):
        path = face.path(bold)
        data, widths, upem = _embed(path, sorted(used[bold]), unicode_map)
        ff = add(stream(f"/Filter /FlateDecode /Length1 {len(data)}", zlib.compress(data, 9)))
        base = f"ABCDE{'B' if bold else 'R'}+{face.name}{'-Bold' if bold else ''}"
        desc = add(
            f"<< /Type /FontDescriptor /FontName /{base} /Flags 4 /FontBBox [0 -200 1000 900] "
            f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 "
            f"/FontFile2 {ff} 0 R >>".encode()
        )
        w = " ".join(f"{g} [{round(widths[g] * 1000 / upem)}]" for g in sorted(widths))
        cid = add(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo "
            f"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
            f"{desc} 0 R /DW 1000 /W [{w}] /CIDToGIDMap /Identity >>".encode()
        )
        extra = ""
        if unicode_map:
            lines = [f"<{g:04X}> <{ord(c):04X}>" for g, c in sorted(chars[bold].items())]
            cm = (
                "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo "
                "<< /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName "
                "/Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> "
                f"endcodespacerange\n{len(lines)} beginbfchar\n"
                + "\n".join(lines)
                + "\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end"
            )
            tu = add(stream("/Filter /FlateDecode", zlib.compress(cm.encode(), 9)))
            extra = f" /ToUnicode {tu} 0 R"
        font_refs[bold] = add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding "
            f"/Identity-H /DescendantFonts [{cid} 0 R]{extra} >>".encode()
        )
    cont = add(stream("/Filter /FlateDecode", content))
    pages_no = len(objs) + 2
    page_no = add(
        f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595.28 841.89] "
        f"/Resources << /Font << /F1 {font_refs[False]} 0 R /F2 {font_refs[True]} 0 R >> >> "
        f"/Contents {cont} 0 R >>".encode()
    )
    add(f"<< /Type /Pages /Kids [{page_no} 0 R] /Count 1 >>".encode())
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    info = add(
        f"<< /Title <FEFF{title.encode('utf-16-be').hex().upper()}> /Producer "
        f"(NTS eDocs Writer 3.1) /CreationDate (D:20261201093000+09'00') >>".encode()
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    trailer = f"<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def face_named(name: str) -> Face:
    return BY_NAME[name]
