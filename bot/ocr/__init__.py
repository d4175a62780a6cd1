"""Reading a business registration certificate (사업자등록증) by OCR.

`check_upload(data, filename)` is the cheap gate for transports (magic bytes, size, pixel
count); `read_certificate(data, filename)` does the whole reading. Both raise
`CertificateRejected(code, message_ko, message_en)` for a file they refuse.
"""

from bot.ocr.errors import CertificateRejected
from bot.ocr.formats import DetectedFormat, ImageFormat, check_upload
from bot.ocr.messages import RejectCode
from bot.ocr.reader import read_certificate
from bot.ocr.reading import CertificateKind, CertificateReading, FieldReading, TaxpayerType

__all__ = [
    "CertificateKind",
    "CertificateReading",
    "CertificateRejected",
    "DetectedFormat",
    "FieldReading",
    "ImageFormat",
    "RejectCode",
    "TaxpayerType",
    "check_upload",
    "read_certificate",
]
