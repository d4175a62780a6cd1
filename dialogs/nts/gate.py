"""The check before filing: an answer from the National Tax Service that the business is
suspended or closed holds the filing and offers a person. No answer (check off, not yet
asked, the service down) never holds anything."""

from __future__ import annotations

from dialogs.commands import ACTION_PREFIX as COMMAND_PREFIX
from dialogs.commands import Command
from dialogs.flow import Ctx, Outcome
from dialogs.nts import texts
from dialogs.nts.port import BUSINESS_STATUS_PORT, TaxStatus
from dialogs.replies import ChoicesReply, Option, TextReply
from knowledge.bizno import format_business_number


def hold_filing(ctx: Ctx, business_number: str) -> Outcome | None:
    """An outcome that explains why nothing is filed, or None to file."""
    answer = BUSINESS_STATUS_PORT.of(ctx.ports).status(business_number)
    if answer is None or answer.status not in (TaxStatus.SUSPENDED, TaxStatus.CLOSED):
        return None
    lang = ctx.lang
    number = format_business_number(business_number)
    if answer.status is TaxStatus.SUSPENDED:
        why = texts.SUSPENDED(lang, number=number)
    else:
        when = ""
        if answer.closed_on and len(answer.closed_on) == 8:
            day = f"{answer.closed_on[:4]}-{answer.closed_on[4:6]}-{answer.closed_on[6:]}"
            when = texts.CLOSED_ON(lang, date=day)
        why = texts.CLOSED(lang, number=number, when=when)
    agent = Option(value=COMMAND_PREFIX + Command.HUMAN, label=texts.ASK_AGENT(lang))
    return Outcome(
        replies=[
            TextReply(text=why),
            ChoicesReply(text=texts.NOT_FILED(lang), options=[agent]),
        ]
    )
