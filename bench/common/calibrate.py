"""What each journey step answers on a quiet server: the reference for "exactly one answer".

The dialog is deterministic for a given merchant, so one journey walked slowly (each step
drained before the next) tells how many Slack messages and transcript replies each step
gives; under load and faults every thread must match it.
"""

from __future__ import annotations

from sqlalchemy import select

from bench.common.journey import JOURNEY, Driver
from bench.common.verify import Expected, drain, key_of
from bot.store.db import Database
from bot.store.tables import Conversation, TranscriptLine

CALIBRATION_CONV = 99999


async def calibrate(driver: Driver, db: Database, channel: str) -> Expected:
    posts: list[int] = []
    before = len(driver.record.sent)
    thread = ""
    for step in range(len(JOURNEY)):
        # One step at a time: walk the journey's prefix in the same thread.
        start = driver.slack.count(thread) if thread else 0
        thread = await _step(driver, db, channel, step, thread)
        posts.append(driver.slack.count(thread) - start)
    sent = driver.record.sent[before:]
    with db.transaction() as session:
        conv_id = session.scalar(select(Conversation.id).where(Conversation.key == key_of(sent[0])))
        directions = session.scalars(
            select(TranscriptLine.direction)
            .where(TranscriptLine.conversation_id == conv_id)
            .order_by(TranscriptLine.id)
        ).all()
    lines: list[int] = []
    for direction in directions:
        if direction == "in":
            lines.append(0)
        else:
            lines[-1] += 1
    del driver.record.sent[before:]  # not part of the measured run
    driver.record.acks.clear()
    driver.record.first_reply.clear()
    return Expected(tuple(posts), tuple(lines))


async def _step(driver: Driver, db: Database, channel: str, step: int, thread: str) -> str:
    # Driver.journey walks whole journeys; here one step is posted into ``thread``.
    from bench.common.journey import Sent
    from bench.common.slack import message_event

    ts = driver.slack.user_ts()
    thread = thread or ts
    event_id = f"EvCalib{step:03d}{ts.replace('.', '')}"
    body = message_event(
        event_id=event_id,
        channel=channel,
        user=f"U0M{CALIBRATION_CONV:05d}",
        text=JOURNEY[step],
        ts=ts,
        thread_ts=None if step == 0 else thread,
    )
    driver.record.sent.append(Sent(event_id, channel, thread, step, JOURNEY[step]))
    if not await driver.post(body, 0):
        raise RuntimeError("calibration: the server did not acknowledge")
    await drain(db, 60.0)
    return thread
