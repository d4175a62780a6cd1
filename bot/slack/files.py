"""Downloading files merchants shared in Slack, for the OCR job (run by a worker).

``url_private_download`` needs the bot token, so a URL is fetched only from the origin
(scheme, host and port, exactly) of the configured Slack API — plus, when that API is
Slack's own, Slack's file host — and only over https unless the API is on this machine (the
tests' fake). Redirects are followed by hand, each checked the same way, so the token never
leaves. Without the ``files:read`` scope Slack does not refuse: it answers 200 with its HTML
login page, so the magic bytes are checked (``bot.ocr.formats.sniff``, the one signature
table) and a page is reported as the missing scope it almost always is.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import httpx
from slack_sdk import WebClient

from bot.ocr.formats import sniff
from bot.slack.adapter import FILE_ID_SCHEME

log = logging.getLogger(__name__)

Downloader = Callable[[str], bytes]

MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 30.0
MAX_REDIRECTS = 5
# Where Slack serves ``url_private_download`` when the API is Slack's own.
SLACK_API_HOST = "slack.com"
SLACK_FILES_HOST = "files.slack.com"
_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


class SlackFileError(Exception):
    """A shared file could not be fetched; the message says what to fix."""


def origin(url: str) -> Origin | None:
    """(scheme, host, port) with the scheme's default port filled in; None if unusable."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    return scheme, host, port or _DEFAULT_PORTS[scheme]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_origins(api_url: str) -> frozenset[Origin]:
    api = origin(api_url)
    if api is None:
        return frozenset()
    scheme, host, _ = api
    if scheme != "https" and not _is_loopback(host):
        # Plain http only to an API on this machine (the tests' fake Slack).
        return frozenset()
    found = {api}
    if host == SLACK_API_HOST:
        found.add(("https", SLACK_FILES_HOST, 443))
    return frozenset(found)


class SlackDownloader:
    def __init__(self, token: str, client: WebClient, *, api_url: str) -> None:
        self.token = token
        self.client = client
        self.origins = allowed_origins(api_url)

    def __call__(self, url: str) -> bytes:
        try:
            return self._download(url)
        except SlackFileError as exc:
            # The OCR job reports only that the fetch failed; the operator needs the reason.
            log.warning("Slack file download refused: %s", exc)
            raise

    def allowed(self, url: str) -> bool:
        return origin(url) in self.origins

    def _download(self, url: str) -> bytes:
        if url.startswith(FILE_ID_SCHEME):
            url = self._url_of(url.removeprefix(FILE_ID_SCHEME))
        headers = {"Authorization": f"Bearer {self.token}"}
        try:
            with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False) as http:
                for _ in range(MAX_REDIRECTS + 1):
                    if not self.allowed(url):
                        raise SlackFileError(f"refusing to send the bot token to {_where(url)}")
                    with http.stream("GET", url, headers=headers) as response:
                        if response.is_redirect:
                            url = urljoin(url, response.headers.get("Location", ""))
                            continue
                        data = _read(response)
                    break
                else:
                    raise SlackFileError(f"more than {MAX_REDIRECTS} redirects")
        except httpx.TransportError as exc:
            # A network failure: the job's retry may succeed, so it is not a SlackFileError.
            raise OSError(f"file download failed: {type(exc).__name__}") from None
        check_magic(data)
        return data

    def _url_of(self, file_id: str) -> str:
        info = self.client.files_info(file=file_id)
        file = info.get("file") or {}
        url = file.get("url_private_download") or file.get("url_private")
        if not url:
            raise SlackFileError(f"Slack gave no download URL for file {file_id}")
        return str(url)


def _where(url: str) -> str:
    found = origin(url)
    return f"{found[0]}://{found[1]}:{found[2]}" if found else "an unusable URL"


def _read(response: httpx.Response) -> bytes:
    if response.status_code >= 400:
        raise SlackFileError(f"Slack answered {response.status_code} for the file download")
    declared = int(response.headers.get("Content-Length") or 0)
    if declared > MAX_DOWNLOAD_BYTES:
        raise SlackFileError(_too_large(declared))
    data = bytearray()
    for chunk in response.iter_bytes():
        data += chunk
        if len(data) > MAX_DOWNLOAD_BYTES:
            raise SlackFileError(_too_large(len(data)))
    return bytes(data)


def _too_large(size: int) -> str:
    return f"the file is larger than {MAX_DOWNLOAD_BYTES // (1024 * 1024)} MB ({size} bytes)"


def check_magic(data: bytes) -> None:
    if sniff(data) is not None:
        return
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        raise SlackFileError(
            "Slack returned an HTML page instead of the file: the app is missing the "
            "files:read scope (add it and reinstall the app)"
        )
    raise SlackFileError("the file is not a PDF, PNG, JPEG or TIFF")
