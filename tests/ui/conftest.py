"""Qt tests run on the offscreen platform, so they need no display and never steal focus.

Every test gets its own settings file (never the developer's), and ends with no worker thread
running and no window left open.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("FactlaneTests")
    QCoreApplication.setApplicationName("FactlaneTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """Build main windows; each is closed at the end and must leave no thread running."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make() -> MainWindow:
        w = MainWindow()
        qtbot.addWidget(w)
        w.resize(1400, 900)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()
        assert w.runner.wait(10000), "a background task did not finish"
        assert w.runner.active_threads() == 0
        assert not w.runner.busy() or QApplication.processEvents() is None
    QApplication.processEvents()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "Demo.factlane"
    build_demo(path)
    return path


@pytest.fixture
def demo_project(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo project for one test."""
    target = tmp_path / "Demo.factlane"
    shutil.copyfile(demo_master, target)
    return target
