"""The tesseract call: word boxes with confidences, and where the spaces really are.

Tesseract's Korean model splits words into odd fragments in its TSV (word boxes) while its
plain-text output spaces them as printed. One run writes both; `space_before` carries the
text output's spacing onto the boxes.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytesseract
from numpy.typing import NDArray

from bot.ocr.errors import CertificateRejected
from bot.ocr.messages import RejectCode

LANG = "kor"
# psm 6 (one uniform block) keeps every row of the bordered form; the default psm 3 drops
# most of them. `kor` alone beats `kor+eng`: the English model turns spread labels into Latin.
PSM = "6"
TIMEOUT_S = 60
# tesseract 5 reads a line it read with low confidence again, inverted (`tessedit_do_invert`).
# Every image it is given here is dark print on light paper, but that second reading is kept:
# ocr29 turned it off (5-9 % of tesseract's time, ~0.02 s a file) and the old set, which it
# was not made on, lost a field net ("e편한세상" read "@편한세상"; session 13, decisions.md).
# COMPRESSION_NONE (libtiff's code 1) for tesseract's input file.
_TIFF_UNCOMPRESSED = [cv2.IMWRITE_TIFF_COMPRESSION, 1]


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..1
    line_key: tuple[int, int, int]  # (block, paragraph, line) as tesseract grouped them
    space_before: bool = True

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


def tesseract_available() -> bool:
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


def _run(image: NDArray[np.uint8], psm: str, dpi: int, lang: str) -> tuple[str, str]:
    """One tesseract run through pytesseract that writes both the text and the word boxes.

    pytesseract's `image_to_data` would give the boxes without the text output's spacing, and
    `run_and_get_multiple_output` takes no page-segmentation options, so its `run_tesseract`
    is called with the `txt` config plus `tessedit_create_tsv`. The input is written as an
    uncompressed TIFF: no compression to spend time on (pytesseract's default is PNG), and
    read in strips, where Leptonica 1.82 reads a PGM one byte per `fread` call (~0.07 s of
    a 0.7 s page; ocr26, docs/decisions.md). The pixels, and so the reading, are the same.
    """
    # Tesseract's OpenMP threads fight each other (and the other worker) on 2 cores: one
    # thread gave the same text 1.6x faster. pytesseract passes the process environment on.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    with tempfile.TemporaryDirectory(prefix="onboard-ocr-") as tmp:
        source = Path(tmp) / "page.tif"
        if not cv2.imwrite(str(source), image, _TIFF_UNCOMPRESSED):
            raise CertificateRejected(RejectCode.OCR_UNAVAILABLE, "could not write the page")
        base = Path(tmp) / "out"
        config = f"--psm {psm} --oem 1 --dpi {dpi} -c tessedit_create_tsv=1"
        try:
            pytesseract.pytesseract.run_tesseract(
                str(source), str(base), "txt", lang, config=config, timeout=TIMEOUT_S
            )
        except pytesseract.TesseractNotFoundError as exc:
            raise CertificateRejected(RejectCode.OCR_UNAVAILABLE, "no tesseract binary") from exc
        except pytesseract.TesseractError as exc:
            raise CertificateRejected(RejectCode.OCR_UNAVAILABLE, str(exc)[-300:]) from exc
        except RuntimeError as exc:  # pytesseract raises a bare RuntimeError on its timeout
            raise CertificateRejected(RejectCode.OCR_UNAVAILABLE, "tesseract timed out") from exc
        txt = base.with_suffix(".txt").read_text("utf-8")
        tsv = base.with_suffix(".tsv").read_text("utf-8")
    return txt, tsv


def _parse_tsv(tsv: str) -> list[Word]:
    words = []
    rows = csv.reader(tsv.splitlines()[1:], delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        if len(row) < 12 or row[0] != "5":
            continue
        text = row[11].strip()
        if not text:
            continue
        words.append(
            Word(
                text=text,
                left=int(row[6]),
                top=int(row[7]),
                width=int(row[8]),
                height=int(row[9]),
                conf=max(0.0, float(row[10])) / 100,
                line_key=(int(row[2]), int(row[3]), int(row[4])),
            )
        )
    return words


def _apply_spacing(words: list[Word], txt: str) -> list[Word]:
    """Mark which words the text output separates by a space from the word before."""
    # Word boundaries in the text output, as character offsets of non-space characters.
    starts: set[int] = set()
    position = 0
    for line in txt.splitlines():
        for i, token in enumerate(line.split()):
            if i > 0:
                starts.add(position)
            position += len(token)
    out = []
    position = 0
    for word in words:
        out.append(
            Word(
                word.text, word.left, word.top, word.width, word.height, word.conf,
                word.line_key, space_before=position in starts,
            )
        )  # fmt: skip
        position += len("".join(word.text.split()))
    return out


def read_words(
    image: NDArray[np.uint8], dpi: int = 300, psm: str = PSM, lang: str = LANG
) -> list[Word]:
    txt, tsv = _run(image, psm, dpi, lang)
    words = _parse_tsv(tsv)
    compact_txt = "".join(txt.split())
    compact_tsv = "".join("".join(w.text.split()) for w in words)
    if compact_txt != compact_tsv:
        return words  # outputs disagree (should not happen): keep tesseract's word split
    return _apply_spacing(words, txt)
