"""The one place that talks to the project database: every query and write the services need."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import threading
import zlib
from collections import Counter, defaultdict
from collections.abc import (
    Callable,
    Collection,
    Hashable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast

from sqlalchemy import Engine, Table, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain import (
    TENTATIVE_REASON,
    Block,
    DateRange,
    EntityMention,
    Extraction,
    FactStatus,
    Figure,
    FigureGroup,
    FigurePair,
    FigureRef,
    Precision,
    PublishedOrigin,
    RawArticle,
    TimeExpression,
    TimexType,
    fact_entities,
)
from desktop.domain.records import (
    ArticleDetail,
    ArticleRecord,
    FactRecord,
    FigureRecord,
    GroupRecord,
    PairRecord,
    TimelineRow,
)
from desktop.storage import project as projectfile
from desktop.storage.lock import ProjectLock
from desktop.storage.models import (
    ArticleRow,
    DocumentRow,
    FactRow,
    FigureGroupRow,
    FigureLinkRow,
    FigurePairRow,
    FigureRow,
    GroupDecisionRow,
    PairDecisionRow,
    SettingRow,
    TagRow,
    TimexRow,
)

#: Bump when extraction changes enough that stored results should be recomputed: opening a
#: project whose articles an older engine read offers to read them again (the app's banner).
#: 1: sessions 1-15's engine as imported; 2: language-aware figures, fiscal years, schedules
#: told in the present and session 15's figure and fact rules (2026-11-28); 3: figures round 54,
#: a rate's stretch (Figure.rate) and each figure's context words stored with it; 4: figures
#: round 57, how finely a figure's as-of is known (Figure.as_of_precision, migration 0010), a
#: figure given "for Thursday" dated by that Thursday, custody terms no longer lengths.
#: 5: entities round 1, the people, places and organisations each fact names (fact.entities).
EXTRACTOR_VERSION = 5

_EDITABLE_ARTICLE_FIELDS = frozenset({"title", "source", "author", "url", "note"})


def fact_key(timex_text: str, fact_text: str) -> str:
    norm = re.sub(r"\s+", " ", f"{timex_text}|{fact_text}".lower()).strip()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:24]


def figure_keys(article_id: int, figures: Sequence[Figure]) -> list[str]:
    """Content keys for an article's figures; repeated identical figures get an occurrence index."""
    seen: dict[str, int] = defaultdict(int)
    keys = []
    for fig in figures:
        base = f"{fig.text}|{fig.number_text}|{fig.measure}|{fig.counted}"
        n = seen[base]
        seen[base] += 1
        digest = hashlib.sha1(f"{base}|{n}".encode()).hexdigest()[:24]
        keys.append(f"{article_id}:{digest}")
    return keys


class DuplicateDocumentError(Exception):
    """The same bytes are already in the project."""

    def __init__(self, article_id: int) -> None:
        super().__init__(article_id)
        self.article_id = article_id


#: What an article's extraction is made from: its text, publication date and language.
ExtractionInputs = tuple[str, date | None, str]


def extraction_inputs(detail: ArticleDetail) -> ExtractionInputs:
    """The inputs of an extraction made from ``detail`` (see ArticleChangedError)."""
    return (detail.text, detail.record.published, detail.language)


class ArticleChangedError(Exception):
    """An extraction made from an article as it was is not stored: its text, date or language
    was changed since (an edit saved from another thread while it was extracted), and the
    extraction would give facts resolved against a date, or offsets into a text, that the
    article no longer has. Nothing was written; read the article again and extract anew."""

    def __init__(self, article_id: int) -> None:
        super().__init__(
            f"article {article_id} was changed while its facts were being found again; "
            "nothing was saved from that reading"
        )
        self.article_id = article_id


def _check_inputs(row: ArticleRow, made_from: ExtractionInputs | None) -> None:
    if made_from is not None and (row.text, row.published, row.language or "en") != made_from:
        raise ArticleChangedError(row.id)


class ArticleRestoreError(Exception):
    """A removed article cannot be put back as it was (its file was imported again since)."""


class _RestoreCancelled(Exception):
    """A restore asked to stop (see ProjectStore.restore_articles): its transaction is rolled
    back."""


class ArticleOpening(NamedTuple):
    """An article's title and the opening of its text, as ``ProjectStore.article_openings``
    reads them (a plain tuple: a project may hold tens of thousands)."""

    id: int
    #: "" for an article without a title
    title: str
    #: the first characters of the text (whole characters, never a piece of one); "" for an
    #: article with no text
    opening: str


#: how many articles ``ProjectStore.article_openings`` reads in one query
OPENINGS_BATCH = 2000
#: how many figures ``ProjectStore.figure_windows`` looks up in one query
WINDOWS_BATCH = 5000
#: how many articles ``ProjectStore.delete_articles`` reads and deletes in one statement per
#: table (and restore_articles checks ids), below SQLite's limit of variables in a statement
REMOVAL_BATCH = 500
#: how many rows of a table ``ProjectStore.restore_articles`` inserts in one statement (it
#: asks whether it is cancelled between them)
RESTORE_ROWS = 5000


@dataclass(frozen=True, slots=True)
class RemovalSummary:
    """What removing one article takes out of the project, for the analyst to confirm."""

    article_id: int
    title: str
    #: every fact of the article, rejected ones included
    facts: int
    #: facts the analyst edited, added by hand, tagged or wrote a note on: their work goes too
    analyst_facts: int
    #: facts the analyst confirmed or rejected (and did no more to)
    reviewed_facts: int
    figures: int
    #: pairs between its figures and other articles' figures in the conflicts tab
    conflict_links: int
    #: the analyst's decisions on those pairs and links of its figures into groups
    conflict_decisions: int


@dataclass(frozen=True, slots=True)
class RemovedArticle:
    """Every row that removing an article took out of the file, as plain column values, so
    that undo puts it back exactly: the same ids (later undo commands name them) and the same
    figure keys (the analyst's conflict decisions, kept by key, attach to them again)."""

    article_id: int
    sha256: str
    rows: dict[str, list[dict[str, Any]]]

    @property
    def fact_ids(self) -> list[int]:
        return [int(r["id"]) for r in self.rows.get("fact", [])]


class ExtractionRestoreError(Exception):
    """An article's earlier extraction cannot be put back (undo of a re-extraction)."""


@dataclass(frozen=True, slots=True)
class ExtractionSnapshot:
    """An article's extracted rows (time expressions, facts with their tags, figures) as plain
    column values, with the engine version that made them: what undoing or redoing a
    re-extraction writes back, so that fact ids, verdicts, edits, notes and tags come back
    exactly as they were."""

    article_id: int
    extractor_version: int
    rows: dict[str, list[dict[str, Any]]]
    #: the article's own values that the extraction was made from (its publication date and
    #: where that came from, its paragraphs and body), when the edit being undone changed
    #: them; None when only the extraction changed (Article > Re-extract Facts)
    article: dict[str, Any] | None = None

    @property
    def fact_ids(self) -> list[int]:
        return [int(r["id"]) for r in self.rows.get("fact", [])]


@dataclass(frozen=True, slots=True)
class ExtractionChange:
    """How one re-extraction changed an article's facts."""

    added: int = 0
    removed: int = 0
    #: facts found again with another date (or, for confirmed and rejected ones, moved to the
    #: date the engine now reads)
    redated: int = 0
    #: facts the analyst edited or added by hand, left exactly as they were
    kept: int = 0

    @property
    def changed(self) -> int:
        return self.added + self.removed + self.redated

    def __add__(self, other: ExtractionChange) -> ExtractionChange:
        return ExtractionChange(
            self.added + other.added,
            self.removed + other.removed,
            self.redated + other.redated,
            self.kept + other.kept,
        )


#: Tables an article's rows live in, parents first (the order undo inserts them in). The
#: figure pairs and groups are derived and recomputed; decisions are kept by content key.
_ARTICLE_TABLES: tuple[Any, ...] = (DocumentRow, ArticleRow, TimexRow, FactRow, TagRow, FigureRow)
#: Tables whose ids stay reserved once an article is removed, so that undo can give them back
#: (see ProjectStore._first_id)
_RESERVED_ID_TABLES = ("document", "article", "timex", "fact", "figure")
#: The tables a re-extraction rewrites, parents first (the order a restore inserts them in)
_EXTRACTION_TABLES: tuple[Any, ...] = (TimexRow, FactRow, TagRow, FigureRow)
_ID_FLOOR_KEY = "removed_id_floor"
#: the setting naming the comparison the stored groups and pairs were worked out by
CONFLICTS_ANALYSIS_KEY = "conflicts_analysis"


#: Why a decision on a group attaches to no group now: no group holds the figures it was made
#: on ("gone"), several hold as many of them ("split"), the group holding them has a decision
#: of its own ("taken"), or another decision made on the same figures went there ("claimed").
DetachReason = Literal["gone", "split", "taken", "claimed"]


@dataclass(frozen=True, slots=True)
class DetachedDecision:
    """An analyst's decision on a group that attaches to no group now.

    A group decision: no group has its key now (the analysis spells it anew), and the figures
    it was made on point to no one group free to take it. A link: its figure is in no group,
    its key naming no group the figures it was linked beside are in. It is kept in the project
    as it was, and placed again by a later recompute that finds them together; meanwhile the
    analyst is told, to decide again on the groups shown now (or to put a group decision on
    one: ProjectStore.move_group_decision)."""

    kind: Literal["group", "link"]
    group_key: str
    reason: DetachReason
    accepted_value: str = ""
    note: str = ""
    #: a link: the figure the analyst put into the group
    figure_id: int | None = None
    #: the figures it was made on that the project still holds
    figure_ids: tuple[int, ...] = ()
    #: the groups holding them now (split: each holds as many; taken, claimed: the one)
    groups: tuple[str, ...] = ()

    def line(self, name: Callable[[str], str] | None = None) -> str:
        """One sentence for the analyst: what was decided, and why it attaches to nothing.
        ``name`` says a group by its key (services.project.group_namer: the label the
        Figures and Conflicts tabs show); without it, the key itself."""
        said = name or str
        listed = " and ".join(f"'{said(g)}'" for g in self.groups)
        why = {
            "gone": "no group holds the figures it was made on",
            "split": f"the figures it was made on are split alike between {listed}",
            "taken": f"the group now holding its figures, {listed}, has a decision of its own",
            "claimed": "another decision made on as many of the same figures or more claims "
            f"their group, {listed}",
        }[self.reason]
        if self.kind == "link":
            return (
                f"figure {self.figure_id}, put by hand into the group '{said(self.group_key)}', is "
                f"in no group now: {why}. The link is kept in the project"
            )
        given = [f"accepted value '{self.accepted_value}'"] if self.accepted_value else []
        if self.note:
            given.append(f"note '{_shortened(self.note)}'")
        return (
            f"the decision on the group '{said(self.group_key)}' ({', '.join(given)}) is shown "
            f"on no group now: {why}. It is kept in the project"
        )


class GroupDecisionTakenError(ValueError):
    """A decision cannot be put on a group that has a decision of its own."""


@dataclass(frozen=True, slots=True)
class LinkMove:
    """A figure the analyst put into a group, to be put into the group its companions are in
    now (the key it was linked under is spelled anew)."""

    figure_id: int
    figure_key: str
    old_key: str
    new_key: str


