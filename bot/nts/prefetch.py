"""Ask the NTS as soon as a conversation holds a business number, so that the answer is in
the cache when the merchant files (the filing step only reads the cache: no network call
inside a turn's transaction, and a slow service never slows a turn).

A worker step: conversations changed since the last round (a watermark per process) whose
business information has a number without a fresh answer are asked about in one call. When
the service fails, the step waits ``BACKOFF`` before trying again and does not move the
watermark, so nothing is skipped; filing meanwhile goes ahead unchecked. Several replicas may
ask about the same number at the same moment: harmless, the answer is the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.clock import Clock
from bot.config import Settings
from bot.insights.history import journey_slots
from bot.nts.cache import forget_stale, fresh_numbers, store
from bot.nts.client import MAX_NUMBERS, NtsClient, NtsUnavailableError
from bot.store.db import Database
from bot.store.tables import Conversation
from knowledge.bizno import normalize_digits

log = logging.getLogger(__name__)

CHECK_EVERY = timedelta(seconds=2)
BACKOFF = timedelta(seconds=60)
# On start, conversations changed this recently are looked at.
LOOKBACK = timedelta(hours=1)
# A turn that commits just after a round read may carry an older updated_at: look back a bit.
OVERLAP = timedelta(seconds=30)
# Answers past their day are of no use; they are deleted after this, once an hour.
KEEP = timedelta(days=2)
CLEAN_EVERY = timedelta(hours=1)
BATCH = 200


class NtsPrefetch:
    def __init__(self, db: Database, clock: Clock, client: NtsClient) -> None:
        self.db = db
        self.clock = clock
        self.client = client
        self._since: datetime | None = None
        self._next_check: datetime | None = None
        self._next_clean: datetime | None = None

    def __call__(self) -> int:
        now = self.clock()
        if self._next_check is not None and now < self._next_check:
            return 0
        self._next_check = now + CHECK_EVERY
        return self.run(now)

    def run(self, now: datetime) -> int:
        """One round; how many numbers were asked about."""
        if self._next_clean is None or now >= self._next_clean:
            self._next_clean = now + CLEAN_EVERY
            with self.db.transaction() as session:
                forget_stale(session, now, KEEP)
        since = self._since if self._since is not None else now - LOOKBACK
        with self.db.reading() as session:
            rows = session.execute(
                select(Conversation.updated_at, Conversation.state)
                .where(Conversation.updated_at >= since)
                .order_by(Conversation.updated_at)
                .limit(BATCH)
            ).all()
            numbers = {n for _, state in rows if (n := _number_of(state)) is not None}
            missing = sorted(numbers - fresh_numbers(session, numbers, now))[:MAX_NUMBERS]
        watermark = rows[-1].updated_at if len(rows) == BATCH else now - OVERLAP
        if not missing:
            self._since = watermark
            return 0
        try:
            answers = self.client.statuses(missing)
        except NtsUnavailableError as exc:
            log.warning(
                "NTS status check unavailable (%s); %d number(s) unchecked", exc, len(missing)
            )
            self._next_check = now + BACKOFF
            return 0
        with self.db.transaction() as session:
            store(session, answers.values(), now)
        self._since = watermark
        return len(missing)


def _number_of(state: Any) -> str | None:
    if not isinstance(state, dict):
        return None
    number = journey_slots(state, "business").get("business_number")
    if not isinstance(number, str):
        return None
    digits = normalize_digits(number)
    return digits if len(digits) == 10 else None


def nts_steps(settings: Settings, db: Database, clock: Clock) -> list[Callable[[], int]]:
    """The worker's NTS step, when a service key is set (none otherwise)."""
    if settings.nts_service_key is None:
        return []
    client = NtsClient(settings.nts_url, settings.nts_service_key.get_secret_value())
    return [NtsPrefetch(db, clock, client)]
