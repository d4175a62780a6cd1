"""Files that are not certificates: each is refused with a reason the merchant can act on,
and nothing is half-stored. Checked at the cheap gates (download, format sniffing) and once
end to end through Slack."""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from bot.ocr import CertificateRejected, check_upload
from bot.ocr.messages import RejectCode
from bot.slack.app import build_downloader
from bot.slack.files import MAX_DOWNLOAD_BYTES, SlackFileError
from bot.store.tables import InboundEvent, Job
from tests.slack.fake_slack import FakeSlack
from tests.slack.workspace import SlackWorkspace


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` and whose pixels compress to nothing:
    the shape of a decompression bomb, without the bomb."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    body = struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    idat = zlib.compress(b"\x00" * 65536, 9)
    idat_chunk = b"IDAT" + idat
    body += struct.pack(">I", len(idat)) + idat_chunk + struct.pack(">I", zlib.crc32(idat_chunk))
    return b"\x89PNG\r\n\x1a\n" + body


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("L", (width, height), 255).save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", RejectCode.EMPTY),
        (b"hello, this is a text file\n", RejectCode.NOT_AN_IMAGE),
        (b"PK\x03\x04" + b"\x00" * 100, RejectCode.NOT_AN_IMAGE),  # a zip
        (b"GIF89a" + b"\x00" * 100, RejectCode.NOT_AN_IMAGE),
        (_png_header(100_000, 100_000), RejectCode.TOO_MANY_PIXELS),  # 10 GP of zeros
        (_png_header(70_000, 1_000), RejectCode.TOO_MANY_PIXELS),
        (_png(50, 50), RejectCode.TOO_SMALL),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 10, RejectCode.UNREADABLE),  # truncated header
        (b"\xff\xd8\xff" + b"\x00" * 50, RejectCode.UNREADABLE),
        (b"%PDF-1.7\n garbage", RejectCode.UNREADABLE),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * (10 * 1024 * 1024), RejectCode.TOO_LARGE),
    ],
)
def test_upload_gate_refuses_with_a_reason(data: bytes, code: RejectCode) -> None:
    with pytest.raises(CertificateRejected) as info:
        check_upload(data, "upload.png")
    assert info.value.code is code
    assert info.value.message_ko and info.value.message_en


def test_decompression_bomb_is_refused_without_decoding() -> None:
    # The header alone decides: a real 100k x 100k decode would need 10 GB.
    bomb = _png_header(100_000, 100_000)
    assert len(bomb) < 1024
    with pytest.raises(CertificateRejected) as info:
        check_upload(bomb)
    assert info.value.code is RejectCode.TOO_MANY_PIXELS


def _downloader(fake: FakeSlack) -> Any:
    from tests.slack.conftest import slack_settings

    settings = slack_settings(fake.api_url, __import__("pathlib").Path("."))
    from bot.slack.app import build_client

    return build_downloader(settings, build_client(settings))


def test_oversized_download_is_cut_off(fake_slack: FakeSlack) -> None:
    url = fake_slack.add_file("FBIG", b"%PDF-" + b"0" * MAX_DOWNLOAD_BYTES, "application/pdf")
    with pytest.raises(SlackFileError, match="larger than 10 MB"):
        _downloader(fake_slack)(url)


def test_html_instead_of_the_file_names_the_missing_scope(fake_slack: FakeSlack) -> None:
    url = fake_slack.add_file("FHTML", b"<!DOCTYPE html><html>login</html>", "text/html")
    with pytest.raises(SlackFileError, match="files:read"):
        _downloader(fake_slack)(url)


def test_non_image_file_in_slack_gets_an_answer_and_stores_nothing_half(
    slack: SlackWorkspace,
) -> None:
    thread = slack.post_message("안녕하세요")
    slack.post_message("3", thread=thread)  # the business-information journey
    url = slack.fake.add_file("FTXT", b"just some notes\n", "text/plain")
    files = [
        {
            "id": "FTXT",
            "name": "notes.txt",
            "mimetype": "text/plain",
            "size": 16,
            "url_private_download": url,
        }
    ]
    before = len(slack.texts(thread))
    slack.post_message("", thread=thread, files=files)
    for _ in range(5):  # the OCR job, if the dialog queued one; bounded
        if not slack.services.jobs.run_due(limit=5):
            break
        slack.services.engine.process_stale(__import__("datetime").timedelta(0))
        slack.settle()
    answers = slack.texts(thread)[before:]
    assert answers, "the file got no answer"
    with slack.services.db.transaction() as session:
        statuses = set(session.scalars(select(InboundEvent.status)).all())
        jobs = set(session.scalars(select(Job.status)).all())
    assert statuses == {"done"}
    assert "running" not in jobs and "pending" not in jobs
