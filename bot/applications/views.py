"""Rows as the dialogs see them."""

from __future__ import annotations

from typing import Any

from bot.store.tables import Application
from dialogs.applications.port import ApplicationView
from knowledge.language import Lang


def view_of(row: Application) -> ApplicationView:
    return ApplicationView(
        id=row.id,
        business_number=row.business_number,
        pg=row.pg,
        methods=tuple(row.methods),
        payment_types=tuple(row.payment_types),
        status=row.status,
        status_note=row.status_note,
        updated_at=row.updated_at,
    )


def lang_of(state: dict[str, Any] | None) -> Lang:
    """A conversation's language from its stored state, Korean when unknown."""
    try:
        return Lang((state or {}).get("lang", Lang.KO))
    except ValueError:
        return Lang.KO
