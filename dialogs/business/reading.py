"""The certificate: a file arrives, an OCR job is queued, its result comes back as a system
turn (``system["event"] == "ocr_result"``, sent by ``bot/business/job.py``).

The result's payload: ``ref`` (the upload's turn event id), ``status`` ("read", "rejected"
or "failed"), ``upload_id``, and for "read" ``kind``, ``source``, ``page`` (of a PDF, 1-based;
None for an image) and ``fields`` (name ->
{value, confidence, sure, flags}); for "rejected" ``code``, ``message_ko`` and
``message_en``; for "failed" ``reason`` ("fetch" or "error").
"""

from __future__ import annotations

from typing import Any

from dialogs.business import cards, texts
from dialogs.business import fields as bf
from dialogs.business import navigation as nav
from dialogs.business.corrections import parse_correction
from dialogs.business.slots import BusinessSlots
from dialogs.business.update import set_field
from dialogs.effects import ReadCertificate
from dialogs.flow import Ctx, Outcome
from dialogs.replies import ChoicesReply, Option, Reply, TextReply
from dialogs.turns import Turn
from knowledge.bizno import normalize_digits
from knowledge.fields import BusinessType
from knowledge.language import Lang

# The reader's upload limit (bot/uploads.py); the console names formats, not a size.
MAX_FILE_BYTES = 10 * 1024 * 1024
# Below this confidence a value is shown flagged for the merchant to check.
SURE_CONFIDENCE = 0.8
# Fields of the certificate the journey keeps (issue date and tax office are not asked).
_KEPT = (*(spec.name for spec in bf.CERTIFICATE_FIELDS), "birth_date")
HUMAN_ACTION = "cmd:human"


def needs_agent(ctx: Ctx) -> Outcome:
    option = Option(value=HUMAN_ACTION, label=texts.TALK_TO_AGENT(ctx.lang))
    return Outcome(
        replies=[ChoicesReply(text=texts.CHANGE_NEEDS_AGENT(ctx.lang), options=[option])]
    )


def on_attachment(ctx: Ctx, turn: Turn) -> Outcome:
    slots = BusinessSlots.of(ctx.state)
    if slots.finished and slots.applied:
        return needs_agent(ctx)
    attachment = turn.attachments[0]
    if attachment.size > MAX_FILE_BYTES:
        size_mb = attachment.size / 1024 / 1024
        reply = TextReply(text=texts.FILE_TOO_LARGE(ctx.lang, size_mb=size_mb))
        return Outcome(replies=[reply], next_step=nav.UPLOAD)
    if attachment.upload_id is None and attachment.url is None:
        return Outcome(
            replies=[TextReply(text=texts.FILE_NOT_RECEIVED(ctx.lang))], next_step=nav.UPLOAD
        )
    slots.reading_ref = turn.event_id
    slots.finished = False
    effect = ReadCertificate(
        ref=turn.event_id,
        filename=attachment.name,
        upload_id=attachment.upload_id,
        url=attachment.url,
        external_id=attachment.external_id,
    )
    return Outcome(
        replies=[TextReply(text=texts.READING(ctx.lang))], effects=[effect], next_step=nav.READING
    )


def on_system(ctx: Ctx, turn: Turn) -> Outcome:
    payload: dict[str, Any] = turn.system or {}
    slots = BusinessSlots.of(ctx.state)
    if payload.get("event") != "ocr_result" or payload.get("ref") != slots.reading_ref:
        return Outcome()  # a result for an upload replaced or cancelled since
    slots.reading_ref = None
    status = payload.get("status")
    if status == "read":
        outcome = _read(ctx, payload)
    elif status == "rejected":
        message = payload.get("message_ko" if ctx.lang is Lang.KO else "message_en", "")
        if payload.get("code") == "ocr_unavailable" and payload.get("upload_id") is not None:
            # The file is fine but nothing can read it now: type the fields in instead.
            outcome = _read(ctx, {**payload, "fields": {}}, intro=TextReply(text=str(message)))
        else:
            reply = TextReply(text=texts.REJECTED(ctx.lang, reason=message))
            outcome = Outcome(replies=[reply, *nav.prompt(ctx, nav.UPLOAD)], next_step=nav.UPLOAD)
    else:
        failed = texts.FETCH_FAILED if payload.get("reason") == "fetch" else texts.READ_FAILED
        outcome = Outcome(replies=[TextReply(text=failed(ctx.lang))], next_step=nav.UPLOAD)
    # The merchant may have wandered off while the job ran: bring them back here.
    outcome.next_flow = nav.NAME
    return outcome


