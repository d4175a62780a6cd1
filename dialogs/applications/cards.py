"""How an application is shown: its status card, the message about a change, the integration
guides. Pure functions of an ``ApplicationView``; the runtime posts them after filing and on
every status change, the journey when the merchant asks."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.applications import texts
from dialogs.applications.port import ApplicationView
from dialogs.replies import CardReply, TextReply
from knowledge.bizno import format_business_number
from knowledge.catalog import load_catalog
from knowledge.language import Lang
from knowledge.lifecycle import Status, info, parse_status, pg_note

APP_PREFIX = "APP-"


def app_label(application_id: int) -> str:
    return f"{APP_PREFIX}{application_id}"


def update_key(application_id: int) -> str:
    """The key under which a transport that can edit messages keeps one card per application."""
    return f"app:{application_id}"


def pg_name(code: str, lang: Lang) -> str:
    try:
        return load_catalog().pg(code).name(lang)
    except KeyError:
        return code


def method_names(codes: Sequence[str], lang: Lang) -> str:
    catalog = load_catalog()
    names = []
    for code in codes:
        try:
            names.append(catalog.method(code).name(lang))
        except KeyError:
            names.append(code)
    return ", ".join(names)


def status_label(status: str, lang: Lang) -> str:
    known = parse_status(status)
    return info(known).label.get(lang) if known is not None else status


def status_card(app: ApplicationView, lang: Lang, *, in_place: bool = True) -> CardReply:
    """Per PG: methods, status, next step, typical duration. ``in_place`` gives it the update
    key, so later changes edit this card; a listing the merchant asks for goes without one,
    or it would edit an old message far up the thread instead of showing at the bottom."""
    status = parse_status(app.status)
    rows: list[tuple[str, str]] = [
        (texts.ROW_BUSINESS(lang), format_business_number(app.business_number)),
        (texts.ROW_METHODS(lang), method_names(app.methods, lang)),
    ]
    extra_types = [t for t in app.payment_types if t != "general"]
    if extra_types:
        labels = [
            texts.PAYMENT_TYPES[t](lang) if t in texts.PAYMENT_TYPES else t for t in extra_types
        ]
        rows.append((texts.ROW_TYPES(lang), ", ".join(labels)))
    rows.append((texts.ROW_STATUS(lang), status_label(app.status, lang)))
    if app.status_note:
        label = texts.ROW_REASON if status is Status.REJECTED else texts.ROW_NOTE
        rows.append((label(lang), app.status_note))
    footer = ""
    if status is not None:
        about = info(status)
        rows.append((texts.ROW_NEXT(lang), about.next_step.get(lang)))
        if about.duration is not None:
            rows.append((texts.ROW_DURATION(lang), about.duration.get(lang)))
        note = pg_note(app.pg, status)
        footer = note.get(lang) if note is not None else ""
    return CardReply(
        title=texts.CARD_TITLE(lang, app=app_label(app.id), pg=pg_name(app.pg, lang)),
        rows=rows,
        footer=footer,
        update_key=update_key(app.id) if in_place else None,
    )


def change_message(
    app: ApplicationView, old: str | None, new: str, note: str | None, lang: Lang
) -> TextReply:
    """What changed and what comes next, in two lines."""
    status = parse_status(new)
    next_step = info(status).next_step.get(lang) if status is not None else ""
    text = texts.CHANGED(
        lang,
        app=app_label(app.id),
        pg=pg_name(app.pg, lang),
        old=status_label(old, lang) if old else "-",
        new=status_label(new, lang),
        next=next_step,
    )
    duration = info(status).duration if status is not None else None
    if duration is not None:
        text += texts.CHANGED_DURATION(lang, duration=duration.get(lang))
    if note:
        text += texts.CHANGED_NOTE(lang, note=note)
    return TextReply(text=text)


def integration_card(apps: Sequence[ApplicationView], lang: Lang) -> CardReply | None:
    """One row per PG (its methods and the PortOne guide), and the card-review lookup page of
    PGs whose review is under way. None when nothing is open to integrate."""
    catalog = load_catalog()
    closed = {Status.CANCELLED, Status.REJECTED, Status.CONTRACT_CANCELLED}
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for app in apps:
        status = parse_status(app.status)
        if status in closed or app.pg in seen:
            continue
        seen.add(app.pg)
        try:
            pg = catalog.pg(app.pg)
        except KeyError:
            continue
        methods = sorted({m for a in apps if a.pg == app.pg for m in a.methods})
        rows.append((f"{pg.name(lang)} ({method_names(methods, lang)})", pg.guide_url))
        if status is Status.CARD_REVIEW and pg.card_review_url:
            rows.append((texts.CARD_REVIEW_LINK(lang, pg=pg.name(lang)), pg.card_review_url))
    if not rows:
        return None
    return CardReply(
        title=texts.INTEGRATION_TITLE(lang), rows=rows, footer=texts.INTEGRATION_FOOTER(lang)
    )
