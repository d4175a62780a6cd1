"""사업자등록증 PDFs written by hand, the way different PDF producers write their text.

`cert_pdf.py` draws its pages with fpdf2, so every page there has fpdf2's way of writing
text. Issued certificates come from many producers (a tax office's document server, a
browser's "print to PDF", a word processor, a scanner's OCR), and the text layer differs
in how, not what: this module writes the objects and content streams itself, from the PDF
specification (ISO 32000-1 §9 text, §9.7 composite fonts, §9.10 ToUnicode, §8.10 form
XObjects), for one page of the dev renderer's values (`cert_values.random_values`), in each
`PRODUCERS` shape:

- ``runs``: one text object per run, a space glyph between words (a document server);
- ``kerned``: a line as one TJ array with kerning numbers between glyphs and the gaps
  between words as large TJ numbers, no space glyph (typesetters, Word's PDF export);
- ``xobject``: the page's text and rules inside a Form XObject drawn scaled (print to PDF);
- ``out_of_order``: lines shown bottom up and shuffled, values before their labels;
- ``glyph_runs``: every glyph its own text object at its own matrix, in random order;
- ``spread``: labels spread by character spacing (Tc) and values narrowed by horizontal
  scaling (Tz), the font set at size 1 and scaled by the text matrix;
- ``bfrange``: the ToUnicode map written as ranges, not one entry per glyph.

All fonts are Type0 / CIDFontType2 with Identity-H codes (glyph ids, the subset keeping
them) and a ToUnicode map; the tax office's name carries a red square seal frame over its
end. `scanned_pdf` writes a scan of such a page with a scanner's invisible OCR text (with
misreadings); `outlined_pdf` writes the page's letters as vector outlines, no text at all.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium
from fontTools import subset
from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont

from tests.support.cert_fonts import FontFace, korean_fonts
from tests.support.cert_values import TAXPAYER_SUBTITLES, CertificateValues, random_values

# fontTools reports every table it does not subset; the fonts are fine.
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
PRODUCERS = ("runs", "kerned", "xobject", "out_of_order", "glyph_runs", "spread", "bfrange")
PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
LABEL_X, COLON_X, VALUE_X = 62.0, 150.0, 160.0
RIGHT_LABEL_X, RIGHT_COLON_X, RIGHT_VALUE_X = 330.0, 400.0, 410.0
VALUE_RIGHT = 540.0  # a value wraps at a space before this
ROW = 24.0
SIZE = 10.5


@dataclass(frozen=True)
class Run:
    """Text placed on the page: `text` from (x, y) (baseline, y up) at `size` points;
    `spread` is the width a label is spread over (letters apart, as forms justify them)."""

    x: float
    y: float
    text: str
    size: float
    label: bool = False
    spread: float = 0.0


def truetype_faces() -> list[FontFace]:
    """Installed Korean faces with TrueType outlines (what CIDFontType2 embeds)."""
    out = []
    for face in korean_fonts():
        path, index = face.regular
        with TTFont(path, fontNumber=index, lazy=True) as font:
            if "glyf" in font:
                out.append(face)
    return out


def _date_ko(iso: str, rng: random.Random) -> str:
    d = dt.date.fromisoformat(iso)
    if rng.random() < 0.5:
        return f"{d.year} 년 {d.month:02d} 월 {d.day:02d} 일"
    return f"{d.year}년 {d.month:02d}월 {d.day:02d}일"


def _load(path: str, index: int) -> TTFont:
    """The font read into memory (a TTFont on a path keeps the file open)."""
    with open(path, "rb") as file:
        return TTFont(io.BytesIO(file.read()), fontNumber=index)


class _Font:
    """A TrueType face embedded as a Type0 font: advance widths per character, glyph ids."""

    def __init__(self, face: FontFace) -> None:
        self.path, self.index = face.regular
        self.source = _load(self.path, self.index)
        self.cmap = self.source.getBestCmap()
        self.scale = 1000 / self.source["head"].unitsPerEm
        self.used: set[str] = set()

    def gid(self, char: str) -> int:
        self.used.add(char)
        return int(self.source.getGlyphID(self.cmap[ord(char)]))

    def advance(self, char: str) -> float:
        """The glyph's advance in thousandths of an em."""
        return float(self.source["hmtx"][self.cmap[ord(char)]][0]) * self.scale

    def width(self, text: str, size: float) -> float:
        return sum(self.advance(c) for c in text) * size / 1000

    def encode(self, text: str) -> str:
        return "".join(f"{self.gid(c):04X}" for c in text)

    def program(self) -> bytes:
        options = subset.Options()
        options.retain_gids = True
        options.notdef_outline = True
        options.name_IDs = ["*"]
        options.layout_features = []
        sub = subset.Subsetter(options)
        sub.populate(unicodes=[ord(c) for c in self.used])
        font = _load(self.path, self.index)
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        return buf.getvalue()

    def to_unicode(self, ranges: bool) -> bytes:
        pairs = sorted((self.gid(c), ord(c)) for c in self.used)
        entries: list[str] = []
        if ranges:
            start = 0
            for i in range(1, len(pairs) + 1):
                run_ends = (
                    i == len(pairs)
                    or pairs[i][0] != pairs[i - 1][0] + 1
                    or pairs[i][1] != pairs[i - 1][1] + 1
                    or pairs[i][0] >> 8 != pairs[start][0] >> 8  # a range stays in one byte row
                )
                if run_ends:
                    (g0, u0), (g1, _) = pairs[start], pairs[i - 1]
                    entries.append(f"<{g0:04X}> <{g1:04X}> <{u0:04X}>")
                    start = i
            kind = "bfrange"
        else:
            entries = [f"<{g:04X}> <{u:04X}>" for g, u in pairs]
            kind = "bfchar"
        blocks = [entries[i : i + 100] for i in range(0, len(entries), 100)]
        body = "\n".join(f"{len(b)} begin{kind}\n" + "\n".join(b) + f"\nend{kind}" for b in blocks)
        return (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{body}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        ).encode()

    def widths(self) -> str:
        return " ".join(
            f"{self.gid(c)} [{round(self.advance(c))}]" for c in sorted(self.used, key=self.gid)
        )


