"""The composition root: every long-lived object of a process is built here, once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from bot.applications import journey as applications_runtime
from bot.business import journey as business_runtime
from bot.business.effects import OCR_JOB
from bot.business.job import Downloader, OcrJob
from bot.clock import Clock, utcnow
from bot.config import Settings
from bot.contracts import journey as contracts_runtime
from bot.effects import effect_handlers
from bot.engine import PortsFactory as EnginePorts
from bot.engine import TurnEngine
from bot.handoff.alerts import UnassignedAlerts
from bot.handoff.desk import DeskConfig
from bot.jobs import JobRunner
from bot.journeys import JourneyRuntime
from bot.nts import journey as nts_runtime
from bot.nts.prefetch import nts_steps
from bot.nudges.runner import NudgeConfig, Nudges
from bot.outbox import Dispatcher
from bot.ports import PortsFactory
from bot.retention import Retention
from bot.store.db import Database
from bot.worker import Worker
from dialogs.applications import journey as applications
from dialogs.business import journey as business
from dialogs.contracts import journey as contracts
from dialogs.documents import journey as documents
from dialogs.flow import Flow
from dialogs.router import Dialog
from dialogs.selection import journey as selection


def journeys() -> list[Flow]:
    """Every journey the assistant offers, in the main menu's order (their dialog half)."""
    return [
        contracts.build(),
        selection.build(),
        business.build(),
        applications.build(),
        documents.build(),
    ]


def ports_factory(settings: Settings, *, desk: DeskConfig | None = None) -> PortsFactory:
    """Each turn's ports, for every journey's run-time half."""
    return PortsFactory(settings, runtimes(settings), desk=desk)


def runtimes(settings: Settings) -> list[JourneyRuntime]:
    """The run-time half of the journeys that read the store or carry out effects."""
    return [
        contracts_runtime.runtime(settings),
        business_runtime.runtime(),
        applications_runtime.runtime(settings),
        nts_runtime.runtime(settings),
    ]


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
    wired = runtimes(settings)
    real_ports = ports or PortsFactory(settings, wired, desk=desk)
    handlers = effect_handlers(wired)
    engine = TurnEngine(db, Dialog(journeys()), real_ports, handlers, clock=clock)
    dispatcher = Dispatcher(db, clock=clock)
    jobs = JobRunner(db, engine, clock=clock)
    # Transports that only link to files (Slack) register a downloader here after building.
    downloaders: dict[str, Downloader] = {}
    jobs.add_handler(OCR_JOB, OcrJob(downloaders, clock=clock))
    alerts = UnassignedAlerts(db, clock, desk)
    nudges = Nudges(db, clock, NudgeConfig.from_settings(settings, desk))
    # Prunes what is past ONBOARD_RETENTION_DAYS, about once an hour (bot/retention.py).
    retention = Retention(db, settings.retention_days, clock)
    steps: list[Callable[[], int]] = [alerts, nudges, retention, *nts_steps(settings, db, clock)]
    if settings.inline_processing:
        # Receivers answer their own events; the worker only recovers what they dropped.
        worker = Worker(engine, jobs, dispatcher, steps=steps)
    else:
        # Workers answer everything, as soon as it is stored.
        worker = Worker(
            engine, jobs, dispatcher, steps=steps, idle_sleep=0.05, stale_after=timedelta(0)
        )
    return Services(settings, db, engine, dispatcher, jobs, worker, downloaders)
