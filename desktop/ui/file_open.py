"""Files that macOS asks the running app to open.

On macOS a double-click in Finder, "Open With" or a drop on the Dock icon does not start a new
process with the file as an argument once Factlane runs: the system sends the running app an
"open documents" request, which Qt turns into one ``QFileOpenEvent`` per file, posted to the
application object. The receiver gathers the events of one gesture (several files dropped at
once arrive as several events in a row) and hands them on together, so that the analyst sees one
import dialog for a batch instead of one per file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent

#: How long after the last file of a gesture the batch is handed on. Finder posts the events
#: of one drop back to back; this only has to outlast that, not a person.
GATHER_MS = 60


class FileOpenReceiver(QObject):
    """Installed on the application; ``filesOpened`` carries the paths of one gesture."""

    filesOpened = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[Path] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self.flush)

    def pending(self) -> list[Path]:
        """Paths received and not yet handed on (start-up asks, to leave the last project
        closed when the analyst opened Factlane by double-clicking a file)."""
        return list(self._pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = opened_path(event)
        if path is None:
            # A web address (a URL scheme Factlane never declares): left to Qt.
            return False
        if path not in self._pending:
            self._pending.append(path)
        self._timer.start()
        return True

    def flush(self) -> None:
        self._timer.stop()
        paths, self._pending = self._pending, []
        if paths:
            self.filesOpened.emit(paths)


def opened_path(event: QFileOpenEvent) -> Path | None:
    """The local file an open request names: ``file()`` when Qt filled it, else the URL's
    local file (a request made with a file:// URL)."""
    name = event.file()
    if not name:
        url = event.url()
        name = url.toLocalFile() if url.isLocalFile() else ""
    return Path(name) if name else None
