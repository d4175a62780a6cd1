"""Logging with personal data masked: business numbers, phones, e-mails and tokens never
reach a log line in full, whatever a message or an exception happened to contain."""

from __future__ import annotations

import logging
import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Slack tokens and signing material.
    (re.compile(r"\bxox[a-z]-[A-Za-z0-9-]+"), "xox?-***"),
    (re.compile(r"\bxapp-[A-Za-z0-9-]+"), "xapp-***"),
    # E-mail: keep the first letter and the domain.
    (re.compile(r"\b([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})"), r"\1***@\2"),
    # Corporate registration numbers (13 digits): keep the first 6.
    (re.compile(r"(?<!\d)(\d{6})[-\s]?\d{7}(?!\d)"), r"\1-*******"),
    # Korean mobile and phone numbers: keep the last 4 digits.
    (re.compile(r"(?<!\d)0\d{1,2}[-.\s]?\d{3,4}[-.\s]?(\d{4})(?!\d)"), r"0**-****-\1"),
    # Business registration numbers: keep the first 5 digits (tax office and kind).
    (re.compile(r"(?<!\d)(\d{3})[-\s]?(\d{2})[-\s]?\d{5}(?!\d)"), r"\1-\2-*****"),
)


def mask(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if masked != message or record.args:
            record.msg, record.args = masked, None
        return True


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Alembic narrates every connection it configures; only its warnings matter to operators.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
