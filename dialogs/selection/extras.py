"""What a PG asks beyond the common application (the catalog's ``extra_fields``: Kakao Pay's
delivery and service period, PAYCO's settlement account, ...).

Asked once the summary is confirmed (step "extras"), one at a time, kept per PG in the
selection and filed with that PG's application. A field the business information answers
(KG INICIS's "website name" is the service name) is not asked: it is taken from there at
filing time and shown in the summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogs.business.slots import BusinessSlots
from dialogs.selection import pg_support
from dialogs.selection.slots import SelectionSlots
from dialogs.state import ConversationState
from knowledge.catalog import Text

# A PG's field -> the business-information field that answers it.
FROM_BUSINESS = {"website_name_service_name": "service_name"}
MAX_CHARS = 200


def key(field: Text) -> str:
    """A stable name for a PG's extra field (from its English label)."""
    return re.sub(r"[^a-z0-9]+", "_", field.en.casefold()).strip("_")


@dataclass(frozen=True)
class Extra:
    pg: str
    key: str
    label: Text


def _pgs(state: ConversationState) -> list[str]:
    return list(dict.fromkeys(i.pg for i in SelectionSlots.of(state).items if i.pg is not None))


def wanted(state: ConversationState) -> list[Extra]:
    """Every extra field of the PGs applied to, in the order the merchant chose them."""
    found = []
    for code in _pgs(state):
        pg = pg_support.pg(code)
        for field in pg.extra_fields if pg is not None else ():
            found.append(Extra(pg=code, key=key(field), label=field))
    return found


def missing(state: ConversationState) -> Extra | None:
    """The first field still to ask (those the business information answers are not)."""
    given = SelectionSlots.of(state).extras
    for extra in wanted(state):
        if extra.key in FROM_BUSINESS or extra.key in given.get(extra.pg, {}):
            continue
        return extra
    return None


def value(state: ConversationState, extra: Extra) -> str | None:
    given = SelectionSlots.of(state).extras.get(extra.pg, {}).get(extra.key)
    if given is not None:
        return given
    source = FROM_BUSINESS.get(extra.key)
    return BusinessSlots.of(state).fields.get(source) if source else None


def filed(state: ConversationState, pg: str) -> tuple[tuple[str, str], ...]:
    """(field, value) of ``pg``'s extra fields, as filed with its application."""
    pairs = []
    for extra in wanted(state):
        if extra.pg != pg:
            continue
        found = value(state, extra)
        if found:
            pairs.append((extra.key, found))
    return tuple(pairs)


def complete(state: ConversationState) -> bool:
    """Every extra field has its value (the business-derived ones once it is finished)."""
    return all(value(state, extra) for extra in wanted(state))
