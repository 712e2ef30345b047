"""The welcome page: New, Open, the demo project, and recent projects one click away."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

ModelIndex = QModelIndex | QPersistentModelIndex
PathRole = Qt.ItemDataRole.UserRole + 1


#: What the analyst calls each format the import reads, in the order the tip names them.
FORMAT_NAMES = {
    "txt": "text",
    "md": "Markdown",
    "html": "web pages",
    "mhtml": "saved web archives",
    "pdf": "PDF",
    "docx": "Word",
    "odt": "OpenDocument",
    "rtf": "RTF",
    "eml": "e-mail",
    "feed": "news feeds",
}


def readable_formats() -> str:
    """The formats the import reads, in words: 'text, Markdown, ... and news feeds'.

    Built from the readers' own list so that a new format shows up here; one without a name
    in FORMAT_NAMES is shown by its suffixes rather than left out.
    """
    from desktop.ingest import SUPPORTED_SUFFIXES

    formats = list(dict.fromkeys(SUPPORTED_SUFFIXES.values()))
    order = list(FORMAT_NAMES)
    formats.sort(key=lambda f: order.index(f) if f in order else len(order))
    names = [
        FORMAT_NAMES.get(f) or "/".join(s for s, g in SUPPORTED_SUFFIXES.items() if g == f)
        for f in formats
    ]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class ShownTip(QLabel):
    """A label whose words are made the first time it is shown or read. The import tip names
    the formats from the readers' own list, and importing the readers (desktop.ingest) costs a
    third of a second or more of the GUI thread: a window started on a project shows the
    welcome page only while the project opens (``hold``), and should not pay for the tip
    before the project's facts show."""

    def __init__(self, words: Callable[[], str]) -> None:
        super().__init__("")
        self._words: Callable[[], str] | None = words
        self._held = False

    def hold(self) -> None:
        """Shown from now on, the tip stays without words until :meth:`release`."""
        self._held = True

    def release(self) -> None:
        """The words are made now if the tip is in view, else when it is next shown."""
        self._held = False
        if self.isVisible():
            self._fill()

    def _fill(self) -> None:
        if self._words is not None:
            words, self._words = self._words, None
            self.setText(words())

    def text(self) -> str:
        self._fill()
        return super().text()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._held:
            self._fill()
        super().showEvent(event)


class RecentProjectsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []

    def set_paths(self, paths: Sequence[Path]) -> None:
        self.beginResetModel()
        self._paths = list(paths)
        self.endResetModel()

    def path_at(self, row: int) -> Path:
        return self._paths[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._paths):
            return None
        p = self._paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.stem}\n{p.parent}"
        if role == PathRole:
            return str(p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(p) if p.exists() else f"{p} (missing)"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return p.stem
        return None


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(760)

        logo = QLabel()
        if icon is not None and not icon.isNull():
            logo.setPixmap(icon.pixmap(QSize(72, 72)))
        title = QLabel("Factlane")
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(
            "Follow a story across many articles: what happened when, who said which number, "
            "and where the sources disagree."
        )
        subtitle.setObjectName("welcomeSubtitle")
        subtitle.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(subtitle)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.new_button = QPushButton("&New project…")
        self.open_button = QPushButton("&Open project…")
        self.demo_button = QPushButton("Open the &demo project")
        self.demo_button.setToolTip(
            "Five sample articles about the same story, with dated facts and a contradiction"
        )
        self.new_button.setObjectName("primaryButton")
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(b.sizeHint().height() + 8)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        # Bold like a panel's title, without its inset: it lines up with the card's text.
        self.recent_title = recent_title = QLabel("Recent projects")
        recent_title.setObjectName("recentTitle")
        bold = recent_title.font()
        bold.setBold(True)
        recent_title.setFont(bold)
        self.recent = RecentProjectsModel(self)
        self.recent_view = QListView()
        self.recent_view.setObjectName("recentProjects")
        self.recent_view.setModel(self.recent)
        self.recent_view.setAccessibleName("Recent projects")
        self.recent_view.setSpacing(2)
        self.recent_view.activated.connect(self._recent_activated)
        self.recent_view.clicked.connect(self._recent_activated)
        self.empty_recent = QLabel("No recent projects yet. Try the demo project.")
        self.empty_recent.setObjectName("muted")
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)

        cl = QVBoxLayout(card)
        cl.setContentsMargins(32, 28, 32, 28)
        cl.setSpacing(14)
        cl.addLayout(top)
        cl.addLayout(buttons)
        cl.addWidget(self.status)
        cl.addSpacing(6)
        cl.addWidget(recent_title)
        cl.addWidget(self.empty_recent)
        cl.addWidget(self.recent_view)
        # Ten projects' worth of list at most: the card hugs what it holds rather than
        # spreading a short list (or none) over the whole height.
        self.recent_view.setMaximumHeight(self.fontMetrics().height() * 2 * 10 + 24)
        self.hint = hint = ShownTip(
            lambda: f"Tip: drop article files ({readable_formats()}) on the window to import them."
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        cl.addWidget(hint)

        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        # A little above the middle, where the eye lands first.
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)

    def set_recent(self, paths: Sequence[Path]) -> None:
        self.recent.set_paths(paths)
        self.empty_recent.setVisible(not paths)
        self.recent_view.setVisible(bool(paths))

    def _recent_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.recentRequested.emit(str(index.data(PathRole)))
