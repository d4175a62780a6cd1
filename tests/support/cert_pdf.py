"""A 사업자등록증 as 홈택스 / 정부24 issue it online: an A4 PDF whose letters are text.

Same values and layout facts as the image renderer (`cert_layout.py`, domain-facts §5).
fpdf2 embeds the TrueType font, so pdfium reads the text back. `DigitalStyle` adds what
real digital certificates carry and our first generator did not: the browser's print
header and footer, 발급번호 / 문서확인번호 lines, a QR code and a bar code, a seal image over
the office's name, an emblem behind the table, labels spaced in one string or numbered
①②, a ruled table whose narrow cells wrap long values, text drawn in an order unlike the
reading order (values first, column by column, shuffled, glyph by glyph), mixed font
sizes, a page turned by /Rotate, an attachment page, and text layers that must not be
trusted (fonts without a ToUnicode map, text drawn invisibly over a scan).

Added for issue 17's second round (shapes a second renderer's PDFs showed): a pale mark
printed upright behind the 업태/종목 table, on the same lines as its rows (`backdrop`); a
table that labels every row "업태 … 종목 …" in cells so narrow that both names of a row
wrap, the wrapped line set almost a full row below (`biz_labels`); letters drawn twice a
hair apart for a heavier look (`doubled`); Hangul written as conjoining jamo and Latin
with ligature glyphs ("ﬁ") (`decomposed`); a covering letter as the first page, the
certificate second (`cover`).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import random
import re
import unicodedata
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace

import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import TextMode
from fpdf.fonts import TTFFont
from PIL import Image, ImageDraw

from tests.support.cert_fonts import FontFace
from tests.support.cert_values import TAXPAYER_SUBTITLES, CertificateValues, random_values

PT_PER_PX = 72 / 200  # the image layout is drawn at 200 dpi
# fontTools reports every table it does not subset; the fonts are fine.
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
LABEL_X, LABEL_W, VALUE_X, ROW_H = 170, 285, 482, 70
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi

# What a Korean word processor sets full-width: digits and the form's punctuation.
_FULLWIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789:-()"}
ORDERS = ("natural", "values_first", "columns", "shuffled", "reversed")
LABEL_STYLES = ("spread", "spaced", "numbered")
UNTRUSTED = ("no_tounicode", "private_use", "invisible")


@dataclass(frozen=True)
class DigitalStyle:
    """How one digital certificate is drawn. The default is the first generator's page."""

    chrome: bool = False  # browser print header/footer, 문서확인번호
    images: bool = False  # QR and bar codes, seal image over text, emblem behind
    watermark: bool = False  # a slanted light text ("열람용") repeated across the page
    labels: str = "spread"  # one of LABEL_STYLES
    ruled: bool = False  # a ruled table whose narrow cells wrap long values
    order: str = "natural"  # one of ORDERS: content-stream order of the text
    glyphs: bool = False  # values drawn one glyph per text object too
    sizes: bool = False  # labels and values in different font sizes
    fullwidth: bool = False  # digits and punctuation full-width, "(주)" as the glyph "㈜"
    rotate: int = 0  # /Rotate of the page; the content is drawn turned to match
    attachment: bool = False  # a second page (부기사항) after the certificate
    cover: bool = False  # a page before the certificate (a covering letter), text only
    untrusted: str = ""  # one of UNTRUSTED: a text layer that must go to OCR
    backdrop: bool = False  # a pale upright mark ("국세청") behind the 업태/종목 rows
    biz_labels: bool = False  # "업태 … 종목 …" on every row, narrow cells wrapping both names
    doubled: bool = False  # values' letters drawn twice, a hair apart (a poor man's bold)
    decomposed: bool = False  # Hangul values as conjoining jamo, "fi" as the ligature glyph


