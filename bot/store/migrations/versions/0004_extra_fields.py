"""applications.extra_fields: a PG's own extra fields, filed with its application

Revision ID: 0004_extra_fields
Revises: 0003_knowledge_gaps
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004_extra_fields"
down_revision: str | None = "0003_knowledge_gaps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # What a PG asks beyond the common application (Kakao Pay's delivery period, PAYCO's
    # account), asked in the selection journey and kept with the application it belongs to.
    op.add_column(
        "applications",
        sa.Column(
            "extra_fields",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
            server_default=sa.text("'{}'"),
        ),
    )


def downgrade() -> None:
    op.drop_column("applications", "extra_fields")
