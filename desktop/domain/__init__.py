"""Plain data shared by every layer: no Qt, no SQLAlchemy, no I/O.

These types are the contract between ingest/, extract/, analysis/, storage/, services/ and ui/.
Offsets are Python string indices into the article's cleaned text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century"]
PublishedOrigin = Literal["metadata", "text", "user"]
Relation = Literal["contradiction", "update", "consistent"]
FactStatus = Literal["auto", "confirmed", "rejected", "edited", "manual"]
#: the stretch of time a figure covers (see Figure.period)
FigurePeriod = Literal["day", "week", "month", "quarter", "year", "cumulative", "current"]
#: the stretch of time a rate is told per (see Figure.rate)
FigureRate = Literal["minute", "hour", "day", "week", "fortnight", "month", "quarter", "year"]

#: Qualifiers a figure can carry. One place (extract/figures) turns text into these and a range.
Qualifier = Literal[
    "exact",
    "approximate",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "range",
]


# Built by the hundred thousand when a project is read: frozen dataclasses cost five times as
# much to construct, so these are hashable by value but not frozen. Treat them as immutable.
@dataclass(slots=True, unsafe_hash=True)
class DateRange:
    """Where on the calendar something lies: a TIMEX3 value with its earliest and latest day.

    ``earliest``/``latest`` are inclusive; either may be None when the value is open or not
    resolvable (for example a relative date in an article with no publication date).
    """

    value: str
    earliest: date | None
    latest: date | None
    precision: Precision | None

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "precision": self.precision,
        }

    @property
    def resolved(self) -> bool:
        return self.earliest is not None and self.latest is not None


# Built by the hundred thousand when a project is read: frozen dataclasses cost five times as
# much to construct, so these are hashable by value but not frozen. Treat them as immutable.
@dataclass(slots=True, unsafe_hash=True)
class TimeExpression:
    """A TIMEX3-style time expression found in text and normalised against a publication date.

    ``needs_anchor`` is True for expressions whose value depends on the publication date
    ("Thursday", "last month"); with no publication date their ``value`` stays unresolved
    (an ``X`` pattern such as ``XXXX-WXX-4``) and ``date`` is None.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    explanation: str = ""
    date: DateRange | None = None
    needs_anchor: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "explanation": self.explanation,
        }


# Built by the hundred thousand when a project is read: frozen dataclasses cost five times as
# much to construct, so these are hashable by value but not frozen. Treat them as immutable.
@dataclass(slots=True, unsafe_hash=True)
class Fact:
    """The clause (or sentence) that a DATE/TIME expression anchors, dated by it."""

    start: int
    end: int
    text: str
    timex: int  # index into the article's list of time expressions
    date: DateRange

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "timex": self.timex,
            "date": self.date.to_json(),
        }


# Built by the hundred thousand when a project is read: frozen dataclasses cost five times as
# much to construct, so these are hashable by value but not frozen. Treat them as immutable.
@dataclass(slots=True, unsafe_hash=True)
class Figure:
    """A reported number with its qualifier turned into a range, and what it is about.

    ``low``/``high``: "more than 300" is (300, None, more_than); "between 10,000 and 12,000"
    is (10000, 12000, range); a single exact or approximate value has low == high.
    ``tolerance`` is the relative slack an approximate value allows when comparing (0.1 = 10%).
    """

    start: int
    end: int
    text: str
    number_text: str
    low: float | None
    high: float | None
    qualifier: Qualifier
    unit: str | None = None
    counted: str | None = None
    measure: str | None = None
    attributed_to: str | None = None
    as_of: date | None = None
    tolerance: float = 0.0
    #: words in the sentence saying the count is changing ("risen to", "now"), if any
    change_cue: str | None = None
    #: the place or party the count is limited to ("Gaza" in "killed in Gaza"), if any
    scope: str | None = None
    #: the stretch of time the count covers, when the text says: "day", "week", "month",
    #: "quarter" or "year" for a count within that window ending on ``as_of`` ("crossed on
    #: Tuesday", "added 12,000 jobs in October", "312 new cases"); "cumulative" for a running
    #: total ("so far", "this year", "since October", "death toll"); "current" for a level as of
    #: ``as_of`` ("are still in shelters", "remain missing"); None when the text does not say
    period: FigurePeriod | None = None
    #: the sentence denies the number ("30 soldiers, not 300", "denied reports that 500 had
    #: been arrested"): still a figure as written, but no claim of its source to compare
    denied: bool = False
    #: the number is a projection the sentence hedges ("the toll could reach 40,000", "may
    #: rise to 500"): a claim about what might be, not a count made, so it is compared only
    #: with other projections
    hedged: bool = False
    #: the number is a rate, told per this stretch of time ("treats 620,000 patients a year",
    #: "300 cars per hour", "feeds 1,200 families weekly"): how often, never one window's
    #: count, so it is compared only with a rate of the same stretch; None for a count, a sum
    #: or a level told once
    rate: FigureRate | None = None
    #: how finely ``as_of`` is known: "year" for a figure dated "in 1962" (``as_of`` is then
    #: the year's last day), "month" for "in March", "day" for a day or the publication date;
    #: the precision of the time expression that dates it. None when nothing says (a figure
    #: stored before it was kept), read as a day as before
    as_of_precision: Precision | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "number_text": self.number_text,
            "low": _plain_number(self.low),
            "high": _plain_number(self.high),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "counted": self.counted,
            "measure": self.measure,
            "attributed_to": self.attributed_to,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "as_of_precision": self.as_of_precision,
            "rate": self.rate,
        }


