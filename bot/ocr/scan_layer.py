"""A scanner's searchable PDF: the OCR of its pixels, checked against the scanner's own OCR.

A scanner (or its software) that makes a "searchable PDF" puts the scanned image on the page
and its OCR of it as text nobody sees (render mode 3, or under the image). That text is not
the document's: the scanner's OCR misreads as any OCR does ("O" for "0", "충" for "층", "엽"
for "업"), so it is never trusted as a born-digital text layer is (`text_layer`). The page is
read from its pixels like any scan, and the hidden text is a second, independent reading:

- a field both readings give alike is sure (two readers rarely make the same mistake);
- a field they give differently is marked for the merchant to check, showing the reading
  whose value passes the field's checks (a check digit, the list of 업태/종목 names …);
- a field only the hidden text gives is shown, marked for checking; one only the pixels
  give stays as read.
"""

from __future__ import annotations

import dataclasses

from bot.ocr.extract import CLEAR_CONF, extract
from bot.ocr.reading import SURE_CONFIDENCE, CertificateReading, FieldReading, Source
from bot.ocr.text_layer import scan_layer_lines

FLAG_LAYER_ONLY = "layer_only"
FLAG_LAYER_DIFFERS = "layer_differs"
# Flags that say only that a reader was unsure of letters (a lexicon changed some, a second
# look at a region, a repaired digit): a second reader giving the same value settles them.
# Flags about the value itself (an implausible date, a number of the wrong kind, a name not
# on a list) stay.
_READING_DOUBTS = frozenset(
    {
        "corrected",
        "near_listed",
        "latin_reread",
        "reread",
        "repaired",
        "lost_digit",
        "spacing",
        "odd_mark",
        "partial",
    }
)
# Confidence of a value both readings give: sure.
AGREED_CONFIDENCE = 0.97
# A value only one reading gives, or one the readings disagree on, is at most this: below
# `SURE_CONFIDENCE`, so the merchant is asked to check it.
DOUBT_CONFIDENCE = 0.6
assert DOUBT_CONFIDENCE < SURE_CONFIDENCE


def _letters(value: str) -> str:
    return "".join(value.split())


def merge(ocr: FieldReading | None, layer: FieldReading | None) -> FieldReading | None:
    """One field from the two readings (see the module's docstring)."""
    if layer is None:
        return ocr
    if ocr is None:
        return FieldReading(
            layer.value,
            min(layer.confidence, DOUBT_CONFIDENCE),
            (*layer.flags, FLAG_LAYER_ONLY),
        )
    if ocr.value == layer.value:
        flags = tuple(f for f in ocr.flags if f not in _READING_DOUBTS)
        return FieldReading(ocr.value, max(ocr.confidence, AGREED_CONFIDENCE), flags)
    if _letters(ocr.value) == _letters(layer.value):
        # The same letters spaced differently: the scanner's OCR loses and adds spaces, the
        # pixels' reading stands as it was.
        return ocr
    # Shown is the reading with nothing against it: the hidden text when it passes the
    # field's checks and the pixels' reading does not, or tesseract was unsure of its
    # letters (below the confidence at which its words are taken as printed).
    doubtful = bool(ocr.flags) or ocr.confidence < CLEAR_CONF
    shown = layer if not layer.flags and doubtful else ocr
    return FieldReading(
        shown.value,
        min(shown.confidence, DOUBT_CONFIDENCE),
        (*shown.flags, FLAG_LAYER_DIFFERS),
    )


def cross_check(reading: CertificateReading, data: bytes, page_index: int) -> CertificateReading:
    """`reading` (the OCR of PDF page `page_index`) checked against the text the page hides;
    unchanged when it hides none. The reading's source then says so."""
    lines = scan_layer_lines(data, page_index)
    if lines is None:
        return reading
    layer = extract(lines).fields
    names = list(reading.fields) + [n for n in layer if n not in reading.fields]
    expected = set(reading.fields) | set(reading.missing)
    fields: dict[str, FieldReading] = {}
    agreed = 0
    for name in names:
        if name not in expected:
            continue  # a field of the other kind of certificate
        ocr, hidden = reading.fields.get(name), layer.get(name)
        merged = merge(ocr, hidden)
        if merged is not None:
            fields[name] = merged
        agreed += ocr is not None and hidden is not None and ocr.value == hidden.value
    extra = {**reading.extra, "layer_fields": len(layer), "layer_agreed": agreed}
    return dataclasses.replace(reading, fields=fields, source=Source.OCR_LAYER_CHECKED, extra=extra)
