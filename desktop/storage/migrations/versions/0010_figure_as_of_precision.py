"""Figures remember how finely their as-of date is known.

``as_of_precision``: "day", "week", "month", "quarter", "season", "year", "decade" or
"century", the precision of the time expression that dates the figure ("4,200 residents in
1962" is as of 1962, stored as its last day with the precision "year"; a figure dated by its
article is as of that day). Figures already in the file were read by an engine that did not
keep it: they get none (NULL) and read as before, as of a day, until their article is read
again (the extractor's version rose with this revision, so the app offers to).

No other row changes.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # in place, like 0006 and 0008: SQLite adds a nullable column without a copy of the table
    op.add_column("figure", sa.Column("as_of_precision", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("figure") as batch:
        batch.drop_column("as_of_precision")
