"""The composition root: every long-lived object of a process is built here, once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from bot.business.effects import OCR_JOB
from bot.business.job import Downloader, OcrJob
from bot.clock import Clock, utcnow
from bot.config import Settings
from bot.effects import HANDLERS
from bot.engine import PortsFactory as EnginePorts
from bot.engine import TurnEngine
from bot.handoff.alerts import UnassignedAlerts
from bot.handoff.desk import DeskConfig
from bot.jobs import JobRunner
from bot.outbox import Dispatcher
from bot.ports import PortsFactory
from bot.retention import Retention
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
    # Transport name -> how to fetch a file it links to (the OCR job looks it up per job).
    downloaders: dict[str, Downloader] = field(default_factory=dict)

    def close(self) -> None:
        self.worker.stop()
        self.db.dispose()


def build_services(
    settings: Settings,
    *,
    clock: Clock = utcnow,
    database_url: str | None = None,
    ports: EnginePorts | None = None,
    desk: DeskConfig | None = None,
) -> Services:
    """Build a process's services. ``ports`` and ``desk`` replace the ones the settings
    describe (tests pass fakes and desks of their own)."""
    db = Database(database_url or settings.effective_database_url)
    desk = desk or DeskConfig.from_settings(settings)
    real_ports = ports or PortsFactory(settings, desk=desk)
    engine = TurnEngine(db, build_dialog(), real_ports, HANDLERS, clock=clock)
    dispatcher = Dispatcher(db, clock=clock)
    jobs = JobRunner(db, engine, clock=clock)
    # Transports that only link to files (Slack) register a downloader here after building.
    downloaders: dict[str, Downloader] = {}
    jobs.add_handler(OCR_JOB, OcrJob(downloaders, clock=clock))
    alerts = UnassignedAlerts(db, clock, desk)
    # Prunes what is past ONBOARD_RETENTION_DAYS, about once an hour (bot/retention.py).
    retention = Retention(db, settings.retention_days, clock)
    if settings.inline_processing:
        # Receivers answer their own events; the worker only recovers what they dropped.
        worker = Worker(engine, jobs, dispatcher, steps=[alerts, retention])
    else:
        # Workers answer everything, as soon as it is stored.
        worker = Worker(
            engine,
            jobs,
            dispatcher,
            steps=[alerts, retention],
            idle_sleep=0.05,
            stale_after=timedelta(0),
        )
    return Services(settings, db, engine, dispatcher, jobs, worker, downloaders)
