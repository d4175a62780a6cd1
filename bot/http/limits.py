"""Request bodies are bounded before they are read: a small pure-ASGI middleware.

Per path, a byte limit. A ``Content-Length`` above it is answered 413 at once, without
reading a byte; a body without one (chunked) or with a lying one is read only up to the limit,
then answered 413. At most ``limit`` bytes of a request are ever held in memory, signed or
not, and nothing downstream (bolt, the webhook, a log line) sees an oversized body.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

# Slack's requests are small: an event or an interaction carries at most one message of
# 40,000 characters and 50 blocks (the bot's own, for a click) or a modal's 100 blocks. With
# JSON's \u escapes (6 bytes a Hangul syllable) and form URL encoding on top, the largest
# genuine payload stays well under 1 MiB.
SLACK_MAX_BYTES = 1024 * 1024
# The status webhook: an id, a status, a key of 150 characters and a note a merchant reads.
# 16 KiB holds a note of 2,500 Hangul syllables even as \u escapes.
WEBHOOK_MAX_BYTES = 16 * 1024


class BodyLimit:
    def __init__(self, app: ASGIApp, limits: Mapping[str, int]) -> None:
        self.app = app
        self.limits = dict(limits)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.limits.get(scope.get("path", "")) if scope["type"] == "http" else None
        if limit is None:
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await _answer(send, 400, b"malformed Content-Length")
            return
        if declared is not None and declared > limit:
            log.warning(
                "%s: refused a %d-byte body unread (limit %d)", scope["path"], declared, limit
            )
            await _answer(send, 413, b"request body too large")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                log.warning("%s: refused a body over %d bytes (streamed)", scope["path"], limit)
                await _answer(send, 413, b"request body too large")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)


def _content_length(scope: Scope) -> int | None:
    """The declared length; None when absent, -1 when it is not a number."""
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() and len(text) <= 18 else -1
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: the disconnect, when it comes

    return replay


async def _answer(send: Send, status: int, text: bytes) -> None:
    headers: list[Any] = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(text)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": text})
