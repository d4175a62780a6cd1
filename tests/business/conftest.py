"""A business-journey chat on a real database, with an OCR job whose reader tests control:
canned readings for the flow tests, the real reader (tesseract) where marked."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services
from bot.business.job import OcrJob
from bot.ocr import CertificateKind, CertificateReading, FieldReading, read_certificate
from bot.uploads import store_upload
from tests.fakes import FakeClock
from tests.harness import Chat, build_test_services

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract binary not installed"
)

INDIVIDUAL = {
    "reg_no": "123-45-67891",
    "trade_name": "하늘상사",
    "representative": "홍길동",
    "birth_date": "1985-07-21",
    "open_date": "2019-03-15",
    "address": "서울특별시 마포구 양화로 45 (서교동)",
    "biz_type": "도매 및 소매업",
    "biz_item": "전자상거래 소매업",
    "issue_date": "2020-01-02",
    "tax_office": "마포세무서",
}


def reading(
    fields: dict[str, str],
    *,
    kind: str = "individual",
    unsure: tuple[str, ...] = (),
    flags: dict[str, tuple[str, ...]] | None = None,
) -> CertificateReading:
    return CertificateReading(
        kind=CertificateKind(kind),
        taxpayer_type=None,
        fields={
            name: FieldReading(value, 0.5 if name in unsure else 0.97, (flags or {}).get(name, ()))
            for name, value in fields.items()
        },
    )


class ScriptedReader:
    """Canned readings by file content; anything else goes to the real reader (whose
    refusals need no tesseract)."""

    def __init__(self) -> None:
        self.readings: dict[bytes, CertificateReading] = {}
        self.calls = 0

    def __call__(self, data: bytes, filename: str | None) -> CertificateReading:
        self.calls += 1
        if data in self.readings:
            return self.readings[data]
        return read_certificate(data, filename)


class BusinessChat(Chat):
    def __init__(self, services: Services, reader: ScriptedReader, user: str = "U1") -> None:
        super().__init__(services, user)
        self.reader = reader

    def store(self, data: bytes, name: str = "cert.png") -> int:
        with self.db.transaction() as session:
            upload = store_upload(
                session,
                conversation_key=self.key,
                user_id=self.user,
                filename=name,
                data=data,
                now=self.services.engine.clock(),
            )
            return upload.id

    def send_certificate(self, result: CertificateReading | None, data: bytes = b"") -> str:
        data = data or f"certificate {len(self.reader.readings)}".encode()
        if result is not None:
            self.reader.readings[data] = result
        return self.upload(self.store(data))

    def run_jobs(self) -> str:
        before = len(self.sender.sent)
        while self.services.jobs.run_due():
            pass
        self.services.dispatcher.deliver_all()
        return "\n".join(m.reply.fallback() for m in self.sender.sent[before:])


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_services(
    db_url: str, tmp_path: Path, db: Any, clock: FakeClock
) -> Iterator[Callable[[ScriptedReader], Services]]:
    built: list[Services] = []

    def make(reader: ScriptedReader) -> Services:
        services = build_test_services(db_url, tmp_path, clock=clock)
        services.jobs.add_handler("ocr", OcrJob(services.downloaders, reader, clock=clock))
        built.append(services)
        return services

    yield make
    for services in built:
        services.close()


@pytest.fixture
def reader() -> ScriptedReader:
    return ScriptedReader()


@pytest.fixture
def chat(
    make_services: Callable[[ScriptedReader], Services], reader: ScriptedReader
) -> BusinessChat:
    chat = BusinessChat(make_services(reader), reader)
    chat.say("English")
    return chat
