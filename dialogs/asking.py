"""A question a step does not take, which neither the FAQ nor the catalog can answer: said so
here, and the step asked again, so that it is never counted as a miss.

Steps that take values list themselves in ``Flow.free_text_steps`` and the router answers a
question there before the step sees it. Other steps read a question first ("can I type it in
instead?" at the upload step, "KCP는요?" after a contract answer) and hand back what they do
not take as a fallback: the router then tries the other journeys' intents ("기존 계약 있는지
궁금해요" starts the contract inquiry), the FAQ and "A or B?". Only when all of these have
nothing does the router count a miss, and two in a row call an agent: a question typed at the
upload step, then a name, did. A step calls ``unanswered_question`` before handing a fallback
back; it takes the case the router would count, and says what the router says for a question
there: no confident answer, the nearest topics and a person, the question kept for the team.

It is called before the other journeys' intents are tried, so only where the merchant is in
the middle of something that a question rarely leaves: the upload and the reading of the
certificate, "discard what you chose?", and the menu (whose step tries every intent first).
At the end of a journey (a contract answer, the checklist, the end of business information)
and at the checklist's two questions, "우리 가맹점 번호 있는지 알고 싶어요" must still start the
contract inquiry, so those steps hand it back and the router counts it: a question is never a
miss there only once the router's fallback stops counting questions (dialogs/router.py).
"""

from __future__ import annotations

from dialogs import texts
from dialogs.answers import texts as answer_texts
from dialogs.commands import ACTION_PREFIX as COMMAND_PREFIX
from dialogs.commands import Command
from dialogs.effects import RecordUnanswered
from dialogs.flow import Ctx, Outcome
from dialogs.i18n import T
from dialogs.reask import seen, short
from dialogs.replies import ChoicesReply, Option, Reply
from dialogs.turns import Turn
from knowledge.questions import carries_value, looks_like_question

# The router's prefix for an FAQ topic's button (``dialogs.router.FAQ_ACTION_PREFIX``, checked
# by a test): it answers the topic pressed wherever it was offered.
FAQ_ACTION_PREFIX = "faq:"


def unanswered_question(
    ctx: Ctx, turn: Turn, again: list[Reply], question: T | None = None
) -> Outcome | None:
    """``turn`` said to be a question without a confident answer, then ``again`` (the step's
    whole prompt; in one line, ``question`` or its asking sentence, when the merchant has it
    in front of them, as the router asks a step again); None when it is not a question, or
    the FAQ or catalog has something to say (the step's fallback then lets the router answer
    it, or start another journey)."""
    text = turn.text
    if turn.action or turn.form or turn.attachments or not text.strip():
        return None
    if not looks_like_question(text) or carries_value(text):
        return None
    lookup = ctx.ports.faq.lookup(text, ctx.lang)
    if lookup.best is not None or lookup.close:
        return None
    recorded = RecordUnanswered(
        text=text, lang=ctx.lang, flow=ctx.state.flow, step=ctx.state.step, outcome="none"
    )
    topics = [
        Option(value=FAQ_ACTION_PREFIX + alt.entry_id, label=alt.question)
        for alt in lookup.alternatives[:2]
    ]
    person = Option(value=COMMAND_PREFIX + Command.HUMAN, label=texts.TALK_TO_PERSON(ctx.lang))
    said = ChoicesReply(text=answer_texts.NO_CONFIDENT_ANSWER(ctx.lang), options=[*topics, person])
    if seen(ctx.state, again, ctx.ports.now()):
        again = short(again, ctx.lang, question(ctx.lang) if question else None)
    return Outcome(replies=[said, *again], effects=[recorded])
