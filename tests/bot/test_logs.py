"""Personal data never reaches a log line in full."""

from __future__ import annotations

import logging

import pytest

from bot.logs import MaskingFilter, mask


@pytest.mark.parametrize(
    ("raw", "hidden", "kept"),
    [
        ("biz 220-81-62517 asked", "62517", "220-81-"),
        ("biz 2208162517 asked", "62517", "220-81-"),
        ("call 010-1234-5678", "1234", "5678"),
        ("mail hong.gildong@example.co.kr", "ong.gildong", "example.co.kr"),
        ("corp 110111-0062432", "0062432", "110111-"),
        ("token xoxb-123-456-abcdef", "abcdef", "xox"),
    ],
)
def test_mask(raw: str, hidden: str, kept: str) -> None:
    masked = mask(raw)
    assert hidden not in masked
    assert kept in masked


def test_filter_masks_arguments_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.masking")
    logger.addFilter(MaskingFilter())
    try:
        with caplog.at_level(logging.INFO, logger="test.masking"):
            logger.info("lookup %s", "124-81-00998")
            try:
                raise ValueError("bad number 124-81-00998")
            except ValueError:
                logger.exception("failed")
    finally:
        logger.filters.clear()
    text = caplog.text
    assert "00998" not in text
    assert "124-81-*****" in text
