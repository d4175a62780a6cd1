"""How the business information is shown: the certificate card, the form, the summary."""

from __future__ import annotations

from collections.abc import Iterable

from dialogs.business import fields as bf
from dialogs.business import texts
from dialogs.business.slots import BusinessSlots
from dialogs.replies import CardReply, FormField, FormReply, Option
from knowledge.fields import VOLUME_BANDS
from knowledge.language import Lang

ACTION_PREFIX = "business:"
CONFIRM = ACTION_PREFIX + "confirm"
REUPLOAD = ACTION_PREFIX + "reupload"
FINISH = ACTION_PREFIX + "finish"
# "business:fix:3": the summary's row 3 to change (the button asking what a bare "1" meant).
FIX_PREFIX = ACTION_PREFIX + "fix:"
USE_AS_IS = ACTION_PREFIX + "use"
CHANGE = ACTION_PREFIX + "change"
FORM_ID = "business_details"
# Slack replaces the card it posted under the same key, so corrections edit it in place.
CHECK_CARD_KEY = "business:check"
SUMMARY_CARD_KEY = "business:summary"


def label(name: str, lang: Lang) -> str:
    return texts.LABELS[name](lang)


def shown(name: str, value: str, lang: Lang) -> str:
    """A stored value as the merchant reads it."""
    if name == "service_kind" and value in texts.SERVICE_KINDS:
        return texts.SERVICE_KINDS[value](lang)
    if name == "business_type" and value in texts.BUSINESS_TYPES:
        return texts.BUSINESS_TYPES[value](lang)
    if name == "volume":
        for key, ko, en in VOLUME_BANDS:
            if key == value:
                return ko if lang is Lang.KO else en
    if value == "":
        return texts.NOT_ANSWERED(lang)
    return bf.display(name, value)


def _rows(slots: BusinessSlots, names: Iterable[str], lang: Lang) -> list[tuple[str, str]]:
    rows = []
    for name in names:
        value = slots.fields.get(name)
        if value is None:
            text = texts.NOT_READ(lang)
        else:
            text = shown(name, value, lang)
            if name in slots.unsure:
                text = f"{text}  {texts.UNSURE_MARK(lang)}"
        rows.append((label(name, lang), text))
    return rows


def certificate_card(slots: BusinessSlots, lang: Lang) -> CardReply:
    names = [spec.name for spec in bf.CERTIFICATE_FIELDS if spec.applies(slots.fields)]
    if "birth_date" in slots.fields or slots.fields.get("business_type") == "individual":
        names.insert(names.index("open_date"), "birth_date")
    return CardReply(
        title=texts.CHECK_TITLE(lang),
        rows=_rows(slots, names, lang),
        options=[
            Option(value=CONFIRM, label=texts.CONFIRM_ALL(lang), style="primary"),
            Option(value=REUPLOAD, label=texts.UPLOAD_AGAIN(lang)),
        ],
        footer=texts.CHECK_FOOTER(lang),
        update_key=CHECK_CARD_KEY,
    )


def summary_names(slots: BusinessSlots) -> list[str]:
    """The fields of the final check, in the order they are numbered there ("fix 3")."""
    return [spec.name for spec in bf.applicable(slots.fields)]


def summary_card(slots: BusinessSlots, lang: Lang) -> CardReply:
    names = summary_names(slots)
    rows = [(f"{n}. {key}", value) for n, (key, value) in enumerate(_rows(slots, names, lang), 1)]
    return CardReply(
        title=texts.SUMMARY_TITLE(lang),
        rows=rows,
        options=[Option(value=FINISH, label=texts.FINISH(lang), style="primary")],
        footer=texts.SUMMARY_FOOTER(lang),
        update_key=SUMMARY_CARD_KEY,
    )


def _hint(name: str, lang: Lang) -> str:
    if name == "service_kind":
        return " / ".join(t(lang) for t in texts.SERVICE_KINDS.values())
    if name == "volume":
        return " / ".join(ko if lang is Lang.KO else en for _k, ko, en in VOLUME_BANDS)
    if name in bf.CONTACT_FIELDS:
        return texts.FORM_CONTACT_HINT(lang)
    if name in ("memo", "service_url"):
        return texts.SKIP_WORDS_HINT(lang)
    return ""


def details_form(
    slots: BusinessSlots,
    lang: Lang,
    errors: dict[str, str] | None = None,
    submitted: dict[str, str] | None = None,
) -> FormReply:
    """Every typed field at once; ``submitted`` keeps what the merchant entered."""
    form_fields = []
    for spec in bf.DETAIL_FIELDS:
        name = spec.name
        value = (submitted or {}).get(name)
        if value is None:
            stored = slots.fields.get(name, "")
            value = shown(name, stored, lang) if spec.choices and stored else stored
        form_fields.append(
            FormField(
                name=name,
                label=label(name, lang),
                value=value,
                required=not (spec.optional or name in bf.CONTACT_FIELDS),
                hint=_hint(name, lang),
                error=(errors or {}).get(name, ""),
                multiline=name == "memo",
            )
        )
    return FormReply(
        form_id=FORM_ID,
        title=texts.FORM_TITLE(lang),
        text=texts.FORM_TEXT(lang),
        fields=form_fields,
        submit_label=texts.FORM_SUBMIT(lang),
    )
