"""(b) A filed application whose PG has not moved for N business days
(``ONBOARD_NUDGE_PG_SILENT_DAYS``, 3 by default: PGs say they call within about 3 business
days, docs/domain.md): the agents' channel is told once per status, with the PG's contact
route (pgs@portone.io, the card review lookup page, how additions go).

Business days are the desk's: weekdays with office hours, holidays excluded. Without an
agents' channel (the console) there is nobody to tell, and nothing is recorded, so a channel
configured later still hears of it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, select

from bot.nudges.business_days import add_business_days, business_days_between
from bot.nudges.sent import claim
from bot.outbox import enqueue
from bot.store.db import Database
from bot.store.tables import Application, Nudge
from dialogs.applications.cards import app_label, pg_name, status_label
from dialogs.nudges import texts
from dialogs.replies import TextReply
from knowledge.bizno import format_business_number
from knowledge.catalog import load_catalog
from knowledge.language import Lang
from knowledge.lifecycle import FINAL, Status
from knowledge.office_hours import OfficeHours

KIND = "pg_silent"
# Waiting on the PG: everything open before the application is active.
WAITING = tuple(s.value for s in Status if s not in FINAL and s is not Status.ACTIVE)
MAX_AGE = timedelta(days=60)
BATCH = 50


def alert_silent_pgs(
    db: Database,
    now: datetime,
    *,
    hours: OfficeHours,
    days: int,
    target: tuple[str, dict[str, Any]] | None,
    lang: Lang,
) -> int:
    if target is None:
        return 0
    alerted = exists().where(
        Nudge.kind == KIND,
        Nudge.application_id == Application.id,
        Nudge.created_at >= Application.updated_at,
    )
    sent = 0
    with db.transaction() as session:
        candidates = session.scalars(
            select(Application)
            .where(
                Application.status.in_(WAITING),
                # N business days are at least N calendar days: a cheap first cut.
                Application.updated_at <= now - timedelta(days=days),
                Application.updated_at >= now - MAX_AGE,
                ~alerted,
            )
            .order_by(Application.updated_at)
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        ).all()
        for app in candidates:
            if add_business_days(hours, app.updated_at, days) > now:
                continue
            key = f"{KIND}:{app.id}:{app.status}:{app.updated_at.isoformat()}"
            claimed = claim(
                session,
                key,
                kind=KIND,
                now=now,
                conversation_key=app.conversation_key,
                application_id=app.id,
            )
            if not claimed:
                continue
            text = texts.PG_SILENT(
                lang,
                app=app_label(app.id),
                pg=pg_name(app.pg, lang),
                status=status_label(app.status, lang),
                since=hours.local(app.updated_at).strftime("%Y-%m-%d %H:%M"),
                days=business_days_between(hours, app.updated_at, now),
                business=format_business_number(app.business_number),
                contact=contact_route(app.pg, lang),
            )
            enqueue(
                session, transport=target[0], target=target[1], reply=TextReply(text=text), now=now
            )
            sent += 1
    return sent


def contact_route(pg: str, lang: Lang) -> str:
    """How to reach the PG about an application, from the catalog (docs/domain.md §3)."""
    parts = [texts.CONTACT_EMAIL(lang)]
    try:
        entry = load_catalog().pg(pg)
    except KeyError:
        return parts[0]
    if entry.card_review_url:
        parts.append(texts.CONTACT_CARD_REVIEW(lang, url=entry.card_review_url))
    route = texts.CONTACT_ROUTE.get(entry.add_service_route.value)
    if route is not None:
        parts.append(route(lang))
    return " · ".join(parts)
