"""The applications journey ("See application status"): the merchant's applications as status
cards; withdraw one (while still submitted), follow or stop following updates, the integration
guides, and applying for more methods.

The steps keep nothing in the state: the options of a step are recomputed from the port each
turn, and a choice names its application ("app:cancel:12"), so a stale button cannot act on
something the merchant did not see.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.applications import texts
from dialogs.applications.cards import (
    app_label,
    integration_card,
    pg_name,
    status_card,
    status_label,
)
from dialogs.applications.parse import Intent, Request, parse_app_id, parse_request
from dialogs.applications.port import APPLICATIONS_PORT, ApplicationView
from dialogs.applications.steps import MOVES, NAME, Step
from dialogs.choice import resolve_choice
from dialogs.commands import ACTION_PREFIX as COMMAND_PREFIX
from dialogs.commands import Command
from dialogs.effects import CancelApplications, Subscribe, Unsubscribe
from dialogs.flow import Ctx, Flow, Outcome
from dialogs.menu.flow import ACTION_PREFIX as MENU_PREFIX
from dialogs.replies import ChoicesReply, Option, Reply, TableReply, TextReply
from dialogs.turns import Turn
from knowledge.bizno import format_business_number
from knowledge.language import Lang
from knowledge.lifecycle import FINAL, Refusal, Status, merchant_can_cancel, parse_status

__all__ = ["NAME", "START", "build"]

START = Step.START
CANCEL_PICK = Step.CANCEL_PICK
CANCEL_REFUSED = Step.CANCEL_REFUSED
SUBSCRIBE_TARGET = Step.SUBSCRIBE_TARGET
UNSUBSCRIBE_PICK = Step.UNSUBSCRIBE_PICK

A_REFRESH = "app:list"
A_CANCEL = "app:cancel"
A_SUBSCRIBE = "app:subscribe"
A_UNSUBSCRIBE = "app:unsubscribe"
A_INTEGRATION = "app:integration"
A_KEEP = "app:keep"
A_ADD = MENU_PREFIX + "selection"
A_MENU = COMMAND_PREFIX + Command.MENU
A_HUMAN = COMMAND_PREFIX + Command.HUMAN
CANCEL_ALL = "all"
KEEP_WORDS = ("아니요", "아니", "no", "keep", "keep it", "keep them", "취소하지 않기", "그대로")
YES_WORDS = ("네", "예", "응", "yes", "y", "ok", "okay", "확인", "취소해 주세요", "취소해주세요")


# -- what the merchant sees ----------------------------------------------------------------


def actions(lang: Lang) -> list[Option]:
    return [
        Option(value=A_REFRESH, label=texts.ACTION_REFRESH(lang)),
        Option(value=A_CANCEL, label=texts.ACTION_CANCEL(lang), style="danger"),
        Option(value=A_SUBSCRIBE, label=texts.ACTION_SUBSCRIBE(lang)),
        Option(value=A_UNSUBSCRIBE, label=texts.ACTION_UNSUBSCRIBE(lang)),
        Option(value=A_INTEGRATION, label=texts.ACTION_INTEGRATION(lang)),
        Option(value=A_ADD, label=texts.ACTION_ADD(lang), style="primary"),
        Option(value=A_MENU, label=texts.ACTION_MENU(lang)),
    ]


def actions_prompt(lang: Lang) -> ChoicesReply:
    """The journey's buttons; the runtime adds them after answering an effect, too."""
    return ChoicesReply(text=texts.WHAT_NEXT(lang), options=actions(lang))


def overview(ctx: Ctx) -> list[Reply]:
    """Every visible application as a card, then what can be done."""
    apps = APPLICATIONS_PORT.of(ctx.ports).visible()
    if not apps:
        return [TextReply(text=texts.NONE_YET(ctx.lang)), actions_prompt(ctx.lang)]
    head = TextReply(text=texts.OVERVIEW(ctx.lang, count=len(apps)))
    cards = [status_card(app, ctx.lang, in_place=False) for app in apps]
    return [head, *cards, actions_prompt(ctx.lang)]