def _read_done(ctx: Ctx, page: object) -> str:
    """Say which page was read when the certificate was not the PDF's first page (a cover or
    a guide came first): the merchant then knows the right page was found."""
    if isinstance(page, int) and not isinstance(page, bool) and page > 1:
        return texts.READ_DONE_PAGE(ctx.lang, page=page)
    return texts.READ_DONE(ctx.lang)


def _read(ctx: Ctx, payload: dict[str, Any], intro: Reply | None = None) -> Outcome:
    old = BusinessSlots.of(ctx.state)
    # A new certificate replaces what the last one said; typed details are kept.
    kept = {k: v for k, v in old.fields.items() if k not in _KEPT}
    said_meanwhile = dict(old.while_reading)
    ctx.state.put(BusinessSlots(fields=kept, upload_id=payload.get("upload_id")))
    slots = BusinessSlots.of(ctx.state)
    today = ctx.ports.now().date()
    read: dict[str, Any] = payload.get("fields") or {}
    before: list[Reply] = [intro or TextReply(text=_read_done(ctx, payload.get("page")))]

    reg = read.get("reg_no")
    if isinstance(reg, dict):
        slots.read_number = normalize_digits(str(reg.get("value", ""))) or None
        parsed = bf.parse_field("reg_no", str(reg.get("value", "")), slots.fields, today)
        if parsed.value and "checksum_failed" not in reg.get("flags", ()):
            set_field(ctx, "reg_no", parsed.value)
            _flag(ctx, "reg_no", reg)
        elif slots.read_number:
            before.append(
                TextReply(text=texts.CHECKSUM_FAILED_READ(ctx.lang, number=reg.get("value")))
            )
    if "business_type" not in slots.fields and payload.get("kind") in set(BusinessType):
        set_field(ctx, "business_type", str(payload["kind"]))
    for name in _KEPT:
        item = read.get(name)
        if name in ("reg_no", "business_type") or not isinstance(item, dict):
            continue
        if name in ("corp_reg_no", "hq_address") and not bf.SPECS[name].applies(slots.fields):
            continue
        parsed = bf.parse_field(name, str(item.get("value", "")), slots.fields, today)
        if parsed.value:
            set_field(ctx, name, parsed.value)
            _flag(ctx, name, item)
    if said_meanwhile:
        # What the merchant corrected while waiting wins over what was read.
        for name, value in said_meanwhile.items():
            set_field(ctx, name, value)
        labels = ", ".join(cards.label(name, ctx.lang) for name in said_meanwhile)
        before.append(TextReply(text=texts.APPLIED_WHILE_READING(ctx.lang, labels=labels)))
    return nav.advance(ctx, *before)


# Corrected while reading: what the certificate carries, but not its number or kind (a
# number decides whose business this is, and is checked against the certificate).
_WHILE_READING = frozenset(_KEPT) - {"reg_no", "business_type"}


def while_reading(ctx: Ctx, turn: Turn) -> Outcome | None:
    """ "상호는 하늘무역이에요" typed while the certificate is read: kept for when it is read
    (said so), instead of being lost to "still reading"; None when it is no correction."""
    correction = parse_correction(turn.text, set(_WHILE_READING)) if turn.action is None else None
    if correction is None:
        return None
    name = correction.field
    label = cards.label(name, ctx.lang)
    slots = BusinessSlots.of(ctx.state)
    parsed = bf.parse_field(name, correction.value, slots.fields, ctx.ports.now().date())
    if parsed.value is None:
        error = texts.ERRORS[parsed.error or "invalid"](ctx.lang)
        return Outcome(replies=[TextReply(text=f"{label}: {error}"), *nav.prompt(ctx, nav.READING)])
    slots.while_reading = {**slots.while_reading, name: parsed.value}
    noted = TextReply(text=texts.NOTED_WHILE_READING(ctx.lang, label=label))
    return Outcome(replies=[noted])


def _flag(ctx: Ctx, name: str, item: dict[str, Any]) -> None:
    try:
        confidence = float(item.get("confidence", 1.0))
    except (TypeError, ValueError):
        confidence = 0.0
    # The reader says whether it is sure (calibrated in bot/ocr); older results carry only
    # a confidence and flags.
    sure = item.get("sure")
    if sure is False or (sure is None and (confidence < SURE_CONFIDENCE or item.get("flags"))):
        BusinessSlots.of(ctx.state).unsure = [*BusinessSlots.of(ctx.state).unsure, name]
