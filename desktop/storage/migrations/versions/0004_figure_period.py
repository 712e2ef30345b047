"""Figures remember the stretch of time their count covers (a day, a year, so far, a level).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.add_column(sa.Column("period", sa.String(16)))


def downgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("period")