VARIANTS: dict[str, DigitalStyle] = {
    "plain": DigitalStyle(),
    "chrome": DigitalStyle(chrome=True),
    "images": DigitalStyle(images=True),
    "watermark_text": DigitalStyle(watermark=True),
    "spaced_labels": DigitalStyle(labels="spaced"),
    "numbered_labels": DigitalStyle(labels="numbered"),
    "ruled_wrapping": DigitalStyle(ruled=True),
    "values_first": DigitalStyle(order="values_first"),
    "columns": DigitalStyle(order="columns"),
    "glyphs": DigitalStyle(glyphs=True),
    "shuffled_glyphs": DigitalStyle(order="shuffled", glyphs=True),
    "reversed": DigitalStyle(order="reversed"),
    "sizes": DigitalStyle(sizes=True),
    "fullwidth": DigitalStyle(fullwidth=True),
    "rotated_90": DigitalStyle(rotate=90),
    "rotated_270": DigitalStyle(rotate=270),
    "attachment": DigitalStyle(attachment=True),
    "cover": DigitalStyle(cover=True),
    "cover_and_attachment": DigitalStyle(cover=True, attachment=True, order="shuffled"),
    "backdrop": DigitalStyle(backdrop=True),
    "biz_labels": DigitalStyle(biz_labels=True),
    "biz_labels_backdrop": DigitalStyle(biz_labels=True, backdrop=True, order="shuffled"),
    "doubled": DigitalStyle(doubled=True),
    "decomposed": DigitalStyle(decomposed=True),
    "everything": DigitalStyle(
        chrome=True,
        images=True,
        watermark=True,
        labels="numbered",
        ruled=True,
        order="shuffled",
        sizes=True,
        rotate=90,
    ),
}


def random_style(rng: random.Random) -> DigitalStyle:
    """A mix of the features above, as real PDFs vary (no untrusted layer; one page, so
    the seeds' PDFs stay as they were when several pages were refused at upload)."""
    return DigitalStyle(
        chrome=rng.random() < 0.6,
        images=rng.random() < 0.6,
        watermark=rng.random() < 0.3,
        labels=rng.choice(LABEL_STYLES),
        ruled=rng.random() < 0.5,
        order=rng.choice(ORDERS),
        glyphs=rng.random() < 0.3,
        sizes=rng.random() < 0.5,
        fullwidth=rng.random() < 0.2,
        rotate=rng.choice((0, 0, 0, 90, 270)),
        backdrop=rng.random() < 0.3,
        biz_labels=rng.random() < 0.3,
        doubled=rng.random() < 0.2,
        decomposed=rng.random() < 0.2,
    )


