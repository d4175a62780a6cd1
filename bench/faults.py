"""Fault benchmark: nothing lost, nothing doubled, whatever breaks.

    .venv/bin/python bench/faults.py [--slack-429] [--slack-500] [--kill] [--pg-restart]
                                     [--pg-crash] [--duplicates] [--replicas] [--poison]
                                     [--conversations 20] [--workers N]

One scenario per flag (all of them without flags). Each starts ``onboard serve`` on
127.0.0.1 against the fake Slack Web API, has ``--conversations`` merchants type one whole
journey each (bench/common/journey.py; events are retried with the same event id until a
server answers 200, as Slack does), breaks something in the middle, lets everything drain,
and checks that every merchant message got exactly its answer and every outbox message
reached Slack exactly once (bench/common/verify.py).

* slack-429 / slack-500: chat.postMessage answers 429 (Retry-After: 2) / 500 for a while.
* kill: ``onboard serve`` is killed with SIGKILL mid-send (the fake Slack sits on
  chat.postMessage for a moment first) and started again. Reports the longest stall the kill
  caused for the other threads of a channel whose message was in flight (target <= 5 s).
* poison: one merchant's message kills the process that handles it, every time
  (bench/common/poisoned.py); a supervisor restarts the server after each death. It must be
  given up after the attempts cap: one apology in its thread, one card for the agents, and
  every other conversation answered exactly once.
* pg-restart: the PostgreSQL under the server restarts mid-load. It is a private cluster
  started for this (bench/common/pgcluster.py), never the machine's shared one.
* pg-crash: the private PostgreSQL crashes mid-load (immediate shutdown: the WAL in its
  buffers is lost, as the workers' commits that do not wait for the flush may be) and
  recovers; reports whether WAL inserted before the crash was lost.
* duplicates: every event is delivered twice, both copies at once.
* replicas: two ``onboard serve`` on one PostgreSQL (the private cluster) receive every
  event of a conversation, concurrently.

SQLite for the first four by default (``--db postgres`` uses TEST_DATABASE_URL instead);
pg-restart, pg-crash and replicas always use the private cluster. Exit status 1 if a check failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
from sqlalchemy import select

from bench.common import server
from bench.common.calibrate import calibrate
from bench.common.journey import Driver, Record, Route
from bench.common.pgcluster import PrivateCluster
from bench.common.poisoned import POISON
from bench.common.slack import TEAM, BenchSlack, Held, message_event
from bench.common.stats import ms
from bench.common.verify import check, drain
from bot.outbox import lane_of
from bot.queue import UNDELIVERED
from bot.store.db import Database
from bot.store.tables import InboundEvent, OutboxMessage
from dialogs.texts import INTERNAL_ERROR
from knowledge.language import Lang

# Long enough for a poison message to use up its attempts, and leases to run out.
DRAIN_TIMEOUT = 240.0
AGENTS_CHANNEL = "C0AGENTS"


@dataclass
class Stage:
    """What a fault may touch, and what it found out for the report."""

    procs: list[server.Process]
    slack: BenchSlack
    pg: PrivateCluster | None
    db: Database
    driver: Driver
    channels: list[str]
    ok: bool = True
    after_drain: Callable[[], list[str]] | None = None


Fault = Callable[[Stage], Awaitable[str]]


async def _later(delay: float, fault: Fault, stage: Stage) -> str:
    await asyncio.sleep(delay)
    return await fault(stage)


async def slack_outage(status: int) -> Fault:
    async def fault(stage: Stage) -> str:
        seconds = 5.0
        stage.slack.outage("chat.postMessage", status, seconds, retry_after=2)
        await asyncio.sleep(seconds)
        return (
            f"chat.postMessage answered {status} for {seconds:.0f}s "
            f"({stage.slack.outages.served['chat.postMessage']} calls refused)"
        )

    return fault


async def kill_and_restart(stage: Stage) -> str:
    slack, proc = stage.slack, stage.procs[0]
    # Sends of the next moment are held by the fake Slack for 2 s: the kill lands mid-send.
    slack.slow(delay=2.0, seconds=1.0)
    await asyncio.sleep(0.8)
    proc.kill()
    killed = time.monotonic()
    in_flight = [h for h in slack.held if h.since + slack.slow_delay > killed]
    waiting = await asyncio.to_thread(_waiting_behind, stage.db, in_flight)
    await asyncio.sleep(1.0)
    await asyncio.to_thread(proc.start)
    ready = time.monotonic()
    stage.after_drain = lambda: _stall_lines(slack, in_flight, waiting, killed, ready)
    return (
        f"SIGKILL with {len(in_flight)} chat.postMessage in flight, restarted after "
        f"{ready - killed:.1f}s"
    )


def _waiting_behind(db: Database, in_flight: list[Held]) -> dict[int, str]:
    """Outbox rows waiting, at the kill, in other threads of the channels whose message was
    in flight: outbox id -> channel."""
    channels = {h.channel for h in in_flight}
    lanes = {lane_of("slack", {"channel": h.channel, "thread_ts": h.thread_ts}) for h in in_flight}
    with db.reading() as session:
        rows = session.execute(
            select(OutboxMessage.id, OutboxMessage.lane, OutboxMessage.target).where(
                OutboxMessage.status.in_(UNDELIVERED)
            )
        ).all()
    return {
        row_id: str(target.get("channel"))
        for row_id, lane, target in rows
        if target.get("channel") in channels and lane not in lanes
    }


def _stall_lines(
    slack: BenchSlack, in_flight: list[Held], waiting: dict[int, str], killed: float, ready: float
) -> list[str]:
    first_post: dict[int, float] = {}
    for posted in slack.posted:
        # Outbox ids start again in each scenario's database: only what arrived after the kill.
        if posted.at >= killed:
            first_post.setdefault(posted.outbox_id, posted.at)
    lines = []
    held = [first_post[h.outbox_id] - ready for h in in_flight if h.outbox_id in first_post]
    if held:
        lines.append(
            f"  in-flight messages (their own threads) settled {max(held):.1f}s after restart "
            "(delivered by the dead sender's call, or found by find_delivered after the lease)"
        )
    by_channel: dict[str, float] = {}
    for outbox_id, channel in waiting.items():
        if outbox_id in first_post:
            at = first_post[outbox_id]
            by_channel[channel] = min(by_channel.get(channel, at), at)
    if not by_channel:
        lines.append("  stall for other threads: no other thread of those channels was waiting")
        return lines
    worst = max(by_channel.values())
    lines.append(
        f"  stall for other threads of the {len(by_channel)} channels hit: longest "
        f"{worst - ready:.1f}s after the restart ({worst - killed:.1f}s after the kill, "
        f"which includes {ready - killed:.1f}s of restart); target <= 5 s"
    )
    return lines


async def poison(stage: Stage) -> str:
    """A poison message in a thread of its own; the server restarted after every death."""
    proc, channel = stage.procs[0], stage.channels[0]
    ts = stage.slack.user_ts()
    event_id = "EvPOISON0000001"
    body = message_event(
        event_id=event_id, channel=channel, user="U0POISON1", text=POISON, ts=ts, thread_ts=None
    )
    posting = asyncio.create_task(stage.driver.post(body, 0))
    deaths, deadline = 0, time.monotonic() + 180
    status, attempts = "pending", 0
    while time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        if proc.proc is not None and proc.proc.poll() is not None:
            deaths += 1
            # A supervisor's restart; it may die again while starting (its worker recovered
            # the poison before /healthz answered): counted on the next round.
            with contextlib.suppress(RuntimeError):
                await asyncio.to_thread(proc.start)
            continue
        with contextlib.suppress(Exception):  # the database may be busy with the recovery
            status, attempts = await asyncio.to_thread(_inbox_row, stage.db, event_id)
        if status in ("failed", "done"):
            break
    await posting
    key = f"slack:{TEAM}:{channel}:{ts}"
    stage.after_drain = lambda: _poison_lines(stage, ts, key, status, attempts, deaths)
    return f"poison message: {deaths} deaths, then {status} after {attempts} attempts"


def _inbox_row(db: Database, event_id: str) -> tuple[str, int]:
    with db.reading() as session:
        row = session.execute(
            select(InboundEvent.status, InboundEvent.attempts).where(
                InboundEvent.event_id == event_id
            )
        ).first()
    return (str(row[0]), int(row[1])) if row else ("missing", 0)


def _poison_lines(
    stage: Stage, ts: str, key: str, status: str, attempts: int, deaths: int
) -> list[str]:
    replies = [m for m in stage.slack.bot_messages(stage.channels[0]) if m.get("thread_ts") == ts]
    apologies = [m for m in replies if INTERNAL_ERROR(Lang.KO) in json.dumps(m, ensure_ascii=False)]
    cards = [
        m
        for m in stage.slack.bot_messages(AGENTS_CHANNEL)
        if key in json.dumps(m, ensure_ascii=False)
    ]
    ok = status == "failed" and len(replies) == 1 and len(apologies) == 1 and len(cards) == 1
    stage.ok = stage.ok and ok
    return [
        f"  poison check: {'OK' if ok else 'FAILED'}: inbox {status} after {attempts} attempts "
        f"({deaths} deaths); replies in its thread {len(replies)} (apologies "
        f"{len(apologies)}); agents' cards about it {len(cards)}"
    ]


async def restart_postgres(stage: Stage) -> str:
    assert stage.pg is not None
    started = time.monotonic()
    await asyncio.to_thread(stage.pg.restart)
    return f"private PostgreSQL restarted (fast) in {time.monotonic() - started:.1f}s"


async def crash_postgres(stage: Stage) -> str:
    """PostgreSQL crashes mid-load, ``CRASHES`` times (its WAL writer slowed, so that relaxed
    commits wait in its buffers: docs/decisions.md, perf5), each time at a moment when WAL is
    in its buffers only, and recovers: what the crash lost of the workers' commits is redone
    from the durable inbox, and no reply is lost or doubled."""
    assert stage.pg is not None
    pg = stage.pg
    told: list[str] = []
    for n in range(CRASHES):
        if n:
            await asyncio.sleep(CRASH_EVERY)
        # Wait (a little) for WAL that only the buffers hold, then crash at once.
        deadline = time.monotonic() + CRASH_EVERY
        inserted, written = await asyncio.to_thread(pg.wal_positions)
        while inserted == written and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
            inserted, written = await asyncio.to_thread(pg.wal_positions)
        started = time.monotonic()
        await asyncio.to_thread(pg.crash)
        took = time.monotonic() - started
        recovered = pg.recovered_up_to()
        if recovered is None:
            lost = "the end of the recovered WAL is not in the log"
        elif recovered < inserted:
            lost = (
                f"WAL lost: recovery ended {inserted - recovered} bytes before the last insert seen"
            )
        else:
            lost = "no WAL inserted before the crash was lost"
        told.append(
            f"crash {n + 1}: {inserted - written} bytes of WAL only in the buffers just before; "
            f"{lost}; recovered in {took:.1f}s"
        )
    return "private PostgreSQL crashed (immediate) and recovered; " + "; ".join(told)


# The crash fault: how many crashes, seconds apart.
CRASHES = 3
CRASH_EVERY = 3.0


async def nothing(stage: Stage) -> str:
    return "no fault injected; the delivery itself is the fault"


def duplicate_route(procs: list[server.Process]) -> Route:
    return lambda n, body: [procs[0].url, procs[0].url]


def both_replicas(procs: list[server.Process]) -> Route:
    # Every event to both replicas at once; which one answers first varies per event.
    return lambda n, body: [p.url for p in (procs if n % 2 else procs[::-1])]


def first_only(procs: list[server.Process]) -> Route:
    return lambda n, body: [procs[0].url]


async def scenario(
    name: str,
    slack: BenchSlack,
    args: argparse.Namespace,
    *,
    fault: Fault,
    delay: float = 4.0,
    private_pg: bool = False,
    pg_settings: dict[str, str] | None = None,
    replicas: int = 1,
    route: Callable[[list[server.Process]], Route] = first_only,
    module: str | None = None,
) -> bool:
    print(f"[{name}]")
    with ExitStack() as stack:
        work = stack.enter_context(server.workdir(f"onboard-fault-{name}-"))
        pg: PrivateCluster | None = None
        base: str | None
        if private_pg:
            pg = PrivateCluster(args.pg_port, settings=pg_settings)
            stack.callback(pg.stop)
            pg.start()
            kind, base = "postgres", pg.url
        else:
            kind, base = args.db, os.environ.get("TEST_DATABASE_URL")
        url = stack.enter_context(server.scratch_database(kind, work, base))
        channels = [f"C0FLT{i:03d}" for i in range(max(1, args.conversations // 2))]
        env = server.serve_env(url, slack.api_url, ["C0CALIB", *channels], work)
        if args.workers:
            # serve only stores and acknowledges (events without bolt's dispatch), workers answer.
            env["ONBOARD_INLINE_PROCESSING"] = "false"
        server.migrate(env)
        for i in range(args.workers):
            worker = server.onboard_worker(env, work / f"worker{i}.log")
            stack.callback(worker.stop)
            worker.start()
        procs = [
            server.onboard_serve(env, work / f"serve{i}.log", module=module)
            for i in range(replicas)
        ]
        for proc in procs:
            stack.callback(proc.stop)
            proc.start()
        db = Database(url, pool_size=2)
        stack.callback(db.dispose)
        limits = httpx.Limits(max_connections=args.conversations * 4 + 10)
        async with httpx.AsyncClient(timeout=10.0, limits=limits) as http:
            record = Record()
            driver = Driver(slack, http, route(procs), record=record, run_id=name[:3])
            # Calibrated on the first replica, before any fault.
            calibration = Driver(slack, http, first_only(procs), run_id=f"c{name[:2]}")
            expected = await calibrate(calibration, db, "C0CALIB")
            started = time.monotonic()
            load = asyncio.gather(
                *(
                    driver.journey(i, channels[i % len(channels)], expected.posts, think=0.3)
                    for i in range(args.conversations)
                )
            )
            stage = Stage(procs, slack, pg, db, driver, channels)
            what = asyncio.create_task(_later(delay, fault, stage))
            await load
            print(f"  fault: {await what}")
            took = await drain(db, DRAIN_TIMEOUT)
            print(
                f"  {len(record.sent)} events, {record.journeys} journeys in "
                f"{time.monotonic() - started:.1f}s; {record.retries} retried posts; "
                f"statuses {dict(sorted(record.statuses.items()))}; drained {took:.1f}s"
            )
            print(f"  ack latency {ms(record.acks)}")
            report = check(db, slack, record.sent, expected, unanswered=len(record.unanswered))
        if record.timeouts:
            print(f"  replies that did not come within the wait: {len(record.timeouts)}")
        for line in report.lines():
            print(line)
        for line in stage.after_drain() if stage.after_drain else []:
            print(line)
        return report.ok and stage.ok and not record.timeouts


async def main_async(args: argparse.Namespace) -> int:
    chosen = [s for s in SCENARIOS if getattr(args, s.replace("-", "_"))] or list(SCENARIOS)
    if args.workers and "poison" in chosen:
        # Its poison kills the process that answers in serve (bench/common/poisoned.py).
        print(
            "poison: skipped with --workers (the poisoned process is serve, which does not answer)"
        )
        chosen.remove("poison")
    slack = BenchSlack()
    slack.attach(asyncio.get_running_loop())
    print(
        f"os.cpu_count() = {os.cpu_count()}; {args.conversations} conversations a scenario; "
        f"scenarios: {', '.join(chosen)}"
    )
    results: dict[str, bool] = {}
    try:
        for name in chosen:
            try:
                results[name] = await SCENARIOS[name](slack, args)
            except Exception as exc:  # a broken scenario must not hide the others' results
                print(f"  scenario failed to run: {exc!r}")
                results[name] = False
    finally:
        slack.close()
    print("summary: " + ", ".join(f"{k} {'OK' if v else 'FAILED'}" for k, v in results.items()))
    return 0 if all(results.values()) else 1


SCENARIOS: dict[str, Callable[[BenchSlack, argparse.Namespace], Awaitable[bool]]] = {
    "slack-429": lambda s, a: _outage("slack-429", 429, s, a),
    "slack-500": lambda s, a: _outage("slack-500", 500, s, a),
    "kill": lambda s, a: scenario("kill", s, a, fault=kill_and_restart),
    "pg-restart": lambda s, a: scenario(
        "pg-restart", s, a, fault=restart_postgres, private_pg=True
    ),
    "pg-crash": lambda s, a: scenario(
        "pg-crash",
        s,
        a,
        fault=crash_postgres,
        private_pg=True,
        # The WAL writer's longest sleep: relaxed commits stay in the buffers until an ack's
        # durable commit (or a full buffer) writes them, so a crash finds some there.
        pg_settings={"wal_writer_delay": "10s"},
    ),
    "duplicates": lambda s, a: scenario("duplicates", s, a, fault=nothing, route=duplicate_route),
    "poison": lambda s, a: scenario(
        "poison", s, a, fault=poison, delay=2.0, module="bench.common.poisoned"
    ),
    "replicas": lambda s, a: scenario(
        "replicas", s, a, fault=nothing, private_pg=True, replicas=2, route=both_replicas
    ),
}


async def _outage(name: str, status: int, slack: BenchSlack, args: argparse.Namespace) -> bool:
    return await scenario(name, slack, args, fault=await slack_outage(status), delay=2.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name in SCENARIOS:
        parser.add_argument(f"--{name}", action="store_true")
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--pg-port", type=int, default=55432, help="the private cluster's port")
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="0: serve answers its own events; N: N `onboard worker` answer "
        "(ONBOARD_INLINE_PROCESSING=false; poison is skipped)",
    )
    args = parser.parse_args()
    args.conversations = max(1, min(args.conversations, 500))
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
