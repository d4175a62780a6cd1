"""The checklist sent when a PG asks for documents: the common set for the business type
(knowledge/documents.py), the contract for the PG that asked, and a button to the documents
journey for what a line of business adds (and to change the type)."""

from __future__ import annotations

from dialogs.documents import texts as documents_texts
from dialogs.documents.flow import NAME as DOCUMENTS_JOURNEY
from dialogs.menu.flow import ACTION_PREFIX as MENU_PREFIX
from dialogs.nudges import texts
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from knowledge import bizno
from knowledge import documents as kd
from knowledge.catalog import load_catalog
from knowledge.fields import BusinessType
from knowledge.language import Lang


def type_of_number(digits: str) -> BusinessType | None:
    """개인 or 법인 from a business number's middle digits; None when they don't say."""
    if len(digits) != bizno.BUSINESS_NUMBER_LENGTH or not digits.isdigit():
        return None
    kind = bizno.business_kind(digits)
    if kind in (bizno.BusinessKind.OTHER, bizno.BusinessKind.PUBLIC):
        return None
    return BusinessType.CORPORATE if bizno.is_corporate_kind(kind) else BusinessType.INDIVIDUAL


def documents_nudge(
    lang: Lang, business_type: BusinessType | None, pg: str, application: str
) -> list[Reply]:
    name = _pg_name(pg, lang)
    more = Option(
        value=MENU_PREFIX + DOCUMENTS_JOURNEY, label=texts.DOCUMENTS_MORE(lang), style="primary"
    )
    if business_type is None:
        head = texts.DOCUMENTS_ASKED_NO_TYPE(lang, pg=name, app=application)
        return [ChoicesReply(text=head, options=[more])]
    label = (
        documents_texts.TYPE_CORPORATE
        if business_type is BusinessType.CORPORATE
        else documents_texts.TYPE_INDIVIDUAL
    )
    lines = [texts.DOCUMENTS_ASKED(lang, pg=name, app=application, business_type=label(lang))]
    lines += [f"• {_line(item, lang)}" for item in kd.checklist(business_type, [pg])]
    return [
        TextReply(text="\n".join(lines)),
        ChoicesReply(text=texts.DOCUMENTS_FOOTER(lang), options=[more]),
    ]


def _line(item: kd.Document, lang: Lang) -> str:
    details: list[str] = []
    if item.copies > 1:
        details.append(documents_texts.COPIES(lang, count=item.copies))
    if item.original:
        details.append(documents_texts.ORIGINAL(lang))
    if item.holder is not None:
        details.append(item.holder.get(lang))
    if item.issued_within_days is not None:
        details.append(documents_texts.RECENT(lang, months=item.issued_within_days // 30))
    if item.only_if is not None:
        details.append(documents_texts.ONLY_IF(lang, condition=item.only_if.get(lang)))
    name = item.name.get(lang)
    return f"{name} — {', '.join(details)}" if details else name


def _pg_name(code: str, lang: Lang) -> str:
    try:
        return load_catalog().pg(code).name(lang)
    except KeyError:
        return code