def _shortened(text: str, most: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= most else flat[: most - 1].rstrip() + "…"


def _made_on(figure_keys_json: str) -> frozenset[str]:
    try:
        keys = json.loads(figure_keys_json or "[]")
    except ValueError:
        return frozenset()
    if not isinstance(keys, list):
        return frozenset()
    try:
        # what is not a figure's key (the file edited by hand) matches no figure
        return frozenset(keys)
    except TypeError:
        return frozenset()


#: the most figure keys a decision records of its group: enough to find where most of them
#: went, few enough that a group of thousands costs every recompute little
MADE_ON_MOST = 200


def _made_on_json(keys: Collection[str], *, leave_out: str | None = None) -> str:
    """What a decision records of its group's figures: their keys, sorted, spread evenly over
    them when there are more than MADE_ON_MOST (the sorted keys run article by article)."""
    ordered = sorted(set(keys) - {leave_out} if leave_out is not None else set(keys))
    if len(ordered) > MADE_ON_MOST:
        ordered = [ordered[i * len(ordered) // MADE_ON_MOST] for i in range(MADE_ON_MOST)]
    return json.dumps(ordered)


def _ids_of(keys: Iterable[str], known: Mapping[str, int]) -> frozenset[int]:
    """The ids of the figures with these keys that the project holds (ids start at 1)."""
    return frozenset(filter(None, map(known.get, keys)))


def _places(
    orphans: Sequence[tuple[int, Collection[Hashable]]],
    groups: Mapping[str, Collection[Hashable]],
    *,
    taken: Collection[str] = (),
    exclusive: bool,
) -> tuple[dict[int, str], dict[int, tuple[DetachReason, tuple[str, ...]]]]:
    """Where each orphaned decision (its row id and the figures it was made on) goes: the one
    group holding most of those figures. Ties, no match, a group in ``taken`` and (``exclusive``:
    one decision per group) a group another orphan holds more of, or as much, leave it where
    it is, with the reason and the groups concerned."""
    where: dict[Hashable, list[str]] = defaultdict(list)
    for key, members in groups.items():
        for member in members:
            where[member].append(key)
    moves: dict[int, str] = {}
    detached: dict[int, tuple[DetachReason, tuple[str, ...]]] = {}
    claims: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for token, made_on in orphans:
        held = Counter(key for member in made_on for key in where.get(member, ()))
        if not held:
            detached[token] = ("gone", ())
            continue
        most = max(held.values())
        best = sorted(key for key, n in held.items() if n == most)
        if len(best) > 1:
            detached[token] = ("split", tuple(best))
        elif best[0] in taken:
            detached[token] = ("taken", (best[0],))
        else:
            claims[best[0]].append((most, token))
    for key, claimants in claims.items():
        claimants.sort(key=lambda c: -c[0])
        if not exclusive:
            moves.update((token, key) for _, token in claimants)
            continue
        top = claimants[0][0]
        winners = [token for n, token in claimants if n == top]
        if len(winners) == 1:
            moves[winners[0]] = key
        for _, token in claimants:
            if token not in moves:
                detached[token] = ("claimed", (key,))
    return moves, detached


#: How many stores of this process read each project in place (read-only, "shared"): the
#: side files one leaves are not removed while another reads through them.
_READ_IN_PLACE: Counter[str] = Counter()
_READ_IN_PLACE_LOCK = threading.Lock()


def _in_place_key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


class ProjectStore:
    """An open project file: locked for writing, or open read-only (``read_only_reason`` says
    why). Close it when done (or use as a context manager)."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: ProjectLock | None,
        *,
        read_only_reason: projectfile.ReadOnlyReason | None = None,
        source: projectfile.ReadOnlySource | None = None,
    ) -> None:
        if lock is None and read_only_reason is None:
            raise ValueError("a project open for writing holds its lock")
        self.path = path
        self.engine = engine
        self._lock = lock
        self.read_only_reason = read_only_reason
        self._source = source
        self._open = True
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer: background imports and UI edits never interleave their transactions.
        self._write_lock = threading.RLock()
        # change_stamp's own connection, opened when first asked (see there)
        self._stamp_connection: Any = None
        self._stamp_lock = threading.Lock()
        # The file this store writes: a write finds out whether it is still at self.path
        # (see _check_in_place); and what the project's log records of it (_note_file).
        self._file_id = _file_id(path) if lock is not None and read_only_reason is None else None
        self._noted_file: str | None = None
        self._rescued: Path | None = None
        # The file as this store last left it (its note and SQLite's header), to find another
        # program writing into it in place (see _overwritten_since); True once found.
        self._seen_file = _file_seen(path) if self._file_id is not None else None
        self._overwritten = False
        # whether the file itself says this session is changing it (see _mark_session)
        self._session_marked = False
        #: what the analyst should be told about the project on opening it
        self.open_warnings: tuple[str, ...] = ()
        # read in place by SQLite, through a -wal and -shm beside it (see close)
        self._reads_in_place = source is not None and source.access == "shared"
        self._in_place_key = _in_place_key(path)
        if self._reads_in_place:
            with _READ_IN_PLACE_LOCK:
                _READ_IN_PLACE[self._in_place_key] += 1

    @classmethod
    def open(cls, path: Path, *, create: bool = False) -> ProjectStore:
        # asked of the file as it is before this open merges or changes anything
        left_open = Path(path).is_file() and projectfile.left_open_without_log(Path(path))
        engine, lock = projectfile.open_engine(Path(path), create=create)
        store = cls(Path(path), engine, lock)
        if left_open:
            store.open_warnings = (projectfile.left_open_warning(Path(path)),)
        return store

    @classmethod
    def open_read_only(
        cls, path: Path, reason: projectfile.ReadOnlyReason = "requested"
    ) -> ProjectStore:
        """Open for reading only: every change is refused with ProjectReadOnlyError before
        SQLite is asked, and SQLite itself is told the file is read-only."""
        engine, source = projectfile.open_read_only_engine(Path(path))
        return cls(Path(path), engine, None, read_only_reason=reason, source=source)

    @classmethod
    def open_for_reading(cls, path: Path) -> ProjectStore:
        """Open to read only, writing nothing to the project or beside it but its lock file
        (see projectfile.open_engine_for_reading): the command line's read commands.
        ``read_only_reason`` is "locked" when another window or process holds the project,
        "unwritable" when its folder takes no lock, else "requested"."""
        opened = projectfile.open_engine_for_reading(Path(path))
        store = cls(
            Path(path),
            opened.engine,
            opened.lock,
            read_only_reason=opened.reason,
            source=opened.source,
        )
        store.open_warnings = opened.warnings
        return store

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def read_only_access(self) -> str | None:
        """How a read-only project is read: "shared", "immutable" or "snapshot"."""
        return self._source.access if self._source is not None else None

    def close(self) -> None:
        if not self._open:
            return
        self._open = False
        # A write another thread has begun (a background import the window's closing
        # cancelled mid-article) ends first: its connection must not lose the project's lock,
        # nor the pin's hold on the file, while it is still writing. Later writes are refused.
        with self._write_lock:
            self._close()

    def _close(self) -> None:
        with self._stamp_lock:
            if self._stamp_connection is not None:
                with contextlib.suppress(Exception):
                    self._stamp_connection.close()
                self._stamp_connection = None
        if self._lock is not None and self._lock.held and not self.read_only:
            if self._overwritten or self._overwritten_since():
                self._close_overwritten()
                return
            if self._session_marked:
                # closed as it should be: no warning for a copy of the file made from now on
                with contextlib.suppress(Exception), self._sessions() as s, s.begin():
                    s.merge(SettingRow(key=projectfile.SESSION_KEY, value="closed"))
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.engine.dispose()
            self._lock.release()
            return
        self.engine.dispose()
        if self._source is not None:
            self._source.discard()
        if self._lock is not None:
            # held while reading (open_for_reading), released once no connection is left
            self._lock.release()
        if self._reads_in_place:
            # read in place: the log and index SQLite made for it go once no one holds it
            with _READ_IN_PLACE_LOCK:
                key = self._in_place_key
                _READ_IN_PLACE[key] -= 1
                read_here = _READ_IN_PLACE[key] > 0
                if not read_here:
                    del _READ_IN_PLACE[key]
                projectfile.tidy_after_reading(self.path, read_here=read_here)

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions -----------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as exc:
            raise self._database_error(exc) from exc

    def _database_error(self, exc: BaseException) -> projectfile.ProjectError:
        """The analyst's message for an error SQLite raised on this project: one that says
        so when the file is no longer where it was opened (a connection opened since cannot
        find it)."""
        if self._file_id is not None and _file_id(self.path) != self._file_id:
            return self._gone_error()
        return projectfile.database_error(self.path, exc)

    def _gone_error(self) -> projectfile.ProjectMovedError:
        """What a read says of a project file no longer at its path, in one sentence that fits
        the case: moved or renamed (the file is whole at its new place), or deleted or
        replaced (what was saved is kept with Save As, or is in the recovered copy a refused
        change made)."""
        name = self.path.name
        gone = "cannot be read here any more"
        if not self._linked_nowhere():
            return projectfile.ProjectMovedError(
                f"{name} was moved or renamed while it was open, so it {gone}; close the "
                "project and open it where it is now."
            )
        # The copy is made by the first refused change (see _check_in_place), not here: a
        # read fails while its other connection still holds the pool's last one to the file.
        if self._rescued is not None:
            return projectfile.ProjectMovedError(
                f"{name} was deleted or replaced while it was open, so it {gone}; everything "
                f"saved before was kept in {self._rescued.name}, in {self._rescued.parent}: "
                "open that copy to go on."
            )
        return projectfile.ProjectMovedError(
            f"{name} was deleted or replaced while it was open, so it {gone}; what was saved "
            "before is still open here, to be kept with Save As before the project is closed."
        )

    @contextmanager
    def _write(self) -> Iterator[Session]:
        if self.read_only_reason is not None:
            raise projectfile.ProjectReadOnlyError(
                f"{self.path.name} is open read-only; the change was not saved."
            )
        try:
            with self._write_lock:
                if not self._open:
                    # a background import or re-extraction finishing after its window
                    # closed: the engine would open the file again without its lock
                    raise projectfile.ProjectClosedError(
                        f"{self.path.name} was closed; the change was not saved."
                    )
                self._check_in_place()
                try:
                    if not self._session_marked:
                        self._mark_session()
                    with self._sessions() as session, session.begin():
                        yield session
                        noted = _file_note(self.path)
                        if noted != self._noted_file:
                            session.merge(SettingRow(key=projectfile.FILE_NOTE_KEY, value=noted))
                    self._noted_file = noted
                    self._note_file_after_checkpoint()
                finally:
                    # as this write left the file, even a write that failed midway (its log
                    # may have been moved into the file first)
                    seen = self._seen_file
                    if seen is not None and _file_note(self.path) != seen[0]:
                        self._seen_file = _file_seen(self.path)
        except DBAPIError as exc:
            raise self._database_error(exc) from exc

    def _overwritten_since(self) -> bool:
        """Whether another program wrote into the project file in place since this store last
        wrote it (a backup or another project copied over it: same name, same inode). While
        its lock is held only this store's writes change the file (SQLite moving their log
        into it; readers open it read-only, and the pool keeps its connections open, so no
        last connection moves it on closing), and each write notes the file as it leaves it,
        whether it ends well or not. A file whose time alone changed (touched) keeps its
        bytes; anything else is another file's."""
        if self._seen_file is None or _file_id(self.path) != self._file_id:
            return False  # no longer here at all: moved, deleted or replaced (see above)
        seen_note, seen_sum = self._seen_file
        if _file_note(self.path) == seen_note:
            return False
        note, checksum = _file_seen(self.path)
        if checksum is not None and checksum == seen_sum:
            self._seen_file = (note, checksum)
            return False
        return True

    def _overwritten_error(self) -> projectfile.ProjectMovedError:
        return projectfile.ProjectMovedError(
            f"{self.path.name} was overwritten while it was open (another program copied a "
            "file over it: a backup, or another project), so the change was not saved, and "
            "what is open here no longer matches the file. Close the project and open it "
            "again to see what the file holds now; the changes made here since it was "
            "overwritten are not in it."
        )

    def _close_overwritten(self) -> None:
        """Close a project another program overwrote in place, writing nothing into the file
        now there: SQLite's last connection to close moves its log into the file, which would
        write this project's pages over the other file's. A connection that may only read
        closes last instead, which moves nothing; the log, whose pages belong to a file no
        longer there, is then set aside (not deleted) so that the next open does not take it
        for the file's own."""
        keeper: sqlite3.Connection | None = None
        with contextlib.suppress(sqlite3.Error):
            keeper = sqlite3.connect(projectfile.read_only_uri(self.path), uri=True)
            keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.engine.dispose()
        if keeper is not None:
            keeper.close()
        projectfile.set_log_aside(self.path, "overwritten")
        assert self._lock is not None
        self._lock.release()

    def _mark_session(self) -> None:
        """Mark in the project file itself, before the first change of this session, that a
        Factlane is changing it (close() marks it closed): a copy of the file taken without
        its log while this session goes on, or after it crashed, then says so
        (projectfile.left_open_without_log) instead of silently lacking the changes the log
        held. Its own transaction, moved into the file at once, so that every change of the
        session stays in the log until SQLite moves it (the log check at the next open sees
        them all). A session that changes nothing writes nothing. On a full disk the mark is
        left out, and the change is tried all the same."""
        with contextlib.suppress(DBAPIError):
            with self._sessions() as s, s.begin():
                s.merge(SettingRow(key=projectfile.SESSION_KEY, value="open"))
            self._session_marked = True  # closed by close(), wherever the mark is now
            with self.engine.connect() as conn:
                # into the file now; PASSIVE waits for no reader (a background read of the
                # window's), which may keep it in the log a while
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def _note_file_after_checkpoint(self) -> None:
        """Note the project file again in its log when the commit just made moved the log's
        pages into it (SQLite's automatic checkpoint), which changes the file: the next open
        after a crash then finds the log naming the file as it is, and need not read all of
        it to know the log is this file's (projectfile.log_names_file)."""
        noted = _file_note(self.path)
        if noted == self._noted_file:
            return
        with self._sessions() as session, session.begin():
            session.merge(SettingRow(key=projectfile.FILE_NOTE_KEY, value=noted))
        self._noted_file = noted

    def _check_in_place(self) -> None:
        """ProjectMovedError when the project file is no longer at its path: moved, renamed,
        deleted or replaced while open. SQLite would go on writing into the file it has open,
        and a deleted file's changes would be gone once the project is closed; when the file
        this store has open is linked nowhere any more, everything saved so far is copied
        first to a recovered copy beside where it was. Also when another program wrote
        another file into it in place (see _overwritten_since)."""
        if self._file_id is None:
            return
        if _file_id(self.path) == self._file_id:
            if self._overwritten or self._overwritten_since():
                self._overwritten = True
                raise self._overwritten_error()
            return
        name = self.path.name
        if self._linked_nowhere():
            if self._rescued is None:
                self._rescued = self._rescue_copy()
            if self._rescued is not None:
                raise projectfile.ProjectMovedError(
                    f"{name} was deleted or replaced while it was open, so the change was not "
                    f"saved. Everything saved before it was kept in {self._rescued.name}, in "
                    f"{self._rescued.parent}: open that copy to go on."
                )
            raise projectfile.ProjectMovedError(
                f"{name} was deleted or replaced while it was open, so the change was not "
                "saved. Everything saved before it is still open here: use Save As now to "
                "keep it, before closing the project."
            )
        raise projectfile.ProjectMovedError(
            f"{name} was moved or renamed while it was open, so the change was not saved. "
            "Everything saved before it is in the file at its new place: close the project "
            "and open it there."
        )

    def _linked_nowhere(self) -> bool:
        """Whether the file this store has open was deleted (no name leads to it any more)."""
        assert self._lock is not None
        handle = self._lock.pinned_file
        if handle is None:
            return not self.path.exists()
        try:
            return os.fstat(handle.fileno()).st_nlink == 0
        except OSError:
            return False

    def _rescue_copy(self) -> Path | None:
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        target = self.path.with_name(f"{self.path.stem} (recovered {stamp}){self.path.suffix}")
        if target.exists():
            return None
        try:
            with projectfile.replacing_project(target) as writing:
                self.save_copy(writing, named=target)
        except (projectfile.ProjectError, OSError):
            return None
        return target

    # -- documents and articles ---------------------------------------------------------------

    def find_document(self, sha256: str) -> int | None:
        """The article id holding a document with this hash, if any."""
        with self._read() as s:
            row = s.execute(
                select(ArticleRow.id)
                .join(DocumentRow, DocumentRow.id == ArticleRow.document_id)
                .where(DocumentRow.sha256 == sha256)
            ).first()
            return int(row[0]) if row else None

    def add_article(
        self,
        *,
        data: bytes,
        sha256: str,
        path: str,
        raw: RawArticle,
        extraction: Extraction,
    ) -> int:
        """Store one imported article with its extraction, in one transaction."""
        # a file name the system's locale could not decode arrives with lone surrogates
        # (Python's surrogateescape), which SQLite cannot store: keep its real characters
        path = _storable(path)
        with self._write() as s:
            existing = s.execute(
                select(ArticleRow.id)
                .join(DocumentRow, DocumentRow.id == ArticleRow.document_id)
                .where(DocumentRow.sha256 == sha256)
            ).first()
            if existing is not None:
                raise DuplicateDocumentError(int(existing[0]))
            doc = DocumentRow(
                id=self._first_id(s, DocumentRow),
                sha256=sha256,
                size=len(data),
                compressed=zlib.compress(data, 6),
                filename=path,
            )
            s.add(doc)
            s.flush()
            article = ArticleRow(
                id=self._first_id(s, ArticleRow),
                document_id=doc.id,
                path=path,
                format=raw.format,
                encoding=raw.encoding,
                language=raw.language,
                title=raw.title,
                source=raw.source,
                author=raw.author,
                url=raw.url,
                published=raw.published,
                published_origin=raw.published_origin if raw.published else None,
                text=raw.text,
                blocks_json=json.dumps([b.to_json() for b in raw.blocks]),
                field_origins_json=json.dumps(raw.field_origins),
                imported_at=datetime.now(),
                extractor_version=EXTRACTOR_VERSION,
                note="",
            )
            s.add(article)
            s.flush()
            self._insert_extraction(s, article.id, extraction, keep_keys=set())
            self._mark_conflicts_stale(s)
            return article.id

    def document_bytes(self, article_id: int) -> bytes:
        with self._read() as s:
            row = s.execute(
                select(DocumentRow.compressed)
                .join(ArticleRow, ArticleRow.document_id == DocumentRow.id)
                .where(ArticleRow.id == article_id)
            ).one()
            return zlib.decompress(row[0])

    def articles(self) -> list[ArticleRecord]:
        return self._article_records(with_counts=True)

    def _article_records(
        self, *, with_counts: bool = False, where: str = "", params: dict[str, Any] | None = None
    ) -> list[ArticleRecord]:
        """Article records from plain rows (a project may hold tens of thousands)."""
        counts = (
            ", (SELECT count(*) FROM fact f WHERE f.article_id = a.id AND f.status != 'rejected'),"
            " (SELECT count(*) FROM figure g WHERE g.article_id = a.id)"
            if with_counts
            else ", 0, 0"
        )
        sql = (
            "SELECT a.id, a.path, a.title, a.source, a.author, a.url, a.published, "
            f"a.published_origin, a.format, a.imported_at{counts} FROM article a "
            f"{where} ORDER BY a.id"
        )
        days: dict[Any, date | None] = {None: None}
        out = []
        for r in self._bulk_rows(sql, params):
            if r[6] not in days:
                days[r[6]] = date.fromisoformat(r[6])
            out.append(
                ArticleRecord(
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    days[r[6]],
                    r[7],
                    r[8],
                    datetime.fromisoformat(r[9]),
                    r[10],
                    r[11],
                )
            )
        return out

    def article(self, article_id: int) -> ArticleDetail:
        with self._read() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise KeyError(article_id)
            sha = s.execute(
                select(DocumentRow.sha256).where(DocumentRow.id == row.document_id)
            ).scalar_one()
            timexes = [
                _timex(t)
                for t in s.scalars(
                    select(TimexRow).where(TimexRow.article_id == article_id).order_by(TimexRow.idx)
                )
            ]
            return ArticleDetail(
                record=_article_record(row),
                text=row.text,
                blocks=[Block(**b) for b in json.loads(row.blocks_json)],
                field_origins=cast(dict[str, str], json.loads(row.field_origins_json)),
                timexes=timexes,
                sha256=sha,
                encoding=row.encoding,
                language=row.language or "en",
            )

    def article_note(self, article_id: int) -> str:
        with self._read() as s:
            row = s.get(ArticleRow, article_id)
            return row.note if row else ""

    def update_article_fields(self, article_id: int, **fields: str | None) -> dict[str, Any]:
        """Set metadata fields; returns their previous values (for undo)."""
        unknown = set(fields) - _EDITABLE_ARTICLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self._write() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise KeyError(article_id)
            old = {k: getattr(row, k) for k in fields}
            origins = cast(dict[str, str], json.loads(row.field_origins_json))
            for k, v in fields.items():
                setattr(row, k, _typed(v) if k != "note" else _storable(v or ""))
                if k != "note":
                    origins[k] = "user"
            row.field_origins_json = json.dumps(origins)
            return old

    def set_published(
        self,
        article_id: int,
        published: date | None,
        origin: PublishedOrigin | None,
        evidence: str | None = None,
    ) -> tuple[date | None, PublishedOrigin | None]:
        """Change the publication date; the caller re-extracts. Returns the previous pair.

        The article's record of where the date came from (field_origins["published"]) follows:
        ``evidence`` when given (an undo puts back what was read from the page), else the
        origin itself, so a date the analyst typed is never credited to the page's metadata
        or to whoever set the date before."""
        with self._write() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise KeyError(article_id)
            return _apply_published(row, published, origin, evidence)

    def set_published_undoable(
        self,
        article_id: int,
        published: date | None,
        origin: PublishedOrigin | None,
        extraction: Extraction,
        evidence: str | None = None,
        *,
        made_from: ExtractionInputs | None = None,
    ) -> tuple[ExtractionChange, ExtractionSnapshot, ExtractionSnapshot]:
        """:meth:`set_published` and :meth:`replace_extraction` with ``extraction`` (made
        against the new date) in one transaction, handing back the article before and after
        (its date and its extracted rows) for :meth:`restore_extractions`: undo then puts back
        the very facts it had, instead of extracting again and giving them new ids.
        ``made_from``: the article's inputs the extraction was made from with the new date
        (ArticleChangedError, nothing written, when the article no longer has them)."""

        def edit(row: ArticleRow) -> None:
            _apply_published(row, published, origin, evidence)

        return self._edit_and_extract(article_id, extraction, edit, made_from)

    def set_blocks_undoable(
        self,
        article_id: int,
        blocks: list[Block],
        text: str,
        extraction: Extraction,
        *,
        made_from: ExtractionInputs | None = None,
    ) -> tuple[ExtractionChange, ExtractionSnapshot, ExtractionSnapshot]:
        """:meth:`set_blocks` and :meth:`replace_extraction` with ``extraction`` (made from
        ``text``) in one transaction; see :meth:`set_published_undoable`."""

        def edit(row: ArticleRow) -> None:
            row.blocks_json = json.dumps([b.to_json() for b in blocks])
            row.text = text

        return self._edit_and_extract(article_id, extraction, edit, made_from)

    def set_blocks(self, article_id: int, blocks: list[Block], text: str) -> list[Block]:
        with self._write() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise KeyError(article_id)
            old = [Block(**b) for b in json.loads(row.blocks_json)]
            row.blocks_json = json.dumps([b.to_json() for b in blocks])
            row.text = text
            return old

    def delete_article(self, article_id: int) -> RemovedArticle | None:
        removed = self.delete_articles([article_id])
        return removed[0] if removed else None

    def delete_articles(self, article_ids: Iterable[int]) -> list[RemovedArticle]:
        """Remove articles with everything extracted from them, in one transaction; returns
        what was removed, for :meth:`restore_articles`. Ids not in the project are skipped.

        Read and deleted REMOVAL_BATCH articles at a time, a statement per table for each
        batch (not several per article: thousands are removed at once)."""
        wanted = list(dict.fromkeys(article_ids))
        removed: list[RemovedArticle] = []
        with self._write() as s:
            for start in range(0, len(wanted), REMOVAL_BATCH):
                chunk = wanted[start : start + REMOVAL_BATCH]
                found = _articles_rows(s, chunk)
                if not found:
                    continue
                removed.extend(found)
                _delete_articles_rows(s, [r.article_id for r in found])
            if removed:
                self._reserve_ids(s, [r.rows for r in removed])
                self._mark_conflicts_stale(s)
        return removed

    def restore_articles(
        self, removed: Sequence[RemovedArticle], *, cancelled: Callable[[], bool] | None = None
    ) -> bool:
        """Put removed articles back exactly as they were, in one transaction.

        Raises ArticleRestoreError, and changes nothing, when one cannot be: its file has been
        imported again since (the project would hold it twice), or another row took one of
        its ids. Checked and written a statement per table for all of them (plus one per
        REMOVAL_BATCH ids checked), not several per article. ``cancelled`` is asked between
        the statements (a background undo's Cancel): when it says so, the transaction is
        rolled back and False returned, nothing put back."""
        if not removed:
            return True
        try:
            self._restore_articles(removed, cancelled or (lambda: False))
        except _RestoreCancelled:
            return False
        return True

    def _restore_articles(
        self, removed: Sequence[RemovedArticle], cancelled: Callable[[], bool]
    ) -> None:
        with self._write() as s:
            shas = [a.sha256 for a in removed if a.sha256]
            again: dict[str, tuple[int, str | None, str]] = {}
            for start in range(0, len(shas), REMOVAL_BATCH):
                for sha, aid, title, path in s.execute(
                    select(DocumentRow.sha256, ArticleRow.id, ArticleRow.title, ArticleRow.path)
                    .join(DocumentRow, DocumentRow.id == ArticleRow.document_id)
                    .where(DocumentRow.sha256.in_(shas[start : start + REMOVAL_BATCH]))
                ):
                    again[sha] = (aid, title, path)
            for article in removed:
                if article.sha256 in again:
                    aid, title, path = again[article.sha256]
                    raise ArticleRestoreError(
                        f"“{title or path}” was imported again after it was removed; "
                        f"it is in the project (article {aid}) and is not put back twice."
                    )
            for model in _ARTICLE_TABLES:
                table = model.__tablename__
                owner: dict[Any, int] = {}
                rows: list[dict[str, Any]] = []
                for article in removed:
                    mine = article.rows.get(table) or []
                    rows.extend(mine)
                    for r in mine:
                        if "id" in r:
                            owner[r["id"]] = article.article_id
                taken = _chunked_in(s, model.id, model.id, owner) if owner else []
                if taken:
                    by_article: dict[int, int] = defaultdict(int)
                    for i in taken:
                        by_article[owner[i]] += 1
                    article_id = next(a.article_id for a in removed if a.article_id in by_article)
                    raise ArticleRestoreError(
                        f"{by_article[article_id]} {table} rows of article "
                        f"{article_id} have been reused; it cannot be put back."
                    )
                for start in range(0, len(rows), RESTORE_ROWS):
                    if cancelled():
                        raise _RestoreCancelled
                    s.execute(insert(model.__table__), rows[start : start + RESTORE_ROWS])
            if cancelled():
                raise _RestoreCancelled
            self._mark_conflicts_stale(s)

    def removal_summary(self, article_ids: Iterable[int]) -> list[RemovalSummary]:
        """What removing each article would take with it (for the analyst to confirm).

        Read in a few queries per 500 articles, not a dozen per article: the window asks
        this on its own thread before the confirmation, for thousands of articles at once."""
        wanted = list(dict.fromkeys(article_ids))
        rows: dict[int, tuple[str | None, str]] = {}
        facts: dict[int | None, list[tuple[int, str, str | None]]] = defaultdict(list)
        tagged: set[int] = set()
        keys: dict[int, list[str]] = defaultdict(list)
        links: dict[int, set[int]] = defaultdict(set)
        with self._read() as s:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                for aid, title, path in s.execute(
                    select(ArticleRow.id, ArticleRow.title, ArticleRow.path).where(
                        ArticleRow.id.in_(chunk)
                    )
                ):
                    rows[aid] = (title, path)
                for owner, fid, status, note in s.execute(
                    select(FactRow.article_id, FactRow.id, FactRow.status, FactRow.note).where(
                        FactRow.article_id.in_(chunk)
                    )
                ):
                    facts[owner].append((fid, status, note))
                tagged.update(
                    s.scalars(
                        select(TagRow.fact_id)
                        .join(FactRow, FactRow.id == TagRow.fact_id)
                        .where(FactRow.article_id.in_(chunk))
                    )
                )
                for aid, key in s.execute(
                    select(FigureRow.article_id, FigureRow.key).where(
                        FigureRow.article_id.in_(chunk)
                    )
                ):
                    keys[aid].append(key)
                # a pair by either end (two queries: each end has its own index)
                for end in (FigurePairRow.a_id, FigurePairRow.b_id):
                    for aid, pair_id in s.execute(
                        select(FigureRow.article_id, FigurePairRow.id)
                        .join(FigureRow, FigureRow.id == end)
                        .where(FigureRow.article_id.in_(chunk))
                    ):
                        links[aid].add(pair_id)
            # the analyst's decisions and links, by the keys of the chosen articles' figures
            owners: dict[str, set[int]] = defaultdict(set)
            for aid, article_keys in keys.items():
                for key in article_keys:
                    owners[key].add(aid)
            decided: dict[int, set[int]] = defaultdict(set)
            linked: dict[int, int] = defaultdict(int)
            if owners:
                for did, a_key, b_key, decision, note in s.execute(
                    select(
                        PairDecisionRow.id,
                        PairDecisionRow.a_key,
                        PairDecisionRow.b_key,
                        PairDecisionRow.decision,
                        PairDecisionRow.note,
                    )
                ):
                    if not (decision or note):
                        continue
                    for aid in owners.get(a_key, set()) | owners.get(b_key, set()):
                        decided[aid].add(did)
                for (key,) in s.execute(select(FigureLinkRow.figure_key)):
                    for aid in owners.get(key, ()):
                        linked[aid] += 1
        out: list[RemovalSummary] = []
        for article_id in wanted:
            if article_id not in rows:
                continue
            title, path = rows[article_id]
            article_facts = facts.get(article_id, [])
            analyst = {
                fid
                for fid, status, note in article_facts
                if status in ("edited", "manual") or note or fid in tagged
            }
            reviewed = sum(
                1
                for fid, status, _note in article_facts
                if status in ("confirmed", "rejected") and fid not in analyst
            )
            out.append(
                RemovalSummary(
                    article_id=article_id,
                    title=title or Path(path).name or path,
                    facts=len(article_facts),
                    analyst_facts=len(analyst),
                    reviewed_facts=reviewed,
                    figures=len(keys.get(article_id, [])),
                    conflict_links=len(links.get(article_id, ())),
                    conflict_decisions=len(decided.get(article_id, ())) + linked.get(article_id, 0),
                )
            )
        return out

    def _reserve_ids(self, s: Session, removed: Iterable[dict[str, list[dict[str, Any]]]]) -> None:
        """Remember the highest id each table had among the removed rows: SQLite gives a new
        row one more than the largest id left in the table, which after removing the newest
        article would be that article's own id, and undo could no longer put it back."""
        row = s.get(SettingRow, _ID_FLOOR_KEY)
        floor = cast(dict[str, int], json.loads(row.value)) if row else {}
        for rows in removed:
            for table in _RESERVED_ID_TABLES:
                ids = [int(r["id"]) for r in rows.get(table, [])]
                if ids:
                    floor[table] = max(floor.get(table, 0), *ids)
        s.merge(SettingRow(key=_ID_FLOOR_KEY, value=json.dumps(floor, sort_keys=True)))

    def _first_id(self, s: Session, model: Any) -> int | None:
        """The id to give the first new row of ``model``'s table when the next one SQLite
        would choose is reserved for a removed article (None: let SQLite choose)."""
        row = s.get(SettingRow, _ID_FLOOR_KEY)
        if row is None:
            return None
        floor = int(json.loads(row.value).get(model.__tablename__, 0))
        if not floor:
            return None
        top = s.scalar(select(func.max(model.id))) or 0
        return floor + 1 if top < floor else None

    def stale_articles(self) -> list[int]:
        """Articles extracted by an older engine."""
        with self._read() as s:
            return list(
                s.scalars(
                    select(ArticleRow.id).where(ArticleRow.extractor_version < EXTRACTOR_VERSION)
                )
            )

    # -- extraction results ---------------------------------------------------------------------

    def replace_extraction(
        self,
        article_id: int,
        extraction: Extraction,
        *,
        made_from: ExtractionInputs | None = None,
    ) -> ExtractionChange:
        """Store a fresh extraction, keeping every analyst decision.

        Automatic facts are replaced. Confirmed and rejected facts keep their status and follow
        the new extraction's date; edited and manual facts are left exactly as the analyst left
        them. Figures are replaced; their decisions are keyed by content, and a figure read
        anew under another key (the engine reads what it counts better) takes its decisions
        along (see _renamed_figures).
        Returns how the facts changed. ``made_from``: the article's inputs the extraction was
        made from (ArticleChangedError, nothing written, when it no longer has them).
        """
        with self._write() as s:
            row = s.get(ArticleRow, article_id)
            if row is not None:
                _check_inputs(row, made_from)
            return self._replace_extraction(s, article_id, extraction)

    def replace_extraction_undoable(
        self,
        article_id: int,
        extraction: Extraction,
        *,
        made_from: ExtractionInputs | None = None,
    ) -> tuple[ExtractionChange, ExtractionSnapshot, ExtractionSnapshot]:
        """:meth:`replace_extraction` that also hands back the article's extracted rows as they
        were before and are after, in the same transaction, for
        :meth:`restore_extractions` to put either back (undo, then redo).

        The ids of the rows it replaces stay reserved, so that an import made before the undo
        cannot take them (undo puts the same fact ids back: earlier commands name them)."""
        return self._edit_and_extract(article_id, extraction, None, made_from)

    def _edit_and_extract(
        self,
        article_id: int,
        extraction: Extraction,
        edit: Callable[[ArticleRow], None] | None,
        made_from: ExtractionInputs | None = None,
    ) -> tuple[ExtractionChange, ExtractionSnapshot, ExtractionSnapshot]:
        with self._write() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise KeyError(article_id)
            _check_inputs(row, made_from)
            before = _extraction_rows(s, article_id, with_article=edit is not None)
            if before is None:
                raise KeyError(article_id)
            self._reserve_ids(s, [before.rows])
            if edit is not None:
                edit(row)
            change = self._replace_extraction(s, article_id, extraction)
            # The confirmed and rejected facts that followed the new dates are ORM objects
            # changed in memory: they must be written before the rows are read back.
            s.flush()
            after = _extraction_rows(s, article_id, with_article=edit is not None)
            assert after is not None
            return change, before, after

    def restore_extractions(self, snapshots: Sequence[ExtractionSnapshot]) -> None:
        """Put articles' time expressions, facts (with their tags and the analyst's work on
        them) and figures back exactly as a snapshot holds them, in one transaction.

        Raises ExtractionRestoreError, and changes nothing, when one cannot be: its article has
        been removed, or another article holds one of its ids."""
        with self._write() as s:
            for snapshot in snapshots:
                article = s.get(ArticleRow, snapshot.article_id)
                if article is None:
                    raise ExtractionRestoreError(
                        f"article {snapshot.article_id} is no longer in the project."
                    )
                figures_before = _figure_places(s, snapshot.article_id)
                _delete_extraction(s, snapshot.article_id)
                for model in _EXTRACTION_TABLES:
                    rows = snapshot.rows.get(model.__tablename__)
                    if not rows:
                        continue
                    ids = [r["id"] for r in rows if "id" in r]
                    taken = _chunked_in(s, model.id, model.id, ids) if ids else []
                    if taken:
                        raise ExtractionRestoreError(
                            f"{_plural_rows(len(taken), model.__tablename__)} of article "
                            f"{snapshot.article_id} now belong to another article."
                        )
                    s.execute(insert(model.__table__), rows)
                _follow_figure_keys(
                    s, _renamed_figures(figures_before, _figure_places(s, snapshot.article_id))
                )
                article.extractor_version = snapshot.extractor_version
                if snapshot.article is not None:
                    _restore_article_inputs(article, snapshot.article)
            if snapshots:
                self._mark_conflicts_stale(s)

    def _replace_extraction(
        self, s: Session, article_id: int, extraction: Extraction
    ) -> ExtractionChange:
        facts = list(s.scalars(select(FactRow).where(FactRow.article_id == article_id)))
        tagged = set(
            s.scalars(
                select(TagRow.fact_id).where(
                    TagRow.fact_id.in_(select(FactRow.id).where(FactRow.article_id == article_id))
                )
            )
        )
        # A fact the analyst only tagged or wrote a note on is still the analyst's work: it is
        # kept, and follows the engine's date like a confirmed one.
        analysts = [f for f in facts if f.status != "auto" or f.note or f.id in tagged]
        kept = {f.key: f for f in analysts}
        analyst_ids = {f.id for f in analysts}
        replaced = [f.id for f in facts if f.id not in analyst_ids]
        before = Counter((str(f.key), str(f.value)) for f in facts if f.id not in analyst_ids)
        if replaced:
            for i in range(0, len(replaced), 900):
                s.execute(delete(FactRow).where(FactRow.id.in_(replaced[i : i + 900])))
        s.execute(update(FactRow).where(FactRow.article_id == article_id).values(timex_id=None))
        figures_before = _figure_places(s, article_id)
        _delete_figures(s, article_id)
        s.execute(delete(TimexRow).where(TimexRow.article_id == article_id))
        followed = {key: row.value for key, row in kept.items()}
        after = self._insert_extraction(s, article_id, extraction, keep_keys=set(kept), kept=kept)
        _follow_figure_keys(s, _renamed_figures(figures_before, _figure_places(s, article_id)))
        s.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id)
            .values(extractor_version=EXTRACTOR_VERSION)
        )
        self._mark_conflicts_stale(s)
        # A fact found under the same key with another date was redated, not removed and
        # added; confirmed and rejected facts that moved to a new date count as redated.
        same = before & after
        gone, new = before - same, after - same
        gone_keys = Counter(key for key, _value in gone.elements())
        new_keys = Counter(key for key, _value in new.elements())
        redated = sum((gone_keys & new_keys).values())
        redated += sum(1 for key, row in kept.items() if row.value != followed[key])
        return ExtractionChange(
            added=new.total() - sum((gone_keys & new_keys).values()),
            removed=gone.total() - sum((gone_keys & new_keys).values()),
            redated=redated,
            kept=sum(1 for row in kept.values() if row.status in ("edited", "manual")),
        )

    def _insert_extraction(
        self,
        s: Session,
        article_id: int,
        extraction: Extraction,
        *,
        keep_keys: set[str],
        kept: dict[str, FactRow] | None = None,
    ) -> Counter[tuple[str, str]]:
        """Insert an extraction's rows; returns the (key, date value) of each new automatic
        fact."""
        # Core bulk inserts: an import writes hundreds of rows and ORM units of work would
        # dominate the time spent.
        timex_ids: list[int] = []
        timex_from = self._first_id(s, TimexRow) if extraction.timexes else None
        if extraction.timexes:
            result = s.execute(
                insert(TimexRow).returning(TimexRow.id, sort_by_parameter_order=True),
                [
                    {
                        **({"id": timex_from + i} if timex_from is not None else {}),
                        "article_id": article_id,
                        "idx": i,
                        "start": t.start,
                        "end": t.end,
                        "text": t.text,
                        "type": t.type,
                        "value": t.value,
                        "explanation": t.explanation,
                        "earliest": t.date.earliest if t.date else None,
                        "latest": t.date.latest if t.date else None,
                        "precision": t.date.precision if t.date else None,
                        "needs_anchor": t.needs_anchor,
                    }
                    for i, t in enumerate(extraction.timexes)
                ],
            )
            timex_ids = [row[0] for row in result]
        new_facts = []
        mentions = extraction.entities
        kinds = _article_entity_kinds(mentions)
        for fact in extraction.facts:
            timex = extraction.timexes[fact.timex]
            key = fact_key(timex.text, fact.text)
            old = kept.get(key) if kept else None
            named = "\n".join(
                _entity_line(n, kinds.get(n)) for n in fact_entities(fact.start, fact.end, mentions)
            )
            if old is not None:
                if old.status != "manual":
                    # the names in the sentence as read now (an edited fact keeps its text,
                    # and the sentence it was read from still names them)
                    old.entities = named
                if old.status not in ("edited", "manual"):
                    old.start, old.end, old.text = fact.start, fact.end, fact.text
                    old.value = fact.date.value
                    old.earliest, old.latest = fact.date.earliest, fact.date.latest
                    old.precision = fact.date.precision
                    old.timex_id = timex_ids[fact.timex]
                continue
            if key in keep_keys:
                continue
            new_facts.append(
                {
                    "article_id": article_id,
                    "timex_id": timex_ids[fact.timex],
                    "key": key,
                    "start": fact.start,
                    "end": fact.end,
                    "text": fact.text,
                    "value": fact.date.value,
                    "earliest": fact.date.earliest,
                    "latest": fact.date.latest,
                    "precision": fact.date.precision,
                    "status": "auto",
                    "note": "",
                    "entities": named,
                }
            )
        if new_facts:
            fact_from = self._first_id(s, FactRow)
            if fact_from is not None:
                for i, row in enumerate(new_facts):
                    row["id"] = fact_from + i
            s.execute(insert(FactRow), new_facts)
        if extraction.figures:
            keys = figure_keys(article_id, extraction.figures)
            contexts = _figure_contexts(s, article_id, extraction.figures)
            figure_from = self._first_id(s, FigureRow)
            s.execute(
                insert(FigureRow),
                [
                    {
                        **({"id": figure_from + i} if figure_from is not None else {}),
                        "article_id": article_id,
                        "key": key,
                        "start": f.start,
                        "end": f.end,
                        "text": f.text,
                        "number_text": f.number_text,
                        "low": f.low,
                        "high": f.high,
                        "qualifier": f.qualifier,
                        "tolerance": f.tolerance,
                        "unit": f.unit,
                        "counted": f.counted,
                        "measure": f.measure,
                        "attributed_to": f.attributed_to,
                        "as_of": f.as_of,
                        "as_of_precision": f.as_of_precision,
                        "change_cue": f.change_cue,
                        "scope": f.scope,
                        "period": f.period,
                        "denied": f.denied,
                        "hedged": f.hedged,
                        "rate": f.rate,
                        "context": told,
                    }
                    for i, (key, f, told) in enumerate(
                        zip(keys, extraction.figures, contexts, strict=True)
                    )
                ],
            )
        return Counter((str(f["key"]), str(f["value"])) for f in new_facts)

    # -- facts ------------------------------------------------------------------------------------

    # Listing facts reads plain SQL rows: building ORM objects for 100,000 facts takes seconds,
    # these queries take a fraction of that.
    _FACT_COLUMNS = (
        'f.id, f.article_id, f.start, f."end", f.text, f.value, f.earliest, f.latest, '
        'f.precision, f.status, f.note, t.start, t."end", t.text, t.type, t.value, '
        "t.explanation, t.earliest, t.latest, t.precision, t.needs_anchor, f.entities"
    )

    def facts(
        self, *, article_id: int | None = None, include_rejected: bool = True
    ) -> list[FactRecord]:
        where, params = [], {}
        if article_id is not None:
            where.append("f.article_id = :article")
            params["article"] = article_id
        if not include_rejected:
            where.append("f.status != 'rejected'")
        sql = (
            f"SELECT {self._FACT_COLUMNS} FROM fact f LEFT JOIN timex t ON t.id = f.timex_id "
            + (f"WHERE {' AND '.join(where)} " if where else "")
            + "ORDER BY f.earliest IS NULL, f.earliest, f.id"
        )
        rows = self._bulk_rows(sql, params)
        with self._read() as s:
            return self._fact_records(s, rows, article_id=article_id)

    def fact(self, fact_id: int) -> FactRecord:
        sql = (
            f"SELECT {self._FACT_COLUMNS} FROM fact f LEFT JOIN timex t ON t.id = f.timex_id "
            "WHERE f.id = :id"
        )
        with self._read() as s:
            rows = s.execute(text(sql), {"id": fact_id}).all()
            if not rows:
                raise KeyError(fact_id)
            return self._fact_records(s, rows, fact_id=fact_id)[0]

    def _fact_records(
        self,
        s: Session,
        rows: Sequence[Any],
        *,
        article_id: int | None = None,
        fact_id: int | None = None,
    ) -> list[FactRecord]:
        one: int | None = None
        if article_id is not None or fact_id is not None:
            one = article_id if article_id is not None else (rows[0][1] if rows else None)
            records = self._article_records(where="WHERE a.id = :id", params={"id": one})
        else:
            records = self._article_records()
        articles = {a.id: a for a in records}
        tag_sql = "SELECT fact_id, tag FROM fact_tag"
        tag_params: dict[str, int] = {}
        if fact_id is not None:
            tag_sql += " WHERE fact_id = :id"
            tag_params["id"] = fact_id
        elif article_id is not None:
            tag_sql += " WHERE fact_id IN (SELECT id FROM fact WHERE article_id = :id)"
            tag_params["id"] = article_id
        tags: dict[int, list[str]] = defaultdict(list)
        for fid, tag in self._bulk_rows(tag_sql, tag_params):
            tags[fid].append(tag)
        if article_id is not None or fact_id is not None:
            conflicted = self._conflicted_in_article(s, one)
        else:
            conflicted = self._conflicted_articles(s)
        days: dict[Any, Any] = {None: None}
        for r in rows:
            for iso in (r[6], r[7], r[17], r[18]):
                if iso not in days:
                    days[iso] = date.fromisoformat(iso)
        out: list[FactRecord] = []
        append = out.append
        no_tags: tuple[str, ...] = ()
        for r in rows:
            fid, aid, start, end = r[0], r[1], r[2], r[3]
            timex = None
            if r[11] is not None:
                t_earliest, t_latest = days[r[17]], days[r[18]]
                timex = TimeExpression(
                    r[11],
                    r[12],
                    r[13],
                    r[14],
                    r[15],
                    r[16],
                    DateRange(r[15], t_earliest, t_latest, r[19])
                    if t_earliest is not None or t_latest is not None
                    else None,
                    bool(r[20]),
                )
            append(
                FactRecord(
                    fid,
                    articles.get(aid) if aid is not None else None,
                    start,
                    end,
                    r[4],
                    DateRange(r[5], days[r[6]], days[r[7]], r[8]),
                    r[9],
                    timex,
                    r[10],
                    tuple(sorted(tags[fid])) if fid in tags else no_tags,
                    (aid, start, end) in conflicted,
                    _entity_names(r[21]) if r[21] else no_tags,
                )
            )
        return out

    def _conflicted_articles(self, s: Session) -> set[tuple[int | None, int, int]]:
        """(article, fact start, fact end) of facts whose sentence holds a contradicted figure."""
        rows = s.execute(
            select(FigureRow.article_id, FigureRow.start, FigureRow.end, FactRow.start, FactRow.end)
            .join(FactRow, FactRow.article_id == FigureRow.article_id)
            .where(
                FigureRow.id.in_(_contradicted_figure_ids()),
                FactRow.start <= FigureRow.start,
                FactRow.end >= FigureRow.end,
            )
        ).all()
        return {(r[0], r[3], r[4]) for r in rows}

    def _conflicted_in_article(
        self, s: Session, article_id: int | None
    ) -> set[tuple[int | None, int, int]]:
        """``_conflicted_articles`` of one article: a fact opened in the reader asks only of its
        own article's figures, each looked up in the pairs by its id, where the whole project's
        facts and contradicted figures were joined on every click (tens of milliseconds at
        1,000 articles, growing with the story)."""
        if article_id is None:
            return set()  # a fact the analyst added on its own has no figures
        rows = s.execute(
            text(
                'SELECT f.start, f."end" FROM figure g JOIN fact f ON f.article_id = g.article_id '
                'WHERE g.article_id = :article AND f.start <= g.start AND f."end" >= g."end" '
                "AND (EXISTS (SELECT 1 FROM figure_pair p WHERE p.a_id = g.id "
                "AND p.relation = 'contradiction') OR EXISTS (SELECT 1 FROM figure_pair p "
                "WHERE p.b_id = g.id AND p.relation = 'contradiction'))"
            ),
            {"article": article_id},
        ).all()
        return {(article_id, r[0], r[1]) for r in rows}

    def timeline_rows(self) -> list[TimelineRow]:
        """Every fact with at least one known day, with only what the timeline draws, in one
        query (see TimelineRow.open_start and open_end)."""
        sql = (
            "SELECT f.id, f.article_id, a.source, a.title, f.earliest, f.latest, f.text, "
            "f.status, f.precision, f.value FROM fact f LEFT JOIN article a ON a.id = f.article_id "
            "WHERE f.earliest IS NOT NULL OR f.latest IS NOT NULL"
        )
        days: dict[str | None, date] = {}
        rows = self._bulk_rows(sql)
        for row in rows:
            for iso in (row[4], row[5]):
                if iso is not None and iso not in days:
                    days[iso] = date.fromisoformat(iso)
        make = TimelineRow._make
        out = []
        for r in rows:
            first, last = r[4], r[5]
            # A fact with one end left open ("for months", "since 2014") is on the timeline
            # at the end the text gives, marked open towards the other.
            out.append(
                make(
                    (
                        r[0],
                        r[1],
                        r[2],
                        r[3],
                        days[first if first is not None else last],
                        days[last if last is not None else first],
                        r[6],
                        r[7],
                        r[8],
                        r[9],
                        first is None,
                        last is None,
                    )
                )
            )
        return out

    def article_openings(
        self, chars: int, *, batch: int = OPENINGS_BATCH
    ) -> Iterator[ArticleOpening]:
        """Every article's id, title and the first ``chars`` characters of its text, by id.

        The text is cut in the file (SQL ``substr``, which counts characters, not bytes), so a
        project of thousands of articles is not read whole for the few words of each opening.
        Read ``batch`` articles a query, each batch on a connection of its own that is closed
        before the batch is handed over: the caller may write to the project between batches
        (an article removed meanwhile is not read; one added after the last id read is)."""
        if chars < 0:
            raise ValueError(f"an opening of {chars} characters")
        if batch < 1:
            raise ValueError(f"a batch of {batch} articles")
        return self._article_openings(chars, batch)

    def _article_openings(self, chars: int, batch: int) -> Iterator[ArticleOpening]:
        sql = (
            "SELECT id, coalesce(title, ''), coalesce(substr(text, 1, :chars), '') FROM article "
            "WHERE id > :after ORDER BY id LIMIT :batch"
        )
        make = ArticleOpening._make
        after = -(2**63)  # below any rowid SQLite gives
        while True:
            rows = self._bulk_rows(sql, {"chars": chars, "after": after, "batch": batch})
            yield from map(make, rows)
            if len(rows) < batch:
                return
            after = rows[-1][0]

    def figure_windows(
        self, ids: Iterable[int], chars: int, *, batch: int = WINDOWS_BATCH
    ) -> dict[int, tuple[int, str]]:
        """The stretch of its article's text around each figure of ``ids``, by figure id:
        where the stretch starts in the text and the stretch, ``chars`` characters either side
        of the figure (fewer at the text's ends); a figure not in the project is left out.

        Cut in the file (SQL ``substr``, which counts characters as Python does), so a long
        text is not read whole for the sentence around a figure; one query a ``batch`` of
        ids."""
        if chars < 0:
            raise ValueError(f"a window of {chars} characters")
        wanted = sorted({int(i) for i in ids})
        out: dict[int, tuple[int, str]] = {}
        for at in range(0, len(wanted), batch):
            chunk = wanted[at : at + batch]
            rows = self._bulk_rows(
                "SELECT g.id, max(g.start - :chars, 0), "
                "coalesce(substr(a.text, max(g.start - :chars, 0) + 1, "
                "g.end + :chars - max(g.start - :chars, 0)), '') "
                "FROM figure g JOIN article a ON a.id = g.article_id "
                f"WHERE g.id IN ({', '.join(map(str, chunk))})",
                {"chars": chars},
            )
            out.update((r[0], (r[1], r[2])) for r in rows)
        return out

    def figure_contexts(
        self, ids: Iterable[int], chars: int, *, batch: int = WINDOWS_BATCH
    ) -> dict[int, str | tuple[int, str]]:
        """What the comparison's context tier reads of each figure of ``ids``, by figure id:
        the words stored with the figure when it was stored (a string), or, for a figure
        stored before they were (migration 0008), its window of text as
        :meth:`figure_windows` cuts it. A figure not in the project is left out."""
        wanted = sorted({int(i) for i in ids})
        out: dict[int, str | tuple[int, str]] = {}
        unread: list[int] = []
        for at in range(0, len(wanted), batch):
            chunk = wanted[at : at + batch]
            for figure_id, told in self._bulk_rows(
                f"SELECT id, context FROM figure WHERE id IN ({', '.join(map(str, chunk))})"
            ):
                if told is None:
                    unread.append(figure_id)
                else:
                    out[figure_id] = told
        if unread:
            out.update(self.figure_windows(unread, chars, batch=batch))
        return out

    def _bulk_rows(self, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        """Rows of a large read straight from the driver (no per-row result processing)."""
        try:
            with projectfile.raw_connection(self.engine) as con:
                return con.execute(sql, params or {}).fetchall()
        except (sqlite3.Error, DBAPIError) as exc:
            raise self._database_error(exc) from exc

    def conflicted_fact_ids(self) -> set[int]:
        """Facts whose sentence holds a contradicted figure, in one query that reads ids only
        (loading the facts of every article with a contradiction cost eight times as much on
        a project of 20,000 facts and 10,000 contradictions)."""
        with self._read() as s:
            return set(
                s.scalars(
                    select(FactRow.id)
                    .join(FigureRow, FactRow.article_id == FigureRow.article_id)
                    .where(
                        FigureRow.id.in_(_contradicted_figure_ids()),
                        FactRow.start <= FigureRow.start,
                        FactRow.end >= FigureRow.end,
                    )
                    .distinct()
                )
            )

    def update_fact(self, fact_id: int, **changes: Any) -> dict[str, Any]:
        """Change a fact's status, text, date or note; returns the previous values (for undo).

        Changing text or date marks an automatic fact as edited, so re-extraction leaves it be.
        Changing the text changes the entities it names (see _entities_after_edit); the
        previous ones are among the values returned, which an undo passes back as they were.
        """
        allowed = {"status", "text", "date", "note", "entities"}
        if set(changes) - allowed:
            raise ValueError(f"not editable: {sorted(set(changes) - allowed)}")
        with self._write() as s:
            row = s.get(FactRow, fact_id)
            if row is None:
                raise KeyError(fact_id)
            old: dict[str, Any] = {}
            for name, value in changes.items():
                if name == "date":
                    old["date"] = _date_range(row.value, row.earliest, row.latest, row.precision)
                    dr = cast(DateRange, value)
                    row.value, row.earliest, row.latest = dr.value, dr.earliest, dr.latest
                    row.precision = dr.precision
                else:
                    old[name] = getattr(row, name)
                    setattr(row, name, _typed(value) if name in ("text", "note") else value)
            if "text" in changes and "entities" not in changes and row.entities is not None:
                # the names follow the text: an undo puts back the ones it had ("entities")
                named = _entities_after_edit(row.entities, str(row.text))
                if named != row.entities:
                    old["entities"] = row.entities
                    row.entities = named
            if ("text" in changes or "date" in changes) and "status" not in changes:
                old["status"] = row.status
                if row.status in ("auto", "confirmed"):
                    row.status = "edited"
            return old

    def add_fact(
        self,
        *,
        article_id: int | None,
        text: str,
        date_range: DateRange,
        start: int = 0,
        end: int = 0,
        status: FactStatus = "manual",
    ) -> int:
        with self._write() as s:
            row = FactRow(
                id=self._first_id(s, FactRow),
                article_id=article_id,
                timex_id=None,
                key=fact_key("manual", f"{_storable(text)}|{datetime.now().isoformat()}"),
                start=start,
                end=end,
                text=_storable(text),
                value=date_range.value,
                earliest=date_range.earliest,
                latest=date_range.latest,
                precision=date_range.precision,
                status=status,
                note="",
            )
            s.add(row)
            s.flush()
            return row.id

    def restore_fact(self, record: FactRecord) -> int:
        """Put back a deleted fact (undo of delete) with its original id."""
        with self._write() as s:
            row = FactRow(
                id=record.id,
                article_id=record.article.id if record.article else None,
                timex_id=None,
                key=fact_key("manual", f"{record.text}|{record.id}"),
                start=record.start,
                end=record.end,
                text=record.text,
                value=record.date.value,
                earliest=record.date.earliest,
                latest=record.date.latest,
                precision=record.date.precision,
                status=record.status,
                note=record.note,
                entities=self._typed_entities(s, record) if record.entities else None,
            )
            s.add(row)
            s.flush()
            for tag in record.tags:
                s.add(TagRow(fact_id=row.id, tag=tag))
            return row.id

    @staticmethod
    def _typed_entities(s: Session, record: FactRecord) -> str:
        """A put-back fact's names (its record keeps them, not their types) stored again with
        their types: the one its article's other facts stored for the name, else the one the
        finder reads in the fact's text; a name neither gives is stored alone."""
        from desktop.extract.entities import find_entities

        names = list(record.entities)
        tallies: dict[str, Counter[str]] = defaultdict(Counter)
        if record.article is not None:
            for (stored,) in s.execute(
                text("SELECT entities FROM fact WHERE article_id = :a AND entities LIKE :typed"),
                {"a": record.article.id, "typed": "%\t%"},
            ):
                for line in stored.split("\n"):
                    name, _, kind = line.partition("\t")
                    if kind and name in names:
                        tallies[name][kind] += 1
        if len(tallies) < len(names):
            for m in find_entities(record.text):
                for key in {m.name, m.text} & set(names) - set(tallies):
                    tallies[key][m.type] += 1
        kinds = {name: tally.most_common(1)[0][0] for name, tally in tallies.items()}
        return "\n".join(_entity_line(n, kinds.get(n)) for n in names)

    def delete_fact(self, fact_id: int) -> None:
        with self._write() as s:
            s.execute(delete(TagRow).where(TagRow.fact_id == fact_id))
            s.execute(delete(FactRow).where(FactRow.id == fact_id))

    def set_tags(self, fact_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        with self._write() as s:
            old = tuple(
                sorted(s.scalars(select(TagRow.tag).where(TagRow.fact_id == fact_id)).all())
            )
            s.execute(delete(TagRow).where(TagRow.fact_id == fact_id))
            typed = {_storable(t) for t in tags}
            s.add_all(TagRow(fact_id=fact_id, tag=t) for t in sorted(typed) if t.strip())
            return old

    def tags_by_fact(self) -> dict[int, tuple[str, ...]]:
        """Every tagged fact's tags, sorted (for lanes by tag without loading whole facts)."""
        found: dict[int, list[str]] = defaultdict(list)
        for fid, tag in self._bulk_rows("SELECT fact_id, tag FROM fact_tag ORDER BY tag"):
            found[fid].append(tag)
        return {fid: tuple(tags) for fid, tags in found.items()}

    def entities_by_fact(self) -> dict[int, tuple[str, ...]]:
        """The entities each fact names, for lanes by entity without loading whole facts
        (facts naming none are left out)."""
        return self.typed_entities_by_fact()[0]

    def typed_entities_by_fact(
        self,
    ) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[str | None, ...]]]:
        """The entities each fact names (as entities_by_fact) and, in one read, the type
        stored with each ("PERSON", "PLACE", "ORG"; None for a line stored before types were,
        entities round 3). A fact none of whose names has a type is left out of the second."""
        names: dict[int, tuple[str, ...]] = {}
        types: dict[int, tuple[str | None, ...]] = {}
        for fid, stored in self._bulk_rows(
            "SELECT id, entities FROM fact WHERE entities IS NOT NULL AND entities != ''"
        ):
            if "\t" not in stored:
                names[fid] = tuple(stored.split("\n"))
                continue
            pairs = [line.partition("\t") for line in stored.split("\n")]
            names[fid] = tuple(p[0] for p in pairs)
            types[fid] = tuple(p[2] or None for p in pairs)
        return names, types

    def all_tags(self) -> list[str]:
        with self._read() as s:
            return list(s.scalars(select(TagRow.tag).distinct().order_by(TagRow.tag)))

    # -- figures and conflicts ------------------------------------------------------------------

    # Figures are read as plain rows for the same reason as facts: the conflicts are worked out
    # from every figure after each change, and ORM objects cost three times the query.
    _FIGURE_COLUMNS = (
        'g.id, g.article_id, g.start, g."end", g.text, g.number_text, g.low, g.high, '
        "g.qualifier, g.unit, g.counted, g.measure, g.attributed_to, g.as_of, g.tolerance, "
        "g.change_cue, g.scope, g.period, g.denied, g.hedged, g.rate, g.as_of_precision"
    )

    def figures(self, *, article_id: int | None = None) -> list[FigureRecord]:
        where = "WHERE g.article_id = :article " if article_id is not None else ""
        rows = self._bulk_rows(
            f"SELECT {self._FIGURE_COLUMNS} FROM figure g {where}ORDER BY g.article_id, g.start",
            {"article": article_id} if article_id is not None else None,
        )
        if article_id is not None:
            records = self._article_records(where="WHERE a.id = :id", params={"id": article_id})
        else:
            records = self._article_records()
        articles = {a.id: a for a in records}
        days: dict[Any, date | None] = {None: None}
        return [FigureRecord(r[0], articles[r[1]], _figure_of_row(r, days)) for r in rows]

    def figure_refs(self) -> tuple[list[FigureRef], dict[int, str], set[int]]:
        """All figures for comparison, with the analyst's links (id -> group) and unlinks."""
        rows = self._bulk_rows(
            f"SELECT {self._FIGURE_COLUMNS}, a.source, a.published, g.key "
            "FROM figure g JOIN article a ON a.id = g.article_id ORDER BY g.id"
        )
        links = dict(self._bulk_rows("SELECT figure_key, group_key FROM figure_link"))
        refs: list[FigureRef] = []
        linked: dict[int, str] = {}
        unlinked: set[int] = set()
        days: dict[Any, date | None] = {None: None}
        for r in rows:
            published = r[23]
            if published not in days:
                days[published] = date.fromisoformat(published)
            refs.append(FigureRef(r[0], r[1], _figure_of_row(r, days), r[22], days[published]))
            group = links.get(r[24])
            if group is None:
                continue
            if group:
                linked[r[0]] = group
            else:
                unlinked.add(r[0])
        return refs, linked, unlinked

    def replace_conflicts(
        self,
        groups: Sequence[FigureGroup],
        pairs: Sequence[FigurePair],
        *,
        analysis: str | None = None,
    ) -> None:
        """Store the groups and pairs worked out from the figures; ``analysis`` names the
        comparison that worked them out (services.project.analysis_stamp), kept beside them
        so that another comparison (a newer Factlane) knows to work them out again."""
        with self._write() as s:
            s.execute(delete(FigurePairRow))
            s.execute(delete(FigureGroupRow))
            # Core inserts (one executemany each): the ORM's bulk path spent more on its
            # bookkeeping than SQLite on the rows, and this runs after every change of figures.
            if groups:
                s.execute(
                    insert(cast(Table, FigureGroupRow.__table__)),
                    [
                        {
                            "key": g.key,
                            "label": g.label,
                            "figure_ids_json": json.dumps(g.figure_ids),
                        }
                        for g in groups
                    ],
                )
            if pairs:
                s.execute(
                    insert(cast(Table, FigurePairRow.__table__)),
                    [
                        {
                            "a_id": p.a,
                            "b_id": p.b,
                            "group_key": p.group_key,
                            "relation": p.relation,
                            "reason": p.reason,
                        }
                        for p in pairs
                    ],
                )
            # in the same transaction: groups whose keys changed never stand stored without
            # the decisions that followed their figures
            moves, _ = self._group_decision_places(s, [(g.key, g.figure_ids) for g in groups])
            # two decisions may trade keys (two stories' groups): each is put aside first
            for row, _key in moves:
                row.moved_from = row.moved_from or row.group_key
                row.group_key = f"\x00moving {row.id}"
            s.flush()
            for row, key in moves:
                empty = s.execute(
                    select(GroupDecisionRow).where(GroupDecisionRow.group_key == key)
                ).scalar_one_or_none()
                if empty is not None:
                    # a value cleared (or undone) there: the row holds nothing of the analyst's
                    s.delete(empty)
                    s.flush()
                row.group_key = key
            s.merge(SettingRow(key="conflicts_stale", value="0"))
            if analysis is not None:
                s.merge(SettingRow(key=CONFLICTS_ANALYSIS_KEY, value=analysis))

    def link_moves(self, groups: Sequence[FigureGroup]) -> list[LinkMove]:
        """The figures the analyst put into a group whose key no longer holds them, each to
        the group holding most of the figures it was linked with (none is written)."""
        with self._read() as s:
            moves, _ = self._link_places(s, [(g.key, g.figure_ids) for g in groups])
            return moves

    def move_links(self, moves: Sequence[LinkMove]) -> None:
        """Put each figure linked under a key no longer spelled into its companions' group
        (:meth:`link_moves`); the key it was made under is kept in ``moved_from``."""
        if not moves:
            return
        with self._write() as s:
            for move in moves:
                row = s.execute(
                    select(FigureLinkRow).where(FigureLinkRow.figure_key == move.figure_key)
                ).scalar_one_or_none()
                if row is None or row.group_key != move.old_key:
                    continue  # changed meanwhile by the analyst: theirs stands
                row.moved_from = row.moved_from or row.group_key
                row.group_key = move.new_key
            self._mark_conflicts_stale(s)

    def detached_decisions(
        self, computed: Sequence[FigureGroup] | None = None
    ) -> list[DetachedDecision]:
        """The analyst's decisions on groups that attach to no group now (see
        :class:`DetachedDecision`), against the stored groups or ``computed`` ones."""
        with self._read() as s:
            if computed is not None:
                rows = [(g.key, list(g.figure_ids)) for g in computed]
            else:
                rows = [
                    (key, cast(list[int], json.loads(ids)))
                    for key, ids in s.execute(
                        select(FigureGroupRow.key, FigureGroupRow.figure_ids_json)
                    )
                ]
            _, groups = self._group_decision_places(s, rows)
            _, links = self._link_places(s, rows)
            return groups + links

    def _figure_ids_of_keys(self, s: Session, keys: Collection[str]) -> dict[str, int]:
        """The ids of the figures with these content keys (those the project still holds)."""
        wanted = sorted(keys)
        if len(wanted) > 400:
            # figure.key has no index: each chunk's query reads the whole table anyway
            every = s.execute(text("SELECT key, id FROM figure"))
            return {str(k): int(i) for k, i in every if k in keys}
        out: dict[str, int] = {}
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            out.update(
                (str(k), int(i))
                for i, k in s.execute(
                    select(FigureRow.id, FigureRow.key).where(FigureRow.key.in_(chunk))
                )
            )
        return out

    def _group_decision_places(
        self, s: Session, groups: Sequence[tuple[str, Sequence[int]]]
    ) -> tuple[list[tuple[GroupDecisionRow, str]], list[DetachedDecision]]:
        """The group decisions (with a value or a note) to move, with the key each goes to,
        and those left detached.

        A decision whose key no group has goes to the group holding most of the figures it
        was made on, or is detached. One whose key a group still has moves only when another
        group holds more of its figures than that one (a project's first story is told by an
        earlier story imported since, and the key now names the other), and else stays."""
        held = {key: frozenset(ids) for key, ids in groups}
        rows = [r for r in s.scalars(select(GroupDecisionRow)) if r.accepted_value or r.note]
        if not rows:
            return [], []
        made_on_keys = {r.id: _made_on(r.figure_keys_json) for r in rows}
        known = self._figure_ids_of_keys(s, set().union(*made_on_keys.values()))
        made_on = {r.id: _ids_of(made_on_keys[r.id], known) for r in rows}
        where: dict[int, list[str]] = defaultdict(list)
        for key, ids in held.items():
            for i in ids:
                where[i].append(key)
        orphans: list[GroupDecisionRow] = []
        elsewhere: list[GroupDecisionRow] = []
        taken: set[str] = set()
        for r in rows:
            if r.group_key not in held:
                orphans.append(r)
                continue
            if made_on[r.id] <= held[r.group_key]:
                taken.add(r.group_key)  # every figure it was made on is there
                continue
            here = len(made_on[r.id] & held[r.group_key])
            counts = Counter(key for i in made_on[r.id] for key in where.get(i, ()))
            if any(n > here for n in counts.values()):
                elsewhere.append(r)
            else:
                taken.add(r.group_key)
        if not orphans and not elsewhere:
            return [], []
        movable = orphans + elsewhere
        while True:
            moves, detached = _places(
                [(r.id, made_on[r.id]) for r in movable], held, taken=taken, exclusive=True
            )
            # a decision that stays where it is keeps its group from the others
            staying = {r.group_key for r in elsewhere if r.id not in moves}
            if staying <= taken:
                break
            taken |= staying
        return [(r, moves[r.id]) for r in movable if r.id in moves], [
            DetachedDecision(
                "group",
                r.group_key,
                detached[r.id][0],
                accepted_value=r.accepted_value,
                note=r.note,
                figure_ids=tuple(sorted(made_on[r.id])),
                groups=detached[r.id][1],
            )
            for r in orphans
            if r.id in detached
        ]

    def _link_places(
        self, s: Session, groups: Sequence[tuple[str, Sequence[int]]]
    ) -> tuple[list[LinkMove], list[DetachedDecision]]:
        """The links to move, and those left detached.

        A link's figure is forced into the group of its key. When no group of that key holds
        it (the key is no longer spelled, and the figure alone makes no group), or another
        group holds more of the figures it was linked beside (those the analysis grouped,
        not other links), it goes to the group holding most of them; a link that cannot be
        placed and holds its figure in no group is detached. A link whose figure is gone (its
        article was removed) waits for it."""
        rows = list(s.scalars(select(FigureLinkRow).where(FigureLinkRow.group_key != "")))
        if not rows:
            return [], []
        made_on_keys = {r.id: _made_on(r.figure_keys_json) for r in rows}
        known = self._figure_ids_of_keys(
            s, set().union({r.figure_key for r in rows}, *made_on_keys.values())
        )
        held = {key: frozenset(ids) for key, ids in groups}
        linked: dict[str, set[int]] = defaultdict(set)
        for r in rows:
            if r.figure_key in known:
                linked[r.group_key].add(known[r.figure_key])
        where: dict[int, list[str]] = defaultdict(list)
        for key, ids in held.items():
            for i in ids:
                where[i].append(key)
        orphans: list[tuple[FigureLinkRow, frozenset[int]]] = []
        for r in rows:
            if r.figure_key not in known:
                continue
            beside = _ids_of(made_on_keys[r.id], known) - linked[r.group_key]
            group = held.get(r.group_key, frozenset())
            if known[r.figure_key] in group:
                if beside <= group:
                    continue  # its companions are all there
                here = len(beside & group)
                counts = Counter(key for i in beside for key in where.get(i, ()))
                if not any(n > here for n in counts.values()):
                    continue
            orphans.append((r, beside))
        if not orphans:
            return [], []
        moves, detached = _places([(r.id, beside) for r, beside in orphans], held, exclusive=False)
        return [
            LinkMove(known[r.figure_key], r.figure_key, r.group_key, moves[r.id])
            for r, _ in orphans
            if r.id in moves
        ], [
            DetachedDecision(
                "link",
                r.group_key,
                detached[r.id][0],
                figure_id=known[r.figure_key],
                figure_ids=tuple(sorted(beside)),
                groups=detached[r.id][1],
            )
            for r, beside in orphans
            if r.id in detached and known[r.figure_key] not in held.get(r.group_key, ())
        ]

    def conflicts_stale(self) -> bool:
        # Read-only, the groups and pairs last saved are what there is to show: recomputing
        # them would mean storing them.
        if self.read_only_reason is not None:
            return False
        return self.setting("conflicts_stale", "1") != "0"

    def _mark_conflicts_stale(self, s: Session) -> None:
        s.merge(SettingRow(key="conflicts_stale", value="1"))

    def conflicts_stale_on_disk(self) -> bool:
        """Whether the stored groups and pairs are older than the figures, read-only or not."""
        return self.setting("conflicts_stale", "1") != "0"

    def groups(self, computed: Sequence[FigureGroup] | None = None) -> list[GroupRecord]:
        """The stored groups with the analyst's decisions; or ``computed`` ones (worked out
        now and not stored: the project cannot be written) with the same decisions."""
        with self._read() as s:
            decisions = {d.group_key: d for d in s.scalars(select(GroupDecisionRow))}
            if computed is not None:
                rows = [(i, g.key, g.label, list(g.figure_ids)) for i, g in enumerate(computed, 1)]
            else:
                rows = [
                    (g.id, g.key, g.label, cast(list[int], json.loads(g.figure_ids_json)))
                    for g in s.scalars(select(FigureGroupRow).order_by(FigureGroupRow.id))
                ]
            if computed is not None:
                # worked out now and not stored: decisions whose key changed go, in what is
                # shown, where a stored recompute would move them
                moves, _ = self._group_decision_places(s, [(r[1], r[3]) for r in rows])
                for moved, _key in moves:
                    if decisions.get(moved.group_key) is moved:
                        del decisions[moved.group_key]
                decisions.update((key, moved) for moved, key in moves)
            out = []
            for group_id, key, label, figure_ids in rows:
                d = decisions.get(key)
                out.append(
                    GroupRecord(
                        id=group_id,
                        key=key,
                        label=label,
                        figure_ids=figure_ids,
                        accepted_value=d.accepted_value if d else "",
                        note=d.note if d else "",
                    )
                )
            return out

    def pairs(self, computed: Sequence[FigurePair] | None = None) -> list[PairRecord]:
        """The stored pairs with the analyst's decisions, or ``computed`` ones (see groups).

        Read as plain rows (a large story has tens of thousands of pairs, and the conflicts
        panel reads them after each change); the figures' content keys, which the decisions
        are kept by, are read only when there are decisions."""
        decisions = {
            (a_key, b_key): (decision, note)
            for a_key, b_key, decision, note in self._bulk_rows(
                "SELECT a_key, b_key, decision, note FROM pair_decision"
            )
        }
        keys: dict[int, str] = (
            dict(self._bulk_rows("SELECT id, key FROM figure")) if decisions else {}
        )
        if computed is not None:
            rows = [(p.a, p.b, str(p.relation), p.reason, p.group_key) for p in computed]
        else:
            rows = self._bulk_rows(
                "SELECT a_id, b_id, relation, reason, group_key FROM figure_pair ORDER BY id"
            )
        out: list[PairRecord] = []
        append = out.append
        none: tuple[str | None, str] = (None, "")
        for a, b, relation, reason, group_key in rows:
            decision, note = (
                decisions.get(_pair_key(keys.get(a, ""), keys.get(b, ""))) if decisions else None
            ) or none
            append(PairRecord(a, b, relation, reason, group_key, decision, note or ""))
        return out

    def set_pair_decision(
        self, a: int, b: int, *, decision: str | None, note: str
    ) -> tuple[str | None, str]:
        with self._write() as s:
            ka, kb = self._figure_key(s, a), self._figure_key(s, b)
            key = _pair_key(ka, kb)
            row = s.execute(
                select(PairDecisionRow).where(
                    PairDecisionRow.a_key == key[0], PairDecisionRow.b_key == key[1]
                )
            ).scalar_one_or_none()
            old = (row.decision, row.note) if row else (None, "")
            if row is None:
                row = PairDecisionRow(a_key=key[0], b_key=key[1], decision=None, note="")
                s.add(row)
            row.decision, row.note = decision, _storable(note)
            return old

    def set_group_decision(
        self, group_key: str, *, accepted_value: str, note: str
    ) -> tuple[str, str]:
        with self._write() as s:
            row = s.execute(
                select(GroupDecisionRow).where(GroupDecisionRow.group_key == group_key)
            ).scalar_one_or_none()
            old = (row.accepted_value, row.note) if row else ("", "")
            if row is None:
                row = GroupDecisionRow(group_key=group_key, accepted_value="", note="")
                s.add(row)
            row.accepted_value, row.note = _storable(accepted_value), _storable(note)
            made_on = self._group_figure_keys(s, group_key)
            if made_on is not None:
                row.figure_keys_json = _made_on_json(made_on)
            return old

    def move_group_decision(
        self, from_key: str, to_key: str, *, made_on: Sequence[str] | None = None
    ) -> list[str]:
        """Put the decision standing under ``from_key`` (one the analyst sees detached) on the
        group ``to_key``, as made on that group's figures, or on ``made_on``. Returns the
        figure keys it was made on before, so that ``move_group_decision(to_key, from_key,
        made_on=...)`` undoes it exactly. KeyError when there is no decision under
        ``from_key``; GroupDecisionTakenError, changing nothing, when ``to_key`` has a value or
        a note of its own (a cleared one gives way)."""
        with self._write() as s:
            row = s.execute(
                select(GroupDecisionRow).where(GroupDecisionRow.group_key == from_key)
            ).scalar_one_or_none()
            if row is None:
                raise KeyError(from_key)
            before = sorted(_made_on(row.figure_keys_json))
            if from_key == to_key:
                return before
            there = s.execute(
                select(GroupDecisionRow).where(GroupDecisionRow.group_key == to_key)
            ).scalar_one_or_none()
            if there is not None:
                if there.accepted_value or there.note:
                    raise GroupDecisionTakenError(
                        f"the group '{to_key}' has a decision of its own; change or clear it first"
                    )
                s.delete(there)
                s.flush()
            row.moved_from = row.moved_from or from_key
            row.group_key = to_key
            figures = made_on if made_on is not None else self._group_figure_keys(s, to_key)
            if figures is not None:
                row.figure_keys_json = _made_on_json(figures)
            return before

    def set_figure_link(self, figure_id: int, group_key: str | None) -> str | None:
        """Link a figure into a group ('' = unlink from all, None = back to automatic)."""
        with self._write() as s:
            key = self._figure_key(s, figure_id)
            row = s.execute(
                select(FigureLinkRow).where(FigureLinkRow.figure_key == key)
            ).scalar_one_or_none()
            old = row.group_key if row else None
            if group_key is None:
                if row is not None:
                    s.delete(row)
            else:
                if row is None:
                    row = FigureLinkRow(figure_key=key, group_key=group_key)
                    s.add(row)
                row.group_key, row.moved_from = group_key, ""
                companions = self._group_figure_keys(s, group_key) if group_key else []
                row.figure_keys_json = _made_on_json(companions or (), leave_out=key)
            self._mark_conflicts_stale(s)
            return old

    def _group_figure_keys(self, s: Session, group_key: str) -> list[str] | None:
        """The content keys of the stored group's figures (what a decision on it is made on),
        or None when no group of that key is stored."""
        ids_json = s.execute(
            select(FigureGroupRow.figure_ids_json).where(FigureGroupRow.key == group_key)
        ).scalar_one_or_none()
        if ids_json is None:
            return None
        ids = [int(i) for i in json.loads(ids_json)]
        return sorted(set(_chunked_keys(s, ids)))

    def _figure_key(self, s: Session, figure_id: int) -> str:
        key = s.execute(select(FigureRow.key).where(FigureRow.id == figure_id)).scalar_one_or_none()
        if key is None:
            raise KeyError(figure_id)
        return key

    # -- settings, counts, maintenance ------------------------------------------------------------

    def change_stamp(self) -> int:
        """A number that stays the same while nothing is committed to the project, by this
        process or another one (the window holding a project this one reads read-only), and
        changes when something is: what was worked out from the project's rows holds while its
        stamp does. SQLite's data_version, asked on a connection kept for this alone, which
        never writes, so that every commit is another connection's and counts."""
        with self._stamp_lock:
            try:
                if self._stamp_connection is None:
                    self._stamp_connection = self.engine.raw_connection()
                cursor = self._stamp_connection.cursor()
                try:
                    cursor.execute("PRAGMA data_version")
                    return int(cursor.fetchone()[0])
                finally:
                    cursor.close()
            except (DBAPIError, sqlite3.Error) as exc:
                raise self._database_error(exc) from exc

    def setting(self, key: str, default: str = "") -> str:
        with self._read() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as s:
            s.merge(SettingRow(key=key, value=value))

    def counts(self) -> dict[str, int]:
        with self._read() as s:
            return {
                "articles": s.scalar(select(func.count()).select_from(ArticleRow)) or 0,
                "facts": s.scalar(
                    select(func.count()).select_from(FactRow).where(FactRow.status != "rejected")
                )
                or 0,
                "figures": s.scalar(select(func.count()).select_from(FigureRow)) or 0,
                "contradictions": s.scalar(
                    select(func.count()).select_from(FigurePairRow).where(_found_contradiction())
                )
                or 0,
                "undated": s.scalar(
                    select(func.count())
                    .select_from(ArticleRow)
                    .where(ArticleRow.published.is_(None))
                )
                or 0,
            }

    def save_copy(self, target: Path, *, named: Path | None = None) -> None:
        """Copy the whole project to ``target`` with the backup API (Save As). ``named`` is
        the file the analyst asked for, when ``target`` is where it is written first (see
        projectfile.replacing_project): the message of a failure names that one."""
        asked = named or target
        try:
            with self._write_lock, projectfile.raw_connection(self.engine) as src:
                dst_con = sqlite3.connect(str(target))
                try:
                    src.backup(dst_con)
                finally:
                    dst_con.close()
        except (sqlite3.Error, DBAPIError) as exc:
            # What the backup began is no copy: an empty or partial file a later open would
            # refuse. The project itself was only read, and is as it was.
            for name in (target.name, *(target.name + side for side in _SQLITE_SIDE_FILES)):
                with contextlib.suppress(OSError):
                    target.with_name(name).unlink(missing_ok=True)
            error = projectfile.database_error(asked, exc)
            detail = str(getattr(exc, "orig", None) or exc)
            raise type(error)(
                f"Save As could not write {asked.name} ({detail}), so nothing was copied; "
                f"{self.path.name} is as it was and stays open. Choose another place for the "
                "copy, or free some space there if its disk is full."
            ) from exc


