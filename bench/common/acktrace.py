"""``onboard serve`` with every Slack request traced: where an acknowledgement's time goes.

Bench-only (``bench/load.py --trace-acks``): the product has no such hook. Run as
``python -m bench.common.acktrace serve --host ... --port ...`` with ``ONBOARD_ACK_TRACE``
naming a file; each request to ``/slack/events`` appends one JSON line:

- ``total``: the endpoint, as ``onboard_ack_seconds{kind="http"}`` times it;
- ``queued``: from handing bolt's dispatch to the thread pool to a thread running it
  (Starlette's ``run_in_threadpool``: anyio's limiter, 40 threads by default);
- ``pool``: waiting for a database connection (SQLAlchemy's pool, connecting included),
  ``connect`` of it opening new connections, ``ping`` the pre-ping of checkouts;
- ``sql``: statements (``n``, sum, the slowest with its first words), ``commit``;
- ``inflight``: requests in the server at the moment this one started, ``checked_out``:
  connections in use when this one asked for one.

``summarize`` turns the file into the histogram lines the bench prints.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_local = threading.local()
_lock = threading.Lock()
# Requests in the server now, and the trace file.
_state: dict[str, Any] = {"inflight": 0, "out": None}


def _record() -> dict[str, Any] | None:
    return getattr(_local, "record", None)


def _add(name: str, seconds: float) -> None:
    record = _record()
    if record is not None:
        record[name] = record.get(name, 0.0) + seconds


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _add(name, time.perf_counter() - started)

    return wrapper


def _install_database() -> None:
    from sqlalchemy import event

    from bot.store import db as store

    original = store.Database.__init__

    def init(self: Any, url: str, **kwargs: Any) -> None:
        original(self, url, **kwargs)
        engine = self.engine
        pool = engine.pool
        do_get = pool._do_get

        def traced_get() -> Any:
            record = _record()
            if record is not None:
                record["checked_out"] = max(
                    record.get("checked_out", 0), int(getattr(pool, "checkedout", lambda: 0)())
                )
            started = time.perf_counter()
            try:
                return do_get()
            finally:
                _add("pool", time.perf_counter() - started)

        pool._do_get = traced_get
        dialect = engine.dialect
        dialect.connect = _timed("connect", dialect.connect)
        dialect.do_ping = _timed("ping", dialect.do_ping)
        dialect.do_commit = _timed("commit", dialect.do_commit)
        dialect.do_rollback = _timed("rollback", dialect.do_rollback)

        @event.listens_for(engine, "before_cursor_execute")
        def before(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            _local.statement_started = time.perf_counter()

        @event.listens_for(engine, "after_cursor_execute")
        def after(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            record = _record()
            if record is None:
                return
            took = time.perf_counter() - getattr(_local, "statement_started", time.perf_counter())
            record["sql"] = record.get("sql", 0.0) + took
            record["n"] = record.get("n", 0) + 1
            if took > record.get("slowest", 0.0):
                record["slowest"] = took
                record["slowest_sql"] = " ".join(statement.split()[:4])

    store.Database.__init__ = init  # type: ignore[method-assign]


def _install_endpoint() -> None:
    from bot import metrics
    from bot.http import slack

    original_pool = getattr(slack, "run_in_threadpool")  # noqa: B009 - not exported
    original_timed = metrics.timed

    async def traced_threadpool(fn: Callable[..., Any], *args: Any) -> Any:
        record = _record()
        _local.record = None  # the event loop goes on with other requests
        handed = time.perf_counter()

        def run() -> Any:
            _local.record = record
            began = time.perf_counter()
            if record is not None:
                record["queued"] = began - handed
            try:
                return fn(*args)
            finally:
                _local.record = None
                if record is not None:
                    record["thread"] = time.perf_counter() - began

        return await original_pool(run)

    class _Timed:
        """``metrics.timed`` of the endpoint, which also opens and writes the request's record."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.inner = original_timed(*args, **kwargs)
            self.http = kwargs.get("kind") == "http"

        def __enter__(self) -> Any:
            if self.http:
                with _lock:
                    _state["inflight"] += 1
                    inflight = _state["inflight"]
                # On the event loop: the record is the thread's only until the first
                # await (the thread-pool hand-over takes it); this object keeps it after.
                self.record = _local.record = {"inflight": inflight, "at": time.time()}
                self.started = time.perf_counter()
            return self.inner.__enter__()

        def __exit__(self, *exc: Any) -> Any:
            result = self.inner.__exit__(*exc)
            if self.http:
                record = self.record
                record["total"] = time.perf_counter() - self.started
                # The event loop's own part: the checks before, and waiting to be resumed.
                record["loop"] = record["total"] - record.get("queued", 0) - record.get("thread", 0)
                _local.record = None
                with _lock:
                    _state["inflight"] -= 1
                    _state["out"].write(json.dumps(record) + "\n")
            return result

    setattr(slack, "run_in_threadpool", traced_threadpool)  # noqa: B010 - private name
    setattr(slack, "metrics", type("M", (), {"timed": _Timed, "ACK_SECONDS": metrics.ACK_SECONDS}))  # noqa: B010


