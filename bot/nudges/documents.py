"""(c) A PG that asked for documents: the merchant gets the checklist for their business type
and that PG, once per application, in their conversation.

The trigger (decided here, since PortOne publishes no such event): an application reaching
``contract_in_progress`` — the stage the help center calls "계약진행 (구비서류·계약서)", where the
PG collects the documents — or any status change whose note mentions documents (서류, 구비,
document, paperwork), e.g. an agent's ``/onboard status APP-12 contract_guidance 서류 보완
요청``. Events older than ``WINDOW`` are not acted on, so a deploy does not send checklists for
last month's applications; closed applications get none.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from bot.nudges.sent import claim
from bot.outbox import post_to_conversation
from bot.store.db import Database
from bot.store.tables import Application, ApplicationEvent, Business, Conversation, Nudge
from dialogs.applications.cards import app_label
from dialogs.business.slots import BusinessSlots
from dialogs.nudges.documents import documents_nudge, type_of_number
from dialogs.state import StateError, upgrade_state
from knowledge.fields import BusinessType
from knowledge.language import Lang
from knowledge.lifecycle import FINAL, Status

KIND = "documents"
WINDOW = timedelta(days=14)
BATCH = 50
ASKS_FOR_DOCUMENTS = re.compile(r"서류|구비|documents?|paperwork", re.IGNORECASE)


def asks_for_documents(to_status: str, note: str | None) -> bool:
    return to_status == Status.CONTRACT_IN_PROGRESS.value or bool(
        note and ASKS_FOR_DOCUMENTS.search(note)
    )


def send_checklists(db: Database, now: datetime) -> int:
    sent_before = exists().where(
        Nudge.kind == KIND, Nudge.application_id == ApplicationEvent.application_id
    )
    sent = 0
    with db.transaction() as session:
        rows = session.execute(
            select(ApplicationEvent.to_status, ApplicationEvent.note, Application)
            .join(Application, Application.id == ApplicationEvent.application_id)
            .where(
                ApplicationEvent.at >= now - WINDOW,
                or_(
                    ApplicationEvent.to_status == Status.CONTRACT_IN_PROGRESS.value,
                    ApplicationEvent.note.is_not(None),
                ),
                Application.status.not_in([s.value for s in FINAL]),
                ~sent_before,
            )
            .order_by(ApplicationEvent.id.desc())
            .limit(BATCH)
        ).all()
        for to_status, note, app in rows:
            if not asks_for_documents(to_status, note):
                continue
            conversation = session.scalars(
                select(Conversation).where(Conversation.key == app.conversation_key)
            ).first()
            if conversation is None:
                continue
            key = f"{KIND}:{app.id}"
            if not claim(
                session,
                key,
                kind=KIND,
                now=now,
                conversation_key=conversation.key,
                application_id=app.id,
            ):
                continue
            lang, kind = _lang_and_type(session, conversation, app.business_number)
            for reply in documents_nudge(lang, kind, app.pg, app_label(app.id)):
                post_to_conversation(session, conversation, reply, now)
            sent += 1
    return sent


def _lang_and_type(
    session: Session, conversation: Conversation, number: str
) -> tuple[Lang, BusinessType | None]:
    """The merchant's language, and the business type: as saved with the business
    information, as given in this conversation, else as the number's digits say."""
    lang, stated = Lang.KO, ""
    try:
        state = upgrade_state(conversation.state)
        lang = state.lang
        stated = BusinessSlots.of(state).fields.get("business_type", "")
    except StateError:
        pass
    saved = session.get(Business, number)
    if saved is not None and isinstance(saved.profile, dict):
        stated = str(saved.profile.get("business_type", "")) or stated
    if stated in {t.value for t in BusinessType}:
        return lang, BusinessType(stated)
    return lang, type_of_number(number)