def _decompose(text: str, cmap: set[int]) -> str:
    """Hangul syllables as conjoining jamo (NFD) and "fi"/"fl" as their ligature glyphs, where
    the font has those glyphs: some producers write what the font draws, not the letters a
    reader means."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        out.append(parts if all(ord(p) in cmap for p in parts) else char)
    text = "".join(out)
    for letters, ligature in (("fi", "\ufb01"), ("fl", "\ufb02")):
        if ord(ligature) in cmap:
            text = text.replace(letters, ligature)
    return text


def _date_ko(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year} 년 {d.month:02d} 월 {d.day:02d} 일"


@dataclass
class _Op:
    y: float
    x: float
    role: str  # "label", "value" or "other": the order the page's producer drew them in
    draw: Callable[[], None] = field(repr=False)


class _Page:
    def __init__(self, face: FontFace, style: DigitalStyle, rng: random.Random) -> None:
        self.style = style
        self.rng = rng
        self.pdf = FPDF(unit="pt", format="A4")
        # A fixed date, so the same seed and style give the same bytes.
        self.pdf.set_creation_date(dt.datetime(2026, 12, 7, tzinfo=dt.UTC))
        self.pdf.set_auto_page_break(auto=False)
        self.pdf.add_font("body", "", face.regular[0])
        self.pdf.add_font("body", "B", face.bold[0])
        self.ops: list[_Op] = []
        self.behind: list[Callable[[], None]] = []  # drawn before all text
        self.over: list[Callable[[], None]] = []  # drawn after all text
        # Mixed sizes: the producer sets labels and values in different point sizes.
        self.label_size = 31.0 * (rng.uniform(0.85, 1.0) if style.sizes else 1.0)
        self.value_size = 31.0 * (rng.uniform(1.0, 1.15) if style.sizes else 1.0)

    def _set(self, size: float, bold: bool) -> None:
        self.pdf.set_font("body", "B" if bold else "", size * PT_PER_PX)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 31,
        bold: bool = False,
        role: str = "other",
    ) -> None:
        """`text` with its top-left at (x, y) in 200-dpi pixels, the font size in pixels."""
        text = self._glyphs(text)
        if role == "value" and self.style.doubled:
            # The same run again, a fiftieth of an em to the right: ink twice, text twice.
            self.ops.append(_Op(y, x, role, self._drawer(x + size / 50, y, text, size, bold)))
        if role == "value" and self.style.decomposed:
            # Each syllable's jamo drawn one after the other, all where the syllable stands
            # (as a font would stack them into one glyph): the value keeps its width.
            self._set(size, bold)
            font = self.pdf.fonts["body"]
            cmap = set(font.cmap) if isinstance(font, TTFFont) else set()
            # A syllable, or a letter pair the font has a ligature for, at a time.
            for ch in re.findall(r"f[il]|.", text):
                if ch != " ":
                    parts = _decompose(ch, cmap)
                    self.ops.append(_Op(y, x, role, self._stacked(x, y, parts, size, bold)))
                x += self.width(ch, size)
            return
        if self.style.glyphs and role == "value":
            # Some producers place every glyph on its own: the words are only positions.
            for ch in text:
                if ch != " ":
                    self.ops.append(_Op(y, x, role, self._drawer(x, y, ch, size, bold)))
                x += self.width(ch, size)
            return
        self.ops.append(_Op(y, x, role, self._drawer(x, y, text, size, bold)))

    def _drawer(self, x: float, y: float, text: str, size: float, bold: bool) -> Callable[[], None]:
        def draw() -> None:
            self._set(size, bold)
            self.pdf.text(x * PT_PER_PX, (y + size * 0.85) * PT_PER_PX, text)

        return draw

    def _stacked(
        self, x: float, y: float, parts: str, size: float, bold: bool
    ) -> Callable[[], None]:
        def draw() -> None:
            self._set(size, bold)
            for part in parts:
                self.pdf.text(x * PT_PER_PX, (y + size * 0.85) * PT_PER_PX, part)

        return draw

    def _glyphs(self, text: str) -> str:
        """What is drawn for `text`: full-width forms when the style sets them."""
        if not self.style.fullwidth:
            return text
        return text.replace("(주)", "㈜").translate(_FULLWIDTH)

    def width(self, text: str, size: float = 31) -> float:
        # Measured as drawn: a full-width label measured narrow would run into its value.
        self._set(size, False)
        return float(self.pdf.get_string_width(self._glyphs(text))) / PT_PER_PX

    def wrap(self, text: str, width: float, size: float = 31) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            candidate = f"{current} {word}".strip()
            if current and self.width(candidate, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current]

    def label(self, x: float, y: float, width: float, label: str, number: int = 0) -> None:
        size = self.label_size
        chars = [c for c in label if c != " "]
        if self.style.labels == "numbered" and number:
            self.text(x - 45, y, chr(0x245F + number), size, role="label")
        if self.style.labels == "spaced":
            # One string, justified with runs of spaces: "상      호".
            space = self.width(" ", size)
            gaps = max(0.0, width - self.width("".join(chars), size)) / max(1, len(chars) - 1)
            pad = " " * max(1, round(gaps / space)) if len(chars) > 1 else ""
            self.text(x, y, pad.join(chars), size, role="label")
            return
        step = (width - self.width(chars[-1], size)) / max(1, len(chars) - 1)
        for i, ch in enumerate(chars):
            self.text(x + i * step, y, ch, size, role="label")

    def centred(self, y: float, text: str, size: float, gap: float = 0, bold: bool = False) -> None:
        widths = [self.width(c, size) for c in text]
        x = PAGE_W / 2 - (sum(widths) + gap * (len(text) - 1)) / 2
        for ch, w in zip(text, widths, strict=True):
            self.text(x, y, ch, size, bold)
            x += w + gap

    def labelled(
        self, y: float, label: str, value: str, x: float = LABEL_X, number: int = 0
    ) -> float:
        """The row; returns the y below it (a long value wraps in a ruled cell)."""
        self.label(x, y, LABEL_W, label, number)
        self.text(x + LABEL_W + 4, y, ":", self.label_size, role="label")
        if not value:
            return y + ROW_H
        value_x = x + LABEL_W + 27
        width = (1450 if not self.style.ruled else 1230) - value_x
        lines = self.wrap(value, width, self.value_size) if self.style.ruled else [value]
        for i, line in enumerate(lines):
            self.text(value_x, y + i * ROW_H * 0.62, line, self.value_size, role="value")
        return y + ROW_H + (len(lines) - 1) * ROW_H * 0.62

    def image(self, image: Image.Image, x: float, y: float, w: float, h: float, over: bool) -> None:
        buf = io.BytesIO()
        image.save(buf, "PNG")

        def draw() -> None:
            self.pdf.image(buf, x * PT_PER_PX, y * PT_PER_PX, w * PT_PER_PX, h * PT_PER_PX)

        (self.over if over else self.behind).append(draw)

    def rule(self, x: float, y: float, w: float, h: float) -> None:
        def draw() -> None:
            self.pdf.set_line_width(1)
            self.pdf.rect(x * PT_PER_PX, y * PT_PER_PX, w * PT_PER_PX, h * PT_PER_PX)

        self.behind.append(draw)

    def emit(self) -> None:
        """Draw the page: images behind, text in the style's order, images over."""
        self.pdf.add_page(orientation="L" if self.style.rotate in (90, 270) else "P")
        with self._turned():
            for draw in self.behind:
                draw()
            if self.style.watermark:
                self._watermark()
            for op in self._ordered():
                op.draw()
            for draw in self.over:
                draw()

    def _watermark(self) -> None:
        """ "열람용" in light grey, slanted, across the page: drawn as text, so it is in the
        text layer too, at an angle no row of the form has."""
        self.pdf.set_text_color(225, 225, 225)
        self._set(90, True)
        word = self.rng.choice(("열람용", "정부24", "국세청 NTS"))
        for i in range(3):
            x, y = 300 + 350 * i, 900 + 500 * i
            with self.pdf.rotation(35, x * PT_PER_PX, y * PT_PER_PX):
                self.pdf.text(x * PT_PER_PX, y * PT_PER_PX, word)
        self.pdf.set_text_color(0, 0, 0)

    def _turned(self) -> AbstractContextManager[None]:
        """The portrait content turned onto a landscape page, so that /Rotate shows it
        upright: what a print driver writing a landscape page does."""
        if not self.style.rotate:
            return nullcontext()
        w, h = PAGE_W * PT_PER_PX, PAGE_H * PT_PER_PX
        # A rotation about c taking the portrait page's centre p to the landscape one's q.
        angle = 90 if self.style.rotate == 90 else -90
        px, py, qx, qy = w / 2, h / 2, h / 2, w / 2
        # fpdf2 turns counter-clockwise as seen (y down): R(v) = (s * v.y, -s * v.x).
        # c + R(p - c) = q, solved for c.
        s = 1 if angle == 90 else -1
        cx = (qx - s * py + s * qy + px) / 2
        cy = qy + s * px - s * cx
        return self.pdf.rotation(angle, cx, cy)

    def _ordered(self) -> list[_Op]:
        ops = list(self.ops)
        order = self.style.order
        if order == "values_first":
            rank = {"value": 0, "other": 1, "label": 2}
            return sorted(ops, key=lambda o: rank[o.role])
        if order == "columns":
            return sorted(ops, key=lambda o: (round(o.x / 150), o.y))
        if order == "shuffled":
            self.rng.shuffle(ops)
            return ops
        if order == "reversed":
            return ops[::-1]
        return ops


