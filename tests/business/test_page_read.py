"""A PDF whose certificate is not on its first page (a cover or the 홈택스 guide came first):
the reader finds the page, and the merchant is told which page was read, so a wrong page is
noticed. The page travels from the reading through the OCR job's system turn to the dialog."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.business.conftest import INDIVIDUAL, BusinessChat, reading


@pytest.mark.parametrize(("page", "said"), [(2, "page 2 of the PDF"), (3, "page 3 of the PDF")])
def test_a_certificate_found_on_a_later_page_says_which(
    chat: BusinessChat, page: int, said: str
) -> None:
    chat.press("Enter business information")
    chat.send_certificate(replace(reading(INDIVIDUAL), page=page))
    answer = chat.run_jobs()
    assert said in answer
    assert "Read from your certificate" in answer


@pytest.mark.parametrize("page", [None, 1])
def test_an_image_or_a_first_page_says_nothing_of_pages(
    chat: BusinessChat, page: int | None
) -> None:
    chat.press("Enter business information")
    chat.send_certificate(replace(reading(INDIVIDUAL), page=page))
    answer = chat.run_jobs()
    assert "I've read your certificate" in answer
    assert "page" not in answer.split("Read from your certificate")[0]


def test_korean_names_the_page(chat: BusinessChat) -> None:
    chat.say("한국어")
    chat.press("사업자 정보 입력")
    chat.send_certificate(replace(reading(INDIVIDUAL), page=2))
    assert "PDF 2쪽에서 사업자등록증을 찾아 읽었어요" in chat.run_jobs()
