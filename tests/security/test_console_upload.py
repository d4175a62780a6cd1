"""Console ``/upload`` reads only regular files within the upload limit: ``/dev/zero``, a
directory or a pipe get a clear message, a file over the limit is never read whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.transports.console import NotAFileError, read_upload
from bot.uploads import MAX_UPLOAD_BYTES, UploadTooLargeError
from tests.bot.test_console import chat


def test_devices_directories_and_pipes_are_not_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (Path("/dev/zero"), tmp_path, fifo):
        with pytest.raises(NotAFileError):
            read_upload(path)  # returns at once: /dev/zero is never read, the pipe never waited on


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    with big.open("wb") as file:
        file.truncate(MAX_UPLOAD_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(UploadTooLargeError):
        read_upload(big)
    small = tmp_path / "small.png"
    small.write_bytes(b"\x89PNG")
    assert read_upload(small) == b"\x89PNG"


def test_the_console_explains_it(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    with big.open("wb") as file:
        file.truncate(MAX_UPLOAD_BYTES + 1)
    out = chat(tmp_path, ["English", "/upload /dev/zero", f"/upload {tmp_path}", f"/upload {big}"])
    assert out.count("not a regular file") == 2
    assert "That file is too large" in out
