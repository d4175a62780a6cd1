"""audit_log: an index on (conversation_key, actor, action) for the stranger check

Revision ID: 0008_audit_conversation_actor
Revises: 0007_inbox_unfinished
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_audit_conversation_actor"
down_revision: str | None = "0007_inbox_unfinished"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Every turn of a stranger to a conversation asks whether they were refused there before
    # (bot/actors.py): without it, a scan of the whole audit log.
    op.create_index(
        "ix_audit_conversation_actor",
        "audit_log",
        ["conversation_key", "actor", "action"],
    )


def downgrade() -> None:
    op.drop_index("ix_audit_conversation_actor", table_name="audit_log")
