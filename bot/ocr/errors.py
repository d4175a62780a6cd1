"""The one exception the reader raises for a file it will not read."""

from __future__ import annotations

from bot.ocr.messages import RejectCode, message


class CertificateRejected(Exception):  # noqa: N818 - it is a verdict on the upload, not a bug
    """The upload was refused; `code` is for machines, the messages for the merchant."""

    def __init__(self, code: RejectCode, detail: str = "") -> None:
        self.code = code
        self.message_ko, self.message_en = message(code)
        # `detail` is for logs (sizes, decoder errors); it is never shown to the merchant.
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else str(code))

    def to_json_dict(self) -> dict[str, str]:
        return {"code": str(self.code), "message": self.message_en, "message_ko": self.message_ko}