def summary(ctx: Ctx) -> list[Reply]:
    """The short re-prompt (after an FAQ answer or "back"): a table, not every card again."""
    apps = APPLICATIONS_PORT.of(ctx.ports).visible()
    if not apps:
        return [TextReply(text=texts.NONE_YET(ctx.lang)), actions_prompt(ctx.lang)]
    lang = ctx.lang
    table = TableReply(
        title=texts.TABLE_TITLE(lang),
        columns=[column(lang) for column in texts.TABLE_COLUMNS],
        rows=[[app_label(a.id), pg_name(a.pg, lang), _status(a, ctx)] for a in apps],
    )
    return [table, actions_prompt(ctx.lang)]


def _status(app: ApplicationView, ctx: Ctx) -> str:
    return status_label(app.status, ctx.lang)


def _names(app: ApplicationView, lang: Lang) -> dict[str, str]:
    return {"app": app_label(app.id), "pg": pg_name(app.pg, lang)}


def on_enter(ctx: Ctx) -> Outcome:
    return Outcome(replies=overview(ctx), next_step=START)


# -- the start step ------------------------------------------------------------------------


def start(ctx: Ctx, turn: Turn) -> Outcome:
    if turn.action is None and turn.text.strip().isdigit() and ctx.state.offered:
        # A number answers the last question asked: under a refusal the runtime posted
        # ("2. Keep them"), not the journey's own buttons.
        last = resolve_choice(turn, ctx.state.offered)
        if last == A_KEEP:
            turn = turn.model_copy(update={"action": A_KEEP, "text": ""})
    if turn.action == A_KEEP:  # "keep it" under an explanation why it can't be withdrawn
        kept = TextReply(text=texts.CANCEL_KEPT(ctx.lang))
        return Outcome(replies=[kept, actions_prompt(ctx.lang)])
    chosen = resolve_choice(turn, actions(ctx.lang))
    if chosen == A_REFRESH:
        return Outcome(replies=overview(ctx))
    if chosen == A_CANCEL:
        return ask_cancel(ctx, None)
    if chosen == A_SUBSCRIBE:
        return ask_subscribe(ctx)
    if chosen == A_UNSUBSCRIBE:
        return ask_unsubscribe(ctx)
    if chosen == A_INTEGRATION:
        return integration(ctx)
    if chosen == A_ADD:
        return Outcome(next_flow="selection")
    if chosen is not None:  # main menu: the router's command handles it as an action
        return Outcome(next_flow="menu")
    if turn.action is not None or not turn.text.strip():
        return Outcome(replies=summary(ctx), fallback=True)
    return understand(ctx, parse_request(turn.text))


def understand(ctx: Ctx, request: Request) -> Outcome:
    if request.intent is Intent.UNSUBSCRIBE:
        return unsubscribe_from(ctx, request)
    if request.intent is Intent.SUBSCRIBE:
        return subscribe_to(ctx, request)
    if request.intent is Intent.CANCEL:
        return ask_cancel(ctx, request.application_id)
    if request.intent is Intent.INTEGRATION:
        return integration(ctx)
    if request.intent is Intent.ADD:
        return Outcome(next_flow="selection")
    if request.intent is Intent.LIST:
        return Outcome(replies=overview(ctx))
    return Outcome(replies=[TextReply(text=texts.NOT_UNDERSTOOD(ctx.lang))], fallback=True)


def integration(ctx: Ctx) -> Outcome:
    card = integration_card(APPLICATIONS_PORT.of(ctx.ports).visible(), ctx.lang)
    reply: Reply = card if card is not None else TextReply(text=texts.INTEGRATION_NONE(ctx.lang))
    return Outcome(replies=[reply, actions_prompt(ctx.lang)], next_step=START)


# -- cancel ----------------------------------------------------------------------------------


def _cancellable(ctx: Ctx) -> list[ApplicationView]:
    return [
        app
        for app in APPLICATIONS_PORT.of(ctx.ports).visible()
        if (status := parse_status(app.status)) is not None
        and merchant_can_cancel(app.pg, status) is None
    ]


def cancel_options(ctx: Ctx) -> list[Option]:
    apps = _cancellable(ctx)
    options = [
        Option(
            value=f"{A_CANCEL}:{app.id}", label=texts.CANCEL_YES(ctx.lang, **_names(app, ctx.lang))
        )
        for app in apps
    ]
    if len(apps) > 1:
        label = texts.CANCEL_ALL(ctx.lang, count=len(apps))
        options.append(Option(value=f"{A_CANCEL}:{CANCEL_ALL}", label=label, style="danger"))
    options.append(Option(value=A_KEEP, label=texts.CANCEL_KEEP(ctx.lang)))
    return options