def _layout(values: CertificateValues, font: _Font, rng: random.Random) -> list[Run]:
    """The certificate's text as runs, in reading order (domain-facts §5's form order)."""
    f = values.fields
    runs: list[Run] = [Run(50, 805, f"발급번호 : {values.issue_no}", 8)]
    title = "사업자등록증"
    runs.append(Run(PAGE_W / 2 - 110, 740, title, 24, label=True, spread=220))
    subtitle = "(법인사업자)" if values.kind == "corporate" else ""
    if values.taxpayer_type:
        subtitle = TAXPAYER_SUBTITLES[values.taxpayer_type]
    runs.append(Run(PAGE_W / 2 - font.width(subtitle, 12) / 2, 705, subtitle, 12))
    reg = f"등록번호 : {f['reg_no']}"
    runs.append(Run(PAGE_W / 2 - font.width(reg, 14) / 2, 665, reg, 14))
    y = 615.0

    def row(label: str, value: str) -> None:
        nonlocal y
        runs.append(Run(LABEL_X, y, label, SIZE, label=True, spread=COLON_X - LABEL_X - 8))
        runs.append(Run(COLON_X, y, ":", SIZE, label=True))
        for line in _wrap(value, font, SIZE, VALUE_RIGHT - VALUE_X):
            runs.append(Run(VALUE_X, y, line, SIZE))
            y -= SIZE * 1.45
        y -= ROW - SIZE * 1.45

    def beside(label: str, value: str) -> None:
        runs.append(
            Run(RIGHT_LABEL_X, y, label, SIZE, label=True, spread=RIGHT_COLON_X - RIGHT_LABEL_X - 8)
        )
        runs.append(Run(RIGHT_COLON_X, y, ":", SIZE, label=True))
        runs.append(Run(RIGHT_VALUE_X, y, value, SIZE))

    if values.kind == "individual":
        row("상호", f["trade_name"])
        beside("생년월일", _date_ko(f["birth_date"], rng))
        row("성명", f["representative"])
        row("개업연월일", _date_ko(f["open_date"], rng))
        row("사업장소재지", f["address"])
    else:
        row("법인명(단체명)", f["trade_name"])
        beside("법인등록번호", f["corp_reg_no"])
        row("대표자", f["representative"])
        row("개업연월일", _date_ko(f["open_date"], rng))
        row("사업장소재지", f["address"])
        row("본점소재지", f["hq_address"])
    runs.append(Run(LABEL_X, y, "사업의종류", SIZE, label=True, spread=COLON_X - LABEL_X - 8))
    runs.append(Run(COLON_X, y, ":", SIZE, label=True))
    for biz_type, biz_item in values.biz_rows:
        runs.append(Run(VALUE_X, y, "업태", SIZE, label=True))
        runs.append(Run(VALUE_X + 28, y, biz_type, SIZE))
        runs.append(Run(RIGHT_LABEL_X, y, "종목", SIZE, label=True))
        runs.append(Run(RIGHT_LABEL_X + 28, y, biz_item, SIZE))
        y -= ROW
    row("발급사유", values.reason)
    if values.kind == "individual":
        row("공동사업자", "")
    runs.append(Run(LABEL_X, y, "사업자 단위 과세 적용사업자 여부 : 여( ) 부( V )", 9.5))
    y -= ROW
    runs.append(Run(LABEL_X, y, f"전자세금계산서 전용 전자우편주소 : {values.email}", 9.5))
    issued = _date_ko(f["issue_date"], rng)
    runs.append(Run(PAGE_W / 2 - font.width(issued, 13) / 2, 190, issued, 13))
    office = f["tax_office"] + "장"
    runs.append(Run(PAGE_W / 2 - font.width(office, 18) / 2, 140, office, 18))
    runs.append(Run(50, 50, "국세청 홈택스(www.hometax.go.kr)에서 발급된 문서입니다.", 8))
    return [r for r in runs if r.text]


