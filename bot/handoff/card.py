"""The agents' card: what a merchant needs, where they are, and a button to take over.

Agents are staff, so the card shows the business number in full (logs mask it, see
``bot/logs.py``). Buttons carry the conversation key: the transport turns a click into a turn
of that conversation with ``action = agent:<verb>:<key>``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.contracts.verification import is_verified, user_key
from bot.handoff.desk import DeskConfig
from bot.handoff.transcript import format_lines, last_lines
from bot.store.tables import Application, Business, Conversation
from dialogs.business.slots import BusinessSlots
from dialogs.contracts.slots import ContractsSlots
from dialogs.handoff import texts
from dialogs.handoff.actions import Verb, action_value
from dialogs.replies import CardReply, Option
from dialogs.selection.slots import SelectionItem, SelectionSlots
from dialogs.state import ConversationState, StateError, upgrade_state
from knowledge.bizno import format_business_number
from knowledge.catalog import PaymentType, SupportStatus, load_catalog
from knowledge.language import Lang

RECENT_LINES = 5
CARD_LINE_CHARS = 200


class Kind:
    REQUEST = "request"  # a merchant is waiting: take over
    ALERT = "alert"  # still waiting after the alert period: posted again
    TAKEN = "taken"  # an agent holds it: hand back, close, transcript


def card_key(conversation: Conversation) -> str:
    """One card per request: taking over updates the card of the request it answers."""
    since = conversation.waiting_since
    return f"handoff:{conversation.id}" + (f":{since:%Y%m%d%H%M%S}" if since else "")


def build_card(
    session: Session,
    conversation: Conversation,
    config: DeskConfig,
    now: datetime,
    *,
    kind: str,
    reason: str | None = None,
) -> CardReply:
    lang, tz = config.agent_lang, config.hours.tz
    state = _state(conversation)
    since = conversation.waiting_since
    if kind == Kind.TAKEN:
        title = texts.CARD_TAKEN(lang, agent=conversation.assignee or "?")
    elif kind == Kind.ALERT and since is not None:
        title = texts.CARD_STILL_WAITING(lang, minutes=texts.minutes_since(since, now))
    else:
        title = texts.CARD_REQUEST(lang)
    rows = [
        (texts.ROW_CONVERSATION(lang), f"{conversation.key} (#{conversation.id})"),
        (texts.ROW_MERCHANT(lang), conversation.user_id),
    ]
    if reason in texts.REASONS:
        rows.append((texts.ROW_REASON(lang), texts.REASONS[reason](lang)))
    if since is not None:
        rows.append((texts.ROW_SINCE(lang), since.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")))
    rows += _business_rows(session, conversation, state, lang)
    footer_lines = last_lines(session, conversation.id, RECENT_LINES)
    footer = ""
    if footer_lines:
        footer = (
            texts.ROW_RECENT(lang) + ":\n" + format_lines(footer_lines, tz, clip=CARD_LINE_CHARS)
        )
    return CardReply(
        title=title,
        rows=rows,
        options=_buttons(conversation.key, kind, config),
        footer=footer,
        update_key=None if kind == Kind.ALERT else card_key(conversation),
    )


def _buttons(key: str, kind: str, config: DeskConfig) -> list[Option]:
    lang = config.agent_lang
    if kind == Kind.TAKEN:
        return [
            Option(value=action_value(Verb.HANDBACK, key), label=texts.BUTTON_HANDBACK(lang)),
            Option(value=action_value(Verb.TRANSCRIPT, key), label=texts.BUTTON_TRANSCRIPT(lang)),
            Option(
                value=action_value(Verb.CLOSE, key), label=texts.BUTTON_CLOSE(lang), style="danger"
            ),
        ]
    return [
        Option(
            value=action_value(Verb.TAKEOVER, key),
            label=texts.BUTTON_TAKEOVER(lang),
            style="primary",
        )
    ]


def _state(conversation: Conversation) -> ConversationState | None:
    try:
        return upgrade_state(conversation.state)
    except StateError:
        return None


def _number_cell(number: str, verified: bool, lang: Lang) -> str:
    shown = format_business_number(number)
    return shown if verified else f"{shown} ({texts.NUMBER_UNVERIFIED(lang)})"


def _business_rows(
    session: Session, conversation: Conversation, state: ConversationState | None, lang: Lang
) -> list[tuple[str, str]]:
    number = None
    name = None
    selections = ""
    if state is not None:
        number = BusinessSlots.of(state).business_number or ContractsSlots.of(state).business_number
        name = BusinessSlots.of(state).fields.get("trade_name")
        selections = ", ".join(
            _selection_cell(item, lang) for item in SelectionSlots.of(state).items
        )
    # A number the merchant only typed says nothing about who they are: the business's stored
    # name and its applications filed elsewhere are shown only for a number they are verified
    # for (a certificate that carried it, or an agent's link).
    verified = bool(number) and is_verified(session, user_key(conversation), str(number))
    if number and not name and verified:
        business = session.get(Business, number)
        if business is not None:
            name = str(business.profile.get("trade_name") or "") or None
    clauses = [Application.conversation_key == conversation.key]
    if number and verified:
        clauses.append(Application.business_number == number)
    applications = session.scalars(
        select(Application).where(or_(*clauses)).order_by(Application.id).limit(10)
    ).all()
    none = texts.NONE(lang)
    return [
        (texts.ROW_WHERE(lang), f"{state.flow} / {state.step}" if state else "?"),
        (
            texts.ROW_BUSINESS_NUMBER(lang),
            _number_cell(number, verified, lang) if number else none,
        ),
        (texts.ROW_BUSINESS_NAME(lang), name or none),
        (texts.ROW_SELECTIONS(lang), selections or none),
        (
            texts.ROW_APPLICATIONS(lang),
            ", ".join(f"#{a.id} {a.pg}: {a.status}" for a in applications) or none,
        ),
    ]


def _selection_cell(item: SelectionItem, lang: Lang) -> str:
    """``method → pg``, and for a pick the sources disagree on, what they say: merchants are
    only told it is being confirmed (dialogs/selection), so the agent who confirms it needs
    the note."""
    cell = f"{item.method} → {item.pg or '?'}"
    if item.pg is None:
        return cell
    notes = []
    for payment_type in (PaymentType.GENERAL, *(PaymentType(t) for t in item.payment_types)):
        try:
            support = load_catalog().support(item.pg, item.method, payment_type)
        except (KeyError, ValueError):  # a pick from an older catalog: nothing to add
            continue
        if support.status is SupportStatus.DISPUTED and support.note is not None:
            notes.append(f"{payment_type.value}: {support.note.get(lang)}")
    if notes:
        cell += f" ({texts.DISPUTED_PICK(lang)} — {'; '.join(notes)})"
    return cell
