"""Effects of the business journey, applied inside the turn's transaction."""

from __future__ import annotations

from bot.contracts.verification import verify
from bot.engine import EffectContext
from bot.jobs import enqueue_job
from bot.store.tables import Business, Upload
from dialogs.effects import ReadCertificate, SaveBusiness

OCR_JOB = "ocr"


def read_certificate(ctx: EffectContext, effect: ReadCertificate) -> None:
    """Queue the OCR job; it commits with the turn, so the merchant's "reading…" and the job
    exist together or not at all."""
    conversation = ctx.conversation
    enqueue_job(
        ctx.session,
        kind=OCR_JOB,
        conversation_key=conversation.key,
        payload={
            "ref": effect.ref,
            "filename": effect.filename,
            "upload_id": effect.upload_id,
            "url": effect.url,
            "external_id": effect.external_id,
            # The result comes back as a turn of this conversation, from this user.
            "transport": conversation.transport,
            "address": dict(conversation.address),
            "user_id": ctx.turn.user_id,
        },
        now=ctx.now,
    )


def save_business(ctx: EffectContext, effect: SaveBusiness) -> None:
    profile = dict(effect.profile)
    upload_id = effect.upload_id
    if upload_id is not None and ctx.session.get(Upload, upload_id) is None:
        upload_id = None  # pruned after ONBOARD_RETENTION_DAYS (bot/retention.py) or erased
    row = ctx.session.get(Business, effect.business_number, with_for_update=True)
    if row is None:
        ctx.session.add(
            Business(
                business_number=effect.business_number,
                profile=profile,
                upload_id=upload_id,
                finished_by=_user_key(ctx),
                conversation_key=ctx.conversation.key,
                finished_at=ctx.now,
                updated_at=ctx.now,
            )
        )
    else:
        row.profile = profile
        row.upload_id = upload_id or row.upload_id
        row.finished_by = _user_key(ctx)
        row.conversation_key = ctx.conversation.key
        row.updated_at = ctx.now
    if effect.verify:
        verify(ctx.session, _user_key(ctx), effect.business_number, "certificate", None, ctx.now)


def _user_key(ctx: EffectContext) -> str:
    return f"{ctx.turn.transport}:{ctx.turn.user_id}"