def render_certificate_pdf(
    seed: int,
    *,
    kind: str | None = None,
    face: FontFace,
    invisible: bool = False,
    style: DigitalStyle | None = None,
) -> tuple[bytes, dict[str, object]]:
    """(PDF bytes, ground truth) for the values `seed` draws (as `render_certificate`)."""
    style = style or DigitalStyle()
    if invisible:
        style = replace(style, untrusted="invisible")
    rng = random.Random(seed)
    values = random_values(rng, kind)
    page = _Page(face, style, random.Random(seed * 7919 + 17))
    if style.untrusted == "invisible":
        # What a scanner's OCR writes under its image: text that is there but not drawn.
        page.pdf.text_mode = TextMode.INVISIBLE
    if style.untrusted == "private_use":
        page.pdf.compress = False  # so the ToUnicode map can be rewritten below
    _draw(page, values)
    if style.cover:
        _cover(page, values)
    page.emit()
    if style.attachment:
        _attachment(page, values)
    data = bytes(page.pdf.output())
    if style.untrusted == "no_tounicode":
        # The font keeps its glyphs but loses the map back to letters: the PDF shows the
        # page, its "text" is glyph numbers. Same length, so the xref offsets still hold.
        data = re.sub(rb"/ToUnicode(\s+\d+\s+\d+\s+R)", rb"/XoUnicode\1", data)
    if style.untrusted == "private_use":
        # A font whose map sends the Hangul glyphs to private-use codes (seen in PDFs made
        # from word processors' own fonts): every letter maps, none is the printed one.
        data = re.sub(
            rb"(<[0-9A-F]{4}> )<([A-D][0-9A-F]{3})>",
            lambda m: m.group(1) + b"<E" + m.group(2)[1:] + b">",
            data,
        )
    if style.rotate:
        data = _set_rotation(data, style.rotate)
    truth: dict[str, object] = {
        "kind": values.kind,
        "taxpayer_type": values.taxpayer_type,
        "fields": dict(values.fields),
        "variant": "text_layer",
        "image": f"digital_{seed:05d}.pdf",
    }
    return data, truth


