"""Conversation tests that read like transcripts: ``chat.say("...")`` returns the replies,
``chat.press("카드")`` clicks the button of that label among the last ones offered."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.app import Services, build_services
from bot.config import Settings
from bot.slack.render import selection_action, selection_prefix
from bot.store.db import Database
from dialogs.replies import MultiSelectReply, Option
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


def button(options: Sequence[Option], label: str) -> Option:
    """The option labelled ``label``: an exact label first, else the only label containing it."""
    exact = [o for o in options if o.label == label]
    found = exact or [o for o in options if label.casefold() in o.label.casefold()]
    if len(found) != 1:
        labels = [o.label for o in options]
        raise AssertionError(f"{len(found)} buttons match {label!r} among {labels}")
    return found[0]


def ticked(reply: MultiSelectReply, labels: Sequence[str]) -> str:
    """The action a multi-select's submit button sends with exactly ``labels`` ticked (as
    Slack sends it: the options' common prefix, then the chosen values after it)."""
    values = [button(reply.options, label).value for label in labels]
    return selection_action(selection_prefix(reply), values)


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

    def offered(self) -> list[Option]:
        """The buttons of the last message to this chat that had any."""
        for message in reversed(self.sender.sent):
            options = getattr(message.reply, "options", None)
            if options and message.target.get("channel") == self.user:
                return list(options)
        return []

    def tick(self, *labels: str) -> str:
        """Submit the last multi-select with exactly ``labels`` ticked (none: submit empty)."""
        for message in reversed(self.sender.sent):
            if isinstance(message.reply, MultiSelectReply):
                return self.choose(ticked(message.reply, labels))
        raise AssertionError("no multi-select was offered")

    def press(self, label: str, **fields: Any) -> str:
        """Click the button labelled ``label`` (exactly, else the one label containing it)
        among the last offered, as a merchant would; fails when none or several match."""
        return self.choose_option(button(self.offered(), label), **fields)

    def choose_option(self, option: Option, **fields: Any) -> str:
        return self.say(action=option.value, **fields)

    def upload(self, upload_id: int, name: str = "cert.png") -> str:
        return self.say(attachments=[Attachment(name=name, upload_id=upload_id)])

    def replies(self) -> list[Any]:
        return [m.reply for m in self.sender.sent]
