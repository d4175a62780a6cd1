"""Delivers outbox messages to Slack (``bot.outbox.Sender``).

Each posted message carries its outbox id in Slack's message metadata, so that after a crash
mid-send ``find_delivered`` can read the thread back and tell whether it arrived. Rate limits
and outages are not waited out here: ``RetryLater`` (429) and plain exceptions (5xx, network)
go back to the dispatcher, which holds the channel's lane and retries with backoff.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import metrics
from bot.actors import EPHEMERAL_USER
from bot.outbox import Outgoing, RetryLater, Undeliverable
from bot.slack.render import SlackMessage, paginate, render

log = logging.getLogger(__name__)

METADATA_EVENT = "onboard_outbox"
# The channel is gone or closed to the bot: retrying cannot help.
_UNDELIVERABLE = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "user_disabled",
        # chat.postEphemeral to someone who is not (or no longer) in the channel.
        "user_not_in_channel",
    }
)
# Slack refused the blocks (a renderer bug or a limit we missed): the text alone still goes.
_BAD_BLOCKS = frozenset({"invalid_blocks", "invalid_blocks_format", "msg_too_long"})
# The earlier message can no longer be edited: post the new version instead.
_NOT_UPDATABLE = frozenset({"message_not_found", "cant_update_message", "edit_window_closed"})


class SlackSender:
    def __init__(
        self, client: WebClient, *, min_interval: float = 1.0, history_pages: int = 10
    ) -> None:
        self.client = client
        # chat.postMessage: about one message a second a channel.
        self.min_interval = min_interval
        self.history_pages = history_pages
        # Parts of a multi-message reply found by ``find_delivered``; ``send`` skips them.
        self._found: dict[int, dict[int, str]] = {}
        self._lock = threading.Lock()

    # -- Sender -------------------------------------------------------------------------

    def send(self, message: Outgoing) -> str | None:
        pages = render(message.reply, outbox_id=message.outbox_id)
        channel = str(message.target["channel"])
        if message.target.get(EPHEMERAL_USER):
            return self._post_ephemeral(message, channel, pages)
        if message.replaces is not None and len(pages) == 1:
            updated = self._update(channel, message.replaces, pages[0])
            if updated is not None:
                return updated
        with self._lock:
            found = self._found.pop(message.outbox_id, {})
        ts: str | None = None
        for part, page in enumerate(pages):
            ts = found.get(part) or self._post(message, channel, page, part)
        return ts

    def find_delivered(self, message: Outgoing) -> str | None:
        if message.replaces is not None:
            return None  # an update is idempotent: doing it again is harmless
        if message.target.get(EPHEMERAL_USER):
            return None  # not in the history; shown twice at worst, to the one person
        channel = str(message.target["channel"])
        parts: dict[int, str] = {}
        for posted in self._history(channel, message.target.get("thread_ts")):
            meta = posted.get("metadata") or {}
            payload = meta.get("event_payload") or {}
            if meta.get("event_type") == METADATA_EVENT and _int(payload.get("outbox_id")) == (
                message.outbox_id
            ):
                parts[_int(payload.get("part"))] = str(posted["ts"])
        expected = len(render(message.reply, outbox_id=message.outbox_id))
        if parts and len(parts) >= expected:
            return parts[max(parts)]
        if parts:
            with self._lock:
                self._found[message.outbox_id] = parts
        return None

    # -- Slack calls --------------------------------------------------------------------

    def _post(self, message: Outgoing, channel: str, page: SlackMessage, part: int) -> str:
        arguments: dict[str, Any] = {
            "channel": channel,
            "text": page.text,
            "blocks": page.blocks,
            "unfurl_links": False,
            "unfurl_media": False,
            "metadata": {
                "event_type": METADATA_EVENT,
                "event_payload": {
                    "outbox_id": message.outbox_id,
                    "part": part,
                    # The dialog updates this message itself (a status card): a click on it
                    # must not take its buttons away.
                    "updatable": getattr(message.reply, "update_key", None) is not None,
                },
            },
        }
        thread_ts = message.target.get("thread_ts")
        if thread_ts:
            arguments["thread_ts"] = str(thread_ts)
        try:
            response = self._call(self.client.chat_postMessage, **arguments)
        except SlackApiError as exc:
            if _error(exc) not in _BAD_BLOCKS:
                raise
            log.error("outbox %s: Slack refused the blocks (%s)", message.outbox_id, _error(exc))
            metrics.ERRORS.labels(where="slack_render").inc()
            plain = paginate(page.text, [])[0]
            arguments.update(text=plain.text[:3000], blocks=None)
            response = self._call(self.client.chat_postMessage, **arguments)
        return str(response["ts"])

    def _post_ephemeral(
        self, message: Outgoing, channel: str, pages: list[SlackMessage]
    ) -> str | None:
        """A message only one user sees (chat.postEphemeral), e.g. the hint to someone acting
        in another person's thread. Slack keeps no copy, so there is nothing to update."""
        user = str(message.target[EPHEMERAL_USER])
        thread_ts = message.target.get("thread_ts")
        ts: str | None = None
        for page in pages:
            arguments: dict[str, Any] = {
                "channel": channel,
                "user": user,
                "text": page.text,
                "blocks": page.blocks,
            }
            if thread_ts:
                arguments["thread_ts"] = str(thread_ts)
            response = self._call(self.client.chat_postEphemeral, **arguments)
            ts = str(response.get("message_ts") or "") or None
        return ts

    def _update(self, channel: str, ts: str, page: SlackMessage) -> str | None:
        try:
            response = self._call(
                self.client.chat_update, channel=channel, ts=ts, text=page.text, blocks=page.blocks
            )
        except SlackApiError as exc:
            if _error(exc) in _NOT_UPDATABLE:
                return None
            raise
        return str(response.get("ts") or ts)

    def _history(self, channel: str, thread_ts: object) -> Iterator[Mapping[str, Any]]:
        cursor: str | None = None
        for _ in range(self.history_pages):
            if thread_ts:
                response = self._call(
                    self.client.conversations_replies,
                    channel=channel,
                    ts=str(thread_ts),
                    include_all_metadata=True,
                    limit=200,
                    cursor=cursor,
                )
            else:
                response = self._call(
                    self.client.conversations_history,
                    channel=channel,
                    include_all_metadata=True,
                    limit=200,
                    cursor=cursor,
                )
            yield from response.get("messages") or []
            cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
            if cursor is None:
                return

    @staticmethod
    def _call(method: Any, **arguments: Any) -> Any:
        """One Web API call, its failures translated into what the dispatcher understands."""
        try:
            return method(**arguments)
        except SlackApiError as exc:
            status = exc.response.status_code
            if status == 429:
                metrics.SLACK_RATE_LIMITED.inc()
                headers = {k.lower(): v for k, v in (exc.response.headers or {}).items()}
                retry_after = _float(headers.get("retry-after"), default=1.0)
                raise RetryLater(retry_after, "Slack rate limit") from exc
            if _error(exc) in _UNDELIVERABLE:
                raise Undeliverable(_error(exc)) from exc
            if status >= 500:
                metrics.ERRORS.labels(where="slack_api").inc()
            raise


def _error(exc: SlackApiError) -> str:
    data = exc.response.data
    return str(data.get("error") or "") if isinstance(data, dict) else ""


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return -1


def _float(value: object, *, default: float) -> float:
    try:
        return max(float(str(value)), 0.0)
    except ValueError:
        return default
