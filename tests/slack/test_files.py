"""Files merchants share: the message becomes a turn with the file's reference; the OCR job
downloads it with the bot token, and a login page in place of a file is a clear error."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from slack_sdk import WebClient

from bot.slack.app import build_client, build_downloader
from bot.slack.files import (
    MAX_DOWNLOAD_BYTES,
    SlackDownloader,
    SlackFileError,
    allowed_origins,
)
from tests.slack.conftest import slack_settings
from tests.slack.fake_slack import LOGIN_PAGE, FakeSlack
from tests.slack.workspace import SlackWorkspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def download(fake_slack: FakeSlack, tmp_path: Path) -> SlackDownloader:
    settings = slack_settings(fake_slack.api_url, tmp_path)
    return build_downloader(settings, build_client(settings))


def test_a_shared_file_becomes_an_attachment_of_the_turn(slack: SlackWorkspace) -> None:
    url = slack.fake.add_file("F0CERT", PNG)
    file = {
        "id": "F0CERT",
        "name": "사업자등록증.png",
        "mimetype": "image/png",
        "size": len(PNG),
        "url_private_download": url,
    }
    slack.post_message("여기 있습니다", files=[file])
    (turn,) = slack.accepted()
    assert turn["text"] == "여기 있습니다"
    assert turn["attachments"] == [
        {
            "name": "사업자등록증.png",
            "mimetype": "image/png",
            "size": len(PNG),
            "upload_id": None,
            "url": url,
            "external_id": "F0CERT",
        }
    ]


def test_the_downloader_fetches_with_the_bot_token(
    download: SlackDownloader, fake_slack: FakeSlack
) -> None:
    url = fake_slack.add_file("F1", PNG)
    assert download(url) == PNG
    (call,) = fake_slack.called("files.download")
    assert call.authorized


def test_a_login_page_instead_of_the_file_names_the_missing_scope(
    download: SlackDownloader, fake_slack: FakeSlack
) -> None:
    url = fake_slack.add_file("F2", LOGIN_PAGE, "text/html")
    with pytest.raises(SlackFileError, match="files:read"):
        download(url)


def test_files_over_10_mb_and_unknown_formats_are_refused(
    download: SlackDownloader, fake_slack: FakeSlack
) -> None:
    big = fake_slack.add_file("F3", PNG + b"\x00" * MAX_DOWNLOAD_BYTES)
    with pytest.raises(SlackFileError, match="10 MB"):
        download(big)
    zip_file = fake_slack.add_file("F4", b"PK\x03\x04" + b"\x00" * 10)
    with pytest.raises(SlackFileError, match="not a PDF"):
        download(zip_file)


def test_files_without_a_url_are_looked_up_by_id(
    download: SlackDownloader, fake_slack: FakeSlack
) -> None:
    fake_slack.add_file("F5", b"%PDF-1.7\n...")
    assert download("slack-file:F5").startswith(b"%PDF-")


def test_the_token_is_never_sent_to_another_host(download: SlackDownloader) -> None:
    with pytest.raises(SlackFileError, match="refusing"):
        download("https://evil.example.com/files-pri/T-F1/download")


def test_a_redirect_within_the_api_origin_is_followed_with_the_token(
    download: SlackDownloader, fake_slack: FakeSlack
) -> None:
    target = fake_slack.add_file("F6", PNG)
    url = fake_slack.add_redirect("F7", target)
    assert download(url) == PNG
    assert [c.authorized for c in fake_slack.called("files.download")] == [True, True]


@pytest.mark.parametrize(
    "elsewhere",
    [
        "https://evil.example.com/files-pri/T-F1/download",  # another host
        "{scheme_https}",  # the API's host and port over another scheme
        "{other_port}",  # the API's host over another port
    ],
)
def test_a_redirect_away_from_the_api_origin_is_refused(
    download: SlackDownloader, fake_slack: FakeSlack, elsewhere: str
) -> None:
    parts = urlsplit(fake_slack.api_url)
    location = elsewhere.format(
        scheme_https=f"https://{parts.netloc}/files-pri/T-F1/download",
        other_port=f"http://{parts.hostname}:{(parts.port or 80) + 1}/files-pri/T-F1/download",
    )
    url = fake_slack.add_redirect("F8", location)
    with pytest.raises(SlackFileError, match="refusing"):
        download(url)
    assert len(fake_slack.called("files.download")) == 1  # only the redirecting request


def test_only_the_exact_origin_and_slacks_file_host_are_allowed() -> None:
    slack = allowed_origins("https://slack.com/api/")
    assert slack == {("https", "slack.com", 443), ("https", "files.slack.com", 443)}
    downloader = SlackDownloader("xoxb", WebClient(), api_url="https://slack.com/api/")
    assert downloader.allowed("https://files.slack.com/files-pri/T1-F1/download/a.png")
    assert downloader.allowed("https://FILES.slack.com:443/files-pri/T1-F1/download")
    for refused in (
        "http://files.slack.com/files-pri/T1-F1/download",
        "https://files.slack.com:8443/files-pri/T1-F1/download",
        "https://evil.slack.com/files-pri/T1-F1/download",
        "https://files.slack.com.evil.example/x",
        "https://slack.com@evil.example/x",
        "ftp://files.slack.com/x",
        "https://files.slack.com:99999/x",
    ):
        assert not downloader.allowed(refused), refused


def test_plain_http_only_to_an_api_on_this_machine() -> None:
    assert allowed_origins("http://slack.internal.example/api/") == frozenset()
    assert allowed_origins("http://127.0.0.1:8080/api/") == {("http", "127.0.0.1", 8080)}
    assert allowed_origins("http://localhost/api/") == {("http", "localhost", 80)}
