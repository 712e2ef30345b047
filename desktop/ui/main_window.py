"""The main window: timeline across the top, the reader and the tables below, articles at the side.

One window shows one project. Opening another project replaces it; a project that another
window or process holds is refused by the storage lock, and the analyst is told so.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6 import QtGui
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QSettings,
    QStandardPaths,
    QStringListModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.domain import FactStatus
from desktop.domain.records import (
    ArticleDetail,
    ArticleRecord,
    FactRecord,
    FigureRecord,
    PairRecord,
)
from desktop.ui.format import (
    citation,
    date_range_text,
    facts_count_text,
    parse_date_range,
    set_date_style,
    shown_day,
    shown_title,
)
from desktop.ui.models.articles import ArticleIdRole, ArticleRecordRole
from desktop.ui.models.blocks import BlocksListModel
from desktop.ui.models.conflicts import PreparedConflicts, prepare_conflicts
from desktop.ui.models.facts import (
    STATUS_CHOICES,
    FactFilter,
    NarrowingSelect,
    PreparedFacts,
    prepare_facts,
    sources_of,
)
from desktop.ui.models.import_files import ImportEntry
from desktop.ui.preferences import OPENING_ZOOMS, Preferences, PreferencesDialog
from desktop.ui.search import SEARCH_HELP, FactTags, fact_tags_by_article
from desktop.ui.style import app_icon, apply_look
from desktop.ui.timeline.data import TimelineData, TimelineItem
from desktop.ui.timeline.view import TimelineView
from desktop.ui.timeline_source import (
    LANE_TITLES,
    NO_ENTITY,
    UNTAGGED,
    FactRow,
    LaneMode,
    TimelineSource,
    fact_of_item,
    load_timeline,
    tooltip_of,
)
from desktop.ui.widgets.articles_panel import ArticlesPanel
from desktop.ui.widgets.conflicts_panel import ConflictsPanel
from desktop.ui.widgets.detached_decisions import DetachedDecisionsStrip
from desktop.ui.widgets.facts_panel import FactsPanel
from desktop.ui.widgets.figures_panel import FiguresPanel
from desktop.ui.widgets.filter_bar import ElidingComboBox, FilterBar
from desktop.ui.widgets.read_only_banner import ReadOnlyBanner
from desktop.ui.widgets.reader import ReaderView
from desktop.ui.widgets.stale_banner import StaleExtractionBanner
from desktop.ui.widgets.welcome import WelcomePage
from desktop.ui.workers import Task, TaskContext, TaskRunner, collector_paused

if TYPE_CHECKING:
    # The services (SQLAlchemy, the extractors) load after the window is on screen, so that
    # the analyst sees it at once; see launch().
    from desktop.domain import DateRange
    from desktop.services.project import ImportOutcome, ProjectService
    from desktop.storage.project import ReadOnlyReason
    from desktop.ui.dialogs.entry import DateEntryDialog, DateFilterDialog, SourcesDialog
    from desktop.ui.dialogs.export_dialog import ExportDialog
    from desktop.ui.dialogs.import_dialog import ImportDialog

MAX_RECENT = 10
#: the source combo's last item, which opens the list of sources to compare
SEVERAL_SOURCES = "\x00several"
SEVERAL_SOURCES_TEXT = "Several sources…"
#: projects whose view (zoom, fact, filters) is remembered for their next opening
MAX_REMEMBERED_VIEWS = 30
#: facts Back and Forward remember
MAX_HISTORY = 100
#: more articles than this are removed in the background, so many at a time (each batch
#: about a second on a 100,000-fact project): below it the removal is over at once
REMOVE_AT_ONCE = 100
PROJECT_FILTER = "Factlane projects (*.factlane)"


def supported_suffixes() -> set[str]:
    from desktop.ingest import SUPPORTED_SUFFIXES

    return set(SUPPORTED_SUFFIXES)


def article_filter() -> str:
    return "Articles ({})".format(" ".join(f"*{s}" for s in sorted(supported_suffixes())))


def _is_web_address(text: str) -> bool:
    from desktop.ingest.fetch import is_web_address

    return is_web_address(text)


def _web_addresses(urls: Sequence[QUrl]) -> list[str]:
    """The http(s) addresses among dropped or pasted links (a link dragged from a browser)."""
    return [u.toString() for u in urls if u.scheme().lower() in ("http", "https") and u.host()]


def _reason_apart(message: str) -> str:
    """A fetch's failure ("https://…: the site has no page…") as the address on its own line
    over the reason, which reads as a sentence; any other message as it is."""
    if not message.lower().startswith(("http://", "https://")):
        return message
    address, sep, reason = message.partition(": ")
    if not sep or not reason:
        return message
    if len(address) > ADDRESS_SHOWN:
        # a box cut a long address at its edge, with no sign the rest was there
        keep = ADDRESS_SHOWN - 40
        address = f"{address[:keep]}…{address[-39:]}"
    return f"{address}\n{reason[0].upper()}{reason[1:]}."


#: The characters of a web address a box of failures shows; a longer one is shown by its
#: start and its end, "…" between.
ADDRESS_SHOWN = 120


def _html_holds_more(html: str | None, text: str) -> bool:
    """Whether copied HTML is more than the address copied as text: a selection of a page
    that is only its link is still the address; one with other words is an article."""
    if not html:
        return False
    import re

    words = re.sub(r"<[^>]*>", " ", html)
    return len(words.split()) > len(text.split()) + 2


EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    # filter label -> (service format, file suffix)
    "CSV tables (*.csv)": ("csv", ".csv"),
    "JSON (*.json)": ("json", ".json"),
    "Markdown findings (*.md)": ("markdown", ".md"),
    "HTML report (*.html)": ("html", ".html"),
    "TimelineJS (*.json)": ("timelinejs", ".json"),
    "Timesketch JSONL (*.jsonl)": ("timesketch", ".jsonl"),
    "Timeline picture, PNG (*.png)": ("png", ".png"),
    "Timeline picture, SVG (*.svg)": ("svg", ".svg"),
}
TAB_FACTS, TAB_FIGURES, TAB_CONFLICTS = 0, 1, 2
#: The share of the height the timeline keeps when the Conflicts tab asks for room to show
#: its pair's sentences: at 1024x640 (45%) the tab scrolled by the source line pinned under
#: a three-line sentence.
CONFLICTS_FLOOR = 0.43
#: the same from this height of the timeline and tabs (1280x800 gives some 740), below
#: SENTENCE_ROOM_FROM_H: there the tab's pairs, told on two lines, and their sentences'
#: small print were cut under a timeline keeping 43%. (Not lower: 1366x768 and 1280x720
#: keep the 42% round 38 gave their timeline, the small print scrolling there.)
CONFLICTS_FLOOR_TALL_LAPTOP = 0.36
TALL_LAPTOP_FROM_H = 730
#: the timeline and tabs' height (right_splitter) from which the Conflicts tab asks for the
#: lines its pair's sentences take (1400x900 gives some 850; 1280x800 some 750)
SENTENCE_ROOM_FROM_H = 800
#: below SENTENCE_ROOM_FROM_H and from this height, the tab lays its lists out short to give
#: the pair's sentences their lines, and asks the window for the rest (1280x720 gives some
#: 660, where the demo's first pair showed three lines of a six-line sentence under lists of
#: three rows; 1024x640 some 580, whose tab scrolls with three lines as before)
SENTENCES_FIRST_FROM_H = 640


#: A project file this big (some 7,000 facts and more) has its timeline rows read in the
#: background as it opens, and the timeline drawn when they come (see reload_all)
TIMELINE_IN_BACKGROUND_FROM_BYTES = 4_000_000
#: What the timeline says while they are read
READING_TIMELINE = "Reading the timeline…"


def _is_big(path: Path) -> bool:
    try:
        return path.stat().st_size >= TIMELINE_IN_BACKGROUND_FROM_BYTES
    except OSError:
        return False


#: What the timeline says when the project has no dated fact to draw
NO_DATED_FACTS = (
    "No dated facts yet. Import articles (File > Import Articles…, Ctrl+I) or drop files here."
)


#: image pixels per screen pixel in File > Export of the timeline as PNG
EXPORT_PIXEL_SCALE = 2.0
#: What to do when an export fails (the message says what happened)
EXPORT_ADVICE = (
    "Nothing was exported. Choose another folder or file name with File > Export… (Ctrl+E)."
)


#: What each step of importing a file is called in the progress bar.
IMPORT_STEPS = {
    "reading": "reading",
    "fetching": "fetching the page",
    "extracting": "finding dates and figures",
    "saving": "saving",
}


@dataclass(frozen=True)
class StoredArticles:
    """Part of a batch import's result: articles of ``project`` just stored."""

    project: ProjectService
    articles: list[ArticleRecord]


def settings() -> QSettings:
    return QSettings()


def user_data_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".factlane")


def warm_up_project_code() -> None:
    """Import the project layer (SQLAlchemy above all) on a background thread while the
    window waits for the analyst: imported on the first File > Open instead, it was most of
    the 1.8-3.6 s a 10,000-fact project took to show. The GUI thread, if it asks first,
    simply waits for the import under way (Python locks each module while it loads)."""
    if "desktop.services.project" in sys.modules or _warm_up_started.is_set():
        return
    _warm_up_started.set()

    def load() -> None:
        try:
            import desktop.services.project  # noqa: F401
        except Exception:  # the real open reports any import error where it can be seen
            logging.getLogger("factlane").debug("warming up the project code failed", exc_info=True)

    threading.Thread(target=load, name="factlane-warm-up", daemon=True).start()


_warm_up_started = threading.Event()


#: what one lane alone is of, said on the lane filter's button and in the empty timeline
_LANE_KINDS: dict[str, str] = {"article": "article", "tag": "tag", "entity": "entity"}


