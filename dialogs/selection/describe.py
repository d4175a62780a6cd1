"""Names of methods, PGs and items in the merchant's language."""

from __future__ import annotations

from collections.abc import Iterable

from dialogs.selection import pg_support, texts
from dialogs.selection.slots import SelectionItem
from knowledge.language import Lang
from knowledge.lifecycle import info, parse_status


def method_name(code: str, lang: Lang) -> str:
    found = pg_support.method(code)
    return found.name(lang) if found else code


def pg_name(code: str, lang: Lang) -> str:
    found = pg_support.pg(code)
    return found.name(lang) if found else code


def type_name(code: str, lang: Lang) -> str:
    found = pg_support.as_type(code)
    return texts.TYPE[found](lang) if found else code


def join(parts: Iterable[str], lang: Lang) -> str:
    return texts.LIST_SEP(lang).join(parts) or texts.NOTHING(lang)


def types_of(item: SelectionItem, lang: Lang) -> str:
    return join((type_name(t, lang) for t in item.payment_types), lang)


def item_label(item: SelectionItem, lang: Lang) -> str:
    """ "신용카드 (정기결제, 수기결제)"; just the name without extra payment types."""
    name = method_name(item.method, lang)
    return f"{name} ({types_of(item, lang)})" if item.payment_types else name


def methods(codes: Iterable[str], lang: Lang) -> str:
    return join((method_name(c, lang) for c in codes), lang)


def pgs(codes: Iterable[str], lang: Lang) -> str:
    return join((pg_name(c, lang) for c in codes), lang)


def status_name(code: str, lang: Lang) -> str:
    status = parse_status(code)
    return info(status).label.get(lang) if status is not None else code