def _file_id(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _file_seen(path: Path) -> tuple[str, int | None]:
    """The project file as a store leaves it: its note (inode, size, time) and a checksum
    of its bytes (CRC-32, some 1 GB/s; None when it cannot be read). Two projects made by
    one Factlane may differ in no byte of SQLite's header, nor of its first page."""
    note = _file_note(path)
    crc = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                crc = zlib.crc32(chunk, crc)
    except OSError:
        return note, None
    return note, crc


def _file_note(path: Path) -> str:
    """The project file as a commit notes it in its log (see projectfile.log_names_file)."""
    return projectfile.file_note(path)


#: The files SQLite keeps beside a database while it writes it.
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def _articles_rows(s: Session, article_ids: Sequence[int]) -> list[RemovedArticle]:
    """Every stored row of these articles (at most REMOVAL_BATCH), as column values (see
    RemovedArticle), in the order asked; ids not in the project are left out. A query per
    table for them all."""

    def rows(model: Any, where: Any) -> list[dict[str, Any]]:
        return [dict(r) for r in s.execute(select(model.__table__).where(where)).mappings()]

    articles = {int(r["id"]): r for r in rows(ArticleRow, ArticleRow.id.in_(article_ids))}
    if not articles:
        return []
    documents = {
        int(r["id"]): r
        for r in rows(
            DocumentRow, DocumentRow.id.in_({r["document_id"] for r in articles.values()})
        )
    }
    owned: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for model in (TimexRow, FactRow, FigureRow):
        mine: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in rows(model, model.article_id.in_(list(articles))):
            mine[int(r["article_id"])].append(r)
        owned[model.__tablename__] = mine
    fact_owner = {int(f["id"]): aid for aid, facts in owned["fact"].items() for f in facts}
    tags: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in rows(
        TagRow,
        TagRow.fact_id.in_(select(FactRow.id).where(FactRow.article_id.in_(list(articles)))),
    ):
        # A tag's own id names nothing else: tags get fresh ones when put back.
        tags[fact_owner[int(r["fact_id"])]].append({k: v for k, v in r.items() if k != "id"})
    out: list[RemovedArticle] = []
    for article_id in article_ids:
        article = articles.get(article_id)
        if article is None:
            continue
        document = documents.get(int(article["document_id"]))
        out.append(
            RemovedArticle(
                article_id=article_id,
                sha256=str(document["sha256"]) if document else "",
                rows={
                    "document": [document] if document else [],
                    "article": [article],
                    "timex": owned["timex"].get(article_id, []),
                    "fact": owned["fact"].get(article_id, []),
                    "fact_tag": tags.get(article_id, []),
                    "figure": owned["figure"].get(article_id, []),
                },
            )
        )
    return out


def _delete_articles_rows(s: Session, article_ids: Sequence[int]) -> None:
    """Delete these articles (at most REMOVAL_BATCH) and every row of theirs, a statement per
    table: the derived pairs naming their figures (by either end, each on its index), the
    figures, tags, facts, time expressions, the articles and their documents."""
    figure_ids = select(FigureRow.id).where(FigureRow.article_id.in_(article_ids))
    documents = select(ArticleRow.document_id).where(ArticleRow.id.in_(article_ids))
    document_ids = list(s.scalars(documents))
    s.execute(delete(FigurePairRow).where(FigurePairRow.a_id.in_(figure_ids)))
    s.execute(delete(FigurePairRow).where(FigurePairRow.b_id.in_(figure_ids)))
    s.execute(delete(FigureRow).where(FigureRow.article_id.in_(article_ids)))
    s.execute(
        delete(TagRow).where(
            TagRow.fact_id.in_(select(FactRow.id).where(FactRow.article_id.in_(article_ids)))
        )
    )
    s.execute(delete(FactRow).where(FactRow.article_id.in_(article_ids)))
    s.execute(delete(TimexRow).where(TimexRow.article_id.in_(article_ids)))
    s.execute(delete(ArticleRow).where(ArticleRow.id.in_(article_ids)))
    s.execute(delete(DocumentRow).where(DocumentRow.id.in_(document_ids)))


def _apply_published(
    row: ArticleRow,
    published: date | None,
    origin: PublishedOrigin | None,
    evidence: str | None,
) -> tuple[date | None, PublishedOrigin | None]:
    old = (row.published, cast(_OptionalOrigin, row.published_origin))
    row.published = published
    row.published_origin = origin if published else None
    origins = cast(dict[str, str], json.loads(row.field_origins_json))
    if published is None or not (evidence or origin):
        origins.pop("published", None)
    else:
        origins["published"] = evidence or str(origin)
    row.field_origins_json = json.dumps(origins)
    return old


def _article_inputs(row: ArticleRow) -> dict[str, Any]:
    """What an article's extraction is made from, for ExtractionSnapshot.article. Only the
    publication date's own entry of the field origins is kept: the others (a title the analyst
    typed) are not the extraction's to put back."""
    origins = cast(dict[str, str], json.loads(row.field_origins_json))
    return {
        "published": row.published,
        "published_origin": row.published_origin,
        "published_evidence": origins.get("published"),
        "blocks_json": row.blocks_json,
        "text": row.text,
    }


def _restore_article_inputs(row: ArticleRow, values: dict[str, Any]) -> None:
    row.published = values["published"]
    row.published_origin = values["published_origin"]
    origins = cast(dict[str, str], json.loads(row.field_origins_json))
    if values["published_evidence"] is None:
        origins.pop("published", None)
    else:
        origins["published"] = values["published_evidence"]
    row.field_origins_json = json.dumps(origins)
    row.blocks_json = values["blocks_json"]
    row.text = values["text"]


def _extraction_rows(
    s: Session, article_id: int, *, with_article: bool = False
) -> ExtractionSnapshot | None:
    """One article's extracted rows as column values (see ExtractionSnapshot), and with
    ``with_article`` the article's values they were extracted from."""
    # Read from the file, not the session's copy: a bulk update may have just set it.
    version = s.scalar(select(ArticleRow.extractor_version).where(ArticleRow.id == article_id))
    article = s.get(ArticleRow, article_id)
    if version is None or article is None:
        return None
    fact_ids = select(FactRow.id).where(FactRow.article_id == article_id)

    def rows(model: Any, where: Any) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in s.execute(select(model.__table__).where(where).order_by(model.id)).mappings()
        ]

    return ExtractionSnapshot(
        article_id=article_id,
        extractor_version=int(version),
        rows={
            "timex": rows(TimexRow, TimexRow.article_id == article_id),
            "fact": rows(FactRow, FactRow.article_id == article_id),
            # A tag's own id names nothing else: tags get fresh ones when put back.
            "fact_tag": [
                {k: v for k, v in r.items() if k != "id"}
                for r in rows(TagRow, TagRow.fact_id.in_(fact_ids))
            ],
            "figure": rows(FigureRow, FigureRow.article_id == article_id),
        },
        article=_article_inputs(article) if with_article else None,
    )


