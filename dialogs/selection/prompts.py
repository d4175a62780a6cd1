"""The question of each step, rendered from the slots alone so it can be asked again at any
time (after back, an FAQ answer, a language switch or the merchant reopening the chat)."""

from __future__ import annotations

from collections import defaultdict

from dialogs.flow import Ctx, PromptFn
from dialogs.replies import CardReply, ChoicesReply, MultiSelectReply, Option, Reply, TableReply
from dialogs.replies import TextReply as Text
from dialogs.selection import actions, applied, describe, extras, pg_support, texts
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.selection.steps import Step
from knowledge.catalog import MethodCategory, Pg, SupportStatus, Via

METHODS = Step.METHODS
CATEGORY = Step.CATEGORY
TYPES = Step.TYPES
PGS = Step.PGS
SUMMARY = Step.SUMMARY
EXTRAS = Step.EXTRAS


# -- methods ----------------------------------------------------------------------------------


def methods_options(ctx: Ctx) -> list[Option]:
    options = [
        Option(value=actions.OPEN + cat.value, label=texts.CATEGORY[cat](ctx.lang))
        for cat in MethodCategory
    ]
    if SelectionSlots.of(ctx.state).items:
        options.append(Option(value=actions.DONE, label=texts.DONE(ctx.lang), style="primary"))
    return options


def applied_replies(ctx: Ctx) -> list[Reply]:
    items = applied.applied_items(ctx)
    if not items:
        return []
    lines = [texts.APPLIED(ctx.lang)]
    for (pg, status), methods in applied.by_pg(items).items():
        lines.append(
            texts.APPLIED_LINE(
                ctx.lang,
                pg=describe.pg_name(pg, ctx.lang),
                methods=describe.methods(methods, ctx.lang),
                status=describe.status_name(status, ctx.lang),
            )
        )
    lines.append(texts.APPLIED_HINT(ctx.lang))
    return [Text(text="\n".join(lines))]


def cart(ctx: Ctx) -> Text:
    items = SelectionSlots.of(ctx.state).items
    if not items:
        return Text(text=texts.CART_EMPTY(ctx.lang))
    labels = describe.join((describe.item_label(i, ctx.lang) for i in items), ctx.lang)
    return Text(text=texts.CART(ctx.lang, methods=labels))


def ask_methods(ctx: Ctx) -> list[Reply]:
    lang = ctx.lang
    question = texts.METHODS_ASK(lang)
    if SelectionSlots.of(ctx.state).items:
        question += "\n" + texts.CART_HINT(lang)
    return [
        *applied_replies(ctx),
        cart(ctx),
        ChoicesReply(text=question, options=methods_options(ctx)),
    ]


# -- one tab ----------------------------------------------------------------------------------


def open_category(ctx: Ctx) -> MethodCategory:
    return pg_support.as_category(SelectionSlots.of(ctx.state).category) or MethodCategory.GENERAL


def category_options(ctx: Ctx) -> list[Option]:
    lang = ctx.lang
    options = []
    for method in pg_support.catalog().methods_in(open_category(ctx)):
        label = method.name(lang)
        done = applied.applied_pgs(ctx, method.code)
        if done:
            mark = texts.APPLIED_MARK(lang, pgs=describe.pgs(done, lang))
            label = f"{label} ({mark})"
        options.append(Option(value=actions.value(actions.SCOPE_METHODS, method.code), label=label))
    return options


def ask_category(ctx: Ctx) -> list[Reply]:
    lang = ctx.lang
    cat = open_category(ctx)
    options = category_options(ctx)
    chosen = set(SelectionSlots.of(ctx.state).methods())
    selected = [o.value for o in options if o.value.rsplit(":", 1)[1] in chosen]
    return [
        MultiSelectReply(
            text=texts.CATEGORY_ASK(lang, category=texts.CATEGORY[cat](lang)),
            options=options,
            selected=selected,
            submit_label=texts.CATEGORY_SUBMIT(lang),
        )
    ]


# -- subscription and key-in ------------------------------------------------------------------


def types_options(ctx: Ctx) -> list[Option]:
    """Each (method, subscription / key-in) some PG offers, then "one-time payments only"
    last, in the same list: one question, one numbering."""
    lang = ctx.lang
    options = [
        Option(
            value=actions.value(actions.SCOPE_TYPES, f"{item.method}.{t.value}"),
            label=texts.TYPE_ITEM(
                lang,
                method=describe.method_name(item.method, lang),
                type=texts.TYPE[t](lang),
            ),
        )
        for item in SelectionSlots.of(ctx.state).items
        for t in pg_support.type_options(item.method)
    ]
    options.append(Option(value=GENERAL_ONLY, label=texts.GENERAL_ONLY(lang)))
    return options


# The "one-time payments only" option: a submission of nothing beyond general payment.
GENERAL_ONLY = actions.value(actions.SCOPE_TYPES, "")


