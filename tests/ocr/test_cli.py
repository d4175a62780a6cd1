"""`onboard ocr`: the table and the JSON shape."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from bot.commands import ocr as ocr_command
from tests.ocr.conftest import needs_tesseract
from tests.support.certificates import render_certificate


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="onboard")
    ocr_command.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_register_sets_run() -> None:
    args = _parse(["ocr", "a.png", "--json"])
    assert args.func is ocr_command.run
    assert args.json is True


def test_refused_file_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "login.png"
    page.write_bytes(b"<html><body>Sign in to Slack</body></html>")
    assert ocr_command.run(_parse(["ocr", str(page), "--json"])) == 1
    out = json.loads(capsys.readouterr().out)
    assert out == [
        {
            "file": str(page),
            "error": {
                "code": "not_an_image",
                "message": out[0]["error"]["message"],
                "message_ko": out[0]["error"]["message_ko"],
            },
        }
    ]


def test_missing_file_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ocr_command.run(_parse(["ocr", str(tmp_path / "nope.png")])) == 1
    assert "unreadable" in capsys.readouterr().out


@pytest.mark.tesseract
@needs_tesseract
def test_reads_a_certificate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cert = render_certificate(21, kind="corporate", variant="clean", font="NanumGothic")
    path = tmp_path / cert.filename
    path.write_bytes(cert.data)
    assert ocr_command.run(_parse(["ocr", str(path), "--json"])) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["file"] == str(path)
    assert result["kind"] == "corporate"
    for name, field in result["fields"].items():
        assert set(field) >= {"value", "confidence"}
        assert 0 <= field["confidence"] <= 1
        assert isinstance(field["value"], str), name
    assert result["fields"]["reg_no"]["value"] == cert.fields["reg_no"]

    assert ocr_command.run(_parse(["ocr", str(path)])) == 0
    table = capsys.readouterr().out
    assert "reg_no" in table
    assert cert.fields["reg_no"] in table
