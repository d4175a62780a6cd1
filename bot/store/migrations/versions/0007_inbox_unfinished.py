"""inbound_events: a partial index of unfinished rows for the workers' stale-event scan

Revision ID: 0007_inbox_unfinished
Revises: 0006_safety
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_inbox_unfinished"
down_revision: str | None = "0006_safety"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here rather than imported: a migration must not change when the models do.
UNFINISHED = "status IN ('pending', 'running')"


def upgrade() -> None:
    op.create_index(
        "ix_inbound_unfinished",
        "inbound_events",
        ["status", "received_at"],
        sqlite_where=sa.text(UNFINISHED),
        postgresql_where=sa.text(UNFINISHED),
    )


def downgrade() -> None:
    op.drop_index("ix_inbound_unfinished", table_name="inbound_events")
