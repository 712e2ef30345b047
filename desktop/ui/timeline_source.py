"""Facts as timeline items: the bridge from the project to the timeline widget's data.

The timeline of a big project is built from lean rows (:meth:`ProjectService.timeline_rows`,
a tuple per dated fact) rather than from full fact records: reading 100,000 full records takes
seconds, the rows a fraction of that. A fact's tooltip is written when the analyst hovers it,
from that one fact (:func:`tooltip_of`), not for every fact up front.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from desktop.domain.records import FactRecord, TimelineRow
from desktop.ui.format import date_range_text, fact_line, precision_text
from desktop.ui.models.facts import MANUAL_SOURCE, fact_source
from desktop.ui.timeline.data import TimelineData, TimelineItem, describe_range

if TYPE_CHECKING:
    from desktop.services.project import ProjectService

LaneMode = Literal["source", "article", "tag", "entity"]
LANE_TITLES: dict[LaneMode, str] = {
    "source": "Sources",
    "article": "Articles",
    "tag": "Tags",
    "entity": "Entities",
}
UNTAGGED = "(no tag)"
#: the lane of the facts that name no entity named by another fact too
NO_ENTITY = "(no entity)"
#: an entity gets a lane when at least this many facts name it (one named once is no thread
#: to follow, and a lane per name read once would bury the story's actors)
ENTITY_LANE_MIN_FACTS = 2
#: copies of a fact in its second, third, ... entity lane have item ids of their own (the
#: timeline's items are keyed by id): -(fact id * COPY_SPAN + k), k = 1, 2, ...
COPY_SPAN = 1000
UNKNOWN_SOURCE = "(unknown source)"
#: lanes of the facts with no outlet, tag or entity: after every named lane, in either order
CATCH_ALL_LANES = (UNKNOWN_SOURCE, UNTAGGED, NO_ENTITY)
LABEL_CHARS = 90
#: a TIMEX3 value with a clock time: '2026-03-10T04:12', '2026-03-11T21:00:30', '...T09'
_CLOCK = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d)(?::(\d\d)(?::(\d\d(?:\.\d+)?))?)?(?![\d:])")


#: What the timeline needs of one dated fact: the service's lean timeline rows.
FactRow = TimelineRow


def row_of(fact: FactRecord) -> TimelineRow | None:
    """The fact as a timeline row, or None when it has no calendar position. A fact with one
    end left open is placed at the end it has (as ProjectService.timeline_rows does)."""
    first, last = fact.date.earliest, fact.date.latest
    known = first if first is not None else last
    if known is None or (first is not None and last is not None and last < first):
        return None
    article = fact.article
    return TimelineRow(
        fact.id,
        article.id if article is not None else None,
        article.source if article is not None else None,
        article.display_title if article is not None else None,
        known if first is None else first,
        known if last is None else last,
        fact.text,
        fact.status,
        fact.date.precision,
        fact.date.value,
        first is None,
        last is None,
    )


def time_of_day(value: str, earliest: date, latest: date) -> float | None:
    """The time of day a fact's date ``value`` gives, as the share of its day gone (04:12 is
    0.175): None for a fact of more than one day, a value without a clock time ('2026-03-10',
    '2026-03-10TMO': a part of the day is no time), or a value of another day than the fact's
    (a date edited since leaves the old value behind)."""
    if earliest != latest or not value or "T" not in value:
        return None
    m = _CLOCK.match(value)
    if m is None:
        return None
    year, month, day, hour = (int(g) for g in m.group(1, 2, 3, 4))
    minute = int(m.group(5) or 0)
    second = float(m.group(6) or 0)
    if (year, month, day) != (earliest.year, earliest.month, earliest.day):
        return None
    if hour > 24 or minute > 59 or second >= 60 or (hour == 24 and (minute or second)):
        return None
    # 24:00 is the end of the day; a point a hair before it stays in its day
    return min((hour * 3600 + minute * 60 + second) / 86400, 1.0 - 1e-6)


_VERSIONS = itertools.count(1)


@dataclass(slots=True)
class TimelineSource:
    """Everything the timeline is built from, kept so that one fact can be redrawn alone and
    the lanes regrouped (by source, article or tag) without reading the project again."""

    rows: dict[int, FactRow] = field(default_factory=dict)
    conflicted: set[int] = field(default_factory=set)
    #: tags per fact id; only read for lanes by tag (None until then)
    tags: dict[int, tuple[str, ...]] | None = None
    #: the entities each fact names (canonical names, text order); only read for lanes by
    #: entity (None until then)
    entities: dict[int, tuple[str, ...]] | None = None
    #: the type stored with each of a fact's entities, in the same order ("PERSON", "PLACE",
    #: "ORG"; None for a name stored before types were); facts with none stored are left out
    entity_types: dict[int, tuple[str | None, ...]] | None = None
    #: article id -> title as the articles list shows it (title, or the file name)
    titles: dict[int, str] = field(default_factory=dict)
    #: a number no other source or state of this one has had: it changes with every
    #: update(), and a search narrowed from the rows the last one kept is only as good as
    #: those rows (see NarrowingSelect)
    version: int = field(default_factory=lambda: next(_VERSIONS))
    #: the entities with a lane, for the state of the rows and entities it was counted for
    _entity_lanes: tuple[object, frozenset[str]] | None = None
    _entity_kinds: tuple[object, dict[str, str]] | None = None
    #: the entities dict the kinds were read for, the names read so far and what each is:
    #: a fact deleted or a lane gained reads only the lanes not read yet
    _kinds_read: tuple[object, set[str], dict[str, str]] | None = None

    def lane_of(self, row: FactRow, mode: LaneMode) -> str:
        if mode == "article":
            if row.article_id is None:
                return MANUAL_SOURCE
            return self.titles.get(row.article_id) or row.title or f"Article {row.article_id}"
        if mode == "tag":
            # A fact shows once: under its first tag (tags are kept sorted).
            tags = (self.tags or {}).get(row.id)
            return tags[0] if tags else UNTAGGED
        if mode == "entity":
            # its first lane (a fact is drawn in the lane of every entity it names)
            return self.entity_lanes_of(row.id)[0]
        if row.article_id is None:
            return MANUAL_SOURCE
        return row.source or UNKNOWN_SOURCE

    def item(self, row: FactRow, mode: LaneMode) -> TimelineItem:
        text = fact_line(row.text)
        label = text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"
        return TimelineItem(
            row.id,
            self.lane_of(row, mode),
            row.earliest,
            row.latest,
            label,
            row.status,
            row.id in self.conflicted,
            row.precision or "day",
            "",
            row.open_start,
            row.open_end,
            time_of_day(row.value, row.earliest, row.latest),
        )

    def data(self, mode: LaneMode, order: str = "name") -> TimelineData:
        """The items in lanes by ``mode``, the lanes by name or, with ``order`` "count",
        the lanes with most facts first (the outlets that carry the story on top). In lanes
        by entity the facts that name none go last, whatever the order, as do the facts of no
        known outlet in lanes by source and the untagged ones in lanes by tag."""
        items = self._entity_items() if mode == "entity" else self._items(mode)
        counts: dict[str, int] = {}
        for it in items:
            counts[it.lane] = counts.get(it.lane, 0) + 1
        if order == "count":
            lanes = sorted(counts, key=lambda n: (-counts[n], n.lower(), n))
        else:
            lanes = sorted(counts, key=lambda n: (n.lower(), n))
        # The lane of what has no outlet, tag or entity goes after the named ones: sorted by
        # name its '(' put '(unknown source)' above every outlet, the first lane an analyst
        # saw of a project of the round 1-11 packs.
        for rest in CATCH_ALL_LANES:
            if rest in counts:
                lanes.remove(rest)
                lanes.append(rest)
        kinds = self.entity_kinds() if mode == "entity" else None
        return TimelineData(items, lanes, kinds=kinds)

    # -- lanes by entity ------------------------------------------------------------------

    def entity_lane_names(self) -> dict[str, int]:
        """The entities that get a lane, with how many dated facts name each: those named by
        at least ENTITY_LANE_MIN_FACTS facts."""
        counts: dict[str, int] = {}
        entities = self.entities or {}
        for fact_id in self.rows:
            for name in entities.get(fact_id, ()):
                counts[name] = counts.get(name, 0) + 1
        return {n: c for n, c in counts.items() if c >= ENTITY_LANE_MIN_FACTS}

    def entity_kinds(self) -> dict[str, str]:
        """What each entity with a lane is, said beside its count ("Person · 9 facts"): the
        type most of the lane's facts stored with the name (entity_types). A name no fact
        stored a type for (a project read before entities round 3) gets the type the finder
        gives it in the sentences of the lane's facts, by a majority of up to KIND_VOTES of
        them. A name with no majority, or none read, gets no word."""
        from desktop.extract.entities import find_entities

        key = (len(self.rows), id(self.entities))
        if self._entity_kinds is not None and self._entity_kinds[0] == key:
            return self._entity_kinds[1]
        lanes = self._lane_set()
        entities = self.entities or {}
        if self._kinds_read is None or self._kinds_read[0] is not self.entities:
            self._kinds_read = (self.entities, set(), {})
        _, read, found = self._kinds_read
        todo = {n for n in lanes if n not in read}
        votes: dict[str, dict[str, int]] = {}
        types = self.entity_types or {}
        for fact_id in self.rows if todo and types else ():
            for named, kind in zip(entities.get(fact_id, ()), types.get(fact_id, ()), strict=False):
                if kind is not None and named in todo:
                    counts = votes.setdefault(named, {})
                    counts[kind] = counts.get(kind, 0) + 1
        stored = set(votes)
        # names with no stored type: read from the sentences, as before types were stored
        unread = todo - stored
        for fact_id, row in self.rows.items() if unread else ():
            wanted = [
                n
                for n in entities.get(fact_id, ())
                if n in unread and _votes(votes, n) < KIND_VOTES
            ]
            if not wanted:
                continue
            for m in find_entities(row.text):
                name = m.name if m.name in wanted else m.text if m.text in wanted else None
                if name is not None:
                    tally = votes.setdefault(name, {})
                    tally[m.type] = tally.get(m.type, 0) + 1
        for name, tally in votes.items():
            best = max(tally.values())
            top = [t for t, n in tally.items() if n == best]
            if len(top) == 1:
                found[name] = ENTITY_KIND_WORDS[top[0]]
        read.update(todo)
        kinds = {name: kind for name, kind in found.items() if name in lanes}
        self._entity_kinds = (key, kinds)
        return kinds

    def entity_lanes_of(self, fact_id: int, lanes: Collection[str] | None = None) -> list[str]:
        """The lanes a fact is drawn in, in lanes by entity: one per entity it names that has
        a lane, or NO_ENTITY."""
        if lanes is None:
            lanes = self._lane_set()
        names = [n for n in (self.entities or {}).get(fact_id, ()) if n in lanes]
        return names or [NO_ENTITY]

    def _lane_set(self) -> Collection[str]:
        key = (len(self.rows), id(self.entities))
        if self._entity_lanes is None or self._entity_lanes[0] != key:
            self._entity_lanes = (key, frozenset(self.entity_lane_names()))
        return self._entity_lanes[1]

    def entity_items(self, row: FactRow) -> list[TimelineItem]:
        """The fact's items in lanes by entity: the first keeps the fact's id, the copies in
        its other lanes have ids of their own (:func:`copy_id`)."""
        first = self.item(row, "entity")
        out = [first]
        for k, lane in enumerate(self.entity_lanes_of(row.id)[1:COPY_SPAN], start=1):
            copy = replace(first, lane=lane)
            copy.id = copy_id(row.id, k)
            copy.copy_of = row.id
            out.append(copy)
        return out

    def item_ids(self, fact_id: int, mode: LaneMode) -> list[int]:
        """The ids of a fact's items on the timeline: its own, and in lanes by entity those
        of its copies."""
        if mode != "entity":
            return [fact_id]
        n = len(self.entity_lanes_of(fact_id))
        return [fact_id] + [copy_id(fact_id, k) for k in range(1, min(n, COPY_SPAN))]

    def lane_facts(self, name: str) -> set[int]:
        """Lanes by entity: the dated facts drawn in the lane ``name``."""
        lanes = self._lane_set()
        return {f for f in self.rows if name in self.entity_lanes_of(f, lanes)}

    def _entity_items(self) -> list[TimelineItem]:
        lanes = self._lane_set()
        entities = self.entities or {}
        items = self._items("source")
        out: list[TimelineItem] = []
        for it in items:
            names = [n for n in entities.get(it.id, ()) if n in lanes] or [NO_ENTITY]
            it.lane = names[0]
            out.append(it)
            for k, lane in enumerate(names[1:COPY_SPAN], start=1):
                copy = replace(it, lane=lane)
                copy.id = copy_id(it.id, k)
                copy.copy_of = it.id
                out.append(copy)
        return out

    def _items(self, mode: LaneMode) -> list[TimelineItem]:
        # The hot loop of opening a big project (100,000 rows): the lane is found once per
        # article (or tag), not once per fact, and items are made without a call per row.
        lanes: dict[object, str] = {}
        lane_of = self.lane_of
        conflicted = self.conflicted
        tags = self.tags or {}
        by_tag = mode == "tag"
        limit = LABEL_CHARS
        make = TimelineItem
        clock = time_of_day
        items = []
        for r in self.rows.values():
            key = tags.get(r.id, ()) if by_tag else (r.article_id, r.source)
            lane = lanes.get(key)
            if lane is None:
                lane = lanes[key] = lane_of(r, mode)
            text = fact_line(r.text)
            label = text if len(text) <= limit else text[: limit - 1] + "…"
            items.append(
                make(
                    r.id,
                    lane,
                    r.earliest,
                    r.latest,
                    label,
                    r.status,
                    r.id in conflicted,
                    r.precision or "day",
                    "",
                    r.open_start,
                    r.open_end,
                    clock(r.value, r.earliest, r.latest) if r.value and "T" in r.value else None,
                )
            )
        return items

    def sources(self) -> list[str]:
        """The source names of the dated facts, for the source filter."""
        names = {self.lane_of(r, "source") for r in self.rows.values()}
        return sorted(names, key=str.lower)

    def update(
        self,
        fact: FactRecord,
        tags: Iterable[str] | None = None,
    ) -> FactRow | None:
        """Take in a changed fact; returns its row, or None when it is no longer dated."""
        self.version = next(_VERSIONS)
        row = row_of(fact)
        if row is None:
            self.rows.pop(fact.id, None)
        else:
            self.rows[fact.id] = row
        if fact.has_conflict:
            self.conflicted.add(fact.id)
        else:
            self.conflicted.discard(fact.id)
        if self.tags is not None:
            self.tags[fact.id] = tuple(fact.tags if tags is None else tags)
        if self.entities is not None and self.entities.get(fact.id, ()) != tuple(fact.entities):
            # its text rewritten: the names follow it (the store's update_fact), and the
            # lanes are counted again (what each lane is is kept: see entity_kinds)
            if fact.entities:
                self.entities[fact.id] = tuple(fact.entities)
            else:
                self.entities.pop(fact.id, None)
            if self.entity_types is not None:
                # a record carries the names, not their types: the stored ones no longer
                # line up (what each lane is is kept, and a new name is read from the text)
                self.entity_types.pop(fact.id, None)
            self._entity_lanes = None
            self._entity_kinds = None
        return row


#: how many of an entity's facts are read to say what it is (see TimelineSource.entity_kinds)
KIND_VOTES = 5
ENTITY_KIND_WORDS = {"PERSON": "Person", "PLACE": "Place", "ORG": "Organisation"}


def _votes(votes: dict[str, dict[str, int]], name: str) -> int:
    tally = votes.get(name)
    return sum(tally.values()) if tally else 0


def copy_id(fact_id: int, k: int) -> int:
    """The item id of a fact's ``k``-th copy in lanes by entity (k >= 1): negative, so no
    fact's own id is ever one."""
    return -(fact_id * COPY_SPAN + k)


