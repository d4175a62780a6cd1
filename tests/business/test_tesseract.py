"""The real reader on rendered certificates: in the chat harness, and in a piped console."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.business.conftest import BusinessChat, needs_tesseract
from tests.support.certificates import render_certificate

pytestmark = [pytest.mark.tesseract, needs_tesseract]


def test_happy_path_with_a_rendered_certificate(chat: BusinessChat) -> None:
    cert = render_certificate(11, kind="individual", variant="clean", font="NanumMyeongjo")
    chat.choose("menu:business")
    chat.upload(chat.store(cert.data, cert.filename), cert.filename)
    card = chat.run_jobs()
    assert "Read from your certificate" in card
    assert cert.fields["reg_no"] in card
    assert cert.fields["representative"] in card
    assert "representative's mobile" in chat.choose("business:confirm")


def test_piped_console_session_prints_the_ocr_result(tmp_path: Path) -> None:
    cert = render_certificate(12, kind="corporate", variant="clean", font="NanumMyeongjo")
    path = tmp_path / cert.filename
    path.write_bytes(cert.data)
    env = {**os.environ, "ONBOARD_DATA_DIR": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--user", "U1", "--job-timeout", "120"],
        input=f"English\n/upload {path}\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Reading your certificate" in out
    assert "Read from your certificate" in out
    assert cert.fields["reg_no"] in out
    assert "Corporation" in out
    # The answer came after "reading…", once.
    assert out.index("Reading your certificate") < out.index("Read from your certificate")
    assert out.count("Read from your certificate") == 1
