"""What an ack's durable commit waits for while workers commit beside it (PostgreSQL).

    TEST_DATABASE_URL=postgresql://… .venv/bin/python -m bench.common.walflush [--seconds 10]
        [--rounds 2] [--ackers 8] [--workers 2] [--rate 100] [--turns 100]

In a fresh schema, ``--ackers`` threads insert one row each in autocommit (the ack's one
statement, always ``synchronous_commit = on``) at ``--rate`` inserts a second in all, while
``--workers`` threads commit ``--turns`` turn-shaped transactions a second (a claim's update in
autocommit, then a transaction that updates a conversation and inserts an outbox row and a
transcript line), either durable (``on``) or relaxed (``off``, docs/decisions.md perf5).
Rounds alternate the two modes; each prints the ack insert's latency and the workers'
commits a second. No HTTP, no dialog: the WAL flush and the server are what is measured.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import uuid

import psycopg

from bench.common.stats import ms

SCHEMA_SQL = """
CREATE TABLE inbox (id bigserial PRIMARY KEY, event_id text UNIQUE, body jsonb, status text);
CREATE TABLE conv (id int PRIMARY KEY, version int, state jsonb);
CREATE TABLE outbox (id bigserial PRIMARY KEY, conv int, body jsonb);
CREATE TABLE lines (id bigserial PRIMARY KEY, conv int, text text);
"""
BODY = '{"text": "안녕하세요", "user": "U0000001", "channel": "C0000001", "ts": "1.000100"}'


def _connect(url: str, schema: str, synchronous: str) -> psycopg.Connection[tuple[object, ...]]:
    conn = psycopg.connect(url, options=f"-csearch_path={schema}", autocommit=True)
    conn.execute(f"SET synchronous_commit TO {synchronous}")
    return conn


def _acker(url: str, schema: str, stop: float, interval: float, out: list[float]) -> None:
    with _connect(url, schema, "on") as conn:
        next_at = time.monotonic()
        while (now := time.monotonic()) < stop:
            if now < next_at:
                time.sleep(next_at - now)
            next_at += interval
            started = time.perf_counter()
            conn.execute(
                "INSERT INTO inbox (event_id, body, status) VALUES (%s, %s, 'pending')"
                " ON CONFLICT (event_id) DO NOTHING RETURNING id",
                (uuid.uuid4().hex, BODY),
                prepare=True,
            )
            out.append(time.perf_counter() - started)


def _worker(
    url: str, schema: str, mode: str, stop: float, interval: float, me: int, done: list[int]
) -> None:
    with _connect(url, schema, mode) as conn:
        conn.execute("INSERT INTO conv VALUES (%s, 0, '{}') ON CONFLICT DO NOTHING", (me,))
        n = 0
        next_at = time.monotonic()
        while (now := time.monotonic()) < stop:
            if now < next_at:
                time.sleep(next_at - now)
            next_at += interval
            conn.execute(
                "UPDATE inbox SET status = 'running' WHERE id = (SELECT max(id) FROM inbox)"
            )
            with conn.transaction():
                conn.execute(
                    "UPDATE conv SET version = version + 1, state = %s WHERE id = %s", (BODY, me)
                )
                conn.execute("INSERT INTO outbox (conv, body) VALUES (%s, %s)", (me, BODY))
                conn.execute("INSERT INTO lines (conv, text) VALUES (%s, 'reply')", (me,))
            n += 1
        done.append(n)


def one_round(url: str, schema: str, mode: str, args: argparse.Namespace) -> None:
    stop = time.monotonic() + args.seconds
    acks: list[float] = []
    done: list[int] = []
    threads = [
        threading.Thread(target=_acker, args=(url, schema, stop, args.ackers / args.rate, acks))
        for _ in range(args.ackers)
    ] + [
        threading.Thread(
            target=_worker,
            args=(
                url,
                schema,
                mode,
                stop,
                args.workers / args.turns if args.turns > 0 else 0.0,
                i,
                done,
            ),
        )
        for i in range(args.workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(
        f"  workers' synchronous_commit={mode:3}: ack insert {ms(acks)}; "
        f"worker commits {sum(done) / args.seconds:.0f}/s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=2, help="pairs of rounds (on, off)")
    parser.add_argument("--ackers", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rate", type=float, default=100.0, help="ack inserts a second")
    parser.add_argument(
        "--turns", type=float, default=100.0, help="worker commits a second (0: back to back)"
    )
    args = parser.parse_args()
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        print("TEST_DATABASE_URL is not set")
        return 1
    schema = f"walflush_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            with _connect(url, schema, "on") as conn:
                for statement in SCHEMA_SQL.strip().split(";\n"):
                    conn.execute(statement)
            print(
                f"os.cpu_count() = {os.cpu_count()}; {args.ackers} ackers at {args.rate:g}/s, "
                f"{args.workers} workers at {args.turns:g} turns/s; {args.seconds:g}s a round"
            )
            for n in range(args.rounds):
                # Alternated, and the first mode of a pair alternates too.
                modes = ("on", "off") if n % 2 == 0 else ("off", "on")
                for mode in modes:
                    one_round(url, schema, mode, args)
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
