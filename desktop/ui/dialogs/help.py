"""The Help menu's pages: every keyboard shortcut, read from the window's own menus (so the
list never falls behind them), and a first day's work in a few steps."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

ModelIndex = QModelIndex | QPersistentModelIndex

COL_WHERE = 0
COL_ACTION = 1
COL_KEYS = 2

#: Keys the timeline reads itself, with no menu entry to show them.
TIMELINE_KEYS: tuple[tuple[str, str], ...] = (
    ("Zoom in / out", "+ / −"),
    ("Move earlier / later", "← / →"),
    ("Move a screen earlier / later", "PgUp / PgDown"),
    ("Scroll the lanes", "↑ / ↓"),
    ("Next / previous fact", "Tab / Shift+Tab"),
    ("Show every fact", "Home"),
    ("Clear the selection", "Esc"),
)


@dataclass(frozen=True, slots=True)
class Shortcut:
    where: str
    action: str
    keys: str


def _plain(text: str) -> str:
    """A menu text as read: no '&' mnemonic marks, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(menu_bar: QMenuBar) -> list[Shortcut]:
    """Every action in the menus that has a key, in menu order, with the key as this
    system writes it (Ctrl on Linux and Windows, ⌘ on macOS)."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} > {_plain(sub.title())}")
                continue
            if action.isSeparator() or not action.isVisible():
                continue
            keys = [
                k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in action.shortcuts()
                if not k.isEmpty()
            ]
            if keys:
                found.append(Shortcut(where, _plain(action.text()), ", ".join(keys)))

    for top in menu_bar.actions():
        sub = top.menu()
        if isinstance(sub, QMenu):
            walk(sub, _plain(sub.title()))
    return found


def all_shortcuts(menu_bar: QMenuBar) -> list[Shortcut]:
    return menu_shortcuts(menu_bar) + [Shortcut("Timeline", a, k) for a, k in TIMELINE_KEYS]


class ShortcutsModel(QAbstractTableModel):
    HEADERS = ("Where", "Action", "Keys")

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = shortcuts

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            row = self._rows[index.row()]
            return (row.where, row.action, row.keys)[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class ShortcutsDialog(QDialog):
    """Help > Keyboard Shortcuts: a searchable list ('reject', 'Ctrl+D')."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard Shortcuts")
        self.model = ShortcutsModel(all_shortcuts(menu_bar), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find a shortcut (an action or a key)…")
        # A placeholder is not a name: a screen reader said only "edit" here.
        self.search.setAccessibleName("Find a shortcut")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KEYS, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 80, fm.height() * 30)


GETTING_STARTED = """
<h3>A first day with Factlane</h3>
<ol>
<li><b>Bring in articles.</b> Drop files on the window or use File &gt; Import Articles…
({import_key}). The import shows the title, outlet and <i>publication date</i> it found, and
where it found them; type a date when nothing in the article says it. Relative dates
(&ldquo;Thursday&rdquo;, &ldquo;last month&rdquo;) are read against it.</li>
<li><b>Read the timeline.</b> One lane per source; a month-long fact is a bar. Scroll to zoom,
drag to pan, {fit_key} shows every fact. Click a fact to read its sentence in the article.</li>
<li><b>Review facts.</b> Confirm ({confirm_key}) or reject ({reject_key}) the selected facts,
or fix a date ({date_key}). Rejected facts are hidden until View &gt; Show Rejected Facts.
Every change is saved at once and can be undone ({undo_key}).
Find facts ({find_key}) looks in the text and your notes: &ldquo;a phrase&rdquo; in quotes,
-word to leave out, source:, tag: and note: to look in one place.</li>
<li><b>Check the conflicts.</b> The Conflicts tab ({conflicts_key}) lists figures about the
same quantity from different sources: a <i>contradiction</i>, an <i>update</i> or
<i>consistent</i>. Your decisions there survive re-extraction.</li>
<li><b>Export.</b> File &gt; Export writes CSV, JSON, a self-contained HTML report with
citations, or files other timeline tools read.</li>
</ol>
<p>Help &gt; Keyboard Shortcuts ({shortcuts_key}) lists every key.
File &gt; Open Demo Project opens a small sample story to try all this on.</p>
"""


def _key_of(shortcuts: list[Shortcut], action: str, fallback: str) -> str:
    for s in shortcuts:
        # The undo action's text names the edit it undoes ("Undo Reject Fact").
        if s.action == action or s.action.startswith(action + " "):
            return s.keys
    return fallback


