"""The OCR job: load (or download and store) the certificate, read it, and tell the
conversation as a system turn for the business journey (``dialogs/business/reading.py``).

The turn's event id is derived from the job, so a job re-run after a crash answers once.
Reading happens here, in a worker, never inside a merchant's turn.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select

from bot.clock import Clock, utcnow
from bot.jobs import JobContext
from bot.ocr import CertificateReading, CertificateRejected, RejectCode, read_certificate
from bot.store.tables import Job, Upload
from bot.uploads import UploadTooLargeError, store_upload
from dialogs.turns import Author, Turn

log = logging.getLogger(__name__)

# Fetches a transport's file URL (Slack: url_private_download with the bot token).
Downloader = Callable[[str], bytes]
Reader = Callable[[bytes, str | None], CertificateReading]

FLOW = "business"
EVENT = "ocr_result"


class FetchError(Exception):
    """The file could not be fetched; the merchant is asked to send it again."""

    def __init__(self, reason: str, *, transient: bool = False) -> None:
        super().__init__(reason)
        self.transient = transient


class OcrJob:
    """``handle_ocr``: a ``JobHandler`` for jobs of kind "ocr"."""

    def __init__(
        self,
        downloaders: Mapping[str, Downloader] | None = None,
        reader: Reader | None = None,
        *,
        clock: Clock = utcnow,
    ) -> None:
        # By transport; looked up when a job runs, so a transport may register its
        # downloader after the services are built (``Services.downloaders``).
        self.downloaders: Mapping[str, Downloader] = downloaders if downloaders is not None else {}
        self.reader: Reader = reader or read_certificate
        self.clock = clock

    def __call__(self, ctx: JobContext) -> Turn | None:
        payload = ctx.payload
        result: dict[str, Any] = {"ref": payload.get("ref")}
        try:
            upload_id, data, filename = self._load(ctx)
        except FetchError as exc:
            if exc.transient and not ctx.final_attempt:
                raise  # a network blip: the runner retries with a back-off
            log.warning("ocr job %s: file not fetched (%s)", ctx.job_id, exc)
            return self._turn(ctx, {**result, "status": "failed", "reason": "fetch"})
        except UploadTooLargeError:
            rejected = CertificateRejected(RejectCode.TOO_LARGE)
            return self._turn(ctx, {**result, **_rejected(rejected)})
        result["upload_id"] = upload_id
        try:
            reading = self.reader(data, filename)
        except CertificateRejected as exc:
            log.info("ocr job %s: upload %s rejected (%s)", ctx.job_id, upload_id, exc.code)
            return self._turn(ctx, {**result, **_rejected(exc)})
        except Exception:
            if not ctx.final_attempt:
                raise
            log.exception("ocr job %s: reading upload %s failed", ctx.job_id, upload_id)
            return self._turn(ctx, {**result, "status": "failed", "reason": "error"})
        return self._turn(
            ctx,
            {
                **result,
                "status": "read",
                "kind": str(reading.kind),
                "fields": {name: f.to_json_dict(name) for name, f in reading.fields.items()},
                "missing": list(reading.missing),
                "source": str(reading.source),
                "page": reading.page,
            },
        )

    def _load(self, ctx: JobContext) -> tuple[int, bytes, str]:
        """The stored upload; a URL is downloaded and stored first (once, even if re-run)."""
        with ctx.db.transaction() as session:
            job = session.get(Job, ctx.job_id)
            upload_id = (job.payload if job is not None else ctx.payload).get("upload_id")
            if upload_id is not None:
                upload = session.scalars(select(Upload).where(Upload.id == int(upload_id))).one()
                return upload.id, upload.data, upload.filename
        url = ctx.payload.get("url")
        downloader = self.downloaders.get(str(ctx.payload.get("transport", "")))
        if not url or downloader is None:
            raise FetchError("no downloader" if url else "no file")
        try:
            data = downloader(str(url))
        except OSError as exc:  # network: worth another attempt
            raise FetchError(f"{type(exc).__name__}: {exc}", transient=True) from exc
        except Exception as exc:  # the transport's verdict (no scope, not a file): final
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc
        filename = str(ctx.payload.get("filename") or "certificate")
        with ctx.db.transaction() as session:
            upload = store_upload(
                session,
                conversation_key=ctx.conversation_key,
                user_id=str(ctx.payload.get("user_id", "")),
                filename=filename,
                data=data,
                now=self.clock(),
            )
            # Remember the stored upload in the job: a re-run reads it instead of fetching.
            job = session.get(Job, ctx.job_id, with_for_update=True)
            if job is not None:
                job.payload = {**job.payload, "upload_id": upload.id}
            return upload.id, data, filename

    @staticmethod
    def _turn(ctx: JobContext, result: dict[str, Any]) -> Turn:
        payload = ctx.payload
        return Turn(
            event_id=f"job:{ctx.job_id}",
            conversation_key=ctx.conversation_key,
            transport=str(payload.get("transport", "")),
            address={str(k): str(v) for k, v in dict(payload.get("address") or {}).items()},
            user_id=str(payload.get("user_id", "")),
            author=Author.SYSTEM,
            system={"flow": FLOW, "event": EVENT, **result},
        )


def _rejected(exc: CertificateRejected) -> dict[str, Any]:
    return {
        "status": "rejected",
        "code": str(exc.code),
        "message_ko": exc.message_ko,
        "message_en": exc.message_en,
    }


handle_ocr = OcrJob()
