"""Figures remember whether they are a rate ("620,000 patients a year") and the words around them.

``rate``: the stretch of time a rate is told per. Figures already in the file were read by an
engine that did not store it, so they read as no rate; re-extracting an article reads its
sentences again and marks them (the comparison's context tier still reads a rate in the text
of a figure it weighs).

``context``: the words around a figure that the comparison's context tier weighs, worked out
once when the figure is stored instead of at every comparison. Figures already in the file get
none (NULL): the tier reads their words from the article's text when it needs them, as before,
and re-extracting an article stores them.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # in place, like 0006: SQLite adds a nullable column without a copy of the table
    op.add_column("figure", sa.Column("rate", sa.String(16), nullable=True))
    op.add_column("figure", sa.Column("context", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("context")
        batch.drop_column("rate")
