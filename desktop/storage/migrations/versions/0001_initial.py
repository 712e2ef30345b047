"""The first project-file schema.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("compressed", sa.LargeBinary, nullable=False),
        sa.Column("filename", sa.Text, nullable=False),
    )
    op.create_table(
        "article",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_origin", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("blocks_json", sa.Text, nullable=False),
        sa.Column("field_origins_json", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("extractor_version", sa.Integer, nullable=False),
    )
    op.create_table(
        "timex",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("earliest", sa.Date),
        sa.Column("latest", sa.Date),
        sa.Column("precision", sa.String(16)),
        sa.Column("needs_anchor", sa.Boolean, nullable=False),
    )
    op.create_index("ix_timex_article", "timex", ["article_id", "idx"])
    op.create_table(
        "fact",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("article.id", ondelete="CASCADE")),
        sa.Column("timex_id", sa.Integer, sa.ForeignKey("timex.id", ondelete="SET NULL")),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("earliest", sa.Date),
        sa.Column("latest", sa.Date),
        sa.Column("precision", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_fact_article", "fact", ["article_id"])
    op.create_index("ix_fact_earliest", "fact", ["earliest"])
    op.create_index("ix_fact_key", "fact", ["article_id", "key"])
    op.create_table(
        "fact_tag",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "fact_id", sa.Integer, sa.ForeignKey("fact.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("tag", sa.String(100), nullable=False),
        sa.UniqueConstraint("fact_id", "tag"),
    )
    op.create_table(
        "figure",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("article.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("number_text", sa.Text, nullable=False),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("tolerance", sa.Float, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("counted", sa.Text),
        sa.Column("measure", sa.Text),
        sa.Column("attributed_to", sa.Text),
        sa.Column("as_of", sa.Date),
    )
    op.create_index("ix_figure_article", "figure", ["article_id"])
    op.create_table(
        "figure_group",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("figure_ids_json", sa.Text, nullable=False),
    )
    op.create_table(
        "figure_pair",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "a_id", sa.Integer, sa.ForeignKey("figure.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "b_id", sa.Integer, sa.ForeignKey("figure.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("group_key", sa.String(200), nullable=False),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_pair_a", "figure_pair", ["a_id"])
    op.create_index("ix_pair_b", "figure_pair", ["b_id"])
    op.create_table(
        "pair_decision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("a_key", sa.String(64), nullable=False),
        sa.Column("b_key", sa.String(64), nullable=False),
        sa.Column("decision", sa.String(16)),
        sa.Column("note", sa.Text, nullable=False),
        sa.UniqueConstraint("a_key", "b_key"),
    )
    op.create_table(
        "group_decision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_key", sa.String(200), nullable=False, unique=True),
        sa.Column("accepted_value", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "figure_link",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("figure_key", sa.String(64), nullable=False, unique=True),
        sa.Column("group_key", sa.String(200), nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "setting",
        "figure_link",
        "group_decision",
        "pair_decision",
        "figure_pair",
        "figure_group",
        "figure",
        "fact_tag",
        "fact",
        "timex",
        "article",
        "document",
    ):
        op.drop_table(table)
