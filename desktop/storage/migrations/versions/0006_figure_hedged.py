"""Figures remember that they are a projection ("could reach 40,000", "is feared to top").

Figures already in the file were read by an engine that did not look for hedges, so they are
all stored as not hedged; re-extracting an article reads its sentences again and marks them.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a column with a constant default in place: no copy of the table is needed
    # (and a batch copy right after 0005's, in the same transaction, trips over the order of
    # the columns it reflected)
    op.add_column(
        "figure", sa.Column("hedged", sa.Boolean, nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("hedged")