def refused(lang: Lang, app: ApplicationView) -> Outcome:
    """Why ``app`` can't be withdrawn; with a person and "keep it" offered, that question is
    the next step (so "2" means "keep it", not the journey's second button)."""
    replies = why_not_cancel(lang, app)
    offers = any(isinstance(r, ChoicesReply) for r in replies)
    return Outcome(replies=replies, next_step=CANCEL_REFUSED if offers else START)


def refused_options(lang: Lang) -> list[Option]:
    return [
        Option(value=A_HUMAN, label=texts.ASK_AGENT(lang)),
        Option(value=A_KEEP, label=texts.CANCEL_KEEP(lang)),
    ]


def cancel_refused(ctx: Ctx, turn: Turn) -> Outcome:
    chosen = resolve_choice(turn, refused_options(ctx.lang), extra={A_KEEP: KEEP_WORDS})
    if chosen == A_KEEP:
        kept = TextReply(text=texts.CANCEL_KEPT(ctx.lang))
        return Outcome(replies=[kept, actions_prompt(ctx.lang)], next_step=START)
    if turn.action is not None or not turn.text.strip().isdigit():
        # Anything but a number is read as at the journey's start ("APP-1 취소", its buttons).
        return start(ctx, turn)
    return Outcome(replies=refused_prompt(ctx), fallback=True)


def refused_prompt(ctx: Ctx) -> list[Reply]:
    question = ChoicesReply(
        text=texts.CANCEL_REFUSED_ASK(ctx.lang), options=refused_options(ctx.lang)
    )
    return [question]


def why_not_cancel(lang: Lang, app: ApplicationView) -> list[Reply]:
    """The reason, and a person who can do what the assistant can't. The runtime uses it too,
    when the PG took the application between the merchant's choice and the change."""
    status = parse_status(app.status) or Status.SUBMITTED
    refusal = merchant_can_cancel(app.pg, status)
    names = {**_names(app, lang), "status": status_label(app.status, lang)}
    if status in FINAL:
        return [TextReply(text=texts.CANCEL_CLOSED(lang, **names))]
    template = (
        texts.CANCEL_FORWARDED
        if refusal is Refusal.FORWARDED_IMMEDIATELY
        else texts.CANCEL_AFTER_RECEIVED
    )
    return [ChoicesReply(text=template(lang, **names), options=refused_options(lang))]


def ask_cancel(ctx: Ctx, application_id: int | None) -> Outcome:
    if application_id is not None:
        app = APPLICATIONS_PORT.of(ctx.ports).get(application_id)
        if app is None:
            unknown = texts.UNKNOWN_APP(ctx.lang, app=app_label(application_id))
            return Outcome(replies=[TextReply(text=unknown), *summary(ctx)], next_step=START)
        if app not in _cancellable(ctx):
            return refused(ctx.lang, app)
        question = ChoicesReply(
            text=texts.CANCEL_ONE(ctx.lang, **_names(app, ctx.lang)),
            options=[
                Option(
                    value=f"{A_CANCEL}:{app.id}",
                    label=texts.CANCEL_YES(ctx.lang, **_names(app, ctx.lang)),
                    style="danger",
                ),
                Option(value=A_KEEP, label=texts.CANCEL_KEEP(ctx.lang)),
            ],
        )
        return Outcome(replies=[question], next_step=CANCEL_PICK)
    apps = APPLICATIONS_PORT.of(ctx.ports).visible()
    if not _cancellable(ctx):
        # Explain the first one that can't be withdrawn, if any is still open.
        open_apps = [a for a in apps if parse_status(a.status) not in FINAL]
        if open_apps:
            return refused(ctx.lang, open_apps[0])
        return Outcome(replies=[TextReply(text=texts.CANCEL_NOTHING(ctx.lang))], next_step=START)
    return Outcome(replies=cancel_prompt(ctx), next_step=CANCEL_PICK)


def cancel_prompt(ctx: Ctx) -> list[Reply]:
    return [ChoicesReply(text=texts.CANCEL_WHICH(ctx.lang), options=cancel_options(ctx))]


