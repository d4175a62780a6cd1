"""The onboarding funnel, computed from ``History``: pure arithmetic, no database.

* **Steps**: for each step, how many conversations (started in the window) reached it and
  how many went on to a later one. The state remembers only the present (filing clears the
  selection), so a step counts as reached when it left evidence or a later step needs it
  (``IMPLIED_BY``); the certificate is optional (numbers can be typed), so only its own
  evidence counts.
* **Timelines**, per PG: from a conversation's first merchant message to filing, and from
  filing to the first time the application reached each status, or a later stage of the path
  (PGs may skip a stage). Median and nearest-rank p90; applications filed in the window.
* **Agents**: conversations that needed a person, and why.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.insights import history
from bot.insights.history import ApplicationFacts, ConversationFacts, History
from bot.insights.stats import Spread, spread
from knowledge.lifecycle import PATH, Status

STARTED = "started"
FILED = "filed"
# The statuses after filing the report follows (the milestones merchants care about).
STATUSES: tuple[str, ...] = (
    Status.RECEIVED.value,
    Status.CONTRACT_SIGNED.value,
    Status.CARD_REVIEW.value,
    Status.ACTIVE.value,
)
STEPS: tuple[str, ...] = (
    STARTED,
    history.METHODS,
    history.SELECTION_CONFIRMED,
    history.BUSINESS_NUMBER,
    history.CERTIFICATE,
    history.BUSINESS_SAVED,
    FILED,
    *STATUSES,
)
# A step is reached when any of these was (besides its own evidence).
IMPLIED_BY: dict[str, frozenset[str]] = {
    history.METHODS: frozenset({history.SELECTION_CONFIRMED, FILED}),
    history.SELECTION_CONFIRMED: frozenset({FILED}),
    history.BUSINESS_NUMBER: frozenset({history.BUSINESS_SAVED, FILED}),
    history.BUSINESS_SAVED: frozenset({FILED}),
}
AGENT_REASONS: tuple[str, ...] = (
    history.NOT_UNDERSTOOD,
    history.ASKED,
    history.TOOK_OVER,
    history.OTHER,
)
FIRST_MESSAGE_TO_FILED = "first_message_to_filed"


@dataclass(frozen=True)
class StepCount:
    step: str
    reached: int
    went_on: int


@dataclass(frozen=True)
class PgTimeline:
    pg: str
    filed: int
    # "first_message_to_filed" and each status of STATUSES -> spread (None: no example yet).
    spans: dict[str, Spread | None]


@dataclass(frozen=True)
class Report:
    since: datetime
    until: datetime
    steps: list[StepCount]
    # Conversations that have not filed, by where they stand now (most first).
    stopped_at: list[tuple[str, int]]
    timelines: list[PgTimeline]
    agent_needed: int
    agent_reasons: dict[str, int]

    @property
    def conversations(self) -> int:
        return self.steps[0].reached if self.steps else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "steps": [
                {"step": s.step, "reached": s.reached, "went_on": s.went_on} for s in self.steps
            ],
            "stopped_at": [{"where": where, "conversations": n} for where, n in self.stopped_at],
            "timelines": [
                {
                    "pg": t.pg,
                    "filed": t.filed,
                    "spans": {
                        name: (value.as_dict() if value else None)
                        for name, value in t.spans.items()
                    },
                }
                for t in self.timelines
            ],
            "agents": {"needed": self.agent_needed, "reasons": self.agent_reasons},
        }


def reached_steps(facts: ConversationFacts, statuses: set[str]) -> set[str]:
    """Every step a conversation reached, with what later steps imply."""
    reached = {STARTED} | set(facts.evidence) | statuses
    if statuses:
        reached.add(FILED)
    for step, implied_by in IMPLIED_BY.items():
        if reached & implied_by:
            reached.add(step)
    return reached


def _path_index(status: str) -> int:
    values = [s.value for s in PATH]
    return values.index(status) if status in values else -1


def statuses_reached(app: ApplicationFacts) -> dict[str, datetime]:
    """Each followed status -> when the application reached it or a later stage first."""
    result: dict[str, datetime] = {}
    for status in STATUSES:
        index = _path_index(status)
        times = [at for s, at in app.reached.items() if index >= 0 and _path_index(s) >= index]
        if times:
            result[status] = min(times)
    return result


def compute(data: History) -> Report:
    apps_by_key: dict[str, list[ApplicationFacts]] = defaultdict(list)
    for app in data.applications:
        apps_by_key[app.conversation_key].append(app)
    reached_count: Counter[str] = Counter()
    went_on: Counter[str] = Counter()
    stopped: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    needed = 0
    for facts in data.conversations:
        statuses = {s for app in apps_by_key.get(facts.key, []) for s in statuses_reached(app)}
        steps = reached_steps(facts, statuses)
        indices = sorted(STEPS.index(s) for s in steps)
        for index in indices:
            reached_count[STEPS[index]] += 1
            if indices[-1] > index:
                went_on[STEPS[index]] += 1
        if FILED not in steps:
            stopped[facts.where] += 1
        if facts.agent_reasons:
            needed += 1
            reasons.update(facts.agent_reasons)
    return Report(
        since=data.since,
        until=data.until,
        steps=[StepCount(s, reached_count[s], went_on[s]) for s in STEPS],
        stopped_at=sorted(stopped.items(), key=lambda item: (-item[1], item[0])),
        timelines=_timelines(data),
        agent_needed=needed,
        agent_reasons={reason: reasons[reason] for reason in AGENT_REASONS},
    )


def _timelines(data: History) -> list[PgTimeline]:
    spans: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    filed: Counter[str] = Counter()
    for app in data.applications:
        if not data.since <= app.filed_at <= data.until:
            continue
        filed[app.pg] += 1
        first = data.first_messages.get(app.conversation_key)
        if first is not None and first <= app.filed_at:
            spans[app.pg][FIRST_MESSAGE_TO_FILED].append((app.filed_at - first).total_seconds())
        for status, at in statuses_reached(app).items():
            spans[app.pg][status].append((at - app.filed_at).total_seconds())
    return [
        PgTimeline(
            pg=pg,
            filed=filed[pg],
            spans={name: spread(spans[pg][name]) for name in (FIRST_MESSAGE_TO_FILED, *STATUSES)},
        )
        for pg in sorted(filed, key=lambda p: (-filed[p], p))
    ]