def _set_rotation(data: bytes, rotate: int) -> bytes:
    pdf = pdfium.PdfDocument(data)
    try:
        for page in pdf:
            page.set_rotation(rotate)
        out = io.BytesIO()
        pdf.save(out)
    finally:
        pdf.close()
    # pdfium writes a random file ID; a fixed one (same length) keeps the bytes repeatable.
    return re.sub(rb"/ID\s*\[<[0-9A-Fa-f]+><([0-9A-Fa-f]+)>\]", _fixed_id, out.getvalue())


def _fixed_id(match: re.Match[bytes]) -> bytes:
    text = match.group(0)
    start, end = match.span(1)
    offset = match.start(0)
    return text[: start - offset] + b"0" * (end - start) + text[end - offset :]


def _qr(rng: random.Random, n: int = 29) -> Image.Image:
    image = Image.new("L", (n * 4, n * 4), 255)
    draw = ImageDraw.Draw(image)
    for r in range(n):
        for c in range(n):
            finder = any(
                r0 <= r < r0 + 7 and c0 <= c < c0 + 7 for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0))
            )
            if (finder and (r in (0, 6, n - 7, n - 1) or c in (0, 6, n - 7, n - 1))) or (
                not finder and rng.random() < 0.5
            ):
                draw.rectangle((c * 4, r * 4, c * 4 + 3, r * 4 + 3), fill=0)
    return image


def _barcode(rng: random.Random) -> Image.Image:
    image = Image.new("L", (400, 60), 255)
    draw = ImageDraw.Draw(image)
    x = 4
    while x < 392:
        w = rng.choice((1, 2, 3))
        draw.rectangle((x, 0, x + w - 1, 59), fill=0)
        x += w + rng.choice((1, 2, 3))
    return image


def _seal() -> Image.Image:
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((8, 8, 192, 192), outline=(214, 40, 40, 210), width=10)
    draw.rectangle((40, 40, 160, 160), outline=(214, 40, 40, 160), width=6)
    draw.line((40, 100, 160, 100), fill=(214, 40, 40, 160), width=6)
    draw.line((100, 40, 100, 160), fill=(214, 40, 40, 160), width=6)
    return image


def _emblem() -> Image.Image:
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 290, 290), outline=(200, 205, 220, 120), width=14)
    draw.ellipse((80, 80, 220, 220), fill=(215, 220, 235, 90))
    return image