class GettingStartedDialog(QDialog):
    """Help > Getting Started: the day's work in five steps, with this system's keys."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.setWindowTitle("Getting Started")
        keys = menu_shortcuts(menu_bar)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Getting started")
        self.text.setOpenLinks(False)
        self.text.setHtml(
            GETTING_STARTED.format(
                import_key=_key_of(keys, "Import Articles", "Ctrl+I"),
                fit_key=_key_of(keys, "Fit Timeline", "Ctrl+0"),
                confirm_key=_key_of(keys, "Confirm", "Ctrl+Return"),
                reject_key=_key_of(keys, "Reject", "Ctrl+Backspace"),
                date_key=_key_of(keys, "Edit date", "Ctrl+D"),
                undo_key=_key_of(keys, "Undo", "Ctrl+Z"),
                find_key=_key_of(keys, "Find Facts", "Ctrl+F"),
                conflicts_key=_key_of(keys, "Show Conflicts", "Alt+3"),
                shortcuts_key=_key_of(keys, "Keyboard Shortcuts", "Ctrl+/"),
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fm = self.fontMetrics()
        width = fm.averageCharWidth() * 78
        # As tall as its five steps and closing line (28 lines of the font cut the last
        # line, and the text scrolled in a window with room to spare); show_fitted keeps it
        # on a small screen, where it scrolls.
        self.resize(width, self._height_for_text(width))

    def _height_for_text(self, width: int) -> int:
        document = self.text.document().clone(self)
        margins = self.text.contentsMargins()
        frame = 2 * self.text.frameWidth() + margins.left() + margins.right()
        scroll_bar = self.text.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        outer = layout.contentsMargins() if layout is not None else None
        sides = (outer.left() + outer.right()) if outer is not None else 0
        document.setTextWidth(width - sides - frame - scroll_bar)
        text = math.ceil(document.size().height()) + 2 * self.text.frameWidth()
        rest = self.sizeHint().height() - self.text.sizeHint().height()
        document.deleteLater()
        return text + rest + self.fontMetrics().height() // 2


def show_fitted(dialog: QDialog) -> None:
    """Open ``dialog`` no larger than the screen it is on (a 1024x640 laptop)."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(
        min(dialog.width(), screen.width() - 40), min(dialog.height(), screen.height() - 60)
    )
    dialog.show()


def versions_text() -> str:
    """The versions a problem report needs, one per line, as the Copy button copies them."""
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    from desktop import __version__

    return "\n".join(
        [
            f"Factlane {__version__}",
            f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
            f"Python {platform.python_version()}",
            f"System: {platform.platform()}",
        ]
    )


class ReportProblemDialog(QDialog):
    """What to put in a problem report, and the versions to paste into it."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Report a Problem")
        self.setObjectName("reportProblem")
        intro = QLabel(
            "<p>A report that can be acted on says:</p><ol>"
            "<li>what you did, step by step (which menu, which file);</li>"
            "<li>what you expected, and what happened instead;</li>"
            "<li>the message Factlane showed, with its details (<i>Show Details…</i>);</li>"
            "<li>an article that shows it, if you may share it;</li>"
            "<li>the versions below (<i>Copy</i> puts them on the clipboard) and, for a "
            "failure, the log file.</li></ol>"
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.versions = QPlainTextEdit(versions_text())
        self.versions.setObjectName("versions")
        self.versions.setAccessibleName("Versions for the problem report")
        self.versions.setReadOnly(True)
        # One version a line, whole: a wrapped system name pushed the last line out of view.
        self.versions.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lines = self.versions.document().blockCount() + 1
        self.versions.setFixedHeight(self.versions.fontMetrics().lineSpacing() * lines + 12)
        widest = max(
            self.versions.fontMetrics().horizontalAdvance(line)
            for line in versions_text().splitlines()
        )
        self.setMinimumWidth(min(widest + 60, 900))
        self.log_label = QLabel(
            f"Log: {log_file}" if log_file is not None else "No log file is being written."
        )
        self.log_label.setObjectName("muted")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            "&Copy Versions", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip("Put the versions on the clipboard, to paste in the report")
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.versions)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)

    def copy_versions(self) -> str:
        text = self.versions.toPlainText()
        QGuiApplication.clipboard().setText(text)
        return text
