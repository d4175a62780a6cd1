"""A question a step reads itself before deciding it is not for it ("can I type it in
instead?" at the upload step, "KCP 계약 있나요?" at the menu): answered here, and the step asked
again, so it is never counted as a miss. Steps that take values instead list themselves in
``Flow.free_text_steps`` and the router answers for them before they see the text; a step that
must read a question first (and would otherwise hand it back as a fallback, which counts as a
miss) calls ``answer_question`` on what it did not take.

The replies are the router's for a question at a value step: the answer; or "A or B?"; or
"no confident answer" with the nearest topics and a person, the question kept for the team.
"""

from __future__ import annotations

from dialogs import texts
from dialogs.answers import texts as answer_texts
from dialogs.commands import ACTION_PREFIX as COMMAND_PREFIX
from dialogs.commands import Command
from dialogs.effects import RecordUnanswered
from dialogs.flow import Ctx, Outcome
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.turns import Turn
from knowledge.questions import carries_value, looks_like_question

# The router's own prefix for an FAQ topic's button (dialogs/router.FAQ_ACTION_PREFIX): it
# answers the pressed topic wherever it was offered.
FAQ_ACTION_PREFIX = "faq:"


def answer_question(ctx: Ctx, turn: Turn, again: list[Reply]) -> Outcome | None:
    """The outcome answering ``turn`` as a question, then ``again`` (the step's question);
    None when it is not a question (the step's own fallback stands)."""
    text = turn.text
    if turn.action or turn.form or turn.attachments or not text.strip():
        return None
    if not looks_like_question(text) or carries_value(text):
        return None
    lookup = ctx.ports.faq.lookup(text, ctx.lang)
    if lookup.best is not None:
        return Outcome(replies=[TextReply(text=lookup.best.answer), *again])
    person = Option(value=COMMAND_PREFIX + Command.HUMAN, label=texts.TALK_TO_PERSON(ctx.lang))
    recorded = RecordUnanswered(
        text=text,
        lang=ctx.lang,
        flow=ctx.state.flow,
        step=ctx.state.step,
        outcome="clarify" if lookup.close else "none",
    )
    if lookup.close:
        options = [
            Option(value=FAQ_ACTION_PREFIX + h.entry_id, label=h.question) for h in lookup.close
        ]
        asked = ChoicesReply(text=answer_texts.CLARIFY(ctx.lang), options=[*options, person])
        return Outcome(replies=[asked, *again], effects=[recorded])
    topics = [
        Option(value=FAQ_ACTION_PREFIX + alt.entry_id, label=alt.question)
        for alt in lookup.alternatives[:2]
    ]
    said = ChoicesReply(text=answer_texts.NO_CONFIDENT_ANSWER(ctx.lang), options=[*topics, person])
    return Outcome(replies=[said, *again], effects=[recorded])