def fact_of_item(item_id: int) -> int:
    """The fact an item of the timeline draws: itself, or the fact a copy is of."""
    return item_id if item_id >= 0 else -item_id // COPY_SPAN


def load_timeline(
    project: ProjectService,
    *,
    with_tags: bool = False,
    with_entities: bool = False,
    titles: Mapping[int, str] | None = None,
    with_conflicts: bool = True,
) -> TimelineSource:
    """Read what the timeline draws: one lean query, the conflicted facts, and (for lanes by
    tag or entity) the tags or the entities. The window and the timeline benchmark both open a project through this.

    Without ``with_conflicts`` no fact is marked conflicted: finding them passes over every
    contradiction of the project (2 s at 20,000 facts and 3,000 conflicted), which the
    window leaves to its background read and marks when it lands."""
    entities, types = project.store.typed_entities_by_fact() if with_entities else (None, None)
    return TimelineSource(
        rows={r.id: r for r in project.timeline_rows()},
        conflicted=project.conflicted_fact_ids() if with_conflicts else set(),
        tags=project.tags_by_fact() if with_tags else None,
        entities=entities,
        entity_types=types,
        titles=dict(titles or {}),
    )


def tooltip_of(fact: FactRecord) -> str:
    """What hovering a fact shows: its text, its date with the reasoning, where it is from."""
    lines = [fact.text]
    when = (
        describe_range(fact.date.earliest, fact.date.latest)
        if fact.date.earliest and fact.date.latest
        else date_range_text(fact.date)
    )
    if fact.date.earliest is not None and fact.date.latest is not None:
        share = time_of_day(fact.date.value, fact.date.earliest, fact.date.latest)
        if share is not None:
            # the time the timeline places it at ('at 04:12'), said where it is hovered
            minutes = round(share * 1440)
            when += f" at {minutes // 60:02d}:{minutes % 60:02d}"
    precision = precision_text(fact.date)
    lines.append(f"{when} ({precision})" if precision else when)
    if fact.timex is not None and fact.timex.explanation:
        lines.append(f"“{fact.timex.text}”: {fact.timex.explanation}")
    src = fact_source(fact)
    if fact.article is not None:
        src += f" — {fact.article.display_title}"
    lines.append(src)
    if fact.status != "auto":
        lines.append(f"Status: {fact.status}")
    if fact.has_conflict:
        lines.append("⚠ a figure here contradicts another source")
    return "\n".join(lines)


def timeline_data(
    facts: Iterable[FactRecord],
    mode: LaneMode = "source",
    *,
    conflicted: Collection[int] = (),
    entities: Mapping[int, tuple[str, ...]] | None = None,
) -> TimelineData:
    """The timeline of a handful of full records (exports, tests): the same items as the
    window builds from rows."""
    facts = list(facts)
    source = TimelineSource()
    for f in facts:
        row = row_of(f)
        if row is None:
            continue
        source.rows[f.id] = row
        if f.has_conflict or f.id in conflicted:
            source.conflicted.add(f.id)
        if f.article is not None:
            source.titles[f.article.id] = f.article.display_title
    if mode == "tag":
        source.tags = {f.id: f.tags for f in facts if f.id in source.rows}
    if mode == "entity":
        source.entities = dict(entities or {})
    return source.data(mode)
