"""What the timeline shows, indexed so that one screenful is found without touching the rest.

Pure Python, no Qt and no database: the widget is handed a :class:`TimelineData` built from
plain :class:`TimelineItem` records, so it can be fed by the project, a test or a benchmark.

Time is measured in days as floats on the proleptic Gregorian ordinal scale: the day
``d`` covers ``[d.toordinal(), d.toordinal() + 1)``. Every item is therefore an interval, and
a day-precision fact is simply an interval one day long.

Per lane the items are kept in flat ``array`` columns sorted by position, so the visible part
of a lane is two ``bisect`` calls away, and so that counting the items that fall into a screen
bucket costs two more. Items are split into *length tiers* (a day, a week, a month, ...): at
any zoom a whole tier is either narrow enough to be counted into buckets or wide enough to be
drawn as bars, and an interval query only has to look back by the longest item of its tier.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate, compress, islice
from operator import add, attrgetter, sub

#: Longest item (in days) of each length tier: day, week, month, quarter/season, year, decade,
#: anything longer. A tier's items are either all drawn as bars or all counted into buckets.
TIER_MAX_DAYS: tuple[float, ...] = (1.0, 8.0, 32.0, 93.0, 367.0, 3700.0, math.inf)

STATUSES = ("auto", "confirmed", "rejected", "edited", "manual")


# Built by the hundred thousand when a project opens: a frozen dataclass costs four times as
# much to construct, so items are hashable by value but not frozen. Treat them as immutable:
# a changed fact is a new item handed to TimelineData.replace().
@dataclass(slots=True, unsafe_hash=True)
class TimelineItem:
    """One dated fact as the timeline sees it.

    ``earliest``/``latest`` are inclusive days. ``label`` is the short text drawn next to it.
    ``tooltip`` is what hovering shows; it may stay empty when the widget is given a way to
    describe a fact on demand (formatting 100,000 tooltips up front is wasted work).
    """

    id: int
    lane: str
    earliest: date
    latest: date
    label: str
    status: str = "auto"
    has_conflict: bool = False
    precision: str = "day"
    tooltip: str = ""
    #: the text leaves the start open ("for months" up to ``latest``): drawn reaching back
    open_start: bool = False
    #: the text leaves the end open ("since 2014"): drawn reaching on from ``earliest``
    open_end: bool = False
    #: the time of day its date gives ('at 04:12', 'at 9 p.m.'), as the share of its day gone
    #: (04:12 is 0.175); only a fact of one day has one. It stands at that time, where a
    #: fact of its day alone stands on the whole day.
    time: float | None = None
    #: the id of the item this one repeats in another lane (lanes by entity draw a fact in
    #: the lane of every entity it names): selected with it, ringed with it
    copy_of: int | None = None

    def __post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError(
                f"timeline item {self.id}: latest {self.latest} is before earliest {self.earliest}"
            )

    @property
    def start(self) -> float:
        return float(self.earliest.toordinal())

    @property
    def end(self) -> float:
        """Exclusive end in days: the day after ``latest``."""
        return float(self.latest.toordinal() + 1)

    @property
    def days(self) -> int:
        return self.latest.toordinal() - self.earliest.toordinal() + 1

    @property
    def anchor(self) -> float:
        """The single position used when the item is counted or drawn as a marker: its time
        of day when it has one, else the middle of its interval."""
        return _anchor(self, self.earliest.toordinal(), self.latest.toordinal())


def _anchor(item: TimelineItem, first: int, last: int) -> float:
    """``item``'s anchor, its first and last days' ordinals given."""
    time = item.time
    if time is not None and first == last:
        return first + time
    return (first + last + 1) / 2.0


def tier_of(days: float) -> int:
    """The length tier of an item ``days`` long."""
    return bisect_left(TIER_MAX_DAYS, days)


def day_to_date(t: float) -> date:
    """The calendar day that contains position ``t``, clamped to what ``date`` can hold."""
    o = min(max(math.floor(t), 1), date.max.toordinal())
    return date.fromordinal(o)


@dataclass(slots=True)
class SpanGroup:
    """Items of one lane that cover exactly the same interval ("2019", "March 2024").

    Year- or month-precision facts from one source often share their interval exactly, so they
    are drawn as one bar with a count rather than as a pile of identical bars.
    """

    start: float
    end: float
    members: list[TimelineItem]

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def conflicts(self) -> int:
        return sum(1 for m in self.members if m.has_conflict)

    @property
    def earliest(self) -> date:
        return self.members[0].earliest

    @property
    def latest(self) -> date:
        return self.members[0].latest


@dataclass(slots=True)
class _TierGroups:
    """The span groups of one length tier, sorted by start."""

    starts: array[float] = field(default_factory=lambda: array("d"))
    groups: list[SpanGroup] = field(default_factory=list)
    longest: float = 0.0

    def overlapping(self, t0: float, t1: float) -> list[SpanGroup]:
        # A group that overlaps [t0, t1) starts before t1 and no earlier than t0 - longest.
        lo = bisect_left(self.starts, t0 - self.longest)
        hi = bisect_left(self.starts, t1)
        return [g for g in self.groups[lo:hi] if g.end > t0]


@dataclass(slots=True)
class PointColumn:
    """Items of tiers 0..k of one lane sorted by anchor, with prefix sums for bucket summaries."""

    anchors: array[float]
    items: list[TimelineItem]
    #: anchor_sums[i] is the sum of anchors[:i]; conflict_counts[i] the conflicts among items[:i]
    anchor_sums: array[float]
    conflict_counts: array[int]

    def __len__(self) -> int:
        return len(self.anchors)

    def index_range(self, t0: float, t1: float) -> tuple[int, int]:
        """Indices ``lo, hi`` of the items whose anchor lies in ``[t0, t1)``."""
        return bisect_left(self.anchors, t0), bisect_left(self.anchors, t1)


@dataclass(frozen=True, slots=True)
class Bucket:
    """A run of items of one lane whose anchors fall into ``[start, end)``."""

    start: float
    end: float
    lo: int  # index range into the PointColumn the bucket was computed from
    hi: int
    mean_anchor: float
    conflicts: int

    @property
    def count(self) -> int:
        return self.hi - self.lo


def _build_point_column(
    items: list[TimelineItem], anchors: list[float], conflicts: list[int]
) -> PointColumn:
    # accumulate() runs in C: a column of 100,000 items is built in a few milliseconds.
    return PointColumn(
        array("d", anchors),
        items,
        array("d", accumulate(anchors, initial=0.0)),
        array("q", accumulate(conflicts, initial=0)),
    )


def _redo_sums_from(col: PointColumn, i: int) -> None:
    """Prefix sums of ``col`` recomputed from index ``i`` on, after its items changed there."""
    del col.anchor_sums[i + 1 :]
    del col.conflict_counts[i + 1 :]
    col.anchor_sums.extend(islice(accumulate(col.anchors[i:], initial=col.anchor_sums[i]), 1, None))
    flags = (1 if it.has_conflict else 0 for it in col.items[i:])
    col.conflict_counts.extend(islice(accumulate(flags, initial=col.conflict_counts[i]), 1, None))


_item_id = attrgetter("id")

#: a lane's items' first days, last days, length tiers and anchors, in anchor order
_SortKeys = tuple[list[int], list[int], list[int], list[float]]


class LaneIndex:
    """All items of one lane, indexed by position for every length tier.

    The index is built on first use, so that opening a project with many lanes only pays for
    the lanes that come into view.
    """

    __slots__ = ("_columns", "_keys", "_raw", "_tiers", "count", "name")

    def __init__(
        self, name: str, items: Iterable[TimelineItem], keys: _SortKeys | None = None
    ) -> None:
        """``keys``, when given, are the items' first days, last days, tiers and anchors,
        the items already in anchor order (a subset of a built lane): the build skips the
        sort and the per-item dates."""
        self.name = name
        self._raw: list[TimelineItem] | None = list(items)
        self.count = len(self._raw)
        self._columns: list[PointColumn] = []
        self._tiers: list[_TierGroups] = []
        #: the sorted items' keys, kept after the build for subsets; None once edited
        self._keys: _SortKeys | None = keys

    def _build(self) -> None:
        raw = self._raw
        if raw is None:
            return
        self._raw = None
        if self._keys is not None:
            items = raw
            firsts, lasts, tiers, anchors = self._keys
        else:
            given_firsts = [it.earliest.toordinal() for it in raw]
            given_lasts = [it.latest.toordinal() for it in raw]
            # Twice the anchor, as an int: sorting ints is much cheaper than sorting tuples,
            # and the sort is stable, so ties keep the order the items were given in.
            doubled = [f + la + 1 for f, la in zip(given_firsts, given_lasts, strict=True)]
            if any(it.time is not None for it in raw):
                # Facts with a time of day stand at it: the anchors themselves are the key.
                given = [
                    _anchor(it, f, la)
                    for it, f, la in zip(raw, given_firsts, given_lasts, strict=True)
                ]
                order = sorted(range(len(raw)), key=given.__getitem__)
                anchors = [given[i] for i in order]
            else:
                order = sorted(range(len(raw)), key=doubled.__getitem__)
                anchors = [doubled[i] / 2.0 for i in order]
            items = [raw[i] for i in order]
            firsts = [given_firsts[i] for i in order]
            lasts = [given_lasts[i] for i in order]
            tiers = [
                bisect_left(TIER_MAX_DAYS, la - f + 1) for f, la in zip(firsts, lasts, strict=True)
            ]
            self._keys = (firsts, lasts, tiers, anchors)
        conflicts = [1 if it.has_conflict else 0 for it in items]

        n_tiers = len(TIER_MAX_DAYS)
        present = set(tiers)
        previous: PointColumn | None = None
        for k in range(n_tiers):
            if previous is not None and k not in present:
                # Nothing new at this length: the cumulative column is the one below it.
                self._columns.append(previous)
                continue
            if all(t <= k for t in present):
                previous = _build_point_column(items, anchors, conflicts)
            else:
                # compress() walks the columns in C; building a 100,000-item column takes
                # milliseconds instead of tens of them.
                mask = [t <= k for t in tiers]
                previous = _build_point_column(
                    list(compress(items, mask)),
                    list(compress(anchors, mask)),
                    list(compress(conflicts, mask)),
                )
            self._columns.append(previous)

        # Span groups: only items longer than a day are ever drawn as bars; single days are
        # answered from the point column.
        self._tiers = [_TierGroups() for _ in range(n_tiers)]
        by_interval: dict[tuple[int, int], list[TimelineItem]] = {}
        for first, last, it in zip(firsts, lasts, items, strict=True):
            if last > first:
                by_interval.setdefault((first, last), []).append(it)
        for (first, last), members in sorted(by_interval.items()):
            start, end = float(first), float(last + 1)
            tier = self._tiers[bisect_left(TIER_MAX_DAYS, end - start)]
            tier.starts.append(start)
            tier.groups.append(SpanGroup(start, end, members))
            tier.longest = max(tier.longest, end - start)

    # -- single-item changes ------------------------------------------------------------------
    #
    # One edited fact must not cost a rebuild of its lane (a lane may hold 100,000 facts). The
    # sorted columns take the item at its place (a memmove in C) and their prefix sums are
    # redone from that place on with accumulate(), also in C; its span group gains or loses it.

    def kept(self, keep: Callable[[TimelineItem], bool] | None) -> LaneIndex:
        """A lane of the same name with the items ``keep`` accepts. From a built lane the
        items come in order with their keys, and the new lane's build skips the sort and
        the dates (a search rebuilds every lane it shows at each keystroke)."""
        self._build()
        keys = self._keys
        items = self._columns[-1].items if self._columns else []
        if keys is None:
            # edited since its build: the keys are no longer the columns' order
            return LaneIndex(self.name, (it for it in items if keep is None or keep(it)))
        if keep is None:
            return LaneIndex(self.name, items, keys)
        mask = list(map(keep, items))
        kept_keys = (
            list(compress(keys[0], mask)),
            list(compress(keys[1], mask)),
            list(compress(keys[2], mask)),
            list(compress(keys[3], mask)),
        )
        return LaneIndex(self.name, compress(items, mask), kept_keys)

    def add(self, item: TimelineItem) -> None:
        self._keys = None
        self.count += 1
        if self._raw is not None:
            self._raw.append(item)
            return
        first, last = item.earliest.toordinal(), item.latest.toordinal()
        anchor = _anchor(item, first, last)
        tier = bisect_left(TIER_MAX_DAYS, last - first + 1)
        columns = self._columns
        if tier > 0 and columns[tier] is columns[tier - 1]:
            # Until now no item of this length: the tiers from here up shared the column below.
            shared = columns[tier]
            own = PointColumn(
                array("d", shared.anchors),
                list(shared.items),
                array("d", shared.anchor_sums),
                array("q", shared.conflict_counts),
            )
            for k in range(tier, len(columns)):
                if columns[k] is shared:
                    columns[k] = own
        done: set[int] = set()
        for k in range(tier, len(columns)):
            col = columns[k]
            if id(col) in done:
                continue
            done.add(id(col))
            # After items at the same position: a replaced fact goes last among its equals.
            i = bisect_right(col.anchors, anchor)
            col.anchors.insert(i, anchor)
            col.items.insert(i, item)
            _redo_sums_from(col, i)
        if last > first:
            groups = self._tiers[tier]
            start, end = float(first), float(last + 1)
            lo = bisect_left(groups.starts, start)
            hi = bisect_right(groups.starts, start)
            for g in groups.groups[lo:hi]:
                if g.end == end:
                    g.members.append(item)
                    break
            else:
                # Shortest first among groups of one start, as the build orders them.
                at = lo
                while at < hi and groups.groups[at].end < end:
                    at += 1
                groups.starts.insert(at, start)
                groups.groups.insert(at, SpanGroup(start, end, [item]))
                groups.longest = max(groups.longest, end - start)

    def remove(self, item: TimelineItem) -> bool:
        """Take ``item`` (found by id) out of the lane; False when it is not here."""
        self._keys = None
        if self._raw is not None:
            for i, it in enumerate(self._raw):
                if it.id == item.id:
                    del self._raw[i]
                    self.count -= 1
                    return True
            return False
        first, last = item.earliest.toordinal(), item.latest.toordinal()
        anchor = _anchor(item, first, last)
        tier = bisect_left(TIER_MAX_DAYS, last - first + 1)
        found = False
        done: set[int] = set()
        for k in range(tier, len(self._columns)):
            col = self._columns[k]
            if id(col) in done:
                continue
            done.add(id(col))
            lo, hi = bisect_left(col.anchors, anchor), bisect_right(col.anchors, anchor)
            for i in range(lo, hi):
                if col.items[i].id == item.id:
                    del col.anchors[i]
                    del col.items[i]
                    _redo_sums_from(col, i)
                    found = True
                    break
        if last > first:
            groups = self._tiers[tier]
            start, end = float(first), float(last + 1)
            lo, hi = bisect_left(groups.starts, start), bisect_right(groups.starts, start)
            for j in range(lo, hi):
                g = groups.groups[j]
                if g.end != end:
                    continue
                g.members = [m for m in g.members if m.id != item.id]
                if not g.members:
                    del groups.starts[j]
                    del groups.groups[j]
                # ``longest`` may now be more than needed: still a correct look-back bound.
                break
        if found:
            self.count -= 1
        return found

    def items(self) -> list[TimelineItem]:
        """Every item of the lane (sorted by position once the index is built)."""
        if self._raw is not None:
            return list(self._raw)
        return list(self._columns[-1].items) if self._columns else []

    def column(self, tier: int) -> PointColumn:
        """Items of all tiers up to and including ``tier``, sorted by anchor."""
        if self._raw is not None:
            self._build()
        return self._columns[tier]

    def groups_overlapping(self, tier: int, t0: float, t1: float) -> list[SpanGroup]:
        """Groups of items longer than a day, of one tier, that overlap ``[t0, t1)``."""
        if self._raw is not None:
            self._build()
        return self._tiers[tier].overlapping(t0, t1)

    def tier_has_items(self, tier: int) -> bool:
        if self._raw is not None:
            self._build()
        return bool(self._tiers[tier].groups)

    def items_overlapping(self, t0: float, t1: float) -> list[TimelineItem]:
        """Every item whose interval overlaps ``[t0, t1)``."""
        col = self.column(0)
        # A single day [d, d+1) has its anchor within it (at d + 0.5, or at its time of
        # day): it may overlap when the anchor lies within a day of the range.
        lo = bisect_right(col.anchors, t0 - 1.0)
        hi = bisect_left(col.anchors, t1 + 1.0)
        found = [
            it
            for it in col.items[lo:hi]
            if it.latest == it.earliest and it.start < t1 and it.start + 1.0 > t0
        ]
        for tier in self._tiers:
            for g in tier.overlapping(t0, t1):
                found.extend(g.members)
        return found

    def buckets(self, tier: int, t0: float, t1: float, bucket_days: float) -> list[Bucket]:
        """Non-empty buckets of width ``bucket_days`` (aligned to day 0) over ``[t0, t1)``.

        Buckets are aligned to absolute time rather than to the screen, so that panning moves
        them with the content instead of re-sorting items into new buckets at every step.
        """
        col = self.column(tier)
        anchors = col.anchors
        n = len(anchors)
        out: list[Bucket] = []
        b = math.floor(t0 / bucket_days)
        lo = bisect_left(anchors, b * bucket_days)
        sums = col.anchor_sums
        conf = col.conflict_counts
        while lo < n:
            first = anchors[lo]
            if first >= t1:
                break
            # Skip empty stretches in one step rather than walking bucket by bucket.
            jump = math.floor(first / bucket_days)
            if jump > b:
                b = jump
            b_end = (b + 1) * bucket_days
            hi = bisect_left(anchors, b_end, lo)
            mean = (sums[hi] - sums[lo]) / (hi - lo)
            out.append(Bucket(b * bucket_days, b_end, lo, hi, mean, conf[hi] - conf[lo]))
            lo = hi
            b += 1
        return out


class TimelineData:
    """Items grouped into ordered lanes and indexed for visible-range queries.

    ``lanes`` gives the lane order; lanes that hold items but are not named are appended in
    alphabetical order, and named lanes without items are kept (an empty source still shows).
    """

    def __init__(
        self,
        items: Iterable[TimelineItem],
        lanes: Sequence[str] | None = None,
        *,
        kinds: Mapping[str, str] | None = None,
    ) -> None:
        #: a word on what a lane's name is, said beside its count ("Person", "Place"): lanes
        #: by entity
        self.lane_kinds: dict[str, str] = dict(kinds or {})
        per_lane: dict[str, list[TimelineItem]] = {}
        by_id: dict[int, TimelineItem] = {}
        for it in items:
            by_id[it.id] = it
            per_lane.setdefault(it.lane, []).append(it)
        if len(by_id) != sum(len(v) for v in per_lane.values()):
            raise ValueError("duplicate timeline item ids")
        order = list(dict.fromkeys(lanes or ()))
        named = set(order)
        order += sorted(name for name in per_lane if name not in named)
        self._lanes: list[LaneIndex] = [LaneIndex(name, per_lane.get(name, ())) for name in order]
        self._lane_pos = {lane.name: i for i, lane in enumerate(self._lanes)}
        self._by_id = by_id
        self._extent: tuple[date, date] | None = None
        self._extent_known = False

    # -- whole-data questions -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[TimelineItem]:
        return iter(self._by_id.values())

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._by_id

    @property
    def lane_names(self) -> list[str]:
        return [lane.name for lane in self._lanes]

    @property
    def lanes(self) -> list[LaneIndex]:
        return list(self._lanes)

    def lane(self, name: str) -> LaneIndex:
        return self._lanes[self._lane_pos[name]]

    def lane_position(self, name: str) -> int:
        return self._lane_pos[name]

    def item(self, item_id: int) -> TimelineItem | None:
        return self._by_id.get(item_id)

    def extent(self) -> tuple[date, date] | None:
        """First and last day covered by any item, or None when there are no items."""
        if not self._extent_known:
            values = self._by_id.values()
            self._extent = (
                (min(it.earliest for it in values), max(it.latest for it in values))
                if values
                else None
            )
            self._extent_known = True
        return self._extent

    # -- single-item changes ----------------------------------------------------------------

    def replace(self, item: TimelineItem) -> TimelineItem | None:
        """Put ``item`` in place of the item with its id (or add it); returns the old one.

        Only the lanes involved change, and only at the item's place in them: an edit of one
        fact in a project of 100,000 costs microseconds, not a rebuild. A lane not seen before
        is added at the end.
        """
        old = self._by_id.get(item.id)
        if old is not None:
            self._lanes[self._lane_pos[old.lane]].remove(old)
        pos = self._lane_pos.get(item.lane)
        if pos is None:
            pos = self._lane_pos[item.lane] = len(self._lanes)
            self._lanes.append(LaneIndex(item.lane, ()))
        self._lanes[pos].add(item)
        self._by_id[item.id] = item
        self._extent_changed(old, item)
        return old

    def remove(self, item_id: int) -> TimelineItem | None:
        """Take the item with this id out; returns it, or None when there was none. Its lane
        stays, as in :meth:`subset`, so the lanes do not jump around."""
        old = self._by_id.pop(item_id, None)
        if old is not None:
            self._lanes[self._lane_pos[old.lane]].remove(old)
            self._extent_changed(old, None)
        return old

    def _extent_changed(self, old: TimelineItem | None, new: TimelineItem | None) -> None:
        if not self._extent_known:
            return
        ext = self._extent
        if old is not None and ext is not None and (old.earliest == ext[0] or old.latest == ext[1]):
            # The item that set an end may have moved inwards: find the ends again when asked.
            self._extent_known = False
            return
        if new is not None:
            if ext is None:
                self._extent = (new.earliest, new.latest)
            else:
                self._extent = (min(ext[0], new.earliest), max(ext[1], new.latest))

    # -- derived views ----------------------------------------------------------------------

    def subset(
        self,
        keep: Callable[[TimelineItem], bool] | None = None,
        lanes: Iterable[str] | None = None,
        *,
        by_count: bool = False,
        drop_empty: bool = False,
    ) -> TimelineData:
        """The items that ``keep`` accepts, in the lanes named by ``lanes`` (all when None).

        Lane order is preserved, and lanes left without items stay, so filtering does not make
        the lane column jump around. With ``by_count`` the lanes are ranked again by the
        facts they keep (the outlets with most facts *under this filter* on top; the order of
        the whole project put a source with nothing left in the search first). With
        ``drop_empty`` the lanes left without items are left out (a search folds them).
        """
        wanted = None if lanes is None else set(lanes)
        kept = [lane.kept(keep) for lane in self._lanes if wanted is None or lane.name in wanted]
        if drop_empty:
            kept = [lane for lane in kept if lane.count]
        if by_count:
            kept.sort(key=lambda lane: (-lane.count, lane.name.lower(), lane.name))
        # The items in this data's order (iteration order stays as it was).
        if all(lane.count == self.lane(lane.name).count for lane in kept) and len(kept) == len(
            self._lanes
        ):
            by_id = dict(self._by_id)
        else:
            # (map and filter run in C: a keystroke's subset of 20,000 facts)
            ids: set[int] = set()
            for lane in kept:
                ids.update(map(_item_id, lane._raw if lane._raw is not None else lane.items()))
            order = list(filter(ids.__contains__, self._by_id))
            by_id = dict(zip(order, map(self._by_id.__getitem__, order), strict=True))
        out = TimelineData.__new__(TimelineData)
        out._lanes = kept
        out._lane_pos = {lane.name: i for i, lane in enumerate(kept)}
        out._by_id = by_id
        out._extent = None
        out._extent_known = False
        return out

    def visible(self, t0: float, t1: float) -> dict[str, list[TimelineItem]]:
        """Per lane, the items whose interval overlaps ``[t0, t1)`` (day positions)."""
        return {lane.name: lane.items_overlapping(t0, t1) for lane in self._lanes}


def describe_range(earliest: date, latest: date) -> str:
    """A short reading of an inclusive day interval: "2019", "Mar 2024", "3–9 Jun 2024"."""
    if earliest == latest:
        return f"{earliest.day} {earliest:%b %Y}"
    whole_years = earliest.month == 1 and earliest.day == 1 and latest.month == 12
    if whole_years and latest.day == 31:
        if earliest.year == latest.year:
            return str(earliest.year)
        if earliest.year % 10 == 0 and latest.year == earliest.year + 9:
            return f"{earliest.year}s"
        return f"{earliest.year}–{latest.year}"
    month_end = (latest + timedelta(days=1)).day == 1
    if earliest.day == 1 and month_end:
        if (earliest.year, earliest.month) == (latest.year, latest.month):
            return f"{earliest:%b %Y}"
        if earliest.year == latest.year:
            return f"{earliest:%b}–{latest:%b %Y}"
        return f"{earliest:%b %Y}–{latest:%b %Y}"
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return f"{earliest.day}–{latest.day} {latest:%b %Y}"
    if earliest.year == latest.year:
        return f"{earliest.day} {earliest:%b} – {latest.day} {latest:%b %Y}"
    return f"{earliest.day} {earliest:%b %Y} – {latest.day} {latest:%b %Y}"


#: Fit All frames the shortest stretch that holds this share of the facts (then widened
#: over the facts that continue it at its own density), so that a thin tail of far-off
#: stragglers (a century mentioned in passing, a typo'd year) does not shrink the story to
#: a sliver.
BULK_SHARE = 0.85
#: Below this many facts every one of them is framed: a handful has no "bulk".
BULK_MIN_FACTS = 20
#: A fact continues the bulk when the gap to it is at most this many times the bulk's mean
#: spacing (and never less than BULK_MIN_REACH days): a tail as dense as the story stays
#: in, while years between one background fact and the next end it.
BULK_REACH = 10.0
BULK_MIN_REACH = 7.0
#: When the bulk, so widened, is this share of the whole span or more, the whole is framed:
#: a month of background before a three-week story is shown, the 1200s before a war are not.
BULK_WHOLE = 1 / 5
#: An item of the bulk wider than this many times the bulk's own span ("the 20th century"
#: among the weeks of a war) is framed by its middle; a narrower one ("earlier this month"
#: among the days of a fortnight) shows whole.
FAR_WIDER = 3.0


def dense_days(items: Sequence[TimelineItem]) -> tuple[float, float] | None:
    """The days ``(t0, t1)`` to frame so that the dense bulk of ``items`` fills the view;
    None when there are no items. Every item is inside when none lies far from the rest."""
    if not items:
        return None
    return _dense(_DayNumbers(items))


class _DayNumbers:
    """The items' first and last days (ordinals) and, sorted, twice each one's middle
    (first + last, kept whole: (first + last + 1) / 2 is its anchor). Read once, in
    C-level passes: framing 200,000 facts must not stall."""

    def __init__(self, items: Sequence[TimelineItem]) -> None:
        self.firsts = list(map(date.toordinal, map(attrgetter("earliest"), items)))
        self.lasts = list(map(date.toordinal, map(attrgetter("latest"), items)))
        self.doubled = sorted(map(add, self.firsts, self.lasts))
        self.everything = (float(min(self.firsts)), float(max(self.lasts) + 1))

    def stretch(self, share: float) -> tuple[int, int]:
        """The first and last index (into ``doubled``) of the shortest run holding
        ``share`` of the items, widened over the items that continue it at its own
        density: a gap of at most BULK_REACH times its mean spacing (BULK_MIN_REACH days
        at least)."""
        doubled, n = self.doubled, len(self.doubled)
        keep = min(n, max(2, math.ceil(n * share)))
        widths = list(map(sub, doubled[keep - 1 :], doubled[: n - keep + 1]))
        lo = widths.index(min(widths))
        hi = lo + keep - 1
        spacing = (doubled[hi] - doubled[lo]) / 2 / max(keep - 1, 1)
        reach = 2 * max(spacing * BULK_REACH, BULK_MIN_REACH)
        while lo > 0 and doubled[lo] - doubled[lo - 1] <= reach:
            lo -= 1
        while hi < n - 1 and doubled[hi + 1] - doubled[hi] <= reach:
            hi += 1
        return lo, hi

    def frame(self, lo: int, hi: int) -> tuple[float, float]:
        """The days from the middle of item ``lo`` to that of item ``hi`` (in ``doubled``'s
        order), widened so that every item anchored between them shows whole, unless it is
        itself far wider than that stretch (a "20th century" among the weeks of a war):
        that one is framed by its middle."""
        d0, d1 = self.doubled[lo], self.doubled[hi]
        widest = FAR_WIDER * max((d1 - d0) / 2, 1.0)
        whole = [
            (first, last)
            for first, last in zip(self.firsts, self.lasts, strict=True)
            if d0 <= first + last <= d1 and last + 1 - first <= widest
        ]
        t0 = min([(d0 + 1) / 2, *(float(first) for first, _ in whole)])
        t1 = max([(d1 + 1) / 2, *(float(last + 1) for _, last in whole)])
        return t0, max(t1, t0 + 1.0)


def _dense(days: _DayNumbers) -> tuple[float, float]:
    everything = days.everything
    n = len(days.doubled)
    if n < BULK_MIN_FACTS:
        return everything
    lo, hi = days.stretch(BULK_SHARE)
    if lo == 0 and hi == n - 1:
        return everything
    t0, t1 = days.frame(lo, hi)
    if t1 - t0 >= (everything[1] - everything[0]) * BULK_WHOLE:
        # What lies outside is near enough to show at a cost the bulk can bear.
        return everything
    return t0, t1


#: The opening view frames the story's busiest days: the shortest stretch holding this share
#: of the facts, widened over the facts that continue it at its own density (see BULK_REACH).
#: Background the articles mention (the year a ferry was built, last month's ballot, the
#: inquiry due in the autumn) stays out, counted at the edges, one Fit All away.
BUSIEST_SHARE = 0.5
#: Below this many facts the opening view is Fit All's.
BUSIEST_MIN_FACTS = 6
#: When the busiest days, so widened, are this share of Fit All's span or more, the opening
#: view is Fit All's: what more it shows costs the story little room.
BUSIEST_WHOLE = 1 / 2


#: One article's facts more than this many days from the rest of its run stand apart: the
#: background it tells ("the plant, which opened in 1974", "built in 1988", "the 2019 flood").
ARTICLE_GAP_DAYS = 45.0


def article_days(items: Sequence[TimelineItem]) -> tuple[float, float] | None:
    """The days to bring into view for one article's facts: the run of them, each within
    ARTICLE_GAP_DAYS of the next (by their middles), that holds the most (of runs as long,
    the latest: the news, not its background), framed as :meth:`_DayNumbers.frame` frames
    a stretch (a fact far wider than the run, "the 20th century", by its middle). A handful
    of facts has no bulk for :func:`dense_days` to find, so a fact of decades before would
    shrink the article's days to a sliver. None when there are no items."""
    if not items:
        return None
    ordered = sorted(items, key=lambda it: it.start + it.end)
    runs: list[list[TimelineItem]] = [[ordered[0]]]
    for it in ordered[1:]:
        last = runs[-1][-1]
        if (it.start + it.end - last.start - last.end) / 2 > ARTICLE_GAP_DAYS:
            runs.append([it])
        else:
            runs[-1].append(it)
    run = max(reversed(runs), key=len)
    return _DayNumbers(run).frame(0, len(run) - 1)


def busiest_days(items: Sequence[TimelineItem]) -> tuple[float, float] | None:
    """The days ``(t0, t1)`` to frame when a project opens: the story's busiest stretch,
    where :func:`dense_days` would also take in the background a few of its articles tell
    (a story of a few days among facts months or years before and after it). None when
    there are no items."""
    if not items:
        return None
    days = _DayNumbers(items)
    fit_all = _dense(days)
    if len(items) < BUSIEST_MIN_FACTS:
        return fit_all
    t0, t1 = days.frame(*days.stretch(BUSIEST_SHARE))
    if t1 - t0 >= (fit_all[1] - fit_all[0]) * BUSIEST_WHOLE:
        return fit_all
    return t0, t1