def _plain_number(x: float | None) -> float | int | None:
    if x is None:
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return x


EntityType = Literal["PERSON", "PLACE", "ORG"]


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One place in an article's text that names a person, a place or an organisation.
    ``start``/``end`` cover the name as written, without its title ("Gen. Ana Ruiz" ->
    "Ana Ruiz"); ``name`` is the canonical one a lane is labelled with ("Ruiz" -> "Ana Ruiz")."""

    start: int
    end: int
    text: str
    type: EntityType
    name: str


def fact_entities(start: int, end: int, mentions: list[EntityMention]) -> tuple[str, ...]:
    """The canonical names of the entities named inside ``start``..``end`` (a fact's span),
    each once, in the order the text first names them."""
    return tuple(dict.fromkeys(m.name for m in mentions if start <= m.start and m.end <= end))


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extract/ finds in one article's text."""

    timexes: list[TimeExpression] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    #: the people, places and organisations the text names (extract/entities.py)
    entities: list[EntityMention] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized piece of the document as read, kept in the body or set aside as furniture.

    ``reason`` says why a removed block was removed ("newsletter", "teaser", "author bio",
    "repeated", "navigation", "cookie banner", ...); it is None for kept blocks.
    """

    text: str
    kept: bool
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "kept": self.kept, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A possible publication date and where it was seen."""

    value: date
    origin: PublishedOrigin
    evidence: str  # e.g. 'meta article:published_time', 'dateline line 2: "SEOUL, Jan. 13 -"'


@dataclass(slots=True)
class RawArticle:
    """One document as read by ingest/: cleaned body plus metadata and where each came from."""

    text: str
    blocks: list[Block]
    format: str  # "txt" | "md" | "html" | "pasted"
    title: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    published_origin: PublishedOrigin | None = None
    date_candidates: list[DateCandidate] = field(default_factory=list)
    #: where each metadata field came from, e.g. {"title": "first line", "source": "og:site_name"}
    field_origins: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    language: str = "en"
    warnings: list[str] = field(default_factory=list)

    def article_json(self) -> dict[str, Any]:
        return article_json(self)


class _ArticleMetadata(Protocol):
    @property
    def title(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def published(self) -> date | None: ...
    @property
    def published_origin(self) -> PublishedOrigin | None: ...


def article_json(article: _ArticleMetadata) -> dict[str, Any]:
    """The `article` object of the command-line contract (DESIGN.md section 4)."""
    return {
        "title": article.title,
        "source": article.source,
        "author": article.author,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "published_origin": article.published_origin if article.published else None,
    }


def body_from_blocks(blocks: list[Block]) -> str:
    """The cleaned body: kept blocks, one paragraph per line. The single place that joins them."""
    return "\n".join(b.text for b in blocks if b.kept)


@dataclass(frozen=True, slots=True)
class FigureRef:
    """A figure as the comparison sees it: stored id, its article and the article's date."""

    id: int
    article_id: int
    figure: Figure
    source: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """Figures from different articles that report the same quantity."""

    key: str
    label: str
    figure_ids: list[int]


#: how the reason of a tentative pair begins: the stored pair keeps its reason, so whether a
#: pair is tentative is read back from it (``is_tentative``) wherever pairs are shown
TENTATIVE_REASON = "possibly the same quantity: "


def is_tentative(reason: str) -> bool:
    """Whether a pair's reason says it was paired only as possibly one quantity."""
    return reason.startswith(TENTATIVE_REASON)


@dataclass(frozen=True, slots=True)
class FigurePair:
    """Two figures of different articles and how they relate.

    ``tentative``: the two were left in no group together, but their telling is so alike
    (unit, time, measure or counted noun, place or teller) that they are possibly one
    quantity; the pair is judged as usual and its reason opens with ``TENTATIVE_REASON``
    and why. Its ``group_key`` is empty: it belongs to no group."""

    a: int
    b: int
    relation: Relation
    reason: str
    group_key: str = ""
    tentative: bool = False
