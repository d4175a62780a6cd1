"""Services on a real database with the real ports (agents: UAGENT), and a chat that can file
applications through the engine the way the selection and business journeys do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services, ports_factory
from bot.config import Settings
from dialogs.applications import flow as applications
from dialogs.business.slots import BusinessSlots
from dialogs.filing import file_applications, ready_to_file
from dialogs.flow import Ctx, Flow, Outcome
from dialogs.replies import Reply, TextReply
from dialogs.router import Dialog
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.turns import Turn
from tests.fakes import FakeClock
from tests.harness import Chat, build_test_services

AGENT = "UAGENT"
BUSINESS = "2208162517"


def filer_flow() -> Flow:
    """Stands in for the selection and business journeys: "file" fills their slots and files."""

    def prompt(ctx: Ctx) -> list[Reply]:
        return [TextReply(text="say file")]

    def step(ctx: Ctx, turn: Turn) -> Outcome:
        if not turn.text.startswith("file"):
            return Outcome(fallback=True)
        state = ctx.state
        SelectionSlots.of(state).items = [
            SelectionItem(method="card", pg="kcp"),
            SelectionItem(method="trans", pg="kcp"),
            SelectionItem(method="card", pg="inicis", payment_types=["subscription"]),
        ]
        SelectionSlots.of(state).confirmed = True
        BusinessSlots.of(state).business_number = BUSINESS
        BusinessSlots.of(state).finished = True
        BusinessSlots.of(state).fields = {"service_name": "Sky Shop"}  # KG INICIS's website name
        assert ready_to_file(state)
        return file_applications(ctx)

    return Flow(name="filer", start_step="start", steps={"start": step}, prompts={"start": prompt})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any, clock: FakeClock) -> Iterator[Services]:
    ports = ports_factory(Settings(ONBOARD_LOOKUPS_PER_HOUR=10, ONBOARD_AGENT_USERS=AGENT))
    built = build_test_services(db_url, tmp_path, ports=ports, clock=clock)
    built.engine.dialog = Dialog([applications.build(), filer_flow()])
    yield built
    built.close()


@pytest.fixture
def chat(services: Services) -> Chat:
    chat = Chat(services)
    chat.say("English")
    return chat


def file_for(chat: Chat) -> str:
    """File the filer flow's applications from ``chat``: KCP (card, transfer), KG INICIS."""
    chat.say(action="menu:filer")
    return chat.say("file")
