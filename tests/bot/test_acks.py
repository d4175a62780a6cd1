"""Acks never wait on answering: a turn's dialog runs outside the write lock, and its commit
is checked against the conversation's state version (computed again on a conflict)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, select, text, update
from sqlalchemy.exc import OperationalError

from bot.app import Services
from bot.store.tables import Conversation, InboundEvent
from dialogs.ports import Ports
from dialogs.replies import TextReply
from dialogs.router import Result
from dialogs.state import ConversationState
from dialogs.turns import Turn
from tests.fakes import FakeFaq
from tests.harness import Chat, build_test_services


def fake_ports(*_args: Any) -> Ports:
    return Ports(faq=FakeFaq(), now=datetime.now)


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, ports=fake_ports)
    yield built
    built.close()


class SlowDialog:
    """Counts turns; "slow" waits until released (a long dialog), "race" lets another
    writer change the conversation while it computes (once)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.release = threading.Event()
        self.running = threading.Event()
        self.calls: list[str] = []

    def respond(self, state: ConversationState, turn: Turn, ports: Ports) -> Result:
        self.calls.append(turn.text)
        if turn.text == "slow":
            self.running.set()
            self.release.wait(10)
        if turn.text == "race" and self.calls.count("race") == 1:
            with self.services.db.transaction() as session:  # another turn committed meanwhile
                session.execute(update(Conversation).values(version=Conversation.version + 1))
        new = state.model_copy(update={"misunderstood": state.misunderstood + 1})
        return Result(state=new, replies=[TextReply(text=str(new.misunderstood))])

    def greeting(self, state: ConversationState, ports: Ports) -> Result:
        return Result(state=state)


def test_an_ack_does_not_wait_for_a_turn_being_answered(services: Services) -> None:
    dialog = SlowDialog(services)
    services.engine.dialog = dialog  # type: ignore[assignment]
    chat = Chat(services)
    answering = threading.Thread(target=services.engine.handle, args=(chat.turn("slow"),))
    answering.start()
    try:
        assert dialog.running.wait(10)
        started = time.monotonic()
        assert services.engine.accept(chat.turn("meanwhile"))  # the ack's one write
        took = time.monotonic() - started
    finally:
        dialog.release.set()
        answering.join(10)
    assert took < 2.0  # before: queued behind the turn's write lock until it finished
    services.engine.process(chat.key)
    services.dispatcher.deliver_all()
    assert [m.reply.fallback() for m in chat.sender.sent] == ["1", "2"]


def test_a_turn_computed_from_a_stale_state_is_computed_again(services: Services) -> None:
    dialog = SlowDialog(services)
    services.engine.dialog = dialog  # type: ignore[assignment]
    chat = Chat(services)
    assert chat.say("first") == "1"
    assert chat.say("race") == "2"  # computed twice, committed once
    assert dialog.calls == ["first", "race", "race"]
    with services.db.transaction() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.state["misunderstood"] == 2
        # One bump by "first", one by the other writer, one by "race".
        assert conversation.version == 3
        assert set(session.scalars(select(InboundEvent.status))) == {"done"}


def _hold_the_write_lock(services: Services) -> tuple[threading.Thread, threading.Event]:
    """Another writer (a worker's commit) holding SQLite's write lock until released."""
    holding, release = threading.Event(), threading.Event()

    def writer() -> None:
        with services.db.transaction() as session:
            session.execute(update(Conversation).values(version=Conversation.version))
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    assert holding.wait(10)
    return thread, release


def _wait_queued(services: Services, writes: int) -> None:
    """Until ``writes`` grouped writes wait for the lock (threads start late on a busy
    machine; a fixed sleep made the grouping depend on the load)."""
    groups = services.db._groups
    assert groups is not None
    deadline = time.monotonic() + 10
    while len(groups._queue) < writes and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(groups._queue) == writes


def test_acks_that_wait_together_are_committed_together(services: Services) -> None:
    if not services.db.url.startswith("sqlite"):
        pytest.skip("PostgreSQL locks rows: each ack is its own transaction")
    chat = Chat(services)
    turns = [chat.turn(f"m{i}") for i in range(12)]
    commits: list[int] = []
    event.listen(services.db.engine, "commit", lambda _conn: commits.append(1))
    writer, release = _hold_the_write_lock(services)
    outcomes: list[tuple[str, bool]] = []
    lock = threading.Lock()

    def ack(turn: Turn) -> None:
        accepted = services.engine.accept(turn)
        with lock:
            outcomes.append((turn.event_id, accepted))

    threads = [threading.Thread(target=ack, args=(t,)) for t in turns + turns]
    for thread in threads:
        thread.start()
    _wait_queued(services, 24)  # they all queue behind the writer
    assert not outcomes  # stored before acknowledged: nobody answered while the lock was held
    release.set()
    writer.join(10)
    for thread in threads:
        thread.join(10)
    assert len(outcomes) == 24
    # Every event stored once: one of its two deliveries is told it is new, the other not.
    assert sorted(e for e, accepted in outcomes if accepted) == sorted(t.event_id for t in turns)
    with services.db.reading() as session:
        assert len(session.scalars(select(InboundEvent.id)).all()) == 12
    # The writer's commit and the acks' own: two groups at most (the first waiter leads the
    # first, whoever queued while it waited for the lock is in it or in the next), not 24.
    assert 2 <= len(commits) <= 3