def _delete_extraction(s: Session, article_id: int) -> None:
    """Every extracted row of one article (and the analyst's facts on it): what a snapshot
    of it replaces."""
    s.execute(
        delete(TagRow).where(
            TagRow.fact_id.in_(select(FactRow.id).where(FactRow.article_id == article_id))
        )
    )
    s.execute(delete(FactRow).where(FactRow.article_id == article_id))
    _delete_figures(s, article_id)
    s.execute(delete(TimexRow).where(TimexRow.article_id == article_id))


def _plural_rows(n: int, table: str) -> str:
    return f"{n} {table.replace('_', ' ')} row{'' if n == 1 else 's'}"


#: a stored figure as re-extraction finds it again: content key, span, number, text
_FigurePlace = tuple[str, int, int, str, str]


def _figure_places(s: Session, article_id: int) -> list[_FigurePlace]:
    return [
        (str(k), int(start), int(end), str(number), str(text_))
        for k, start, end, number, text_ in s.execute(
            select(
                FigureRow.key, FigureRow.start, FigureRow.end, FigureRow.number_text, FigureRow.text
            )
            .where(FigureRow.article_id == article_id)
            .order_by(FigureRow.id)
        )
    ]


def _renamed_figures(
    before: Sequence[_FigurePlace], after: Sequence[_FigurePlace]
) -> dict[str, str]:
    """The figures of an article read again whose content key changed: old key -> new key.

    A figure's key spells what the engine read of it (its measure, what it counts), so an
    engine that reads the same number better gives it another key. The same figure is the one
    at the same place with the same number, or (the text edited around it) the one alone with
    the same wording and number."""
    old_keys = {b[0] for b in before}
    new_keys = {a[0] for a in after}
    gone = [b for b in before if b[0] not in new_keys]
    fresh = [a for a in after if a[0] not in old_keys]
    renamed: dict[str, str] = {}
    taken: set[str] = set()
    for same in (_same_place, _same_words):
        if not gone or not fresh:
            break
        olds: dict[tuple[Any, ...], list[str]] = defaultdict(list)
        news: dict[tuple[Any, ...], list[str]] = defaultdict(list)
        for b in gone:
            if b[0] not in renamed:
                olds[same(b)].append(b[0])
        for a in fresh:
            if a[0] not in taken:
                news[same(a)].append(a[0])
        for place, keys in olds.items():
            if len(keys) == 1 and len(news.get(place, ())) == 1:
                renamed[keys[0]] = news[place][0]
                taken.add(news[place][0])
    return renamed


