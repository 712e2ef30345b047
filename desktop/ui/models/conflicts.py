"""Conflicts: the groups of figures about one quantity, and the pairs inside the chosen group."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from desktop.analysis._about import ABOUT_CHARS, telling_names
from desktop.analysis._context import CONTEXT_MARK
from desktop.domain import TENTATIVE_REASON, is_tentative
from desktop.domain.records import FigureRecord, GroupRecord, PairRecord
from desktop.ui.format import (
    bidi_isolated,
    figure_value,
    rate_words,
    shown_as_of,
    shown_day,
    told_before_its_length,
)
from desktop.ui.models.facts import conflict_icon
from desktop.ui.search import FactTags, SearchQuery, conflict_matches
from desktop.ui.style import legible_accent

ModelIndex = QModelIndex | QPersistentModelIndex

GROUP_COL_LABEL = 0
GROUP_COL_FIGURES = 1
GROUP_COL_CONTRADICTIONS = 2
GROUP_COL_ACCEPTED = 3
GROUP_COLUMN_TITLES = ("Quantity", "Figures", "Contradictions", "Accepted value")

PAIR_COL_RELATION = 0
PAIR_COL_A = 1
PAIR_COL_B = 2
PAIR_COL_DECISION = 3
PAIR_COL_REASON = 4
# "Left" and "right" as the two sentences below the table stand (and as Unlink names them).
PAIR_COLUMN_TITLES = ("Relation", "Left says", "Right says", "Decision", "Why")

GroupRecordRole = Qt.ItemDataRole.UserRole + 1
PairRecordRole = Qt.ItemDataRole.UserRole + 2
RelationRole = Qt.ItemDataRole.UserRole + 3
OpenContradictionsRole = Qt.ItemDataRole.UserRole + 4

RELATION_COLORS = {
    "contradiction": QColor(205, 60, 50),
    "update": QColor(40, 120, 200),
    "consistent": QColor(60, 150, 80),
}

_relation_shades: dict[tuple[str, tuple[int, ...]], QColor] = {}


def relation_colour(relation: str, palette: QPalette | None = None) -> QColor:
    """The colour a relation's name and counts are written in on ``palette`` (the
    application's when not given): its hue, made light enough on the dark theme's grounds and
    dark enough on the light theme's to read at 4.5:1 on the window and on both row grounds."""
    if palette is None:
        palette = QGuiApplication.palette()
    grounds = [
        palette.color(QPalette.ColorGroup.Active, role)
        for role in (
            QPalette.ColorRole.Window,
            QPalette.ColorRole.Base,
            QPalette.ColorRole.AlternateBase,
        )
    ]
    key = (relation, tuple(g.rgb() for g in grounds))
    shade = _relation_shades.get(key)
    if shade is None:
        shade = legible_accent(RELATION_COLORS.get(relation, QColor(128, 128, 128)), grounds)
        _relation_shades[key] = shade
    return shade


#: the key of the list's row that holds the tentative pairs: no group's (a group's key never
#: starts with NUL), so choosing it, keeping it chosen and finding its pairs work as for a group
TENTATIVE_KEY = "\x00possibly the same figure"
#: what that row says, in the analyst's words
TENTATIVE_LABEL = "Possibly the same figure"
TENTATIVE_TIP = (
    "Pairs of figures the comparison left in no group together, told so alike (the same "
    "unit, time, measure or teller, or among the same words) that they are possibly one "
    "figure told twice. "
    "Confirm a pair that is one figure, dismiss one that is not. Conflict > Show Possible "
    "Pairs hides them."
)


def tentative_parts(reason: str) -> tuple[str, str]:
    """A tentative pair's reason as (why the two are possibly one, how they relate if so);
    any other reason as ("", the reason)."""
    if not is_tentative(reason):
        return "", reason
    why, _sep, relation = reason[len(TENTATIVE_REASON) :].partition("; ")
    return why.strip(), relation.strip()


