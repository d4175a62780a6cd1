"""The console merchant is told how to attach a file where the certificate is asked for: the
prompt says "올려 주세요" and a terminal has no paperclip (the hint text existed but was never
shown, so merchants typed their business number and were sent to an agent)."""

from __future__ import annotations

import io
from pathlib import Path

from bot.store.db import Database
from bot.transports.console import run_chat
from tests.harness import build_test_services


def chat(db_url: str, tmp_path: Path, lines: list[str]) -> str:
    services = build_test_services(db_url, tmp_path)
    out = io.StringIO()
    try:
        run_chat(services, "U1", io.StringIO("\n".join(lines) + "\n"), out, job_timeout=1)
    finally:
        services.close()  # its connections, or they leak into a later test's warnings
    return out.getvalue()


def test_the_upload_prompt_names_the_upload_command(
    db_url: str, db: Database, tmp_path: Path
) -> None:
    said = chat(db_url, tmp_path, ["3"])  # 사업자 정보 입력
    assert "사업자등록증을" in said
    assert "bot> 콘솔에서는 `/upload 파일경로` 로 올릴 수 있어요." in said


def test_the_upload_prompt_names_the_upload_command_in_english(
    db_url: str, db: Database, tmp_path: Path
) -> None:
    said = chat(db_url, tmp_path, ["hello", "enter business information"])
    assert "upload your business registration certificate" in said
    assert "bot> In the console, type `/upload PATH` to attach it." in said
    assert "콘솔에서는" not in said
