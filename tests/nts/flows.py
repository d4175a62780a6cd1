"""A stand-in for the business and selection journeys, for filing tests."""

from __future__ import annotations

from dialogs.business.slots import BusinessSlots
from dialogs.filing import file_applications, ready_to_file
from dialogs.flow import Ctx, Flow, Outcome
from dialogs.replies import Reply, TextReply
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.turns import Turn


def business_flow() -> Flow:
    """Stands in for the business and selection journeys: "number N" gives the number (the
    moment the worker asks the NTS), "file" completes both and files."""

    def prompt(ctx: Ctx) -> list[Reply]:
        return [TextReply(text="number or file")]

    def step(ctx: Ctx, turn: Turn) -> Outcome:
        state = ctx.state
        if turn.text.startswith("number "):
            BusinessSlots.of(state).business_number = turn.text.removeprefix("number ").strip()
            return Outcome(replies=[TextReply(text="noted")])
        if turn.text == "file":
            selection = SelectionSlots.of(state)
            selection.items = [SelectionItem(method="card", pg="kcp")]
            selection.confirmed = True
            BusinessSlots.of(state).finished = True
            assert ready_to_file(state)
            return file_applications(ctx)
        return Outcome(fallback=True)

    return Flow(name="filer", start_step="start", steps={"start": step}, prompts={"start": prompt})
