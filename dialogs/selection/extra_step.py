"""Step "extras": a PG's extra fields, asked one at a time after the summary is confirmed
(``extras`` says which); when none is left, confirming goes on (filing, or business
information first)."""

from __future__ import annotations

from collections.abc import Callable

from dialogs.flow import Ctx, Outcome
from dialogs.replies import TextReply
from dialogs.selection import describe, every_step, extras, prompts, texts
from dialogs.selection.slots import SelectionSlots
from dialogs.speech import not_a_value
from dialogs.turns import Turn


def extras_step(ctx: Ctx, turn: Turn, confirm: Callable[[Ctx], Outcome]) -> Outcome:
    extra = extras.missing(ctx.state)
    if extra is None:
        return confirm(ctx)
    outcome = every_step.handle_action(ctx, turn)
    if outcome is not None:
        return outcome
    lang = ctx.lang
    answer = turn.text.strip()
    if turn.action is not None or not answer:
        return Outcome(
            replies=[TextReply(text=texts.EXTRA_EMPTY(lang)), *prompts.ask_extra(ctx)],
            fallback=True,
        )
    kind = not_a_value(answer)
    if kind is not None:
        # "잠깐만요", "skip", "네": not what the PG asked for; nothing stored.
        said = texts.EXTRA_PAUSED if kind == "pause" else texts.EXTRA_NOT_A_VALUE
        return Outcome(replies=[TextReply(text=said(lang)), *prompts.ask_extra(ctx)])
    if len(answer) > extras.MAX_CHARS:
        too_long = TextReply(text=texts.EXTRA_TOO_LONG(lang, limit=extras.MAX_CHARS))
        return Outcome(replies=[too_long, *prompts.ask_extra(ctx)])
    slots = SelectionSlots.of(ctx.state)
    slots.extras = {**slots.extras, extra.pg: {**slots.extras.get(extra.pg, {}), extra.key: answer}}
    saved = TextReply(
        text=texts.EXTRA_SAVED(
            lang, pg=describe.pg_name(extra.pg, lang), field=extra.label.get(lang), value=answer
        )
    )
    if extras.missing(ctx.state) is not None:
        return Outcome(replies=[saved, *prompts.ask_extra(ctx)])
    done = confirm(ctx)
    done.replies.insert(0, saved)
    return done
