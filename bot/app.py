"""The composition root: every long-lived object of a process is built here, once."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock, utcnow
from bot.config import Settings
from bot.effects import HANDLERS
from bot.engine import PortsFactory as EnginePorts
from bot.engine import TurnEngine
from bot.jobs import JobRunner
from bot.outbox import Dispatcher
from bot.ports import PortsFactory
from bot.store.db import Database
from bot.worker import Worker
from dialogs.registry import build_dialog


@dataclass
class Services:
    settings: Settings
    db: Database
    engine: TurnEngine
    dispatcher: Dispatcher
    jobs: JobRunner
    worker: Worker

    def close(self) -> None:
        self.worker.stop()
        self.db.dispose()


def build_services(
    settings: Settings,
    *,
    clock: Clock = utcnow,
    database_url: str | None = None,
    ports: EnginePorts | None = None,
) -> Services:
    """Build a process's services. ``ports`` replaces the real ports (tests pass fakes)."""
    db = Database(database_url or settings.effective_database_url)
    engine = TurnEngine(db, build_dialog(), ports or PortsFactory(), HANDLERS, clock=clock)
    dispatcher = Dispatcher(db, clock=clock)
    jobs = JobRunner(db, engine, clock=clock)
    worker = Worker(engine, jobs, dispatcher)
    return Services(settings, db, engine, dispatcher, jobs, worker)
