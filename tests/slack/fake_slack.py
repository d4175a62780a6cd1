"""A local fake of Slack's Web API: a small threaded HTTP server on 127.0.0.1.

It records every call, keeps the messages posted (with their metadata, so that
``conversations.replies`` can be read back), serves files, and answers 429 (with
``Retry-After``) or 500 on demand. ``SLACK_API_URL`` = ``fake.api_url`` points a client at it.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlparse

BOT_TOKEN = "xoxb-test-token"
TEAM = "T0TEAM"
BOT_USER = "U0BOT"
BOT_ID = "B0BOT"
# The content type marking a file that redirects (see ``add_redirect``).
REDIRECT = "test/redirect"
LOGIN_PAGE = b"<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in</body></html>"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    authorized: bool


@dataclass
class Failure:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    # Calls that still succeed before this failure.
    after: int = 0


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        # channel -> messages in the order posted (users' and the bot's).
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.files: dict[str, tuple[bytes, str]] = {}
        self.failures: dict[str, list[Failure]] = {}
        self.lock = threading.Lock()
        self._ts = itertools.count(1)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- set-up -------------------------------------------------------------------------

    def next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.000100"

    def fail(
        self, method: str, status: int = 429, *, retry_after: int | None = None, after: int = 0
    ) -> None:
        """The next call of ``method`` (after ``after`` good ones) answers ``status``."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        body = b'{"ok": false, "error": "ratelimited"}' if status == 429 else b"Internal error"
        with self.lock:
            self.failures.setdefault(method, []).append(Failure(status, headers, body, after))

    def add_redirect(self, file_id: str, location: str) -> str:
        """A file whose download answers 302 to ``location``."""
        return self.add_file(file_id, location.encode(), REDIRECT)

    def add_file(self, file_id: str, data: bytes, content_type: str = "image/png") -> str:
        """Serve ``data`` as a file; returns its url_private_download."""
        self.files[file_id] = (data, content_type)
        return f"{self.base_url}/files-pri/{TEAM}-{file_id}/download"

    def record_user_message(self, channel: str, message: dict[str, Any]) -> None:
        with self.lock:
            self.messages.setdefault(channel, []).append(message)

    # -- reading what the bot did -------------------------------------------------------

    def called(self, method: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def bot_messages(self, channel: str, thread_ts: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [
                m
                for m in self.messages.get(channel, [])
                if m.get("bot_id") == BOT_ID
                and (thread_ts is None or m.get("thread_ts") == thread_ts)
            ]

    # -- the API ------------------------------------------------------------------------

    def api(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return {"ok": False, "error": "unknown_method"}
        result: dict[str, Any] = handler(args)
        return result

    def _auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://acme.slack.com/",
            "team": "Acme",
            "user": "onboard",
            "team_id": TEAM,
            "user_id": BOT_USER,
            "bot_id": BOT_ID,
        }

    def _chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        channel = str(args.get("channel"))
        if channel.startswith("CGONE"):
            return {"ok": False, "error": "channel_not_found"}
        message = {
            "type": "message",
            "ts": self.next_ts(),
            "channel": channel,
            "text": args.get("text", ""),
            "blocks": args.get("blocks") or [],
            "user": BOT_USER,
            "bot_id": BOT_ID,
        }
        if args.get("thread_ts"):
            message["thread_ts"] = args["thread_ts"]
        if args.get("metadata"):
            message["metadata"] = args["metadata"]
        self.record_user_message(channel, message)
        return {"ok": True, "channel": channel, "ts": message["ts"], "message": message}

    def _chat_postEphemeral(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        # Shown to one user and kept by nobody: recorded as a call only, never in ``messages``.
        return {"ok": True, "message_ts": self.next_ts()}

    def ephemerals(self, user: str) -> list[dict[str, Any]]:
        """What the bot showed ``user`` alone (chat.postEphemeral), oldest first."""
        return [c.args for c in self.called("chat.postEphemeral") if c.args.get("user") == user]

    def _chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel"))
        with self.lock:
            for message in self.messages.get(channel, []):
                if message["ts"] == args.get("ts"):
                    message["text"] = args.get("text", "")
                    message["blocks"] = args.get("blocks") or []
                    message["edited"] = True
                    return {"ok": True, "channel": channel, "ts": message["ts"]}
        return {"ok": False, "error": "message_not_found"}

    def _views_open(self, args: dict[str, Any]) -> dict[str, Any]:
        view = dict(args.get("view") or {})
        return {"ok": True, "view": {**view, "id": f"V{len(self.called('views.open'))}"}}

    def _conversations_replies(self, args: dict[str, Any]) -> dict[str, Any]:
        channel, thread = str(args.get("channel")), str(args.get("ts"))
        with self.lock:
            found = [
                self._shown(m, args)
                for m in self.messages.get(channel, [])
                if m["ts"] == thread or m.get("thread_ts") == thread
            ]
        return {"ok": True, "messages": found, "has_more": False}

    def _conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel"))
        with self.lock:
            found = [
                self._shown(m, args)
                for m in reversed(self.messages.get(channel, []))
                if not m.get("thread_ts") or m["thread_ts"] == m["ts"]
            ]
        return {"ok": True, "messages": found, "has_more": False}

    def _files_info(self, args: dict[str, Any]) -> dict[str, Any]:
        file_id = str(args.get("file"))
        if file_id not in self.files:
            return {"ok": False, "error": "file_not_found"}
        url = f"{self.base_url}/files-pri/{TEAM}-{file_id}/download"
        return {"ok": True, "file": {"id": file_id, "url_private_download": url}}

    @staticmethod
    def _shown(message: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        # Slack returns metadata only when asked for it.
        include = str(args.get("include_all_metadata")).lower() in ("1", "true")
        return message if include else {k: v for k, v in message.items() if k != "metadata"}


def _handler(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: pytest shows what matters

        def do_GET(self) -> None:
            parsed = urlparse(self.path)
            if parsed.path.startswith("/files-pri/"):
                self._file(parsed.path)
            else:
                self._api(parsed.path, dict(parse_qsl(parsed.query)))

        def do_POST(self) -> None:
            parsed = urlparse(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8") if length else ""
            args: dict[str, Any] = dict(parse_qsl(parsed.query))
            if "json" in (self.headers.get("Content-Type") or ""):
                args.update(json.loads(raw or "{}"))
            else:
                args.update(dict(parse_qsl(raw)))
            for name in ("blocks", "metadata", "view"):
                if isinstance(args.get(name), str):
                    args[name] = json.loads(args[name])
            self._api(parsed.path, args)

        def _authorized(self) -> bool:
            return self.headers.get("Authorization") == f"Bearer {BOT_TOKEN}"

        def _api(self, path: str, args: dict[str, Any]) -> None:
            method = path.removeprefix("/api/")
            with fake.lock:
                fake.calls.append(Call(method, args, self._authorized()))
                queued = fake.failures.get(method) or []
                failure = None
                if queued and queued[0].after > 0:
                    queued[0].after -= 1
                elif queued:
                    failure = queued.pop(0)
            if failure is not None:
                self._send(failure.status, failure.body, "application/json", failure.headers)
                return
            if not self._authorized():
                body = {"ok": False, "error": "invalid_auth"}
            else:
                body = fake.api(method, args)
            self._send(200, json.dumps(body).encode(), "application/json; charset=utf-8")

        def _file(self, path: str) -> None:
            file_id = path.split("/")[2].removeprefix(f"{TEAM}-")
            with fake.lock:
                fake.calls.append(Call("files.download", {"file": file_id}, self._authorized()))
            if not self._authorized() or file_id not in fake.files:
                # Slack's answer to a download it will not serve: its login page, status 200.
                self._send(200, LOGIN_PAGE, "text/html; charset=utf-8")
                return
            data, content_type = fake.files[file_id]
            if content_type == REDIRECT:
                self._send(302, b"", "text/plain", {"Location": data.decode()})
                return
            self._send(200, data, content_type)

        def _send(
            self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


def buttons(message: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(block, element) for every button of a message."""
    for block in message.get("blocks") or []:
        for element in block.get("elements") or []:
            if element.get("type") == "button":
                yield block, element
