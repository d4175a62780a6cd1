"""Which commits wait for the WAL to reach the disk (PostgreSQL): the ack's insert and the
outbox's always; a turn's claim and commit do not (``Database.transaction(durable=False)``),
because a crash of PostgreSQL that loses them is redone from the durable inbox before any of
their replies can leave (docs/decisions.md, perf5)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text

from bench.common.pgcluster import WAL_SEGMENT_BYTES, PrivateCluster
from bot.app import Services
from bot.store.db import Database
from bot.store.tables import Conversation
from dialogs.ports import Ports
from tests.fakes import FakeFaq
from tests.harness import Chat, build_test_services


def fake_ports(*_args: Any) -> Ports:
    return Ports(faq=FakeFaq(), now=datetime.now)


@pytest.fixture
def services(db_url: str, tmp_path: Path, db: Any) -> Iterator[Services]:
    built = build_test_services(db_url, tmp_path, ports=fake_ports)
    yield built
    built.close()


def _setting(session: Any, name: str) -> str:
    return str(session.execute(text(f"SHOW {name}")).scalar_one())


def test_only_relaxed_writes_skip_the_wal_flush_on_postgresql(db: Database) -> None:
    if not db.is_postgres:
        pytest.skip("PostgreSQL only: SQLite has no per-commit durability setting")
    with db.transaction() as session:
        assert _setting(session, "synchronous_commit") == "on"
        search_path = _setting(session, "search_path")
    with db.reading() as session:
        assert _setting(session, "synchronous_commit") == "on"
    assert db.write_grouped(lambda s: _setting(s, "synchronous_commit")) == "on"
    with db.transaction(durable=False) as session:
        assert _setting(session, "synchronous_commit") == "off"
        # The relaxed pool connects as the other does (the test's schema comes in the URL).
        assert _setting(session, "search_path") == search_path
    relaxed = db.write_grouped(lambda s: _setting(s, "synchronous_commit"), durable=False)
    assert relaxed == "off"
    # Returned to the pool and taken again: still relaxed; the durable pool still durable.
    with db.transaction(durable=False) as session:
        assert _setting(session, "synchronous_commit") == "off"
    with db.transaction() as session:
        assert _setting(session, "synchronous_commit") == "on"


def test_a_relaxed_transaction_commits_and_rolls_back_as_any(db: Database) -> None:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    row = {
        "transport": "test",
        "address": {"channel": "C1"},
        "user_id": "U1",
        "state": {},
        "status": "active",
        "version": 0,
        "created_at": now,
        "updated_at": now,
    }
    with db.transaction(durable=False) as session:
        session.add(Conversation(key="kept", **row))

    def failing() -> None:
        with db.transaction(durable=False) as session:
            session.add(Conversation(key="rolled-back", **row))
            session.flush()
            raise RuntimeError("the work failed")

    with pytest.raises(RuntimeError):
        failing()
    with db.reading() as session:
        assert list(session.scalars(select(Conversation.key))) == ["kept"]


class _Commits:
    """The statements each pool ran and the commits it made, while recording."""

    def __init__(self, engines: dict[str, Engine]) -> None:
        self.statements: list[tuple[str, str]] = []
        self.recording = False
        for name, engine in engines.items():
            event.listen(engine, "before_cursor_execute", self._listener(name))

    def _listener(self, name: str) -> Any:
        def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if self.recording:
                self.statements.append((name, " ".join(statement.split()[:3])))

        return record

    def writes(self, pool: str) -> list[str]:
        return [s for p, s in self.statements if p == pool and not s.startswith("SELECT")]


def test_a_turn_commits_relaxed_and_its_reply_leaves_after_a_durable_claim(
    services: Services,
) -> None:
    """The order that makes a relaxed turn safe: the outbox claims the reply in a durable
    commit before sending it, and a durable commit flushes every commit before it."""
    db = services.db
    if not db.is_postgres:
        pytest.skip("PostgreSQL only")
    assert db.relaxed_engine is not None
    commits = _Commits({"durable": db.engine, "relaxed": db.relaxed_engine})
    chat = Chat(services)
    commits.recording = True
    turn = chat.turn("hello")
    assert services.engine.accept(turn)  # the ack: on the driver, durable (below)
    services.engine.process(turn.conversation_key)
    relaxed = commits.writes("relaxed")
    durable_before_send = commits.writes("durable")
    services.dispatcher.deliver_all()
    commits.recording = False
    assert chat.sender.sent, "the turn's reply was delivered"
    # The claim, the conversation's creation and the turn's commit: all relaxed.
    assert any(s.startswith("UPDATE inbound_events") for s in relaxed)
    assert any(s.startswith("INSERT INTO conversations") for s in relaxed)
    assert any(s.startswith("INSERT INTO outbox") for s in relaxed)
    assert durable_before_send == []  # nothing of the turn was durable by itself
    # The reply was claimed (and settled) on the durable pool before and after its send.
    outbox = [s for s in commits.writes("durable") if s.split()[:2] == ["UPDATE", "outbox"]]
    assert len(outbox) >= 2  # claimed (sending), then settled (sent)
    assert not any(s.startswith("UPDATE outbox") for s in commits.writes("relaxed"))


def test_the_ack_insert_commits_durably(services: Services) -> None:
    """The ack's one statement runs on the durable pool's driver (Slack never retries an
    acknowledged event), whose connections keep ``synchronous_commit`` on."""
    db = services.db
    if not db.is_postgres:
        pytest.skip("PostgreSQL only")
    assert db.relaxed_engine is not None
    taken: list[tuple[str, str]] = []

    def checkout(name: str) -> Any:
        def record(dbapi_conn: Any, *_args: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("SHOW synchronous_commit")
            taken.append((name, str(cursor.fetchone()[0])))
            cursor.close()
            dbapi_conn.rollback()

        return record

    event.listen(db.engine.pool, "checkout", checkout("durable"))
    event.listen(db.relaxed_engine.pool, "checkout", checkout("relaxed"))
    chat = Chat(services)
    assert services.engine.accept(chat.turn("stored"))
    assert taken == [("durable", "on")]


def test_the_crash_fault_reads_where_recovery_found_the_end_of_the_wal(tmp_path: Path) -> None:
    """bench/faults.py --pg-crash tells a crash that lost WAL from one that did not by where
    recovery stopped (read from the server's log) against the WAL inserted before."""
    cluster = PrivateCluster.__new__(PrivateCluster)
    cluster.log = tmp_path / "pg.log"
    cluster.log.write_text("LOG:  database system is ready to accept connections\n")
    assert cluster.recovered_up_to() is None  # never recovered
    cluster.log.write_text(
        "LOG:  redo starts at 0/1511B00\n"
        "LOG:  invalid magic number 0000 in log segment 000000010000000000000001, "
        "offset 5406720\n"
        "LOG:  redo done at 0/1527FC0 system usage: CPU: user: 0.00 s\n"
    )
    assert cluster.recovered_up_to() == WAL_SEGMENT_BYTES + 5406720 == 0x1528000
    with cluster.log.open("a") as log:  # a later crash: its end counts
        log.write("LOG:  invalid record length at 1/2A0: wanted 24, got 0\n")
    assert cluster.recovered_up_to() == (1 << 32) + 0x2A0
