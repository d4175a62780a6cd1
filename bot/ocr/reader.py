"""`read_certificate`: bytes in, checked fields out."""

from __future__ import annotations

import datetime as dt
import time
from concurrent.futures import Future, ThreadPoolExecutor

from bot.ocr import checks, features, scan_layer, tax_office
from bot.ocr.engine import read_words
from bot.ocr.errors import CertificateRejected
from bot.ocr.extract import (
    CORRECTED_FACTOR,
    Extraction,
    checked,
    extract,
    office_by_district,
    reread_dates,
    trade_name_value,
)
from bot.ocr.formats import ImageFormat, check_upload
from bot.ocr.latin import Reread, reread_building_letters, reread_capitals
from bot.ocr.layout import Line, group_lines
from bot.ocr.loading import load_image
from bot.ocr.messages import RejectCode
from bot.ocr.preprocess import Prepared, prepare
from bot.ocr.reading import CertificateKind, CertificateReading, FieldReading, Source
from bot.ocr.text_layer import is_certificate, page_texts

FLAG_LATIN = "latin_reread"
FLAG_LATIN_UNSURE = "latin_unsure"


def read_certificate(
    data: bytes, filename: str | None = None, *, steps: frozenset[str] | None = None
) -> CertificateReading:
    """Read a 사업자등록증 image or PDF.

    Raises `CertificateRejected` for a file it will not read (not an image, too large, a
    bomb, too many pages, truncated, a PDF of several pages none of which is a certificate)
    or when tesseract is unavailable. A readable file always gives a reading: fields it
    could not read are listed in `.missing`, never guessed. Of a PDF, the first page that
    is a certificate is read (`.page` says which), from its text layer when it has one we
    trust. `steps` switches preprocessing steps off for the benchmark; leave it None.
    """
    started = time.perf_counter()
    detected = check_upload(data, filename)
    if detected.format is not ImageFormat.PDF:
        return _read_pixels(data, filename, steps, started)
    texts = page_texts(data)
    for index, lines in enumerate(texts):
        if lines is not None and is_certificate(lines):
            digital = _read_text_layer(lines)
            if digital is not None:
                return _reading(digital, (), started, Source.TEXT_LAYER, index + 1)
    if detected.pages == 1:
        return _read_pixels(data, filename, steps, started, page=0)
    # Several pages: OCR those whose text does not already say they are something else (a
    # scan has none), first to last, until one reads as a certificate.
    for index, lines in enumerate(texts):
        if lines is None or is_certificate(lines):
            reading = _read_pixels(data, filename, steps, started, page=index)
            if "reg_no" in reading.fields or len(reading.fields) >= _CERTIFICATE_FIELDS:
                return reading
    raise CertificateRejected(
        RejectCode.NO_CERTIFICATE_PAGE, f"{detected.pages} pages, {len(texts)} looked at"
    )


# Fields an OCR reading of a page must have, without the registration number, to be taken
# for the certificate: a cover letter or a receipt yields a date and a name at most.
_CERTIFICATE_FIELDS = 4


def _read_pixels(
    data: bytes,
    filename: str | None,
    steps: frozenset[str] | None,
    started: float,
    *,
    page: int | None = None,
) -> CertificateReading:
    """OCR of the image, or of a PDF's page `page` (0-based) rendered."""
    loaded = load_image(data, filename, page=page or 0)
    prepared = prepare(loaded.image, loaded.dpi, steps)
    lines = group_lines(read_words(prepared.image, dpi=prepared.dpi))
    ex = extract(lines)
    with ThreadPoolExecutor(max_workers=_LOOKS, thread_name_prefix="ocr-look") as pool:
        looks = _SecondLooks.start(pool, prepared, lines, ex)
        reread_dates(prepared.image, ex, prepared.dpi)  # ocrcal: extract.py's second look
        looks.apply(ex, lines)
    office_by_district(ex)  # ocrcal: extract.py, once every reading of the office is in
    _flag_implausible_dates(ex)
    reading = _reading(
        ex, tuple(prepared.steps), started, Source.OCR, None if page is None else page + 1
    )
    # pdf6: a scanned page's hidden OCR text is a second reading (scan_layer).
    return reading if page is None else scan_layer.cross_check(reading, data, page)


# Second looks that can run at once: the office title, the trade name's Latin capitals and
# the two addresses' building letters (the dates' look runs in the calling thread).
_LOOKS = 4


