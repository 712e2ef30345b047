"""Figures remember the words that say a count is changing, and the scope it is limited to.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.add_column(sa.Column("change_cue", sa.Text))
        batch.add_column(sa.Column("scope", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("scope")
        batch.drop_column("change_cue")
