"""Renders shared by the OCR tests: few, cached for the session (each read costs ~1 s)."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

from bot.ocr import CertificateReading, read_certificate
from tests.support.certificates import RenderedCertificate, render_certificate

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract binary not installed"
)

# (seed, kind, variant): both forms clean, and each degradation once.
CASES = [
    (11, "individual", "clean"),
    (12, "corporate", "clean"),
    (13, "individual", "rot"),
    (14, "corporate", "perspective"),
    (15, "individual", "noise"),
    (16, "corporate", "lowres"),
    (17, "individual", "jpeg"),
    (18, "corporate", "tint"),
    (19, "individual", "blur"),
]


@pytest.fixture(scope="session")
def reading_of() -> Callable[[int, str, str], tuple[RenderedCertificate, CertificateReading]]:
    cache: dict[tuple[int, str, str], tuple[RenderedCertificate, CertificateReading]] = {}

    def read(seed: int, kind: str, variant: str) -> tuple[RenderedCertificate, CertificateReading]:
        key = (seed, kind, variant)
        if key not in cache:
            # A fixed font per form keeps the test independent of which fonts are installed.
            cert = render_certificate(seed, kind=kind, variant=variant, font="NanumMyeongjo")
            cache[key] = (cert, read_certificate(cert.data, cert.filename))
        return cache[key]

    return read
