"""Downloading files merchants shared in Slack, for the OCR job (run by a worker).

``url_private_download`` needs the bot token. Without the ``files:read`` scope Slack does not
refuse: it answers 200 with its HTML login page, so the magic bytes are checked and a page
is reported as the missing scope it almost always is.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from slack_sdk import WebClient

from bot.slack.adapter import FILE_ID_SCHEME

log = logging.getLogger(__name__)

Downloader = Callable[[str], bytes]

MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 30.0
_CHUNK = 64 * 1024
# What a business registration certificate can be: PDF, PNG, JPEG, TIFF. The OCR reader
# checks further; this only tells a file from an error page.
_MAGIC = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


class SlackFileError(Exception):
    """A shared file could not be fetched; the message says what to fix."""


class _SlackOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but never carry the token away from Slack's hosts."""

    def __init__(self, allowed: Callable[[str], bool]) -> None:
        self.allowed = allowed

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not self.allowed(newurl):
            raise SlackFileError(f"Slack redirected the download to {urlparse(newurl).netloc}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class SlackDownloader:
    def __init__(self, token: str, client: WebClient, *, api_url: str) -> None:
        self.token = token
        self.client = client
        self.api_host = urlparse(api_url).hostname or ""

    def __call__(self, url: str) -> bytes:
        try:
            return self._download(url)
        except SlackFileError as exc:
            # The OCR job reports only that the fetch failed; the operator needs the reason.
            log.warning("Slack file download refused: %s", exc)
            raise

    def _download(self, url: str) -> bytes:
        if url.startswith(FILE_ID_SCHEME):
            url = self._url_of(url.removeprefix(FILE_ID_SCHEME))
        if not self.allowed(url):
            raise SlackFileError(f"refusing to send the bot token to {urlparse(url).netloc}")
        request = urllib.request.Request(url, method="GET")  # noqa: S310 - checked above
        # Unredirected: urllib would otherwise copy the token onto any redirect.
        request.add_unredirected_header("Authorization", f"Bearer {self.token}")
        opener = urllib.request.build_opener(_SlackOnlyRedirects(self.allowed))
        try:
            with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
                declared = int(response.headers.get("Content-Length") or 0)
                if declared > MAX_DOWNLOAD_BYTES:
                    raise SlackFileError(_too_large(declared))
                data = _read_limited(response)
        except urllib.error.HTTPError as exc:
            raise SlackFileError(f"Slack answered {exc.code} for the file download") from None
        except urllib.error.URLError as exc:
            # A network failure: the job's retry may succeed, so it is not a SlackFileError.
            raise OSError(f"file download failed: {exc.reason}") from None
        check_magic(data)
        return data

    def allowed(self, url: str) -> bool:
        parsed = urlparse(url)
        host = parsed.hostname or ""
        if host == self.api_host:
            return parsed.scheme in ("http", "https")
        return parsed.scheme == "https" and (host == "slack.com" or host.endswith(".slack.com"))

    def _url_of(self, file_id: str) -> str:
        info = self.client.files_info(file=file_id)
        file = info.get("file") or {}
        url = file.get("url_private_download") or file.get("url_private")
        if not url:
            raise SlackFileError(f"Slack gave no download URL for file {file_id}")
        return str(url)


def _read_limited(response: Any) -> bytes:
    data = bytearray()
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > MAX_DOWNLOAD_BYTES:
            raise SlackFileError(_too_large(len(data)))


def _too_large(size: int) -> str:
    return f"the file is larger than {MAX_DOWNLOAD_BYTES // (1024 * 1024)} MB ({size} bytes)"


def check_magic(data: bytes) -> None:
    if data.startswith(_MAGIC) or b"%PDF-" in data[:1024]:
        return
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        raise SlackFileError(
            "Slack returned an HTML page instead of the file: the app is missing the "
            "files:read scope (add it and reinstall the app)"
        )
    raise SlackFileError("the file is not a PDF, PNG, JPEG or TIFF")