class MainWindow(QMainWindow):
    """``projectOpened``/``projectClosed`` let tests and the app follow what is shown."""

    projectOpened = Signal(str)
    projectClosed = Signal()
    #: the facts table, figures and conflicts have (re)loaded in the background
    factsReloaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        #: Whether a project another window holds asks "Open read-only?" (True), or simply
        #: opens read-only (a screenshot run, which nobody is there to answer).
        self.ask_before_read_only = True
        #: why the last open_project (or open_read_only) refused its project, in the words
        #: of its box; None when it opened
        self.open_refusal: str | None = None
        self.project: ProjectService | None = None
        self.workspace: Any = None  # Workspace while a project is open
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self.runner.started.connect(self._task_started)
        self.runner.idle.connect(self._tasks_idle)
        self.runner.intercept = self._task_write_failed
        #: the box that says the project file was moved or deleted while open (see
        #: project_write_failed); None until it has been shown
        self.moved_box: QMessageBox | None = None
        #: the recovered copy the services kept of the open project, deleted while open
        self._recovered_copy: Path | None = None
        #: set while close_project lets the last work of the project finish
        self._closing_project = False
        #: what became of an import stopped by closing its project, said once the window has
        #: moved on (see _import_done)
        self._stopped_import = ""
        self.import_dialog: ImportDialog | None = None
        #: File > Import from Web Address's question while it is asked
        self.address_prompt: QInputDialog | None = None
        #: what an import set on articles the project already held, for its status line
        self._set_on_known: list[str] = []
        # The contradictions last counted (None: no project read yet), and what was last said
        # of them to a screen reader.
        self._contradictions_said: int | None = None
        self.last_announcement = ""
        #: the project's counts as last read, for the status bar to say again when only what
        #: the table shows changed
        self._counts: dict[str, int] | None = None
        self.last_import: list[ImportOutcome] = []
        #: what the last re-extraction changed (an ExtractionChange), for the status bar
        self.last_reextraction: object = None
        self.removal_box: QMessageBox | None = None
        self.fact_filter = FactFilter()
        #: the sources compared side by side ("Several sources…"); empty: one or all
        self.chosen_sources: frozenset[str] = frozenset()
        #: the question where articles dropped before any project was open go
        self.import_offer: QMessageBox | None = None
        #: lanes by article or by tag: the lane whose name was clicked (its facts alone)
        self.lane_filter: tuple[LaneMode, str] | None = None
        #: the days the facts are narrowed to, as the analyst typed them ("" for any date)
        self.days_text = ""
        self._days: tuple[date | None, date | None] = (None, None)
        #: where the analyst left this project (timeline's days, fact, filters), put back once
        #: the project has opened and its facts are read
        self._remembered_view: dict[str, Any] | None = None
        #: the days the timeline opens on until the window is laid out and the facts read
        #: (each refits the timeline once)
        self._opening_days: tuple[float, float] | None = None
        self.lane_mode: LaneMode = "source"
        #: the view before a lane's name was clicked to show it alone and the view framed
        #: for it then, each its first day and pixels per day (None: the view was kept)
        self._lane_alone_view: tuple[tuple[float, float], tuple[float, float]] | None = None
        # Whether the facts table holds the full records (read in the background after the
        # timeline is drawn); until then one fact is read on demand.
        self._facts_loaded = False
        #: the load whose facts were shown before its figures and conflicts were read
        self._facts_shown_early = -1
        self._articles_shown_early = -1
        #: a big project's timeline rows are being read in the background (see reload_all)
        self._timeline_reading = False
        # What the timeline is drawn from (lean rows), kept for one-fact updates and regrouping.
        self._source = TimelineSource()
        # Facts edited while a background read was running: applied again once it lands.
        self._changed_while_loading: set[int] = set()
        self._load_generation = 0
        self._loading: Task | None = None
        self._current_fact: int | None = None
        #: where the keyboard was before Ctrl+J put it on a fact's sentence (it goes back)
        self._read_from: QWidget | None = None
        self._syncing = False
        # The facts visited, for Back and Forward (Alt+Left, Alt+Right), as in a browser.
        self._history: list[int] = []
        self._history_pos = -1
        self._navigating = False
        #: how the lanes are ordered ("name" or "count"), per project
        self.lane_order = "name"
        #: whether the analyst chose that order for the project (View > Sort Lanes): until
        #: then lanes by entity are drawn most-named first (see lane_order_now)
        self._lane_order_chosen = False
        self._article_cache: dict[int, ArticleDetail] = {}
        self._pending: set[str] = set()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.flush_refresh)

        self._sized_once = False
        #: The articles list's share of the width once the analyst has dragged it (None: the
        #: default, which follows the window). A share, not pixels: it follows the window too.
        self.articles_fraction: float | None = None
        # After the window is resized, the timeline is refitted and, unless the analyst has
        # dragged the splitters, the panes re-proportioned (once the resizing pauses).
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(150)
        self._relayout_timer.timeout.connect(self._follow_window_size)
        self._build_workspace_widgets()
        self.preferences = Preferences.load()
        self.preferences_box: PreferencesDialog | None = None
        self._apply_display_preferences(self.preferences, set(vars(self.preferences)))
        self.welcome = WelcomePage(app_icon())
        self.welcome.newRequested.connect(self.new_project_dialog)
        self.welcome.openRequested.connect(self.open_project_dialog)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentRequested.connect(lambda p: self.open_project(Path(p)))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.workspace_widget)
        self.setCentralWidget(self.stack)
        self._build_status_bar()
        self._build_menus()
        self._restore_layout()
        self._show_welcome()

    # -- building -----------------------------------------------------------------------------

    def _build_workspace_widgets(self) -> None:
        self.timeline = TimelineView()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName("Timeline")
        self.timeline.set_lane_title(LANE_TITLES[self.lane_mode])
        self.timeline.set_empty_text(NO_DATED_FACTS)
        # (in lanes by entity a fact's copies in its other lanes have ids of their own)
        self.timeline.factSelected.connect(
            lambda fid: self.select_fact(fact_of_item(fid), origin="timeline")
        )
        self.timeline.laneClicked.connect(self.lane_clicked)
        self.timeline.laneCollapsed.connect(lambda _name, _on: self._remember_lanes())
        self.timeline.set_tooltip_provider(self._fact_tooltip)

        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findFacts")
        # The syntax a new analyst would not guess, where they type; the rest in the tooltip.
        self.find_edit.setPlaceholderText('Find facts: "a phrase" -word')
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName("Find facts")
        # The operators are said where the analyst types, not only in Help.
        # The keys that come here and work here, as every control with a key says them.
        self.find_edit.setToolTip(
            f"{SEARCH_HELP}\n(Ctrl+F comes here; Down shows recent searches; Escape clears)"
        )
        self.find_edit.setAccessibleDescription(SEARCH_HELP.replace("\n", " "))
        # At 1024 pixels the dates button took the search box down to 'Find f…', and later to
        # 90 pixels, where '"captured Thursday"' read 'ursday"': the box keeps room for the
        # hint and a two-word phrase, and Go to Date / Fit All fold into the » menu first.
        self.find_edit.setMinimumWidth(
            self.find_edit.fontMetrics().horizontalAdvance(self.find_edit.placeholderText()) + 40
        )
        # Narrowing 100,000 facts takes a moment: then the search waits until the analyst
        # pauses typing. A project whose search is quick narrows at each keystroke instead,
        # so that the table follows the typing (see _filters_changed).
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(0)
        self._find_timer.timeout.connect(self._filters_changed)
        # The timeline's facts for a search typed on are picked from those the last
        # keystroke kept, as the table's rows are (see _apply_timeline_filter).
        self._timeline_narrowing: NarrowingSelect[FactRow] = NarrowingSelect()
        #: the facts' notes and tags by id, read from the table's records once per change
        #: of those records (not at each keystroke): (the records' version, notes, tags)
        self._notes_and_tags: tuple[int, dict[int, str], dict[int, tuple[str, ...]]] | None = None
        self.find_edit.textChanged.connect(lambda _text: self._find_timer.start())
        # Enter runs the search at once and takes the keyboard to its first result, as a
        # find box does in a mail program: typed, Enter, and the arrows walk the results.
        self.find_edit.returnPressed.connect(self._search_entered)
        # Esc in the search box clears it (at once, not after the typing pause): the way back
        # to every fact from the keyboard.
        clear_find = QAction("Clear the search", self.find_edit)
        clear_find.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_find.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_find.triggered.connect(self._clear_find)
        self.find_edit.addAction(clear_find)
        # The project's recent searches, kept with its view for the next opening: typed
        # searches complete from them, and Down in the search box lists them all (a power
        # user's "source:Reuters -tag:checked" is typed once, not every morning).
        self.recent_searches = QStringListModel(self)
        completer = QCompleter(self.recent_searches, self.find_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.find_edit.setCompleter(completer)
        self.find_edit.editingFinished.connect(self._keep_search)
        show_recent = QAction("Recent searches", self.find_edit)
        show_recent.setShortcut(QKeySequence(Qt.Key.Key_Down))
        show_recent.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        show_recent.triggered.connect(self.show_recent_searches)
        self.find_edit.addAction(show_recent)
        self.source_combo = ElidingComboBox()
        self.source_combo.setObjectName("sourceFilter")
        self.source_combo.setAccessibleName("Source")
        # As wide as "All sources" at least, not as the longest outlet's name: one long name
        # ("The International Herald Tribune and ...") pushed the filter bar's buttons out
        # at 1024 pixels, and squeezed, the combo read "All source". The list that drops down
        # is as wide as the names, and the combo's tooltip names the chosen one in full.
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Qt counts that length in capital X's, far wider than the letters of "All sources":
        # twelve of them kept 40 pixels the row needed for Fit all at 1024 pixels.
        fm = self.source_combo.fontMetrics()
        x_wide = max(fm.horizontalAdvance("X"), 1)
        self.source_combo.setMinimumContentsLength(
            -(-fm.horizontalAdvance("All sources") // x_wide) + 1
        )
        self.source_combo.currentIndexChanged.connect(self._filters_changed)
        self.source_combo.currentIndexChanged.connect(self._source_combo_tooltip)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleName("Status")
        self.status_combo.setToolTip(
            "Show only the facts found by Factlane, confirmed, edited, added or rejected (Alt+T)"
        )
        self.status_combo.addItem("All statuses", None)
        for s in STATUS_CHOICES:
            self.status_combo.addItem(s.capitalize(), s)
        self.status_combo.currentIndexChanged.connect(self._filters_changed)
        self.source_combo.activated.connect(self._source_chosen)
        self._source_index = 0
        self.dates_button = QPushButton("Any date")
        self.dates_button.setObjectName("datesFilter")
        self.dates_button.setAccessibleName("Dates")
        self.dates_button.setToolTip("Show only the facts of some days (Ctrl+Shift+D)")
        self.dates_button.clicked.connect(self.filter_dates_dialog)
        self.go_button = QPushButton("&Go to date…")
        self.go_button.setToolTip("Center the timeline on a day (Ctrl+G)")
        self.go_button.clicked.connect(self.go_to_date_dialog)
        self.fit_button = QPushButton("Fit all")
        self.fit_button.setToolTip("Show every fact (Home on the timeline, Ctrl+0)")
        self.fit_button.clicked.connect(self.timeline.fit_all)
        source_label = QLabel("&Source:")
        source_label.setBuddy(self.source_combo)
        status_label = QLabel("S&tatus:")
        status_label.setBuddy(self.status_combo)

        self.filter_bar = bar = FilterBar()
        bar.add_widget(self.find_edit, 2, shrinks=True)
        bar.add_label(source_label)
        bar.add_widget(self.source_combo, 1)
        bar.add_label(status_label)
        bar.add_widget(self.status_combo)
        bar.add_widget(self.dates_button)
        # The lane clicked in lanes by article or tag: said here, a click shows every lane.
        self.lane_filter_button = QPushButton("")
        self.lane_filter_button.setObjectName("laneFilter")
        self.lane_filter_button.setAccessibleName("Lane shown alone")
        self.lane_filter_button.clicked.connect(lambda: self.filter_by_lane(None))
        self.lane_filter_button.hide()
        bar.add_widget(self.lane_filter_button)
        bar.add_stretch()
        bar.add_note()
        bar.add_foldable(self.go_button, "Go to Date…")
        bar.add_foldable(self.fit_button, "Fit All")
        bar.finish()
        self.timeline_info = bar.note  # read by tests and the status of undated facts
        bar.note.clicked.connect(lambda: self.step_undated_article(True))

        self.timeline_box = timeline_box = QWidget()
        tl = QVBoxLayout(timeline_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(0)
        tl.addWidget(bar)
        tl.addWidget(self.timeline, 1)

        self.reader = ReaderView()
        self.reader.publishedEdited.connect(self._published_edited)
        self.reader.sourceEdited.connect(self._source_edited)
        self.reader.furnitureRequested.connect(self.show_furniture)
        self.reader.importRequested.connect(self.import_dialog_open)
        self.reader.textPointed.connect(self.select_fact_at)
        self.reader.caretChosen.connect(self.select_fact_at_caret)
        self.facts_panel = FactsPanel()
        self.facts_panel.factActivated.connect(lambda fid: self.select_fact(fid, origin="table"))
        self.figures_panel = FiguresPanel()
        self.figures_panel.figureActivated.connect(self._figure_activated)
        self.figures_panel.set_article_text(self._article_text)
        self.conflicts_panel = ConflictsPanel()
        self.conflicts_panel.figureActivated.connect(self._figure_activated)
        # Over the tab's lists while some of the analyst's decisions attach to no group now
        # (the analysis spelled their groups anew): hidden otherwise.
        self.detached_strip = DetachedDecisionsStrip()
        self.detached_strip.place_over(self.conflicts_panel)
        self.detached_strip.figureActivated.connect(self._figure_activated)
        self.detached_strip.groupWanted.connect(self.conflicts_panel.select_group)
        # Another pair's explanation, a line longer or shorter: the tab's room is measured
        # again (once, after the layout has taken the new line), as when the tab is shown.
        self._refit_conflicts = QTimer(self)
        self._refit_conflicts.setSingleShot(True)
        self._refit_conflicts.setInterval(0)
        self._refit_conflicts.timeout.connect(self._fit_panes_to_tab)
        self.conflicts_panel.roomChanged.connect(self._refit_conflicts.start)
        # A figure has no tags of its own: "tag:" reads the tags of the facts it is written in.
        self.figures_panel.proxy.fact_tags = self._fact_tags
        self.conflicts_panel.groups_model.fact_tags = self._fact_tags
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.setAccessibleName("Facts, figures and conflicts")
        self.tabs.setDocumentMode(True)
        # Mnemonics unique in the window (Alt+F is the File menu, Alt+C the Fact menu, so the
        # Facts tab is Alt+1); Alt+1..3 switch tabs.
        self.tabs.addTab(self.facts_panel, "Facts")
        self.tabs.addTab(self.figures_panel, "F&igures")
        self.tabs.addTab(self.conflicts_panel, "Co&nflicts")
        # Each tab says its key, as the Conflicts tab does with its count.
        self.tabs.setTabToolTip(TAB_FACTS, "Facts by date (Alt+1)")
        self.tabs.setTabToolTip(
            TAB_FIGURES, "Figures: numbers with what they count and who gave them (Alt+2)"
        )
        # once the tab shown is laid out (its height wanted is measured on it)
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, self._fit_panes_to_tab))
        # The facts' count ("30 facts", "12 of 340 facts") on the tab bar's free right end,
        # while the Facts tab is shown: beside the toolbar it took the room of two buttons,
        # which folded behind the chevron at 1280 pixels.
        count = self.facts_panel.count_label
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tabs.setCornerWidget(count, Qt.Corner.TopRightCorner)
        # (as tall as the tabs, so that its words stand on their line: the corner is as tall
        # as what is put in it, at the bottom of the row, and the count sat low)
        HeightFollower(self.tabs.tabBar(), count)
        self.tabs.currentChanged.connect(lambda i: count.setVisible(i == TAB_FACTS))

        self.articles_panel = ArticlesPanel()
        self.articles_panel.articleActivated.connect(self._article_chosen)
        # the article chosen already, clicked: its facts brought into view as well
        self.articles_panel.table.clicked.connect(self._article_clicked)
        #: the first article chosen by the window as a project opens (the view stays on the
        #: story's busiest days), not by the analyst
        self._choosing_first_article = False
        #: an article whose publication date the analyst just changed: its facts, moved
        #: with it, are brought into view once read again
        self._follow_article: int | None = None
        self.articles_panel.selectionChanged.connect(self._update_article_actions)

        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.setObjectName("bottomSplitter")
        self.bottom_splitter.addWidget(self.reader)
        self.bottom_splitter.addWidget(self.tabs)
        self.bottom_splitter.setStretchFactor(0, 2)
        self.bottom_splitter.setStretchFactor(1, 3)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(timeline_box)
        self.right_splitter.addWidget(self.bottom_splitter)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.articles_panel)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        for splitter in (self.main_splitter, self.right_splitter, self.bottom_splitter):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(6)
        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.saveCopyRequested.connect(self.save_as_dialog)
        self.read_only_banner.retryRequested.connect(self.try_editing_again)
        self.stale_banner = StaleExtractionBanner()
        self.stale_banner.reextractRequested.connect(self.reextract_stale_articles)
        self.stale_banner.dismissed.connect(self._stale_offer_dismissed)
        self.workspace_widget = QWidget()
        self.workspace_widget.setObjectName("workspace")
        wl = QVBoxLayout(self.workspace_widget)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(0)
        wl.addWidget(self.read_only_banner)
        wl.addWidget(self.stale_banner)
        wl.addWidget(self.main_splitter, 1)
        self._default_sizes()
        self._set_tab_order()
        self._describe_for_assistive_technology()

    def _describe_for_assistive_technology(self) -> None:
        """A name and a sentence on what each pane holds and which keys act there, for screen
        readers (a table alone is announced as 'table')."""
        conflicts = self.conflicts_panel
        described: list[tuple[QWidget, str, str]] = [
            (
                self.articles_panel.table,
                "Articles",
                "The project's articles. The arrow keys show each in the reader; Delete "
                "removes the chosen ones from the project.",
            ),
            (
                self.find_edit,
                "Find facts",
                "Narrows the timeline and the facts table to facts containing these words; "
                "Escape clears it.",
            ),
            (
                self.reader.body,
                "Article text",
                "The article shown, with the selected fact's sentence and date highlighted.",
            ),
            (
                self.facts_panel.table,
                "Facts",
                "Dated facts. Ctrl+Enter confirms, Ctrl+Backspace rejects, Ctrl+D edits the "
                "date, F2 the text; the timeline follows the selection.",
            ),
            (
                self.figures_panel.table,
                "Figures",
                "Numbers the articles report, with what they count and who gave them; the "
                "arrow keys show each one's sentence in the reader.",
            ),
            (
                conflicts.groups,
                "Quantities reported by several sources",
                "Each row is one quantity; the pairs of figures about it are listed next.",
            ),
            (
                conflicts.pairs,
                "Pairs of figures",
                "Each pair is a contradiction, an update or consistent. Alt+D dismisses, "
                "Alt+M confirms, Alt+O reopens.",
            ),
            (conflicts.left_card, "First figure's sentence", ""),
            (conflicts.right_card, "Second figure's sentence", ""),
        ]
        for widget, name, description in described:
            widget.setAccessibleName(name)
            if description:
                widget.setAccessibleDescription(description)

    def focus_pane(self, forward: bool = True) -> QWidget:
        """F6 and Shift+F6: the keyboard focus to the next (previous) pane, as in browsers and
        mail programs: articles, search, timeline, reader, the open tab. Returns the pane."""
        panes: list[QWidget] = [
            self.articles_panel.table,
            self.find_edit,
            self.timeline,
            self.reader.body,
            self._tab_view(self.tabs.currentIndex()),
        ]
        focused = QApplication.focusWidget()
        current = next(
            (
                i
                for i, pane in enumerate(panes)
                if focused is not None and pane.isAncestorOf(focused)
            ),
            next((i for i, pane in enumerate(panes) if pane is focused), -1),
        )
        step = 1 if forward else -1
        start = current if current >= 0 else (-1 if forward else 0)
        for offset in range(1, len(panes) + 1):
            pane = panes[(start + step * offset) % len(panes)]
            if pane.isVisible() and pane.isEnabled():
                pane.setFocus(Qt.FocusReason.TabFocusReason)
                return pane
        return panes[0]

    def _set_tab_order(self) -> None:
        """Tab goes as the eye reads the window: the articles at the side, the filter bar,
        the timeline, the reader, then the tabs and what the open tab holds. Widgets of the
        tabs not shown are skipped by Qt."""
        reader, conflicts = self.reader, self.conflicts_panel
        chain: list[QWidget] = [
            self.articles_panel.table,
            self.find_edit,
            self.source_combo,
            self.status_combo,
            self.dates_button,
            self.go_button,
            self.fit_button,
            self.timeline,
            reader.address,
            reader.published_edit,
            reader.published_apply,
            reader.furniture_button,
            reader.body,
            # The tab widget, which hands the focus to its bar: the bar in its place left the
            # tab widget a stop of its own after the open tab's table, and from the facts
            # table Tab went to the bar and back to the table for ever.
            self.tabs,
            self.facts_panel.table,
            self.figures_panel.table,
            *conflicts.keyboard_order(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def articles_share(width: int) -> int:
        """The articles list's width in a window ``width`` wide: a sixth, and an eighth of
        what the window has over 1440 on top, between 220 and 480. A sixth capped at 340 left
        a 1920 window's titles cut at 40 characters beside a reader 650 wide; a fifth all
        through took from the conflicts tab at 1440, whose buttons then wrapped to two rows."""
        return max(220, min(480, width // 6 + max(0, width - 1440) // 8))

    def _size_articles_list(self, window_width: int | None = None) -> int:
        """Give the articles list its share of the width, and return its width: the share the
        analyst dragged it to, or the default that follows the window. A width in pixels
        (what the splitter's own state holds) kept a list dragged in a small window narrow in
        a wide one: 220 at 1920, every title cut."""
        w = window_width if window_width is not None else max(self.width(), 1000)
        total = sum(self.main_splitter.sizes()) or w
        if self.articles_fraction is not None:
            side = round(total * self.articles_fraction)
        else:
            side = self.articles_share(w)
        self.main_splitter.setSizes([side, max(total - side, 1)])
        return side

    def _articles_list_dragged(self) -> None:
        sizes = self.main_splitter.sizes()
        if sum(sizes) > 0:
            self.articles_fraction = sizes[0] / sum(sizes)

    def _default_sizes(self) -> None:
        """Proportions for a first run (no saved layout), scaled to the window's size."""
        w = max(self.width(), 1000)
        laid_out = self.right_splitter.height()
        h = laid_out if self.isVisible() and laid_out > 300 else max(self.height(), 600) - 60
        h -= self.right_splitter.handleWidth()  # sizes are of the panes, not the handle
        side = self._size_articles_list(w)
        # The timeline gets the height its lanes need, so that every lane shows without
        # scrolling when it can, but never less than 45% or more than 62% of the height:
        # the reader and the tables below need room to read in too.
        box, view = self.timeline_box, self.timeline
        if box.isVisible():
            above = box.height() - view.height()  # the filter bar, as laid out
        else:
            above = box.sizeHint().height() - view.sizeHint().height()
        needed = view.content_height() + above + 2
        # Lanes that need less than 45% of a tall window get just what they need: the rest
        # would be dead space under them, and the reader and tables can use it.
        # On a short screen (1024x640) the cap is half: the conflicts tab scrolls there, but
        # with a third of the height it could show neither its pairs nor a sentence.
        cap = 0.62 if h >= 640 else 0.5
        top = min(max(needed, int(h * 0.3)), int(h * cap))
        top = self._conflicts_room(top, h)
        self.right_splitter.setSizes([top, h - top])
        rest = w - side
        # The tables get a little more than the reader: the facts table has five columns to
        # show, the reader's text wraps at any width.
        reader = self._conflicts_width(int(rest * 0.4), rest)
        self.bottom_splitter.setSizes([reader, rest - reader])
        if "conflictPairSplitter" not in getattr(self, "_user_sized", set()):
            self.conflicts_panel.pair_splitter.setSizes(list(self.conflicts_panel.PAIR_SHARES))

    #: the least share of the bottom row the reader keeps when the Conflicts tab takes width
    READER_LEAST_SHARE = 0.28

    def _conflicts_width(self, reader: int, rest: int) -> int:
        """The reader's width ``reader`` less what the Conflicts tab, when it is the one shown,
        needs for its pairs' sides whole on two lines (at 1280x800 they read "Eastbank
        Review (sample), 2…" beside a reader of 420 pixels), down to READER_LEAST_SHARE of
        the row ``rest``; the reader gets it back with the other tabs."""
        panel = self.conflicts_panel
        if self.tabs.currentIndex() != TAB_CONFLICTS or not panel.isVisible():
            return reader
        wanted = panel.width_wanted()
        if wanted <= 0:
            return reader
        # with the tab widget's frame around the panel, and a few pixels over: a scroll bar
        # coming and going moves the columns by as much
        wanted += max(0, self.tabs.width() - panel.width()) + 4
        handle = self.bottom_splitter.handleWidth()
        return max(min(reader, rest - handle - wanted), int(rest * self.READER_LEAST_SHARE))

    def _conflicts_room(self, top: int, h: int) -> int:
        """The timeline's height ``top`` less what the Conflicts tab, when it is the one
        shown, needs to show the chosen pair's sentences without scrolling (at 1280x800 they
        showed a line each under lanes given all they asked for), down to CONFLICTS_FLOOR of
        ``h``; and room for more rows of long lists, down to 30%."""
        panel = self.conflicts_panel
        if self.tabs.currentIndex() != TAB_CONFLICTS or not panel.isVisible():
            return top
        if panel.current_pair() is None:
            return top  # nothing to read yet (still loading, or no conflicts)
        around = self.bottom_splitter.height() - panel.height()  # the tab bar, as laid out
        first = SENTENCES_FIRST_FROM_H <= h < SENTENCE_ROOM_FROM_H
        panel.set_sentences_first(first)
        # (rows of two lines for the pairs' sides where the tab is given room)
        panel.set_room_for_lines(h >= SENTENCES_FIRST_FROM_H)
        wanted = panel.height_wanted()
        if h >= SENTENCE_ROOM_FROM_H:
            # The pair's sentences whole (a typical one is 5-7 lines in a card): on a window
            # 900 high and more.
            wanted = max(wanted, panel.height() + panel.sentence_room())
        elif first:
            # Lower, the lists are short and the sentences ask for their lines (what they
            # need less what the tab has, which may give room back for a shorter pair).
            # Lower still, the timeline keeps what its lanes ask, and the sentences their
            # three lines (the tab scrolls).
            wanted = max(wanted, panel.height() + panel.sentence_need())
        wanted += max(around, 0)
        floor = (
            CONFLICTS_FLOOR_TALL_LAPTOP if first and h >= TALL_LAPTOP_FROM_H else CONFLICTS_FLOOR
        )
        room = max(min(top, h - wanted), min(top, int(h * floor)))
        # Hundreds of groups, and pairs to each: the lists get rows to choose from (at
        # 1280x800 they showed two each), the timeline keeping 30% of the height. (Not on
        # a short screen: there the tab scrolls, and the timeline keeps its half.)
        if h >= 640 and panel.has_long_lists():
            more = panel.long_lists_room()
            room = max(min(room, h - wanted - more), min(room, int(h * 0.3)))
        return room

    def _fit_panes_to_tab(self, *, again: bool = True) -> None:
        """Another tab shown: the timeline gives the Conflicts tab its room, or takes it back,
        unless the analyst has sized the panes. Measured ``again`` once the tab has taken its
        new height: the pair's explanation, rewrapped, can want a line more or less."""
        if not self._sized_once or self.project is None or not self.isVisible():
            return
        if self._user_sized & {"rightSplitter", "bottomSplitter"}:
            return
        self._default_sizes()
        if again:
            QTimer.singleShot(50, lambda: self._fit_panes_to_tab(again=False))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel("")
        self.counts_label.setObjectName("counts")
        self.progress = QProgressBar()
        self.progress.setObjectName("taskProgress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        # A bar with no count yet is a busy bar, and Qt draws no text in one: what runs
        # ("Putting back 5,000 articles", "Cancelling…") is said beside it until a count comes.
        self.progress_label = QLabel("")
        self.progress_label.setObjectName("taskName")
        self.progress_label.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelTask")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_tasks)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.counts_label)
        bar.messageChanged.connect(self._fit_status_message)

    def _fit_status_message(self, message: str) -> None:
        """A message the project's counts leave too little room for takes their place while
        it shows, and they come back when it goes (the panes say the same counts: Articles
        (6), 26 facts, Conflicts (6)). At 1366x768 a pair's decision was cut at "Edit > Un",
        and the way to take it back was lost."""
        bar, counts = self.statusBar(), self.counts_label
        if not message:
            counts.setVisible(True)
            return
        busy = sum(
            w.sizeHint().width() for w in (self.progress, self.cancel_button) if w.isVisible()
        )
        room = bar.width() - busy - counts.sizeHint().width() - 40  # the bar's margins and grip
        counts.setVisible(bar.fontMetrics().horizontalAdvance(message) <= room)

    def _action(
        self,
        menu: Any,
        text: str,
        slot: Callable[..., Any] | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        checkable: bool = False,
        needs_project: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(
                shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            )
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        if needs_project:
            self._project_actions.append(action)
        return action

    def _build_menus(self) -> None:
        self._project_actions: list[QAction] = []
        mb = self.menuBar()
        file_menu = mb.addMenu("&File")
        Key = QKeySequence.StandardKey
        self.new_action = self._action(file_menu, "&New Project…", self.new_project_dialog, Key.New)
        self.open_action = self._action(
            file_menu, "&Open Project…", self.open_project_dialog, Key.Open
        )
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.demo_action = self._action(file_menu, "Open &Demo Project", self.open_demo)
        file_menu.addSeparator()
        self.save_as_action = self._action(
            file_menu, "Save &As…", self.save_as_dialog, Key.SaveAs, needs_project=True
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, "&Import Articles…", self.import_dialog_open, "Ctrl+I", needs_project=True
        )
        self.import_address_action = self._action(
            file_menu,
            "Import from &Web Address…",
            self.import_address_dialog,
            "Ctrl+Shift+I",
            needs_project=True,
        )
        self.import_address_action.setToolTip(
            "Fetch a page by its address (https://…) and import its article"
        )
        self.export_action = self._action(
            file_menu, "&Export…", self.export_dialog, "Ctrl+E", needs_project=True
        )
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu, "&Close Project", self.close_project, Key.Close, needs_project=True
        )
        # Ctrl+Q where the system names no key for quitting (Windows): File > Quit had none
        quit_keys = QKeySequence(Key.Quit)
        self.quit_action = self._action(
            file_menu, "&Quit", self.close, "Ctrl+Q" if quit_keys.isEmpty() else quit_keys
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = mb.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(Key.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence(Key.Redo))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.paste_article_action = self._action(
            edit_menu,
            "Paste as &Article",
            self.paste_as_article,
            "Ctrl+Shift+V",
            needs_project=True,
        )
        self.paste_article_action.setToolTip(
            "Import the text or web page copied to the clipboard as an article (a web address "
            "copied alone is fetched; copied files are imported)"
        )
        # What was undone replaces what the status bar said of it ("Outlet set to Harbour
        # Watch." stayed on after Undo had put the article back under "Unknown source").
        # Undo and Redo of a removal of many articles run in the background (Workspace.step):
        # the actions ask the window, not the stack straight away.
        self.undo_action.triggered.disconnect()
        self.redo_action.triggered.disconnect()
        self.undo_action.triggered.connect(lambda: self._step(redo=False))
        self.redo_action.triggered.connect(lambda: self._step(redo=True))
        edit_menu.addSeparator()
        self.find_action = self._action(
            edit_menu, "&Find Facts…", self.focus_find, Key.Find, needs_project=True
        )
        self.dates_action = self._action(
            edit_menu,
            "Filter by &Dates…",
            self.filter_dates_dialog,
            "Ctrl+Shift+D",
            needs_project=True,
        )
        self.compare_action = self._action(
            edit_menu,
            "&Compare Sources…",
            self.compare_sources_dialog,
            "Ctrl+Shift+L",
            needs_project=True,
        )
        edit_menu.addSeparator()
        # Ctrl+, is Cmd+, on macOS, where Qt moves the action to the application menu.
        self.preferences_action = self._action(
            edit_menu, "&Preferences…", self.preferences_dialog, "Ctrl+,"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        # The facts table's own actions have a menu of their own, so that each can be found
        # with its shortcut and reached from anywhere (they act on the selected fact, which
        # the timeline and the table share). Alt+C opens it: the Facts tab is Alt+1.
        fact_menu = mb.addMenu("Fa&ct")
        fact_menu.setObjectName("factMenu")
        self.fact_menu = fact_menu
        panel = self.facts_panel
        for action in panel.fact_actions():
            if action in (panel.edit_date_action, panel.add_action):
                fact_menu.addSeparator()
            fact_menu.addAction(action)
        self.add_fact_action = panel.add_action
        fact_menu.addSeparator()
        self.caret_fact_action = self._action(
            fact_menu,
            "Select Fact at Ca&ret",
            self.select_fact_at_caret,
            "Ctrl+Shift+Space",
            needs_project=True,
        )
        self.caret_fact_action.setToolTip(
            "Select the fact written where the caret is in the article text (Enter there does "
            "the same)"
        )
        # Triage by keys alone: from one fact in a conflict to the next (F7, as "next error"
        # keys go), and from a fact to its sentence in the article and back (Ctrl+J).
        fact_menu.addSeparator()
        self.next_conflict_action = self._action(
            fact_menu,
            "Next Fact in a Con&flict",
            lambda: self.step_conflict_fact(True),
            "F7",
            needs_project=True,
        )
        self.previous_conflict_action = self._action(
            fact_menu,
            "Pre&vious Fact in a Conflict",
            lambda: self.step_conflict_fact(False),
            "Shift+F7",
            needs_project=True,
        )
        self.read_fact_action = self._action(
            fact_menu, "Read It in the Art&icle", self.toggle_reading_fact, "Ctrl+J",
            needs_project=True,
        )  # fmt: skip
        self.read_fact_action.setToolTip(
            "Put the keyboard on the fact's sentence in the article text; Ctrl+J there goes "
            "back to where you were, with the fact at the caret chosen"
        )
        self.timeline.addAction(panel.delete_action)
        self._build_article_menu(mb)
        self._build_conflict_menu(mb)

        view_menu = mb.addMenu("&View")
        self.fit_action = self._action(
            view_menu, "Fit &Timeline", self.timeline.fit_all, "Ctrl+0", needs_project=True
        )
        self.fit_action.setToolTip(
            "Frame most facts; far-off stragglers are counted at the edges (click to reach them)"
        )
        self.fit_every_action = self._action(
            view_menu,
            # E&very: E is Lanes by &Entity's key in this menu
            "Fit E&very Fact",
            self.timeline.fit_everything,
            "Ctrl+Alt+0",
            needs_project=True,
        )
        self.back_action = self._action(
            view_menu, "&Back", self.go_back, "Alt+Left", needs_project=True
        )
        self.forward_action = self._action(
            view_menu, "&Forward", self.go_forward, "Alt+Right", needs_project=True
        )
        self.back_action.setToolTip("The fact visited before this one (Alt+Left)")
        self.forward_action.setToolTip("The fact visited after this one (Alt+Right)")
        self.zoom_in_action = self._action(
            view_menu, "Zoom &In", self.timeline.zoom_in, Key.ZoomIn, needs_project=True
        )
        self.zoom_out_action = self._action(
            view_menu, "Zoom &Out", self.timeline.zoom_out, Key.ZoomOut, needs_project=True
        )
        self.go_action = self._action(
            view_menu, "Go to &Date…", self.go_to_date_dialog, "Ctrl+G", needs_project=True
        )
        view_menu.addSeparator()
        lanes = QActionGroup(self)
        lanes.setExclusive(True)
        self.lane_actions: dict[LaneMode, QAction] = {}
        for mode, label, key in (
            ("source", "Lanes by &Source", "Ctrl+1"),
            ("article", "Lanes by &Article", "Ctrl+2"),
            ("tag", "Lanes by Ta&g", "Ctrl+3"),
            ("entity", "Lanes by &Entity", "Ctrl+4"),
        ):
            action = self._action(
                view_menu,
                label,
                lambda _checked=False, m=mode: self.set_lane_mode(m),
                key,
                checkable=True,
                needs_project=True,
            )
            lanes.addAction(action)
            self.lane_actions[mode] = action  # type: ignore[index]
        self.lane_actions["source"].setChecked(True)
        orders = QActionGroup(self)
        orders.setExclusive(True)
        self.lane_order_actions: dict[str, QAction] = {}
        for order, label in (
            ("name", "Sort Lanes by Na&me"),
            ("count", "Sort Lanes by &Number of Facts"),
        ):
            action = self._action(
                view_menu,
                label,
                lambda _checked=False, o=order: self.set_lane_order(o),
                checkable=True,
                needs_project=True,
            )
            orders.addAction(action)
            self.lane_order_actions[order] = action
        self.lane_order_actions["name"].setChecked(True)
        # Folding a lane was a click on its arrow only: from the keyboard, the menu.
        self.fold_lane_action = self._action(
            view_menu, "Fo&ld the Selected Fact's Lane", self.fold_selected_lane, needs_project=True
        )
        self.unfold_lanes_action = self._action(
            view_menu, "&Unfold All Lanes", self.unfold_all_lanes, needs_project=True
        )
        view_menu.addSeparator()
        self.show_rejected_action = self._action(
            view_menu, "Show &Rejected Facts", self.set_show_rejected, checkable=True
        )
        view_menu.addSeparator()
        for index, label, key in (
            (TAB_FACTS, "Sho&w Facts", "Alt+1"),
            (TAB_FIGURES, "S&how Figures", "Alt+2"),
            (TAB_CONFLICTS, "Show &Conflicts", "Alt+3"),
        ):
            self._action(view_menu, label, lambda _c=False, i=index: self.show_tab(i), key)
        self.next_pane_action = self._action(
            view_menu, "Ne&xt Pane", lambda: self.focus_pane(True), "F6"
        )
        self.previous_pane_action = self._action(
            view_menu, "&Previous Pane", lambda: self.focus_pane(False), "Shift+F6"
        )

        help_menu = mb.addMenu("&Help")
        self.help_menu = help_menu
        self.getting_started_action = self._action(
            help_menu, "&Getting Started", self.show_getting_started, Key.HelpContents
        )
        self.shortcuts_action = self._action(
            help_menu, "&Keyboard Shortcuts", self.show_shortcuts, "Ctrl+/"
        )
        help_menu.addSeparator()
        self.report_action = self._action(help_menu, "&Report a Problem…", self.report_problem)
        self.log_folder_action = self._action(help_menu, "Open &Log Folder", self.open_log_folder)
        self.settings_folder_action = self._action(
            help_menu, "Open &Settings Folder", self.open_settings_folder
        )
        help_menu.addSeparator()
        self._action(help_menu, "&About Factlane", self.about)
        self._update_recent_menu()

    def _build_conflict_menu(self, mb: Any) -> None:
        """The conflicts panel's buttons as a menu, with keys: deciding on a pair of figures
        was reachable only by the buttons' Alt letters, with the Conflicts tab open, and no
        menu said so. Each action opens the tab when another is showing."""
        menu = mb.addMenu("C&onflict")
        menu.setObjectName("conflictMenu")
        self.conflict_menu = menu
        panel = self.conflicts_panel
        self.conflict_actions: dict[str, tuple[QAction, QPushButton]] = {}
        for name, label, button, key in (
            ("dismiss", "&Dismiss Pair", panel.dismiss_button, "Ctrl+Shift+X"),
            ("confirm", "Confir&m Pair", panel.confirm_button, "Ctrl+Shift+M"),
            ("reopen", "&Reopen Pair", panel.reopen_button, "Ctrl+Shift+R"),
            ("pair_note", "Pair &Note…", panel.pair_note_button, "Ctrl+Shift+P"),
            (None, "", None, None),
            ("accepted", "Accepted &Value…", panel.accepted_button, None),
            ("group_note", "&Group Note…", panel.group_note_button, None),
            ("link", "&Link a Figure…", panel.link_button, None),
        ):
            if name is None or button is None:
                menu.addSeparator()
                continue
            action = self._action(
                menu,
                label,
                lambda _c=False, b=button: self._press_conflict_button(b),
                key,
                needs_project=True,
            )
            if key:
                button.setToolTip(f"{button.toolTip()} ({key})".lstrip())
            self.conflict_actions[name] = (action, button)
        menu.addSeparator()
        self.next_open_pair_action = self._action(
            menu,
            "Ne&xt Open Pair",
            lambda: self.step_open_pair(True),
            "F9",
            needs_project=True,
        )
        self.previous_open_pair_action = self._action(
            menu,
            "Previous &Open Pair",
            lambda: self.step_open_pair(False),
            "Shift+F9",
            needs_project=True,
        )
        menu.addSeparator()
        # The comparison's possible matches (two figures in no group together, told alike):
        # listed after the groups unless the analyst hides them; the choice is kept.
        self.show_possible_pairs_action = self._action(
            menu, "Show &Possible Pairs", self._show_possible_pairs, checkable=True
        )
        self.show_possible_pairs_action.setToolTip(
            "List the pairs of figures that are possibly one figure told twice"
        )
        shown = settings().value("conflicts/showPossiblePairs", True, type=bool)
        self.show_possible_pairs_action.setChecked(bool(shown))
        self.conflicts_panel.set_tentative_shown(bool(shown))
        menu.aboutToShow.connect(self._update_conflict_actions)
        # Greyed while the menu shows what applies; the keys stay live once it closes (an
        # action greyed then would swallow its key until the menu was opened again).
        menu.aboutToHide.connect(self._enable_conflict_actions)

    def step_open_pair(self, forward: bool = True) -> PairRecord | None:
        """The next (previous) contradiction not yet decided, shown in the Conflicts tab with
        the keyboard on the pairs: F9, then Ctrl+Shift+X or Ctrl+Shift+M, F9 again."""
        if self.project is None:
            return None
        if self.tabs.currentIndex() != TAB_CONFLICTS:
            self.show_tab(TAB_CONFLICTS)
        panel = self.conflicts_panel
        pair = panel.step_open_pair(forward)
        if pair is None:
            self.statusBar().showMessage("Every contradiction shown has a decision", 4000)
            return None
        panel.pairs.setFocus(Qt.FocusReason.ShortcutFocusReason)
        left = sum(
            1
            for r in range(panel.groups_model.rowCount())
            for p in panel.groups_model.pairs_of(panel.groups_model.group_at(r).key)
            if p.relation == "contradiction" and p.decision is None
        )
        self.statusBar().showMessage(
            f"{left:,} contradiction{'s' if left != 1 else ''} to decide "
            "(F9: the next, Shift+F9: the previous)",
            5000,
        )
        return pair

    def _show_possible_pairs(self, shown: bool) -> None:
        settings().setValue("conflicts/showPossiblePairs", shown)
        self.conflicts_panel.set_tentative_shown(shown)

    def _enable_conflict_actions(self) -> None:
        for action, _button in self.conflict_actions.values():
            action.setEnabled(self.project is not None)

    def _update_conflict_actions(self) -> None:
        for action, button in self.conflict_actions.values():
            action.setEnabled(self.project is not None and button.isEnabled())

    def _press_conflict_button(self, button: QPushButton) -> bool:
        """Act as the panel's button would, on the chosen group and pair; with another tab
        showing, the Conflicts tab comes up first, so the analyst sees what was decided."""
        if self.tabs.currentIndex() != TAB_CONFLICTS:
            self.show_tab(TAB_CONFLICTS)
        if not button.isEnabled():
            return False
        button.click()
        return True

    def _build_article_menu(self, mb: Any) -> None:
        """A menu of its own, as facts have: what acts on the articles chosen in the list at
        the side (the one being read, or several picked with Shift and Ctrl). The same
        actions are the list's context menu; Delete there removes."""
        menu = mb.addMenu("&Article")
        menu.setObjectName("articleMenu")
        self.article_menu = menu
        self.open_url_action = self._action(
            menu, "Open in &Browser", self.open_article_url, "Ctrl+Shift+O"
        )
        self.copy_citation_action = self._action(
            menu, "&Copy Citation", self.copy_citation, "Ctrl+Shift+C"
        )
        self.furniture_action = self._action(
            menu, "&Paragraphs Set Aside…", self.show_furniture_of_chosen
        )
        self.set_date_action = self._action(menu, "Set Publication &Date…", self.set_date_of_chosen)
        self.set_date_action.setToolTip(
            "Type the day the article was published: its relative dates (“Thursday”, "
            "“last month”) are read against it, and its facts come with them."
        )
        self.set_outlet_action = self._action(menu, "Set &Outlet…", self.set_outlet_of_chosen)
        self.set_outlet_action.setToolTip(
            "Name the outlet that published the article: its facts move to that outlet's lane."
        )
        self.next_undated_action = self._action(
            menu,
            "&Next Article Needing a Date",
            lambda: self.step_undated_article(True),
            "F8",
            needs_project=True,
        )
        self.previous_undated_action = self._action(
            menu,
            "Previous Article Needing a Dat&e",
            lambda: self.step_undated_article(False),
            "Shift+F8",
            needs_project=True,
        )
        menu.addSeparator()
        self.reextract_action = self._action(menu, "Re-e&xtract Facts", self.reextract_chosen)
        self.reextract_action.setToolTip(
            "Run the current extraction engine over the article again. Facts you edited or "
            "added stay as they are; confirmed and rejected ones keep your verdict."
        )
        self.remove_action = self._action(
            menu, "&Remove from Project…", self.remove_chosen, QKeySequence.StandardKey.Delete
        )
        # A bare Delete removes articles only where they are listed: in the facts table and
        # on the timeline it deletes the fact, as before.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu.aboutToShow.connect(self._update_article_actions)
        table = self.articles_panel.table
        separator = QAction(self)
        separator.setSeparator(True)
        # Ctrl+V on the list of articles or on the timeline pastes an article (the text boxes
        # keep their own Ctrl+V).
        for widget in (table, self.timeline):
            paste = QAction("Paste as Article", widget)
            paste.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
            paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            paste.triggered.connect(self.paste_as_article)
            widget.addAction(paste)
        for action in (
            self.open_url_action,
            self.copy_citation_action,
            self.furniture_action,
            self.set_date_action,
            self.set_outlet_action,
            separator,
            self.reextract_action,
            self.remove_action,
        ):
            table.addAction(action)
        self._update_article_actions()

    # -- layout persistence -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        self._splitter_states = {
            name: state
            for name in self._splitters()
            if name != "mainSplitter"
            and isinstance(state := s.value(f"window/{name}"), QByteArray)
            and not state.isEmpty()
        }
        fraction = s.value("window/articlesShare")
        try:
            value = float(str(fraction)) if fraction is not None else None
        except (TypeError, ValueError):
            value = None
        if value is not None and 0.05 <= value <= 0.8:
            self.articles_fraction = value
        self.main_splitter.splitterMoved.connect(self._articles_list_dragged)
        # Only splitters the analyst has dragged are remembered; the others keep following
        # the defaults (the timeline as tall as its lanes need), run after run.
        self._user_sized: set[str] = set(self._splitter_states)
        for name, splitter in self._splitters().items():
            splitter.splitterMoved.connect(lambda _pos, _i, n=name: self._user_sized.add(n))
        mode = s.value("view/lanes", "source")
        if mode in LANE_TITLES:
            self.lane_mode = mode
            self.lane_actions[mode].setChecked(True)
            self.timeline.set_lane_title(LANE_TITLES[mode])
        # The tab the analyst left open (the conflicts, mid-review) is the one they come back to.
        tab = s.value("view/tab", 0)
        if isinstance(tab, (int, str)) and str(tab).isdigit() and int(tab) < self.tabs.count():
            self.tabs.setCurrentIndex(int(tab))
        show_rejected = s.value("view/showRejected", False)
        self.show_rejected_action.setChecked(show_rejected in (True, "true", "1"))
        self.fact_filter = replace(
            self.fact_filter, show_rejected=self.show_rejected_action.isChecked()
        )
        # The table keeps a filter of its own: without this, rejected facts came back on the
        # timeline but not in the table until another filter was touched.
        self.facts_panel.set_filter(self.fact_filter)
        self.timeline.set_show_rejected(self.fact_filter.show_rejected)

    def _initial_splitter_sizes(self) -> None:
        """Once, when the workspace is first on screen: saved sizes, or first-run ones."""
        if self._sized_once or not self.isVisible() or self.project is None:
            return
        self._sized_once = True
        # The timeline was fitted while the workspace was still hidden, at a width it does
        # not have; its lanes' height (which the default sizes follow) depends on the zoom.
        self.frame_timeline()
        self._default_sizes()
        splitters = self._splitters()
        for name, state in self._splitter_states.items():
            splitters[name].restoreState(state)
        self.frame_timeline()
        self._settle_opening_days()

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        for name, splitter in self._splitters().items():
            if name in self._user_sized and name != "mainSplitter":
                s.setValue(f"window/{name}", splitter.saveState())
            else:
                s.remove(f"window/{name}")
        if self.articles_fraction is not None:
            s.setValue("window/articlesShare", round(self.articles_fraction, 4))
        else:
            s.remove("window/articlesShare")
        s.setValue("view/lanes", self.lane_mode)
        s.setValue("view/tab", self.tabs.currentIndex())
        s.setValue("view/showRejected", self.show_rejected_action.isChecked())
        s.sync()

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "mainSplitter": self.main_splitter,
            "rightSplitter": self.right_splitter,
            "bottomSplitter": self.bottom_splitter,
            "conflictsSplitter": self.conflicts_panel.splitter,
            "conflictPairSplitter": self.conflicts_panel.pair_splitter,
        }

    # -- recent projects ---------------------------------------------------------------------

    def recent_projects(self) -> list[Path]:
        value = settings().value("recentProjects", [])
        # QSettings hands back a str for a one-item list on some backends.
        items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return [Path(str(v)) for v in items if v]

    def _remember(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_projects() if p != path]
        recent.insert(0, path)
        s = settings()
        s.setValue("recentProjects", [str(p) for p in recent[:MAX_RECENT]])
        s.setValue("lastProject", str(path))
        s.sync()
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.recent_projects() if p.exists()]
        for i, p in enumerate(recent):
            prefix = f"&{i + 1} " if i < 9 else ""
            action = self.recent_menu.addAction(f"{prefix}{p.name}  —  {p.parent}")
            action.triggered.connect(lambda _c=False, path=p: self.open_project(path))
        if not recent:
            empty = self.recent_menu.addAction("No recent projects")
            empty.setEnabled(False)
        self.welcome.set_recent(recent) if hasattr(self, "welcome") else None

    # -- opening and closing -----------------------------------------------------------------

    def _clear_find(self) -> None:
        if self.find_edit.text():
            self.find_edit.clear()
            self._find_timer.stop()
            self._filters_changed()

    def show_error(self, title: str, text: str, advice: str = "", details: str = "") -> None:
        """Tell the analyst what went wrong and, in ``advice``, what to do about it; nothing
        else changes. ``details`` is the technical text (the error as the system gave it),
        behind "Show Details…", for a problem report: the first line stays in the analyst's
        words."""
        self.statusBar().showMessage(text, 10000)
        logging.getLogger("factlane").error("%s: %s %s", title, text, details)
        if not details:
            QMessageBox.critical(self, title, f"{text}\n\n{advice}" if advice else text)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorBox")
        if advice:
            box.setInformativeText(advice)
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()

    def open_project(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` in this window. On any error the current project stays as it was."""
        from desktop.services.project import ProjectError, ProjectService

        path = Path(path)
        self.open_refusal = None
        if self.project is not None and _same_file(path, self.project.path):
            if path.resolve() != self.project.path.resolve():
                # Another name for the file open here (a hard link, the share mounted at a
                # second place): opening it closed this project and took it back read-only,
                # 'open in another window', that window this one.
                self.statusBar().showMessage(
                    f"{path.name} is {self.project.path.name}, the project open here, under "
                    "another name; it stays open as it is.",
                    10000,
                )
            return True
        if not create and not path.exists():
            self._refuse_opening("Cannot open project", f"{path} does not exist.")
            return False
        from desktop.services.project import ProjectLockedError
        from desktop.storage.project import ProjectWriteError

        try:
            project = ProjectService.open(path, create=create)
        except ProjectLockedError as exc:
            if self.ask_before_read_only and not self.ask_open_read_only(path, str(exc)):
                self.open_refusal = str(exc)
                return False
            return self.open_read_only(path, "locked")
        except ProjectWriteError as exc:
            if create:
                self._refuse_opening("Cannot create project", str(exc))
                return False
            # As a viewer opens a file on a read-only disk: read-only, and the banner says so.
            opened = self.open_read_only(path, "unwritable")
            if opened:
                self.statusBar().showMessage(f"{exc} It is open read-only.", 10000)
            return opened
        except ProjectError as exc:
            self._refuse_opening("Cannot open project", str(exc), details=technical(exc, path))
            return False
        except OSError as exc:
            self._refuse_opening(
                "Cannot open project",
                f"Factlane could not read {path.name}: {(exc.strerror or 'the system refused').lower()}.",
                "Check that the file is there and that you may read it, then open it again with File > Open.",
                details=technical(exc, path),
            )
            return False
        self.close_project()
        self._attach(project)
        self._remember(path)
        return True

    def _refuse_opening(self, title: str, text: str, advice: str = "", details: str = "") -> None:
        """Say why a project could not be opened, in the box and in ``open_refusal`` (the
        reason a scripted run prints, where nobody reads the box)."""
        self.open_refusal = text
        self.show_error(title, text, advice, details=details)

    def ask_open_read_only(self, path: Path, why: str) -> bool:
        """Another window holds ``path``: "Open read-only" (True) or "Cancel" (False)."""
        box = QMessageBox(self)
        box.setObjectName("openReadOnlyQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Project already open")
        box.setText(f"{path.name} is open in another Factlane window.")
        box.setInformativeText(
            "Open it read-only here? You can read, search and export; changes are made in "
            f"the other window.\n\n{why}"
        )
        read_only = box.addButton("Open &Read-Only", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is read_only

    def open_read_only(self, path: Path, reason: ReadOnlyReason) -> bool:
        """Open ``path`` for reading only; nothing in it is written while it is open."""
        from desktop.services.project import ProjectError, ProjectService
        from desktop.storage.store import ProjectStore

        self.open_refusal = None
        try:
            project = ProjectService(ProjectStore.open_read_only(path, reason))
        except ProjectError as exc:
            self._refuse_opening("Cannot open project", str(exc), details=technical(exc, path))
            return False
        except OSError as exc:
            self._refuse_opening(
                "Cannot open project",
                f"Factlane could not read {path.name}: {(exc.strerror or 'the system refused').lower()}.",
                "Check that the file is there and that you may read it, then open it again with File > Open.",
                details=technical(exc, path),
            )
            return False
        self.close_project()
        self._attach(project)
        self._remember(path)
        return True

    def is_read_only(self) -> bool:
        if self.workspace is not None and self.workspace.lost:
            return True
        return self.project is not None and self.project.store.read_only

    def try_editing_again(self) -> bool:
        """Reopen the read-only project for editing, once the other window has let it go."""
        from desktop.services.project import ProjectError, ProjectService

        if self.project is None or not self.is_read_only():
            return False
        path = self.project.path
        if self._recovered_copy is not None:
            # (the project file was deleted while open: the banner's button opens the copy
            # the services kept)
            return self.open_project(self._recovered_copy)
        try:
            project = ProjectService.open(path)
        except ProjectError as exc:
            self.statusBar().showMessage(f"Still read-only: {exc}", 10000)
            return False
        self.close_project()
        self._attach(project)
        self.statusBar().showMessage(f"{path.name} is open for editing.", 8000)
        return True

    def _attach(self, project: ProjectService) -> None:
        from desktop.ui.workspace import Workspace

        self.project = project
        self.workspace = Workspace(project, self.undo_stack, self)
        self.workspace.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        ev = self.workspace.events
        ev.factChanged.connect(self._on_fact_changed)
        ev.factStatusChanged.connect(self._on_fact_status_changed)
        ev.factsChanged.connect(lambda: self._schedule("facts"))
        ev.articleChanged.connect(self._on_article_changed)
        ev.conflictsChanged.connect(lambda: self._schedule("conflicts"))
        ev.pairDecided.connect(self.conflicts_panel.show_decision)
        ev.articlesRemoved.connect(self._on_articles_removed)
        ev.undoRefused.connect(
            lambda m: QTimer.singleShot(0, lambda: self.show_error("Cannot undo", m))
        )
        ev.writeFailed.connect(self.project_write_failed)
        self.facts_panel.set_workspace(self.workspace)
        self.undo_stack.clear()
        self._remembered_view = self._recall_view(project.path)
        searches = (self._remembered_view or {}).get("searches") or []
        self.recent_searches.setStringList(
            [t for t in searches if isinstance(t, str)][:MAX_RECENT_SEARCHES]
        )
        self._recall_lanes(project.path)
        self._history, self._history_pos = [], -1
        self._opening_days = _days_of(self._remembered_view)
        self._recall_conflict_pair(self._remembered_view)
        reason = project.store.read_only_reason
        marker = " [read-only]" if reason is not None else ""
        self.setWindowTitle(f"{project.path.name}{marker} — {APP_NAME}")
        self.setWindowFilePath(str(project.path))
        self.stack.setCurrentWidget(self.workspace_widget)
        QTimer.singleShot(0, self._initial_splitter_sizes)
        for a in self._project_actions:
            a.setEnabled(True)
        self._show_read_only(reason)
        for warning in project.store.open_warnings:
            self._warn_on_open(warning)
        self._offer_reextraction()
        self.reload_all(fit=True)
        self._update_article_actions()
        self.projectOpened.emit(str(project.path))

    def close_project(self) -> None:
        if self.project is None:
            return
        self._remember_view(self.project.path)
        self._recovered_copy = None
        # another project's searches are not offered in the next one
        self.recent_searches.setStringList([])
        if self.workspace is not None:
            # an undo putting many articles back ends whole (Cancel would roll it back, and
            # with the undo stack gone they could not be put back any more)
            self.workspace.closing = True
        self.runner.cancel_all()
        self.runner.wait()
        # deliver the finished task's last signals first (a failure among them is not shown:
        # the analyst is done with this project)
        self._stopped_import = ""
        self._closing_project = True
        try:
            QApplication.processEvents()
        finally:
            self._closing_project = False
        self._refresh_timer.stop()
        self._pending.clear()
        self._counts = None
        self._contradictions_said = None  # the next project's count is news, not a change
        self.undo_stack.clear()
        self.facts_panel.set_workspace(None)
        self.conflicts_panel.set_workspace(None)
        self.detached_strip.set_state(None, [], [])
        if self.workspace is not None:
            self.workspace.deleteLater()
        self.workspace = None
        project, self.project = self.project, None
        project.close()
        self._facts_loaded = False
        self._source = TimelineSource()
        self._changed_while_loading.clear()
        self._loading = None
        self._timeline_reading = False
        self._article_cache.clear()
        self._current_fact = None
        self._history, self._history_pos = [], -1
        self._update_history_actions()
        self._remembered_view = None
        self._opening_days = None
        self.chosen_sources = frozenset()
        self.lane_filter = None
        self.lane_filter_button.hide()
        self.days_text, self._days = "", (None, None)
        self.dates_button.setText("Any date")
        self.find_edit.blockSignals(True)
        self.find_edit.clear()
        self.find_edit.blockSignals(False)
        self.status_combo.setCurrentIndex(0)
        self.timeline.set_data(TimelineData([]))
        self.reader.clear()
        self.articles_panel.set_articles([])
        self.facts_panel.set_facts([])
        self.figures_panel.set_figures([])
        self.setWindowTitle(APP_NAME)
        self.setWindowFilePath("")
        self._show_read_only(None)
        self.stale_banner.hide()
        self._show_welcome()
        self._update_article_actions()
        if self._stopped_import:
            self.statusBar().showMessage(self._stopped_import, 30000)
            self._stopped_import = ""
        self.projectClosed.emit()

    def _task_write_failed(self, error: Exception) -> bool:
        """What background work raised, before its own error box: True when it is dealt with
        here. A project closed under the work (the window closed mid-import) is told to
        nobody; a project file moved or deleted while open gets the box of
        project_write_failed, not "Import failed" and a trace."""
        from desktop.storage.project import ProjectClosedError, ProjectMovedError

        if isinstance(error, ProjectClosedError) or (
            isinstance(error, ProjectMovedError) and self._project_gone_from_view()
        ):
            logging.getLogger("factlane").info("after its project was closed: %s", error)
            return True
        if isinstance(error, ProjectMovedError):
            self.project_write_failed(error)
            return True
        return False

    def _project_gone_from_view(self) -> bool:
        """Whether the analyst is done with the project (closed, or being closed)."""
        return self.project is None or self._closing_project

    def project_write_failed(self, error: object) -> None:
        """A change the project file refused: nothing was written, and the command that
        asked for it left the undo stack. Moved, renamed or deleted while open: one box says
        so and offers a way on (the recovered copy the services kept of a deleted file, Save
        As, or opening the file where it is now); another refusal (a full disk) says its own
        words. Refusals after the project or window was closed are not shown at all."""
        from desktop.storage.project import ProjectClosedError, ProjectMovedError

        if isinstance(error, ProjectClosedError) or self._project_gone_from_view():
            logging.getLogger("factlane").info("after its project was closed: %s", error)
            return
        if not isinstance(error, ProjectMovedError):
            self.show_error("Change not saved", str(error))
            return
        logging.getLogger("factlane").warning("change not saved: %s", error)
        assert self.project is not None
        name = self.project.path.name
        self.statusBar().showMessage(
            f"Not saved: {name} is no longer where it was opened (moved, renamed or deleted).",
            20000,
        )
        if self.moved_box is not None and self.moved_box.isVisible():
            return  # one box, however many changes were refused while it is up
        recovered = recovered_copy(self.project.path, str(error))
        self._project_lost(recovered)
        box = QMessageBox(self)
        box.setObjectName("projectMovedBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(f"{APP_NAME}: change not saved")
        box.setText(f"{name} is no longer where it was opened.")
        if recovered is not None:
            way_on = (
                "Open the recovered copy to go on working, or save what this window shows "
                "under a new name."
            )
        elif "moved or renamed" in str(error):
            way_on = (
                "Open the project where it is now to go on working, or save what this "
                "window shows under a new name."
            )
        else:
            way_on = "Save what this window shows under a new name before you close it."
        box.setInformativeText(f"{error}\n\n{way_on}")
        # the services' words name a folder and a copy's long name: a wider box reads them
        # in five lines, not eight
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 32em; }")
        first: QPushButton | None = None
        if recovered is not None:
            copy = recovered
            first = box.addButton("Open &Recovered Copy", QMessageBox.ButtonRole.AcceptRole)
            first.clicked.connect(lambda: QTimer.singleShot(0, lambda: self.open_project(copy)))
            first.setToolTip(str(copy))
        save = box.addButton("&Save As…", QMessageBox.ButtonRole.ActionRole)
        save.clicked.connect(lambda: QTimer.singleShot(0, self.save_as_dialog))
        if recovered is None and "moved or renamed" in str(error):
            first = box.addButton("&Open Project…", QMessageBox.ButtonRole.AcceptRole)
            first.clicked.connect(lambda: QTimer.singleShot(0, self.open_project_dialog))
        box.addButton("&Not Now", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(first or save)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "moved_box", None))
        self.moved_box = box
        box.open()

    def _project_lost(self, recovered: Path | None) -> None:
        """The project file is no longer where it was opened: the window turns read-only
        (every way of changing it greyed, the banner saying why, with Save a Copy and, for
        a deleted file, Open Recovered Copy), so that no further change seems to be made."""
        workspace = self.workspace
        if workspace is None:
            return
        if recovered is not None:
            self._recovered_copy = recovered
        if workspace.lost:
            return
        workspace.lost = True
        self._show_read_only("moved")
        self.read_only_banner.show_reason("moved", recovered=recovered is not None)
        self.facts_panel.set_workspace(workspace)
        self.conflicts_panel._update_buttons()
        self._update_article_actions()

    def _warn_on_open(self, text: str) -> None:
        """Say what the project file warns of as it opens (a copy made while a Factlane had it
        open, without the log beside it): in a box on this window that the analyst closes (it
        holds up no other window and no work in the background), and on the status bar."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            f"{APP_NAME}: changes may be missing",
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("openWarning")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.statusBar().showMessage(
            "The last changes before this copy was made may be missing: see the warning.", 15000
        )

    def _show_read_only(self, reason: str | None) -> None:
        """The banner, and every way of changing the project greyed out, while read-only.

        The panels grey their own actions (they ask the workspace); here: import, the undo
        stack and the reader's date. Save As, export, find and the view stay.
        """
        read_only = reason is not None
        if reason is not None:
            self.read_only_banner.show_reason(reason)
        else:
            self.read_only_banner.hide()
        self.import_action.setEnabled(self.project is not None and not read_only)
        # The stack was cleared on opening and nothing is pushed on it while read-only, so
        # Undo and Redo stay greyed until a writable project is open.
        self.undo_action.setEnabled(self.undo_stack.canUndo() and not read_only)
        self.redo_action.setEnabled(self.undo_stack.canRedo() and not read_only)
        self.reader.set_read_only(read_only)

    def _show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.set_recent([p for p in self.recent_projects() if p.exists()])
        for a in self._project_actions:
            a.setEnabled(False)
        self.counts_label.setText("No project open")

    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "New project",
            str(self._default_dir() / "Untitled.factlane"),
            PROJECT_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != ".factlane":
            target = target.with_name(target.name + ".factlane")
        if target.exists():
            self.show_error(
                "Cannot create project",
                f"{target.name} already exists. Choose another name, or open it with File > Open.",
            )
            return
        self.open_project(target, create=True)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open project", str(self._default_dir()), PROJECT_FILTER + ";;All files (*)"
        )
        if path:
            self.open_project(Path(path))

    def _default_dir(self) -> Path:
        recent = self.recent_projects()
        if recent:
            return recent[0].parent
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home())

    def open_demo(self) -> None:
        """Build the demo project in the user data folder (in the background), then open it."""
        target = user_data_dir() / "Demo.factlane"
        if self.project is not None and self.project.path.resolve() == target.resolve():
            return
        self.welcome.status.setText("Building the demo project from the sample articles…")

        def build(ctx: TaskContext) -> int:
            from desktop.services.demo import build_demo

            ctx.report(0, 0, "Building the demo project")
            outcomes = build_demo(target)
            return sum(o.status == "failed" for o in outcomes)

        def done(failed: object) -> None:
            self.welcome.status.clear()
            if self.open_project(target) and failed:
                self.statusBar().showMessage(f"{failed} sample articles could not be read.", 8000)

        def error(message: str) -> None:
            self.welcome.status.clear()
            self.show_error("Cannot build the demo project", message)

        self.runner.run("Demo project", build, on_done=done, on_error=error)

    def save_as_dialog(self) -> None:
        if self.project is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save project as",
            str(self.project.path.with_name("Copy.factlane")),
            PROJECT_FILTER,
        )
        if path:
            self.save_as(Path(path))

    def save_as(self, target: Path) -> bool:
        """Copy the project to ``target`` and continue working in the copy."""
        from desktop.services.project import ProjectError

        if self.project is None:
            return False
        if (writing := self.runner.writing()) is not None:
            # Opening the copy stops the window's work: an import cut short, what it stored
            # after the copy was made left in this file only, the rest of its files not read.
            name = self.project.path.name
            self.show_error(
                "Cannot save a copy yet",
                f"{writing.name.rstrip('.…')} into {name} is still running: a copy made now "
                f"would miss what it stores next, and the work would stop.",
                f"Save As once it has finished, or press Cancel beside the progress bar "
                f"first (what is already stored stays in {name}). Nothing was copied.",
            )
            return False
        if target.suffix != ".factlane":
            target = target.with_name(target.name + ".factlane")
        try:
            self.project.save_as(target)
        except (ProjectError, OSError) as exc:
            self.show_error("Cannot save a copy", str(exc))
            return False
        return self.open_project(target)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._sized_once and self.project is not None:
            self._relayout_timer.start()

    def _follow_window_size(self) -> None:
        """The defaults follow the window while the analyst has not dragged a splitter: a
        window grown from small to 1920x1200 used to keep a large empty area under the lanes."""
        if self.project is None or not self.isVisible():
            return
        if self._user_sized & {"rightSplitter", "bottomSplitter"}:
            # The panes the analyst sized keep their sizes; the articles list its share.
            self._size_articles_list()
            return
        self.frame_timeline()
        self._default_sizes()
        self.frame_timeline()

    def showEvent(self, event: QShowEvent) -> None:
        # After the first layout pass: before it the splitters are not their real width yet,
        # and sizes given then get squeezed by the panels' minimum widths.
        QTimer.singleShot(0, self._initial_splitter_sizes)
        super().showEvent(event)
        warm_up_project_code()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.close_project()
        self.runner.wait()
        super().closeEvent(event)

    # -- reloading ---------------------------------------------------------------------------

    def reload_all(self, *, fit: bool = False) -> None:
        """Draw the project: articles and the timeline now, from lean rows; the facts table,
        figures and conflicts (full records, seconds for a big project) in the background."""
        if self.project is None:
            return
        self._article_cache.clear()
        if self.lane_mode != "article" and _is_big(self.project.path):
            # A big project's timeline rows are read with the rest, off the GUI thread: read
            # here, 100,000 facts held the window frozen for some 6 s after it had opened.
            # (Lanes by article need the titles first; they are read here as before.)
            self._timeline_reading = True
            self._source = TimelineSource()
            self.timeline.set_empty_text(READING_TIMELINE)
            self.timeline.set_data(TimelineData([]), fit=False)
            self._update_counts()
            self.load_details(with_timeline=True, with_articles=True, fit=fit)
            return
        titles: dict[int, str] = {}
        if self.lane_mode == "article":
            # Lanes named after articles need the articles' titles before the first frame.
            articles = self.project.articles()
            self.articles_panel.set_articles(articles)
            titles = {a.id: a.display_title for a in articles}
        # The conflict badges come with the background read (load_details): finding the
        # conflicted facts here kept the window from drawing for seconds in a big project.
        source = load_timeline(
            self.project,
            with_tags=self.lane_mode == "tag",
            with_entities=self.lane_mode == "entity",
            titles=titles,
            with_conflicts=False,
        )
        # (a project already shown keeps its badges until the read corrects them)
        source.conflicted = set(self._source.conflicted)
        self._show_timeline(source, fit=fit)
        self._update_counts()
        self.load_details(with_articles=True)

    def _show_timeline(self, source: TimelineSource, *, fit: bool = False) -> None:
        self._source = source
        self._update_source_combo(source.sources())
        self._rebuild_timeline(fit=fit)

    def load_details(
        self, *, with_timeline: bool = False, with_articles: bool = False, fit: bool = False
    ) -> Task | None:
        """Read the full facts, figures and conflicts on the worker thread, then fill the
        tables. With ``with_timeline`` the timeline rows are read again too (after an import
        or a re-extraction), and the timeline is rebuilt there, off the GUI thread."""
        project = self.project
        if project is None:
            return None
        self._load_generation += 1
        generation = self._load_generation
        self._changed_while_loading.clear()
        mode = self.lane_mode
        order = self.lane_order_now()
        titles = dict(self._source.titles)
        table_order = self.facts_panel.model.sort_order()
        fact_filter = self.fact_filter
        if not self._facts_loaded:
            self.facts_panel.set_loading(True)
            self.figures_panel.set_loading(True)

        def run(ctx: TaskContext) -> dict[str, object]:
            # Everything the tables show is read, sorted, filtered and counted here, so the
            # GUI thread only swaps lists in when it lands.
            with collector_paused():
                return read(ctx)

        def read(ctx: TaskContext) -> dict[str, object]:
            out: dict[str, object] = {}
            if with_articles:
                ctx.report(0, 0, "Reading articles")
                out["articles"] = project.articles()
            if with_timeline:
                ctx.report(0, 0, "Reading the timeline")
                source = load_timeline(
                    project,
                    with_tags=mode == "tag",
                    with_entities=mode == "entity",
                    titles=titles,
                )
                out["timeline"] = (source, source.data(mode, order), mode)
            ctx.report(0, 0, "Reading facts")
            facts = project.facts()
            out["facts"] = prepare_facts(facts, table_order, fact_filter)
            out["sources"] = sources_of(facts)
            if ctx.cancelled():
                return out
            # The table is shown before the figures and conflicts are read (a quarter of a
            # second more at 10,000 facts): the analyst reads facts first.
            ctx.deliver(dict(out))
            ctx.report(0, 0, "Reading figures and conflicts")
            out["figures"] = project.figures()
            try:
                out["conflicts"] = prepare_conflicts(project.groups(), project.pairs())
                out["detached"] = project.detached_decisions()
            except Exception as exc:  # the facts are still worth showing
                out["conflicts_error"] = str(exc)
            # the facts just read know whether a contradicted figure is in their sentence
            out["conflicted"] = {f.id for f in facts if f.has_conflict}
            out["counts"] = project.counts()
            return out

        task = self.runner.run(
            "Loading facts",
            run,
            on_partial=lambda part: self._facts_arrived(generation, part),
            on_done=lambda result: self._details_loaded(generation, result, fit=fit),
            on_error=lambda m: self.show_error(
                "Could not read the project",
                m,
                "Close the project and open it again (File > Open Recent). If this happens "
                "again, the file may be damaged: open a copy saved with File > Save As.",
            ),
        )
        self._loading = task
        return task

    def _facts_arrived(self, generation: int, part: object) -> None:
        """The facts table filled while the figures and conflicts are still being read; the
        rest of the read lands in :meth:`_details_loaded`."""
        if self.project is None or generation != self._load_generation:
            return
        if not isinstance(part, dict):
            return
        prepared = part.get("facts")
        if not isinstance(prepared, PreparedFacts) or self._changed_while_loading:
            return  # edits made meanwhile: the whole result is taken in at once
        self._facts_shown_early = generation
        articles = part.get("articles")
        if isinstance(articles, list):
            # The list of articles with the facts, not after the figures and conflicts (a
            # second later on a big project): the first article is chosen when the read is
            # over, with its figures to mark.
            self._articles_shown_early = generation
            self._take_articles(articles)
        self.facts_panel.set_loading(False)
        self.facts_panel.set_prepared(prepared)

    def _details_loaded(self, generation: int, result: object, *, fit: bool = False) -> None:
        if self.project is None or generation != self._load_generation:
            return  # a newer read is on its way, or the project was closed
        self._loading = None
        if not isinstance(result, dict):
            return
        articles = result.get("articles")
        if isinstance(articles, list):
            if self._articles_shown_early != generation:
                self._take_articles(articles)
            if not articles and self.reader.detail is None:
                self.reader.clear(empty_project=True)
            if self.reader.detail is None and self._current_fact is None:
                # Open on something to read rather than an empty reader: the first article.
                first = self.articles_panel.proxy.index(0, 0)
                if first.isValid():
                    self._choosing_first_article = True
                    try:
                        self.articles_panel.select_article(
                            int(first.data(ArticleIdRole)), emit=True
                        )
                    finally:
                        self._choosing_first_article = False
            elif self.reader.detail is not None:
                # The list marks the article read (one just imported was shown before the list
                # knew it, and the list kept the one marked before).
                shown = self.reader.detail.record.id
                if self.articles_panel.current_article() != shown:
                    self.articles_panel.select_article(shown, emit=False)
        timeline = result.get("timeline")
        if isinstance(timeline, tuple):
            source, data, mode = timeline
            if self._timeline_reading:
                self._timeline_reading = False
                # (the filters and the empty timeline's words are set for the rows read)
                QTimer.singleShot(0, self._apply_timeline_filter)
            if mode == self.lane_mode:
                self._source = source
                self._update_source_combo(source.sources())
                t0, t1 = self.timeline.visible_range()
                lanes_height = self.timeline.content_height()
                # (framed once, by frame_timeline: framed by set_data too, 100,000 facts
                # paid Fit All's 1.25 s for a frame replaced at once)
                self.timeline.set_data(data, fit=False)
                if fit:
                    self.frame_timeline()
                else:
                    self.timeline.set_visible_range(t0, t1)
                self._after_timeline_changed()
                if fit and self._sized_once and self.timeline.content_height() != lanes_height:
                    # New lanes (the first import into a new project): the panes are sized
                    # for them as on opening, unless the analyst sized them. They kept the
                    # empty project's 30%, every lane squeezed to one row of counts.
                    self._follow_window_size()
            else:
                self._show_timeline(source, fit=fit)
        prepared = result.get("facts")
        if isinstance(prepared, PreparedFacts):
            self._facts_loaded = True
            if self._facts_shown_early != generation or self._changed_while_loading:
                self.facts_panel.set_loading(False)
                self.facts_panel.set_prepared(prepared)
            sources = result.get("sources")
            if isinstance(sources, list):
                self._update_source_combo(sources)
        figures = result.get("figures")
        if isinstance(figures, list) and self.workspace is not None:
            self.workspace.set_figures(figures)
            self.figures_panel.set_figures(figures)
            self.reader.set_figures(figures)
            conflicts = result.get("conflicts")
            self.conflicts_panel.set_workspace(
                self.workspace,
                conflicts=conflicts if isinstance(conflicts, PreparedConflicts) else None,
                error=result.get("conflicts_error"),
            )
            detached = result.get("detached")
            self.detached_strip.set_state(
                self.workspace,
                detached if isinstance(detached, list) else [],
                conflicts.groups if isinstance(conflicts, PreparedConflicts) else [],
            )
            if self.tabs.currentIndex() == TAB_CONFLICTS:
                # (the tab left open last time: its pair is chosen only now)
                QTimer.singleShot(0, self._fit_panes_to_tab)
        conflicted = result.get("conflicted")
        if isinstance(conflicted, set):
            self._apply_conflicted(conflicted)
        # Edits made while the read ran may be missing from it: take them in again.
        for fact_id in sorted(self._changed_while_loading):
            self._on_fact_changed(fact_id)
        self._changed_while_loading.clear()
        if isinstance(prepared, PreparedFacts) and self._remembered_view is not None:
            self._restore_view_after_loading()
        if self._current_fact is not None:
            self.select_fact(self._current_fact, origin="reload")
        counts = result.get("counts")
        self._update_counts(counts if isinstance(counts, dict) else None)
        if self._follow_article is not None and isinstance(timeline, tuple):
            # Re-dated, the article's relative dates moved with it, maybe off the view
            # ("4 later ▶"): they are brought into view, as choosing the article does.
            article, self._follow_article = self._follow_article, None
            self.bring_article_into_view(article)
        self.factsReloaded.emit()

    def _fact_tags(self) -> FactTags:
        """The tagged facts' spans per article, rejected ones too (a tag is the analyst's)."""
        return fact_tags_by_article(self.facts_panel.model.all_facts())

    def _take_articles(self, articles: list[ArticleRecord]) -> None:
        self._article_cache.clear()
        self.articles_panel.set_articles(articles)
        self._source.titles = {a.id: a.display_title for a in articles}

    def timeline_read(self) -> bool:
        """Whether the timeline holds the project's facts (a big project's are read in the
        background as it opens; until then it says "Reading the timeline…")."""
        return not self._timeline_reading

    def facts_loaded(self) -> bool:
        """Whether the facts table holds the project's facts (they load in the background)."""
        return self._facts_loaded and self._loading is None

    def _apply_conflicted(self, conflicted: set[int]) -> None:
        """Flag or unflag the facts whose conflict badge changed."""
        changed = conflicted ^ self._source.conflicted
        self._source.conflicted = set(conflicted)
        records = []
        items = []
        for fact_id in changed:
            row = self._source.rows.get(fact_id)
            if row is not None:
                items.extend(self._timeline_items(row))
            record = self.facts_panel.model.fact(fact_id)
            if record is not None and record.has_conflict != (fact_id in conflicted):
                records.append(replace(record, has_conflict=fact_id in conflicted))
        if items:
            # all at once: the badges of a whole project arrive together after it opens
            self.timeline.replace_items(items)
        if records:
            self.facts_panel.model.update_facts(records)

    def _rebuild_timeline(self, *, fit: bool = False) -> None:
        order = self.lane_order_now()
        self.timeline.set_lanes_by_count(order == "count")
        # (framed once, by frame_timeline, as in _details_loaded)
        self.timeline.set_data(self._source.data(self.lane_mode, order), fit=False)
        if fit:
            self.frame_timeline()
        self._after_timeline_changed()

    def _after_timeline_changed(self) -> None:
        self._apply_timeline_filter()
        if self._current_fact is not None:
            self.timeline.select_fact(self._current_fact)

    def _fact_record(self, fact_id: int) -> FactRecord | None:
        """The full record: from the table once it is loaded, else one small query."""
        record = self.facts_panel.model.fact(fact_id)
        if record is None and self.workspace is not None:
            record = self.workspace.fact(fact_id)
        return record

    def _fact_tooltip(self, fact_id: int) -> str:
        record = self._fact_record(fact_id)
        return tooltip_of(record) if record is not None else ""

    def _schedule(self, what: str) -> None:
        self._pending.add(what)
        self._refresh_timer.start()

    def flush_refresh(self) -> None:
        """Apply changes reported by commands (coalesced: one reload per kind)."""
        self._refresh_timer.stop()
        pending, self._pending = self._pending, set()
        if self.project is None or not pending:
            return
        articles = "articles" in pending or "facts" in pending
        if articles:
            self._article_cache.clear()
        if "facts" in pending:
            # Facts added, removed or re-extracted: read everything again, in the background.
            self.load_details(with_timeline=True, with_articles=True)
        elif "conflicts" in pending or articles:
            if "conflicts" in pending:
                self.workspace.forget_figures()
            self.load_details(with_articles=articles)
        if "reader" in pending and self.reader.detail is not None:
            self._reshow_reader()
        self._update_counts()

    def _on_fact_status_changed(self, fact_id: int, status: str) -> None:
        """Only the status changed: the record the table holds, with the new status, when it
        holds one; else the fact read again."""
        held = self.facts_panel.model.fact(fact_id) if self._loading is None else None
        if held is None:
            self._on_fact_changed(fact_id)
        else:
            self._on_fact_changed(fact_id, replace(held, status=cast(FactStatus, status)))

    def _on_fact_changed(self, fact_id: int, record: FactRecord | None = None) -> None:
        """One fact changed (status, date, text, tags, note): that row and that item only."""
        if self._loading is not None:
            self._changed_while_loading.add(fact_id)
        if record is None and self.workspace is not None:
            record = self.workspace.fact(fact_id)
        if record is None:
            self._forget_fact(fact_id)
            return
        if self._facts_loaded:
            self.facts_panel.update_fact(record)
        gone = self._source.item_ids(fact_id, self.lane_mode)
        row = self._source.update(record)
        if row is None:
            for item_id in gone:
                self.timeline.remove_item(item_id)
        elif self.lane_mode == "entity":
            self.timeline.replace_items(self._timeline_items(row))
        else:
            self.timeline.replace_item(self._source.item(row, self.lane_mode))
        # Counted once the change is done: confirming 20 facts at once read the project's
        # counts 20 times (15 ms each at 20,000 facts).
        self._schedule("counts")
        if self._current_fact == fact_id:
            self.select_fact(fact_id, origin="reload")

    def _timeline_items(self, row: FactRow) -> list[TimelineItem]:
        """A fact's items on the timeline: one, or in lanes by entity one per lane."""
        if self.lane_mode == "entity":
            return self._source.entity_items(row)
        return [self._source.item(row, self.lane_mode)]

    def _forget_fact(self, fact_id: int) -> None:
        gone = self._source.item_ids(fact_id, self.lane_mode)
        self._source.rows.pop(fact_id, None)
        self.facts_panel.model.remove_fact(fact_id)
        for item_id in gone:
            self.timeline.remove_item(item_id)
        if self._current_fact == fact_id:
            self._current_fact = None

    def _on_article_changed(self, article_id: int) -> None:
        self._article_cache.pop(article_id, None)
        self._schedule("articles")
        if self.reader.detail is not None and self.reader.detail.record.id == article_id:
            self._schedule("reader")

    def _reshow_reader(self) -> None:
        if self.reader.detail is None:
            return
        article_id = self.reader.detail.record.id
        detail = self._article(article_id)
        if detail is None:
            self.reader.clear()
            return
        self.reader.detail = None  # force a redraw with the new text and date
        fact = self._fact_record(self._current_fact) if self._current_fact else None
        if fact is not None and fact.article is not None and fact.article.id == article_id:
            self.reader.show_fact(fact, detail)
        else:
            self.reader.show_article(detail, self._figures_of(article_id))

    def _update_counts(self, counts: dict[str, int] | None = None) -> None:
        """The status bar's counts: ``counts`` when just read in the background."""
        if self.project is None:
            self.counts_label.setText("No project open")
            return
        c = counts if counts is not None else self.project.counts()
        self._counts = c
        # The project's count leaves rejected facts out; the table may be showing them.
        _held, rejected_shown = self.facts_panel.model.rejected_counts()
        parts = [
            _plural(c.get("articles", 0), "article"),
            facts_count_text(c.get("facts", 0), rejected_shown),
            _plural(c.get("figures", 0), "figure"),
            _plural(c.get("contradictions", 0), "contradiction"),
        ]
        if c.get("undated"):
            parts.append(f"{c['undated']} need a date")
        self.counts_label.setText("  ·  ".join(parts))
        self.counts_label.setAccessibleName("Project: " + ", ".join(parts))
        self._say_contradictions(c.get("contradictions", 0))
        undated = c.get("undated", 0)
        self.filter_bar.set_note(
            f"{undated:,} undated not shown" if undated else "",
            f"{undated:,} undated" if undated else "",
            "click (or F8) to give the next article needing one its publication date",
        )

    def _say_contradictions(self, count: int) -> None:
        """The Conflicts tab counts the contradictions, and a change to the count (a decision,
        an import, an edit) is said to a screen reader: the analyst need not look for it."""
        words = f"{count:,} contradiction{'s' if count != 1 else ''} between sources"
        self.tabs.setTabText(TAB_CONFLICTS, f"Co&nflicts ({count:,})" if count else "Co&nflicts")
        self.tabs.tabBar().setAccessibleTabName(TAB_CONFLICTS, f"Conflicts: {words}")
        self.tabs.setTabToolTip(TAB_CONFLICTS, f"{words[0].upper()}{words[1:]} (Alt+3)")
        before, self._contradictions_said = self._contradictions_said, count
        if before is not None and before != count:
            self.last_announcement = f"Now {words}."
            announce = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8 or later
            if announce is not None and QtGui.QAccessible.isActive():
                QtGui.QAccessible.updateAccessibility(announce(self, self.last_announcement))

    def _update_source_combo(self, sources: Sequence[str]) -> None:
        current = self.source_combo.currentData()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem("All sources", None)
        for s in sources:
            self.source_combo.addItem(s, s)
        self.source_combo.insertSeparator(self.source_combo.count())
        self.source_combo.addItem(SEVERAL_SOURCES_TEXT, SEVERAL_SOURCES)
        several = self.source_combo.count() - 1
        # Sources compared that the project no longer has (an article removed) drop out.
        self.chosen_sources = self.chosen_sources & frozenset(sources)
        if current == SEVERAL_SOURCES and len(self.chosen_sources) > 1:
            i = several
            self.source_combo.setItemText(several, f"{len(self.chosen_sources)} sources")
        else:
            if current == SEVERAL_SOURCES:
                current = next(iter(self.chosen_sources), None)
                self.chosen_sources = frozenset()
            i = self.source_combo.findData(current) if current is not None else 0
        self.source_combo.setCurrentIndex(max(i, 0))
        self._source_index = self.source_combo.currentIndex()
        self.source_combo.blockSignals(False)
        view = self.source_combo.view()
        fm = view.fontMetrics()
        widest = max((fm.horizontalAdvance(s) for s in sources), default=0)
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        view.setMinimumWidth(min(widest + 3 * fm.height(), screen * 9 // 10))
        for i, source in enumerate(sources, start=1):
            self.source_combo.setItemData(i, source, Qt.ItemDataRole.ToolTipRole)
        self._source_combo_tooltip()
        if current is not None and i < 0:
            self._filters_changed()

    def _source_combo_tooltip(self) -> None:
        source = self.source_combo.currentData()
        if source == SEVERAL_SOURCES:
            names = sorted(self.chosen_sources, key=str.lower)
            tip = "Facts from " + ", ".join(names) + " (Ctrl+Shift+L to change)"
        elif source:
            tip = f"Facts from {source} only"
        else:
            tip = "Show the facts of one source, or of several side by side"
        self.source_combo.setToolTip(f"{tip} (Alt+S)")

    def _source_chosen(self, index: int) -> None:
        data = self.source_combo.itemData(index)
        if data == SEVERAL_SOURCES:
            self.compare_sources_dialog()
            return
        self._source_index = index
        if self.chosen_sources:
            self.chosen_sources = frozenset()
            self.source_combo.setItemText(
                self.source_combo.findData(SEVERAL_SOURCES), SEVERAL_SOURCES_TEXT
            )
            self._filters_changed()
        # As a lane's name clicked: the source's facts framed if the view had lost them.
        view = self.timeline
        self._frame_alone((view.visible_days()[0], view.pixels_per_day()), isinstance(data, str))

    def compare_sources_dialog(self) -> SourcesDialog | None:
        """Tick the sources to show side by side: with two hundred outlets in a story, their
        lanes were pages apart on the timeline, and the filter took one source or all."""
        from desktop.ui.dialogs.entry import SourcesDialog

        if self.project is None:
            return None
        sources = self._source.sources()
        chosen = self.chosen_sources or {
            s for s in (self.source_combo.itemData(self._source_index),) if isinstance(s, str)
        }
        dialog = SourcesDialog(self, sources, chosen - {SEVERAL_SOURCES})
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.compare_sources(dialog.chosen()))
        # Cancelled, the combo goes back to what it showed before "Several sources…".
        dialog.rejected.connect(lambda: self._set_source_index(self._source_index))
        dialog.open()
        return dialog

    def _set_source_index(self, index: int) -> None:
        self.source_combo.blockSignals(True)
        self.source_combo.setCurrentIndex(index)
        self.source_combo.blockSignals(False)
        self._source_combo_tooltip()

    def compare_sources(self, chosen: frozenset[str]) -> None:
        """Show the facts of ``chosen`` (none: every source; one: that source alone)."""
        combo = self.source_combo
        several = combo.findData(SEVERAL_SOURCES)
        if len(chosen) > 1:
            self.chosen_sources = frozenset(chosen)
            combo.setItemText(several, f"{len(chosen)} sources")
            index = several
        else:
            self.chosen_sources = frozenset()
            combo.setItemText(several, SEVERAL_SOURCES_TEXT)
            index = combo.findData(next(iter(chosen))) if chosen else 0
        self._source_index = max(index, 0)
        self._set_source_index(self._source_index)
        self._filters_changed()

    def filter_dates_dialog(self) -> DateFilterDialog | None:
        from desktop.ui.dialogs.entry import DateFilterDialog

        if self.project is None:
            return None
        first, last = self.timeline.visible_range()
        dialog = DateFilterDialog(self, self.days_text, (first, last))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.filter_dates(dialog.date_edit.text()))
        dialog.open()
        return dialog

    def filter_dates(self, text: str) -> None:
        """Narrow the facts to the days ``text`` reads as ('' or unreadable: every date)."""
        found = parse_date_range(text) if text.strip() else None
        if found is None or found.earliest is None or found.latest is None:
            self.days_text, self._days = "", (None, None)
            self.dates_button.setText("Any date")
        else:
            self.days_text, self._days = text.strip(), (found.earliest, found.latest)
            self.dates_button.setText(date_range_text(found))
        self.dates_button.setToolTip(
            "Show only the facts of some days (Ctrl+Shift+D)"
            if not self.days_text
            else f"Only facts that may lie in {self.dates_button.text()} (Ctrl+Shift+D to change)"
        )
        self._filters_changed()

    # -- filters and view --------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self._find_timer.stop()
        started = time.perf_counter()
        self._apply_filters()
        cost_ms = (time.perf_counter() - started) * 1000
        # A keystroke must not wait for the search of the one before: a slow search waits
        # for the pause in typing, a quick one runs at each key.
        self._find_timer.setInterval(0 if cost_ms < FIND_AT_ONCE_MS else FIND_PAUSE_MS)

    def _search_entered(self) -> None:
        """Enter in the search box: the search now (not after the typing pause), then the
        focus to the open tab's list with its first result selected. With no result the
        focus stays in the box, for the analyst to change the words."""
        self._filters_changed()
        self.go_to_first_result()

    def go_to_first_result(self) -> QWidget | None:
        """Focus the open tab's list and make its first row current and selected; returns
        the list, or None (and the focus stays) when it is hidden or has no row."""
        view = self._tab_view(self.tabs.currentIndex())
        if not isinstance(view, QAbstractItemView) or not view.isVisible():
            return None
        model = view.model()
        if model is None or model.rowCount() == 0:
            return None
        header = view.horizontalHeader() if isinstance(view, QTableView) else None
        column = 0
        if header is not None:
            shown = [
                header.logicalIndex(v)
                for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))
            ]
            column = shown[0] if shown else 0
        first = model.index(0, column)
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        selection = view.selectionModel()
        if selection is not None:
            selection.setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        view.scrollTo(first)
        return view

    def _apply_filters(self) -> None:
        status = self.status_combo.currentData()
        statuses = frozenset(STATUS_CHOICES) if status is None else frozenset({status})
        source = self.source_combo.currentData()
        several = source == SEVERAL_SOURCES
        self.fact_filter = FactFilter(
            text=self.find_edit.text(),
            source=None if several else source,
            statuses=statuses,
            show_rejected=self.show_rejected_action.isChecked() or status == "rejected",
            sources=self.chosen_sources if several else frozenset(),
            first_day=self._days[0],
            last_day=self._days[1],
            **self._lane_filter_fields(),
        )
        self.facts_panel.set_filter(self.fact_filter)
        # The search box finds figures and conflicts too, with the same words and operators:
        # an analyst who searched "source:Reuters" looks for Reuters' numbers in those tabs.
        query = self.fact_filter.query()
        self.figures_panel.set_query(query)
        self.conflicts_panel.set_query(query)
        self._apply_timeline_filter()
        if self.project is not None and self._counts is not None:
            self._update_counts(self._counts)

    def _apply_timeline_filter(self) -> None:
        flt = self.fact_filter
        self.timeline.set_show_rejected(flt.show_rejected)
        if flt.is_trivial():
            self.timeline.set_filter()
            self.timeline.set_empty_text(NO_DATED_FACTS)
            return
        source = self._source
        # The facts to draw, picked in plain passes over the rows (as the table does), not by
        # asking the filter about each item.
        tags = source.tags or {}
        notes: dict[int, str] = {}
        query = flt.query()
        model = self.facts_panel.model
        if query.reads("note") or (query.reads("tag") and source.tags is None):
            # The timeline's rows carry neither notes nor tags: the table's records have them.
            notes, record_tags = self._record_notes_and_tags()
            if source.tags is None:
                tags = record_tags
        # A letter typed at the end of the search reads only the rows the last one kept,
        # while the rows and the records beside them (notes, tags) are as they were.
        kept = self._timeline_narrowing.select(
            flt,
            (source.version, len(source.rows), model.version, source.tags is None),
            lambda: list(source.rows.values()),
            lambda row: source.lane_of(row, "source"),
            lambda row: tags.get(row.id, ()),
            lambda row: notes.get(row.id, ""),
        )
        # Sources compared side by side: their lanes alone, one under the other, not among
        # two hundred empty ones.
        chosen = flt.sources or ({flt.source} if flt.source is not None else set())
        lanes: set[str] | None = set(chosen) if chosen and self.lane_mode == "source" else None
        if self.lane_filter is not None and self.lane_filter[0] == self.lane_mode:
            # The lane alone, with the lanes its facts are drawn in (a fact shows under its
            # first tag only; in lanes by entity, the entity's lane alone).
            lanes = {self.lane_filter[1]}
            if self.lane_mode != "entity":
                lanes |= {source.lane_of(r, self.lane_mode) for r in kept}
        ids = [row.id for row in kept]
        if self.lane_mode == "entity":
            ids = [i for row in kept for i in source.item_ids(row.id, "entity")]
        self.timeline.set_filter(ids=ids, lanes=lanes)
        self._say_why_timeline_empty()

    def _say_why_timeline_empty(self) -> None:
        """What the timeline says when it draws no fact: a search that finds none in a
        project of facts said 'No dated facts yet. Import articles…', as if the project
        were empty."""
        total = len(self._source.rows)
        narrowed = self.filter_summary()
        if self.lane_filter is not None and self.lane_filter[0] == self.lane_mode:
            kind = _LANE_KINDS.get(self.lane_mode, "tag")
            lane = f"of the {kind} “{_short(self.lane_filter[1], 40)}”"
            narrowed = f"{narrowed}, {lane}" if narrowed else f"facts {lane}"
        if not total or not narrowed:
            self.timeline.set_empty_text(NO_DATED_FACTS)
            return
        facts = _plural(total, "dated fact")
        self.timeline.set_empty_text(
            f"No fact shown: {narrowed}.\nClear the search (Esc in the search box) or the "
            f"filters to see the {facts} of the project."
        )

    def _record_notes_and_tags(self) -> tuple[dict[int, str], dict[int, tuple[str, ...]]]:
        """The analyst's notes and tags by fact id, from the table's records: gathered once
        per change of the records, where each keystroke of a search went over all of them."""
        model = self.facts_panel.model
        kept = self._notes_and_tags
        if kept is None or kept[0] != model.version:
            notes: dict[int, str] = {}
            tags: dict[int, tuple[str, ...]] = {}
            for f in model.all_facts():
                if f.note:
                    notes[f.id] = f.note
                if f.tags:
                    tags[f.id] = f.tags
            kept = self._notes_and_tags = (model.version, notes, tags)
        return kept[1], kept[2]

    def set_show_rejected(self, on: bool) -> None:
        self.show_rejected_action.setChecked(bool(on))
        self._filters_changed()

    def set_lane_mode(self, mode: LaneMode) -> None:
        if mode not in LANE_TITLES:
            return
        self.lane_mode = mode
        self.lane_actions[mode].setChecked(True)
        self.timeline.set_lane_title(LANE_TITLES[mode])
        if self.lane_filter is not None:
            self.lane_filter = None
            self.lane_filter_button.hide()
            self._apply_filters()
        if self.project is not None:
            self._recall_lanes(self.project.path)
        t0, t1 = self.timeline.visible_range()
        if mode == "tag" and self._source.tags is None and self.project is not None:
            self._source.tags = self.project.tags_by_fact()
        if mode == "entity" and self._source.entities is None and self.project is not None:
            entities, types = self.project.store.typed_entities_by_fact()
            self._source.entities, self._source.entity_types = entities, types
        self._rebuild_timeline()
        self.timeline.set_visible_range(t0, t1)
        if mode == "entity" and self._source.rows and not self._source.entity_lane_names():
            self._say_why_no_entity_lanes()

    def _say_why_no_entity_lanes(self) -> None:
        """Lanes by entity with no entity's lane: a project read before Factlane noted the
        people, places and organisations (extractor 4, the analyst said Not Now to reading
        it again) showed one '(no entity)' lane of every fact, and not a word why."""
        if self.project is None:
            return
        older = len(self.project.store.stale_articles())
        why = (
            f" {older:,} article{'s were' if older != 1 else ' was'} read before Factlane "
            "noted them: Article > Re-extract Facts."
            if older
            else f" Every fact is in {NO_ENTITY}."
        )
        self.statusBar().showMessage(
            "Lanes by entity: no person, place or organisation is named by two dated facts." + why,
            20000,
        )

    def _keep_search(self) -> None:
        """A search the analyst finished (Enter, or the keyboard moved on) goes first in the
        project's recent searches."""
        text = " ".join(self.find_edit.text().split())
        if not text or self.project is None:
            return
        kept = [t for t in self.recent_searches.stringList() if t != text]
        self.recent_searches.setStringList([text, *kept][:MAX_RECENT_SEARCHES])

    def show_recent_searches(self) -> bool:
        """Down in the search box: the project's recent searches, newest first, whatever is
        typed (Enter takes one)."""
        completer = self.find_edit.completer()
        if completer is None or not self.recent_searches.rowCount():
            return False
        completer.setCompletionPrefix("")
        completer.complete()
        return True

    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def go_to_date_dialog(self) -> DateEntryDialog:
        from desktop.ui.dialogs.entry import DateEntryDialog

        dialog = DateEntryDialog(self, "Go to date", "&Date (a day, a month, a year or a span):")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.go_to(dialog.date_range()))
        dialog.open()
        return dialog

    def go_to(self, wanted: DateRange | None) -> None:
        """Centre a day at the current zoom; show all of a month, a year or a span."""
        if wanted is None or wanted.earliest is None or wanted.latest is None:
            return
        if wanted.earliest == wanted.latest:
            self.timeline.go_to_date(wanted.earliest)
        else:
            self.timeline.set_visible_range(wanted.earliest, wanted.latest)

    def show_tab(self, index: int) -> None:
        """Alt+1..3: the tab, with the keyboard in its list (the panel itself takes no keys:
        focused, the arrow keys did nothing)."""
        self.tabs.setCurrentIndex(index)
        self._tab_view(index).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_view(self, index: int) -> QWidget:
        if index == TAB_CONFLICTS:
            return self.conflicts_panel.groups
        if index == TAB_FIGURES:
            return self.figures_panel.table
        return self.facts_panel.table

    # -- selection sync ----------------------------------------------------------------------

    def select_fact(self, fact_id: int, *, origin: str = "code") -> None:
        """Make ``fact_id`` the current fact everywhere: timeline, table and reader."""
        if self._syncing:
            return
        fact = self._fact_record(fact_id)
        if fact is None:
            return
        self._syncing = True
        try:
            self._current_fact = fact_id
            if not self._navigating:
                self._visit(fact_id)
            if origin != "timeline":
                self.timeline.select_fact(fact_id)
            if origin != "table":
                self.facts_panel.select_fact(fact_id, emit=False)
            shown = self.reader.detail
            if (
                origin == "reload"
                and shown is not None
                and (fact.article is None or shown.record.id != fact.article.id)
            ):
                # The analyst chose another article after this fact (in the list, or by its
                # figure): a read after an edit to it keeps that article in the reader and
                # the list. Sent back to the fact's article, the date typed next into the
                # reader was set on the wrong article.
                return
            detail = self._article(fact.article.id) if fact.article is not None else None
            if detail is not None and (
                self.reader.detail is None or self.reader.detail.record.id != detail.record.id
            ):
                self.reader.show_article(detail, self._figures_of(detail.record.id))
            self.reader.show_fact(fact, detail)
            if fact.article is not None:
                self.articles_panel.select_article(fact.article.id, emit=False)
                self.facts_panel.current_article = fact.article.id
        finally:
            self._syncing = False

    # -- Back and Forward ----------------------------------------------------------------------

    def _visit(self, fact_id: int) -> None:
        history = self._history[: self._history_pos + 1]
        if not history or history[-1] != fact_id:
            history.append(fact_id)
        self._history = history[-MAX_HISTORY:]
        self._history_pos = len(self._history) - 1
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.project is not None and self._step_target(-1) is not None)
        self.forward_action.setEnabled(
            self.project is not None and self._step_target(1) is not None
        )

    def _step_target(self, step: int) -> int | None:
        """Where Back (-1) or Forward (1) goes: the nearest visited fact that still exists."""
        i = self._history_pos + step
        while 0 <= i < len(self._history):
            if self._fact_record(self._history[i]) is not None:
                return i
            i += step
        return None

    def go_back(self) -> bool:
        """The fact visited before this one: after following a fact across sources, the
        analyst returns along the way they came."""
        return self._go(-1)

    def go_forward(self) -> bool:
        return self._go(1)

    def _go(self, step: int) -> bool:
        i = self._step_target(step)
        if i is None:
            return False
        self._history_pos = i
        self._navigating = True
        try:
            self.select_fact(self._history[i], origin="history")
        finally:
            self._navigating = False
        self._update_history_actions()
        return True

    def history(self) -> tuple[list[int], int]:
        """The facts visited and where Back and Forward stand among them."""
        return list(self._history), self._history_pos

    # -- lanes ---------------------------------------------------------------------------------

    def lane_clicked(self, name: str) -> None:
        """A lane's name clicked: that source, article, tag or entity alone (clicked again,
        all).

        Alone, its facts are framed when the view had lost them: the view went on showing
        the months of the whole story, the lane's week of facts one bubble at its edge, or
        none of them at all. Clicked again, the view framed for it goes back to where it
        was (unless the analyst has moved it since)."""
        before = (self.timeline.visible_days()[0], self.timeline.pixels_per_day())
        if self.lane_mode != "source":
            same = self.lane_filter == (self.lane_mode, name)
            self.filter_by_lane(None if same else name)
            alone = not same
        else:
            alone = not (self.source_combo.currentData() == name and not self.chosen_sources)
            self.compare_sources(frozenset({name}) if alone else frozenset())
        self._frame_alone(before, alone)

    def _frame_alone(self, before: tuple[float, float], alone: bool) -> None:
        """One lane or source shown alone: its facts framed when the view had lost them
        (``before``: the view before, its first day and pixels per day). Every lane back:
        the view framed for the one alone returns to where it was, unless the analyst
        moved it since."""
        framed = self._lane_alone_view
        self._lane_alone_view = None
        view = self.timeline
        # (the view's scale and left edge: the lane-name column's width, and so the plot's,
        # changes with the lanes shown)
        still = framed is not None and _same_view(
            (view.visible_days()[0], view.pixels_per_day()), framed[1]
        )
        if alone:
            if still and framed is not None:
                before = framed[0]  # one source alone after another: the first view kept
            if view.frame_shown_if_lost():
                self._lane_alone_view = (before, (view.visible_days()[0], view.pixels_per_day()))
        elif still and framed is not None:
            view.set_view(*framed[0])

    def filter_by_lane(self, name: str | None) -> None:
        """Lanes by article, tag or entity: the facts of the lane ``name`` alone, in the
        table too (None: every lane again). An entity's lane holds every fact naming it,
        whichever other lanes draw the fact too."""
        if name is None or self.lane_mode == "source":
            self.lane_filter = None
            self.lane_filter_button.hide()
        else:
            self.lane_filter = (self.lane_mode, name)
            kind = _LANE_KINDS.get(self.lane_mode, "tag").capitalize()
            shown = name if len(name) <= 32 else name[:31] + "…"
            self.lane_filter_button.setText(f"{kind}: {shown}  ✕")
            self.lane_filter_button.setToolTip(
                f"Only the facts of “{name}”. Click to show every {kind.lower()} again."
            )
            self.lane_filter_button.show()
        self._filters_changed()

    def _lane_filter_fields(self) -> dict[str, Any]:
        if self.lane_filter is None or self.lane_filter[0] != self.lane_mode:
            return {}
        mode, name = self.lane_filter
        if mode == "tag":
            return {"tag": "" if name == UNTAGGED else name}
        if mode == "entity":
            return {"facts": frozenset(self._source.lane_facts(name))}
        # Articles are named by title: every article shown under that title is in the lane.
        source = self._source
        ids: set[int | None] = {aid for aid, title in source.titles.items() if title == name}
        ids |= {r.article_id for r in source.rows.values() if source.lane_of(r, mode) == name}
        return {"articles": frozenset(ids) or frozenset({-1})}

    def fold_selected_lane(self) -> str | None:
        """Fold the lane of the fact selected on the timeline down to its name, as a click on
        the lane's arrow does (its facts are left out of the timeline and of its exported
        picture); returns the lane's name."""
        fact_id = self.timeline.selected_fact()
        item = self.timeline.data().item(fact_id) if fact_id is not None else None
        if item is None:
            self.statusBar().showMessage("Choose a fact first: its lane is the one folded.", 6000)
            return None
        self.timeline.set_lane_collapsed(item.lane, True)
        self.statusBar().showMessage(
            f"Folded {item.lane}; View > Unfold All Lanes opens it again.", 8000
        )
        return item.lane

    def unfold_all_lanes(self) -> int:
        """Open every folded lane; returns how many were folded."""
        folded = self.timeline.collapsed_lanes()
        if folded:
            self.timeline.set_collapsed_lanes([])
            self._remember_lanes()
        return len(folded)

    def lane_order_now(self) -> str:
        """The lanes' order as drawn: the analyst's (View > Sort Lanes); lanes by entity,
        until an order is chosen for the project, most-named first: a project of many
        stories names hundreds of people, places and bodies, and by name the few its
        facts keep naming are lost among the ones named twice."""
        if self.lane_mode == "entity" and not self._lane_order_chosen:
            return "count"
        return self.lane_order

    def set_lane_order(self, order: str) -> None:
        """Lanes by name, or the sources with most facts first; remembered per project."""
        if order not in self.lane_order_actions:
            return
        self.lane_order = order
        self._lane_order_chosen = True
        self.lane_order_actions[order].setChecked(True)
        if self.project is not None:
            t0, t1 = self.timeline.visible_days()
            self._rebuild_timeline()
            self.timeline.set_visible_days(t0, t1)
            self._remember_lanes()

    @staticmethod
    def _lane_views() -> dict[str, Any]:
        raw = settings().value("projectLanes", "")
        try:
            views = json.loads(str(raw)) if raw else {}
        except ValueError:
            views = {}
        return views if isinstance(views, dict) else {}

    def _remember_lanes(self) -> None:
        if self.project is None:
            return
        views = self._lane_views()
        key = str(self.project.path.resolve())
        old = views.pop(key, None)
        folded = old.get("collapsed") if isinstance(old, dict) else None
        folded = dict(folded) if isinstance(folded, dict) else {}
        folded[self.lane_mode] = sorted(self.timeline.collapsed_lanes())
        views[key] = {
            "order": self.lane_order,
            "chosen": self._lane_order_chosen,
            "collapsed": folded,
        }
        kept = dict(list(views.items())[-MAX_REMEMBERED_VIEWS:])
        s = settings()
        s.setValue("projectLanes", json.dumps(kept))
        s.sync()

    def _recall_lanes(self, path: Path) -> None:
        view = self._lane_views().get(str(path.resolve()))
        view = view if isinstance(view, dict) else {}
        order = view.get("order")
        self.lane_order = order if order in self.lane_order_actions else "name"
        chosen = view.get("chosen")
        # (a view remembered before "chosen" was kept: "count" was chosen, "name" the default)
        self._lane_order_chosen = chosen if isinstance(chosen, bool) else order == "count"
        now = self.lane_order_now()
        self.lane_order_actions[now].setChecked(True)
        self.timeline.set_lanes_by_count(now == "count")
        folded = view.get("collapsed")
        names = folded.get(self.lane_mode, []) if isinstance(folded, dict) else []
        self.timeline.set_collapsed_lanes([n for n in names if isinstance(n, str)])

    # -- from the text to the fact ------------------------------------------------------------

    def select_fact_at_caret(self) -> int | None:
        """The fact of the sentence under the reader's caret: the keyboard's way from the
        text back to the timeline and the table."""
        detail = self.reader.detail
        if detail is None:
            return None
        offset = self.reader.caret_offset()
        found = self.select_fact_at(detail.record.id, offset)
        if found is None:
            self.statusBar().showMessage("No fact is written at the caret", 4000)
        return found

    def select_fact_at(self, article_id: int, offset: int) -> int | None:
        """Select the fact written at ``offset`` of the article (the shortest one there, as
        facts can nest), on the timeline and in the table: the way back from the text."""
        here = [
            f
            for f in self.facts_panel.model.all_facts()
            if f.article is not None
            and f.article.id == article_id
            and f.start <= offset < f.end
            and (f.status != "rejected" or self.fact_filter.show_rejected)
        ]
        if not here:
            return None
        fact = min(here, key=lambda f: (f.end - f.start, f.start))
        if fact.id != self._current_fact:
            self.select_fact(fact.id, origin="reader")
        return fact.id

    def current_fact(self) -> int | None:
        return self._current_fact

    def _article_chosen(self, article_id: int) -> None:
        """An article chosen in the list: read it, and its facts brought into view."""
        self.show_article(article_id)
        # The first article chosen by the window as a project opens, or made current by the
        # list as it takes the focus, is read where the view is: the view moves for the
        # analyst's choice only. The list takes the focus as the window is activated, at a
        # moment of the opening no one chooses (before or after the project's read ends): the
        # view framed on the story's busiest days moved on to the first article's facts now
        # and then, a second after the project opened.
        if (
            not self._syncing
            and not self._choosing_first_article
            and not self.articles_panel.chosen_by_the_list()
        ):
            self.bring_article_into_view(article_id)

    def _article_clicked(self, index: QModelIndex) -> None:
        article = index.data(ArticleIdRole) if index.isValid() else None
        if article is not None and not self._syncing:
            self.bring_article_into_view(int(article))

    def bring_article_into_view(self, article_id: int) -> bool:
        """The article's facts shown on the timeline brought into view, as a lane shown alone
        is (TimelineView.bring_into_view: nothing when they are in view, the zoom kept when
        they fit in it, framed when they do not). Not undone: only the view moves. Whether
        it moved."""
        ids = [r.id for r in self._source.rows.values() if r.article_id == article_id]
        return self.timeline.bring_into_view(ids)

    def show_article(self, article_id: int) -> None:
        if self._syncing:
            return
        detail = self._article(article_id)
        if detail is None:
            return
        self._leave_fact_of_another_article(article_id)
        self.reader.show_article(detail, self._figures_of(article_id))
        self.facts_panel.current_article = article_id

    def _leave_fact_of_another_article(self, article_id: int) -> None:
        """An article chosen in the list: a fact of another article chosen before is no longer
        highlighted in the table and the timeline. Left there, it said the reader showed it,
        and Confirm, Reject or Edit date acted on it while the analyst read the new article."""
        if self._current_fact is None:
            return
        fact = self._fact_record(self._current_fact)
        if fact is not None and fact.article is not None and fact.article.id == article_id:
            return
        self._current_fact = None
        self.timeline.clear_selection()
        self.facts_panel.clear_selection()

    def _figure_activated(self, record: FigureRecord) -> None:
        detail = self._article(record.article.id)
        if detail is None:
            return
        if self.reader.detail is None or self.reader.detail.record.id != record.article.id:
            self.reader.show_article(detail, self._figures_of(record.article.id))
        self.reader.show_span(record.figure.start, record.figure.end)
        self.articles_panel.select_article(record.article.id, emit=False)

    def _article(self, article_id: int) -> ArticleDetail | None:
        if article_id not in self._article_cache and self.workspace is not None:
            detail = self.workspace.article(article_id)
            if detail is None:
                return None
            self._article_cache[article_id] = detail
        return self._article_cache.get(article_id)

    def _article_text(self, article_id: int) -> str:
        detail = self._article(article_id)
        return detail.text if detail is not None else ""

    def _figures_of(self, article_id: int) -> list[FigureRecord]:
        if self.workspace is None:
            return []
        figures: list[FigureRecord] = self.workspace.figures_of(article_id)
        return figures

    # -- edits from the reader ---------------------------------------------------------------

    def _published_edited(self, article_id: int, iso: str) -> None:
        if self.workspace is None:
            return
        published = date.fromisoformat(iso) if iso else None
        if self.preferences.reextract_without_asking:
            self._follow_article = article_id
            self.workspace.set_published(article_id, published)
            self._say_published(published, reextracted=True)
            return
        self.published_question(article_id, published).open()

    def _step(self, *, redo: bool) -> None:
        """Edit > Undo or Redo: many articles put back or removed again in the background
        (the workspace says so), anything else at once."""
        if self.workspace is not None and self.workspace.step(self.runner, redo=redo):
            return
        if redo:
            self.undo_stack.redo()
        else:
            self.undo_stack.undo()
        self._say_undone("Redone" if redo else "Undone", redo=redo)

    def _say_undone(self, verb: str, *, redo: bool) -> None:
        text = self.undo_stack.undoText() if redo else self.undo_stack.redoText()
        if text:
            self.statusBar().showMessage(f"{verb}: {text}.", 5000)

    def _say_published(self, published: date | None, *, reextracted: bool) -> None:
        """Say what a new publication date did, in place of what the status bar said before
        (an import's "1 without a publication date (type it in Published)" stayed on after
        the date was typed)."""
        if published is None:
            text = "Publication date cleared: the article's relative dates wait for a new one."
        elif reextracted:
            text = f"Publication date set to {shown_day(published)}: relative dates resolved again."
        else:
            text = f"Publication date set to {shown_day(published)}; the facts keep their dates."
        self.statusBar().showMessage(text, 8000)

    def _source_edited(self, article_id: int, name: str) -> None:
        """The analyst named (or cleared) an article's outlet in the reader: its facts move to
        that outlet's lane, and Edit > Undo moves them back."""
        if self.workspace is None:
            return
        self.workspace.update_article(article_id, {"source": name or None})
        self.statusBar().showMessage(
            f"Outlet set to {name}." if name else "Outlet cleared: an unknown source.", 8000
        )

    def published_question(self, article_id: int, published: date | None) -> QMessageBox:
        """Asked when Preferences say so before a new publication date re-resolves the
        article's relative dates: re-extract, change the date alone, or leave it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Publication date")
        shown = shown_day(published) if published else "no date"
        box.setText(f"Change the publication date to {shown}?")
        box.setInformativeText(
            "Re-extracting resolves the article's relative dates (“Thursday”, “last month”) "
            "against the new date; facts you confirmed, rejected or edited keep your verdict. "
            "Changing the date alone leaves every fact dated as it is."
        )
        reextract = box.addButton("Re-extract Facts", QMessageBox.ButtonRole.AcceptRole)
        date_only = box.addButton("Change the Date Only", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(reextract)
        remember = QCheckBox("Re-extract without asking from now on")
        box.setCheckBox(remember)

        def answered(button: object) -> None:
            if self.workspace is None:
                return
            if button is reextract:
                if remember.isChecked():
                    self.apply_preferences(replace(self.preferences, reextract_without_asking=True))
                self._follow_article = article_id
                self.workspace.set_published(article_id, published)
                self._say_published(published, reextracted=True)
            elif button is date_only:
                self.workspace.set_published_only(article_id, published)
                self._say_published(published, reextracted=False)
            else:
                self._reshow_reader()  # the date field shows the article's date again

        box.buttonClicked.connect(answered)
        self.published_box = box
        return box

    # -- preferences ------------------------------------------------------------------------

    def preferences_dialog(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.preferences, self)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.preferences()))
        self.preferences_box = dialog
        dialog.open()
        return dialog

    def apply_preferences(self, chosen: Preferences) -> None:
        """Keep ``chosen`` and make each changed setting take effect now (the timeline's
        opening zoom, when a project is next opened)."""
        changed = chosen.changed(self.preferences)
        self.preferences = chosen
        chosen.save()
        if "theme" in changed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_look(app, chosen.theme)
        self._apply_display_preferences(chosen, changed)
        if "date_style" in changed and self.project is not None:
            # The timeline's labels and tooltips are made when it is loaded.
            self.reload_all()

    def _apply_display_preferences(self, prefs: Preferences, changed: set[str]) -> None:
        if "date_style" in changed:
            set_date_style(prefs.date_style)
            self.facts_panel.dates_restyled()
            self.figures_panel.dates_restyled()
            self.articles_panel.dates_restyled()
            self._reshow_reader()
        if "facts_font_size" in changed:
            self.facts_panel.set_table_font_size(prefs.effective_font_size())

    def frame_timeline(self) -> None:
        """What the timeline shows when a project opens: where the analyst left it, else
        the story's busiest days, what Fit All shows, or the latest stretch of facts
        (Preferences)."""
        if self._opening_days is not None:
            self.timeline.set_visible_days(*self._opening_days)
            return
        days = OPENING_ZOOMS.get(self.preferences.opening_zoom, ("", None))[1]
        if self.preferences.opening_zoom == "story":
            self.timeline.frame_busiest()
        elif days is None:
            self.timeline.fit_all()
        else:
            self.timeline.show_latest(days)

    # -- where the analyst left a project -------------------------------------------------

    @staticmethod
    def _views() -> dict[str, Any]:
        raw = settings().value("projectViews", "")
        try:
            views = json.loads(str(raw)) if raw else {}
        except ValueError:
            views = {}
        return views if isinstance(views, dict) else {}

    def _recall_view(self, path: Path) -> dict[str, Any] | None:
        view = self._views().get(str(path.resolve()))
        return view if isinstance(view, dict) else None

    def _remember_view(self, path: Path) -> None:
        """Keep the timeline's days, the current fact and the filters for the next opening
        of this project: a second-week analyst reopened on every fact of the story and had
        to find the week and the fact they were working on again."""
        if not self._facts_loaded and self._remembered_view is not None:
            # Closed before the view was put back: what was remembered still holds.
            return
        t0, t1 = self.timeline.visible_days()
        view: dict[str, Any] = {
            "days": [round(t0, 4), round(t1, 4)],
            "fact": self._current_fact,
            "text": self.find_edit.text(),
            "searches": self.recent_searches.stringList(),
            "source": self.source_combo.currentData(),
            "sources": sorted(self.chosen_sources),
            "status": self.status_combo.currentData(),
            "dates": self.days_text,
        }
        # the conflict pair being judged, chosen again on reopening (the tab is kept globally)
        group, pair = self.conflicts_panel.chosen_keys()
        if group is not None:
            view["group"] = group
            if pair is not None:
                view["pair"] = list(pair)
        views = self._views()
        key = str(path.resolve())
        views.pop(key, None)
        views[key] = view
        # The oldest fall off: insertion order is the order of closing.
        kept = dict(list(views.items())[-MAX_REMEMBERED_VIEWS:])
        s = settings()
        s.setValue("projectViews", json.dumps(kept))
        s.sync()

    def _recall_conflict_pair(self, view: dict[str, Any] | None) -> None:
        """The Conflicts tab chooses the group and pair of ``view`` once it has read them."""
        if not view or not isinstance(group := view.get("group"), str):
            return
        raw = view.get("pair")
        pair = None
        if isinstance(raw, list) and len(raw) == 2 and all(isinstance(x, int) for x in raw):
            pair = (raw[0], raw[1])
        self.conflicts_panel.choose_later(group, pair)

    def _restore_view_after_loading(self) -> None:
        view, self._remembered_view = self._remembered_view, None
        if view is None:
            return
        self.find_edit.blockSignals(True)
        self.find_edit.setText(str(view.get("text") or ""))
        self.find_edit.blockSignals(False)
        status = self.status_combo.findData(view.get("status"))
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(max(status, 0))
        self.status_combo.blockSignals(False)
        dates = str(view.get("dates") or "")
        sources = [s for s in view.get("sources") or [] if isinstance(s, str)]
        source = view.get("source")
        if len(sources) > 1:
            self.compare_sources(frozenset(sources) & frozenset(self._source.sources()))
        elif isinstance(source, str) and source != SEVERAL_SOURCES:
            found = self.source_combo.findData(source)
            self._source_index = max(found, 0)
            self._set_source_index(self._source_index)
        # Applies every filter above, once.
        self.filter_dates(dates)
        fact = view.get("fact")
        if isinstance(fact, int) and self._fact_record(fact) is not None:
            self.select_fact(fact)
        self.frame_timeline()
        self._settle_opening_days()

    def _settle_opening_days(self) -> None:
        if self._sized_once and self._facts_loaded and self._remembered_view is None:
            self._opening_days = None

    def show_furniture(self, article_id: int) -> None:
        detail = self._article(article_id)
        if detail is None or self.workspace is None:
            return
        from desktop.ui.dialogs.import_dialog import FurnitureDialog

        workspace = self.workspace

        def toggle(index: int, kept: bool) -> bool:
            workspace.set_block_kept(article_id, index, kept)
            fresh = workspace.article(article_id)
            if fresh is not None:
                model.set_blocks(fresh.blocks)
            return True

        model = BlocksListModel(toggle)
        model.set_blocks(detail.blocks)
        model.set_read_only(workspace.read_only)
        dialog = FurnitureDialog(
            detail.record.display_title, model, self, read_only=workspace.read_only
        )
        model.setParent(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- the Article menu --------------------------------------------------------------------

    def chosen_articles(self) -> list[ArticleRecord]:
        """The articles the Article menu acts on: those selected in the list, else the one
        in the reader."""
        if self.project is None:
            return []
        chosen = self.articles_panel.selected_articles()
        if not chosen and self.reader.detail is not None:
            record = self.articles_panel.article(self.reader.detail.record.id)
            chosen = [record or self.reader.detail.record]
        return chosen

    def _update_article_actions(self) -> None:
        chosen = self.chosen_articles()
        n = len(chosen)
        one = chosen[0] if n == 1 else None
        writable = n > 0 and not self.is_read_only()
        self.open_url_action.setEnabled(one is not None and bool(one.url))
        self.copy_citation_action.setEnabled(n > 0)
        self.furniture_action.setEnabled(one is not None)
        self.set_date_action.setEnabled(one is not None and not self.is_read_only())
        self.set_outlet_action.setEnabled(one is not None and not self.is_read_only())
        # An undated article is offered the date first: its facts are waiting for it.
        self.set_date_action.setText(
            "Set Publication &Date…"
            if one is None or one.needs_date
            else "Change Publication &Date…"
        )
        # Read-only, they stay in the menu greyed: the banner says why.
        self.reextract_action.setEnabled(writable)
        self.remove_action.setEnabled(writable)
        several = n > 1
        self.copy_citation_action.setText(f"&Copy {n:,} Citations" if several else "&Copy Citation")
        self.reextract_action.setText(
            f"Re-e&xtract Facts of {n:,} Articles" if several else "Re-e&xtract Facts"
        )
        self.remove_action.setText(
            f"&Remove {n:,} Articles from Project…" if several else "&Remove from Project…"
        )

    def open_article_url(self) -> bool:
        """Open the chosen article's web address in the browser."""
        chosen = self.chosen_articles()
        if len(chosen) != 1 or not chosen[0].url:
            return False
        url = QUrl.fromUserInput(chosen[0].url.strip())
        # The address comes from the imported page: only a web address is handed on, never
        # a file or a script a saved page might name.
        if not url.isValid() or url.scheme() not in ("http", "https"):
            self.statusBar().showMessage(f"“{chosen[0].url}” is not a web address.", 8000)
            return False
        if not QDesktopServices.openUrl(url):
            self.statusBar().showMessage(f"No browser could open {url.toString()}.", 8000)
            return False
        self.statusBar().showMessage(f"Opened {url.toString()} in the browser.", 5000)
        return True

    def copy_citation(self) -> str:
        """Copy one citation line per chosen article (title, outlet, author, date, address)."""
        chosen = self.chosen_articles()
        if not chosen:
            return ""
        text = "\n".join(citation(a) for a in chosen)
        QApplication.clipboard().setText(text)
        what = "the citation" if len(chosen) == 1 else f"{len(chosen):,} citations"
        self.statusBar().showMessage(f"Copied {what} to the clipboard.", 5000)
        return text

    def set_date_of_chosen(self) -> bool:
        """The chosen article in the reader with the keyboard in its Published field, the
        day there selected to be typed over (Enter applies it, undoably)."""
        chosen = self.chosen_articles()
        if len(chosen) != 1 or self.is_read_only():
            return False
        self.show_undated(chosen[0].id)
        self.reader.published_edit.selectAll()
        return True

    def set_outlet_of_chosen(self) -> QInputDialog | None:
        """The chosen article in the reader, and the box that names its outlet: the reader's
        outlet link from the keyboard (the link is no Tab stop of its own)."""
        chosen = self.chosen_articles()
        if len(chosen) != 1 or self.is_read_only():
            return None
        if self.reader.detail is None or self.reader.detail.record.id != chosen[0].id:
            self.show_article(chosen[0].id)
        if self.reader.detail is None or self.reader.detail.record.id != chosen[0].id:
            return None
        return self.reader.ask_outlet()

    def show_furniture_of_chosen(self) -> None:
        chosen = self.chosen_articles()
        if len(chosen) == 1:
            self.show_furniture(chosen[0].id)

    def remove_chosen(self) -> bool:
        """Ask, then remove the chosen articles (one undoable step)."""
        chosen = self.chosen_articles()
        if not chosen or self.workspace is None or self.project is None:
            return False
        if self.is_read_only():
            self.workspace.remove_articles([], "")  # says why in the status bar
            self.statusBar().showMessage(
                f"{self.project.path.name} is open read-only: nothing can be removed from it.",
                8000,
            )
            return False
        if self.workspace.busy is not None:
            # a second removal queued behind it found the same articles gone ("0 of 5,000
            # removed"): none is asked until the one under way is over
            self.statusBar().showMessage(
                f"Wait a moment: {self.workspace.busy}. Remove more once it is done "
                "(Cancel beside the progress bar stops it).",
                10000,
            )
            return False
        summaries = self.project.removal_summary([a.id for a in chosen])
        if not summaries or not self.confirm_removal(summaries):
            return False
        titles = [s.title for s in summaries]
        label = (
            f"Remove article “{_short(titles[0])}”"
            if len(titles) == 1
            else f"Remove {len(titles):,} articles"
        )
        if len(summaries) > REMOVE_AT_ONCE:
            self._remove_in_background([s.article_id for s in summaries])
            return True
        self.workspace.remove_articles([s.article_id for s in summaries], label)
        what = f"“{_short(titles[0])}”" if len(titles) == 1 else f"{len(titles):,} articles"
        undo = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        them = "it" if len(titles) == 1 else "them"
        self.statusBar().showMessage(
            f"Removed {what}. Edit > Undo ({undo}) puts {them} back.", 10000
        )
        return True

    def _remove_in_background(self, article_ids: list[int]) -> Task:
        """Remove many articles off the GUI thread, REMOVE_AT_ONCE at a time (each batch its
        own transaction): the window stays usable, the progress bar counts them and its
        Cancel stops after the batch under way. What was removed is one undoable step."""
        project = self.project
        assert project is not None
        total = len(article_ids)
        workspace = self.workspace
        assert workspace is not None
        # Undo, Redo and another removal wait for it (Workspace.step, remove_chosen)
        workspace.busy = f"{total:,} articles are being removed"

        def run(ctx: TaskContext) -> tuple[list[Any], str]:
            # Edits wait from now (not while it waited its turn behind an import): an article
            # it takes out would be gone under them. Set here, before the first batch, not
            # by a signal the window reads later.
            workspace.removing = True
            removed: list[Any] = []
            for start in range(0, total, REMOVE_AT_ONCE):
                # closing the project lets it end: the analyst asked for them all to go, and
                # a few seconds (~0.5 ms an article) beat a half-done removal found next time
                if ctx.cancelled() and not workspace.closing:
                    break
                ctx.report(start, total, "articles removed")
                try:
                    removed.extend(
                        project.remove_articles(article_ids[start : start + REMOVE_AT_ONCE])
                    )
                except Exception as exc:
                    # those already removed stay removed, and undoable
                    return removed, str(exc) or type(exc).__name__
            return removed, ""

        task = self.runner.run(
            f"Removing {total:,} articles",
            run,
            on_done=lambda result: self._removed_in_background(project, total, result),
            on_error=lambda m: self.show_error("Removing the articles failed", m),
            writes=True,
        )
        # Both end with it, however it ends (its workspace may be closed: plain attributes).
        task.done.connect(lambda: setattr(workspace, "busy", None))
        task.done.connect(lambda: setattr(workspace, "removing", False))
        return task

    def _removed_in_background(self, project: Any, total: int, result: object) -> None:
        removed, failure = cast(tuple[list[Any], str], result)
        done = len(removed)
        if self.project is not project or self.workspace is None:
            # The project was closed meanwhile: what was removed stays out of its file.
            self.statusBar().showMessage(
                f"{done:,} of {total:,} articles were removed from {project.path.name} "
                "before it was closed.",
                15000,
            )
            return
        label = f"Remove {done:,} articles" if done != 1 else "Remove 1 article"
        self.workspace.record_removal(removed, label)
        undo = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if failure:
            self.show_error(
                "Removing the articles failed",
                f"{done:,} of {total:,} articles were removed (Edit > Undo puts them back); "
                f"the rest are still in the project.\n\n{failure}",
            )
        elif done < total:
            self.statusBar().showMessage(
                f"Removal stopped: {done:,} of {total:,} articles removed, the other "
                f"{total - done:,} kept."
                + (f" Edit > Undo ({undo}) puts back those removed." if done else ""),
                15000,
            )
        else:
            self.statusBar().showMessage(
                f"Removed {done:,} articles. Edit > Undo ({undo}) puts them back.", 10000
            )

    def removal_question(self, summaries: Sequence[Any]) -> QMessageBox:
        """The confirmation: which articles, and everything that goes with them."""
        n = len(summaries)
        facts = sum(s.facts for s in summaries)
        analyst = sum(s.analyst_facts for s in summaries)
        reviewed = sum(s.reviewed_facts for s in summaries)
        figures = sum(s.figures for s in summaries)
        links = sum(s.conflict_links for s in summaries)
        decisions = sum(s.conflict_decisions for s in summaries)
        box = QMessageBox(self)
        box.setObjectName("removeArticlesQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Remove articles" if n > 1 else "Remove article")
        if n == 1:
            box.setText(f"Remove “{_short(summaries[0].title, 90)}” from the project?")
        else:
            listed = "".join(f"\n  • {_short(s.title, 70)}" for s in summaries[:6])
            more = f"\n  … and {n - 6:,} more" if n > 6 else ""
            box.setText(f"Remove these {n:,} articles from the project?{listed}{more}")
        goes = [
            _plural(facts, "fact"),
            _plural(figures, "figure"),
            _plural(links, "conflict link") + " to figures in other articles",
        ]
        lines = [
            f"{'They take' if n > 1 else 'It takes'} with {'them' if n > 1 else 'it'} "
            f"{goes[0]}, {goes[1]} and {goes[2]}."
        ]
        if analyst:
            lines.append(
                f"{_plural(analyst, 'fact')} of those hold your own work (edited, added by "
                "you, tagged or noted): that work is lost with them."
            )
        if reviewed:
            lines.append(
                f"Your verdict on {_plural(reviewed, 'confirmed or rejected fact')} is lost too."
            )
        if decisions:
            lines.append(
                f"{_plural(decisions, 'conflict decision')} on "
                f"{'their' if n > 1 else 'its'} figures no longer apply."
            )
        lines.append("Edit > Undo puts everything back while the project stays open.")
        box.setInformativeText("\n\n".join(lines))
        remove = box.addButton(
            "&Remove" if n == 1 else f"&Remove {n:,} Articles",
            QMessageBox.ButtonRole.DestructiveRole,
        )
        remove.setObjectName("removeButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # Enter does not remove: the analyst says so with the button (or Alt+R).
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    def confirm_removal(self, summaries: Sequence[Any]) -> bool:
        box = self.removal_question(summaries)
        self.removal_box = box
        box.exec()
        answer = (
            box.clickedButton() is not None and box.clickedButton().objectName() == "removeButton"
        )
        box.deleteLater()
        return answer

    def _on_articles_removed(self, article_ids: list[int]) -> None:
        """Take the removed articles out of every view at once; the background read that
        follows recounts figures and conflicts."""
        gone = set(article_ids)
        for article_id in gone:
            self._article_cache.pop(article_id, None)
        source = self._source
        removed_rows = [fid for fid, row in source.rows.items() if row.article_id in gone]
        for fid in removed_rows:
            del source.rows[fid]
        if removed_rows:
            t0, t1 = self.timeline.visible_range()
            self._rebuild_timeline()
            self.timeline.set_visible_range(t0, t1)
        model = self.facts_panel.model
        model.remove_facts(
            {f.id for f in model.all_facts() if f.article is not None and f.article.id in gone}
        )
        if self._current_fact is not None and model.fact(self._current_fact) is None:
            self._current_fact = None
        figures = self.workspace.drop_figures_of(gone) if self.workspace is not None else None
        if figures is not None:
            self.figures_panel.set_figures(figures)
            self.reader.set_figures(figures)
        panel = self.articles_panel
        panel.set_articles([a for a in panel.model.rows if a.id not in gone])
        if self.reader.detail is not None and self.reader.detail.record.id in gone:
            self.reader.clear()
        self._update_article_actions()
        if self.stale_banner.isVisible():
            # its count ("Re-extract 5,000 Articles") held those removed
            self._offer_reextraction()

    def _offer_reextraction(self) -> None:
        """Offer to read again the articles an older fact finder read, unless the project is
        read-only or the analyst said "Not now" to this version of the engine already."""
        from desktop.storage.store import EXTRACTOR_VERSION

        project = self.project
        if project is None or self.is_read_only():
            self.stale_banner.hide()
            return
        declined = self._stale_declined().get(str(project.path.resolve()))
        stale = project.store.stale_articles()
        self.stale_banner.offer(0 if declined == EXTRACTOR_VERSION else len(stale))

    def _stale_declined(self) -> dict[str, Any]:
        try:
            kept = json.loads(str(settings().value("staleOfferDeclined", "{}")))
        except ValueError:
            return {}
        return kept if isinstance(kept, dict) else {}

    def _stale_offer_dismissed(self) -> None:
        """Remember "Not now" for this project until the engine changes again."""
        from desktop.storage.store import EXTRACTOR_VERSION

        if self.project is None:
            return
        declined = self._stale_declined()
        key = str(self.project.path.resolve())
        declined.pop(key, None)
        declined[key] = EXTRACTOR_VERSION
        kept = dict(list(declined.items())[-MAX_REMEMBERED_VIEWS:])
        settings().setValue("staleOfferDeclined", json.dumps(kept))
        self.statusBar().showMessage(
            "The facts stay as they are. Article > Re-extract Facts reads chosen articles again.",
            10000,
        )

    def reextract_stale_articles(self) -> Task | None:
        """Read again, in the background and undoably, every article an older fact finder
        read (the offer made on opening such a project)."""
        project = self.project
        if project is None:
            return None
        stale = set(project.store.stale_articles())
        self.stale_banner.hide()
        rows = [a for a in self.articles_panel.model.rows if a.id in stale]
        if not rows:
            rows = [a for a in project.articles() if a.id in stale]
        return self._reextract_articles(rows)

    def reextract_chosen(self) -> Task | None:
        """Extract the chosen articles' facts again (after an engine upgrade), in the
        background; the status bar says how many facts changed."""
        return self._reextract_articles(self.chosen_articles())

    def _reextract_articles(self, chosen: Sequence[ArticleRecord]) -> Task | None:
        project = self.project
        if not chosen or project is None:
            return None
        if self.is_read_only():
            self.statusBar().showMessage(
                f"{project.path.name} is open read-only: nothing can be re-extracted.", 8000
            )
            return None
        work = [(a.id, shown_title(a)) for a in chosen]

        def run(ctx: TaskContext) -> tuple[object, list[Any], str, str, list[str]]:
            from desktop.services.project import ExtractionChange, ExtractionFailedError

            total = ExtractionChange()
            done = []
            failure = conflicts_failure = ""
            # Articles the fact finder failed on: each kept its facts and stays marked to be
            # read again; the rest of the batch goes on (one unreadable article must not
            # leave every later one stale for ever).
            skipped: list[str] = []
            for i, (article_id, title) in enumerate(work):
                if ctx.cancelled():
                    break
                ctx.report(i, len(work), title)
                try:
                    result = project.reextract_undoable(article_id)
                except ExtractionFailedError as exc:
                    skipped.append(f"“{_short(title)}”: {exc}")
                    continue
                except Exception as exc:
                    # A fault of the project file: the articles already re-extracted stay
                    # so, and stay undoable.
                    failure = f"“{_short(title)}” could not be re-extracted: {exc}"
                    break
                total = total + result.change
                done.append(result)
            try:
                project.refresh_conflicts()
            except Exception as exc:
                # The facts are re-extracted and must stay undoable; the conflicts stay
                # marked out of date and are worked out again when the tab next reads them.
                print(f"factlane: conflicts not recomputed: {exc}", file=sys.stderr)
                conflicts_failure = str(exc) or type(exc).__name__
            return total, done, failure, conflicts_failure, skipped

        return self.runner.run(
            "Re-extracting facts",
            run,
            on_done=lambda result: self._reextracted(result, work),
            on_error=lambda m: self.show_error("Re-extraction failed", m),
            writes=True,
        )

    def _reextracted(self, result: object, work: list[tuple[int, str]]) -> None:
        if self.project is None or not isinstance(result, tuple):
            return
        change, results, failure, conflicts_failure, skipped = result
        done = len(results)
        if self.workspace is not None and results:
            label = (
                f"Re-extract “{_short(work[0][1])}”" if done == 1 else f"Re-extract {done} articles"
            )
            self.workspace.record_reextraction(results, label)
        self.last_reextraction = change
        if self.stale_banner.isVisible() or skipped:
            # fewer articles left to read again, or none; those it failed on are offered again
            self._offer_reextraction()
        self._article_cache.clear()
        if self.workspace is not None:
            self.workspace.forget_figures()
        self.load_details(with_timeline=True, with_articles=True)
        if self.reader.detail is not None:
            self._schedule("reader")
        what = f"“{_short(work[0][1])}”" if len(work) == 1 else f"{done} articles"
        if done < len(work):
            untouched = len(work) - done - len(skipped)
            left = [f"{len(skipped)} not done"] if skipped else []
            if untouched:
                left.append(f"{untouched} {'not done' if failure else 'cancelled'}")
            what += f" ({', '.join(left)})"
        if change.changed:
            parts = []
            if change.added:
                parts.append(f"{change.added} new")
            if change.removed:
                parts.append(f"{change.removed} gone")
            if change.redated:
                parts.append(f"{change.redated} with a new date")
            said = f"{_plural(change.changed, 'fact')} changed ({', '.join(parts)})"
        else:
            said = "no fact changed"
        kept = (
            f"; {_plural(change.kept, 'fact')} you edited or added kept as they were"
            if change.kept
            else ""
        )
        self.statusBar().showMessage(
            f"Re-extracted {what}: {said}{kept}. Edit > Undo puts the earlier facts back.", 15000
        )
        if skipped:
            shown = "\n".join(skipped[:8])
            more = f"\n… and {len(skipped) - 8} more" if len(skipped) > 8 else ""
            self.show_error(
                "Some articles were not re-extracted",
                f"Factlane could not read {_plural(len(skipped), 'article')} again:\n\n"
                f"{shown}{more}\n\nEach kept its facts and figures as they were (an article an "
                "older version read stays marked to be read again); the other articles were "
                "re-extracted.",
            )
        if failure:
            self.show_error(
                "Re-extraction stopped",
                f"{failure}\n\nThe articles before it were re-extracted (Edit > Undo puts "
                "their earlier facts back); the rest were left as they were.",
            )
        elif conflicts_failure:
            self.show_error(
                "Conflicts not worked out",
                f"The facts were re-extracted, but the conflicts could not be worked out again: "
                f"{conflicts_failure}\n\nEdit > Undo still puts the earlier facts back; the "
                "conflicts tab tries again when it next shows them.",
            )

    # -- import ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._importable(event.mimeData(), from_inside=event.source() is not None):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self._importable(event.mimeData(), from_inside=event.source() is not None):
            event.acceptProposedAction()

    def _importable(self, mime: QMimeData | None, *, from_inside: bool = False) -> bool:
        """Whether a drop brings articles: files, web addresses (a link dragged from a
        browser), or a selection of text or HTML; the last two only into an open project,
        and never when dragged from Factlane's own window (a fact's text let go anywhere)."""
        if mime is None:
            return False
        if self._local_files(mime.urls()):
            return True
        return (
            self.project is not None
            and not from_inside
            and bool(_web_addresses(mime.urls()) or mime.hasHtml() or mime.hasText())
        )

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = self._local_files(mime.urls())
        if not paths:
            if self._importable(mime, from_inside=event.source() is not None):
                event.acceptProposedAction()
                self.import_clipboard(mime, how="dropped")
            else:
                event.ignore()
            return
        event.acceptProposedAction()
        if self.project is None:
            projects = [p for p in paths if p.suffix == ".factlane"]
            if projects:
                self.open_project(projects[0])
                return
            # The welcome page's tip says to drop articles on the window: dropped before any
            # project is open, they were refused with a status line and lost. Asked instead
            # where they go (the last project, a new one or another), as for articles opened
            # from the file manager.
            from desktop.app import offer_import

            self.import_offer = offer_import(self, paths)
            return
        if self._refuse_import():
            return
        self.import_paths(paths)

    def _refuse_import(self) -> bool:
        if not self.is_read_only():
            return False
        assert self.project is not None
        self.statusBar().showMessage(
            f"{self.project.path.name} is open read-only: nothing can be imported into it. "
            "Save a copy (File > Save As) to import into the copy.",
            10000,
        )
        return True

    @staticmethod
    def _local_files(urls: Sequence[QUrl]) -> list[Path]:
        out: list[Path] = []
        suffixes = supported_suffixes()
        for url in urls:
            if not url.isLocalFile():
                continue
            p = Path(url.toLocalFile())
            if p.is_dir():
                out.extend(sorted(c for c in p.iterdir() if c.suffix.lower() in suffixes))
            elif p.is_file():
                out.append(p)
        return out

    # -- pasted and fetched articles ----------------------------------------------------------

    def paste_as_article(self) -> ImportDialog | Task | None:
        """Edit > Paste as Article (Ctrl+Shift+V; Ctrl+V on the articles list or the
        timeline): what the clipboard holds, imported as a file would be."""
        mime = QApplication.clipboard().mimeData()
        if self.project is None or self._refuse_import():
            return None
        return self.import_clipboard(mime, how="pasted")

    def import_clipboard(
        self, mime: QMimeData | None, *, how: str = "pasted"
    ) -> ImportDialog | Task | None:
        """Import what a paste or a drop brought: files (the import dialog, as for files
        chosen), web addresses (fetched in the background, then the dialog), or a selection
        of HTML or text (read, then the dialog). Whatever cannot be read is said in a box;
        the clipboard is left as it was."""
        if self.project is None or self._refuse_import():
            return None
        if mime is None:
            self._say_nothing_to_import(how)
            return None
        paths = self._local_files(mime.urls())
        if paths:
            return self.import_paths(paths)
        addresses = _web_addresses(mime.urls())
        html = mime.html() if mime.hasHtml() else None
        text = mime.text() if mime.hasText() else None
        if not addresses and text and _is_web_address(text) and not _html_holds_more(html, text):
            addresses = [text.strip()]  # an address copied from the browser's address bar
        if addresses:
            return self.import_addresses(addresses)
        if not (html and html.strip()) and not (text and text.strip()):
            self._say_nothing_to_import(how)
            return None
        return self._read_paste(text, html, how)

    def _say_nothing_to_import(self, how: str) -> None:
        what = "The clipboard holds" if how == "pasted" else "What was dropped holds"
        self.statusBar().showMessage(
            f"{what} no text, web page or file to import. Copy the article's text in your "
            "browser (or its address) and paste again.",
            10000,
        )

    def _read_paste(self, text: str | None, html: str | None, how: str) -> Task | None:
        """Read a pasted or dropped selection off the GUI thread (a long page takes seconds),
        then show it in the import dialog."""
        from datetime import datetime

        from desktop.ingest.pasted import pasted_name, read_paste

        name = pasted_name(datetime.now())
        if how == "dropped":
            name = name.replace("Pasted", "Dropped", 1)
        project = self.project

        def run(ctx: TaskContext) -> object:
            ctx.report(0, 0, f"Reading the {how} article")
            return read_paste(text, html)

        def done(result: object) -> None:
            from desktop.ingest.pasted import Pasted
            from desktop.ui.dialogs.import_dialog import ready_entries

            if self.project is not project or not isinstance(result, Pasted):
                return
            self.import_paths(ready_entries(name, result.data, [result.article]))

        return self.runner.run(
            f"Reading the {how} article",
            run,
            on_done=done,
            on_error=lambda message: self._say_not_imported(
                "Nothing was imported", f"The {how} article could not be read.", message
            ),
        )

    def import_address_dialog(self) -> Task | None:
        """File > Import from Web Address…: ask for addresses (one a line, or separated by
        spaces), offering the one on the clipboard, and fetch them."""
        if self.project is None or self._refuse_import():
            return None
        clipboard = QApplication.clipboard().text().strip()
        offered = clipboard if _is_web_address(clipboard) else "https://"
        dialog = self.address_prompt = QInputDialog(self)
        dialog.setWindowTitle("Import from web address")
        dialog.setLabelText("Address of the article's page (several: separate them with spaces):")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(offered)
        # As wide as the address offered, up to two thirds of the window: at its own width
        # (425 pixels) a copied article address showed only its tail, '…/ferry-services-to-
        # orrin-island-suspended-after-hull-damage', and not which site it was.
        metrics = dialog.fontMetrics()
        wanted = metrics.horizontalAdvance(offered) + 6 * metrics.averageCharWidth()
        hint = dialog.sizeHint()
        dialog.resize(max(hint.width(), min(wanted, self.width() * 2 // 3)), hint.height())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            text = dialog.textValue()
        finally:
            self.address_prompt = None
            dialog.deleteLater()
        return self.import_addresses(text.split())

    def import_addresses(self, addresses: Sequence[str]) -> Task | None:
        """Fetch each web address in the background (progress and Cancel in the status
        bar), then show what was found in the import dialog; nothing is stored before the
        analyst accepts it. Addresses that cannot be fetched are listed in a box, each with
        what happened."""
        from desktop.ingest.fetch import is_web_address

        if self.project is None or self._refuse_import():
            return None
        wanted = [a.strip() for a in addresses if a.strip()]
        bad = [a for a in wanted if not is_web_address(a)]
        good = [a for a in wanted if is_web_address(a)]
        if not good:
            shown = ", ".join(bad[:3]) or "nothing"
            self._say_not_imported(
                "Nothing was imported",
                "That is not a web address.",
                f"{shown}: type the page's whole address, starting with https:// or http://",
            )
            return None
        project = self.project

        def run(ctx: TaskContext) -> object:
            from urllib.parse import urlsplit

            from desktop.ingest import IngestError
            from desktop.ingest.fetch import FetchCancelled, shown_address
            from desktop.services.files import read_address_items

            found: list[tuple[str, bytes, list[Any]]] = []
            failed = [f"{a}: not a web address" for a in bad]
            for i, address in enumerate(good):
                if ctx.cancelled():
                    break
                host = urlsplit(address).hostname or address

                def said(done: int, total: int | None, i: int = i, host: str = host) -> None:
                    size = f"{done / 1024:,.0f} KB" + (
                        f" of {total / 1024:,.0f} KB" if total else ""
                    )
                    ctx.report(i, len(good), f"Fetching {host}: {size}")

                ctx.report(i, len(good), f"Fetching {host}")
                try:
                    data, articles = read_address_items(
                        address, cancelled=ctx.cancelled, progress=said
                    )
                except FetchCancelled:
                    break
                except IngestError as exc:
                    failed.append(str(exc))
                    continue
                found.append((shown_address(address), data, articles))
            return found, failed, ctx.cancelled()

        def done(result: object) -> None:
            from desktop.ui.dialogs.import_dialog import ready_entries

            if self.project is not project or not isinstance(result, tuple):
                return
            found, failed, cancelled = result
            entries = [
                e for address, data, arts in found for e in ready_entries(address, data, arts)
            ]
            if cancelled and not entries:
                self.statusBar().showMessage("Fetching cancelled: nothing was imported.", 8000)
            if failed:
                count = len(failed)
                self._say_not_imported(
                    "Not fetched",
                    f"{count} web address{'es' if count != 1 else ''} could not be fetched."
                    if len(good) + len(bad) > 1
                    else "The page could not be fetched.",
                    "\n\n".join(failed[:5]),
                )
            if entries:
                self.import_paths(entries)

        count = len(good)
        return self.runner.run(
            f"Fetching {count} web page{'s' if count != 1 else ''}",
            run,
            on_done=done,
            on_error=lambda message: self._say_not_imported(
                "Not fetched", "The page could not be fetched.", message
            ),
        )

    def _say_not_imported(self, title: str, text: str, why: str) -> None:
        """A box that says why an article was not imported, in the reader's or the site's
        words; it does not block the window."""
        box = QMessageBox(self)
        box.setObjectName("notImported")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText("\n\n".join(_reason_apart(line) for line in why.split("\n\n")))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Wide enough for a reason to read in a few lines: at its own width the box set a
        # long address and the site's answer in a column of three words a line.
        grid = box.layout()
        if isinstance(grid, QGridLayout):
            room = min(560, max(320, self.width() // 2))
            grid.addItem(
                QSpacerItem(room, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                grid.rowCount(),
                0,
                1,
                grid.columnCount(),
            )
        self.statusBar().showMessage(f"{text} {why.splitlines()[0] if why else ''}", 10000)
        self.import_problem_box = box
        box.open()

    def import_dialog_open(self) -> None:
        if self.project is None or self._refuse_import():
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", str(self._default_dir()), article_filter() + ";;All files (*)"
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def bring_to_front(self) -> None:
        """Show this window above the others, as when files are handed to it from outside."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def receive_files(self, paths: Sequence[Path]) -> ImportDialog | QMessageBox | None:
        """Articles that a later launch handed to this window (a double-click while Factlane
        is open): the import dialog for them, into this window's project. A read-only project
        takes nothing, and a box says why, since the analyst is looking at this window now."""
        self.bring_to_front()
        if self.project is None or not paths:
            return None
        if self.is_read_only():
            names = ", ".join(p.name for p in list(paths)[:3])
            if len(paths) > 3:
                names += f" and {len(paths) - 3} more"
            box = QMessageBox(self)
            box.setObjectName("readOnlyHandOver")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle("Nothing imported")
            box.setText(
                f"{self.project.path.name} is open read-only: nothing can be imported into it."
            )
            box.setInformativeText(
                f"{names}.\n\nSave a copy (File > Save As) to import into the copy."
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return box
        return self.import_paths(paths)

    def import_paths(self, paths: Sequence[Path | ImportEntry]) -> ImportDialog | None:
        """Show the import dialog for ``paths`` (files, or articles read already: a paste, a
        page fetched); importing starts when the analyst accepts."""
        if self.project is None or not paths or self._refuse_import():
            return None
        from desktop.ui.dialogs.import_dialog import ImportDialog

        if self.import_dialog is not None and self.import_dialog.isVisible():
            # The analyst is at work in it (a page fetched, or a paste read, in the background
            # lands): what they typed there is not thrown away; these wait their turn.
            project = self.project
            waiting = list(paths)

            def later(_result: int) -> None:
                if self.project is project:
                    QTimer.singleShot(0, lambda: self.import_paths(waiting))

            self.import_dialog.finished.connect(later)
            count = len(waiting)
            self.statusBar().showMessage(
                f"{count} more article{'s' if count != 1 else ''} to import: shown when the "
                "import dialog open now is closed.",
                15000,
            )
            return None
        if self.import_dialog is not None:
            self.import_dialog.close()
        project = self.project
        dialog = ImportDialog(
            list(paths), self, runner=self.runner, known=project.article_with_content
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_import(dialog.entries()))

        def forget() -> None:
            if self.import_dialog is dialog:
                self.import_dialog = None

        dialog.destroyed.connect(forget)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def start_import(self, entries: Sequence[ImportEntry]) -> Task | None:
        """Import in the background, one article per transaction. Cancel stops at the next
        step of the file being read (the article is then not stored) and skips the rest."""
        from desktop.services.project import ImportOutcome

        project = self.project
        if project is None or not entries or self._refuse_import():
            return None
        # A file read as several articles in the dialog is imported as one piece of work: the
        # items the analyst kept, each as they left it.
        self._set_on_known = self._set_on_known_articles(entries)
        work: list[ImportEntry | list[ImportEntry]] = []
        from desktop.ui.dialogs.import_dialog import ReadyEntry, entry_name, entry_short_name

        for entry in entries:
            if not entry.item and entry.already_in is not None and isinstance(entry, ReadyEntry):
                work.append(entry)  # recognised again from its bytes; what was typed is set above
            elif not entry.item and entry.already_in is not None:
                work.append(ImportEntry(entry.path))  # what was typed is set above
            elif not entry.item:
                work.append(entry)
            elif not entry.included:
                continue
            elif work and isinstance(work[-1], list) and work[-1][0].path == entry.path:
                work[-1].append(entry)
            else:
                work.append([entry])
        if not work:
            return None

        def name_of(piece: ImportEntry | list[ImportEntry]) -> str:
            return entry_short_name(piece[0] if isinstance(piece, list) else piece)

        #: the articles of this batch the list has been sent
        shown: set[int] = set()

        def show_stored(ctx: TaskContext, outcomes: list[ImportOutcome]) -> None:
            # Each article appears in the list as it is stored, not when the whole batch is
            # in (20 articles took 3.7 s). Only the articles just stored are read, here on
            # the import's thread (the one writer), and added to the list: in a project of
            # 2,000 articles the whole list took 38 ms to read (median), one article 1 ms, and
            # the list was shown every few articles. The batch's end reads everything again,
            # as before.
            new = [
                o.article_id
                for o in outcomes
                if o.status == "imported" and o.article_id is not None
                if o.article_id not in shown
            ]
            if new:
                shown.update(new)
                ctx.deliver(StoredArticles(project, stored_records(project, new)))

        def run(ctx: TaskContext) -> list[ImportOutcome]:
            outcomes: list[ImportOutcome] = []
            for i, piece in enumerate(work):
                show_stored(ctx, outcomes)
                if ctx.cancelled():
                    outcomes.extend(
                        ImportOutcome(entry_name(x[0] if isinstance(x, list) else x), "cancelled")
                        for x in work[i:]
                    )
                    break
                ctx.report(i, len(work), name_of(piece))

                # One long file (a 300-page report: seconds to read, more to extract) says
                # which step it is at, rather than sit at 0/1.
                def stage(step: str, i: int = i, name: str = name_of(piece)) -> None:
                    ctx.report(i, len(work), f"{name}: {IMPORT_STEPS.get(step, step)}")

                if isinstance(piece, list):
                    chosen = [
                        (x.item, x.raw, x.edited_raw() or x.raw, x.user_published())
                        for x in piece
                        if x.raw is not None
                    ]
                    outcome = project.import_chosen_items(
                        piece[0].file_data or b"",
                        chosen,
                        entry_name(piece[0]),
                        item_count=piece[0].item_count,
                        cancelled=ctx.cancelled,
                        stage=stage,
                    )
                    outcomes.extend(outcome.each())
                    ctx.report(i + 1, len(work), name_of(piece))
                    continue
                e = piece
                raw = e.edited_raw() if e.edited() else None
                if isinstance(e, ReadyEntry) and e.data is not None and e.raw is not None:
                    # a paste or a page fetched: there is no file to read again
                    outcome = project.import_article(
                        e.data,
                        raw or e.raw,
                        e.name,
                        published=None if e.already_in is not None else e.user_published(),
                        cancelled=ctx.cancelled,
                        stage=stage,
                    )
                elif raw is not None and e.data is not None:
                    outcome = project.import_article(
                        e.data,
                        raw,
                        str(e.path),
                        published=e.user_published(),
                        cancelled=ctx.cancelled,
                        stage=stage,
                    )
                else:
                    outcome = project.import_file(e.path, cancelled=ctx.cancelled, stage=stage)
                # a feed or a database export of several articles counts each one it stored
                outcomes.extend(outcome.each())
                ctx.report(i + 1, len(work), name_of(e))
            show_stored(ctx, outcomes)  # the last one, before the conflicts are worked out
            if any(o.status == "imported" for o in outcomes):
                try:
                    project.refresh_conflicts()
                except Exception as exc:  # facts are in; conflicts can be recomputed later
                    print(f"factlane: conflicts not recomputed: {exc}", file=sys.stderr)
            return outcomes

        return self.runner.run(
            f"Importing {len(work)} file{'s' if len(work) != 1 else ''}",
            run,
            on_done=self._import_done,
            on_partial=self._show_stored_articles,
            writes=True,
            on_error=lambda m: self.show_error(
                "Import failed",
                "Factlane could not finish importing the articles.",
                "The articles imported before the failure are in the project. Import the "
                "rest again with File > Import Articles… (Ctrl+I); those already in are "
                "recognised and not imported twice.",
                details=m + log_hint(),
            ),
        )

    def _show_stored_articles(self, part: object) -> None:
        """Articles a batch import has just stored, added to the list (the rest of it, the
        current article and the scroll stay as they are)."""
        if isinstance(part, StoredArticles) and part.project is self.project:
            added = self.articles_panel.add_articles(part.articles)
            self._source.titles.update({a.id: a.display_title for a in added})

    def _set_on_known_articles(self, entries: Sequence[ImportEntry]) -> list[str]:
        """An outlet or date typed in the import dialog for an article the project already
        holds is set on that article here, each as one step of Edit > Undo, and seen at once
        in every view (the import set them out of sight: the outlet was dropped, the date
        could not be undone). Returns what was set, for the status bar."""
        said: list[str] = []
        if self.workspace is None:
            return said
        for entry in entries:
            known = entry.already_in
            if entry.item or known is None or not entry.published_valid():
                continue
            done: list[str] = []
            source = " ".join(entry.fields.get("source", "").split())
            if "source" in entry.fields and source != (known.source or ""):
                self.workspace.update_article(known.id, {"source": source or None})
                done.append(f"outlet set to {source}" if source else "outlet cleared")
            published = entry.user_published()
            if published is not None and published != known.published:
                self.workspace.set_published(known.id, published)
                done.append(f"publication date set to {shown_day(published)}")
            if done:
                said.append(f"“{shown_title(known)}”: " + " and ".join(done))
        return said

    def _import_done(self, result: object) -> None:
        from desktop.services.project import ImportOutcome

        items: list[object] = list(result) if isinstance(result, list) else []
        outcomes = [o for o in items if isinstance(o, ImportOutcome)]
        self.last_import = outcomes
        if self.project is None:
            return
        if self._closing_project:
            # Closed under the import (another project opened, File > Close): 'Imported 2
            # articles, 22 cancelled' said over the next project read as its own import, and
            # the files not read went unnamed. Said by the project's name once the window has
            # moved on (close_project, _attach); nothing more is read from this project.
            imported = sum(o.status == "imported" for o in outcomes)
            skipped = sum(o.status == "cancelled" for o in outcomes)
            if skipped:
                self._stopped_import = (
                    f"The import into {self.project.path.name} stopped when it was closed: "
                    f"{_plural(imported, 'article')} imported, {_plural(skipped, 'file')} not "
                    "read. Open it and import those again (the articles already in are "
                    "recognised)."
                )
            return
        self._article_cache.clear()
        # The new facts are read and drawn in the background; the window stays usable.
        self.load_details(with_timeline=True, with_articles=True, fit=True)
        imported = sum(o.status == "imported" for o in outcomes)
        dup = sum(o.status == "duplicate" for o in outcomes)
        cancelled = sum(o.status == "cancelled" for o in outcomes)
        failed = [o for o in outcomes if o.status == "failed"]
        parts = [f"Imported {imported} article{'s' if imported != 1 else ''}"]
        set_on_known, self._set_on_known = self._set_on_known, []
        if dup and not imported and set_on_known:
            parts = [f"Already in the project: {'; '.join(set_on_known)} (Edit > Undo)"]
        elif dup and not imported and (found := self._only_duplicate(outcomes)):
            # "Imported 0 articles" read as a failure: say what is there, and where.
            parts = [f"Nothing new: “{found}” is already in the project (shown)"]
        elif dup:
            parts.append(f"{dup} already in the project")
        if cancelled:
            parts.append(f"{cancelled} cancelled")
        if failed:
            parts.append(f"{len(failed)} failed")
        new_ids = [o.article_id for o in outcomes if o.status == "imported" and o.article_id]
        undated = self._undated_among(new_ids)
        if undated:
            parts.append(f"{len(undated)} without a publication date (type it in Published)")
            self.show_undated(undated[0])
        else:
            # The keyboard lands on what was brought in (a duplicate: the article already in
            # the project), not on the widget that had it before the dialog opened.
            landed = new_ids or [o.article_id for o in outcomes if o.article_id]
            if landed and landed[0] is not None:
                self.show_imported(landed[0])
        self.statusBar().showMessage(", ".join(parts) + ".", 15000)
        if failed:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle("Some files were not imported")
            box.setText(f"{len(failed)} of {len(outcomes)} files could not be imported.")
            box.setDetailedText("\n".join(_failure_line(o.path, o.message) for o in failed))
            box.setInformativeText("\n".join(_failure_line(o.path, o.message) for o in failed[:5]))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.failure_box = box
            box.open()

    def _only_duplicate(self, outcomes: Sequence[Any]) -> str:
        """The title of the one article an import found already in, or ""."""
        ids = {o.article_id for o in outcomes if o.status == "duplicate" and o.article_id}
        if len(ids) != 1:
            return ""
        detail = self._article(next(iter(ids)))
        return shown_title(detail.record) if detail is not None else ""

    def _undated_among(self, article_ids: Sequence[int]) -> list[int]:
        if self.workspace is None:
            return []
        found = []
        for article_id in article_ids:
            detail = self._article(article_id)
            if detail is not None and detail.record.needs_date:
                found.append(article_id)
        return found

    def show_imported(self, article_id: int) -> None:
        """An article just imported: read in the reader and current in the articles list,
        with the keyboard there (arrows go on to the next article, Tab to its facts)."""
        detail = self._article(article_id)
        if detail is None:
            return
        self._current_fact = None
        self.reader.show_article(detail, self._figures_of(article_id))
        self.facts_panel.current_article = article_id
        # The list is read again in the background: the article is selected now if the list
        # has it, else when the list lands (_details_loaded marks the article read).
        self.articles_panel.select_article(article_id, emit=False)
        self.articles_panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- triage by keys ------------------------------------------------------------------------

    def step_undated_article(self, forward: bool = True) -> int | None:
        """The next (previous) article in the list that needs a publication date, after the
        one being read, in the reader with the keyboard in Published: F8, type the day,
        Enter, F8 again. Returns the article's id."""
        panel = self.articles_panel
        proxy = panel.proxy
        rows = proxy.rowCount()
        if self.project is None or rows == 0:
            return None
        current = panel.current_article()
        here = -1
        if current is not None and (row := panel.model.row_of(current)) is not None:
            here = proxy.mapFromSource(panel.model.index(row, 0)).row()
        step = 1 if forward else -1
        start = here if here >= 0 else (-1 if forward else rows)
        for k in range(1, rows + 1):
            r = (start + step * k) % rows
            record = proxy.index(r, 0).data(ArticleRecordRole)
            if isinstance(record, ArticleRecord) and record.needs_date:
                self.show_undated(record.id)
                left = sum(1 for a in panel.model.rows if a.needs_date)
                self.statusBar().showMessage(
                    f"{left:,} article{'s' if left != 1 else ''} need a publication date "
                    f"(F8: the next, Shift+F8: the previous)",
                    5000,
                )
                return record.id
        self.statusBar().showMessage("Every article has a publication date", 4000)
        return None

    def step_conflict_fact(self, forward: bool = True) -> int | None:
        """The next (previous) fact in the facts table, after the chosen one, with a figure
        that contradicts another source: chosen everywhere, the keyboard left where it is.
        Returns its id."""
        model = self.facts_panel.model
        rows = model.rowCount()
        if self.project is None or rows == 0:
            return None
        here = model.row_of(self._current_fact) if self._current_fact is not None else None
        step = 1 if forward else -1
        start = here if here is not None else (-1 if forward else rows)
        for k in range(1, rows + 1):
            r = (start + step * k) % rows
            fact = model.fact_at(r)
            if fact.has_conflict and r != here:
                self.select_fact(fact.id)
                return fact.id
        self.statusBar().showMessage("No fact shown has a figure in a conflict", 4000)
        return None

    def toggle_reading_fact(self) -> bool:
        """Ctrl+J: from the chosen fact to its sentence in the article (the keyboard on it,
        to read around it), and from the text back where the keyboard was, with the fact at
        the caret chosen. Returns True when it moved."""
        body = self.reader.body
        if body.hasFocus():
            found = self.select_fact_at_caret()
            back = self._read_from
            self._read_from = None
            target = back if back is not None and back.isVisible() else self.facts_panel.table
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if found is None:
                self.statusBar().showMessage("Back; no fact is written at the caret", 4000)
            return True
        fact = self._fact_record(self._current_fact) if self._current_fact is not None else None
        if fact is None or fact.article is None or fact.end <= fact.start:
            self.statusBar().showMessage("Choose a fact from an article first", 4000)
            return False
        if self.reader.highlighted_range() != (fact.start, fact.end):
            self.select_fact(fact.id)
        focused = QApplication.focusWidget()
        self._read_from = focused if focused is not None and focused is not body else None
        self.reader.set_caret(fact.start)
        body.ensureCursorVisible()
        body.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def show_undated(self, article_id: int) -> None:
        """An article just imported without a publication date: in the reader, with the
        keyboard in its Published field, since its relative dates wait for that date (the
        reader showed whatever it showed before, and the analyst had to find the article)."""
        detail = self._article(article_id)
        if detail is None:
            return
        self.articles_panel.select_article(article_id, emit=False)
        self._current_fact = None
        self.reader.show_article(detail, self._figures_of(article_id))
        self.facts_panel.current_article = article_id
        if self.reader.published_edit.isEnabled():
            self.reader.published_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- export ------------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog | None:
        """Export what the search and filters show (said in the dialog), or everything."""
        from desktop.ui.dialogs.export_dialog import ExportDialog

        if self.project is None:
            return None
        model = self.facts_panel.model
        # A fact-check ends in the same export each time (CSV for the desk, Markdown for the
        # brief): the last format and folder are offered again, not the HTML report beside
        # the project.
        s = settings()
        last_format = str(s.value("export/format", "") or "")
        last_folder = Path(str(s.value("export/folder", "") or self.project.path.parent))
        if not last_folder.is_dir():
            last_folder = self.project.path.parent
        dialog = ExportDialog(
            self,
            EXPORT_FORMATS,
            last_folder / self.project.path.stem,
            shown=model.rowCount(),
            total=model.total(),
            narrowed=self.filter_summary(),
            **({"chosen": last_format} if last_format in EXPORT_FORMATS else {}),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            shown = dialog.only_shown()
            ids = self.facts_panel.model.fact_ids() if shown else None
            # Everything, while a search or filter narrows the screen: the picture is drawn
            # anew with every fact.
            whole = not shown and bool(self.filter_summary())
            target = dialog.target()
            s.setValue("export/format", dialog.format_combo.currentText())
            s.setValue("export/folder", str(target.parent))
            self.export(dialog.format(), target, fact_ids=ids, whole_picture=whole)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def filter_summary(self) -> str:
        """How the facts shown are narrowed, in words ('' when they are not)."""
        flt = self.fact_filter
        parts: list[str] = []
        if flt.text.strip():
            parts.append(search_words(flt.text.strip()))
        if flt.sources:
            parts.append("from " + ", ".join(sorted(flt.sources, key=str.lower)))
        elif flt.source is not None:
            parts.append(f"from {flt.source}")
        status = self.status_combo.currentData()
        if status is not None:
            parts.append(f"{self.status_combo.currentText().lower()} only")
        if flt.has_days():
            parts.append(f"in {self.dates_button.text()}")
        if not parts:
            return ""
        if flt.show_rejected and status is None:
            parts.append("rejected facts included")
        return ", ".join(parts)

    def export(
        self,
        fmt: str,
        target: Path,
        *,
        fact_ids: Sequence[int] | None = None,
        whole_picture: bool = False,
    ) -> Task | None:
        """Write ``target``: the facts of ``fact_ids`` (what is shown) or, None, every fact.
        A timeline picture is the timeline as drawn on screen, or with ``whole_picture``
        every fact of the project drawn anew."""
        project = self.project
        if project is None:
            return None
        if fmt in ("png", "svg") and whole_picture:
            # Everything, while the screen shows a part: drawn anew, every fact framed.
            from desktop.services.export import ExportError, check_export_target
            from desktop.ui.export import render_timeline

            try:
                check_export_target(project.path, target)
                render_timeline(project, target, title=picture_title(project.path))
            except (ExportError, OSError) as exc:
                self.show_error(
                    "Export failed", str(exc), EXPORT_ADVICE, details=technical(exc, target)
                )
                return None
            self.statusBar().showMessage(f"Saved the timeline to {target}", 8000)
            return None
        if fmt in ("png", "svg"):
            from desktop.services.export import ExportError, check_export_target

            try:
                check_export_target(project.path, target)
            except ExportError as exc:
                self.show_error(
                    "Export failed", str(exc), EXPORT_ADVICE, details=technical(exc, target)
                )
                return None
            # The picture is the timeline as the analyst sees it (its width, range, lanes and
            # facts: a wider canvas would lay the facts out differently), every lane whole,
            # with a title and a legend and without the selection or the counts at the
            # edges, at twice the pixels so that it prints sharp; drawn on the GUI thread.
            try:
                ok = self.timeline.render_report(
                    target,
                    scale=EXPORT_PIXEL_SCALE,
                    title=picture_title(project.path),
                    notes=self.filter_summary(),
                )
            except OSError as exc:
                # (a full disk: the system's reason, "No space left on device", is the news)
                reason = exc.strerror or str(exc)
                self.show_error(
                    "Export failed",
                    f"Could not write {target}: {reason}.",
                    EXPORT_ADVICE,
                    details=technical(exc, target),
                )
                return None
            if ok:
                self.statusBar().showMessage(f"Saved the timeline to {target}", 8000)
            else:
                self.show_error("Export failed", f"Could not write {target}.", EXPORT_ADVICE)
            return None

        def run(ctx: TaskContext) -> list[Path]:
            from desktop.services.export import export_project

            ctx.report(0, 0, f"Exporting {fmt}")
            return export_project(project, fmt, target, fact_ids)

        def done(result: object) -> None:
            written = result if isinstance(result, list) else []
            names = ", ".join(Path(p).name for p in written) or target.name
            self.statusBar().showMessage(f"Exported {names} to {target.parent}.", 10000)

        return self.runner.run(
            f"Exporting {fmt}",
            run,
            on_done=done,
            on_error=lambda m: self.show_error(
                "Export failed",
                f"Factlane could not export the project as {fmt}.",
                EXPORT_ADVICE,
                details=m + log_hint(),
            ),
        )

    # -- background progress -----------------------------------------------------------------

    def _show_busy(self, text: str) -> None:
        """The bar as a busy bar, with ``text`` beside it (a busy bar shows no text)."""
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.setToolTip(text)
        self.progress_label.setText(text)
        self.progress_label.show()

    def _task_started(self, task: Task) -> None:
        self._show_busy(task.name)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        task.progress.connect(self._task_progress)

    def cancel_tasks(self) -> None:
        """Cancel what runs in the background. A step under way (extracting the facts of a
        long report) ends first, so the bar says the cancel was heard until it does."""
        self.runner.cancel_all()
        self.cancel_button.setEnabled(False)
        self._show_busy("Cancelling…")

    def _task_progress(self, done: int, total: int, text: str) -> None:
        if not self.cancel_button.isEnabled():
            return  # cancelling: the bar keeps saying so
        if total <= 0:
            self._show_busy(self.progress_label.text() or text)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(f"{done:,}/{total:,} {text}")
            self.progress.setToolTip(self.progress_label.text())
            self.progress_label.hide()

    def _tasks_idle(self) -> None:
        self.progress_label.hide()
        self.progress.hide()
        self.cancel_button.hide()

    def show_shortcuts(self) -> None:
        from desktop.ui.dialogs.help import ShortcutsDialog, show_fitted

        self._help_dialog(ShortcutsDialog(self.menuBar(), self), show_fitted)

    def show_getting_started(self) -> None:
        from desktop.ui.dialogs.help import GettingStartedDialog, show_fitted

        self._help_dialog(GettingStartedDialog(self.menuBar(), self), show_fitted)

    def _help_dialog(self, dialog: QDialog, show: Callable[[QDialog], None]) -> None:
        # Beside the work, not in front of it: the analyst tries a key with the list open.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dialog
        show(dialog)

    def report_problem(self) -> QDialog:
        from desktop.app import log_file
        from desktop.ui.dialogs.help import ReportProblemDialog

        dialog = ReportProblemDialog(log_file(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dialog
        dialog.open()
        return dialog

    #: Opens a folder in the system's file manager; tests replace it to see what was asked.
    open_folder: Callable[[Path], bool] = staticmethod(
        lambda folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    )

    def log_folder(self) -> Path:
        from desktop.app import log_file

        return log_file().parent

    def settings_folder(self) -> Path:
        return Path(settings().fileName()).parent

    def open_log_folder(self) -> bool:
        return self._open_folder(self.log_folder(), "log")

    def open_settings_folder(self) -> bool:
        return self._open_folder(self.settings_folder(), "settings")

    def _open_folder(self, folder: Path, what: str) -> bool:
        if not folder.is_dir():
            self.statusBar().showMessage(f"Factlane has written no {what} yet ({folder}).", 8000)
            return False
        if not self.open_folder(folder):
            self.statusBar().showMessage(f"Could not open {folder}.", 8000)
            return False
        return True

    def about(self) -> None:
        from desktop import __version__

        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<p>Dated facts, figures and the conflicts between "
            "sources, across many news articles.</p>",
        )


# Failures go to the log file once start_log has given it one; until then (a test, a
# screenshot run) they go nowhere rather than to stderr as Python's last resort.
logging.getLogger("factlane").addHandler(logging.NullHandler())


def route_project_errors() -> None:
    """Send a project error that no code caught on the GUI thread (a read of a project file
    deleted while open, made by a click) to the window of that project, which says what
    happened in its box, rather than let Qt print a trace and the click seem to do nothing;
    one raised after its project was closed is logged only. Anything else goes on to the
    hook that was there before. Installed once, by launch."""
    previous = sys.excepthook
    if getattr(previous, "routes_project_errors", False):
        return

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        if isinstance(error, Exception) and project_error_handled(error):
            return
        previous(kind, error, trace)

    hook.routes_project_errors = True  # type: ignore[attr-defined]
    sys.excepthook = hook


def project_error_handled(error: Exception) -> bool:
    """Whether ``error`` was a project error a window (or nobody, the project being closed)
    has dealt with: see route_project_errors."""
    storage = sys.modules.get("desktop.storage.project")
    if storage is None:
        return False  # no project was ever opened: it cannot be one of theirs
    if isinstance(error, storage.ProjectClosedError):
        logging.getLogger("factlane").info("after its project was closed: %s", error)
        return True
    if not isinstance(error, storage.ProjectMovedError):
        return False
    for widget in QApplication.topLevelWidgets():
        project = getattr(widget, "project", None)
        if (
            isinstance(widget, MainWindow)
            and project is not None
            and str(error).startswith(project.path.name)
        ):
            widget.project_write_failed(error)
            return True
    return False


def search_words(text: str) -> str:
    """The search box's text as the facts it shows: "facts with “prisoners”"; a search that
    quotes a phrase or leaves a word out ('"North Korean" -killed') is given as typed, as a
    search, not wrapped in quotes of its own ('“"North Korean" -killed”' read as a typo)."""
    if '"' in text or any(w.startswith("-") and len(w) > 1 for w in text.split()):
        return f"facts found by the search {text}"
    return f"facts with “{text}”"


def stored_records(project: ProjectService, article_ids: Sequence[int]) -> list[ArticleRecord]:
    """The articles list's records of articles just stored, with their counts of facts (not
    rejected) and figures as ProjectService.articles() gives them: a few small reads for each,
    whatever the size of the project."""
    records = []
    for article_id in article_ids:
        record = project.article(article_id).record
        facts = project.facts(article_id=article_id, include_rejected=False)
        figures = project.figures(article_id=article_id)
        records.append(replace(record, fact_count=len(facts), figure_count=len(figures)))
    return records


def recovered_copy(project: Path, message: str) -> Path | None:
    """The recovered copy the services made of ``project`` when it was deleted or replaced
    while open ("NAME (recovered DATE).factlane" beside it), as the refusal ``message`` names
    it; None when it names none, or the copy is not there."""
    pattern = f"{glob.escape(project.stem)} (recovered *){project.suffix}"
    try:
        found = [p for p in project.parent.glob(pattern) if p.name in message and p.is_file()]
    except OSError:
        return None
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def technical(exc: BaseException, path: Path | None = None) -> str:
    """The error as the system gave it, for "Show Details…" and a problem report."""
    lines = [f"{type(exc).__module__}.{type(exc).__name__}: {exc}"]
    if path is not None:
        lines.append(f"file: {path}")
    lines.append("".join(traceback.format_exception(exc)).rstrip())
    return "\n".join(lines)


def log_hint() -> str:
    from desktop.app import log_file

    return f"\n\nThe full trace is in the log: {log_file()}"


#: how many of a project's searches are remembered
MAX_RECENT_SEARCHES = 15

#: A search of the facts that takes less than this runs at each keystroke (a keystroke that
#: waits this long still feels immediate); a slower one waits for FIND_PAUSE_MS of no typing.
FIND_AT_ONCE_MS = 50
FIND_PAUSE_MS = 180


def _failure_line(path: str | Path, message: str) -> str:
    """'name: why' for a file that was not imported; the why often names it already
    ('broken.pdf: broken.pdf: the PDF is damaged')."""
    name = Path(path).name
    return message if message.startswith(f"{name}:") else f"{name}: {message}"


def _same_view(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two views, each its first day and pixels per day, are the same."""
    return abs(a[0] - b[0]) < 1e-3 and abs(a[1] - b[1]) <= 1e-6 * max(abs(b[1]), 1.0)


def _days_of(view: dict[str, Any] | None) -> tuple[float, float] | None:
    days = view.get("days") if view is not None else None
    if not isinstance(days, list) or len(days) != 2:
        return None
    try:
        t0, t1 = float(days[0]), float(days[1])
    except (TypeError, ValueError):
        return None
    return (t0, t1) if t1 > t0 else None


def picture_title(project: Path) -> str:
    """The title over an exported timeline picture."""
    return f"{project.stem}: facts by date"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file: one path, a link to it, or a hard link."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


class HeightFollower(QObject):
    """Keeps ``follower`` at least as tall as ``leader``."""

    def __init__(self, leader: QWidget, follower: QWidget) -> None:
        super().__init__(leader)
        self._follower = follower
        leader.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._follower.setMinimumHeight(watched.height())
        return False


class FirstPaintWatcher(QObject):
    """Calls ``callback`` once, after ``widget`` has first been painted (with ``ready``, the
    first paint at which ``ready()`` holds: asked as the paint begins)."""

    def __init__(
        self,
        widget: QWidget,
        callback: Callable[[], None],
        *,
        ready: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        self._ready = ready
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self._callback is not None
            and (self._ready is None or self._ready())
        ):
            callback, self._callback = self._callback, None
            # After this paint has finished, not in the middle of it.
            QTimer.singleShot(0, callback)
        return False


#: the module that opening a project needs first (SQLAlchemy, the stores, and through the
#: services the readers' and extractors' patterns): most of a second to import
PROJECT_LAYER = "desktop.services.project"


class BackgroundImport:
    """Imports ``module`` on a thread of its own, so that the GUI thread does not stop for it.

    Started once the window is first painted; the project is opened when it is done. Imported
    on the GUI thread, the project layer froze a window just shown for most of a second (the
    demo's facts came 1.8 s after it showed, on a busy machine).
    A module that fails to import is imported again by whoever needs it, and fails there with
    its own error.
    """

    def __init__(self, module: str) -> None:
        self.module = module
        self._thread = threading.Thread(target=self._run, name=f"import {module}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import gc
        import importlib

        try:
            importlib.import_module(self.module)
        except Exception:
            return
        # What the import made lives as long as the app: out of the collector's sight, the
        # first full collection (the timeline's, as the project opens, on the GUI thread)
        # does not walk all of it (50-140 ms of the demo's opening).
        gc.freeze()

    def done(self) -> bool:
        return not self._thread.is_alive()

    def when_done(self, then: Callable[[], None], context: QObject) -> None:
        """Call ``then`` on the GUI thread once the import is over (at once when it is);
        never once ``context`` is gone."""
        if self.done():
            then()
            return
        QTimer.singleShot(10, context, lambda: self.when_done(then, context))


def _asked_to_open_files(app: QApplication, window: MainWindow) -> bool:
    from desktop.ui.file_open import FileOpenReceiver

    receiver = app.findChild(FileOpenReceiver)
    return window.project is not None or bool(receiver is not None and receiver.pending())


def launch(
    app: QApplication,
    project_path: Path | None,
    *,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    started: float | None = None,
    style_sheet: str = "",
    shown_as: Path | None = None,
) -> int:
    """Show the window at once, then open ``project_path`` (or the last project) into it.
    ``shown_as`` is the project named in messages when ``project_path`` is a private copy of
    it (a screenshot draws one: see services.snapshot).

    The window is painted before the project layer (SQLAlchemy, the extractors) is even
    imported, so the analyst sees it without waiting; the project fills it a moment later.
    ``style_sheet`` is set on the app once the window is built (see style.apply_look).
    """
    t0 = started if started is not None else time.perf_counter()
    timing = bool(os.environ.get("FACTLANE_STARTUP_TIMING"))
    path = project_path
    remembered = False
    if path is None and screenshot is None:
        last = settings().value("lastProject", "")
        if last and Path(str(last)).exists():
            path = Path(str(last))
            remembered = True
    route_project_errors()
    window = MainWindow()
    if style_sheet:
        app.setStyleSheet(style_sheet)
    # A screenshot run has nobody to answer a question: a held project is drawn read-only.
    window.ask_before_read_only = screenshot is None
    if size:
        window.resize(*size)
    exit_code = [0]

    shot_deadline = time.perf_counter() + 20.0

    def finish() -> None:
        if screenshot is not None:
            # The facts, articles and conflicts are read in the background after the first
            # paint: a picture taken then showed "Loading facts…" and an empty list.
            if window.runner.busy() and time.perf_counter() < shot_deadline:
                QTimer.singleShot(50, finish)
                return
            if window.project is not None:
                window.frame_timeline()
            QApplication.processEvents()
            if not window.grab().save(str(screenshot)):
                print(f"factlane: could not write {screenshot}", file=sys.stderr)
                exit_code[0] = 1
        if timing:
            print(f"PROJECT_DRAWN {time.perf_counter() - t0:.4f}", flush=True)
        if screenshot is not None or timing:
            window.close()
            app.quit()

    def shown() -> None:
        if timing:
            print(f"FIRST_WINDOW_SHOWN {time.perf_counter() - t0:.4f}", flush=True)
        # The project layer is imported once the window is on screen (started while the
        # window was built, it slowed the window's first paint: one interpreter runs one
        # thread's Python at a time), and off the GUI thread: the window answers (is moved,
        # resized, painted) while it loads. With no project to open, it is ready sooner for
        # one opened from the welcome screen.
        layer = BackgroundImport(PROJECT_LAYER)
        if path is None:
            open_project()
            return
        if not layer.done():
            window.welcome.status.setText(f"Opening {path.name}…")
        layer.when_done(open_project, window)

    def open_project() -> None:
        # Started by a double-click on a file (macOS sends it as an event, not an argument):
        # that file is what the analyst wants, not the last project.
        skip_last = remembered and _asked_to_open_files(app, window)
        path_to_open = None if skip_last else path
        if path_to_open is not None:
            window.welcome.status.setText(f"Opening {path_to_open.name}…")
            window.welcome.status.repaint()
            if not window.open_project(path_to_open):
                window.welcome.status.clear()
                if screenshot is not None:
                    # the box's reason, which nobody reads in a scripted run
                    named = shown_as or path
                    why = window.open_refusal or "the window could not open it"
                    print(f"factlane: cannot open {named}: {why}", file=sys.stderr)
                    exit_code[0] = 3
                    window.close()
                    app.quit()
                    return
        # the welcome page's tip, held while the project opened: worded now if it stayed
        window.welcome.hint.release()
        if screenshot is None and not timing:
            return
        if window.project is not None:
            # Wait for the timeline's own first paint with the project's facts in it (a big
            # project's are read in the background: its first paint says "Reading…").
            delay = 100 if screenshot is not None else 0
            FirstPaintWatcher(
                window.timeline.viewport(),
                lambda: QTimer.singleShot(delay, finish),
                ready=window.timeline_read,
            )
            window.timeline.viewport().update()
        else:
            QTimer.singleShot(0, finish)

    FirstPaintWatcher(window, shown)
    if path is not None:
        # The welcome page shows only while the project opens: its tip, naming the formats
        # the import reads, would import the readers first (a third of a second or more).
        window.welcome.hint.hold()
    window.show()
    code = app.exec()
    return exit_code[0] or code
