"""Raster captures of a page: the page's PDF drawn by PDFium (as a viewer or a printer
driver draws it), then handled the way the upload arrived. Each returns the file's bytes,
its extension and the parameters it drew (recorded in the truth)."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .page import PAGE_W, Page

Params = dict[str, Any]


def rasterise(pdf: bytes, dpi: float) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        img: Image.Image = page.render(scale=dpi / 72).to_pil().convert("RGB")
        page.close()
        return img
    finally:
        doc.close()


def _jpeg(img: Image.Image, quality: int, **kw: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _noise(arr: np.ndarray, sigma: float, seed: int) -> np.ndarray:
    gen = np.random.default_rng(seed)
    out = arr.astype(np.float32) + gen.normal(0, sigma, arr.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def _skew(img: Image.Image, degrees: float, fill: tuple[int, ...] | int) -> Image.Image:
    return img.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)


def _font(path: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, px)


UI_FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
UI_BOLD = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"


# ---- phone screenshot of a certificate viewer -------------------------------------------


def phone_viewer(pdf: bytes, rng: random.Random) -> tuple[bytes, str, Params]:
    """A 1080 × 2400 phone screenshot of a document viewer app: status bar, a rounded app
    bar with the file name, the page on a grey (or dark) surround — fitted to the width or
    zoomed so the printed area fills it — a rounded page pill and a bottom tool bar."""
    w, h = 1080, 2400
    dark = rng.random() < 0.35
    zoomed = rng.random() < 0.5
    bg = (32, 33, 36) if dark else (232, 233, 237)
    fg = (235, 235, 235) if dark else (25, 25, 28)
    bar = (45, 46, 50) if dark else (255, 255, 255)
    shot = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(shot)
    top = 96 + 168  # status bar + app bar
    bottom = 190
    # the page: fit width with a margin, or zoomed to the printed area (18–192 mm)
    if zoomed:
        dpi = (w + 30) / ((192 - 18 + 8) / 25.4)
        left_mm = 14.0
    else:
        dpi = (w - 40) / (PAGE_W / 25.4)
        left_mm = 0.0
    page = rasterise(pdf, dpi)
    x0 = -round(left_mm / 25.4 * dpi) if zoomed else 20
    room = h - top - bottom
    y0 = top + max(16, (room - page.height) // 2) if page.height < room else top + 16
    scroll = 0 if page.height <= room - 16 else rng.randint(0, 40)
    shadow = Image.new("RGB", (page.width + 16, page.height + 16), bg)
    ds = ImageDraw.Draw(shadow)
    ds.rectangle(
        (8, 10, page.width + 8, page.height + 10), fill=(0, 0, 0) if dark else (190, 190, 196)
    )
    shot.paste(shadow.filter(ImageFilter.GaussianBlur(6)), (x0 - 8, y0 - 8 - scroll))
    shot.paste(page, (x0, y0 - scroll))
    # status bar
    d.rectangle((0, 0, w, 96), fill=bar)
    clock = f"{rng.randint(8, 23)}:{rng.randint(0, 59):02d}"
    d.text((48, 50), clock, fill=fg, font=_font(UI_BOLD, 40), anchor="lm")
    for k in range(4):  # signal bars
        d.rectangle((800 + k * 16, 66 - 10 * k, 810 + k * 16, 70), fill=fg)
    d.rounded_rectangle((900, 34, 980, 66), radius=9, outline=fg, width=3)
    d.rounded_rectangle((906, 40, 906 + rng.randint(20, 68), 60), radius=5, fill=fg)
    d.text((1000, 50), f"{rng.randint(12, 99)}%", fill=fg, font=_font(UI_FONT, 30), anchor="lm")
    # app bar
    d.rectangle((0, 96, w, top), fill=bar)
    d.line((0, top, w, top), fill=(70, 70, 76) if dark else (210, 210, 215), width=2)
    d.line((52, 180, 80, 152), fill=fg, width=6)
    d.line((52, 180, 80, 208), fill=fg, width=6)
    name = rng.choice(("사업자등록증.pdf", "사업자등록증명_발급.pdf", "business_license.pdf",
                       "사업자등록증(사본).pdf"))  # fmt: skip
    d.text((120, 180), name, fill=fg, font=_font(UI_BOLD, 44), anchor="lm")
    for k in range(3):
        d.ellipse((1010, 160 + k * 20 - 5, 1020, 160 + k * 20 + 5), fill=fg)
    # the page pill and the tool bar
    pill = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dp = ImageDraw.Draw(pill)
    py = h - bottom - 110
    dp.rounded_rectangle((w // 2 - 90, py, w // 2 + 90, py + 64), radius=32, fill=(0, 0, 0, 150))
    dp.text((w // 2, py + 32), "1 / 1", fill=(255, 255, 255, 255), font=_font(UI_FONT, 34),
            anchor="mm")  # fmt: skip
    shot = Image.alpha_composite(shot.convert("RGBA"), pill).convert("RGB")
    d = ImageDraw.Draw(shot)
    d.rounded_rectangle((0, h - bottom, w, h + 40), radius=40, fill=bar)
    for k, label in enumerate(("공유", "인쇄", "검색", "편집")):
        cx = 135 + k * 270
        d.rounded_rectangle((cx - 34, h - bottom + 30, cx + 34, h - bottom + 84), radius=14,
                            outline=fg, width=4)  # fmt: skip
        d.text((cx, h - bottom + 118), label, fill=fg, font=_font(UI_FONT, 30), anchor="mm")
    d.rounded_rectangle((w // 2 - 140, h - 26, w // 2 + 140, h - 16), radius=5, fill=fg)
    return _png(shot), "png", {"size": [w, h], "dark": dark, "zoomed": zoomed,
                               "page_dpi": round(dpi, 1)}  # fmt: skip


# ---- an A3 scan with the certificate on one half ----------------------------------------


def a3_scan(pdf: bytes, rng: random.Random, seed: int) -> tuple[bytes, str, Params]:
    """The certificate laid at full size on an A3 flatbed (landscape, 420 × 297 mm) beside
    another sheet or nothing: one scan, the certificate on its left or right half."""
    dpi = rng.choice((150, 200))
    cert = rasterise(pdf, dpi)

    def px(mm: float) -> int:
        return round(mm / 25.4 * dpi)

    bed = Image.new("RGB", (px(420), px(297)), (246, 246, 243))
    left = rng.random() < 0.5
    other = rng.choice(("blank", "consent", "lid"))
    cx = px(rng.uniform(1, 5)) if left else px(210 + rng.uniform(1, 5))
    ox = px(210 + rng.uniform(2, 6)) if left else px(rng.uniform(2, 6))
    tone = tuple(rng.randint(238, 250) for _ in range(3))
    tinted = Image.eval(cert, lambda v: v * 0.96 + 6)
    bed.paste(tinted, (cx, px(rng.uniform(0, 3))))
    d = ImageDraw.Draw(bed)
    if other == "consent":  # a second sheet: a generic consent form, no certificate words
        d.rectangle((ox, px(2), ox + px(205), px(295)), fill=tone)
        f1, f2 = _font(UI_BOLD, px(5.5)), _font(UI_FONT, px(3.4))
        d.text((ox + px(100), px(30)), "개인정보 수집ㆍ이용 동의서", fill=(30, 30, 30), font=f1,
               anchor="mm")  # fmt: skip
        for k in range(22):
            length = rng.uniform(110, 170)
            d.rectangle((ox + px(18), px(50 + k * 9), ox + px(18 + length), px(52.2 + k * 9)),
                        fill=(150, 150, 150))  # fmt: skip
        d.text(
            (ox + px(120), px(270)),
            "동의함 ( V )   동의하지 않음 (   )",
            fill=(40, 40, 40),
            font=f2,
        )
    elif other == "lid":  # the lid's edge and shadow where no sheet lay
        d.rectangle((ox - px(2), 0, ox + px(212), px(297)), fill=(214, 215, 212))
    arr = np.asarray(bed)
    arr = _noise(arr, rng.uniform(2.5, 5.0), seed)
    img = _skew(Image.fromarray(arr), rng.uniform(-1.0, 1.0), (246, 246, 243))
    q = rng.randint(80, 90)
    return _jpeg(img, q, dpi=(dpi, dpi)), "jpg", {"dpi": dpi, "cert_left": left, "other": other,
                                                   "quality": q}  # fmt: skip


# ---- a 150 dpi greyscale JPEG with heavy artefacts --------------------------------------


def grey150(pdf: bytes, rng: random.Random, seed: int) -> tuple[bytes, str, Params]:
    """A 150 dpi greyscale scan saved small: skew, paper grey, noise, then JPEG q 18–34."""
    img = rasterise(pdf, 300).convert("L")
    img = _skew(img, rng.uniform(-0.8, 0.8), 255)
    img = img.resize((round(img.width / 2), round(img.height / 2)), Image.Resampling.BILINEAR)
    paper, ink = rng.randint(208, 236), rng.randint(20, 60)
    arr = np.asarray(img).astype(np.float32) / 255
    arr = ink + arr * (paper - ink)
    arr = _noise(arr, rng.uniform(3, 7), seed)
    img = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    q = rng.randint(18, 34)
    return _jpeg(img, q, dpi=(150, 150)), "jpg", {"dpi": 150, "quality": q, "paper": paper,
                                                   "ink": ink}  # fmt: skip


# ---- stamps and handwritten marks over the fields ---------------------------------------


def _hand_line(d: ImageDraw.ImageDraw, pts: Sequence[tuple[float, float]], colour: tuple[int, ...],
               width: int, rng: random.Random) -> None:  # fmt: skip
    jittered = [(x + rng.uniform(-1.5, 1.5), y + rng.uniform(-1.5, 1.5)) for x, y in pts]
    d.line(jittered, fill=colour, width=width, joint="curve")


def _box_stamp(text: str, sub: str, px_mm: float, colour: tuple[int, int, int],
               rng: random.Random) -> Image.Image:  # fmt: skip
    """A rectangular rubber stamp (원본대조필 and the like): double border, spaced words."""
    w, h = round(44 * px_mm), round(17 * px_mm)
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    d.rectangle((2, 2, w - 3, h - 3), outline=255, width=max(2, round(px_mm * 0.7)))
    d.rectangle((round(px_mm * 1.6),) * 2 + (w - round(px_mm * 1.6), h - round(px_mm * 1.6)),
                outline=255, width=max(1, round(px_mm * 0.3)))  # fmt: skip
    d.text((w / 2, h * 0.38), text, fill=255, font=_font(UI_BOLD, round(px_mm * 5.2)), anchor="mm")
    d.text((w / 2, h * 0.74), sub, fill=255, font=_font(UI_FONT, round(px_mm * 3.0)), anchor="mm")
    for _ in range(rng.randint(60, 140)):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.5, px_mm * 0.5)
        d.ellipse((x - r, y - r, x + r, y + r), fill=0)
    faded = mask.point(lambda v: round(v * rng.uniform(0.7, 0.95)))
    stamp = Image.new("RGB", (w, h), (255, 255, 255))
    stamp.paste(colour, mask=faded.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC))
    return stamp


def _round_seal(name: str, px_mm: float, rng: random.Random) -> Image.Image:
    """A round red personal or company seal (도장), its name inside a ring."""
    size = round(rng.uniform(13, 17) * px_mm)
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    d.ellipse((2, 2, size - 3, size - 3), outline=255, width=max(2, round(px_mm * 0.8)))
    chars = name[:4]
    step = size * 0.62 / max(1, len(chars))
    font = _font(UI_BOLD, round(min(step, size * 0.3) * 1.05))
    for k, ch in enumerate(chars):
        d.text((size / 2, size * 0.19 + step * (k + 0.5)), ch, fill=255, font=font, anchor="mm")
    seal = Image.new("RGB", (size, size), (255, 255, 255))
    seal.paste((214, 40, 48), mask=mask.rotate(rng.uniform(-20, 20)))
    return seal


def _multiply(base: Image.Image, over: Image.Image, at: tuple[int, int]) -> None:
    """Lay ``over`` on ``base`` as ink does (multiply), kept inside the image."""
    at = (
        min(max(0, at[0]), base.width - over.width),
        min(max(0, at[1]), base.height - over.height),
    )
    region = base.crop((at[0], at[1], at[0] + over.width, at[1] + over.height))
    a = np.asarray(region).astype(np.uint16)
    b = np.asarray(over.resize(region.size)).astype(np.uint16)
    base.paste(Image.fromarray((a * b // 255).astype(np.uint8)), at)


def marked(pdf: bytes, page: Page, rng: random.Random, seed: int) -> tuple[bytes, str, Params]:
    """A colour scan of a copy someone handled: a blue 원본대조필 stamp and a red round seal
    partly over field values, blue ballpoint marks (a ring round the 등록번호, underlines, a
    tick, a note in the margin) and a yellow highlighter stroke. The truth is the print."""
    dpi = rng.choice((200, 240, 300))
    img = rasterise(pdf, dpi)
    pm = dpi / 25.4

    def px(mm: float) -> int:
        return round(mm * pm)

    values = [r for r in page.runs if r.role == "value" and r.y < 215]
    params: Params = {"dpi": dpi, "marks": []}
    # highlighter over one value line (multiplied, so the print shows through)
    hl = rng.choice(values)
    hl_w = page.width(hl.text, hl.size)
    band = Image.new("RGB", (px(hl_w + 3), px(hl.size * 0.45)), (255, 240, 90))
    _multiply(img, band, (px(hl.x - 1.5), px(hl.y - hl.size * 0.36)))
    params["marks"].append("highlighter")
    d = ImageDraw.Draw(img)
    blue = (28, 50, 150)
    pen = max(2, px(0.45))
    # a ring round the registration number line
    reg = next(r for r in page.runs if r.text.startswith("등록번호"))
    rw = page.width(reg.text, reg.size, True)
    cx, cy, rx, ry = reg.x + rw / 2, reg.y - 1.6, rw / 2 + 6, 5.5
    start = rng.uniform(0, math.tau)
    pts = [(px(cx + rx * math.cos(start + t / 40 * 7)), px(cy + ry * math.sin(start + t / 40 * 7)))
           for t in range(41)]  # fmt: skip
    _hand_line(d, pts, blue, pen, rng)
    params["marks"].append("ring")
    for r in rng.sample(values, k=min(2, len(values))):  # underlines
        w_mm = page.width(r.text, r.size)
        y = r.y + 1.4
        line = [(px(r.x), px(y)), (px(r.x + w_mm / 2), px(y + rng.uniform(-0.6, 0.6))),
                (px(r.x + w_mm), px(y + rng.uniform(-0.8, 0.8)))]  # fmt: skip
        _hand_line(d, line, blue, pen, rng)
    params["marks"].append("underlines")
    tick_y = rng.choice(values).y - 2
    _hand_line(d, [(px(12), px(tick_y)), (px(14), px(tick_y + 2.5)), (px(18.5), px(tick_y - 3))],
               blue, pen + 1, rng)  # fmt: skip
    note = rng.choice(("제출용", "사본", "확인함", "계약용"))
    d.text((px(150), px(rng.uniform(20, 28))), note, fill=blue,
           font=_font("/usr/share/fonts/truetype/unfonts-core/UnPilgi.ttf", px(6)))  # fmt: skip
    params["marks"] += ["tick", "note"]
    # 원본대조필 over part of a value (its right end), and a round seal at the name's end
    target = rng.choice([r for r in values if page.width(r.text, r.size) > 40] or values)
    tw = page.width(target.text, target.size)
    stamp = _box_stamp("원 본 대 조 필", f"{rng.randint(2024, 2026)}. {rng.randint(1, 12)}. "
                       f"{rng.randint(1, 28)}.  담당 {rng.choice('김이박최정')}○○", pm,
                       (40, 60, 170), rng)  # fmt: skip
    sx = px(min(target.x + tw - 30, 190 - 44)) if rng.random() < 0.7 else px(150)
    _multiply(img, stamp, (sx, px(target.y - 12)))
    rep = next(r for r in page.runs if r.text == page_value(page, "rep"))
    seal = _round_seal(page_value(page, "rep") if rng.random() < 0.6 else "인감", pm, rng)
    _multiply(img, seal, (px(rep.x + page.width(rep.text, rep.size) - 3), px(rep.y - 11)))
    params["marks"] += ["box_stamp", "round_seal"]
    arr = _noise(np.asarray(img), rng.uniform(1.5, 3.5), seed)
    img = _skew(Image.fromarray(arr), rng.uniform(-0.7, 0.7), (255, 255, 255))
    if dpi == 200 and rng.random() < 0.6:  # a PNG only where it stays well under 10 MB
        return _png(img), "png", params
    q = rng.randint(82, 92)
    params["quality"] = q
    return _jpeg(img, q, dpi=(dpi, dpi)), "jpg", params


def page_value(page: Page, what: str) -> str:
    """The representative's printed name (the run right after its label)."""
    runs = page.runs
    for k, r in enumerate(runs):
        if r.role == "label" and r.text in ("성명", "대표자"):
            return runs[k + 2].text  # label, colon, value
    raise ValueError(what)
