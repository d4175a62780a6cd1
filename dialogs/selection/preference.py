"""A PG named before any method ("이니시스", "inicis", even "니이시스" at the methods step): the
merchant means "I want this PG", not a question about it. It is kept as a preference, said
back with what that PG offers (from the catalog), and each method chosen then goes to it where
it can take it; a method it cannot take is said once and asked a PG as usual."""

from __future__ import annotations

from dialogs.flow import Ctx, Outcome
from dialogs.replies import Reply, TextReply
from dialogs.selection import describe, edit, navigation, pg_support, prompts, texts, words
from dialogs.selection.one_message import methods_named
from dialogs.selection.slots import SelectionSlots
from dialogs.selection.typos import find_pgs
from dialogs.selection.words import Intent
from dialogs.turns import Turn
from knowledge.catalog import MethodCategory, SupportStatus
from knowledge.matcher import extract_pgs
from knowledge.questions import looks_like_question


def named_alone(text: str) -> str | None:
    """The one PG a message names when it names no method; None otherwise ("nice" is
    ambiguous, "카카오페이" is a method)."""
    if methods_named(text).matches or methods_named(text).ambiguous:
        return None
    if words.payment_types(text) or words.says(text, Intent.NONE):
        return None  # "one-time payments only" is about payment types
    # A misspelt name ("니이시스", "kg inicsi") only when it is about all the message says:
    # in a longer one, two words together can come close to a name ("time payments").
    found = find_pgs(text) if len(text.split()) <= 2 else extract_pgs(text)
    if found.ambiguous or len(found.matches) != 1:
        return None
    pg = pg_support.pg(found.matches[0].value)
    return pg.code if pg is not None and not pg.v2_only else None


def offers(pg_code: str, ctx: Ctx) -> list[str]:
    """What the PG offers, a line per method tab, disputed methods said as being confirmed."""
    lang = ctx.lang
    pg = pg_support.pg(pg_code)
    if pg is None:
        return []
    lines = [texts.PREFERRED_OFFERS(lang, pg=pg.name(lang))]
    for category in MethodCategory:
        yes: list[str] = []
        confirming: list[str] = []
        for method in pg_support.catalog().methods_in(category):
            status = pg_support.verdict(pg, method.code, []).status
            if status is SupportStatus.YES:
                yes.append(method.code)
            elif status is SupportStatus.DISPUTED:
                confirming.append(method.code)
        if not (yes or confirming):
            continue
        line = texts.PREFERRED_OFFERS_LINE(
            lang, category=texts.CATEGORY_SHORT[category](lang), methods=describe.methods(yes, lang)
        )
        if confirming:
            line += texts.PREFERRED_CONFIRMING(lang, methods=describe.methods(confirming, lang))
        lines.append(line)
    return lines


def prefer(ctx: Ctx, turn: Turn) -> Outcome | None:
    """The PG named alone at a method-choosing step, taken as the merchant's preference."""
    if turn.action is not None:
        return None
    pg_code = named_alone(turn.text)
    if pg_code is None:
        return None
    slots = SelectionSlots.of(ctx.state)
    slots.preferred_pg = pg_code
    slots.preferred_for = []
    name = describe.pg_name(pg_code, ctx.lang)
    said: list[Reply] = [TextReply(text=texts.PREFERRED_PG(ctx.lang, pg=name))]
    said += edit.apply_preference(ctx)
    if not slots.items:
        said.append(TextReply(text="\n".join(offers(pg_code, ctx))))
        return navigation.go(ctx, prompts.METHODS, *said)
    return navigation.proceed(ctx, *said)


def switch_to(ctx: Ctx, turn: Turn) -> Outcome | None:
    """At the summary, a PG named alone ("이니시스로 해 주세요", "sorry, I meant KCP"): that PG
    for every chosen method it can take (the others keep theirs, with the reason said)."""
    if turn.action is not None or looks_like_question(turn.text):
        return None
    pg_code = named_alone(turn.text)
    if pg_code is None:
        return None
    replies: list[Reply] = []
    for item in SelectionSlots.of(ctx.state).items:
        if item.pg != pg_code:
            _, said = edit.set_pg(ctx, item.method, pg_code)
            replies += said
    return navigation.proceed(ctx, *replies)
