"""Fault benchmark: nothing lost, nothing doubled, whatever breaks.

    .venv/bin/python bench/faults.py [--slack-429] [--slack-500] [--kill] [--pg-restart]
                                     [--duplicates] [--replicas] [--conversations 20]

One scenario per flag (all of them without flags). Each starts ``onboard serve`` on
127.0.0.1 against the fake Slack Web API, has ``--conversations`` merchants type one whole
journey each (bench/common/journey.py; events are retried with the same event id until a
server answers 200, as Slack does), breaks something in the middle, lets everything drain,
and checks that every merchant message got exactly its answer and every outbox message
reached Slack exactly once (bench/common/verify.py).

* slack-429 / slack-500: chat.postMessage answers 429 (Retry-After: 2) / 500 for a while.
* kill: ``onboard serve`` is killed with SIGKILL mid-load and started again.
* pg-restart: the PostgreSQL under the server restarts mid-load. It is a private cluster
  started for this (bench/common/pgcluster.py), never the machine's shared one.
* duplicates: every event is delivered twice, both copies at once.
* replicas: two ``onboard serve`` on one PostgreSQL (the private cluster) receive every
  event of a conversation, concurrently.

SQLite for the first four by default (``--db postgres`` uses TEST_DATABASE_URL instead);
pg-restart and replicas always use the private cluster. Exit status 1 if a check failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from bench.common import server
from bench.common.calibrate import calibrate
from bench.common.journey import Driver, Record, Route
from bench.common.pgcluster import PrivateCluster
from bench.common.slack import BenchSlack
from bench.common.stats import ms
from bench.common.verify import check, drain
from bot.store.db import Database

# Long enough for a lease left by a killed sender (60 s) to run out and be recovered.
DRAIN_TIMEOUT = 240.0
Fault = Callable[[list[server.Process], BenchSlack, PrivateCluster | None], Awaitable[str]]


async def _later(delay: float, fault: Fault, *args: object) -> str:
    await asyncio.sleep(delay)
    return await fault(*args)  # type: ignore[arg-type]


async def slack_outage(status: int) -> Fault:
    async def fault(procs: list[server.Process], slack: BenchSlack, pg: object) -> str:
        seconds = 5.0
        slack.outage("chat.postMessage", status, seconds, retry_after=2)
        await asyncio.sleep(seconds)
        return (
            f"chat.postMessage answered {status} for {seconds:.0f}s "
            f"({slack.outages.served['chat.postMessage']} calls refused)"
        )

    return fault


async def kill_and_restart(procs: list[server.Process], slack: BenchSlack, pg: object) -> str:
    procs[0].kill()
    killed = time.monotonic()
    await asyncio.sleep(1.0)
    await asyncio.to_thread(procs[0].start)
    return f"SIGKILL, restarted after {time.monotonic() - killed:.1f}s"


async def restart_postgres(
    procs: list[server.Process], slack: BenchSlack, pg: PrivateCluster | None
) -> str:
    assert pg is not None
    started = time.monotonic()
    await asyncio.to_thread(pg.restart)
    return f"private PostgreSQL restarted (fast) in {time.monotonic() - started:.1f}s"


async def nothing(procs: list[server.Process], slack: BenchSlack, pg: object) -> str:
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
    replicas: int = 1,
    route: Callable[[list[server.Process]], Route] = first_only,
) -> bool:
    print(f"[{name}]")
    with ExitStack() as stack:
        work = stack.enter_context(server.workdir(f"onboard-fault-{name}-"))
        pg: PrivateCluster | None = None
        if private_pg:
            pg = PrivateCluster(args.pg_port)
            stack.callback(pg.stop)
            pg.start()
            kind, base = "postgres", pg.url
        else:
            kind, base = args.db, os.environ.get("TEST_DATABASE_URL")
        url = stack.enter_context(server.scratch_database(kind, work, base))
        channels = [f"C0FLT{i:03d}" for i in range(max(1, args.conversations // 2))]
        env = server.serve_env(url, slack.api_url, ["C0CALIB", *channels], work)
        server.migrate(env)
        procs = [server.onboard_serve(env, work / f"serve{i}.log") for i in range(replicas)]
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
            what = asyncio.create_task(_later(delay, fault, procs, slack, pg))
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
        return report.ok and not record.timeouts


async def main_async(args: argparse.Namespace) -> int:
    chosen = [s for s in SCENARIOS if getattr(args, s.replace("-", "_"))] or list(SCENARIOS)
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
    "duplicates": lambda s, a: scenario("duplicates", s, a, fault=nothing, route=duplicate_route),
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
    args = parser.parse_args()
    args.conversations = max(1, min(args.conversations, 500))
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
