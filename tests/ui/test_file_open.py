"""macOS hands files to the running app as QFileOpenEvents (Finder double-click, Open With, a
drop on the Dock icon): a project opens in a window of its own, articles go where a
double-clicked article goes, and the files of one gesture arrive together."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import desktop.app as app
from desktop.ui.file_open import FileOpenReceiver
from tests.conftest import SEEDS

ARTICLES = [SEEDS / "003_northgate_daily.md", SEEDS / "001_eastbank_review.html"]


@pytest.fixture
def receiver(qtbot: Any) -> Iterator[FileOpenReceiver]:
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    listening = app.listen_for_file_open_requests(qapp)
    yield listening
    qapp.removeEventFilter(listening)
    listening.deleteLater()
    for window in list(app._OPENED_WINDOWS):
        window.close()
    qtbot.waitUntil(lambda: not app._OPENED_WINDOWS, timeout=5000)


def post_open(*paths: Path, as_url: bool = False) -> None:
    """What Qt's Cocoa plugin does for each file of an "open documents" request."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    for path in paths:
        event = (
            QFileOpenEvent(QUrl.fromLocalFile(str(path))) if as_url else QFileOpenEvent(str(path))
        )
        QApplication.postEvent(QApplication.instance(), event)


def shown_window(make_window: Any, qtbot: Any) -> Any:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_project_opens_in_the_window_on_the_welcome_page(
    receiver: FileOpenReceiver, make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = shown_window(make_window, qtbot)
    assert window.project is None
    with qtbot.waitSignal(receiver.filesOpened, timeout=3000) as opened:
        post_open(demo_project)
    assert opened.args == [[demo_project]]
    assert window.project is not None and window.project.path == demo_project
    assert not app._OPENED_WINDOWS


def test_a_second_project_gets_its_own_window_and_the_first_keeps_its_own(
    receiver: FileOpenReceiver, make_window: Any, qtbot: Any, demo_project: Path, tmp_path: Path
) -> None:
    other = tmp_path / "Other story.factlane"
    shutil.copyfile(demo_project, other)
    window = shown_window(make_window, qtbot)
    assert window.open_project(demo_project)
    with qtbot.waitSignal(receiver.filesOpened, timeout=3000):
        post_open(other, as_url=True)
    assert window.project is not None and window.project.path == demo_project
    assert len(app._OPENED_WINDOWS) == 1
    second = app._OPENED_WINDOWS[0]
    assert second.isVisible() and second.project is not None
    assert second.project.path.resolve() == other.resolve()
    # Asked again, the window that shows it comes forward: no third window.
    with qtbot.waitSignal(receiver.filesOpened, timeout=3000):
        post_open(other)
    assert len(app._OPENED_WINDOWS) == 1


def test_articles_of_one_drop_reach_the_open_project_in_one_import_dialog(
    receiver: FileOpenReceiver, make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = shown_window(make_window, qtbot)
    assert window.open_project(tmp_path / "Story.factlane", create=True)
    with qtbot.waitSignal(receiver.filesOpened, timeout=3000) as opened:
        post_open(*ARTICLES)
    assert opened.args == [ARTICLES]
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert [e.path for e in dialog.entries()] == ARTICLES
    assert window.project.articles() == []
    dialog.reject()


def test_an_article_with_no_project_open_asks_which_project(
    receiver: FileOpenReceiver, make_window: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = shown_window(make_window, qtbot)
    with qtbot.waitSignal(receiver.filesOpened, timeout=3000):
        post_open(ARTICLES[0])
    box = window.findChild(QMessageBox, "importOpenedFiles")
    assert box is not None and box.isVisible() and ARTICLES[0].name in box.text()
    box.reject()


def test_an_article_with_every_window_closed_gets_a_window_to_ask_in(
    receiver: FileOpenReceiver, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    with qtbot.waitSignal(receiver.filesOpened, timeout=3000):
        post_open(ARTICLES[1])
    assert len(app._OPENED_WINDOWS) == 1
    box = app._OPENED_WINDOWS[0].findChild(QMessageBox, "importOpenedFiles")
    assert box is not None and ARTICLES[1].name in box.text()
    box.reject()


def test_a_file_gone_before_the_request_is_handled_opens_nothing(
    receiver: FileOpenReceiver, make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = shown_window(make_window, qtbot)
    with qtbot.waitSignal(receiver.filesOpened, timeout=3000):
        post_open(tmp_path / "gone.factlane", tmp_path / "gone.md")
    assert window.project is None and window.import_dialog is None
    assert not app._OPENED_WINDOWS


def test_a_file_asked_for_at_start_up_wins_over_the_last_project(
    receiver: FileOpenReceiver, make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import _asked_to_open_files

    qapp = QApplication.instance()
    window = make_window()
    assert not _asked_to_open_files(qapp, window)
    post_open(demo_project)
    qtbot.waitUntil(lambda: bool(receiver.pending()), timeout=3000)
    assert _asked_to_open_files(qapp, window)
    receiver.flush()
