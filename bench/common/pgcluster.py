"""A private PostgreSQL cluster for the fault that restarts the database.

The machine's shared PostgreSQL (127.0.0.1:5432) serves other people's tests and is never
touched: this one lives in a temporary directory, listens on its own port on 127.0.0.1 only,
trusts local connections, runs as the ``postgres`` user (initdb refuses root), and is
removed at the end.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

# initdb's default WAL segment size.
WAL_SEGMENT_BYTES = 16 * 1024 * 1024


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError(f"{name} not found under /usr/lib/postgresql/*/bin")
    return found[-1]


class PrivateCluster:
    def __init__(self, port: int = 55432, *, settings: dict[str, str] | None = None) -> None:
        self.port = port
        # More server settings (``-c name=value``), e.g. for the crash fault.
        self.settings = dict(settings or {})
        self.dir = Path(tempfile.mkdtemp(prefix="onboard-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "pg.log"
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        self._as_postgres = os.geteuid() == 0

    def _run(self, *argv: str, timeout: float = 120) -> None:
        cmd = list(argv)
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=timeout)

    def start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(
            _bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync"
        )
        self._ctl("start")

    def _ctl(self, action: str, *extra: str) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} "
            "-c fsync=off -c max_connections=200"
        )
        options += "".join(f" -c {name}={value}" for name, value in self.settings.items())
        self._run(
            _bin("pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            action,
            *extra,
        )
        self.wait_ready()

    def restart(self) -> None:
        """A fast restart: every connection is cut, the server comes back on the same port."""
        self._ctl("restart", "-m", "fast")

    def crash(self) -> None:
        """A crash of PostgreSQL (not of the machine): the postmaster kills every backend
        at once (``immediate``), nothing is written on the way down, and the start recovers
        from the WAL. Commits whose WAL was still in PostgreSQL's buffers (``synchronous_commit
        = off``, not yet written by the WAL writer) are lost; with ``fsync=off`` what was
        written survives, as it would in the OS's cache of a machine that stays up."""
        self._ctl("restart", "-m", "immediate")

    def wal_positions(self) -> tuple[int, int]:
        """(WAL inserted, WAL written) now, as byte positions: what lies between them is
        in the server's buffers only and is lost by a crash."""
        with psycopg.connect(self.url, connect_timeout=2) as conn:
            row = conn.execute(
                "SELECT pg_current_wal_insert_lsn() - '0/0', pg_current_wal_lsn() - '0/0'"
            ).fetchone()
        assert row is not None
        return int(row[0]), int(row[1])

    def recovered_up_to(self) -> int | None:
        """Where the last crash recovery found the end of the WAL (from the server's log:
        the first position it could not read a record at), None when not logged."""
        found: int | None = None
        for line in self.log.read_text(errors="replace").splitlines():
            # "invalid record length at 0/…", "record with incorrect prev-link 0/… at 0/…"
            at = re.search(
                r"(?:invalid record length|prev-link \S+) at ([0-9A-F]+)/([0-9A-F]+)", line
            )
            if at:
                found = (int(at.group(1), 16) << 32) + int(at.group(2), 16)
            # "invalid magic number 0000 in log segment 000000010000000000000001, offset 5406720":
            # a page never written (segments of 16 MB, initdb's default).
            page = re.search(
                r"in log segment [0-9A-F]{8}([0-9A-F]{8})([0-9A-F]{8}), offset (\d+)", line
            )
            if page:
                high_id, seg_id = (int(page.group(1), 16), int(page.group(2), 16))
                found = (high_id << 32) + seg_id * WAL_SEGMENT_BYTES + int(page.group(3))
        return found

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                psycopg.connect(self.url, connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                time.sleep(0.1)
        raise RuntimeError("private PostgreSQL did not come up")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)
