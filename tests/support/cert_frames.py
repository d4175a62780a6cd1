"""A certificate that is only part of the image (ocr14): phone screenshots and big scans.

`screenshot(page, rng, mode=...)` shows a page the way a phone's viewer does (홈택스 app, a
PDF viewer, KakaoTalk's image viewer): a 1080-px-wide screen with a status bar (time,
signal, battery), a title bar and a bottom toolbar with icons and Hangul labels; the page
letterboxed or zoomed so 60-90 % of it shows, downscaled so the page is 900-1000 px wide
and saved as PNG or as a messenger's JPEG (quality 70). `mode` is "light", "dark" (dark
chrome round a white page) or "inverted" (a dark-mode viewer that inverts the page: light
text on dark). A screenshot has no resolution in its file.

`big_scan(page, rng)` lays the page (rendered at 200 dpi) on an A3 sheet scanned at 200
or 300 dpi, off-centre, with an unrelated text block beside it (a memo or a receipt), the
whole slightly turned, as a flatbed scan of two documents at once.

Both take a page from `tests/support/certificates.py` (or a dev set's image) and say in
the returned parameters what was done, for the tests and the figures.
"""

from __future__ import annotations

import io
import random
from typing import Any

from PIL import Image, ImageDraw, ImageFont, ImageOps

from tests.support.cert_fonts import korean_fonts

SCREEN_WIDTH = 1080
SCREEN_HEIGHT = 2400
PAGE_DPI = 200  # the dev renderer's
A3_IN = (11.69, 16.54)

_UI_LABELS = ("공유", "저장", "인쇄", "편집", "검색", "더보기", "회전", "전체화면")
_TITLES = (
    "사업자등록증.pdf",
    "사업자등록증명 조회",
    "홈택스 - 증명발급",
    "받은 파일",
    "사업자등록증 사본.jpg",
    "이미지 보기",
)
_MEMO = (
    "팩스 송신 안내",
    "수신: 가맹점 심사 담당자님",
    "발신: 경리팀 박지영 (02-3471-5520)",
    "보내는 서류: 사업자등록증 사본 1부",
    "통장 사본은 다음 주에 보내드리겠습니다.",
    "문의 사항은 위 번호로 연락 바랍니다.",
    "2026년 11월 30일 오후 4시 12분",
    "총 2매 (표지 포함)",
)


def _font(size: int) -> ImageFont.FreeTypeFont:
    path, index = korean_fonts()[0].regular
    return ImageFont.truetype(path, size, index=index)


