"""Refused files, files still at the transport, and a crash between upload and OCR."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update

from bot.app import Services
from bot.store.tables import InboundEvent, Job, Upload
from dialogs.turns import Attachment
from tests.business.conftest import INDIVIDUAL, BusinessChat, ScriptedReader, reading

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\x00\x00\x00\x04\x00\x08\x02"


def test_html_named_png_is_refused_with_its_reason(chat: BusinessChat) -> None:
    chat.press("Enter business information")
    chat.upload(chat.store(b"<!DOCTYPE html><html>login</html>", "cert.png"), "cert.png")
    answer = chat.run_jobs()
    assert "This is not an image or PDF" in answer
    assert "clearer scan or photo" in answer
    assert "upload your business registration certificate" in answer


def test_unreadable_file_is_refused(chat: BusinessChat) -> None:
    chat.press("Enter business information")
    chat.upload(chat.store(PNG_HEADER + b"\x00" * 64))  # a PNG header, then nothing
    assert "damaged or cannot be read" in chat.run_jobs()


def test_too_large_file_is_refused_before_reading(chat: BusinessChat) -> None:
    chat.press("Enter business information")
    big = Attachment(name="scan.tiff", size=11 * 1024 * 1024, url="https://files.example/x")
    answer = chat.say(attachments=[big])
    assert "too large (11.0 MB" in answer
    with chat.db.transaction() as session:
        assert session.scalars(select(Job)).all() == []


def test_a_downloaded_file_too_large_is_refused(chat: BusinessChat) -> None:
    chat.services.downloaders["test"] = lambda _url: b"\x89PNG" + b"0" * (11 * 1024 * 1024)
    chat.press("Enter business information")
    chat.say(attachments=[Attachment(name="scan.png", url="https://files.example/x")])
    assert "too large" in chat.run_jobs()


def test_a_linked_file_is_downloaded_and_stored_before_reading(chat: BusinessChat) -> None:
    data = b"linked certificate"
    chat.reader.readings[data] = reading(INDIVIDUAL)
    chat.services.downloaders["test"] = lambda _url: data
    chat.press("Enter business information")
    chat.say(
        attachments=[Attachment(name="c.png", url="https://files.example/c", external_id="F1")]
    )
    assert "Read from your certificate" in chat.run_jobs()
    with chat.db.transaction() as session:
        stored = session.scalars(select(Upload)).one()
        assert stored.data == data
        job = session.scalars(select(Job)).one()
        assert job.payload["upload_id"] == stored.id


def test_without_a_downloader_the_merchant_hears_it(chat: BusinessChat) -> None:
    chat.press("Enter business information")
    chat.say(attachments=[Attachment(name="c.png", url="https://files.example/c")])
    assert "couldn't fetch the file" in chat.run_jobs()


def test_a_file_sent_from_the_menu_starts_the_journey(chat: BusinessChat) -> None:
    assert "Reading your certificate" in chat.send_certificate(reading(INDIVIDUAL))
    assert "Read from your certificate" in chat.run_jobs()


def test_crash_between_upload_and_ocr(
    chat: BusinessChat, make_services: Callable[[ScriptedReader], Services], reader: ScriptedReader
) -> None:
    chat.press("Enter business information")
    assert "Reading your certificate" in chat.send_certificate(reading(INDIVIDUAL))
    assert "still reading" in chat.say("are you done?")
    chat.services.close()  # the process dies before any worker ran the job
    again = BusinessChat(make_services(reader), reader)
    with again.db.transaction() as session:
        assert session.scalars(select(Job.status)).all() == ["pending"]
    answer = again.run_jobs()
    assert answer.count("Read from your certificate") == 1
    # A worker that died after answering but before marking the job done runs it again:
    # the answer's event id is the job's, so the conversation hears it once.
    with again.db.transaction() as session:
        session.execute(update(Job).values(status="pending"))
    assert again.run_jobs() == ""
    with again.db.transaction() as session:
        events = session.scalars(select(InboundEvent.event_id)).all()
        assert len([e for e in events if e.startswith("job:")]) == 1
    assert reader.calls == 2


def test_a_result_for_a_cancelled_upload_is_ignored(chat: BusinessChat) -> None:
    chat.press("Enter business information")
    chat.send_certificate(reading(INDIVIDUAL))
    assert "Discard" in chat.say("cancel")  # an upload would be lost: asked first
    chat.press("Yes, discard")
    assert chat.run_jobs() == ""
    assert "what you'd like to do" in chat.say("hi")
