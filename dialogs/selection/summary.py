"""Step "summary": the application grouped by PG, changes of mind, and confirmation.

Confirming either files at once (business information is finished) or hands over to the
business-information journey with the selection kept and confirmed; that journey files it
when it finishes (``dialogs.filing``).
"""

from __future__ import annotations

from dialogs.choice import resolve_choice
from dialogs.filing import file_applications, items_by_pg, ready_to_file
from dialogs.flow import Ctx, Outcome
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.selection import (
    actions,
    describe,
    edit,
    every_step,
    extras,
    methods,
    navigation,
    payment_types,
    preference,
    prompts,
    texts,
    words,
)
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.words import Intent
from dialogs.turns import Turn
from knowledge.matcher import extract_methods, extract_pgs


def confirm(ctx: Ctx) -> Outcome:
    state = ctx.state
    if not SelectionSlots.of(state).items or any(
        i.pg is None for i in SelectionSlots.of(state).items
    ):
        return navigation.proceed(ctx)
    SelectionSlots.of(state).confirmed = True
    SelectionSlots.of(state).asking = []
    if extras.missing(state) is not None:
        # What a PG needs beyond the common application, before filing (issue 16 defect 1).
        return navigation.go(ctx, prompts.EXTRAS)
    if ready_to_file(state):
        lang = ctx.lang
        lines = [texts.FILING(lang)]
        lines += [
            texts.FILING_LINE(
                lang,
                pg=describe.pg_name(a.pg, lang),
                methods=describe.methods(a.methods, lang),
            )
            for a in items_by_pg(state)
        ]
        outcome = file_applications(ctx)
        outcome.replies.insert(0, TextReply(text="\n".join(lines)))
        return outcome
    return Outcome(replies=[TextReply(text=texts.TO_BUSINESS(ctx.lang))], next_flow="business")


def _which(ctx: Ctx, prefix: str, question: str) -> Outcome:
    """Ask which method to change or remove; with only one there is nothing to ask."""
    items = SelectionSlots.of(ctx.state).items
    if len(items) == 1:
        return (
            _change_pg(ctx, items[0].method)
            if prefix == actions.CHANGE
            else (every_step.removed(ctx, [items[0].method]))
        )
    options = [
        Option(value=f"{prefix}:{i.method}", label=describe.item_label(i, ctx.lang)) for i in items
    ]
    return every_step.ask(ctx, ChoicesReply(text=question, options=options))


def _change_pg(ctx: Ctx, method: str, *before: Reply) -> Outcome:
    SelectionSlots.of(ctx.state).current = method
    return navigation.go(ctx, prompts.PGS, *before)


def _what_about(ctx: Ctx, method: str) -> Outcome:
    lang = ctx.lang
    options = [
        Option(value=f"{actions.CHANGE}:{method}", label=texts.CHANGE_PG(lang)),
        Option(value=f"{actions.REMOVE}:{method}", label=texts.REMOVE_METHOD(lang)),
    ]
    text = texts.WHAT_ABOUT(lang, method=describe.method_name(method, lang))
    return every_step.ask(ctx, ChoicesReply(text=text, options=options))


def _change(ctx: Ctx, turn: Turn, named: list[str]) -> Outcome:
    """ "change the PG for card (to KCP)", "카드는 KCP로 바꿔 주세요"."""
    if words.payment_types(turn.text) and not named:
        return navigation.go(ctx, prompts.TYPES)
    if not named:
        return _which(ctx, actions.CHANGE, texts.WHICH_CHANGE(ctx.lang))
    method = named[0]
    pgs = [p for p in extract_pgs(turn.text).values if p not in named]
    if pgs:
        ok, replies = edit.set_pg(ctx, method, pgs[0])
        if ok:
            return navigation.proceed(ctx, *replies)
        return _change_pg(ctx, method, *replies)
    return _change_pg(ctx, method)


def _typed(ctx: Ctx, turn: Turn) -> Outcome | None:
    slots = SelectionSlots.of(ctx.state)
    text = turn.text
    found = extract_methods(text)
    chosen = [m for m in found.values if slots.item(m) is not None]
    new = [m for m in found.values if slots.item(m) is None]
    if words.says(text, Intent.CHANGE):
        return _change(ctx, turn, chosen)
    if words.payment_types(text):
        # "카드 정기결제도 추가", "수기결제는 빼 주세요": the types step's own reading of it.
        return payment_types.types_step(ctx, turn)
    if words.says(text, Intent.REMOVE):
        if chosen or new:
            return every_step.removed(ctx, chosen + new)
        return _which(ctx, actions.REMOVE, texts.WHICH_REMOVE(ctx.lang))
    if words.says(text, Intent.NONE) and not found.matches:
        # "일반결제만", "one-time only": no subscription / key-in for any method.
        return payment_types.types_step(ctx, turn)
    if new or found.ambiguous:
        return methods.typed(ctx, turn)
    if len(chosen) == 1:
        return _what_about(ctx, chosen[0])
    if words.says(text, Intent.CONFIRM) or words.is_answer(text, Intent.YES):
        return confirm(ctx)
    if words.says(text, Intent.TABLE):
        return navigation.stay(ctx, prompts.table(ctx))
    return None


def summary_step(ctx: Ctx, turn: Turn) -> Outcome:
    answer = every_step.asked(ctx, turn)
    if answer is not None:
        return summary_step(ctx, answer)
    if turn.action == actions.CONFIRM:
        return confirm(ctx)
    if turn.action == actions.NO:
        return navigation.stay(ctx)
    if turn.action == actions.CHANGE:
        return _which(ctx, actions.CHANGE, texts.WHICH_CHANGE(ctx.lang))
    if turn.action == actions.REMOVE:
        return _which(ctx, actions.REMOVE, texts.WHICH_REMOVE(ctx.lang))
    outcome = every_step.handle_action(ctx, turn)
    if outcome is not None:
        return outcome
    if turn.action is None:
        chosen = resolve_choice(turn, prompts.summary_options(ctx))
        if chosen is not None:
            return summary_step(ctx, turn.model_copy(update={"action": chosen, "text": ""}))
        outcome = _typed(ctx, turn) or preference.switch_to(ctx, turn)
        if outcome is not None:
            return outcome
    reply = TextReply(text=texts.SUMMARY_NOT_UNDERSTOOD(ctx.lang))
    return Outcome(replies=[reply, *prompts.ask_summary(ctx)], fallback=True)
