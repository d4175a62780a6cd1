"""The console chat: a merchant types, the assistant answers, in a terminal or through a pipe.

Piped input is one merchant message a line; at its end the chat waits for the conversation's
unfinished jobs (an OCR run, say) so that their answers are printed before it exits.
"""

from __future__ import annotations

import os
import stat
import threading
import time
import uuid
from pathlib import Path
from typing import TextIO

from bot.app import Services
from bot.outbox import Outgoing, lane_of
from bot.uploads import MAX_UPLOAD_BYTES, UploadTooLargeError, store_upload
from dialogs.business import texts as business_texts
from dialogs.i18n import T
from dialogs.turns import Attachment, Turn
from knowledge.language import Lang

TRANSPORT = "console"
UPLOAD_COMMAND = "/upload"
QUIT_COMMANDS = ("/quit", "/exit")


def upload_hint(text: str) -> str | None:
    """How to attach a file here, when ``text`` asks for the certificate: the dialogs say
    "올려 주세요" as for Slack's paperclip, which a terminal does not have."""
    for lang in Lang:
        if text.startswith(business_texts.ASK_UPLOAD(lang)):
            return business_texts.UPLOAD_HOW_CONSOLE(lang)
    return None


class ConsoleSender:
    """Prints replies. A terminal cannot be asked what it showed, so nothing is recovered."""

    min_interval = 0.0

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self._lock = threading.Lock()

    def send(self, message: Outgoing) -> str | None:
        text = message.reply.fallback()
        hint = upload_hint(text)
        if hint is not None:
            text = f"{text}\n{hint}"
        with self._lock:
            for line in text.splitlines() or [""]:
                self.out.write(f"bot> {line}\n")
            self.out.flush()
        return None

    def find_delivered(self, message: Outgoing) -> str | None:
        return None


class ConsoleChat:
    def __init__(self, services: Services, user: str, out: TextIO) -> None:
        self.services = services
        self.user = user
        self.out = out
        self.key = f"{TRANSPORT}:{user}"
        self.address = {"user": user}
        self.lane = lane_of(TRANSPORT, self.address)

    def turn(self, **fields: object) -> Turn:
        return Turn.model_validate(
            {
                "event_id": f"console-{uuid.uuid4()}",
                "conversation_key": self.key,
                "transport": TRANSPORT,
                "address": self.address,
                "user_id": self.user,
                **fields,
            }
        )

    def open(self) -> None:
        """Show where the conversation stands: the menu, or the step it was left at."""
        self.deliver()
        self.services.engine.handle(self.turn(author="system", system={"event": "open"}))
        self.deliver()

    def say(self, line: str) -> None:
        stripped = line.strip()
        if stripped.startswith(UPLOAD_COMMAND + " ") or stripped == UPLOAD_COMMAND:
            turn = self._upload(stripped.removeprefix(UPLOAD_COMMAND).strip())
        else:
            turn = self.turn(text=line)
        self.services.engine.handle(turn)
        self.deliver()

    def deliver(self) -> None:
        self.services.dispatcher.deliver_all(lanes=[self.lane])

    def wait_for_jobs(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        engine = self.services.engine
        while time.monotonic() < deadline:
            engine.process(self.key)
            # The worker thread may be answering the job's result right now: wait for that
            # turn too, not only for the job, or the answer is left undelivered at exit.
            if self.services.jobs.unfinished(self.key) == 0 and engine.pending(self.key) == 0:
                break
            time.sleep(0.1)
        # The worker thread may hold a claimed message of the answer: it finishes its round
        # (sending what it claimed), then what is left is delivered here.
        self.services.worker.stop()
        engine.process(self.key)
        self.deliver()

    def _upload(self, raw_path: str) -> Turn:
        path = Path(raw_path.strip("'\"")).expanduser()
        name = path.name or raw_path
        try:
            data = read_upload(path)
        except NotAFileError:
            self.out.write(f"bot> ! {raw_path}: {both(NOT_A_FILE)}\n")
            return self.turn(attachments=[Attachment(name=name, size=0)])
        except UploadTooLargeError as exc:
            # Not read: the dialog explains the limit, as for a file too large anywhere.
            return self.turn(attachments=[Attachment(name=name, size=exc.size)])
        except OSError as exc:
            self.out.write(f"bot> ! {raw_path}: {exc.strerror or exc}\n")
            return self.turn(attachments=[Attachment(name=name, size=0)])
        with self.services.db.transaction() as session:
            upload = store_upload(
                session,
                conversation_key=self.key,
                user_id=self.user,
                filename=name,
                data=data,
                now=self.services.engine.clock(),
            )
            upload_id = upload.id
        return self.turn(attachments=[Attachment(name=name, size=len(data), upload_id=upload_id)])


class NotAFileError(OSError):
    """A directory, a device (``/dev/zero``), a pipe: nothing a merchant uploads."""


NOT_A_FILE = T(
    "보통 파일이 아니에요(폴더나 장치 파일은 올릴 수 없어요). "
    "사업자등록증 이미지나 PDF 파일의 경로를 주세요.",
    "not a regular file (a folder or a device cannot be uploaded). Give the path of the "
    "certificate's image or PDF.",
)


def both(text: T) -> str:
    return f"{text(Lang.KO)} / {text(Lang.EN)}"


def read_upload(path: Path) -> bytes:
    """The file's bytes, read only if it is a regular file within the upload limit.

    Opened without blocking (a FIFO would wait for a writer forever) and checked on the open
    descriptor (no swap between check and read); read at most one byte past the limit, so a
    file that grows while read is still refused.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(str(path))
        if info.st_size > MAX_UPLOAD_BYTES:
            raise UploadTooLargeError(info.st_size)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as file:
        data = file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadTooLargeError(len(data))
    return data


def run_chat(
    services: Services, user: str, stdin: TextIO, out: TextIO, *, job_timeout: float = 120.0
) -> int:
    services.dispatcher.add_sender(TRANSPORT, ConsoleSender(out))
    chat = ConsoleChat(services, user, out)
    interactive = stdin.isatty()
    services.worker.start()
    try:
        chat.open()
        while True:
            if interactive:
                out.write("you> ")
                out.flush()
            line = stdin.readline()
            if not line:
                break
            if line.strip() in QUIT_COMMANDS:
                break
            chat.say(line.rstrip("\n"))
        chat.wait_for_jobs(job_timeout)
    except KeyboardInterrupt:
        out.write("\n")
    finally:
        services.worker.stop()
        # What the worker thread queued but had not sent when it stopped (a reading's card
        # after its text, say) is still due: deliver it before leaving.
        chat.deliver()
    return 0
