"""Steps "methods" (the cart: what is chosen, the tabs, done) and "category" (one tab's
multi-select)."""

from __future__ import annotations

from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Outcome
from dialogs.replies import Reply, TextReply
from dialogs.selection import (
    actions,
    edit,
    every_step,
    navigation,
    one_message,
    pg_support,
    preference,
    prompts,
    texts,
    words,
)
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.words import Intent
from dialogs.turns import Turn
from knowledge.catalog import MethodCategory


def done(ctx: Ctx) -> Outcome:
    if not SelectionSlots.of(ctx.state).items:
        return navigation.go(ctx, prompts.METHODS, TextReply(text=texts.CHOOSE_ONE_FIRST(ctx.lang)))
    return navigation.proceed(ctx)


def open_tab(ctx: Ctx, category: MethodCategory) -> Outcome:
    SelectionSlots.of(ctx.state).category = category.value
    return navigation.go(ctx, prompts.CATEGORY)


def typed(ctx: Ctx, turn: Turn) -> Outcome | None:
    """Methods named in free text: added, or removed when the text says so; None if none."""
    filled = one_message.fill(ctx, turn.text)
    if filled is not None:
        # Methods and their PG in one message: on to whatever is still missing.
        return navigation.proceed(ctx, *filled)
    found = one_message.methods_named(turn.text)
    if words.says(turn.text, Intent.REMOVE) and found.matches:
        return every_step.removed(ctx, found.values)
    replies = edit.add_methods(ctx, found.values) if found.matches else []
    if found.matches:
        replies += _types_named(ctx, turn.text, found.values)
    if found.ambiguous:
        return every_step.ask_methods(ctx, found.ambiguous[0], *replies)
    if replies:
        return every_step.changed(ctx, *replies)
    return None


def _types_named(ctx: Ctx, text: str, named: list[str]) -> list[Reply]:
    """ "카드 정기결제", "card subscription": the payment types said with the methods, for
    those methods (other methods keep theirs, and are still asked)."""
    slots = SelectionSlots.of(ctx.state)
    targets = [m for m in named if slots.item(m) is not None]
    if not words.payment_types(text) or not targets or words.says(text, Intent.REMOVE):
        return []
    wanted = {i.method: list(i.payment_types) for i in slots.items}
    typed: list[str] = []
    # "카드랑 네이버페이 정기결제": the type is said in Naver Pay's clause, so it is Naver Pay's.
    for clause in one_message.clauses(text):
        ptypes = words.payment_types(clause)
        if not ptypes:
            continue
        in_clause = [m for m in one_message.methods_named(clause).values if m in targets]
        for method in in_clause or targets:
            offered = pg_support.type_options(method)
            new = [t.value for t in ptypes if t in offered and t.value not in wanted[method]]
            wanted[method] += new
            typed.append(method)
    if not typed:
        return []
    asked = list(slots.types_asked)
    said = edit.set_types(ctx, wanted)
    slots.types_asked = list(dict.fromkeys([*asked, *typed]))
    return said


def methods_step(ctx: Ctx, turn: Turn) -> Outcome:
    answer = every_step.asked(ctx, turn)
    if answer is not None:
        return methods_step(ctx, answer)
    outcome = every_step.handle_action(ctx, turn)
    if outcome is not None:
        return outcome
    chosen = resolve_choice(turn, prompts.methods_options(ctx))
    if actions.DONE in (chosen, turn.action):
        return done(ctx)
    tab = pg_support.as_category(actions.tail(chosen, actions.OPEN))
    if tab is not None:
        return open_tab(ctx, tab)
    sub = actions.submission(turn)
    if sub is not None and sub.scope == actions.SCOPE_METHODS:
        # A tab's multi-select submitted after moving on (e.g. after "back").
        return _tab_submitted(ctx, sub.codes)
    if turn.action is None:
        category = words.category(turn.text)
        if category is not None:
            return open_tab(ctx, category)
        outcome = typed(ctx, turn) or preference.prefer(ctx, turn)
        if outcome is not None:
            return outcome
        if words.says(turn.text, Intent.DONE):
            return done(ctx)
    reply = TextReply(text=texts.METHODS_NOT_UNDERSTOOD(ctx.lang))
    return Outcome(replies=[reply, *prompts.ask_methods(ctx)], fallback=True)


def _tab_submitted(ctx: Ctx, codes: list[str]) -> Outcome:
    replies = edit.set_category(ctx, prompts.open_category(ctx), codes)
    return navigation.go(ctx, prompts.METHODS, *replies)


def category_step(ctx: Ctx, turn: Turn) -> Outcome:
    answer = every_step.asked(ctx, turn)
    if answer is not None:
        return category_step(ctx, answer)
    sub = actions.submission(turn, expected=actions.SCOPE_METHODS)
    if sub is not None and sub.scope == actions.SCOPE_METHODS:
        return _tab_submitted(ctx, sub.codes)
    outcome = every_step.handle_action(ctx, turn)
    if outcome is not None:
        return outcome
    if turn.action == actions.DONE:
        return done(ctx)
    if turn.action is None:
        values = every_step.picked(turn.text, prompts.category_options(ctx))
        if values is not None:
            return _tab_submitted(ctx, [v.rsplit(":", 1)[1] for v in values])
        category = words.category(turn.text)
        if category is not None:
            return open_tab(ctx, category)
        outcome = typed(ctx, turn) or preference.prefer(ctx, turn)
        if outcome is not None:
            return outcome
        if words.says(turn.text, Intent.DONE):
            return navigation.go(ctx, prompts.METHODS)
    reply = TextReply(text=texts.METHODS_NOT_UNDERSTOOD(ctx.lang))
    return Outcome(replies=[reply, *prompts.ask_category(ctx)], fallback=True)
