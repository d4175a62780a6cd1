"""Files merchants send, stored in the database before anything else happens to them."""

from __future__ import annotations

import hashlib
import mimetypes
from datetime import datetime

from sqlalchemy.orm import Session

from bot.store.tables import Upload

# The certificate reader refuses more than this; we refuse it before storing.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
_UNKNOWN_TYPE = "application/octet-stream"


class UploadTooLargeError(ValueError):
    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes is over the {MAX_UPLOAD_BYTES} byte limit")
        self.size = size


def store_upload(
    session: Session,
    *,
    conversation_key: str,
    user_id: str,
    filename: str,
    data: bytes,
    now: datetime,
    mimetype: str | None = None,
) -> Upload:
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadTooLargeError(len(data))
    upload = Upload(
        conversation_key=conversation_key,
        user_id=user_id,
        filename=filename[:300],
        mimetype=(mimetype or mimetypes.guess_type(filename)[0] or _UNKNOWN_TYPE)[:100],
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        created_at=now,
    )
    session.add(upload)
    session.flush()
    return upload