def _same_place(f: _FigurePlace) -> tuple[Any, ...]:
    return (f[1], f[2], f[3])


def _same_words(f: _FigurePlace) -> tuple[Any, ...]:
    return (f[4], f[3])


def _follow_figure_keys(s: Session, renamed: Mapping[str, str]) -> None:
    """Move the analyst's decisions made on figures whose keys changed (``renamed``) to their
    new keys: pair verdicts, links, and the figures group decisions and links were made on.
    Where a decision already stands under the new key, it stands and the older one is left
    as it is (nothing is deleted)."""
    if not renamed:
        return
    olds = list(renamed)
    pairs: dict[int, PairDecisionRow] = {}
    links: dict[int, FigureLinkRow] = {}
    for start in range(0, len(olds), 400):
        chunk = olds[start : start + 400]
        for p in s.scalars(
            select(PairDecisionRow).where(
                PairDecisionRow.a_key.in_(chunk) | PairDecisionRow.b_key.in_(chunk)
            )
        ):
            pairs[p.id] = p
        for link in s.scalars(select(FigureLinkRow).where(FigureLinkRow.figure_key.in_(chunk))):
            links[link.id] = link
    for p in pairs.values():
        a, b = _pair_key(renamed.get(p.a_key, p.a_key), renamed.get(p.b_key, p.b_key))
        held = s.execute(
            select(PairDecisionRow.id).where(PairDecisionRow.a_key == a, PairDecisionRow.b_key == b)
        ).first()
        if held is None:
            p.a_key, p.b_key = a, b
            s.flush()
    for link in links.values():
        key = renamed[link.figure_key]
        if (
            s.execute(select(FigureLinkRow.id).where(FigureLinkRow.figure_key == key)).first()
            is None
        ):
            link.figure_key = key
            s.flush()
    made: list[GroupDecisionRow | FigureLinkRow] = [
        *s.scalars(select(GroupDecisionRow)),
        *s.scalars(select(FigureLinkRow)),
    ]
    for row in made:
        made_on = _made_on(row.figure_keys_json)
        if made_on & renamed.keys():
            row.figure_keys_json = json.dumps(sorted({renamed.get(k, k) for k in made_on}))