def cancel_pick(ctx: Ctx, turn: Turn) -> Outcome:
    options = cancel_options(ctx)
    withdraw = [o.value for o in options if o.value != A_KEEP]
    # "yes" picks the only application there is to withdraw, never one of several.
    extra: dict[str, Sequence[str]] = {A_KEEP: KEEP_WORDS}
    if len(withdraw) == 1:
        extra[withdraw[0]] = YES_WORDS
    chosen = resolve_choice(turn, options, extra=extra)
    if chosen is None and turn.text.strip():
        typed = parse_app_id(turn.text) or parse_request(turn.text).application_id
        if typed is not None and f"{A_CANCEL}:{typed}" in withdraw:
            chosen = f"{A_CANCEL}:{typed}"
        elif typed is not None:
            # Named, but not one that can be withdrawn (or not the merchant's): say why.
            app = APPLICATIONS_PORT.of(ctx.ports).get(typed)
            if app is None:
                unknown = texts.UNKNOWN_APP(ctx.lang, app=app_label(typed))
                return Outcome(replies=[TextReply(text=unknown), *cancel_prompt(ctx)])
            return refused(ctx.lang, app)
    if chosen is None:
        if turn.action is not None and turn.action.startswith(A_CANCEL + ":"):
            # A button for an application that can no longer be withdrawn (the PG took it).
            app_id = parse_app_id(turn.action.rsplit(":", 1)[1])
            app = APPLICATIONS_PORT.of(ctx.ports).get(app_id) if app_id is not None else None
            if app is not None:
                return refused(ctx.lang, app)
        return Outcome(replies=cancel_prompt(ctx), fallback=True)
    if chosen == A_KEEP:
        return Outcome(replies=[TextReply(text=texts.CANCEL_KEPT(ctx.lang))], next_step=START)
    target = chosen.rsplit(":", 1)[1]
    ids = tuple(app.id for app in _cancellable(ctx)) if target == CANCEL_ALL else (int(target),)
    effect = CancelApplications(application_ids=ids, lang=ctx.lang)
    # The runtime answers per application (done, or refused if the PG took it meanwhile).
    return Outcome(effects=[effect], next_step=START)


# -- subscriptions --------------------------------------------------------------------------


def ask_subscribe(ctx: Ctx) -> Outcome:
    numbers = sorted({app.business_number for app in APPLICATIONS_PORT.of(ctx.ports).visible()})
    options = [
        Option(
            value=f"{A_SUBSCRIBE}:{number}",
            label=texts.SUBSCRIBE_BUSINESS_OPTION(ctx.lang, number=format_business_number(number)),
        )
        for number in numbers
    ]
    question: Reply = (
        ChoicesReply(text=texts.SUBSCRIBE_WHAT(ctx.lang), options=options)
        if options
        else TextReply(text=texts.SUBSCRIBE_WHAT(ctx.lang))
    )
    return Outcome(replies=[question], next_step=SUBSCRIBE_TARGET)


def subscribe_target(ctx: Ctx, turn: Turn) -> Outcome:
    if turn.action is not None and turn.action.startswith(A_SUBSCRIBE + ":"):
        number = turn.action.rsplit(":", 1)[1]
        return subscribe_to(ctx, Request(intent=Intent.SUBSCRIBE, business_number=number))
    if turn.action is not None:
        return Outcome(replies=ask_subscribe(ctx).replies, fallback=True)
    request = parse_request(turn.text)
    if request.intent is Intent.UNSUBSCRIBE:
        return unsubscribe_from(ctx, request)
    if request.business_number or request.application_id or request.bad_number:
        return subscribe_to(ctx, request)
    if request.everything:
        return subscribe_to(ctx, request)
    return Outcome(replies=ask_subscribe(ctx).replies, fallback=True)


