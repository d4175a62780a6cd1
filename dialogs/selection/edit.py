"""Changes to the selection, each with what to tell the merchant about it.

Every change un-confirms the selection: what the merchant confirmed is no longer what would be
filed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from dialogs.flow import Ctx
from dialogs.replies import Reply, TextReply
from dialogs.selection import applied, describe, pg_support, texts
from dialogs.selection.slots import SelectionItem, SelectionSlots
from knowledge.catalog import MethodCategory, PaymentType, SupportStatus, Text


def _say(*lines: str) -> list[Reply]:
    text = "\n".join(line for line in lines if line)
    return [TextReply(text=text)] if text else []


def add_methods(ctx: Ctx, codes: Iterable[str]) -> list[Reply]:
    lang = ctx.lang
    slots = SelectionSlots.of(ctx.state)
    added: list[str] = []
    already: list[str] = []
    notes: list[str] = []
    for code in dict.fromkeys(codes):
        method = pg_support.method(code)
        if method is None:
            continue
        if slots.item(method.code) is not None:
            already.append(method.code)
            continue
        done = applied.applied_pgs(ctx, method.code)
        if not pg_support.offers(method.code, (), exclude=done):
            name = method.name(lang)
            if done and pg_support.offers(method.code, ()):
                notes.append(texts.METHOD_ALL_APPLIED(lang, method=name))
            else:
                reasons = " ".join(n.get(lang) for n in pg_support.refusals(method.code))
                notes.append(f"{texts.METHOD_UNAVAILABLE(lang, method=name)} {reasons}".strip())
            continue
        slots.items = [*slots.items, SelectionItem(method=method.code)]
        added.append(method.code)
        if done:
            pgs = describe.pgs(done, lang)
            notes.append(texts.METHOD_APPLIED(lang, method=method.name(lang), pgs=pgs))
    if added:
        slots.confirmed = False
    return _say(
        texts.ADDED(lang, methods=describe.methods(added, lang)) if added else "",
        texts.ALREADY_CHOSEN(lang, methods=describe.methods(already, lang)) if already else "",
        *notes,
    )


def remove_methods(ctx: Ctx, codes: Iterable[str]) -> list[Reply]:
    lang = ctx.lang
    slots = SelectionSlots.of(ctx.state)
    wanted = list(dict.fromkeys(codes))
    removed = [c for c in wanted if slots.item(c) is not None]
    missing = [c for c in wanted if slots.item(c) is None]
    if removed:
        slots.items = [i for i in slots.items if i.method not in removed]
        slots.types_asked = [m for m in slots.types_asked if m not in removed]
        if slots.current in removed:
            slots.current = None
        slots.confirmed = False
    return _say(
        texts.REMOVED(lang, methods=describe.methods(removed, lang)) if removed else "",
        texts.NOT_CHOSEN(lang, methods=describe.methods(missing, lang)) if missing else "",
    )


def set_category(ctx: Ctx, category: MethodCategory, codes: Sequence[str]) -> list[Reply]:
    """A tab's multi-select was submitted: exactly ``codes`` of that tab are chosen."""
    in_tab = {m.code for m in pg_support.catalog().methods_in(category)}
    chosen = [c for c in codes if c in in_tab]
    dropped = [
        i.method for i in SelectionSlots.of(ctx.state).items if i.method in in_tab - set(chosen)
    ]
    replies = remove_methods(ctx, dropped) if dropped else []
    return [
        *replies,
        *add_methods(ctx, [c for c in chosen if SelectionSlots.of(ctx.state).item(c) is None]),
    ]