def _draw(page: _Page, values: CertificateValues) -> None:
    f = values.fields
    style, rng = page.style, page.rng
    page.rule(80, 80, 1494, 2179)
    if style.chrome:
        issued = dt.date.fromisoformat(f["issue_date"])
        hour = rng.randrange(1, 12)
        page.text(
            60,
            28,
            f"{issued.year}. {issued.month}. {issued.day}. 오후 {hour}:{rng.randrange(60):02d}",
            18,
        )
        page.text(700, 28, rng.choice(("사업자등록증명 발급", "정부24", "홈택스 - 민원증명")), 18)
        page.text(
            60,
            PAGE_H - 50,
            "https://www.hometax.go.kr/websquare/websquare.html?w2xPath=/ui/pp/index.xml",
            16,
        )
        page.text(PAGE_W - 110, PAGE_H - 50, "1/1", 18)
    page.text(130, 120, f"발급번호 : {values.issue_no}", 20)
    if style.images:
        page.image(_qr(rng), 1360, 100, 150, 150, over=True)
        page.image(_emblem(), PAGE_W / 2 - 300, 800, 600, 600, over=False)
    page.centred(250, "사업자등록증", 70, gap=42, bold=True)
    subtitle = "(법인사업자)" if values.kind == "corporate" else ""
    if values.taxpayer_type:
        subtitle = TAXPAYER_SUBTITLES[values.taxpayer_type]
    page.centred(360, subtitle, 34)
    page.centred(450, f"등록번호 : {f['reg_no']}", 40, bold=True)
    y = 580.0
    top = y - 15
    if values.kind == "individual":
        y = page.labelled(y, "상 호", f["trade_name"], number=1)
        page.label(880, y, 190, "생 년 월 일", 3)
        page.text(1074, y, ":", page.label_size, role="label")
        page.text(1097, y, _date_ko(f["birth_date"]), page.value_size, role="value")
        y = page.labelled(y, "성 명", f["representative"], number=2)
        y = page.labelled(y, "개 업 연 월 일", _date_ko(f["open_date"]), number=4)
        y = page.labelled(y, "사 업 장 소 재 지", f["address"], number=5)
    else:
        y = page.labelled(y, "법 인 명 ( 단 체 명 )", f["trade_name"], number=1)
        y = page.labelled(y, "대 표 자", f["representative"], number=2)
        label_w = page.width("법인등록번호", page.label_size)
        page.label(880, y, label_w, "법인등록번호", 4)
        page.text(884 + label_w, y, ":", page.label_size, role="label")
        page.text(907 + label_w, y, f["corp_reg_no"], page.value_size, role="value")
        y = page.labelled(y, "개 업 연 월 일", _date_ko(f["open_date"]), number=3)
        y = page.labelled(y, "사 업 장 소 재 지", f["address"], number=5)
        y = page.labelled(y, "본 점 소 재 지", f["hq_address"], number=6)
    if style.ruled:
        page.rule(LABEL_X - 60, top, 1450 - LABEL_X + 60, y - top)
        page.rule(LABEL_X - 60, top, LABEL_W + 80, y - top)
    biz_top = y
    page.labelled(y, "사 업 의 종 류", "", number=7 if values.kind == "corporate" else 6)
    type_w, item_w = (250, 330) if style.ruled else (330, 450)
    if style.backdrop:
        _backdrop(page, y)
    if style.biz_labels:
        y = _labelled_biz_rows(page, values, y)
    for i, (biz_type, biz_item) in enumerate(() if style.biz_labels else values.biz_rows):
        if i == 0:
            page.text(VALUE_X, y, "업태", page.label_size, role="label")
            page.text(950, y, "종목", page.label_size, role="label")
        types = page.wrap(biz_type, type_w, page.value_size)
        items = page.wrap(biz_item, item_w, page.value_size)
        for j in range(max(len(types), len(items))):
            if j < len(types):
                page.text(VALUE_X + 90, y, types[j], page.value_size, role="value")
            if j < len(items):
                page.text(1040, y, items[j], page.value_size, role="value")
            y += ROW_H * (0.62 if j + 1 < max(len(types), len(items)) else 1)
    if style.ruled:
        page.rule(VALUE_X - 10, biz_top, 1450 - VALUE_X + 10, y - biz_top)
    y += ROW_H // 3
    y = page.labelled(
        y, "발 급 사 유", values.reason, number=8 if values.kind == "corporate" else 7
    )
    if values.kind == "individual":
        y = page.labelled(y, "공 동 사 업 자", "", number=8)
    page.text(LABEL_X, y, "사업자 단위 과세 적용사업자 여부 : 여(  )  부( √ )")
    page.text(LABEL_X, y + ROW_H, f"전자세금계산서 전용 전자우편주소 : {values.email}")
    page.centred(1690, _date_ko(f["issue_date"]), 36)
    page.centred(1790, f["tax_office"] + "장", 54, gap=30, bold=True)
    if style.images:
        page.image(_seal(), 1100, 1740, 190, 190, over=True)
        page.image(_barcode(rng), 170, 2020, 500, 70, over=True)
    else:
        page.pdf.set_draw_color(214, 58, 58)
        page.over.append(
            lambda: page.pdf.rect(
                1100 * PT_PER_PX, 1760 * PT_PER_PX, 150 * PT_PER_PX, 150 * PT_PER_PX
            )
        )
    if style.chrome:
        confirm = "-".join(f"{rng.randrange(10**4):04d}" for _ in range(4))
        page.text(700, 2100, f"문서확인번호 : {confirm}", 20)
    page.text(165, 2160, "국세청 홈택스 발급 문서입니다.", 18)


