"""CPU of one acknowledgement in ``onboard serve``, without HTTP sockets or other processes.

    .venv/bin/python -m bench.common.ackcpu [--db sqlite|postgres] [--acks 2000] [--profile]
                                            [--top 25] [--kinds message,mention,action]

Builds serve's real Starlette application (bolt app, listeners, engine; ``ONBOARD_INLINE_
PROCESSING=false``, as with separate workers) on a scratch database and calls it as ASGI, one
request at a time, with signed ``message`` events shaped like Slack's (bench/common/slack.py)
in fresh threads of 50 channels. Prints this process's CPU a request (``time.process_time``:
what a busy shared machine does not distort much), the wall time, and with ``--profile`` the
functions with the most cumulative and own time. The load generator, the network and the
event loop's scheduling under a burst are left out on purpose: this sizes serve's own work
an ack, the part a burst multiplies (bench/load.py measures the whole).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import os
import pstats
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select

from bench.common.server import scratch_database
from bench.common.slack import SIGNING_SECRET, message_event, signed_headers
from bot.app import build_services
from bot.commands.serve import settle_heap
from bot.config import Settings
from bot.http.app import SLACK_PATH, build_http_app
from bot.slack.app import attach_slack, build_bolt_app, build_client
from bot.store import migrate
from bot.store.db import Database
from bot.store.tables import InboundEvent
from tests.slack.fake_slack import BOT_TOKEN, TEAM, FakeSlack

CHANNELS = [f"C0BENCH{i:02d}" for i in range(50)]
AGENT = "U0AGENT"


def _message(i: int) -> tuple[bytes, dict[str, str]]:
    ts = f"{1_800_000_000 + i}.000100"
    body = message_event(
        event_id=f"Ev{i:08d}",
        channel=CHANNELS[i % len(CHANNELS)],
        user=f"U{i % 500:05d}",
        text="안녕하세요, 결제 연동 신청하려고 합니다",
        ts=ts,
        thread_ts=None,
    )
    return body, signed_headers(body, secret=SIGNING_SECRET)


def _action(i: int) -> tuple[bytes, dict[str, str]]:
    """A button in the thread of message ``i`` (the menu's first choice), as Slack posts it."""
    ts = f"{1_800_000_000 + i}.000100"
    channel = CHANNELS[i % len(CHANNELS)]
    payload = {
        "type": "block_actions",
        "user": {"id": f"U{i % 500:05d}", "team_id": TEAM},
        "team": {"id": TEAM},
        "channel": {"id": channel},
        "container": {"type": "message", "channel_id": channel, "thread_ts": ts},
        "message": {"ts": f"{1_800_000_000 + i}.000200", "thread_ts": ts, "text": "menu"},
        "trigger_id": f"trig-{i}",
        "actions": [
            {"action_id": "menu:contracts", "value": "menu:contracts", "action_ts": f"{i}.5"}
        ],
    }
    body = urlencode({"payload": json.dumps(payload)}).encode()
    return body, signed_headers(
        body, secret=SIGNING_SECRET, content_type="application/x-www-form-urlencoded"
    )


async def _call(app: Any, body: bytes, headers: dict[str, str]) -> int:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": SLACK_PATH,
        "raw_path": SLACK_PATH.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        + [(b"content-length", str(len(body)).encode())],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    sent = False
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.sleep(3600)
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])

    await app(scope, receive, send)
    return status


class GcPauses:
    """The garbage collector's pauses (``gc.callbacks``), by generation."""

    def __init__(self) -> None:
        self.pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses[info["generation"]].append(time.perf_counter() - self._started)

    def reset(self) -> None:
        for pauses in self.pauses.values():
            pauses.clear()

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)

    def summary(self, acks: int, *, frozen: bool) -> str:
        parts = []
        for generation, pauses in self.pauses.items():
            longest = max(pauses, default=0.0) * 1000
            parts.append(f"gen{generation} {len(pauses)} x, longest {longest:.1f} ms")
        total = sum(sum(p) for p in self.pauses.values()) / acks * 1000
        how = "start-up frozen" if frozen else "not frozen"
        tracked = len(gc.get_objects())
        return f"GC ({how}; {tracked} tracked): {'; '.join(parts)}; {total:.3f} ms an ack"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--acks", type=int, default=2000)
    parser.add_argument("--kinds", default="message", help="message and/or action, by comma")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--dump", type=Path, help="write the profile here (pstats format)")
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="leave start-up objects to the collector (serve freezes them: settle_heap)",
    )
    args = parser.parse_args()
    n = max(10, min(args.acks, 20_000))
    kinds = args.kinds.split(",")
    fake = FakeSlack()
    if args.db == "postgres" and not os.environ.get("TEST_DATABASE_URL"):
        raise SystemExit("--db postgres needs TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory(prefix="onboard-acks-") as tmp:
        work = Path(tmp)
        base_url = os.environ.get("TEST_DATABASE_URL")
        with closing(fake), scratch_database(args.db, work, base_url) as url:
            db = Database(url)
            migrate.upgrade(db)
            db.dispose()
            settings = Settings(
                SLACK_BOT_TOKEN=BOT_TOKEN,
                SLACK_SIGNING_SECRET=SIGNING_SECRET,
                SLACK_API_URL=fake.api_url,
                ONBOARD_SUPPORT_CHANNELS=",".join(CHANNELS),
                ONBOARD_AGENT_USERS=AGENT,
                ONBOARD_DATA_DIR=work,
                ONBOARD_INLINE_PROCESSING=False,
            )
            services = build_services(settings, database_url=url)
            client = build_client(settings)
            attach_slack(services, client)
            bolt, listeners = build_bolt_app(services, client)
            app = build_http_app(services, bolt)
            requests = []
            for i in range(n + 50):
                kind = kinds[i % len(kinds)]
                requests.append(_action(i) if kind == "action" else _message(i))

            async def run(batch: list[tuple[bytes, dict[str, str]]]) -> list[int]:
                return [await _call(app, body, headers) for body, headers in batch]

            if not args.no_freeze:
                settle_heap()
            pauses = GcPauses()
            loop = asyncio.new_event_loop()
            statuses = loop.run_until_complete(run(requests[:50]))  # warm-up
            pauses.reset()
            profile = cProfile.Profile()
            started, cpu = time.perf_counter(), time.process_time()
            if args.profile:
                profile.enable()
            statuses += loop.run_until_complete(run(requests[50:]))
            profile.disable()
            took, cpu = time.perf_counter() - started, time.process_time() - cpu
            pauses.stop()
            loop.close()
            with services.db.reading() as session:
                stored = session.scalar(select(func.count()).select_from(InboundEvent))
            listeners.close()
            services.close()
    bad = [s for s in statuses if s != 200]
    how = "under cProfile" if args.profile else "without a profiler"
    print(
        f"os.cpu_count() = {os.cpu_count()}; load average {os.getloadavg()[0]:.1f}; {args.db}; "
        f"{n} acks ({','.join(kinds)}) one at a time {how}: CPU {cpu / n * 1000:.2f} ms an ack, "
        f"wall {took / n * 1000:.2f} ms; inbox rows {stored}; non-200 answers {len(bad)}"
    )
    print(pauses.summary(n, frozen=not args.no_freeze))
    if args.profile:
        stats = pstats.Stats(profile)
        if args.dump:
            stats.dump_stats(args.dump)
        print(f"function calls an ack: {stats.total_calls / n:,.0f}")  # type: ignore[attr-defined]
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