def set_pg(ctx: Ctx, method: str, pg_code: str) -> tuple[bool, list[Reply]]:
    """Choose a PG for a method: refused (with the reason and the alternatives) when the PG
    does not take the method with its payment types, or was applied to for it before."""
    lang = ctx.lang
    slots = SelectionSlots.of(ctx.state)
    item = slots.item(method)
    pg = pg_support.pg(pg_code)
    if item is None or pg is None:
        return False, []
    name = describe.method_name(method, lang)
    if pg.code in applied.applied_pgs(ctx, method):
        return False, _say(texts.PG_ALREADY_APPLIED(lang, method=name, pg=pg.name(lang)))
    found = pg_support.verdict(pg, method, item.payment_types)
    if found.status is SupportStatus.NO or pg.v2_only:
        return False, _say(*refusal(ctx, item, pg.code, found.notes))
    item.pg = pg.code
    if slots.current == method:
        slots.current = None
    slots.confirmed = False
    lines = [texts.PG_SET(lang, method=name, pg=pg.name(lang))]
    if found.status is SupportStatus.DISPUTED:
        # Said as "being confirmed"; which sources disagree stays with agents.
        lines.append(texts.PG_SET_DISPUTED(lang, pg=pg.name(lang)))
    return True, _say(*lines)


def refusal(ctx: Ctx, item: SelectionItem, pg_code: str, notes: Sequence[Text]) -> list[str]:
    lang = ctx.lang
    pg = pg_support.pg(pg_code)
    pg_label = pg.name(lang) if pg else pg_code
    for_types = (
        texts.FOR_TYPES(lang, types=describe.types_of(item, lang)) if item.payment_types else ""
    )
    if pg is not None and pg.v2_only:
        notes = pg_support.for_merchants(pg.notes)
    reason = " ".join(n.get(lang) for n in notes)
    lines = [
        texts.PG_REFUSED(
            lang,
            pg=pg_label,
            method=describe.method_name(item.method, lang),
            for_types=for_types,
            reason=reason,
        ).strip()
    ]
    others = pg_support.offers(
        item.method, item.payment_types, exclude=applied.applied_pgs(ctx, item.method)
    )
    if others:
        lines.append(
            texts.PG_ALTERNATIVES(lang, pgs=describe.pgs((o.pg.code for o in others), lang))
        )
    return lines


def set_types(ctx: Ctx, wanted: Mapping[str, Sequence[str]]) -> list[Reply]:
    """Exactly these extra payment types per method (absent methods: general only). A PG chosen
    before that cannot take the new types is dropped, with the reason, to be asked again."""
    lang = ctx.lang
    slots = SelectionSlots.of(ctx.state)
    lines: list[str] = []
    for item in slots.items:
        offered = [t.value for t in pg_support.type_options(item.method)]
        new: list[str] = [
            t.value
            for t in PaymentType
            if t.value in wanted.get(item.method, ()) and t.value in offered
        ]
        if new != item.payment_types:
            item.payment_types = new
            slots.confirmed = False
        if item.pg is not None:
            pg = pg_support.pg(item.pg)
            found = pg_support.verdict(pg, item.method, new) if pg else None
            if found is not None and found.status is SupportStatus.NO:
                lines += refusal(ctx, item, item.pg, found.notes)
                item.pg = None
    slots.types_asked = list(dict.fromkeys([*slots.types_asked, *slots.methods()]))
    chosen = [
        texts.TYPE_ITEM(
            lang, method=describe.method_name(i.method, lang), type=describe.type_name(t, lang)
        )
        for i in slots.items
        for t in i.payment_types
    ]
    head = (
        texts.TYPES_SET(lang, items=describe.join(chosen, lang))
        if chosen
        else texts.TYPES_NONE(lang)
    )
    return _say(head, *lines)


def apply_preference(ctx: Ctx) -> list[Reply]:
    """The PG the merchant named before any method (``preference``), set for each chosen
    method still without a PG, once per method: a refusal is said once, then that method's PG
    is asked as usual."""
    slots = SelectionSlots.of(ctx.state)
    pg_code = slots.preferred_pg
    if pg_code is None:
        return []
    replies: list[Reply] = []
    for item in list(slots.items):
        if item.pg is not None or item.method in slots.preferred_for:
            continue
        if item.method == slots.current:
            continue  # being changed by the merchant: their choice, not the preference
        slots.preferred_for = [*slots.preferred_for, item.method]
        if pg_code in applied.applied_pgs(ctx, item.method):
            continue
        _, said = set_pg(ctx, item.method, pg_code)
        replies += said
    return replies
