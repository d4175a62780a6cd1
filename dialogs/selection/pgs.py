"""Step "pgs": a PG for each chosen method, one method at a time, recommended first.

A typed PG that does not take the method is refused with the catalog's reason and the PGs
that do; a disputed one is accepted with the disagreement said out loud; a vague name ("nice",
"토스") is asked back.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.choice import resolve_choice
from dialogs.flow import Ctx, Outcome
from dialogs.replies import ChoicesReply, Option, TextReply
from dialogs.selection import (
    actions,
    describe,
    every_step,
    methods,
    navigation,
    prompts,
    texts,
    words,
)
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.selection.words import Intent
from dialogs.turns import Turn
from knowledge.matcher import Ambiguity, Extraction, extract_methods, extract_pgs


def _choose(ctx: Ctx, turn: Turn, item: SelectionItem, pg: str) -> Outcome:
    return pgs_step(ctx, turn.model_copy(update={"action": prompts.pg_value(item.method, pg)}))


def _taking(ctx: Ctx, item: SelectionItem, candidates: Sequence[str]) -> list[str]:
    """The candidates that can take the method (with its payment types); all of them when
    none can, so that choosing one explains why not."""
    offered = {o.pg.code for o in prompts.offers_for(ctx, item)}
    taking = [c for c in candidates if c in offered]
    return taking or list(candidates)


def _ask_which(ctx: Ctx, item: SelectionItem, ambiguity: Ambiguity) -> Outcome:
    lang = ctx.lang
    candidates = _taking(ctx, item, ambiguity.candidates)
    if len(candidates) == 1:
        pg = candidates[0]
        text = texts.PG_DID_YOU_MEAN(lang, term=ambiguity.term, pg=describe.pg_name(pg, lang))
        options = [
            Option(value=prompts.pg_value(item.method, pg), label=texts.YES(lang)),
            Option(value=actions.NO, label=texts.NO(lang)),
        ]
    else:
        text = texts.PG_AMBIGUOUS(lang, term=ambiguity.term)
        options = [
            Option(value=prompts.pg_value(item.method, c), label=describe.pg_name(c, lang))
            for c in candidates
        ]
    return every_step.ask(ctx, ChoicesReply(text=text, options=options))


def _named_pg(text: str, found: Extraction) -> str | None:
    """The PG the text names. "네이버페이는 KCP로" names Naver Pay as a method and KCP as the
    PG: a PG whose name is also a method named in the text is the method, not the choice."""
    if not found.matches:
        return None
    as_methods = set(extract_methods(text).values)
    plain = [m.value for m in found.matches if m.value not in as_methods]
    return plain[0] if plain else found.matches[0].value


def _yes_no(ctx: Ctx, turn: Turn) -> Turn | None:
    asking = SelectionSlots.of(ctx.state).asking
    if turn.action is not None or actions.NO not in asking:
        return None
    if words.is_answer(turn.text, Intent.YES):
        return turn.model_copy(update={"action": asking[0], "text": ""})
    if words.is_answer(turn.text, Intent.NO):
        return turn.model_copy(update={"action": actions.NO, "text": ""})
    return None


def _typed(ctx: Ctx, turn: Turn, item: SelectionItem) -> Outcome | None:
    slots = SelectionSlots.of(ctx.state)
    text = turn.text
    if words.says(text, Intent.TABLE):
        return navigation.stay(ctx, prompts.table(ctx))
    named = extract_methods(text).values
    found = extract_pgs(text)
    pg = _named_pg(text, found)
    new = [m for m in named if slots.item(m) is None]
    if words.says(text, Intent.REMOVE) or (new and words.says(text, Intent.ADD)):
        # "카카오페이는 빼 주세요", "add naver pay too": about methods, not this PG.
        return methods.typed(ctx, turn)
    other = [m for m in named if m != item.method and slots.item(m) is not None]
    if other and (words.says(text, Intent.CHANGE) or (pg is not None and pg not in named)):
        # "change the PG for card", "카드는 KCP로": the PG of another chosen method.
        slots.current = other[0]
        item = slots.item(other[0]) or item
        if pg is None or pg in named:
            return navigation.go(ctx, prompts.PGS)
    if pg is not None:
        return _choose(ctx, turn, item, pg)
    if words.says(text, Intent.CHANGE) and not other:
        return navigation.stay(ctx)  # "change the PG for card" while asking card's PG: ask again
    if found.ambiguous:
        return _ask_which(ctx, item, found.ambiguous[0])
    if words.says(text, Intent.RECOMMENDED):
        best = next((o for o in prompts.offers_for(ctx, item) if o.recommended), None)
        if best is None:
            return navigation.stay(ctx, TextReply(text=texts.NO_RECOMMENDATION(ctx.lang)))
        return _choose(ctx, turn, item, best.pg.code)
    if new:
        return methods.typed(ctx, turn)
    return None


def pgs_step(ctx: Ctx, turn: Turn) -> Outcome:
    answer = every_step.asked(ctx, turn) or _yes_no(ctx, turn)
    if answer is not None:
        return pgs_step(ctx, answer)
    item = SelectionSlots.of(ctx.state).pg_target()
    if item is None:
        return navigation.proceed(ctx)
    outcome = every_step.handle_action(ctx, turn)
    if outcome is not None:
        return outcome
    if turn.action == actions.NO:
        return navigation.stay(ctx)
    chosen = resolve_choice(turn, prompts.pg_options(ctx, item))
    if chosen is not None and turn.action is None:
        return pgs_step(ctx, turn.model_copy(update={"action": chosen, "text": ""}))
    if turn.action is None:
        outcome = _typed(ctx, turn, item)
        if outcome is not None:
            return outcome
    reply = TextReply(text=texts.PG_NOT_UNDERSTOOD(ctx.lang))
    return Outcome(replies=[reply, *prompts.ask_pg(ctx)], fallback=True)