def test_a_failed_group_fails_each_of_its_writes_and_the_next_group_goes_on(
    services: Services,
) -> None:
    db = services.db
    chat = Chat(services)
    chat.say("hello")  # a conversation for the good write to mark
    writer, release = _hold_the_write_lock(services)
    errors: list[BaseException] = []

    def boom(_session: Any) -> bool:
        raise RuntimeError("the group's transaction fails")

    def write(work: Any) -> None:
        try:
            db.write_grouped(work)
        except RuntimeError as exc:
            errors.append(exc)

    def mark(session: Any) -> None:
        session.execute(update(Conversation).values(status="marked"))

    threads = [threading.Thread(target=write, args=(work,)) for work in (boom, mark)]
    for thread in threads:
        thread.start()
    if db.url.startswith("sqlite"):
        _wait_queued(services, 2)
    else:
        time.sleep(0.2)
    release.set()
    writer.join(10)
    for thread in threads:
        thread.join(10)
    if db.url.startswith("sqlite"):
        # Both waited in one group: the good write failed with the bad one, and said so.
        assert len(errors) == 2
        with db.reading() as session:  # and was rolled back with it
            assert "marked" not in set(session.scalars(select(Conversation.status)))
    else:
        assert len(errors) == 1  # PostgreSQL: each its own transaction
    # Nobody is left leading a group that never ends: the next write goes through.
    assert services.engine.accept(chat.turn("after"))


def test_commits_leave_checkpoints_to_the_worker(services: Services) -> None:
    """A commit that fills SQLite's WAL used to copy it into the database (a checkpoint with
    an fsync) holding the write lock, so an ack could wait for it; the worker does it now."""
    db = services.db
    if not db.url.startswith("sqlite"):
        pytest.skip("SQLite's WAL")
    path = Path(db.url.removeprefix("sqlite:///"))
    with db.transaction() as session:
        session.execute(text("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)"))
    before = path.stat().st_size
    for _ in range(1600):  # ~1,600 pages of 4 KB, over SQLite's default 1,000-page threshold
        with db.transaction() as session:
            session.execute(text("INSERT INTO filler (body) VALUES (:b)"), {"b": "x" * 4000})
    # Nothing copied by the commits: the rows are in the WAL only.
    assert path.stat().st_size - before < 1_000_000
    assert Path(f"{path}-wal").stat().st_size > 6_000_000
    services.worker.run_once()
    assert path.stat().st_size - before > 6_000_000  # the worker's checkpoint copied them


def test_a_grouped_write_nested_in_a_write_fails_instead_of_hanging(services: Services) -> None:
    """A thread inside its own write transaction that asks for a grouped write while another
    thread leads a group (waiting for this thread's lock) would wait for that leader for
    ever, and every ack after it would queue behind; it fails after the busy timeout, as any
    nested write on SQLite does, and the group goes on once the transaction ends."""
    db = services.db
    if not db.url.startswith("sqlite"):
        pytest.skip("SQLite's writer queue")
    db.engine.dispose()  # new connections, with a short busy timeout for this test
    event.listen(
        db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=200")
    )
    chat = Chat(services)
    led: list[bool] = []
    nested: list[BaseException] = []
    inside = threading.Event()
    proceed = threading.Event()

    def holder() -> None:
        with db.transaction() as session:
            session.execute(update(Conversation).values(version=Conversation.version))
            inside.set()
            assert proceed.wait(10)
            try:
                db.write_grouped(lambda s: s.execute(text("SELECT 1")))
            except OperationalError as exc:  # "database is locked": its own lock
                nested.append(exc)

    holding = threading.Thread(target=holder)
    holding.start()
    assert inside.wait(10)
    leader = threading.Thread(target=lambda: led.append(services.engine.accept(chat.turn("x"))))
    leader.start()
    _wait_queued(services, 1)  # the leader waits for the holder's lock
    proceed.set()
    holding.join(10)
    leader.join(10)
    assert not holding.is_alive() and not leader.is_alive()
    assert len(nested) == 1
    assert led == [True]