def _labelled_biz_rows(page: _Page, values: CertificateValues, y: float) -> float:
    """Every row "업태 name 종목 name" in cells too narrow for most names, which wrap in both
    columns at once; the wrapped line sits 0.85 of a row below (the rows are 1.0 apart), and
    each cell's lines are drawn together, the item's after the type's."""
    type_x, item_label_x, item_x = VALUE_X + 90, 880, 970
    for biz_type, biz_item in values.biz_rows:
        page.text(VALUE_X, y, "업태", page.label_size, role="label")
        page.text(item_label_x, y, "종목", page.label_size, role="label")
        types = page.wrap(biz_type, 200, page.value_size)
        items = page.wrap(biz_item, 230, page.value_size)
        for x, cell in ((type_x, types), (item_x, items)):
            for j, line in enumerate(cell):
                page.text(x, y + j * ROW_H * 0.85, line, page.value_size, role="value")
        y += ROW_H * (1 + 0.85 * (max(len(types), len(items)) - 1))
    return y


def _backdrop(page: _Page, y: float) -> None:
    """A light grey mark drawn upright before the text, its big letters on the lines of the
    업태/종목 rows below `y` and a small line of Latin under them."""
    rng = page.rng
    word = rng.choice(("국세청", "정부24", "원본대조"))
    grey = rng.randrange(205, 240)
    big = rng.uniform(95, 120)

    def draw() -> None:
        page.pdf.set_text_color(grey, grey, grey)
        page._set(big, True)
        x = PAGE_W / 2 - page.pdf.get_string_width(word) / PT_PER_PX / 2
        page.pdf.text(x * PT_PER_PX, (y + big * 0.8) * PT_PER_PX, word)
        page._set(34, False)
        page.pdf.text((x + 20) * PT_PER_PX, (y + big + 30) * PT_PER_PX, "OFFICIAL COPY")
        page.pdf.set_text_color(0, 0, 0)

    page.behind.append(draw)


def _cover(page: _Page, values: CertificateValues) -> None:
    """A first page that is no certificate: a covering letter naming the business (its
    name and number, but not the certificate's labels)."""
    pdf = page.pdf
    pdf.add_page()
    pdf.text_mode = page.pdf.text_mode
    pdf.set_font("body", "", 12)
    rows = [
        "제출 서류 안내",
        f"수신 : {values.fields['trade_name']} 담당자님",
        "요청하신 증명 서류를 다음 쪽에 첨부합니다.",
        f"사업자 번호 {values.fields['reg_no']} 의 서류 1부.",
        "문의 : 고객센터 1588-0000",
    ]
    for i, row in enumerate(rows):
        pdf.text(60, 80 + 24 * i, row)


def _attachment(page: _Page, values: CertificateValues) -> None:
    """A second page that names the same things in other rows: the reader must keep to the
    certificate's page."""
    pdf = page.pdf
    pdf.add_page()
    pdf.text_mode = page.pdf.text_mode
    pdf.set_font("body", "", 12)
    rows = [
        "사업자등록증 부기사항",
        f"등록번호 : {values.fields['reg_no']}",
        "상 호 : (부기) 지점 명세",
        "사업장 소재지 : 서울특별시 종로구 세종대로 209 (세종로)",
        "발급사유 : 안내",
        "2020 년 01 월 01 일",
        "종로세무서장",
    ]
    for i, row in enumerate(rows):
        pdf.text(60, 80 + 24 * i, row)
