"""Logging without personal data: log lines carry ids and field names, never values or
request bodies (see docs/security.md). Masking is the safety net for what slips through
anyway, in messages and tracebacks alike: business, corporate and card numbers, phones,
e-mails, Slack tokens, and the values pydantic quotes in its validation errors. Slack
timestamps (``1700000000.000100``) are ids that tie a log line to its thread: kept intact.
"""

from __future__ import annotations

import logging
import re

# A Slack message timestamp: ten digits, a dot, six digits. Never masked.
_SLACK_TS = re.compile(r"(?<![\d.])\d{10}\.\d{6}(?![\d.])")

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Slack tokens and signing material.
    (re.compile(r"\bxox[a-z]-[A-Za-z0-9-]+"), "xox?-***"),
    (re.compile(r"\bxapp-[A-Za-z0-9-]+"), "xapp-***"),
    # What a pydantic error quotes of its input (a form's values, a turn's text).
    (
        re.compile(r"input_value=('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^,\s\]]+)"),
        "input_value=***",
    ),
    # E-mail: keep the first letter and the domain.
    (re.compile(r"\b([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})"), r"\1***@\2"),
    # Card numbers (15-16 digits, in groups or not): keep the last 4.
    (re.compile(r"(?<!\d)(?:\d{4}[- ]?){2}\d{3,4}[- ]?(\d{3,4})(?!\d)"), r"****-****-****-\1"),
    # Any other run of 14-19 digits (a card or account number): keep the last 4.
    (re.compile(r"(?<!\d)\d{10,15}(\d{4})(?!\d)"), r"***\1"),
    # Corporate registration numbers (13 digits): keep the first 6.
    (re.compile(r"(?<!\d)(\d{6})[-\s]?\d{7}(?!\d)"), r"\1-*******"),
    # Korean mobile and phone numbers: keep the last 4 digits.
    (re.compile(r"(?<!\d)0\d{1,2}[-.\s]?\d{3,4}[-.\s]?(\d{4})(?!\d)"), r"0**-****-\1"),
    # Business registration numbers: keep the first 5 digits (tax office and kind).
    (re.compile(r"(?<!\d)(\d{3})[-\s]?(\d{2})[-\s]?\d{5}(?!\d)"), r"\1-\2-*****"),
)

# Libraries that log request and response bodies at DEBUG (slack_sdk: every Web API call's
# arguments, i.e. the messages sent; bolt: payloads). Never below INFO, whatever the level.
_CHATTY = ("slack_sdk", "slack_bolt", "httpx", "httpcore", "urllib3")
# Bolt logs the body of every request whose signature it refuses, at INFO.
_BODY_LOGGERS = ("slack_bolt.RequestVerification",)


def mask(text: str) -> str:
    parts = _SLACK_TS.split(text)
    stamps = _SLACK_TS.findall(text)
    out = [_mask_part(parts[0])]
    for stamp, part in zip(stamps, parts[1:], strict=True):
        out += [stamp, _mask_part(part)]
    return "".join(out)


def _mask_part(text: str) -> str:
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


def quiet_libraries(level: int) -> None:
    """Keep libraries that log bodies from doing so, whatever the configured level."""
    for name in _CHATTY:
        logging.getLogger(name).setLevel(max(logging.INFO, level))
    for name in _BODY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, level))


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Alembic narrates every connection it configures; only its warnings matter to operators.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
    quiet_libraries(root.level)
