"""Processes under test: ``onboard serve`` (and a bare bolt app) on 127.0.0.1, and scratch
databases (a temporary SQLite file, or a fresh PostgreSQL schema)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from bench.common.slack import BOT_TOKEN, SIGNING_SECRET
from bot.store.db import normalize_url

ROOT = Path(__file__).resolve().parents[2]
ONBOARD = str(ROOT / ".venv" / "bin" / "onboard")
PYTHON = sys.executable
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def scratch_database(kind: str, workdir: Path, base_url: str | None = None) -> Iterator[str]:
    """A URL of an empty database: SQLite in ``workdir``, or a new schema in ``base_url``."""
    if kind == "sqlite":
        yield f"sqlite:///{workdir / 'onboard.db'}"
        return
    assert base_url, "PostgreSQL needs TEST_DATABASE_URL (or --database-url)"
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    # Pre-ping: the fault scenario may have restarted the server under a pooled connection.
    admin = create_engine(normalize_url(base_url), pool_pre_ping=True)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in base_url else "?"
    try:
        yield f"{normalize_url(base_url)}{separator}options=-csearch_path%3D{schema}"
    finally:
        try:
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        finally:
            admin.dispose()


def serve_env(
    database_url: str, api_url: str, channels: list[str], data_dir: Path
) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=api_url,
        ONBOARD_SUPPORT_CHANNELS=",".join(channels),
        ONBOARD_AGENT_CHANNEL="C0AGENTS",
        ONBOARD_DATA_DIR=str(data_dir),
        ONBOARD_LOG_LEVEL="WARNING",
        # Generous, so that the bench measures delivery rather than the lookup brake.
        ONBOARD_LOOKUPS_PER_HOUR="1000",
    )
    env.pop("SLACK_APP_TOKEN", None)
    return env


def migrate(env: Mapping[str, str]) -> None:
    done = subprocess.run(
        [ONBOARD, "db", "upgrade"],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"onboard db upgrade failed:\n{done.stderr[-2000:]}")


class Process:
    """A server subprocess on 127.0.0.1:<port>, its output in a log file."""

    def __init__(self, argv: list[str], env: Mapping[str, str], port: int, log: Path) -> None:
        self.argv, self.env, self.port, self.log_path = argv, dict(env), port, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = f"http://127.0.0.1:{port}"

    def start(self, *, ready_path: str = "/healthz") -> None:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            self.argv, env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.argv[0]} exited: see {self.log_path}")
            try:
                if httpx.get(self.url + ready_path, timeout=1.0).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.argv} did not start in {START_TIMEOUT}s")

    def kill(self) -> None:
        """SIGKILL: no clean-up, no flush, as a crash."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.kill()


def onboard_serve(
    env: Mapping[str, str], log: Path, port: int | None = None, *, module: str | None = None
) -> Process:
    """``onboard serve``; ``module``: a bench module run instead of the CLI (same arguments)."""
    port = port or free_port()
    args = ["serve", "--host", "127.0.0.1", "--port", str(port)]
    if module is None:
        return Process([ONBOARD, *args], env, port, log)
    return Process([PYTHON, "-m", module, *args], dict(env, PYTHONPATH=str(ROOT)), port, log)


class WorkerProcess(Process):
    """``onboard worker``: no port; ready once started."""

    def start(self, *, ready_path: str = "/healthz") -> None:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            self.argv, env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT
        )
        log.close()


def onboard_worker(env: Mapping[str, str], log: Path) -> Process:
    return WorkerProcess([ONBOARD, "worker"], env, 0, log)


def bare_bolt(api_url: str, log: Path) -> Process:
    """The upper bound: bolt that only acks, on the same uvicorn + Starlette stack."""
    port = free_port()
    argv = [PYTHON, "-m", "bench.common.bare", "--port", str(port), "--api-url", api_url]
    return Process(argv, dict(os.environ, PYTHONPATH=str(ROOT)), port, log)


@contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