#: what the Why cell says in place of the context tier's mark ("by context: both told
#: with "): the words after it are what tells the analyst why, and a 20-character cell
#: showed "both told with de…"
CONTEXT_WHY = "told with "


def reason_cell(reason: str) -> str:
    """What a pair's Why cell says. A found pair's reason as it is; a possible pair's why
    the two are possibly one figure first (what the analyst confirms or dismisses), then
    how they relate if so: the cell is narrow, and with the relation's reason first it
    showed "later repo…" and never the words the two figures are told among."""
    if not is_tentative(reason):
        return reason
    why, relation = tentative_parts(reason)
    if why.startswith(CONTEXT_MARK):
        why = CONTEXT_WHY + why[len(CONTEXT_MARK) :]
    return f"{why}; if so, {relation}" if relation else why


#: the longest line of a pair's tooltip, in characters (see pair_tip)
TIP_LINE = 72


def pair_tip(pair: PairRecord) -> str:
    """A pair's whole reason (and note), as its row's tooltip says it: broken into lines of
    TIP_LINE characters at most. A reason of the context tier with its relation's reason
    runs to 200 characters, one line wider than a 1366-pixel screen; Qt's own wrapping of a
    paragraph squeezed it into a column of 35."""
    if is_tentative(pair.reason):
        why, relation = tentative_parts(pair.reason)
        said = [f"{TENTATIVE_LABEL} ({why})", f"If so, {pair.relation}: {relation}"]
    else:
        said = [f"{pair.relation}: {pair.reason}"]
    if pair.note:
        said.append(f"Note: {pair.note}")
    return "\n".join(
        textwrap.fill(part, TIP_LINE, break_long_words=False, break_on_hyphens=False)
        for part in said
    )


def tentative_group(pairs: Sequence[PairRecord]) -> GroupRecord:
    """The list's row of the tentative pairs, as a group of their figures."""
    return GroupRecord(
        0, TENTATIVE_KEY, TENTATIVE_LABEL, sorted({i for p in pairs for i in (p.a, p.b)})
    )


def open_contradictions(pairs: Sequence[PairRecord]) -> int:
    return sum(1 for p in pairs if p.relation == "contradiction" and p.decision != "dismissed")


RELATION_ORDER = {"contradiction": 0, "update": 1, "consistent": 2}


def pair_order(pairs: Sequence[PairRecord]) -> list[PairRecord]:
    """A group's pairs as the pairs table lists them: contradictions, updates, the rest."""
    return sorted(pairs, key=lambda p: (RELATION_ORDER.get(p.relation, 3), p.a, p.b))


@dataclass(slots=True)
class PreparedConflicts:
    """Groups and pairs made ready for the conflicts tab away from the GUI thread."""

    groups: list[GroupRecord]  # open contradictions first
    pairs: dict[str, list[PairRecord]]  # group key -> its pairs, in the table's order
    open_counts: dict[str, int]  # group key -> open contradictions
    #: pairs of figures possibly one quantity, in no group (their reason says why), in the
    #: table's order
    tentative: list[PairRecord] = field(default_factory=list)


def prepare_conflicts(
    groups: Sequence[GroupRecord], pairs: Sequence[PairRecord]
) -> PreparedConflicts:
    """Sort the groups and each group's pairs, and count what is open. Needs no Qt object."""
    by_group: dict[str, list[PairRecord]] = {}
    tentative: list[PairRecord] = []
    for p in pairs:
        if is_tentative(p.reason):
            tentative.append(p)
            continue
        by_group.setdefault(p.group_key, []).append(p)
    counts = {key: open_contradictions(ps) for key, ps in by_group.items()}
    ordered = sorted(groups, key=lambda g: (-counts.get(g.key, 0), g.label.lower(), g.id))
    return PreparedConflicts(
        groups=ordered,
        pairs={key: pair_order(ps) for key, ps in by_group.items()},
        open_counts=counts,
        tentative=pair_order(tentative),
    )


