"""The database: one engine per process, one transaction per unit of work.

SQLite is the embedded default. There we take the write lock at BEGIN (``BEGIN IMMEDIATE``):
two turns of one conversation then serialize instead of one failing at commit; writers of one
process queue on a lock of their own first (see ``Database.__init__``). On PostgreSQL
conversations are locked row by row (``SELECT … FOR UPDATE``) and workers claim rows with
``SKIP LOCKED``.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from psycopg.types.json import Jsonb
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker


def normalize_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs (SQLAlchemy would pick psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # Durable against a crash of the process (the WAL is written at every commit), not
        # against one of the machine (the last commits may be lost): FULL would fsync every
        # commit, ~4 ms each on this disk, on every ack's write (docs/decisions.md).
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Checkpoints (copying the WAL into the database, with an fsync) are the worker's,
        # outside the writers' queue (``Database.checkpoint``): left to SQLite, the commit
        # that fills the WAL runs one while holding the write lock, and an ack waited for it.
        # This bound only keeps the WAL from growing without end where no worker runs.
        cursor.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_CHECKPOINT_PAGES}")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Readers need no write lock: in WAL mode they run beside the one writer.
        readonly = conn.get_execution_options().get(_READONLY, False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def _postgres_engine(url: str, pool_size: int, *, relaxed: bool = False) -> Engine:
    # Kept open, not closed when returned: a burst of acks larger than the pool used to open
    # (and close again) a connection each, 60 ms apiece on a busy machine. LIFO keeps the
    # connections in use hot and lets the others idle.
    engine = create_engine(url, pool_size=pool_size, max_overflow=10, pool_use_lifo=True)

    if relaxed:

        @event.listens_for(engine, "connect")
        def _relax(dbapi_conn: Any, _record: Any) -> None:
            # Commits on this connection do not wait for the WAL to reach the disk
            # (``Database.transaction(durable=False)``): set once a connection, for its life
            # (a session setting, outside any transaction), so that it costs no statement a
            # transaction. Not in the URL's ``options``, which may carry a search_path.
            cursor = dbapi_conn.cursor()
            cursor.execute(f"SET synchronous_commit TO {RELAXED_COMMIT}")
            cursor.close()
            dbapi_conn.commit()

    @event.listens_for(engine.pool, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info[_RETURNED_AT] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        # A connection idle for a while is checked before use (the server may have restarted
        # or dropped it); one in use a moment ago is not: SQLAlchemy's pre-ping cost a round
        # trip at every checkout, an ack's fourth. A connection that died meanwhile fails its
        # statement, and SQLAlchemy then invalidates the pool's older connections.
        returned = record.info.get(_RETURNED_AT)
        if returned is None or time.monotonic() - returned < PING_AFTER_IDLE:
            return
        try:
            cursor = dbapi_conn.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
            if not dbapi_conn.autocommit:
                dbapi_conn.rollback()
        except Exception as exc:
            raise DisconnectionError("idle connection is gone") from exc

    return engine


# Seconds a pooled PostgreSQL connection may idle before it is checked at its next checkout.
PING_AFTER_IDLE = 10.0
_RETURNED_AT = "onboard_returned_at"
# Connections a process keeps: `onboard serve` acknowledges in up to 40 threads at once
# (Starlette's thread pool); workers use one or two.
PG_POOL_SIZE = 40
# The relaxed pool (``durable=False``) serves a process's turns: one or two at a time.
RELAXED_POOL_SIZE = 4
# ``synchronous_commit`` of the relaxed pool's connections: the commit returns once its WAL
# record is in PostgreSQL's buffers; the WAL writer writes it within 3 × wal_writer_delay
# (600 ms by default), and any later durable commit flushes it first (the WAL is one log).
RELAXED_COMMIT = "off"
_READONLY = "onboard_readonly"
# SQLite checkpoints by itself only when the WAL reaches this many pages (4 KB each), ten
# times its default: the worker's checkpoints keep it well below that.
BACKSTOP_CHECKPOINT_PAGES = 10_000


class _WriterQueue:
    """The queue of a SQLite database's writers: threads of this process on a lock, and
    processes on an advisory lock of a file beside the database (``flock``: the kernel wakes a
    waiter when it is released, where SQLite's own busy handler naps and polls). Re-entrant
    within a thread, as a nested write would be (it would then wait on SQLite as before)."""

    def __init__(self, database: str | None) -> None:
        self._threads = threading.RLock()
        self._depth = 0
        self._owner: int | None = None
        self._fd: int | None = None
        if database and database != ":memory:":
            self._fd = os.open(f"{database}-writers.lock", os.O_RDWR | os.O_CREAT, 0o600)

    def held_here(self) -> bool:
        """Whether this thread holds the queue (is inside a write transaction)."""
        return self._owner == threading.get_ident()

    def __enter__(self) -> _WriterQueue:
        self._threads.acquire()
        self._owner = threading.get_ident()
        self._depth += 1
        if self._depth == 1 and self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX)
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                self._threads.release()
                raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._threads.release()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


T = TypeVar("T")


@dataclass
class _Write(Generic[T]):
    """One caller's short write, waiting to be committed with the others queued beside it."""

    work: Callable[[Session], T]
    done: threading.Event = field(default_factory=threading.Event)
    result: T | None = None
    error: BaseException | None = None
    # Set when the caller is handed the job of committing the next group.
    lead: bool = False
    finished: bool = False


class _GroupCommit:
    """Short writes of many threads committed together (SQLite): while one thread waits for
    the write lock, the others that arrive queue here, and the thread that gets the lock
    writes them all in its one transaction. Without it every acknowledgement waited for each
    one queued before it to take the lock (in turn behind the worker) and commit: under a
    burst the thread queue, not the insert, was the ack's time (docs/performance.md)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._mutex = threading.Lock()
        self._queue: list[_Write[Any]] = []
        self._leading = False

    def run(self, work: Callable[[Session], T]) -> T:
        mine: _Write[T] = _Write(work)
        with self._mutex:
            self._queue.append(mine)
            mine.lead = not self._leading
            self._leading = True
        while True:
            if mine.lead:
                self._commit_group()  # our own write is in the group we commit
            else:
                mine.done.wait()
            if mine.finished:
                break
            mine.done.clear()  # woken to lead the next group, which holds our write
        if mine.error is not None:
            raise mine.error
        return mine.result  # type: ignore[return-value]

    def _commit_group(self) -> None:
        group: list[_Write[Any]] = []
        try:
            with self._db.transaction() as session:
                # Taken once the lock is ours: everything that queued while we waited for it.
                with self._mutex:
                    group, self._queue = self._queue, []
                for write in group:
                    write.result = write.work(session)
        except BaseException as exc:  # the group's transaction failed: each caller hears it
            with self._mutex:
                if not group:  # it failed before taking the group (at BEGIN): fail them all
                    group, self._queue = self._queue, []
            for write in group:
                write.error = exc
        finally:
            with self._mutex:
                # The next group's first waiter leads it; nobody waiting: nobody leads.
                if self._queue:
                    self._queue[0].lead = True
                    self._queue[0].done.set()
                else:
                    self._leading = False
            for write in group:
                write.finished = True
                write.done.set()


class Database:
    def __init__(self, url: str, *, pool_size: int = PG_POOL_SIZE) -> None:
        self.url = normalize_url(url)
        if self.url.startswith("sqlite"):
            self.engine = _sqlite_engine(self.url)
        else:
            self.engine = _postgres_engine(self.url, pool_size)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time, and a writer that finds the lock taken sleeps and
        # polls (busy_timeout) with growing naps, unfairly: under a burst some acknowledgements
        # waited a second or more while a worker's transactions went ahead. Writers queue
        # instead, and are handed the lock as soon as it is free. PostgreSQL locks rows.
        self._writers: AbstractContextManager[object] = (
            _WriterQueue(make_url(self.url).database)
            if self.url.startswith("sqlite")
            else nullcontext()
        )
        # On PostgreSQL reads and the acknowledgement's one-statement write run in autocommit:
        # under READ COMMITTED (the default, used throughout) every statement sees a snapshot
        # of its own either way, so a transaction around them only added a BEGIN and a COMMIT,
        # two round trips of an ack's four (docs/performance.md, "Acks on PostgreSQL").
        readers = (
            {"isolation_level": "AUTOCOMMIT"}
            if self.url.startswith("postgresql")
            else {_READONLY: True}
        )
        self._readers = sessionmaker(
            self.engine.execution_options(**readers), expire_on_commit=False
        )
        self._groups = _GroupCommit(self) if self.url.startswith("sqlite") else None
        # PostgreSQL: a second pool whose commits do not wait for the WAL flush, for the
        # writes a crash of PostgreSQL may lose because they are redone from what is durable
        # (``transaction(durable=False)``). Connected on first use only: ``onboard serve``
        # with workers never opens it. SQLite has nothing of the kind (``synchronous=NORMAL``
        # already commits without an fsync).
        self._relaxed: sessionmaker[Session] | None = None
        self._relaxed_auto: sessionmaker[Session] | None = None
        self.relaxed_engine: Engine | None = None
        if self.url.startswith("postgresql"):
            self.relaxed_engine = _postgres_engine(self.url, RELAXED_POOL_SIZE, relaxed=True)
            self._relaxed = sessionmaker(self.relaxed_engine, expire_on_commit=False)
            self._relaxed_auto = sessionmaker(
                self.relaxed_engine.execution_options(isolation_level="AUTOCOMMIT"),
                expire_on_commit=False,
            )

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[Session]:
        """A session whose work commits at the end of the block, or rolls back on error.

        ``durable=False`` (PostgreSQL; the same as durable on SQLite): the commit does not
        wait for the WAL to reach the disk, so it neither waits for nor adds an fsync that
        acknowledgements (always durable) queue behind. A crash of PostgreSQL (not of this
        process) may lose the last such commits, never a durable one nor anything before it:
        only for writes that are redone from durable rows when lost and that nobody outside
        the database hears of before a durable commit follows them (docs/decisions.md,
        perf5: a turn's claim and commit, which the outbox's durable claim precedes every
        send of)."""
        if not durable and self._relaxed is not None:
            with self._relaxed() as session, session.begin():
                yield session
            return
        with self._writers, self._sessions() as session, session.begin():
            yield session

    def write_grouped(self, work: Callable[[Session], T], *, durable: bool = True) -> T:
        """Run ``work`` in a transaction, committed (on SQLite) together with the other
        threads' grouped writes queued at the same moment. For short writes on the
        acknowledgement path: if the group's commit fails, every write of it fails. On
        PostgreSQL, which locks rows, each runs in autocommit: ``work`` must be one statement
        (or statements each of which may commit alone)."""
        if self.is_postgres:
            # One statement, committed by itself (no BEGIN, no COMMIT: one round trip);
            # ``durable=False``: as ``transaction``'s.
            sessions = (
                self._readers if durable or self._relaxed_auto is None else self._relaxed_auto
            )
            with sessions() as session, session.begin():
                return work(session)
        if self._groups is None or (
            isinstance(self._writers, _WriterQueue) and self._writers.held_here()
        ):
            # A write nested in this thread's own write transaction would wait in a group
            # for a leader that waits for this thread's lock, for ever: alone, it fails
            # after SQLite's busy timeout instead, as any nested write does.
            with self.transaction() as session:
                return work(session)
        return self._groups.run(work)

    def execute_one(
        self, statement: str, params: Mapping[str, Any], *, json: tuple[str, ...] = ()
    ) -> tuple[Any, ...] | None:
        """PostgreSQL: one statement in autocommit on a pooled connection's driver, its first
        row. For the acknowledgement's insert: SQLAlchemy's session and statement execution
        around one round trip were ~60 % of serve's CPU an ack once bolt was out of the way
        (bench/common/ackcpu.py). ``statement`` is the driver's SQL (``%(name)s`` parameters)
        with values in the driver's types but for those named in ``json`` (a JSONB column's
        Python value, serialised as SQLAlchemy's ``JSONB`` does: ``json.dumps``). A lost
        connection is handled as SQLAlchemy handles it: this one and every older one of the
        pool are invalidated."""
        assert self.is_postgres, "execute_one is for PostgreSQL"
        if json:
            params = {k: Jsonb(v) if k in json else v for k, v in params.items()}
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.autocommit = True
            try:
                with driver.cursor() as cursor:
                    cursor.execute(statement, params)
                    row = cursor.fetchone()
                    return tuple(row) if row is not None else None
            finally:
                if not driver.closed:
                    driver.autocommit = False
        except self.engine.dialect.loaded_dbapi.Error as exc:
            if self.engine.dialect.is_disconnect(exc, raw.dbapi_connection, None):
                self.engine.pool._invalidate(raw, exc)
            raise
        finally:
            raw.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only. On SQLite it takes no write lock (a deferred BEGIN), so
        the acknowledgement path's look-ups never queue behind a turn being processed."""
        with self._readers() as session, session.begin():
            yield session

    def checkpoint(self) -> int:
        """Copy what the WAL holds into the database file (SQLite; nothing on PostgreSQL): a
        passive checkpoint, which takes no write lock and never waits for writers or readers,
        on a connection in autocommit outside the writers' queue. The pages copied."""
        if self._groups is None:
            return 0
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            row = cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            cursor.close()
        finally:
            raw.close()
        # (busy, pages in the WAL, pages checkpointed); -1s outside WAL mode (":memory:").
        return max(int(row[2]), 0) if row else 0

    def dispose(self) -> None:
        self.engine.dispose()
        if self.relaxed_engine is not None:
            self.relaxed_engine.dispose()
        if isinstance(self._writers, _WriterQueue):
            self._writers.close()
