"""The applications journey's effects, carried out in the turn's transaction."""

from __future__ import annotations

from bot.applications.service import Actor, Change, change_status, file_applications
from bot.applications.subscriptions import subscribe, unsubscribe
from bot.applications.views import view_of
from bot.engine import EffectContext, EffectHandler
from bot.store.tables import Application
from dialogs.applications import texts
from dialogs.applications.cards import app_label, status_card
from dialogs.applications.flow import actions_prompt, describe_scope, why_not_cancel
from dialogs.effects import CancelApplications, Effect, FileApplications, Subscribe, Unsubscribe
from dialogs.replies import TextReply
from knowledge.bizno import format_business_number
from knowledge.lifecycle import ActorKind


def _merchant(ctx: EffectContext) -> Actor:
    return Actor(ActorKind.MERCHANT, ctx.turn.user_id)


def handle_file(ctx: EffectContext, effect: FileApplications) -> None:
    """Insert the applications, then post one status card each (their later changes edit
    these cards in place) and the journey's buttons."""
    rows = file_applications(
        ctx.session,
        conversation_key=ctx.conversation.key,
        business_number=effect.business_number,
        items=effect.items,
        actor=_merchant(ctx),
        now=ctx.now,
    )
    ctx.replies += [status_card(view_of(row), effect.lang) for row in rows]
    ctx.replies.append(actions_prompt(effect.lang))


def handle_cancel(ctx: EffectContext, effect: CancelApplications) -> None:
    """Withdraw each; a success is announced by the change itself (card and message), a
    refusal (the PG took it meanwhile) is explained with an agent to turn to."""
    for application_id in effect.application_ids:
        row = ctx.session.get(Application, application_id)
        if row is None or row.conversation_key != ctx.conversation.key:
            # Only the conversation that filed an application may withdraw it.
            unknown = texts.UNKNOWN_APP(effect.lang, app=app_label(application_id))
            ctx.replies.append(TextReply(text=unknown))
            continue
        result = change_status(
            ctx.session, application_id, "cancelled", _merchant(ctx), now=ctx.now
        )
        if result.change is Change.REFUSED:
            ctx.replies += why_not_cancel(effect.lang, view_of(row))
    ctx.replies.append(actions_prompt(effect.lang))


def handle_subscribe(ctx: EffectContext, effect: Subscribe) -> None:
    conversation = ctx.conversation
    added = subscribe(
        ctx.session,
        subscriber_key=conversation.key,
        transport=conversation.transport,
        target=conversation.address,
        scope=effect.scope,
        value=effect.value,
        created_by=f"{conversation.transport}:{ctx.turn.user_id}",
        now=ctx.now,
    )
    lang = effect.lang
    if not added:
        text = texts.ALREADY_SUBSCRIBED(lang)
    elif effect.scope == "business":
        text = texts.SUBSCRIBED_BUSINESS(lang, number=format_business_number(effect.value))
    elif effect.scope == "application":
        text = texts.SUBSCRIBED_APP(lang, app=app_label(int(effect.value)))
    else:
        text = texts.SUBSCRIBED_ALL(lang)
    ctx.replies += [TextReply(text=text), actions_prompt(lang)]


def handle_unsubscribe(ctx: EffectContext, effect: Unsubscribe) -> None:
    removed = unsubscribe(
        ctx.session, subscriber_key=ctx.conversation.key, scope=effect.scope, value=effect.value
    )
    lang = effect.lang
    what = describe_scope(effect.scope, effect.value, lang)
    template = texts.UNSUBSCRIBED if removed else texts.NOT_SUBSCRIBED
    ctx.replies += [TextReply(text=template(lang, what=what)), actions_prompt(lang)]


HANDLERS: dict[type[Effect], EffectHandler] = {
    FileApplications: handle_file,
    CancelApplications: handle_cancel,
    Subscribe: handle_subscribe,
    Unsubscribe: handle_unsubscribe,
}
