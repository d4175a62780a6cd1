"""Questions the assistant could not answer with confidence, kept so the FAQ grows from real
use: recorded by the ``RecordUnanswered`` effect, listed by ``onboard knowledge gaps``.

Only the masked text is kept (business numbers, phones, e-mails, registration numbers: see
``bot.logs.mask``), with the language and the step it was asked at, never who asked it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.engine import EffectContext
from bot.logs import mask
from bot.store.tables import KnowledgeGap
from dialogs.effects import RecordUnanswered
from knowledge.normalize import normalize

MAX_TEXT = 500
MAX_KEY = 200
_DIGITS = re.compile(r"\d+")
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)


def masked(text: str) -> str:
    """What is kept of a question: personal numbers and addresses masked, links dropped."""
    return _URL.sub("<url>", mask(text)).strip()[:MAX_TEXT]


def group_key(text: str) -> str:
    """Questions that differ only in case, spacing, punctuation or numbers group together."""
    return _DIGITS.sub("0", normalize(text))[:MAX_KEY]


def record_unanswered(ctx: EffectContext, effect: RecordUnanswered) -> None:
    text = masked(effect.text)
    if not text:
        return
    ctx.session.add(
        KnowledgeGap(
            text=text,
            group_key=group_key(text),
            lang=effect.lang.value,
            flow=effect.flow[:40],
            step=effect.step[:80],
            outcome=effect.outcome,
            asked_at=ctx.now,
        )
    )


@dataclass(frozen=True)
class GapGroup:
    text: str  # the latest wording of the group
    count: int
    lang: str
    last_asked: datetime
    steps: tuple[str, ...]  # flow/step where it was asked


def list_gaps(session: Session, since: datetime | None = None) -> list[GapGroup]:
    """Unanswered questions grouped by ``group_key``, most asked first."""
    query = select(
        KnowledgeGap.group_key,
        func.count(KnowledgeGap.id),
        func.max(KnowledgeGap.asked_at),
    ).group_by(KnowledgeGap.group_key)
    if since is not None:
        query = query.where(KnowledgeGap.asked_at >= since)
    groups: list[GapGroup] = []
    for key, count, _ in session.execute(query).all():
        rows_query = select(KnowledgeGap).where(KnowledgeGap.group_key == key)
        if since is not None:
            rows_query = rows_query.where(KnowledgeGap.asked_at >= since)
        rows = session.scalars(rows_query.order_by(KnowledgeGap.asked_at, KnowledgeGap.id)).all()
        latest = rows[-1]
        steps = tuple(dict.fromkeys(f"{row.flow}/{row.step}" for row in rows))
        groups.append(GapGroup(latest.text, int(count), latest.lang, latest.asked_at, steps))
    groups.sort(key=lambda g: (-g.count, -g.last_asked.timestamp(), g.text))
    return groups
