"""Group decisions and links remember the figures they were made on.

An accepted value or a note on a group, and a figure put into a group, were kept by the group's
key alone; a key is spelled by the analysis from a quantity's fields, and a better grouping can
spell it anew. Each now records the content keys of the group's figures when it was made
(``figure_keys_json``), so that a recompute that no longer finds its key can move it to the
group holding most of them (``moved_from`` keeps the key it was made under).

Rows already in the file are filled from the groups stored with them: what the analyst saw
when deciding, as near as the file can tell. A decision whose group is not stored (its key
had already stopped attaching) gets no figures and is reported as detached.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TABLES = ("group_decision", "figure_link")


def upgrade() -> None:
    # in place, like 0006: SQLite adds a column with a constant default without a copy
    for table in _TABLES:
        op.add_column(
            table,
            sa.Column("figure_keys_json", sa.Text, nullable=False, server_default="[]"),
        )
        op.add_column(table, sa.Column("moved_from", sa.Text, nullable=False, server_default=""))
    _fill_from_stored_groups(op.get_bind())


def _fill_from_stored_groups(conn: sa.Connection) -> None:
    decisions = conn.exec_driver_sql("SELECT id, group_key FROM group_decision").fetchall()
    links = conn.exec_driver_sql(
        "SELECT id, figure_key, group_key FROM figure_link WHERE group_key != ''"
    ).fetchall()
    if not decisions and not links:
        return
    figure_key: dict[int, str] = {
        int(i): str(k) for i, k in conn.exec_driver_sql("SELECT id, key FROM figure")
    }
    members: dict[str, list[str]] = {}
    for key, ids_json in conn.exec_driver_sql("SELECT key, figure_ids_json FROM figure_group"):
        try:
            ids = json.loads(ids_json)
        except ValueError:
            continue
        members[key] = sorted({figure_key[i] for i in ids if i in figure_key})
    _fill(conn, decisions, links, members)


#: as store.MADE_ON_MOST (a migration keeps its own copy: it must do tomorrow what it does today)
_MOST = 200


def _spread(keys: list[str]) -> str:
    if len(keys) > _MOST:
        keys = [keys[i * len(keys) // _MOST] for i in range(_MOST)]
    return json.dumps(keys)


def _fill(
    conn: sa.Connection,
    decisions: Sequence[Any],
    links: Sequence[Any],
    members: dict[str, list[str]],
) -> None:
    for row_id, group_key in decisions:
        if group_key in members:
            conn.execute(
                sa.text("UPDATE group_decision SET figure_keys_json = :keys WHERE id = :id"),
                {"keys": _spread(members[group_key]), "id": row_id},
            )
    for row_id, own_key, group_key in links:
        if group_key in members:
            others = [k for k in members[group_key] if k != own_key]
            conn.execute(
                sa.text("UPDATE figure_link SET figure_keys_json = :keys WHERE id = :id"),
                {"keys": _spread(others), "id": row_id},
            )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("moved_from")
            batch.drop_column("figure_keys_json")