class _SecondLooks:
    """The second looks at a page, each a tesseract run of its own, started together.

    Each look depends only on the page pass (its words and what `extract` made of them),
    never on another look, so they run side by side: a tesseract run is a child process,
    and a thread waiting for one holds no lock, so on two cores the office title (`kor`)
    and the Latin capitals (`eng`, whose model alone takes ~0.1 s to load) are read in the
    time of the longer. Their results are put in the extraction one after the other, in
    the order and under the conditions of the sequential reader, so the reading is the
    same (tests/ocr/test_ocr26_looks.py).
    """

    def __init__(
        self,
        office: Future[FieldReading | None] | None,
        capitals: Future[Reread | None] | None,
        letters: dict[str, Future[tuple[str, str, float] | None]],
    ) -> None:
        self.office = office
        self.capitals = capitals
        self.letters = letters

    @classmethod
    def start(
        cls, pool: ThreadPoolExecutor, prepared: Prepared, lines: list[Line], ex: Extraction
    ) -> _SecondLooks:
        image, dpi = prepared.image, prepared.dpi
        office = ex.fields.get("tax_office")
        office_look = None
        if office is None or office.confidence < 0.8 or office.flags:
            office_look = pool.submit(tax_office.reread, image, lines, ex.body_end)
        capitals = None
        if "trade_name" in ex.fields and "trade_name" in ex.boxes:
            capitals = pool.submit(reread_capitals, image, ex.boxes["trade_name"], dpi)
        letters: dict[str, Future[tuple[str, str, float] | None]] = {
            name: pool.submit(reread_building_letters, image, ex.boxes[name], dpi)
            for name in ("address", "hq_address")
            if name in ex.fields and name in ex.boxes
        }
        return cls(office_look, capitals, letters)

    def apply(self, ex: Extraction, lines: list[Line]) -> None:
        """The looks' results into `ex`, in the sequential reader's order (a look that
        failed raises here, where the sequential reader would have)."""
        if self.office is not None:
            second = self.office.result()
            if second is not None:
                second = checked(second, checks.tax_office)
                office = ex.fields.get("tax_office")
                # Keep the first read when the second is no better by the list of offices.
                if office is None or not second.flags or office.flags:
                    ex.fields["tax_office"] = second
        if "tax_office" not in ex.fields and features.on(features.TAX_OFFICE_LIST):
            sealed = tax_office.under_the_seal(lines, ex.body_end)
            if sealed is not None:
                ex.fields["tax_office"] = sealed
        if self.capitals is not None:
            _latin_capitals(ex, self.capitals.result())
        for name, look in self.letters.items():
            _building_letters(ex, name, look.result())


def _latin_capitals(ex: Extraction, capitals: Reread | None) -> None:
    """The trade name with the Latin capitals `kor` dropped or misread put back, or flagged
    where `eng` could not read them for sure."""
    trade = ex.fields["trade_name"]
    if capitals is not None and capitals.words is not None:
        value, _ = trade_name_value(capitals.words)
        conf = min(trade.confidence, capitals.confidence) * CORRECTED_FACTOR
        flags = (*trade.flags, FLAG_LATIN)
        trade = ex.fields["trade_name"] = FieldReading(value, conf, flags)
    if capitals is not None and capitals.unsure:
        # ocr11: digits or marks where Latin capitals may stand, which `eng` could not
        # read for sure: kept as read, for the merchant to check.
        flags = (*trade.flags, FLAG_LATIN_UNSURE)
        ex.fields["trade_name"] = FieldReading(trade.value, trade.confidence, flags)


def _building_letters(ex: Extraction, name: str, found: tuple[str, str, float] | None) -> None:
    """Put back a Latin letter that starts the building name ("e편한세상"), which the Korean
    model reads as "@" or "6"; the value is then one to confirm."""
    field = ex.fields[name]
    if found is None:
        return
    read, letters, conf = found
    if field.value.count(f", {read}") != 1:
        return
    value = field.value.replace(f", {read}", f", {letters}")
    reading = FieldReading(
        value, min(field.confidence, conf) * CORRECTED_FACTOR, (*field.flags, FLAG_LATIN)
    )
    ex.fields[name] = checked(reading, checks.address)


def _flag_implausible_dates(ex: Extraction) -> None:
    dates = {k: f.value for k, f in ex.fields.items() if k.endswith("_date")}
    for name in checks.implausible_dates(dates, dt.date.today().isoformat()):
        f = ex.fields[name]
        ex.fields[name] = FieldReading(f.value, f.confidence, (*f.flags, checks.FLAG_IMPLAUSIBLE))


def _read_text_layer(lines: list[Line]) -> Extraction | None:
    """The fields of a digital PDF's certificate page from its text; None when they cannot
    be trusted (a registration number missing or failing its check digit)."""
    ex = extract(lines, exact=True)
    reg_no = ex.fields.get("reg_no")
    if reg_no is None or reg_no.flags:
        return None
    return ex


def _reading(
    ex: Extraction,
    steps: tuple[str, ...],
    started: float,
    source: Source,
    page: int | None = None,
) -> CertificateReading:
    return CertificateReading(
        kind=ex.kind or CertificateKind.INDIVIDUAL,
        taxpayer_type=ex.taxpayer_type,
        fields=ex.fields,
        kind_confidence=ex.kind_confidence,
        steps=steps,
        seconds=time.perf_counter() - started,
        source=source,
        page=page,
    )