#: how many of a group's articles are read for the name that tells it apart: a few of them
#: say its story's names as surely as all (a group of hundreds of reports is not read whole)
TOLD_APART_ARTICLES = 8


def told_apart(
    groups: Sequence[GroupRecord],
    figures: Mapping[int, FigureRecord],
    text_of: Callable[[int], str],
) -> dict[str, str]:
    """For the groups that share a label with another (two stories' "workers injured"), by
    key, the name that tells each apart: the place or person its articles' titles and
    openings (``text_of`` an article id) name and the others' do not
    (``_about.telling_names``), else the place its figures are counted in or the teller they
    are told by, where the others' differ. A group with nothing of its own gets nothing."""
    by_label: dict[str, list[GroupRecord]] = {}
    for g in groups:
        by_label.setdefault(g.label.casefold(), []).append(g)
    told: dict[str, str] = {}
    for gs in by_label.values():
        if len(gs) < 2:
            continue
        texts: dict[str, list[str]] = {}
        for g in gs:
            articles = {
                r.article.id: r.article.title or ""
                for r in (figures.get(i) for i in g.figure_ids)
                if r is not None
            }
            texts[g.key] = [
                f"{title}\n{text_of(a)[:ABOUT_CHARS]}"
                for a, title in sorted(articles.items())[:TOLD_APART_ARTICLES]
            ]
        told.update(telling_names(texts))
        for attribute in ("scope", "attributed_to"):
            untold = [g for g in gs if g.key not in told]
            if not untold:
                break
            said = {g.key: _most_said(g, figures, attribute) for g in gs}
            for g in untold:
                name = said[g.key]
                if name and all(said[o.key] != name for o in gs if o is not g):
                    told[g.key] = name
    return told


def _most_said(g: GroupRecord, figures: Mapping[int, FigureRecord], attribute: str) -> str:
    """What most of a group's figures give as ``attribute`` (their place or teller)."""
    said = Counter(
        value
        for r in (figures.get(i) for i in g.figure_ids)
        if r is not None and (value := getattr(r.figure, attribute))
    )
    return str(said.most_common(1)[0][0]) if said else ""


