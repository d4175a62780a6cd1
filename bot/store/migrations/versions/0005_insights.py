"""insights: nudges sent (exactly once each), the National Tax Service status cache

Revision ID: 0005_insights
Revises: 0004_extra_fields
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_insights"
down_revision: str | None = "0004_extra_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # One row per nudge ever sent; its unique key, inserted in the transaction that queues the
    # message, is what makes a nudge go out once across replicas and restarts.
    op.create_table(
        "nudges",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("conversation_key", sa.String(length=300), nullable=True),
        sa.Column("application_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_index("ix_nudges_kind_conversation", "nudges", ["kind", "conversation_key"])
    op.create_index("ix_nudges_kind_application", "nudges", ["kind", "application_id"])
    # The National Tax Service's answer per business number, kept a day.
    op.create_table(
        "nts_statuses",
        sa.Column("business_number", sa.String(length=10), nullable=False),
        sa.Column("status_code", sa.String(length=2), nullable=False),
        sa.Column("tax_type", sa.String(length=100), nullable=False),
        sa.Column("end_date", sa.String(length=8), nullable=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("business_number"),
    )


def downgrade() -> None:
    op.drop_table("nts_statuses")
    op.drop_index("ix_nudges_kind_application", table_name="nudges")
    op.drop_index("ix_nudges_kind_conversation", table_name="nudges")
    op.drop_table("nudges")
