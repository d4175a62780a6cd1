"""Where the journey goes next, decided from the slots alone: after a restart, a "back" or an
answer, the first thing still missing is asked. Steps are named here; prompts live here too
so that every step can be re-asked."""

from __future__ import annotations

from dialogs.business import cards, texts
from dialogs.business import fields as bf
from dialogs.business.slots import BusinessSlots
from dialogs.flow import Ctx, Outcome
from dialogs.i18n import T
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from knowledge.fields import VOLUME_BANDS
from knowledge.language import Lang

NAME = "business"
UPLOAD = "upload"
READING = "reading"
MISMATCH = "mismatch"
CHECK = "check"
CONTACT = "contact"
SUMMARY = "summary"
DONE = "done"
FIELD_PREFIX = "field."

CONTACT_SAME = cards.ACTION_PREFIX + "contact_same"
CONTACT_OTHER = cards.ACTION_PREFIX + "contact_other"
MISMATCH_CERTIFICATE = cards.ACTION_PREFIX + "number_certificate"
MISMATCH_EARLIER = cards.ACTION_PREFIX + "number_earlier"


def field_step(name: str) -> str:
    return FIELD_PREFIX + name


def next_step(ctx: Ctx) -> str:
    slots = BusinessSlots.of(ctx.state)
    fields = slots.fields
    if slots.finished:
        return DONE
    if slots.reading_ref is not None:
        return READING
    if slots.upload_id is None and not fields:
        return UPLOAD
    if "reg_no" not in fields:
        return field_step("reg_no")
    if slots.conflicting_number is not None:
        return MISMATCH
    if "business_type" not in fields:
        return field_step("business_type")
    if not slots.card_confirmed:
        return CHECK
    missing = bf.first_unfilled(fields, bf.CERTIFICATE_FIELDS)
    if missing is not None:
        return field_step(missing)
    for spec in bf.DETAIL_FIELDS:
        if not spec.applies(fields) or spec.name in fields:
            continue
        if spec.name in bf.CONTACT_FIELDS and not any(n in fields for n in bf.CONTACT_FIELDS):
            return CONTACT
        return field_step(spec.name)
    return SUMMARY


def advance(ctx: Ctx, *before: Reply) -> Outcome:
    """Go to whatever is missing next, saying ``before`` first."""
    step = next_step(ctx)
    return Outcome(replies=[*before, *prompt(ctx, step)], next_step=step)


# -- prompts ------------------------------------------------------------------------------


def choice_options(name: str, lang: Lang) -> list[Option]:
    table: dict[str, T]
    if name == "service_kind":
        table = texts.SERVICE_KINDS
    elif name == "business_type":
        table = texts.BUSINESS_TYPES
    else:
        return [
            Option(value=key, label=ko if lang is Lang.KO else en) for key, ko, en in VOLUME_BANDS
        ]
    return [Option(value=value, label=label(lang)) for value, label in table.items()]


def mismatch_options(ctx: Ctx) -> list[Option]:
    slots = BusinessSlots.of(ctx.state)
    certificate = bf.display("reg_no", slots.fields.get("reg_no", ""))
    earlier = bf.display("reg_no", slots.conflicting_number or "")
    return [
        Option(
            value=MISMATCH_CERTIFICATE,
            label=texts.MISMATCH_CERTIFICATE(ctx.lang, number=certificate),
        ),
        Option(value=MISMATCH_EARLIER, label=texts.MISMATCH_EARLIER(ctx.lang, number=earlier)),
    ]


def contact_options(lang: Lang) -> list[Option]:
    return [
        Option(value=CONTACT_SAME, label=texts.CONTACT_SAME(lang), style="primary"),
        Option(value=CONTACT_OTHER, label=texts.CONTACT_OTHER(lang)),
    ]


def done_options(lang: Lang) -> list[Option]:
    return [
        Option(value=cards.USE_AS_IS, label=texts.USE_AS_IS(lang), style="primary"),
        Option(value=cards.CHANGE, label=texts.CHANGE(lang)),
    ]


def _field_prompt(ctx: Ctx, name: str) -> list[Reply]:
    lang = ctx.lang
    slots = BusinessSlots.of(ctx.state)
    replies: list[Reply] = []
    detail_names = {spec.name for spec in bf.DETAIL_FIELDS} - {"birth_date"}
    if name in detail_names and not detail_names & set(slots.fields):
        # The first typed field: offer the whole form at once (a Slack modal).
        replies.append(cards.details_form(slots, lang))
    question = texts.PROMPTS[name](lang)
    if name == "service_url" and bf.is_optional_now(bf.SPECS[name], slots.fields):
        question = f"{question}\n{texts.URL_OPTIONAL_FOR_APP(lang)}"
    current = slots.fields.get(name)
    if current:
        shown = cards.shown(name, current, lang)
        question = f"{question}\n{texts.CURRENT_VALUE(lang, value=shown)}"
    if bf.SPECS[name].choices:
        replies.append(ChoicesReply(text=question, options=choice_options(name, lang)))
    else:
        replies.append(TextReply(text=question))
    return replies


def prompt(ctx: Ctx, step: str) -> list[Reply]:
    lang = ctx.lang
    slots = BusinessSlots.of(ctx.state)
    if step.startswith(FIELD_PREFIX) and step.removeprefix(FIELD_PREFIX) in bf.SPECS:
        return _field_prompt(ctx, step.removeprefix(FIELD_PREFIX))
    if step == READING:
        return [TextReply(text=texts.STILL_READING(lang))]
    if step == MISMATCH:
        certificate = bf.display("reg_no", slots.fields.get("reg_no", ""))
        earlier = bf.display("reg_no", slots.conflicting_number or "")
        text = texts.MISMATCH(lang, certificate=certificate, earlier=earlier)
        return [ChoicesReply(text=text, options=mismatch_options(ctx))]
    if step == CHECK:
        return [cards.certificate_card(slots, lang)]
    if step == CONTACT:
        return [ChoicesReply(text=texts.ASK_CONTACT(lang), options=contact_options(lang))]
    if step == SUMMARY:
        return [cards.summary_card(slots, lang)]
    if step == DONE:
        number = bf.display("reg_no", slots.business_number or "")
        card = cards.summary_card(slots, lang).model_copy(update={"options": [], "footer": ""})
        text = texts.ALREADY_FINISHED(lang, number=number)
        return [card, ChoicesReply(text=text, options=done_options(lang))]
    return [TextReply(text=texts.ASK_UPLOAD(lang))]
