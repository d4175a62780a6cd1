"""queues: inbox leases, per-thread delivery lanes, conversation state versions

Revision ID: 0002_queues
Revises: 0001
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_queues"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A turn is claimed under a lease like a job: a process that dies mid-turn still counts
    # the attempt, and the turn is taken over when the lease runs out (bot/queue.py).
    op.add_column(
        "inbound_events", sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True)
    )
    # A lane is a thread now; ``pace`` names the lane row that paces its channel (itself
    # for a message to the channel's top level). Rows from before are their own pace.
    op.add_column("delivery_lanes", sa.Column("pace", sa.String(length=300), nullable=True))
    op.execute("UPDATE delivery_lanes SET pace = lane")
    # Optimistic concurrency of a conversation's state (bot/engine.py).
    op.add_column(
        "conversations",
        sa.Column("version", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("delivery_lanes") as batch:
        batch.drop_column("pace")
    with op.batch_alter_table("inbound_events") as batch:
        batch.drop_column("claimed_until")
