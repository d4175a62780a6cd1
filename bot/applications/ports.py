"""``ApplicationsPort`` over the turn's transaction."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from bot.applications import access
from bot.applications.subscriptions import subscriptions_of
from bot.applications.views import view_of
from bot.store.tables import Application, Conversation
from dialogs.applications.port import (
    NOT_APPLIED_STATUSES,
    ApplicationView,
    AppliedItem,
    SubscriptionView,
)
from dialogs.turns import Turn

# A conversation that follows many businesses still gets a readable list.
MAX_LISTED = 50


class StoredApplicationsView:
    def __init__(
        self,
        session: Session,
        conversation: Conversation,
        agent_users: Collection[str],
        actor: Turn,
    ) -> None:
        self.session = session
        self.conversation = conversation
        self.agent_users = agent_users
        # Who is acting this turn: rights are theirs, not the conversation owner's.
        self.actor = actor
        # ``applied`` by business number, for this view's life: one turn's compute, which
        # writes nothing (the dialog asked the same question three times a turn in two steps
        # of the journey: three identical reads, bench/turns.py).
        self._applied: dict[str, list[AppliedItem]] = {}

    def applied(self, business_number: str) -> list[AppliedItem]:
        known = self._applied.get(business_number)
        if known is None:
            known = self._applied[business_number] = self._read_applied(business_number)
        return list(known)

    def _read_applied(self, business_number: str) -> list[AppliedItem]:
        rows = self.session.scalars(
            select(Application)
            .where(
                Application.business_number == business_number,
                Application.status.not_in(NOT_APPLIED_STATUSES),
            )
            .order_by(Application.id)
        ).all()
        return [
            AppliedItem(pg=row.pg, method=method, status=row.status)
            for row in rows
            for method in row.methods
        ]

    def _followed(self) -> tuple[list[str], list[int]]:
        businesses: list[str] = []
        applications: list[int] = []
        for row in subscriptions_of(self.session, self.conversation.key):
            if row.scope == "business":
                businesses.append(row.scope_value)
            elif row.scope == "application" and row.scope_value.isdigit():
                applications.append(int(row.scope_value))
        return businesses, applications

    def _visible_clause(self) -> ColumnElement[bool]:
        businesses, applications = self._followed()
        return or_(
            Application.conversation_key == self.conversation.key,
            Application.business_number.in_(businesses),
            Application.id.in_(applications),
        )

    def visible(self) -> list[ApplicationView]:
        rows = self.session.scalars(
            select(Application)
            .where(self._visible_clause())
            .order_by(Application.id)
            .limit(MAX_LISTED)
        )
        return [view_of(row) for row in rows]

    def get(self, application_id: int) -> ApplicationView | None:
        where = Application.id == application_id
        if not self.is_agent():
            where = and_(where, self._visible_clause())
        row = self.session.scalars(select(Application).where(where)).first()
        return view_of(row) if row is not None else None

    def may_follow(self, business_number: str) -> bool:
        return access.may_follow(
            self.session, self.conversation, self.actor, business_number, self.agent_users
        )

    def is_agent(self) -> bool:
        return access.is_agent(self.actor, self.agent_users)

    def subscriptions(self) -> list[SubscriptionView]:
        return [
            SubscriptionView(scope=row.scope, value=row.scope_value)
            for row in subscriptions_of(self.session, self.conversation.key)
        ]