def install(path: str) -> None:
    _state["out"] = open(path, "a", buffering=1)  # noqa: SIM115 - for the life of the process
    _install_database()
    _install_endpoint()


def summarize(path: Path, since: float = 0.0, until: float = float("inf")) -> list[str]:
    """Histogram lines of the requests traced between two ``time.time()`` moments."""
    rows = []
    for line in path.read_text().splitlines():
        record = json.loads(line)
        if since <= record.get("at", 0.0) < until:
            rows.append(record)
    if not rows:
        return ["  ack trace: no requests"]
    parts = (
        "total",
        "loop",
        "queued",
        "thread",
        "pool",
        "connect",
        "ping",
        "sql",
        "commit",
        "slowest",
    )
    lines = [f"  ack trace: {len(rows)} requests; ms p50 / p90 / p99 / max"]
    for part in parts:
        values = sorted(r.get(part, 0.0) * 1000 for r in rows)
        picks = [values[min(len(values) - 1, int(q * len(values)))] for q in (0.5, 0.9, 0.99)]
        lines.append(f"    {part:8s} " + " / ".join(f"{v:7.1f}" for v in [*picks, values[-1]]))
    slow = [r for r in rows if r["total"] > 0.05]
    lines.append(f"    over 50 ms: {len(slow)} ({len(slow) / len(rows):.1%})")
    if slow:
        for part in ("loop", "queued", "thread", "pool", "connect", "ping", "sql", "commit"):
            share = sum(r.get(part, 0.0) for r in slow) / sum(r["total"] for r in slow)
            lines.append(f"      of their time, {part}: {share:.0%}")
        connects = sum(1 for r in rows if r.get("connect"))
        lines.append(f"    requests that opened a connection: {connects}")
        inflight = sorted(r["inflight"] for r in slow)
        lines.append(
            f"      in flight when a slow one started: median {inflight[len(inflight) // 2]}"
        )
        checked = sorted(r.get("checked_out", 0) for r in slow)
        lines.append(f"      connections checked out at its checkout: max {checked[-1]}")
        worst = sorted(slow, key=lambda r: -r["total"])[:5]
        for r in worst:
            lines.append(
                "      worst: "
                + ", ".join(
                    f"{k} {r[k] * 1000:.0f}"
                    for k in ("total", "loop", "queued", "thread", "pool", "sql", "commit")
                    if k in r
                )
                + f"; {r.get('slowest_sql', '')}"
            )
    return lines


if __name__ == "__main__":
    from bot import cli

    install(os.environ["ONBOARD_ACK_TRACE"])
    sys.exit(cli.main(sys.argv[1:]))