def _delete_figures(s: Session, article_id: int) -> None:
    """An article's figures and the derived pairs that name them."""
    figure_ids = select(FigureRow.id).where(FigureRow.article_id == article_id)
    s.execute(
        delete(FigurePairRow).where(
            FigurePairRow.a_id.in_(figure_ids) | FigurePairRow.b_id.in_(figure_ids)
        )
    )
    s.execute(delete(FigureRow).where(FigureRow.article_id == article_id))


# -- row -> record conversion -----------------------------------------------------------------------


def _article_record(r: ArticleRow, fact_count: int = 0, figure_count: int = 0) -> ArticleRecord:
    return ArticleRecord(
        id=r.id,
        path=r.path,
        title=r.title,
        source=r.source,
        author=r.author,
        url=r.url,
        published=r.published,
        published_origin=cast(_OptionalOrigin, r.published_origin),
        format=r.format,
        imported_at=r.imported_at,
        fact_count=fact_count,
        figure_count=figure_count,
    )


def _date_range(
    value: str, earliest: date | None, latest: date | None, precision: str | None
) -> DateRange:
    return DateRange(value, earliest, latest, cast(_OptionalPrecision, precision))


def _timex(t: TimexRow) -> TimeExpression:
    date_range = (
        _date_range(t.value, t.earliest, t.latest, t.precision)
        if t.earliest is not None or t.latest is not None
        else None
    )
    return TimeExpression(
        start=t.start,
        end=t.end,
        text=t.text,
        type=cast(TimexType, t.type),
        value=t.value,
        explanation=t.explanation,
        date=date_range,
        needs_anchor=t.needs_anchor,
    )


