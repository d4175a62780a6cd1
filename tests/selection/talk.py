"""A pure-dialog transcript for selection: say something, read the replies (no database)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from pydantic import BaseModel

from dialogs.applications.port import AppliedItem, NoApplications
from dialogs.effects import Effect
from dialogs.ports import Ports
from dialogs.replies import MultiSelectReply, Reply
from dialogs.router import Dialog
from dialogs.selection import flow
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState
from dialogs.turns import Turn
from knowledge.language import Lang
from tests.fakes import FakeFaq
from tests.harness import button, ticked

R = TypeVar("R", bound=BaseModel)


@dataclass
class FakeApplied(NoApplications):
    """Applications per business number, as the store would return them."""

    items: dict[str, list[AppliedItem]] = field(default_factory=dict)

    def applied(self, business_number: str) -> list[AppliedItem]:
        return list(self.items.get(business_number, []))


class Talk:
    def __init__(self, lang: Lang = Lang.KO, applied: FakeApplied | None = None) -> None:
        self.dialog = Dialog([flow.build()])
        # Fixed language: these tests are about the journey, not language detection.
        self.state = ConversationState(lang=lang, lang_fixed=True)
        self.ports = Ports(
            faq=FakeFaq({"수수료": "수수료는 PG사마다 달라요."}),
            now=lambda: datetime(2026, 1, 1, tzinfo=UTC),
            applications=applied or FakeApplied(),
        )
        self.replies: list[Reply] = []
        self.effects: list[Effect] = []
        self._n = 0

    def send(self, text: str = "", action: str | None = None, **fields: object) -> str:
        self._n += 1
        turn = Turn.model_validate(
            {
                "event_id": f"e{self._n}",
                "conversation_key": "k",
                "transport": "test",
                "user_id": "u",
                "text": text,
                "action": action,
                **fields,
            }
        )
        result = self.dialog.respond(self.state, turn, self.ports)
        self.state = result.state
        self.replies = list(result.replies)
        self.effects = list(result.effects)
        return "\n".join(r.fallback() for r in self.replies)

    def say(self, text: str) -> str:
        return self.send(text)

    def choose(self, action: str) -> str:
        return self.send(action=action)

    def press(self, label: str) -> str:
        """Click the button labelled ``label`` among the options of the last question."""
        return self.choose(button(self.state.offered, label).value)

    def tick(self, *labels: str) -> str:
        """Submit the last multi-select with exactly ``labels`` ticked (none: submit empty)."""
        return self.choose(ticked(self.reply(MultiSelectReply), labels))

    def start(self) -> str:
        return self.choose("menu:selection")

    @property
    def step(self) -> str:
        return self.state.step

    @property
    def chosen(self) -> dict[str, str | None]:
        return {i.method: i.pg for i in SelectionSlots.of(self.state).items}

    def types(self, method: str) -> list[str]:
        item = SelectionSlots.of(self.state).item(method)
        assert item is not None
        return item.payment_types

    def reply(self, kind: type[R]) -> R:
        """The last reply of this kind in the latest answer."""
        found = [r for r in self.replies if isinstance(r, kind)]
        assert found, f"no {kind.__name__} in {self.replies}"
        return found[-1]