def test_an_ack_on_postgresql_is_one_round_trip(services: Services) -> None:
    """The inbox insert runs in autocommit: no BEGIN, no COMMIT (each was a round trip, and
    under a burst one more wait for the server and for the GIL; docs/performance.md, "Acks
    on PostgreSQL, third round"); and it goes to the driver directly (SQLAlchemy's session
    around it was most of an ack's CPU: "Acks without bolt", ibid.)."""
    if not services.db.is_postgres:
        pytest.skip("SQLite: acks commit in groups (test above)")
    chat = Chat(services)
    chat.services.engine.accept(chat.turn("warm the pool"))
    sent: list[str] = []
    commands: list[bytes] = []
    # What psycopg sends of its own (BEGIN, COMMIT) goes through ``_exec_command``.
    base = type(_raw_connection(services)).__mro__[1]
    original = base._exec_command
    execute = psycopg.Cursor.execute

    def counting(self: Any, command: Any, *args: Any, **kwargs: Any) -> Any:
        commands.append(bytes(command))
        return original(self, command, *args, **kwargs)

    def statement(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        sent.append(str(query))
        return execute(self, query, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(base, "_exec_command", counting)
        patch.setattr(psycopg.Cursor, "execute", statement)
        assert services.engine.accept(chat.turn("one statement"))
    assert [s.split()[0] for s in sent] == ["INSERT"]
    assert commands == []  # no BEGIN, no COMMIT


def test_the_direct_insert_stores_what_the_orm_would(services: Services) -> None:
    """PostgreSQL's ack writes its SQL itself (``_ACCEPT_SQL``): the row read back through the
    ORM is the turn, pending, no attempt, received now; a second delivery is refused; and the
    turn is then answered as any other."""
    if not services.db.is_postgres:
        pytest.skip("SQLite acks go through insert_ignore")
    chat = Chat(services)
    turn = chat.turn('안녕하세요, "quoted" text \\ and a backslash')
    assert services.engine.accept(turn)
    assert not services.engine.accept(turn)
    with services.db.reading() as session:
        row = session.scalars(
            select(InboundEvent).where(InboundEvent.event_id == turn.event_id)
        ).one()
        assert row.turn == turn.model_dump(mode="json")
        assert Turn.model_validate(row.turn) == turn
        assert (row.status, row.attempts, row.claimed_until) == ("pending", 0, None)
        assert row.received_at.tzinfo is not None
        assert row.conversation_key == turn.conversation_key
    assert services.engine.process(turn.conversation_key) == 1


def _raw_connection(services: Services) -> Any:
    raw = services.db.engine.raw_connection()
    try:
        return raw.driver_connection
    finally:
        raw.close()


def test_a_pooled_connection_that_died_while_idle_is_replaced(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No ping for a connection used a moment ago, but one idle for a while is checked at
    checkout: a server that dropped it (restarted, idle timeout) costs no failed ack."""
    if not services.db.is_postgres:
        pytest.skip("SQLite has no server to lose")
    from bot.store import db as store

    chat = Chat(services)
    with services.db.reading() as session:
        pid = session.scalar(text("SELECT pg_backend_pid()"))
    other = store.Database(services.db.url, pool_size=1)
    try:
        with other.transaction() as session:
            session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        other.dispose()
    monkeypatch.setattr(store, "PING_AFTER_IDLE", 0.0)
    assert services.engine.accept(chat.turn("after the server dropped the connection"))


def test_a_lost_server_fails_one_direct_insert_and_the_pool_is_renewed(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ack's insert on the driver (``Database.execute_one``) handles a lost connection as
    SQLAlchemy would: the failing ack is answered with an error (Slack retries it), and every
    older pooled connection is replaced, so the next acks do not fail one by one."""
    if not services.db.is_postgres:
        pytest.skip("SQLite has no server to lose")
    from bot.store import db as store

    monkeypatch.setattr(store, "PING_AFTER_IDLE", 3600.0)  # no checkout ping to hide it
    chat = Chat(services)
    held = [services.db.engine.raw_connection() for _ in range(3)]
    pids = []
    for raw in held:
        cursor = raw.cursor()
        cursor.execute("SELECT pg_backend_pid()")
        pids.append(cursor.fetchone()[0])
        cursor.close()
        raw.rollback()
    for raw in held:
        raw.close()  # back in the pool, three connections to be lost
    other = store.Database(services.db.url, pool_size=1)
    try:
        with other.transaction() as session:
            for pid in pids:
                session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        other.dispose()
    with pytest.raises(psycopg.OperationalError):
        services.engine.accept(chat.turn("on a lost connection"))
    # Every connection the pool hands out now is a new one (three at once: the older ones,
    # dead, would fail here if the pool kept them).
    again = [services.db.engine.raw_connection() for _ in range(3)]
    try:
        for raw in again:
            cursor = raw.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
            raw.rollback()
    finally:
        for raw in again:
            raw.close()
    assert services.engine.accept(chat.turn("after the loss"))