def _figure_contexts(s: Session, article_id: int, figures: Sequence[Figure]) -> list[str | None]:
    """Each figure's words as the comparison's context tier weighs them, read once in its
    article's text as the figures are stored (see analysis._context.stored_contexts); None
    for each when the article's text cannot be read here."""
    # the session's own row: an edit of the text in this transaction (set_blocks_undoable)
    # is what the figures were read in
    row = s.get(ArticleRow, article_id)
    if row is None:
        return [None] * len(figures)
    text = row.text
    # imported here: only storing figures needs the tier's reading of words
    from desktop.analysis._context import stored_contexts

    return list(stored_contexts(text, figures))


def _figure_of_row(r: Sequence[Any], days: dict[Any, date | None]) -> Figure:
    """A figure from a plain row of ``_FIGURE_COLUMNS`` (its dates parsed once per day)."""
    as_of = r[13]
    if as_of not in days:
        days[as_of] = date.fromisoformat(as_of)
    return Figure(
        start=r[2],
        end=r[3],
        text=r[4],
        number_text=r[5],
        low=r[6],
        high=r[7],
        qualifier=r[8],
        unit=r[9],
        counted=r[10],
        measure=r[11],
        attributed_to=r[12],
        as_of=days[as_of],
        tolerance=r[14],
        change_cue=r[15],
        scope=r[16],
        period=r[17],
        denied=bool(r[18]),
        hedged=bool(r[19]),
        rate=r[20],
        as_of_precision=r[21],
    )


