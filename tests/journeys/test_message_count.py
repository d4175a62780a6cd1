"""The whole application in a dozen messages (issue 16): a merchant's scripted journey, hello
to applications filed, in the console with a real certificate read by tesseract, Korean and
English. Each line the merchant sends counts (a number typed for a choice, as a button click
would); the journey fails above ``LIMIT``.

The conversation is two console runs (the second continues the first, as ``onboard chat
--user`` does) because a piped console reads ahead: the merchant waits for the certificate to
be read before answering, so the first run ends with the upload and waits for the reading.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.certificates import render_certificate

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 12

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")

KOREAN = [
    "안녕하세요",
    "카드랑 카카오페이, 휴대폰 본인인증 이니시스로 신청하고 싶어요. 카드는 정기결제도요",
    "다날",  # KG INICIS does not verify by phone: asked for that one alone
    "1",  # 이대로 신청
    "/upload {cert}",
    None,  # the merchant waits for the certificate to be read
    "1",  # 모두 맞아요
    "휴대폰: 010-1234-5678, 이메일: ceo@sky.co.kr, 서비스명: 하늘쇼핑, URL: www.sky.co.kr, "
    "판매 품목: 의류, 월 거래액: 1천만원 미만",
    "서비스명: 하늘 쇼핑몰",  # one correction
    "완료",
]
ENGLISH = [
    "hello",
    "I'd like card, Kakao Pay and identity verification by phone with KG Inicis, "
    "with card subscriptions too",
    "Danal",
    "1",  # apply
    "/upload {cert}",
    None,
    "1",  # all correct
    "mobile: 010-1234-5678, e-mail: ceo@sky.co.kr, service name: Sky Shop, "
    "url: www.sky.co.kr, goods: clothing, monthly volume: under KRW 10 million",
    "service name: Sky Mall",
    "finish",
]


def run(tmp_path: Path, lines: list[str]) -> str:
    env = {**os.environ, "ONBOARD_DATA_DIR": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--user", "U1", "--job-timeout", "120"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def journey(tmp_path: Path, script: list[str | None]) -> tuple[int, str]:
    """The merchant's messages sent, and everything the assistant said."""
    cert = render_certificate(12, kind="individual", variant="clean", font="NanumMyeongjo")
    path = tmp_path / cert.filename
    path.write_bytes(cert.data)
    lines = [line.format(cert=path) if line else line for line in script]
    cut = lines.index(None)
    first, second = lines[:cut], lines[cut + 1 :]
    assert all(first) and all(second)
    said = run(tmp_path, [str(x) for x in first]) + run(tmp_path, [str(x) for x in second])
    return len(first) + len(second), said


def test_korean_happy_path_in_at_most_twelve_messages(tmp_path: Path) -> None:
    count, said = journey(tmp_path, KOREAN)
    assert count <= LIMIT
    assert "[APP-1 · KG이니시스]" in said, said[-3000:]
    assert "[APP-2 · 다날]" in said
    assert "결제수단: 신용카드, 카카오페이\n" in said
    assert "결제수단: 휴대폰 본인인증" in said
    assert "서비스명: 하늘 쇼핑몰" in said
    assert "아직 이 대화에서 접수한 신청이 없어요" not in said


def test_english_happy_path_in_at_most_twelve_messages(tmp_path: Path) -> None:
    count, said = journey(tmp_path, ENGLISH)
    assert count <= LIMIT
    assert "[APP-1 · KG INICIS]" in said, said[-3000:]
    assert "[APP-2 · Danal]" in said
    assert "Payment methods: Credit card, Kakao Pay\n" in said  # nothing more slipped in
    assert "Payment methods: Identity verification by phone" in said
    assert "Service name: Sky Mall" in said
    assert "verified for business" in said  # English to the end, Korean data and all