def _wrap(text: str, font: _Font, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split(" "):
        if lines and font.width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def _seal(runs: list[Run], font: _Font) -> str:
    """A red square seal frame over the end of the tax office's name ("…세무서장"): the
    office's official seal, stamped across its last letters."""
    office = next(r for r in runs if r.text.endswith("세무서장"))
    end = office.x + font.width(office.text, office.size)
    side = office.size * 2.6
    x, y = end - side * 0.55, office.y - side * 0.35
    return f"q 0.84 0.2 0.2 RG 1.6 w {x:.2f} {y:.2f} {side:.2f} {side:.2f} re S Q\n"


def _rules(runs: list[Run] | None = None) -> str:
    """The form's outer frame (a page-sized box: no table cell) and, given the runs, the
    table of the fields: a rule above each labelled row and under the last, the label
    column's rule and the table's sides (the 사업의 종류 cell holds its 업태/종목 rows)."""
    out = "q 0.5 w 40 40 515 760 re S Q\n"
    labels = [r for r in runs or [] if r.label and r.spread and r.x == LABEL_X]
    if not labels:
        return out
    tops = [r.y + 0.62 * ROW for r in labels]
    bottom = labels[-1].y - 0.38 * ROW
    lines = [(55.0, y, 545.0, y) for y in [*tops, bottom]]
    lines += [(x, tops[0], x, bottom) for x in (55.0, COLON_X - 3, 545.0)]
    return (
        out
        + "q 0.6 w\n"
        + "".join(f"{a:.2f} {b:.2f} m {c:.2f} {d:.2f} l S\n" for a, b, c, d in lines)
        + "Q\n"
    )


def _show(run: Run, font: _Font, producer: str, rng: random.Random) -> list[str]:
    """Text objects that show `run` as `producer` does, each a complete BT … ET."""
    chars = run.text
    if run.label and run.spread and len(chars) > 1:
        gap = (run.spread - font.width(chars, run.size)) / (len(chars) - 1)
    else:
        gap = 0.0
    size = f"{run.size:.2f}"
    if producer == "glyph_runs" or (gap > 0 and producer not in ("spread", "kerned")):
        out, x = [], run.x
        for c in chars:
            if c != " ":
                out.append(
                    f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {run.y:.2f} Tm <{font.encode(c)}> Tj ET"
                )
            x += font.width(c, run.size) + max(gap, 0.0)
        return out
    if producer == "kerned":
        parts: list[str] = []
        for i, c in enumerate(chars):
            if c == " ":
                parts.append(str(-round(font.advance(" ") + rng.randrange(-20, 40))))
                continue
            parts.append(f"<{font.encode(c)}>")
            if i + 1 < len(chars) and chars[i + 1] != " ":
                kern = -gap * 1000 / run.size if gap else rng.choice((0, 0, -8, 12, -15, 20))
                parts.append(str(round(kern)))
        return [f"BT /F1 {size} Tf {run.x:.2f} {run.y:.2f} Td [{' '.join(parts)}] TJ ET"]
    if producer == "spread":
        # Size 1 scaled by the text matrix; Tc spreads a label, Tz narrows a value.
        scale = "100 Tz " if run.label else "96 Tz "
        spacing = gap / run.size if gap else 0.0
        return [
            f"BT /F1 1 Tf {spacing:.4f} Tc {scale}{run.size:.2f} 0 0 {run.size:.2f} "
            f"{run.x:.2f} {run.y:.2f} Tm <{font.encode(chars)}> Tj ET"
        ]
    return [f"BT /F1 {size} Tf {run.x:.2f} {run.y:.2f} Td <{font.encode(chars)}> Tj ET"]


def _content(
    runs: list[Run], font: _Font, producer: str, rng: random.Random, *, ruled: bool
) -> str:
    rules = _rules(runs if ruled else None)
    if producer == "out_of_order":
        # Bottom of the page first, so each line's value comes before its label; then the
        # lines shuffled in blocks, as a server that writes fields as it fetches them.
        runs = runs[::-1]
    objects = [obj for run in runs for obj in _show(run, font, producer, rng)]
    if producer in ("out_of_order", "glyph_runs"):
        rng.shuffle(objects)
    return rules + "0 g\n" + "\n".join(objects) + "\n" + _seal(runs, font)


class _Writer:
    """Numbered objects and the cross-reference table of one PDF file."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def add(self, body: bytes | str) -> int:
        self.objects.append(body.encode() if isinstance(body, str) else body)
        return len(self.objects)

    def reserve(self) -> int:
        return self.add(b"")

    def set(self, number: int, body: bytes | str) -> None:
        self.objects[number - 1] = body.encode() if isinstance(body, str) else body

    def stream(self, data: bytes, extra: str = "", *, compress: bool = True) -> int:
        if compress:
            data, extra = zlib.compress(data), extra + " /Filter /FlateDecode"
        return self.add(
            f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"
        )

    def output(self, root: int, producer: str) -> bytes:
        info = self.add(f"<< /Producer ({producer}) /CreationDate (D:20261201093000+09'00') >>")
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
        out += (
            f"trailer\n<< /Size {len(self.objects) + 1} /Root {root} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n"
        ).encode()
        return bytes(out)


def _font_objects(w: _Writer, font: _Font, *, ranges: bool) -> int:
    program = font.program()
    file2 = w.stream(program, f" /Length1 {len(program)}")
    head = font.source["head"]
    hhea = font.source["hhea"]
    s = font.scale
    name = "ABCDEF+" + font.source["name"].getDebugName(6).replace(" ", "")
    descriptor = w.add(
        f"<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [{round(head.xMin * s)} "
        f"{round(head.yMin * s)} {round(head.xMax * s)} {round(head.yMax * s)}] /ItalicAngle 0 "
        f"/Ascent {round(hhea.ascent * s)} /Descent {round(hhea.descent * s)} /CapHeight "
        f"{round(hhea.ascent * s)} /StemV 80 /FontFile2 {file2} 0 R >>"
    )
    cid = w.add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry "
        f"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R "
        f"/DW 1000 /W [{font.widths()}] /CIDToGIDMap /Identity >>"
    )
    unicode = w.stream(font.to_unicode(ranges))
    return w.add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
        f"/DescendantFonts [{cid} 0 R] /ToUnicode {unicode} 0 R >>"
    )


def _page_file(content: bytes, resources: Callable[[_Writer], str], producer: str) -> bytes:
    w = _Writer()
    catalog, pages = w.reserve(), w.reserve()
    res = resources(w)
    stream = w.stream(content)
    page = w.add(
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
        f"/Resources {res} /Contents {stream} 0 R >>"
    )
    w.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    w.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    return w.output(catalog, producer)


def _truth(values: CertificateValues, name: str) -> dict[str, object]:
    return {
        "kind": values.kind,
        "taxpayer_type": values.taxpayer_type,
        "fields": dict(values.fields),
        "variant": name,
    }


def certificate_pdf(
    seed: int, producer: str, face: FontFace, *, kind: str | None = None, ruled: bool = False
) -> tuple[bytes, dict[str, object]]:
    """(PDF bytes, truth) of the dev renderer's values for `seed`, written as `producer`;
    `ruled` draws the fields in a ruled table (label and value cells), as 홈택스 prints it."""
    if producer not in PRODUCERS:
        raise ValueError(producer)
    rng = random.Random(seed)
    values = random_values(rng, kind)
    font = _Font(face)
    runs = _layout(values, font, rng)
    # Written before the font, so that every character the page shows is in `font.used`.
    content = _content(runs, font, producer, random.Random(seed + 1), ruled=ruled)

    def resources(w: _Writer) -> str:
        fonts = f"<< /Font << /F1 {_font_objects(w, font, ranges=producer == 'bfrange')} 0 R >> >>"
        if producer != "xobject":
            return fonts
        form = w.stream(
            content.encode(),
            f" /Type /XObject /Subtype /Form /BBox [0 0 {PAGE_W} {PAGE_H}] /Resources {fonts}",
        )
        return f"<< /XObject << /Fm1 {form} 0 R >> >>"

    page = "q 0.94 0 0 0.94 18 25 cm /Fm1 Do Q\n" if producer == "xobject" else content
    return _page_file(page.encode(), resources, f"cert_pdfs {producer}"), _truth(values, producer)


# What a scanner's OCR gets wrong in a page it reads: letters of like shape.
_MISREADS = {"0": "O", "1": "l", "층": "충", "업": "엽", "동": "둥", "로": "료", "8": "B"}


def misread(text: str, rng: random.Random) -> str:
    """`text` with one letter misread as a scanner's OCR would, unchanged if none can be."""
    spots = [i for i, c in enumerate(text) if c in _MISREADS]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[:i] + _MISREADS[text[i]] + text[i + 1 :]


# How a scanner's software hides its OCR text on the page it scanned.
SCAN_LAYERS = (
    "invisible",  # the image, then the text in render mode 3 (Acrobat, ocrmypdf)
    "under",  # the text drawn first, the image over it
    "transparent",  # the image, then the text painted with a fill opacity of 0
    "strips",  # the text under an image cut into horizontal strips (MRC / striped scans)
    "form_under",  # text under image, both inside a Form XObject the page draws
)
_STRIPS = 4


def scanned_pdf(
    seed: int, face: FontFace, *, layer: str = "invisible", dpi: int = 200
) -> tuple[bytes, dict[str, object], dict[str, str]]:
    """A scan of the ``runs`` page (a grey JPEG filling the page) with the scanner's OCR
    text hidden as `layer` says (`SCAN_LAYERS`). The hidden text misreads one letter of
    several values; returns (PDF, truth, the misread values by field)."""
    if layer not in SCAN_LAYERS:
        raise ValueError(layer)
    digital, truth = certificate_pdf(seed, "runs", face)
    pdf = pdfium.PdfDocument(digital)
    try:
        image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    strips = _STRIPS if layer == "strips" else 1
    step = -(-image.height // strips)
    jpegs = []
    for i in range(strips):
        buf = io.BytesIO()
        image.crop((0, i * step, image.width, min(image.height, (i + 1) * step))).save(
            buf, "JPEG", quality=88
        )
        jpegs.append(buf.getvalue())
    rng = random.Random(seed)
    values = random_values(rng)  # as `certificate_pdf` drew them; `rng` goes on to `_layout`
    fields = values.fields
    slip = random.Random(seed + 2)
    rows = list(values.biz_rows)
    rows[0] = (rows[0][0], misread(rows[0][1], slip))
    wrong = {name: misread(fields[name], slip) for name in ("trade_name", "address")}
    wrong["biz_item"] = ", ".join(dict.fromkeys(item for _, item in rows))
    wrong = {name: value for name, value in wrong.items() if value != fields[name]}
    wrong_values = CertificateValues(
        values.kind,
        values.taxpayer_type,
        {**fields, **wrong},
        tuple(rows),
        values.issue_no,
        values.reason,
        values.email,
    )
    font = _Font(face)
    runs = _layout(wrong_values, font, rng)
    text = "\n".join(o for run in runs for o in _show(run, font, "runs", slip)) + "\n"
    strip_h = PAGE_H * step / image.height
    picture = "".join(
        f"q {PAGE_W} 0 0 {min(strip_h, PAGE_H - i * strip_h):.3f} 0 "
        f"{max(0.0, PAGE_H - (i + 1) * strip_h):.3f} cm /Im{i} Do Q\n"
        for i in range(strips)
    )
    if layer == "invisible":
        content = picture + text.replace("BT ", "BT 3 Tr ")
    elif layer == "transparent":
        content = picture + "q /GS0 gs\n" + text + "Q\n"
    else:
        content = text + picture

    def resources(w: _Writer) -> str:
        images = []
        for i, data in enumerate(jpegs):
            height = min(step, image.height - i * step)
            ref = w.stream(
                data,
                f" /Type /XObject /Subtype /Image /Width {image.width} /Height {height} "
                "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode",
                compress=False,
            )
            images.append(f"/Im{i} {ref} 0 R")
        fonts = f"/Font << /F1 {_font_objects(w, font, ranges=False)} 0 R >>"
        res = f"<< {fonts} /XObject << {' '.join(images)} >> /ExtGState << /GS0 << /ca 0 >> >> >>"
        if layer != "form_under":
            return res
        form = w.stream(
            content.encode(),
            f" /Type /XObject /Subtype /Form /BBox [0 0 {PAGE_W} {PAGE_H}] /Resources {res}",
        )
        return f"<< /XObject << /Fm1 {form} 0 R >> >>"

    page = "q /Fm1 Do Q\n" if layer == "form_under" else content
    data = _page_file(page.encode(), resources, "Scanner OCR")
    return data, {**truth, "variant": f"scanned_{layer}"}, wrong


class _PathPen(BasePen):
    """A glyph's outline as PDF path operators, in font units."""

    def __init__(self) -> None:
        super().__init__(None)
        self.ops: list[str] = []

    def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 (fontTools' pen API)
        self.ops.append(f"{pt[0]:.0f} {pt[1]:.0f} m")

    def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self.ops.append(f"{pt[0]:.0f} {pt[1]:.0f} l")

    def _curveToOne(  # noqa: N802
        self, a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]
    ) -> None:
        self.ops.append(f"{a[0]:.0f} {a[1]:.0f} {b[0]:.0f} {b[1]:.0f} {c[0]:.0f} {c[1]:.0f} c")

    def _closePath(self) -> None:  # noqa: N802
        self.ops.append("h")


def outlined_pdf(seed: int, face: FontFace) -> tuple[bytes, dict[str, object]]:
    """The ``runs`` page with every letter drawn as its outline (a PDF whose text was
    converted to curves, as design tools and some print drivers do): no text layer."""
    rng = random.Random(seed)
    values = random_values(rng)
    font = _Font(face)
    runs = _layout(values, font, rng)
    glyphs = font.source.getGlyphSet()
    drawn: dict[str, str] = {}
    ops = [_rules(), "0 g"]
    for run in runs:
        x = run.x
        gap = 0.0
        if run.label and run.spread and len(run.text) > 1:
            gap = (run.spread - font.width(run.text, run.size)) / (len(run.text) - 1)
        for c in run.text:
            if c != " ":
                name = font.cmap[ord(c)]
                if name not in drawn:
                    pen = _PathPen()
                    glyphs[name].draw(pen)
                    drawn[name] = " ".join(pen.ops)
                k = run.size / 1000 * font.scale
                ops.append(f"q {k:.5f} 0 0 {k:.5f} {x:.2f} {run.y:.2f} cm {drawn[name]} f Q")
            x += font.width(c, run.size) + gap
    ops.append(_seal(runs, font))
    data = _page_file("\n".join(ops).encode(), lambda w: "<< >>", "Outlines")
    return data, _truth(values, "outlined")
