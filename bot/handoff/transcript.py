"""A conversation's transcript as lines to read: for the agents' card, for an agent who asks,
and for ``onboard transcript``. Agents and operators are staff: nothing is masked here, so
never send these lines to a log."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.store.tables import Conversation, TranscriptLine

# One line of the card or of a Slack message should not be a wall of text.
LINE_CHARS = 300


def find_conversation(session: Session, ident: str) -> Conversation | None:
    """By id (digits) or by conversation key."""
    clauses = [Conversation.key == ident]
    if ident.isdigit():
        clauses.append(Conversation.id == int(ident))
    return session.scalars(select(Conversation).where(or_(*clauses)).limit(1)).first()


def last_lines(session: Session, conversation_id: int, limit: int | None) -> list[TranscriptLine]:
    """The newest ``limit`` lines (all when None), oldest first."""
    query = (
        select(TranscriptLine)
        .where(TranscriptLine.conversation_id == conversation_id)
        .order_by(TranscriptLine.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return list(reversed(session.scalars(query).all()))


def who(line: TranscriptLine) -> str:
    if line.direction == "out":
        return "bot"
    return f"{line.author} {line.user_id}" if line.user_id else line.author


def format_line(line: TranscriptLine, tz: ZoneInfo, *, clip: int | None = LINE_CHARS) -> str:
    text = line.text.replace("\n", " ⏎ ") if clip is not None else line.text
    if clip is not None and len(text) > clip:
        text = text[: clip - 1] + "…"
    stamp = line.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
    return f"{stamp} {who(line)}: {text}"


def format_lines(
    lines: Sequence[TranscriptLine], tz: ZoneInfo, *, clip: int | None = LINE_CHARS
) -> str:
    return "\n".join(format_line(line, tz, clip=clip) for line in lines)
