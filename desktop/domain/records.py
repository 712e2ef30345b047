"""Stored things as the services and the UI see them: plain rows with their database ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from desktop.domain import (
    Block,
    DateRange,
    FactStatus,
    Figure,
    PublishedOrigin,
    TimeExpression,
    article_json,
)


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: int
    path: str
    title: str | None
    source: str | None
    author: str | None
    url: str | None
    published: date | None
    published_origin: PublishedOrigin | None
    format: str
    imported_at: datetime
    fact_count: int = 0
    figure_count: int = 0

    @property
    def needs_date(self) -> bool:
        return self.published is None

    @property
    def display_title(self) -> str:
        return self.title or self.path

    def summary_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
        }

    def article_json(self) -> dict[str, Any]:
        return article_json(self)


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    record: ArticleRecord
    text: str
    blocks: list[Block]
    field_origins: dict[str, str]
    timexes: list[TimeExpression] = field(default_factory=list)
    sha256: str = ""
    encoding: str = ""
    #: the language the story is written in (ISO 639-1), as import read it
    language: str = "en"


# Built by the hundred thousand when a project is read: frozen dataclasses cost five times as
# much to construct, so these are hashable by value but not frozen. Treat them as immutable.
@dataclass(slots=True, unsafe_hash=True)
class FactRecord:
    id: int
    article: ArticleRecord | None  # None for a manual fact not tied to an article
    start: int
    end: int
    text: str
    date: DateRange
    status: FactStatus
    timex: TimeExpression | None
    note: str = ""
    tags: tuple[str, ...] = ()
    has_conflict: bool = False
    #: the canonical names of the people, places and organisations the fact names, in text
    #: order (empty for a manual fact, and for one read before the engine found entities)
    entities: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article": self.article.summary_json() if self.article else None,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "timex": self.timex.to_json() if self.timex else None,
            "date": self.date.to_json(),
            "status": self.status,
            "note": self.note,
            "tags": list(self.tags),
            "entities": list(self.entities),
        }


# Built by the hundred thousand when a project is read: frozen dataclasses cost five times as
# much to construct, so these are hashable by value but not frozen. Treat them as immutable.
@dataclass(slots=True, unsafe_hash=True)
class FigureRecord:
    id: int
    article: ArticleRecord
    figure: Figure

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "article": self.article.summary_json()}
        out.update(self.figure.to_json())
        return out


@dataclass(frozen=True, slots=True)
class PairRecord:
    a: int
    b: int
    relation: str
    reason: str
    group_key: str
    decision: str | None = None  # "dismissed" | "confirmed" | None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "relation": self.relation,
            "reason": self.reason,
            "decision": self.decision,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class GroupRecord:
    id: int
    key: str
    label: str
    figure_ids: list[int]
    accepted_value: str = ""
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "key": self.key,
            "label": self.label,
            "figures": self.figure_ids,
            "accepted_value": self.accepted_value or None,
            "note": self.note,
        }


class TimelineRow(NamedTuple):
    """The few columns the timeline draws, read without building full records (a tuple: cheap
    to build by the hundred thousand)."""

    id: int
    article_id: int | None
    source: str | None
    title: str | None
    earliest: date
    latest: date
    text: str
    status: str
    precision: str | None
    value: str
    #: the text leaves the start open ("for months" up to the publication date): ``earliest``
    #: is then the known end too, and the timeline draws the fact reaching back from it
    open_start: bool = False
    #: the text leaves the end open ("since 2014"): ``latest`` is the known start
    open_end: bool = False
