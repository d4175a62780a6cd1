"""outbox.subject: the person a message without a conversation is about (for erasure)

Revision ID: 0006_safety
Revises: 0005_insights
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_safety"
down_revision: str | None = "0005_insights"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("subject", sa.String(length=200), nullable=True))
        batch.create_index("ix_outbox_subject", ["subject"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_index("ix_outbox_subject")
        batch.drop_column("subject")