def subscribe_to(ctx: Ctx, request: Request) -> Outcome:
    lang, port = ctx.lang, APPLICATIONS_PORT.of(ctx.ports)
    if request.bad_number:
        return Outcome(replies=[TextReply(text=texts.BAD_NUMBER(lang))], next_step=SUBSCRIBE_TARGET)
    if request.application_id is not None:
        app = port.get(request.application_id)
        if app is None:
            unknown = texts.UNKNOWN_APP(lang, app=app_label(request.application_id))
            return Outcome(replies=[TextReply(text=unknown)], next_step=START)
        effect = Subscribe(scope="application", value=str(app.id), lang=lang)
        return Outcome(effects=[effect], next_step=START)
    if request.business_number is not None:
        number = request.business_number
        if not port.may_follow(number):
            shown = format_business_number(number)
            human = Option(value=A_HUMAN, label=texts.ASK_AGENT(lang))
            refusal = ChoicesReply(text=texts.NOT_VERIFIED(lang, number=shown), options=[human])
            return Outcome(replies=[refusal], next_step=START)
        return Outcome(
            effects=[Subscribe(scope="business", value=number, lang=lang)], next_step=START
        )
    if request.everything:
        if not port.is_agent():
            return Outcome(replies=[TextReply(text=texts.ALL_FOR_AGENTS(lang))], next_step=START)
        return Outcome(effects=[Subscribe(scope="all", lang=lang)], next_step=START)
    return ask_subscribe(ctx)


def describe_scope(scope: str, value: str, lang: Lang) -> str:
    """A subscription in words: the business number, the application, or everything."""
    if scope == "business":
        return format_business_number(value)
    if scope == "application" and value.isdigit():
        return app_label(int(value))
    return texts.SCOPE_ALL(lang)


def unsubscribe_options(ctx: Ctx) -> list[Option]:
    return [
        Option(
            value=f"{A_UNSUBSCRIBE}:{s.scope}:{s.value}",
            label=describe_scope(s.scope, s.value, ctx.lang),
        )
        for s in APPLICATIONS_PORT.of(ctx.ports).subscriptions()
    ]


def ask_unsubscribe(ctx: Ctx) -> Outcome:
    options = unsubscribe_options(ctx)
    if not options:
        return Outcome(
            replies=[TextReply(text=texts.UNSUBSCRIBE_NOTHING(ctx.lang))], next_step=START
        )
    question = ChoicesReply(text=texts.UNSUBSCRIBE_WHICH(ctx.lang), options=options)
    return Outcome(replies=[question], next_step=UNSUBSCRIBE_PICK)


def unsubscribe_pick(ctx: Ctx, turn: Turn) -> Outcome:
    chosen = resolve_choice(turn, unsubscribe_options(ctx))
    if chosen is not None:
        scope, _, value = chosen.removeprefix(A_UNSUBSCRIBE + ":").partition(":")
        return Outcome(
            effects=[Unsubscribe(scope=scope, value=value, lang=ctx.lang)], next_step=START
        )
    request = parse_request(turn.text)
    if request.application_id or request.business_number or request.everything:
        return unsubscribe_from(ctx, request)
    return Outcome(replies=ask_unsubscribe(ctx).replies, fallback=True)


def unsubscribe_from(ctx: Ctx, request: Request) -> Outcome:
    if request.application_id is not None:
        effect = Unsubscribe(scope="application", value=str(request.application_id), lang=ctx.lang)
    elif request.business_number is not None:
        effect = Unsubscribe(scope="business", value=request.business_number, lang=ctx.lang)
    elif request.everything:
        effect = Unsubscribe(scope="all", lang=ctx.lang)
    else:
        return ask_unsubscribe(ctx)
    return Outcome(effects=[effect], next_step=START)


def build() -> Flow:
    return Flow(
        name=NAME,
        start_step=START,
        # Every step's moves are declared in ``steps.MOVES``; a move it does not list raises.
        steps=MOVES.guard_all(
            {
                START: start,
                CANCEL_PICK: cancel_pick,
                CANCEL_REFUSED: cancel_refused,
                SUBSCRIBE_TARGET: subscribe_target,
                UNSUBSCRIBE_PICK: unsubscribe_pick,
            }
        ),
        prompts={
            START: summary,
            CANCEL_PICK: cancel_prompt,
            CANCEL_REFUSED: refused_prompt,
            SUBSCRIBE_TARGET: lambda ctx: ask_subscribe(ctx).replies,
            UNSUBSCRIBE_PICK: lambda ctx: ask_unsubscribe(ctx).replies,
        },
        on_enter=on_enter,
        # CANCEL_REFUSED too: a question there is answered, not counted as a miss.
        free_text_steps=frozenset(
            {START, CANCEL_PICK, CANCEL_REFUSED, SUBSCRIBE_TARGET, UNSUBSCRIBE_PICK}
        ),
        glossary=texts.GLOSSARY,
    )
