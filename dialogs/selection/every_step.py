"""What every step of selection understands: buttons from any earlier message (Slack keeps old
buttons clickable), clarifying questions, and typed numbers answering them."""

from __future__ import annotations

import re

from dialogs.flow import Ctx, Outcome
from dialogs.replies import ChoicesReply, MultiSelectReply, Option, Reply
from dialogs.selection import actions, describe, edit, navigation, pg_support, prompts, texts
from dialogs.selection.slots import SelectionSlots
from dialogs.turns import Turn
from knowledge.matcher import Ambiguity

_NUMBERS = re.compile(r"^\s*\d+(\s*[,\s]\s*\d+)*\s*[.]?\s*$")


def numbers(text: str) -> list[int] | None:
    """ "1, 3" or "2 4" as 1-based numbers; None if the text is anything else."""
    if not _NUMBERS.match(text):
        return None
    return [int(n) for n in re.findall(r"\d+", text)]


def picked(text: str, options: list[Option]) -> list[str] | None:
    """The option values typed by number, or None when the text is not numbers or a number is
    out of range (then nothing is taken: "7" of five options is a mistake, not a choice)."""
    found = numbers(text)
    if not found or any(not 1 <= n <= len(options) for n in found):
        return None
    return list(dict.fromkeys(options[n - 1].value for n in found))


def ask(ctx: Ctx, reply: ChoicesReply | MultiSelectReply, *before: Reply) -> Outcome:
    """A clarifying question; its options answer typed numbers until the next question."""
    SelectionSlots.of(ctx.state).asking = [o.value for o in reply.options]
    return Outcome(replies=[*before, reply])


def ask_methods(ctx: Ctx, ambiguity: Ambiguity, *before: Reply) -> Outcome:
    options = [
        Option(
            value=actions.value(actions.SCOPE_ADD, code),
            label=describe.method_name(code, ctx.lang),
        )
        for code in ambiguity.candidates
    ]
    reply = MultiSelectReply(
        text=texts.AMBIGUOUS_METHOD(ctx.lang, term=ambiguity.term),
        options=options,
        submit_label=texts.ADD_SUBMIT(ctx.lang),
    )
    return ask(ctx, reply, *before)


def asked(ctx: Ctx, turn: Turn) -> Turn | None:
    """The turn as the button it names, when it answers the last clarifying question by
    number; several numbers of a multi-select become one submission."""
    asking = SelectionSlots.of(ctx.state).asking
    if turn.action is not None or not asking:
        return None
    options = [Option(value=v, label=v) for v in asking]
    values = picked(turn.text, options)
    if values is None:
        return None
    return turn.model_copy(update={"action": ",".join(values), "text": ""})


def handle_action(ctx: Ctx, turn: Turn) -> Outcome | None:
    """Buttons that mean the same at every step; None when the action is not one of them."""
    action = turn.action
    if action is None:
        return None
    slots = SelectionSlots.of(ctx.state)
    category = pg_support.as_category(actions.tail(action, actions.OPEN))
    if category is not None:
        slots.category = category.value
        return navigation.go(ctx, prompts.CATEGORY)
    if action == actions.MORE:
        return navigation.go(ctx, prompts.METHODS)
    if action == actions.EDIT_TYPES and slots.items:
        return navigation.go(ctx, prompts.TYPES)
    if action == actions.TABLE and slots.items:
        return navigation.stay(ctx, prompts.table(ctx))
    pg = actions.tail(action, actions.PG)
    if pg is not None:
        method, _, code = pg.partition(":")
        ok, replies = edit.set_pg(ctx, method, code)
        return navigation.proceed(ctx, *replies) if ok else navigation.stay(ctx, *replies)
    change = actions.tail(action, actions.CHANGE)
    if change and slots.item(change) is not None:
        slots.current = change
        return navigation.go(ctx, prompts.PGS)
    remove = actions.tail(action, actions.REMOVE)
    if remove and slots.item(remove) is not None:
        return removed(ctx, [remove])
    sub = actions.submission(turn)
    if sub is not None and sub.scope == actions.SCOPE_ADD:
        return changed(ctx, *edit.add_methods(ctx, sub.codes))
    return None


def changed(ctx: Ctx, *replies: Reply) -> Outcome:
    """After methods were added or removed: choosing methods goes on while the merchant is
    choosing them; elsewhere the journey moves to whatever the change left missing."""
    if (
        ctx.state.step in (prompts.METHODS, prompts.CATEGORY)
        or not SelectionSlots.of(ctx.state).items
    ):
        return navigation.go(ctx, prompts.METHODS, *replies)
    return navigation.proceed(ctx, *replies)


def removed(ctx: Ctx, codes: list[str]) -> Outcome:
    return changed(ctx, *edit.remove_methods(ctx, codes))