def ask_types(ctx: Ctx) -> list[Reply]:
    lang = ctx.lang
    options = types_options(ctx)
    selected = [
        actions.value(actions.SCOPE_TYPES, f"{item.method}.{t}")
        for item in SelectionSlots.of(ctx.state).items
        for t in item.payment_types
    ]
    return [
        MultiSelectReply(
            text=f"{texts.TYPES_ASK(lang)}\n{texts.STRICT_SCREENING(lang)}",
            options=options,
            selected=[s for s in selected if any(o.value == s for o in options)],
            submit_label=texts.TYPES_SUBMIT(lang),
        ),
    ]


# -- PG per method ----------------------------------------------------------------------------


def offers_for(ctx: Ctx, item: SelectionItem) -> list[pg_support.Offer]:
    slots = SelectionSlots.of(ctx.state)
    chosen = {i.pg for i in slots.items if i.pg and i.method != item.method}
    excluded = applied.applied_pgs(ctx, item.method)
    return pg_support.offers(item.method, item.payment_types, exclude=excluded, chosen=chosen)


def for_types(ctx: Ctx, item: SelectionItem) -> str:
    if not item.payment_types:
        return ""
    return texts.FOR_TYPES(ctx.lang, types=describe.types_of(item, ctx.lang))


def offer_label(ctx: Ctx, offer: pg_support.Offer) -> str:
    lang = ctx.lang
    marks = []
    if offer.recommended:
        marks.append(texts.MARK_RECOMMENDED(lang))
    if offer.chosen:
        marks.append(texts.MARK_CHOSEN(lang))
    if offer.disputed:
        marks.append(texts.MARK_DISPUTED(lang))
    if offer.partner:
        marks.append(texts.MARK_PARTNER(lang))
    name = offer.pg.name(lang)
    return f"{name} ({', '.join(marks)})" if marks else name


def pg_value(method: str, pg: str) -> str:
    return f"{actions.PG}{method}:{pg}"


def pg_options(ctx: Ctx, item: SelectionItem) -> list[Option]:
    options = [
        Option(value=pg_value(item.method, o.pg.code), label=offer_label(ctx, o))
        for o in offers_for(ctx, item)
    ]
    if options:
        options.append(Option(value=actions.TABLE, label=texts.VIEW_ALL(ctx.lang)))
    return options


def _offer_notes(ctx: Ctx, item: SelectionItem, offers: list[pg_support.Offer]) -> list[str]:
    lang = ctx.lang
    lines = []
    for offer in offers:
        if offer.recommended and offer.reason is not None:
            lines.append(
                texts.PG_RECOMMENDED(lang, pg=offer.pg.name(lang), reason=offer.reason.get(lang))
            )
    chosen = [o.pg.code for o in offers if o.chosen]
    if chosen:
        lines.append(texts.PG_CHOSEN_ALREADY(lang, pgs=describe.pgs(chosen, lang)))
    for offer in offers:
        if offer.disputed:
            lines.append(texts.PG_DISPUTED(lang, pg=offer.pg.name(lang)))
    excluded = applied.applied_pgs(ctx, item.method)
    if excluded:
        lines.append(texts.PG_EXCLUDED(lang, pgs=describe.pgs(excluded, lang)))
    return lines


def ask_pg(ctx: Ctx) -> list[Reply]:
    lang = ctx.lang
    item = SelectionSlots.of(ctx.state).pg_target()
    if item is None:
        return ask_methods(ctx)
    name = describe.method_name(item.method, lang)
    offers = offers_for(ctx, item)
    if not offers:
        options = [Option(value=f"{actions.REMOVE}:{item.method}", label=texts.REMOVE_METHOD(lang))]
        if item.payment_types:
            options.append(Option(value=actions.EDIT_TYPES, label=texts.EDIT_TYPES(lang)))
        text = texts.PG_NONE_LEFT(lang, method=name, for_types=for_types(ctx, item))
        return [ChoicesReply(text=text, options=options)]
    if item.payment_types:
        question = texts.PG_ASK_TYPES(lang, method=name, types=describe.types_of(item, lang))
    else:
        question = texts.PG_ASK(lang, method=name)
    lines = [question, *_offer_notes(ctx, item, offers)]
    if item.payment_types:
        lines.append(texts.STRICT_SCREENING(lang))
    return [ChoicesReply(text="\n".join(lines), options=pg_options(ctx, item))]


def table(ctx: Ctx) -> TableReply:
    """Every PG against the chosen methods (with their payment types)."""
    lang = ctx.lang
    items = SelectionSlots.of(ctx.state).items
    rows = []
    for pg in pg_support.v1_pgs():
        cells = [pg.name(lang)]
        for item in items:
            cells.append(_cell(ctx, pg, item))
        rows.append(cells)
    columns = [texts.TABLE_PG(lang), *(describe.item_label(i, lang) for i in items)]
    return TableReply(title=texts.TABLE_TITLE(lang), columns=columns, rows=rows)


