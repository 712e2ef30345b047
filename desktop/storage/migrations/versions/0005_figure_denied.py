"""Figures remember that their sentence denies the number ("80, not 800").

Figures already in the file were read by an engine that did not look for denials, so they are
all stored as not denied; re-extracting an article reads its sentences again and marks them.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.add_column(sa.Column("denied", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("denied")
