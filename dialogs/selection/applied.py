"""What the merchant's business has already applied for (the "add a method later" journey)."""

from __future__ import annotations

from collections import defaultdict

from dialogs.applications.port import APPLICATIONS_PORT, AppliedItem
from dialogs.business.slots import BusinessSlots
from dialogs.contracts.slots import ContractsSlots
from dialogs.flow import Ctx
from dialogs.selection import pg_support


def business_number(ctx: Ctx) -> str | None:
    state = ctx.state
    return BusinessSlots.of(state).business_number or ContractsSlots.of(state).business_number


def applied_items(ctx: Ctx) -> list[AppliedItem]:
    number = business_number(ctx)
    return APPLICATIONS_PORT.of(ctx.ports).applied(number) if number else []


def _canonical_pg(code: str) -> str:
    # Rows may carry an SDK code ("html5_inicis"); compare by catalog code.
    found = pg_support.pg(code)
    return found.code if found else code


def applied_pgs(ctx: Ctx, method: str) -> list[str]:
    """PGs the business already applied to for ``method`` (not to be offered again)."""
    found = [_canonical_pg(a.pg) for a in applied_items(ctx) if a.method == method]
    return list(dict.fromkeys(found))


def by_pg(items: list[AppliedItem]) -> dict[tuple[str, str], list[str]]:
    """(PG, status) -> methods, in the order applied."""
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in items:
        key = (_canonical_pg(item.pg), item.status)
        if item.method not in grouped[key]:
            grouped[key].append(item.method)
    return dict(grouped)
