"""What the merchant is told when a certificate upload is refused, in Korean and English.

All texts live here so that translators and support read them in one place.
"""

from __future__ import annotations

from enum import StrEnum


class RejectCode(StrEnum):
    NOT_AN_IMAGE = "not_an_image"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    TOO_MANY_PIXELS = "too_many_pixels"
    TOO_SMALL = "too_small"
    BAD_SHAPE = "bad_shape"
    MULTI_PAGE_PDF = "multi_page_pdf"
    MULTI_PAGE_TIFF = "multi_page_tiff"
    NO_CERTIFICATE_PAGE = "no_certificate_page"
    ENCRYPTED_PDF = "encrypted_pdf"
    UNREADABLE = "unreadable"
    OCR_UNAVAILABLE = "ocr_unavailable"


MESSAGES: dict[RejectCode, tuple[str, str]] = {
    RejectCode.NOT_AN_IMAGE: (
        "이미지나 PDF 파일이 아닙니다. 사업자등록증을 PNG, JPG, TIFF 또는 PDF로 올려 주세요.",
        "This is not an image or PDF. Please upload the certificate as PNG, JPG, TIFF or PDF.",
    ),
    RejectCode.EMPTY: (
        "빈 파일입니다. 사업자등록증 파일을 다시 올려 주세요.",
        "The file is empty. Please upload the certificate again.",
    ),
    RejectCode.TOO_LARGE: (
        "파일이 너무 큽니다(최대 10MB). 해상도를 낮추거나 PDF로 저장해 다시 올려 주세요.",
        "The file is too large (10 MB at most). Please reduce the resolution or save it "
        "as a PDF and upload again.",
    ),
    RejectCode.TOO_MANY_PIXELS: (
        "이미지 해상도가 너무 큽니다. 일반 스캔(300dpi) 또는 휴대폰 사진으로 다시 올려 주세요.",
        "The image resolution is too high. Please upload a normal scan (300 dpi) or a phone photo.",
    ),
    RejectCode.TOO_SMALL: (
        "이미지가 너무 작아 글자를 읽을 수 없습니다. 더 선명한 이미지로 올려 주세요.",
        "The image is too small to read. Please upload a sharper image.",
    ),
    RejectCode.BAD_SHAPE: (
        "이미지가 너무 길거나 좁아 사업자등록증 한 장으로 볼 수 없습니다. "
        "문서 전체가 보이도록 다시 찍거나 스캔해서 올려 주세요.",
        "The image is far too long or too narrow to be a certificate page. Please photograph "
        "or scan the whole page and upload it again.",
    ),
    RejectCode.MULTI_PAGE_PDF: (
        "PDF의 쪽수가 너무 많습니다(최대 10쪽). 사업자등록증 쪽만 담긴 PDF나 이미지로 올려 주세요.",
        "The PDF has too many pages (10 at most). Please upload a PDF or image with only the "
        "certificate page.",
    ),
    RejectCode.MULTI_PAGE_TIFF: (
        "TIFF 파일에 여러 쪽이 들어 있습니다. 사업자등록증 1쪽만 올려 주세요.",
        "The TIFF file has several pages. Please upload only the certificate page.",
    ),
    RejectCode.NO_CERTIFICATE_PAGE: (
        "PDF의 앞쪽(최대 3쪽)에서 사업자등록증을 찾지 못했습니다. 사업자등록증 쪽만 담긴 PDF나 "
        "이미지로 올려 주세요.",
        "No page of the PDF (the first 3 were checked) looks like a business registration "
        "certificate. Please upload a PDF or image with only the certificate page.",
    ),
    RejectCode.ENCRYPTED_PDF: (
        "암호가 걸린 PDF는 읽을 수 없습니다. 암호 없이 저장해 다시 올려 주세요.",
        "Password-protected PDFs cannot be read. Please save it without a password and "
        "upload again.",
    ),
    RejectCode.UNREADABLE: (
        "파일이 손상되었거나 읽을 수 없습니다. 다시 저장하거나 스캔해서 올려 주세요.",
        "The file is damaged or cannot be read. Please save or scan it again and upload it.",
    ),
    RejectCode.OCR_UNAVAILABLE: (
        "지금은 자동 인식을 할 수 없습니다. 사업자 정보를 직접 입력해 주세요.",
        "Automatic reading is unavailable right now. Please type the business details in.",
    ),
}


def message(code: RejectCode) -> tuple[str, str]:
    """(Korean, English) text for a refusal."""
    return MESSAGES[code]
