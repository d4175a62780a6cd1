"""The contracts port over the turn's transaction: contracts, verification, rate limit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.contracts import ratelimit, verification
from bot.contracts.masking import mask_mid
from bot.store.tables import Contract
from dialogs.contracts.port import ContractView, LookupAllowance


def contracts_of(session: Session, business_number: str) -> list[Contract]:
    return list(
        session.scalars(
            select(Contract)
            .where(Contract.business_number == business_number)
            .order_by(Contract.pg, Contract.id)
        )
    )


def view(contract: Contract) -> ContractView:
    return ContractView(
        pg=contract.pg,
        methods=tuple(contract.methods),
        status=contract.status,
        mid_masked=mask_mid(contract.mid),
        contract_date=contract.contract_date,
        end_date=contract.end_date,
    )


class StoredContracts:
    """``ContractsPort`` for one turn. ``now`` is the turn's time; ``limit`` the number of
    distinct business numbers a user may look up an hour."""

    def __init__(self, session: Session, now: datetime, limit: int) -> None:
        self.session = session
        self.now = now
        self.limit = limit

    def contracts(self, business_number: str) -> list[ContractView]:
        return [view(c) for c in contracts_of(self.session, business_number)]

    def is_verified(self, user_key: str, business_number: str) -> bool:
        return verification.is_verified(self.session, user_key, business_number)

    def allowance(self, user_key: str, business_number: str) -> LookupAllowance:
        return ratelimit.allowance(self.session, user_key, business_number, self.now, self.limit)
