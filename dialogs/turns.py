"""What a transport hands the engine: one transport-neutral turn of a conversation."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, field_validator

# Slack caps a message at 40,000 characters; anything longer is not a merchant's message.
MAX_TEXT_CHARS = 40_000
# C0 controls (except tab and newline), DEL and NUL: PostgreSQL rejects NUL in text columns,
# and none of them mean anything in a chat.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Author(StrEnum):
    MERCHANT = "merchant"
    AGENT = "agent"
    SYSTEM = "system"


class Attachment(BaseModel):
    """A file the merchant sent. Either already stored (``upload_id``) or still at the transport
    (``url``, fetched by the worker so that the request that received it stays fast)."""

    name: str = ""
    mimetype: str = ""
    size: int = 0
    upload_id: int | None = None
    url: str | None = None
    external_id: str | None = None


class Turn(BaseModel):
    event_id: str = Field(min_length=1, max_length=200)
    conversation_key: str = Field(min_length=1, max_length=300)
    transport: str
    # Where replies go, in the transport's own terms (Slack: channel and thread_ts).
    address: dict[str, str] = Field(default_factory=dict)
    user_id: str
    author: Author = Author.MERCHANT
    text: str = ""
    # The value of a button or menu the merchant chose, when the turn is a choice.
    action: str | None = None
    # Submitted form values (a Slack modal), keyed by field name.
    form: dict[str, str] | None = None
    attachments: list[Attachment] = Field(default_factory=list)
    # Payload of a system turn (e.g. an OCR result fed back by a worker).
    system: dict[str, Any] | None = None
    received_at: datetime | None = None

    @field_validator("text")
    @classmethod
    def _clean_text(cls, value: str) -> str:
        return _CONTROL.sub("", value)[:MAX_TEXT_CHARS]