class ConflictGroupsModel(QAbstractTableModel):
    """One row per group, contradictions first so the analyst sees what needs a decision."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[GroupRecord] = []
        self._pairs: dict[str, list[PairRecord]] = {}
        self._open: dict[str, int] = {}
        self._prepared = PreparedConflicts([], {}, {})
        self._query = SearchQuery()
        #: the tagged facts' spans, asked for only by a search with tag:
        self.fact_tags: Callable[[], FactTags] | None = None
        self._figures: Mapping[int, FigureRecord] = {}
        #: whether the row of tentative pairs is listed (Conflict > Show Possible Pairs)
        self.tentative_shown = True
        #: whether a group with open contradictions is marked at its quantity (the
        #: conflict triangle of the facts table): when the list has no room for the
        #: Contradictions column (see set_marks_open)
        self.marks_open = False
        #: by group key, the name that tells a group apart from another of the same label
        #: (two stories' "workers injured"), shown after its label: see set_told_apart
        self._told_apart: dict[str, str] = {}

    def set_told_apart(self, names: Mapping[str, str]) -> None:
        """Show each group of ``names`` (by key) as its label and its name: "workers injured ·
        Corran" beside "workers injured · Velmont", where the label alone says nothing of
        which story a row is of. A search reads the name too: the rows are found anew when one
        is narrowing them."""
        told = dict(names)
        if told == self._told_apart:
            return
        self._told_apart = told
        if not self._query.empty:
            self._narrow()
        elif self._groups:
            self.dataChanged.emit(
                self.index(0, GROUP_COL_LABEL), self.index(len(self._groups) - 1, GROUP_COL_LABEL)
            )

    def shown_label(self, g: GroupRecord) -> str:
        """A group's label as its row shows it, with the name that tells it apart if any."""
        name = self._told_apart.get(g.key)
        return f"{g.label} · {name}" if name else g.label

    def set_marks_open(self, marks: bool) -> None:
        """Mark the quantity of a group with open contradictions, or not. Beside the pairs
        (1920x1080) the list is too narrow for its counts, which step aside to a line under
        it that speaks of the chosen group only: nothing told which groups were open."""
        if marks == self.marks_open:
            return
        self.marks_open = marks
        if self._groups:
            self.dataChanged.emit(
                self.index(0, GROUP_COL_LABEL),
                self.index(len(self._groups) - 1, GROUP_COL_LABEL),
                [Qt.ItemDataRole.DecorationRole],
            )

    def set_tentative_shown(self, shown: bool) -> None:
        if shown != self.tentative_shown:
            self.tentative_shown = shown
            self._narrow()

    @property
    def tentative_total(self) -> int:
        """The tentative pairs, whether shown or not."""
        return len(self._prepared.tentative)

    def set_conflicts(self, groups: Sequence[GroupRecord], pairs: Sequence[PairRecord]) -> None:
        self.set_prepared(prepare_conflicts(groups, pairs))

    def set_prepared(self, prepared: PreparedConflicts) -> None:
        """Show ``prepared``'s groups; the names that told the old ones apart are dropped
        (which groups share a label, and what tells them apart, is the new groups' to say:
        see set_told_apart)."""
        self._prepared = prepared
        self._told_apart = {}
        self._narrow()

    @property
    def total(self) -> int:
        """Every group, whatever the search shows."""
        return len(self._prepared.groups)

    @property
    def query(self) -> SearchQuery:
        return self._query

    @property
    def narrowed(self) -> bool:
        return not self._query.empty

    def set_query(self, query: SearchQuery, figures: Mapping[int, FigureRecord]) -> None:
        """Show the groups (and, in each, the pairs) the facts search finds; ``figures`` by id,
        which the search reads."""
        if query == self._query and (query.empty or figures is self._figures):
            return
        self._query = query
        self._figures = figures
        self._narrow()

    def _narrow(self) -> None:
        prepared = self._prepared
        self.beginResetModel()
        self._open = prepared.open_counts
        every, pairs_of = prepared.groups, prepared.pairs
        if prepared.tentative and self.tentative_shown:
            # after every group: a possible match is looked at once the found ones are
            every = [*prepared.groups, tentative_group(prepared.tentative)]
            pairs_of = {**prepared.pairs, TENTATIVE_KEY: prepared.tentative}
            prepared.open_counts[TENTATIVE_KEY] = open_contradictions(prepared.tentative)
        if self._query.empty:
            self._groups = every
            self._pairs = pairs_of
        else:
            self._groups, self._pairs = [], {}
            spans = self.fact_tags() if self._query.reads("tag") and self.fact_tags else None
            for g in every:
                found, pairs = conflict_matches(
                    self._query,
                    g,
                    pairs_of.get(g.key, []),
                    self._figures,
                    spans,
                    label=self.shown_label(g),
                )
                if found:
                    self._groups.append(g)
                    self._pairs[g.key] = pairs
        self.endResetModel()

    def group_at(self, row: int) -> GroupRecord:
        return self._groups[row]

    def update_pair(self, record: PairRecord) -> None:
        """A pair's new decision or note in its group's lists and its group's open count."""
        if is_tentative(record.reason):
            key = TENTATIVE_KEY
            lists = [self._prepared.tentative, self._pairs.get(key)]
        else:
            key = record.group_key
            lists = [self._prepared.pairs.get(key), self._pairs.get(key)]
        for pairs in {id(ps): ps for ps in lists if ps is not None}.values():
            for i, p in enumerate(pairs):
                if (p.a, p.b) == (record.a, record.b):
                    pairs[i] = record
        if key == TENTATIVE_KEY:
            self._prepared.open_counts[key] = open_contradictions(self._prepared.tentative)
            self._open[key] = self._prepared.open_counts[key]
        elif key in self._prepared.pairs:
            self._prepared.open_counts[key] = open_contradictions(self._prepared.pairs[key])
            self._open[key] = self._prepared.open_counts[key]
        row = self.row_of(key)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def pairs_of(self, group_key: str) -> list[PairRecord]:
        """The group's pairs, in the pairs table's order."""
        return list(self._pairs.get(group_key, []))

    def row_of(self, group_key: str) -> int | None:
        for i, g in enumerate(self._groups):
            if g.key == group_key:
                return i
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GROUP_COLUMN_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return GROUP_COLUMN_TITLES[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        g = self._groups[index.row()]
        open_count = self._open.get(g.key, 0)
        col = index.column()
        if g.key == TENTATIVE_KEY:
            return self._tentative_data(g, col, role, open_count)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == GROUP_COL_LABEL:
                return self.shown_label(g)
            if col == GROUP_COL_FIGURES:
                return str(len(g.figure_ids))
            if col == GROUP_COL_CONTRADICTIONS:
                return str(open_count)
            if col == GROUP_COL_ACCEPTED:
                return g.accepted_value
        if role == GroupRecordRole:
            return g
        if role == OpenContradictionsRole:
            return open_count
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == GROUP_COL_CONTRADICTIONS
            and open_count
        ):
            return QBrush(relation_colour("contradiction"))
        if (
            role == Qt.ItemDataRole.DecorationRole
            and col == GROUP_COL_LABEL
            and open_count
            and self.marks_open
        ):
            return conflict_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            # The quantity in full: a narrow list (1024 pixels, the group's buttons beside
            # it) cuts it to "North Korean soldiers in…".
            # With the counts, which step aside from a narrow list first.
            if col == GROUP_COL_LABEL:
                figures = len(g.figure_ids)
                lines = [
                    self.shown_label(g),
                    f"{figures} figure{'s' if figures != 1 else ''} · {open_count} open "
                    f"contradiction{'s' if open_count != 1 else ''}",
                ]
                if g.note:
                    lines.append(f"Note: {g.note}")
                return "\n".join(lines)
            if g.note:
                return g.note
        return None

    def _tentative_data(self, g: GroupRecord, col: int, role: int, open_count: int) -> Any:
        """The row of the tentative pairs: in the quieter style of what is not found yet
        (muted, italic), its count of possible contradictions never in the alarm's red."""
        if role == Qt.ItemDataRole.DisplayRole:
            if col == GROUP_COL_LABEL:
                return g.label
            if col == GROUP_COL_FIGURES:
                return str(len(g.figure_ids))
            if col == GROUP_COL_CONTRADICTIONS:
                return str(open_count)
            return None
        if role == GroupRecordRole:
            return g
        if role == OpenContradictionsRole:
            return 0
        if role == Qt.ItemDataRole.FontRole:
            return tentative_font()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ToolTipRole:
            pairs = len(self._pairs.get(g.key, []))
            return f"{pairs} possible pair{'s' if pairs != 1 else ''}\n{TENTATIVE_TIP}"
        return None


