"""Facts remember the people, places and organisations they name.

``fact.entities``: the canonical names of the entities named inside the fact's span, one a
line, in the order the text first names them ("Ana Ruiz\nKorvala"); an empty string for a fact
that names none. The timeline's lanes by entity are read from it. Facts already in the file
were read by an engine that found no entities: they get none (NULL, read as naming nothing)
until their article is read again (the extractor's version rose with this revision, so the
app offers to). A manual fact names none.

No other row changes.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # in place, like 0006, 0008 and 0010: SQLite adds a nullable column without a copy
    # (a file that has the column already, written by hand to look older, keeps it)
    if "entities" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("fact")}:
        op.add_column("fact", sa.Column("entities", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fact") as batch:
        batch.drop_column("entities")
