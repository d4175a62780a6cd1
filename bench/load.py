"""Load benchmark: ``onboard serve`` under many concurrent merchant conversations.

    .venv/bin/python bench/load.py [--conversations 100] [--seconds 30] [--channels 50]
                                   [--think 1.0] [--db sqlite|postgres|both]

Everything runs on 127.0.0.1: a fake Slack Web API (tests/slack/fake_slack.py, recording when
each bot message arrives), ``onboard serve`` as a subprocess (SQLite in a temporary directory;
PostgreSQL in a fresh schema of TEST_DATABASE_URL with ``--db postgres``), and signed Slack
event requests from this process. Three phases:

1. bare: a bolt app that only acks, on the same uvicorn + Starlette stack with the same
   signature check; ``--conversations`` senders post back to back for ``--seconds``. The
   upper bound of the HTTP side on this machine.
2. journeys: ``--conversations`` merchants walk the journey in bench/common/journey.py by
   typing (menu, contract inquiry with a number, methods, PGs, restart), each waiting for all
   replies of a step and thinking ``--think`` s before the next, for ``--seconds``. Slack lets
   a bot post about one message a second a channel and Onboard paces itself to that, so the
   conversations are spread over ``--channels`` support channels.
3. capacity: each merchant posts one whole journey back to back (waiting only for the ack),
   each in a channel of its own; throughput is turns processed (dialog run and committed)
   a second, compared with phase 1.

Then everything is delivered (bounded by ``--drain`` s) and checked exactly once. Prints
events/s, ack latency p50/p95/p99, message-to-reply latency p50/p99 and os.cpu_count().
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from bench.common import acktrace, server
from bench.common.calibrate import calibrate
from bench.common.journey import JOURNEY, Driver, Record, one_server
from bench.common.slack import BenchSlack, message_event, signed_headers
from bench.common.stats import ms, percentile
from bench.common.verify import backlog, check, drain
from bot.store.db import Database

MAX_EVENTS_PER_SENDER = 20_000
# Where ack_buckets keeps serve's CPU seconds (a key no histogram bucket has).
CPU_KEY = 1e-12  # a bound on the bare phase's loop, whatever the speed


async def bare_phase(slack: BenchSlack, args: argparse.Namespace, work: Path) -> float:
    proc = server.bare_bolt(slack.api_url, work / "bare.log")
    proc.start()
    acks: list[float] = []
    failed = 0
    counter = itertools.count()
    try:
        async with _client(args.conversations) as http:

            async def sender(i: int) -> None:
                nonlocal failed
                stop = time.monotonic() + args.seconds
                for _ in range(MAX_EVENTS_PER_SENDER):
                    if time.monotonic() >= stop:
                        return
                    n = next(counter)
                    ts = slack.user_ts()
                    body = message_event(
                        event_id=f"EvBare{n:08d}",
                        channel="C0BARE",
                        user=f"U0B{i:05d}",
                        text="안녕하세요",
                        ts=ts,
                        thread_ts=None,
                    )
                    started = time.monotonic()
                    try:
                        r = await http.post(
                            proc.url + "/slack/events", content=body, headers=signed_headers(body)
                        )
                        ok = r.status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    if ok:
                        acks.append(time.monotonic() - started)
                    else:
                        failed += 1

            started = time.monotonic()
            await asyncio.gather(*(sender(i) for i in range(args.conversations)))
            elapsed = time.monotonic() - started
    finally:
        proc.stop()
    rate = len(acks) / elapsed
    print(f"[bare bolt, ack only] {len(acks)} events in {elapsed:.1f}s = {rate:.0f} events/s")
    print(f"  ack latency {ms(acks)}; failed {failed}")
    return rate


async def ack_buckets(http: httpx.AsyncClient, url: str) -> dict[float, float]:
    """The server's own histograms, cumulative since it started: upper bound (s) -> count
    within it, of its acks (``onboard_ack_seconds{kind="http"}``, keys as they are) and of
    their inbox writes (``onboard_inbox_write_seconds``, keys negated)."""
    text = (await http.get(url + "/metrics")).text
    buckets: dict[float, float] = {}
    for line in text.splitlines():
        if line.startswith("process_cpu_seconds_total "):
            # The server's own CPU (user + system), under a key no bucket has.
            buckets[CPU_KEY] = float(line.split()[-1])
        for prefix, sign in (
            ('onboard_ack_seconds_bucket{kind="http"', 1.0),
            ("onboard_inbox_write_seconds_bucket{", -1.0),
        ):
            if line.startswith(prefix):
                bound = line.split('le="', 1)[1].split('"', 1)[0]
                value = float("inf") if bound == "+Inf" else float(bound)
                buckets[sign * value] = float(line.split()[-1])
    return buckets


def _p99(buckets: dict[float, float]) -> str:
    total = buckets.get(float("inf"), 0.0)
    bound = min(b for b, count in buckets.items() if count >= 0.99 * total)
    return "> the largest bucket" if bound == float("inf") else f"≤ {bound * 1000:g} ms"


def describe_acks(buckets: dict[float, float], since: dict[float, float] | None = None) -> str:
    """Server-side acks (what the driver measures includes this process's scheduling on the
    same two cores): share within each bound, and the bucket that holds the p99. ``since``:
    an earlier snapshot, to describe only the acks after it."""
    if since:
        buckets = {bound: count - since.get(bound, 0.0) for bound, count in buckets.items()}
        if CPU_KEY in buckets and CPU_KEY not in since:
            del buckets[CPU_KEY]
    cpu = buckets.pop(CPU_KEY, None)
    acks = {b: c for b, c in buckets.items() if b > 0}
    writes = {-b: c for b, c in buckets.items() if b < 0}
    total = acks.get(float("inf"), 0.0)
    if not total:
        return "server-side acks: no figures"
    within = ", ".join(
        f"≤{bound * 1000:.0f} ms {count / total:.1%}"
        for bound, count in sorted(acks.items())
        if bound in (0.01, 0.025, 0.05, 0.1, 0.5)
    )
    inbox = f"; inbox write p99 {_p99(writes)}" if writes.get(float("inf")) else ""
    # Serve's CPU a request (its acks, /metrics and /healthz; serve answers nothing else with
    # --workers): what a burst of acks costs the server's cores, load aside.
    per_ack = f"; serve CPU {cpu / total * 1000:.1f} ms an ack" if cpu is not None else ""
    return f"server-side acks (n={total:.0f}): {within}; p99 {_p99(acks)}{inbox}{per_ack}"


def _client(concurrency: int) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=concurrency * 2 + 10, max_keepalive_connections=None)
    return httpx.AsyncClient(timeout=30.0, limits=limits)


async def onboard_phases(
    slack: BenchSlack, args: argparse.Namespace, kind: str, bare_rate: float
) -> bool:
    n = args.conversations
    channels = [f"C0LOAD{i:03d}" for i in range(args.channels)]
    burst_channels = [f"C0BURST{i:04d}" for i in range(n)]
    base = os.environ.get("TEST_DATABASE_URL")
    with (
        server.workdir(f"onboard-load-{kind}-") as work,
        server.scratch_database(kind, work, base) as url,
    ):
        env = server.serve_env(url, slack.api_url, ["C0CALIB", *channels, *burst_channels], work)
        if args.workers:
            # serve stores and acks only; separate worker processes answer.
            env["ONBOARD_INLINE_PROCESSING"] = "false"
        server.migrate(env)
        trace = work / "acktrace.jsonl" if args.trace_acks else None
        if trace is not None:
            env["ONBOARD_ACK_TRACE"] = str(trace)
        module = "bench.common.acktrace" if trace is not None else None
        proc = server.onboard_serve(env, work / "serve.log", module=module)
        proc.start()
        workers = [server.onboard_worker(env, work / f"worker{i}.log") for i in range(args.workers)]
        for worker in workers:
            worker.start()
        db = Database(url, pool_size=2)
        try:
            return await _run_onboard(
                slack, args, kind, bare_rate, proc, db, channels, burst_channels, trace
            )
        finally:
            proc.stop()
            for worker in workers:
                worker.stop()
            db.dispose()
            if args.keep_logs:
                keep = Path(args.keep_logs)
                keep.mkdir(parents=True, exist_ok=True)
                log = keep / f"serve-{kind}.log"
                log.write_bytes((work / "serve.log").read_bytes())


async def _run_onboard(
    slack: BenchSlack,
    args: argparse.Namespace,
    kind: str,
    bare_rate: float,
    proc: server.Process,
    db: Database,
    channels: list[str],
    burst_channels: list[str],
    trace: Path | None = None,
) -> bool:
    n = args.conversations
    async with _client(n) as http:
        record = Record()
        driver = Driver(slack, http, one_server(proc.url), record=record, run_id=kind[0])
        expected = await calibrate(driver, db, "C0CALIB")
        print(
            f"[onboard serve, {kind}] journey of {len(JOURNEY)} typed steps; Slack messages "
            f"per step {list(expected.posts)} (calibrated on a quiet server)"
        )

        # -- phase 2: journeys, closed loop ----------------------------------------------
        journeys_from = time.time()
        # The calibration's acks and the server's start (its imports) are not the phase's.
        before_journeys = await ack_buckets(http, proc.url)
        stop_at = time.monotonic() + args.seconds

        async def merchant(i: int) -> None:
            while time.monotonic() < stop_at:
                await driver.journey(
                    i,
                    channels[i % len(channels)],
                    expected.posts,
                    think=args.think,
                    stop_at=stop_at,
                )

        started = time.monotonic()
        await asyncio.gather(*(merchant(i) for i in range(n)))
        elapsed = time.monotonic() - started
        events = len(record.sent)
        print(
            f"  journeys: {n} conversations over {len(channels)} support channels "
            f"({n / len(channels):.1f} a channel; Slack paces ~1 message/s a channel), "
            f"think {args.think}s"
        )
        print(
            f"    {events} events in {elapsed:.1f}s = {events / elapsed:.1f} events/s; "
            f"{record.journeys} whole journeys; {record.retries} retries; "
            f"replies timed out {len(record.timeouts)}"
        )
        print(f"    ack latency {ms(record.acks)}")
        after_journeys = await ack_buckets(http, proc.url)
        print(f"    {describe_acks(after_journeys, since=before_journeys)}")
        print(f"    message-to-reply latency {ms(record.first_reply, (50, 99))}")
        journey_acks = list(record.acks)
        if trace is not None:
            for line in acktrace.summarize(trace, journeys_from, time.time()):
                print(line)
        if args.no_capacity:
            return await _drain_and_check(db, slack, record, expected, args)

        # -- phase 3: capacity, open loop ------------------------------------------------
        before = len(record.sent)
        record.acks.clear()
        capacity_from = time.time()
        started = time.monotonic()
        await asyncio.gather(*(driver.journey(i, burst_channels[i], None) for i in range(n)))
        acked = time.monotonic() - started
        burst = len(record.sent) - before
        while backlog(db)[0] > 0 and time.monotonic() - started < args.drain:
            await asyncio.sleep(0.05)
        processed = time.monotonic() - started
        rate = burst / processed
        print(
            f"  capacity: {n} conversations post a whole journey back to back, each in its own "
            f"channel"
        )
        print(
            f"    {burst} events acked in {acked:.1f}s = {burst / acked:.0f} events/s; all "
            f"turns processed in {processed:.1f}s = {rate:.0f} turns/s"
        )
        print(f"    ack latency {ms(record.acks)}")
        print(f"    {describe_acks(await ack_buckets(http, proc.url), since=after_journeys)}")
        if bare_rate:
            print(
                f"    throughput vs bare bolt: {rate / bare_rate:.0%} (turns processed/s), "
                f"{burst / acked / bare_rate:.0%} (events acked/s)"
            )
        if trace is not None:
            for line in acktrace.summarize(trace, capacity_from, time.time()):
                print(line)
        all_acks = journey_acks + record.acks
        print(f"  ack p99 over both phases: {percentile(all_acks, 99) * 1000:.1f} ms")
        return await _drain_and_check(db, slack, record, expected, args)


async def _drain_and_check(
    db: Database, slack: BenchSlack, record: Record, expected: Any, args: argparse.Namespace
) -> bool:
    took = await drain(db, args.drain)
    print(f"  outbox drained in {took:.1f}s after the last phase (pacing: ~1 message/s a channel)")
    report = check(db, slack, record.sent, expected, unanswered=len(record.unanswered))
    for line in report.lines():
        print(line)
    return report.ok


async def paced_phase(slack: BenchSlack, args: argparse.Namespace, kind: str) -> None:
    """The acknowledgement path at a steady, realistic rate from one light sender: new
    conversations at ``--paced-rate`` a second while the answering goes on beside them. The
    closed-loop phases measure this machine's two cores shared by a hundred simulated
    merchants, a fake Slack and the server; this one measures the server."""
    if args.paced_rate <= 0:
        return
    base = os.environ.get("TEST_DATABASE_URL")
    channels = [f"C0PACE{i:03d}" for i in range(20)]
    with (
        server.workdir(f"onboard-paced-{kind}-") as work,
        server.scratch_database(kind, work, base) as url,
    ):
        env = server.serve_env(url, slack.api_url, channels, work)
        if args.workers:
            env["ONBOARD_INLINE_PROCESSING"] = "false"
        server.migrate(env)
        proc = server.onboard_serve(env, work / "serve.log")
        proc.start()
        workers = [server.onboard_worker(env, work / f"worker{i}.log") for i in range(args.workers)]
        for worker in workers:
            worker.start()
        acks: list[float] = []
        try:
            async with _client(2) as http:
                interval = 1.0 / args.paced_rate
                stop_at = time.monotonic() + args.seconds
                for n in itertools.count():
                    if time.monotonic() >= stop_at or n >= MAX_EVENTS_PER_SENDER:
                        break
                    ts = f"{1_800_000_000 + n}.000100"
                    body = message_event(
                        event_id=f"Ev{kind[0]}P{n:07d}",
                        channel=channels[n % len(channels)],
                        user=f"U0PACE{n:05d}",
                        text="안녕하세요",
                        ts=ts,
                        thread_ts=None,
                    )
                    started = time.monotonic()
                    response = await http.post(
                        proc.url + "/slack/events", content=body, headers=signed_headers(body)
                    )
                    if response.status_code == 200:
                        acks.append(time.monotonic() - started)
                    await asyncio.sleep(max(0.0, interval - (time.monotonic() - started)))
                side = describe_acks(await ack_buckets(http, proc.url))
        finally:
            proc.stop()
            for worker in workers:
                worker.stop()
        print(
            f"[onboard serve, {kind}] paced: {len(acks)} new conversations at "
            f"{args.paced_rate:g}/s while {args.workers or 'the server itself'} "
            f"{'workers answer' if args.workers else 'answers'}"
        )
        print(f"    ack latency {ms(acks)}")
        print(f"    {side}")


async def main_async(args: argparse.Namespace) -> int:
    slack = BenchSlack()
    slack.attach(asyncio.get_running_loop())
    print(
        f"os.cpu_count() = {os.cpu_count()}; {args.conversations} conversations; "
        f"{args.workers or 'no'} separate worker processes; "
        f"{args.seconds}s a phase; everything on 127.0.0.1"
    )
    ok = True
    try:
        bare_rate = 0.0
        if not args.no_bare:
            with server.workdir("onboard-bare-") as work:
                bare_rate = await bare_phase(slack, args, work)
        kinds = ["sqlite", "postgres"] if args.db == "both" else [args.db]
        for kind in kinds:
            if kind == "postgres" and not os.environ.get("TEST_DATABASE_URL"):
                print("[postgres] skipped: TEST_DATABASE_URL is not set")
                continue
            await paced_phase(slack, args, kind)
            ok = await onboard_phases(slack, args, kind, bare_rate) and ok
    finally:
        slack.close()
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conversations", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of phases 1 and 2")
    parser.add_argument("--channels", type=int, default=0, help="default: conversations / 2")
    parser.add_argument("--think", type=float, default=1.0, help="merchant's pause per step, s")
    parser.add_argument("--drain", type=float, default=180.0, help="bound on delivery at the end")
    default_db = "both" if os.environ.get("TEST_DATABASE_URL") else "sqlite"
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default=default_db)
    parser.add_argument("--keep-logs", help="copy the servers' logs into this directory")
    parser.add_argument(
        "--paced-rate",
        type=float,
        default=20.0,
        help="events/s of the paced phase (new conversations from one sender); 0 skips it",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="0: serve answers its own events (inline); N: serve only stores and acks, "
        "N `onboard worker` processes answer (ONBOARD_INLINE_PROCESSING=false)",
    )
    parser.add_argument("--no-bare", action="store_true", help="skip the bare bolt phase")
    parser.add_argument("--no-capacity", action="store_true", help="skip the capacity phase")
    parser.add_argument(
        "--trace-acks",
        action="store_true",
        help="trace where each ack's time goes in serve (bench/common/acktrace.py)",
    )
    args = parser.parse_args()
    args.conversations = max(1, min(args.conversations, 2000))
    args.seconds = max(1.0, min(args.seconds, 600.0))
    args.channels = args.channels or max(1, args.conversations // 2)
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