def tentative_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setItalic(True)
    return font


class ConflictPairsModel(QAbstractTableModel):
    """The pairs of one group, each side told as its value and source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[PairRecord] = []
        self._figures: Mapping[int, FigureRecord] = {}
        #: each side told on two lines, what was said and who said it when (see
        #: set_two_lines)
        self.two_lines = False

    def set_two_lines(self, two: bool) -> None:
        """Each side as two lines, the value on the first and its source and day on the
        second: in a tab too narrow for "about 3,600 injured — Ridgeline Post, 18 Jan 2025"
        on one line (1280x800), the source was cut to "Ridg…" and the day was lost."""
        if two == self.two_lines:
            return
        self.two_lines = two
        if self._pairs:
            self.dataChanged.emit(
                self.index(0, PAIR_COL_A), self.index(len(self._pairs) - 1, PAIR_COL_B)
            )

    def set_pairs(
        self,
        pairs: Sequence[PairRecord],
        figures: Mapping[int, FigureRecord],
        *,
        presorted: bool = False,
    ) -> None:
        """Show ``pairs``; ``presorted`` when they come from :func:`prepare_conflicts`."""
        self.beginResetModel()
        self._pairs = list(pairs) if presorted else pair_order(pairs)
        self._figures = figures
        self.endResetModel()

    def pair_at(self, row: int) -> PairRecord:
        return self._pairs[row]

    def update_pair(self, record: PairRecord) -> bool:
        """Show ``record`` in place of the pair of the same figures (a decision or note just
        made); False when that pair is not in the list."""
        row = self.row_of(record.a, record.b)
        if row is None:
            return False
        self._pairs[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def row_of(self, a: int, b: int) -> int | None:
        for i, p in enumerate(self._pairs):
            if (p.a, p.b) == (a, b):
                return i
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PAIR_COLUMN_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return PAIR_COLUMN_TITLES[section]
        return None

    def side_lines(self, figure_id: int) -> tuple[str, str]:
        """What one side says ("about 2,000 injured") and who said it when ("Harbor Wire,
        15 Jan 2025", or 2025-01-15 in the ISO date style)."""
        r = self._figures.get(figure_id)
        if r is None:
            return f"figure {figure_id}", ""
        when = r.figure.as_of or r.article.published
        # a rate's stretch after the measure: "about 2,000 crossed per day"
        # and a length after what lasted: "burned for 19 hours"
        parts = [figure_value(r.figure, rate=False)]
        if r.figure.measure:
            parts.insert(0 if told_before_its_length(r.figure) else 1, r.figure.measure)
        if r.figure.rate:
            parts.append(rate_words(r.figure))
        who = bidi_isolated(r.article.source or "unknown source")
        if r.figure.as_of:
            # as finely as the text told it: "Harbor Wire, 1962", not the year's last day
            # (short: a side has two narrow lines, and a week's days would be cut there)
            who += f", {shown_as_of(r.figure.as_of, r.figure.as_of_precision, short=True)}"
        elif when:
            who += f", {shown_day(when)}"
        return " ".join(parts), who

    def side(self, figure_id: int) -> str:
        """One side on one line, as a message or a dialog quotes it."""
        said, who = self.side_lines(figure_id)
        return f"{said} — {who}" if who else said

    def side_cell(self, figure_id: int) -> str:
        """One side as its cell shows it: on two lines when the table says so."""
        if not self.two_lines:
            return self.side(figure_id)
        said, who = self.side_lines(figure_id)
        return f"{said}\n{who}" if who else said

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        p = self._pairs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PAIR_COL_RELATION:
                return p.relation
            if col == PAIR_COL_A:
                return self.side_cell(p.a)
            if col == PAIR_COL_B:
                return self.side_cell(p.b)
            if col == PAIR_COL_DECISION:
                return p.decision or "open"
            if col == PAIR_COL_REASON:
                return reason_cell(p.reason)
        if role == PairRecordRole:
            return p
        if role == RelationRole:
            return p.relation
        if is_tentative(p.reason):
            # possibly one figure: said quietly (muted, italic), not in a found relation's hue
            if role == Qt.ItemDataRole.FontRole:
                return tentative_font()
            if role == Qt.ItemDataRole.ForegroundRole and col == PAIR_COL_RELATION:
                return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ForegroundRole and col == PAIR_COL_RELATION:
            return QBrush(relation_colour(p.relation))
        if role == Qt.ItemDataRole.ToolTipRole:
            return pair_tip(p)
        return None