def _status_bar(
    draw: ImageDraw.ImageDraw, rng: random.Random, top: int, fg: tuple[int, int, int]
) -> int:
    """Time on the left, signal bars and a battery on the right, as Android and iOS draw."""
    h = rng.randint(70, 100)
    draw.text(
        (48, top + h // 2),
        f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}",
        fill=fg,
        font=_font(38),
        anchor="lm",
    )
    x = SCREEN_WIDTH - 60
    draw.rectangle((x - 50, top + h // 2 - 14, x, top + h // 2 + 14), outline=fg, width=3)
    draw.rectangle(
        (x - 46, top + h // 2 - 10, x - 46 + rng.randint(8, 42), top + h // 2 + 10), fill=fg
    )
    for i in range(4):  # signal bars
        bx = x - 150 + 16 * i
        draw.rectangle((bx, top + h // 2 + 12 - 7 * (i + 1), bx + 10, top + h // 2 + 12), fill=fg)
    draw.text(
        (x - 200, top + h // 2), f"{rng.randint(10, 99)}%", fill=fg, font=_font(32), anchor="rm"
    )
    return top + h


def _title_bar(
    draw: ImageDraw.ImageDraw, rng: random.Random, top: int, fg: tuple[int, int, int]
) -> int:
    h = rng.randint(130, 170)
    mid = top + h // 2
    draw.line((50, mid, 80, mid - 28), fill=fg, width=6)  # back arrow
    draw.line((50, mid, 80, mid + 28), fill=fg, width=6)
    draw.text(
        (130, mid), rng.choice(_TITLES), fill=fg, font=_font(rng.randint(44, 54)), anchor="lm"
    )
    for i in range(rng.randint(1, 3)):  # overflow dots, share or search icons
        cx = SCREEN_WIDTH - 70 - 110 * i
        draw.ellipse((cx - 22, mid - 22, cx + 22, mid + 22), outline=fg, width=5)
    return top + h


def _tool_bar(
    draw: ImageDraw.ImageDraw, rng: random.Random, bottom: int, fg: tuple[int, int, int]
) -> int:
    h = rng.randint(150, 200)
    top = bottom - h
    labels = rng.sample(_UI_LABELS, rng.randint(3, 5))
    step = SCREEN_WIDTH / len(labels)
    for i, label in enumerate(labels):
        cx = int(step * (i + 0.5))
        draw.rounded_rectangle(
            (cx - 26, top + 30, cx + 26, top + 82), radius=8, outline=fg, width=5
        )
        draw.text((cx, top + 120), label, fill=fg, font=_font(34), anchor="mm")
    return top


def screenshot(
    page: Image.Image, rng: random.Random, mode: str = "light", jpeg: bool | None = None
) -> tuple[bytes, str, dict[str, Any]]:
    """The page in a phone viewer's screenshot: (file bytes, extension, parameters)."""
    page = page.convert("RGB")
    pw, ph = page.size
    # Zoomed in (six times in ten) on the print, as a merchant pinches in on the text: the
    # margins go, the print stays whole (60-90 % of the page's area shows).
    if rng.random() < 0.6:
        ink = ImageOps.invert(page.convert("L")).point(lambda v: 255 if v > 96 else 0)
        left, top, right, bottom = ink.getbbox() or (0, 0, pw, ph)
        pad = [rng.randint(8, 60) for _ in range(4)]
        box = (
            max(0, left - pad[0]),
            max(0, top - pad[1]),
            min(pw, right + pad[2]),
            min(ph, bottom + pad[3]),
        )
    else:
        box = (0, 0, pw, ph)
    shown_w, shown_h = (box[2] - box[0]) / pw, (box[3] - box[1]) / ph
    visible = page.crop(box)
    width = rng.randint(900, 1000) if box[0] == 0 else SCREEN_WIDTH
    visible = visible.resize(
        (width, round(visible.height * width / visible.width)), Image.Resampling.LANCZOS
    )
    if mode == "inverted":
        visible = ImageOps.invert(visible)
    dark = mode in ("dark", "inverted")
    chrome = rng.choice((18, 28, 33)) if dark else rng.choice((232, 238, 242))
    bar = chrome if dark else rng.choice((255, 248, 250))
    fg = (rng.choice((230, 250)) if dark else rng.choice((20, 60)),) * 3
    screen = Image.new("L", (SCREEN_WIDTH, SCREEN_HEIGHT), chrome).convert("RGB")
    draw = ImageDraw.Draw(screen)
    draw.rectangle((0, 0, SCREEN_WIDTH, 270), fill=(bar, bar, bar))
    top = _title_bar(draw, rng, _status_bar(draw, rng, 0, fg), fg)
    draw.rectangle((0, top, SCREEN_WIDTH, 270), fill=(chrome, chrome, chrome))
    if not dark:
        draw.line((0, top, SCREEN_WIDTH, top), fill=(205, 205, 205), width=2)  # the divider
    draw.rectangle((0, SCREEN_HEIGHT - 200, SCREEN_WIDTH, SCREEN_HEIGHT), fill=(bar, bar, bar))
    bottom = _tool_bar(draw, rng, SCREEN_HEIGHT, fg)
    room = bottom - top - 8
    if visible.height > room:
        # Scrolled: the page runs under the bars; the part that shows is what is visible.
        offset = rng.randint(0, min(visible.height - room, round(0.1 * visible.height)))
        visible = visible.crop((0, offset, visible.width, offset + room))
        y = top + 4
    else:
        y = top + rng.randint(4, room - visible.height + 4)
    x = (SCREEN_WIDTH - visible.width) // 2
    screen.paste(visible, (x, y))
    if not dark:
        draw.line((0, bottom, SCREEN_WIDTH, bottom), fill=(205, 205, 205), width=2)
    # The bars are drawn over the page (a viewer's chrome floats above the scrolled page).
    jpeg = rng.random() < 0.5 if jpeg is None else jpeg
    buf = io.BytesIO()
    if jpeg:
        screen.save(buf, "JPEG", quality=70)
    else:
        screen.save(buf, "PNG")
    params = {
        "mode": mode,
        "shown": [round(shown_w, 2), round(shown_h, 2)],
        "page_px": [x, y, visible.width, visible.height],
        "page_dpi": round(width / (shown_w * pw) * PAGE_DPI),
        "jpeg": jpeg,
    }
    return buf.getvalue(), "jpg" if jpeg else "png", params


def _memo(rng: random.Random, dpi: int) -> Image.Image:
    """An unrelated note: a fax cover or a memo, a dozen lines of 11-pt text."""
    size = round(11 / 72 * dpi)
    lines = rng.sample(_MEMO, rng.randint(4, len(_MEMO)))
    font = _font(size)
    width = round(4.2 * dpi)
    block = Image.new("L", (width, round(len(lines) * 1.9 * size + size)), 255)
    draw = ImageDraw.Draw(block)
    for i, line in enumerate(lines):
        draw.text((0, round(i * 1.9 * size)), line, fill=20, font=font)
    return block


def big_scan(
    page: Image.Image, rng: random.Random, dpi: int | None = None
) -> tuple[bytes, str, dict[str, Any]]:
    """The page (200 dpi) laid on an A3 sheet scanned at 200 or 300 dpi, with a memo."""
    dpi = dpi or rng.choice((200, 300))
    page = page.convert("RGB")
    if dpi != PAGE_DPI:
        page = page.resize(
            (round(page.width * dpi / PAGE_DPI), round(page.height * dpi / PAGE_DPI)),
            Image.Resampling.LANCZOS,
        )
    landscape = rng.random() < 0.6
    a3 = (round(A3_IN[1] * dpi), round(A3_IN[0] * dpi))
    if not landscape:
        a3 = (a3[1], a3[0])
    paper = rng.randint(236, 250)
    sheet = Image.new("RGB", a3, (paper, paper, paper))
    margin = round(0.2 * dpi)
    memo = _memo(rng, dpi)
    if landscape:  # two documents side by side: the certificate left or right
        right = rng.random() < 0.5
        px = (
            a3[0] - page.width - rng.randint(margin, 3 * margin)
            if right
            else rng.randint(margin, 3 * margin)
        )
        py = rng.randint(0, max(0, a3[1] - page.height))  # A4 is half of A3: it fills the height
        mx = (
            rng.randint(margin, 2 * margin)
            if right
            else px + page.width + rng.randint(margin, 2 * margin)
        )
        my = rng.randint(margin, a3[1] // 2)
    else:  # the certificate in the upper part, the memo below
        px = rng.randint(margin, a3[0] - page.width - margin)
        py = rng.randint(margin // 2, 2 * margin)
        mx = rng.randint(margin, a3[0] - memo.width - margin)
        my = py + page.height + rng.randint(margin, 2 * margin)
    sheet.paste(page, (px, py))
    sheet.paste(memo.convert("RGB"), (mx, my), mask=ImageOps.invert(memo))
    angle = rng.uniform(-1.5, 1.5)
    sheet = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(paper,) * 3)
    buf = io.BytesIO()
    jpeg = rng.random() < 0.5
    with_dpi = rng.random() < 0.7
    extra: dict[str, Any] = {"dpi": (dpi, dpi)} if with_dpi else {}
    if jpeg:
        sheet.save(buf, "JPEG", quality=85, **extra)
    else:
        sheet.save(buf, "PNG", **extra)
    params = {
        "dpi": dpi,
        "sheet": "A3 landscape" if landscape else "A3 portrait",
        "page_px": [px, py, page.width, page.height],
        "angle": round(angle, 2),
        "file_dpi": with_dpi,
        "jpeg": jpeg,
    }
    return buf.getvalue(), "jpg" if jpeg else "png", params