# Built once: a union written inside cast() is rebuilt (and hashed) on every call.
_OptionalPrecision = Precision | None
_OptionalOrigin = PublishedOrigin | None


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _found_contradiction() -> Any:
    """A stored pair called a contradiction between figures known to count one quantity: a
    tentative pair ("possibly the same figure") is offered in the Conflicts tab for the analyst
    to judge, and neither marks facts as conflicted nor counts among the contradictions."""
    return (FigurePairRow.relation == "contradiction") & ~FigurePairRow.reason.startswith(
        TENTATIVE_REASON, autoescape=True
    )


def _contradicted_figure_ids() -> Any:
    """The ids of figures in a pair called a contradiction, as a subquery."""
    return (
        select(FigurePairRow.a_id)
        .where(_found_contradiction())
        .union(select(FigurePairRow.b_id).where(_found_contradiction()))
    )


def _chunked_keys(s: Session, figure_ids: Sequence[int]) -> list[str]:
    """The content keys of the figures with these ids (those the project still holds)."""
    out: list[str] = []
    for start in range(0, len(figure_ids), 400):
        chunk = figure_ids[start : start + 400]
        out.extend(s.scalars(select(FigureRow.key).where(FigureRow.id.in_(chunk))))
    return out


def _chunked_in(s: Session, model: Any, column: Any, values: Iterable[Any]) -> list[Any]:
    """Rows whose column is in ``values``, in chunks below SQLite's variable limit."""
    vals = list(values)
    out: list[Any] = []
    for i in range(0, len(vals), 900):
        out.extend(s.scalars(select(model).where(column.in_(vals[i : i + 900]))).all())
    return out


def _storable(text: str) -> str:
    """``text`` as UTF-8 can hold it. Undecodable bytes (lone surrogates from ``os.fsdecode``)
    are read back as UTF-8 where they are UTF-8, and as U+FFFD where they are not. Halves of
    characters (text typed or pasted through a program that split a UTF-16 pair in two) are
    joined when both are there, and a half alone becomes U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _typed(text: str | None) -> str | None:
    """What the analyst typed, as it can be saved (see _storable)."""
    return None if text is None else _storable(text)


#: Capitalised words of a name that say nothing of which entity it is.
_NAME_FILLERS = frozenset({"The", "A", "An", "Of", "And", "St", "Mr", "Mrs", "Ms", "Dr", "De"})


def _entities_after_edit(stored: str, text: str) -> str:
    """A fact's entities (one a line, see _entity_line) once the analyst has rewritten its
    ``text``: a name stays, with its type, while the text still names it by one of its own
    words (a surname, 'Kelso' of 'Kelso Water': a fact names a person by surname); the names
    the finder reads in the new text are added with the type it reads. 'Mayor Anna Berg said'
    edited to 'Mayor Tom Hale said' is no longer in Anna Berg's lane nor lists her in the
    exports; it is in Tom Hale's."""
    from desktop.extract.entities import find_entities

    words = set(re.findall(r"[^\W_]+", text))
    kept: dict[str, str] = {}
    for line in stored.split("\n"):
        name = line.partition("\t")[0]
        own = [w for w in re.findall(r"[^\W_]+", name) if len(w) > 1 and w not in _NAME_FILLERS]
        if name and any(w in words for w in own):
            kept.setdefault(name, line)
    kept_words = {w for name in kept for w in name.split()}
    for mention in find_entities(text):
        if not set(mention.text.split()) <= kept_words:
            kept.setdefault(mention.name, _entity_line(mention.name, mention.type))
    return "\n".join(kept.values())


# A fact's entities are stored one a line as "name<TAB>TYPE" (PERSON, PLACE, ORG), so that
# lanes by entity say what each is without reading the sentences again (entities round 3).
# A line of a name alone was stored before (0011 to round 3) or its type is not known: it
# reads as that name, and lanes by entity work its type out from the sentences as before.


def _entity_line(name: str, kind: str | None) -> str:
    return f"{name}\t{kind}" if kind else name


def _entity_names(stored: str) -> tuple[str, ...]:
    """The names of a stored fact.entities, without their types (what records and exports
    show)."""
    if "\t" not in stored:
        return tuple(stored.split("\n"))
    return tuple(line.partition("\t")[0] for line in stored.split("\n"))


def _article_entity_kinds(mentions: Sequence[EntityMention]) -> dict[str, str]:
    """The type of each canonical name over the whole article: the one most of its
    mentions have (the first met on a tie), so every fact of the article stores one type
    for a name ('Kell' read as a place in one sentence, Kell Mining's short name in three,
    is the company in all four)."""
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        tallies[m.name][m.type] += 1
    return {name: tally.most_common(1)[0][0] for name, tally in tallies.items()}