def _cell(ctx: Ctx, pg: Pg, item: SelectionItem) -> str:
    if pg.code in applied.applied_pgs(ctx, item.method):
        return texts.TABLE_APPLIED(ctx.lang)
    found = pg_support.verdict(pg, item.method, item.payment_types)
    if found.status is SupportStatus.NO:
        return "–"
    if found.status is SupportStatus.DISPUTED:
        return "?"
    line = pg.line_for(item.method)
    return "✓*" if line is not None and line.via is Via.PARTNER else "✓"


# -- summary ----------------------------------------------------------------------------------


def summary_options(ctx: Ctx) -> list[Option]:
    lang = ctx.lang
    options = [
        Option(value=actions.CONFIRM, label=texts.CONFIRM(lang), style="primary"),
        Option(value=actions.MORE, label=texts.MORE(lang)),
        Option(value=actions.CHANGE, label=texts.CHANGE_PG(lang)),
        Option(value=actions.REMOVE, label=texts.REMOVE_METHOD(lang)),
    ]
    if any(pg_support.type_options(i.method) for i in SelectionSlots.of(ctx.state).items):
        options.append(Option(value=actions.EDIT_TYPES, label=texts.EDIT_TYPES(lang)))
    return options


def grouped(ctx: Ctx) -> list[tuple[str, str]]:
    """(PG name, its methods with their payment types): one application per PG."""
    lang = ctx.lang
    labels: dict[str, list[str]] = defaultdict(list)
    for item in SelectionSlots.of(ctx.state).items:
        if item.pg is not None:
            labels[item.pg].append(describe.item_label(item, lang))
    return [(describe.pg_name(pg, lang), describe.join(ls, lang)) for pg, ls in labels.items()]


def _summary_notes(ctx: Ctx) -> list[str]:
    lang = ctx.lang
    items = [i for i in SelectionSlots.of(ctx.state).items if i.pg is not None]
    notes = []
    for i in items:
        pg = pg_support.pg(i.pg) if i.pg else None
        found = pg_support.verdict(pg, i.method, i.payment_types) if pg else None
        if pg is not None and found is not None and found.status is SupportStatus.DISPUTED:
            what = f"{pg.name(lang)} — {describe.item_label(i, lang)}"
            notes.append(texts.SUMMARY_DISPUTED(lang, items=what))
    if any(i.payment_types for i in items):
        notes.append(texts.SUMMARY_STRICT(lang))
    if any(not i.payment_types and pg_support.type_options(i.method) for i in items):
        # One-time payments only unless asked: a default said once here, not a question.
        notes.append(texts.SUMMARY_GENERAL_ONLY(lang))
    asked: dict[str, list[str]] = defaultdict(list)
    for extra in extras.wanted(ctx.state):
        name = describe.pg_name(extra.pg, lang)
        given = extras.value(ctx.state, extra)
        derived = texts.FROM_BUSINESS.get(extra.key)
        if derived is not None:
            # Not asked: what it will hold, in words (the value once the merchant gave it).
            known, later = derived
            said = known(lang, pg=name, value=given) if given else later(lang, pg=name)
            notes.append(said)
        elif given is None:
            asked[name].append(extra.label.get(lang))
        else:
            field = extra.label.get(lang)
            notes.append(texts.SUMMARY_EXTRA_VALUE(lang, pg=name, field=field, value=given))
    for name, fields in asked.items():
        notes.append(texts.SUMMARY_EXTRA(lang, pg=name, fields=describe.join(fields, lang)))
    return notes


def ask_summary(ctx: Ctx) -> list[Reply]:
    lang = ctx.lang
    footer = "\n".join([*_summary_notes(ctx), texts.SUMMARY_FOOTER(lang)])
    return [
        CardReply(
            title=texts.SUMMARY_TITLE(lang),
            rows=grouped(ctx),
            footer=footer,
            options=summary_options(ctx),
        )
    ]


# -- a PG's extra fields ----------------------------------------------------------------------


def ask_extra(ctx: Ctx) -> list[Reply]:
    """The next extra field a PG needs; the summary when none is left."""
    extra = extras.missing(ctx.state)
    if extra is None:
        return ask_summary(ctx)
    lang = ctx.lang
    text = texts.EXTRA_ASK(lang, pg=describe.pg_name(extra.pg, lang), field=extra.label.get(lang))
    return [Text(text=text)]


PROMPTS: dict[str, PromptFn] = {
    METHODS: ask_methods,
    CATEGORY: ask_category,
    TYPES: ask_types,
    PGS: ask_pg,
    SUMMARY: ask_summary,
    EXTRAS: ask_extra,
}
