"""Conversation tests that read like transcripts: ``chat.say("...")`` returns the replies."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.app import Services, build_services
from bot.config import Settings
from bot.store.db import Database
from dialogs.turns import Attachment, Turn
from tests.fakes import FakeClock, RecordingSender


def build_test_services(
    db_url: str,
    tmp_path: Path,
    *,
    clock: Callable[[], datetime] | None = None,
    ports: Any = None,
    desk: Any = None,
) -> Services:
    settings = Settings(ONBOARD_DATA_DIR=tmp_path)
    return build_services(
        settings, database_url=db_url, clock=clock or FakeClock(), ports=ports, desk=desk
    )


class Chat:
    TRANSPORT = "test"

    def __init__(
        self, services: Services, user: str = "U1", *, sender: RecordingSender | None = None
    ) -> None:
        self.services = services
        self.user = user
        self.sender = sender or RecordingSender()
        services.dispatcher.add_sender(self.TRANSPORT, self.sender)
        self.key = f"{self.TRANSPORT}:{user}"

    @property
    def db(self) -> Database:
        return self.services.db

    def turn(self, text: str = "", **fields: Any) -> Turn:
        fields.setdefault("event_id", f"ev-{uuid.uuid4()}")
        return Turn.model_validate(
            {
                "conversation_key": self.key,
                "transport": self.TRANSPORT,
                "address": {"channel": self.user},
                "user_id": self.user,
                "text": text,
                **fields,
            }
        )

    def send(self, turn: Turn) -> list[str]:
        before = len(self.sender.sent)
        self.services.engine.handle(turn)
        self.services.dispatcher.deliver_all()
        return [m.reply.fallback() for m in self.sender.sent[before:]]

    def say(self, text: str = "", **fields: Any) -> str:
        """What the assistant answered, all replies joined."""
        return "\n".join(self.send(self.turn(text, **fields)))

    def choose(self, action: str) -> str:
        return self.say(action=action)

    def upload(self, upload_id: int, name: str = "cert.png") -> str:
        return self.say(attachments=[Attachment(name=name, upload_id=upload_id)])

    def replies(self) -> list[Any]:
        return [m.reply for m in self.sender.sent]
