"""``BusinessPort`` over the turn's transaction: finished business information."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.contracts.verification import is_verified
from bot.store.tables import Application, Business, Conversation
from dialogs.applications.port import NOT_APPLIED_STATUSES
from dialogs.business.port import FinishedBusiness


class StoredBusinesses:
    def __init__(self, session: Session, conversation: Conversation) -> None:
        self.session = session
        self.user_key = f"{conversation.transport}:{conversation.user_id}"

    def finished(self, business_number: str) -> FinishedBusiness | None:
        row = self.session.get(Business, business_number)
        if row is None:
            return None
        applied = self.session.scalar(
            select(Application.id)
            .where(
                Application.business_number == business_number,
                Application.status.not_in(NOT_APPLIED_STATUSES),
            )
            .limit(1)
        )
        return FinishedBusiness(
            business_number=row.business_number,
            profile={str(k): str(v) for k, v in row.profile.items()},
            upload_id=row.upload_id,
            # Shown only to a user verified for the number, and only when whoever wrote it
            # was verified too: a stranger's typed profile must not reach the business.
            verified=is_verified(self.session, self.user_key, business_number)
            and (
                row.finished_by == self.user_key
                or is_verified(self.session, row.finished_by, business_number)
            ),
            applied=applied is not None,
        )
