"""The project file's tables (SQLAlchemy 2 typed models).

Analyst decisions are keyed by content (fact key, figure key, group key), not by row id, because
re-extraction deletes and recreates automatic facts and figures; decisions must outlive that.
A group key is the analysis's spelling of a quantity and can change with it, so a decision on a
group also records its figures' keys, and follows them to the group they are in now.
Every schema change needs a migration in storage/migrations/versions.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    """The original bytes of an imported file, compressed, with their SHA-256."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    compressed: Mapped[bytes] = mapped_column(LargeBinary)
    filename: Mapped[str] = mapped_column(Text)


class ArticleRow(Base):
    __tablename__ = "article"
    # followed when a document is deleted (ON DELETE CASCADE): migration 0009
    __table_args__ = (Index("ix_article_document", "document_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    encoding: Mapped[str] = mapped_column(String(32), default="utf-8")
    language: Mapped[str] = mapped_column(String(16), default="en")
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    published_origin: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    blocks_json: Mapped[str] = mapped_column(Text, default="[]")
    field_origins_json: Mapped[str] = mapped_column(Text, default="{}")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    extractor_version: Mapped[int] = mapped_column(Integer, default=0)
    #: set by migration 0002; the analyst's note on the article
    note: Mapped[str] = mapped_column(Text, default="")


class TimexRow(Base):
    __tablename__ = "timex"
    __table_args__ = (Index("ix_timex_article", "article_id", "idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))
    explanation: Mapped[str] = mapped_column(Text, default="")
    earliest: Mapped[date | None] = mapped_column(Date)
    latest: Mapped[date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(16))
    needs_anchor: Mapped[bool] = mapped_column(Boolean, default=False)


class FactRow(Base):
    __tablename__ = "fact"
    __table_args__ = (
        Index("ix_fact_article", "article_id"),
        Index("ix_fact_earliest", "earliest"),
        Index("ix_fact_key", "article_id", "key"),
        # followed when a time expression is deleted (ON DELETE SET NULL): migration 0009
        Index("ix_fact_timex", "timex_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    timex_id: Mapped[int | None] = mapped_column(ForeignKey("timex.id", ondelete="SET NULL"))
    #: content key that survives re-extraction (time expression text + clause text)
    key: Mapped[str] = mapped_column(String(64))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(String(64))
    earliest: Mapped[date | None] = mapped_column(Date)
    latest: Mapped[date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="auto")
    note: Mapped[str] = mapped_column(Text, default="")
    #: set by migration 0011: the canonical names of the entities the fact names, one a line
    #: (extract/entities.py; "" for none); NULL for a fact read before 0011 or made by hand
    entities: Mapped[str | None] = mapped_column(Text)


class TagRow(Base):
    __tablename__ = "fact_tag"
    __table_args__ = (UniqueConstraint("fact_id", "tag"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("fact.id", ondelete="CASCADE"))
    tag: Mapped[str] = mapped_column(String(100))


class FigureRow(Base):
    __tablename__ = "figure"
    __table_args__ = (Index("ix_figure_article", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    number_text: Mapped[str] = mapped_column(Text)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(16))
    tolerance: Mapped[float] = mapped_column(Float, default=0.0)
    unit: Mapped[str | None] = mapped_column(Text)
    counted: Mapped[str | None] = mapped_column(Text)
    measure: Mapped[str | None] = mapped_column(Text)
    attributed_to: Mapped[str | None] = mapped_column(Text)
    as_of: Mapped[date | None] = mapped_column(Date)
    change_cue: Mapped[str | None] = mapped_column(Text)
    scope: Mapped[str | None] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(String(16))
    #: set by migration 0005; the sentence denies the number, so it is compared in no conflict
    #: unless the analyst links it (figures stored before 0005 read as not denied)
    denied: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: set by migration 0006; a projection ("could reach 40,000") is compared only with other
    #: projections (figures stored before 0006 read as not hedged)
    hedged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: set by migration 0008; the stretch of time a rate is told per ("a year"), NULL for no
    #: rate (figures stored before 0008 read as no rate until their article is read again)
    rate: Mapped[str | None] = mapped_column(String(16))
    #: set by migration 0008; the words around the figure the comparison's context tier weighs
    #: (analysis._context.stored_context), worked out when the figure is stored; NULL for a
    #: figure stored before 0008, whose words are read from its article's text when needed
    context: Mapped[str | None] = mapped_column(Text)
    #: set by migration 0010; how finely ``as_of`` is known ("day", "month", "year", ...),
    #: NULL for a figure stored before 0010, read as a day until its article is read again
    as_of_precision: Mapped[str | None] = mapped_column(String(16))


class FigureGroupRow(Base):
    """A derived group of figures about one quantity (recomputed; decisions live elsewhere)."""

    __tablename__ = "figure_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    label: Mapped[str] = mapped_column(Text)
    figure_ids_json: Mapped[str] = mapped_column(Text)


class FigurePairRow(Base):
    """A derived relation between two figures of a group (recomputed)."""

    __tablename__ = "figure_pair"
    __table_args__ = (Index("ix_pair_a", "a_id"), Index("ix_pair_b", "b_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_id: Mapped[int] = mapped_column(ForeignKey("figure.id", ondelete="CASCADE"))
    b_id: Mapped[int] = mapped_column(ForeignKey("figure.id", ondelete="CASCADE"))
    group_key: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)


class PairDecisionRow(Base):
    """The analyst's verdict on a pair of figures, keyed by figure content keys."""

    __tablename__ = "pair_decision"
    __table_args__ = (UniqueConstraint("a_key", "b_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_key: Mapped[str] = mapped_column(String(64))
    b_key: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class GroupDecisionRow(Base):
    """The analyst's accepted value and note on a group, kept by the group's key.

    A key is spelled by the analysis from a quantity's fields, and a better grouping can spell
    it anew; the decision also records the content keys of the group's figures when it was
    made (set by migration 0007), so that a recompute that no longer finds its key moves it to
    the group holding most of them (``moved_from``: the key it was made under)."""

    __tablename__ = "group_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_key: Mapped[str] = mapped_column(String(200), unique=True)
    accepted_value: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    figure_keys_json: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    moved_from: Mapped[str] = mapped_column(Text, default="", server_default="")


class FigureLinkRow(Base):
    """The analyst put a figure into a group (group_key) or took it out of all (group_key '').

    Like a group decision, a link records the content keys of the group's other figures when
    it was made (migration 0007), and is moved with them when their group's key changes."""

    __tablename__ = "figure_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    figure_key: Mapped[str] = mapped_column(String(64), unique=True)
    group_key: Mapped[str] = mapped_column(String(200))
    figure_keys_json: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    moved_from: Mapped[str] = mapped_column(Text, default="", server_default="")


class SettingRow(Base):
    """Per-project settings and bookkeeping (for example 'conflicts_stale')."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
