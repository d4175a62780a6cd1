"""Step "types": subscription (billing key) and key-in payments per method, on top of general
payment. Only combinations some PG supports are offered; PGs are then filtered by them."""

from __future__ import annotations

from collections import defaultdict

from dialogs.flow import Ctx, Outcome
from dialogs.replies import TextReply
from dialogs.selection import (
    actions,
    describe,
    edit,
    every_step,
    methods,
    navigation,
    pg_support,
    preference,
    prompts,
    texts,
    words,
)
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.words import Intent
from dialogs.turns import Turn
from knowledge.language import Lang
from knowledge.matcher import extract_methods


def _save(ctx: Ctx, pairs: list[str]) -> Outcome:
    """``pairs`` are "method.type" codes: exactly these extra types."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for pair in pairs:
        method, _, ptype = pair.partition(".")
        if not ptype:
            continue  # "one-time payments only" chosen together with others
        wanted[method].append(ptype)
    return navigation.proceed(ctx, *edit.set_types(ctx, wanted))


def mentioned(text: str, chosen: list[str]) -> list[str]:
    """Chosen methods the text names. The matcher leaves "휴대폰" alone (it could be phone
    billing or phone identity verification); among the merchant's own choices the first word
    of a method's name ("휴대폰 소액결제") is enough to tell which one is meant."""
    named = [m for m in extract_methods(text).values if m in chosen]
    if named:
        return named
    flat = text.casefold().replace(" ", "")
    found = []
    for code in chosen:
        method = pg_support.method(code)
        if method is not None and any(
            method.names.get(lang).split()[0].casefold() in flat for lang in Lang
        ):
            found.append(code)
    return found


def _typed(ctx: Ctx, turn: Turn) -> Outcome | None:
    slots = SelectionSlots.of(ctx.state)
    ptypes = words.payment_types(turn.text)
    if not ptypes:
        if words.says(turn.text, Intent.NONE) or words.is_answer(turn.text, Intent.NO):
            return _save(ctx, [])
        if words.says(turn.text, Intent.DONE):
            # "선택완료", "done": the types as they stand.
            return _save(ctx, [f"{i.method}.{t}" for i in slots.items for t in i.payment_types])
        return methods.typed(ctx, turn)
    named = mentioned(turn.text, slots.methods())
    targets = named or slots.methods()
    current = {i.method: list(i.payment_types) for i in slots.items}
    notes: list[str] = []
    removing = words.says(turn.text, Intent.REMOVE)
    for ptype in ptypes:
        offering = [m for m in targets if ptype in pg_support.type_options(m)]
        if not offering and not removing:
            name = describe.methods(targets, ctx.lang)
            notes.append(
                texts.TYPE_NOT_OFFERED(ctx.lang, method=name, type=texts.TYPE[ptype](ctx.lang))
            )
        for method in offering:
            kept = [t for t in current[method] if t != ptype.value]
            current[method] = kept if removing else [*kept, ptype.value]
    pairs = [f"{m}.{t}" for m, ts in current.items() for t in ts]
    outcome = _save(ctx, pairs)
    if notes:
        outcome.replies.insert(0, TextReply(text="\n".join(notes)))
    return outcome


def types_step(ctx: Ctx, turn: Turn) -> Outcome:
    answer = every_step.asked(ctx, turn)
    if answer is not None:
        return types_step(ctx, answer)
    sub = actions.submission(turn, expected=actions.SCOPE_TYPES)
    if sub is not None and sub.scope == actions.SCOPE_TYPES:
        return _save(ctx, sub.codes)
    outcome = every_step.handle_action(ctx, turn)
    if outcome is not None:
        return outcome
    if turn.action is None:
        values = every_step.picked(turn.text, prompts.types_options(ctx))
        if values is not None:
            return _save(
                ctx, [v.removeprefix(actions.value(actions.SCOPE_TYPES, "")) for v in values]
            )
        outcome = _typed(ctx, turn) or preference.prefer(ctx, turn)
        if outcome is not None:
            return outcome
    reply = TextReply(text=texts.TYPES_NOT_UNDERSTOOD(ctx.lang))
    return Outcome(replies=[reply, *prompts.ask_types(ctx)], fallback=True)
