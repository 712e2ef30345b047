"""`factlane FILE...` as the desktop calls it on a double-click or "Open With": a project opens,
articles are offered for import, and the .desktop file claims only what this can handle."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import desktop.__main__ as entry
import desktop.app as app
from desktop.app import is_article_file, offer_import, open_files, sort_opened_files
from desktop.cli import EXIT_USAGE
from desktop.cli import main as cli_main
from desktop.ingest import SUPPORTED_SUFFIXES
from tests.conftest import REPO, SEEDS

DESKTOP_FILE = REPO / "resources" / "io.github.factlane.Factlane.desktop"
PROJECT_TYPE = "application/x-factlane-project"
#: The file names shared-mime-info gives each type the desktop file claims for articles.
ARTICLE_TYPE_GLOBS = {
    "text/plain": {".txt"},
    "text/markdown": {".md", ".markdown"},
    "text/html": {".html", ".htm"},
    "message/rfc822": {".eml"},
    "application/rss+xml": {".rss"},
    "application/atom+xml": {".atom"},
    "application/pdf": {".pdf"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {".docx"},
    "application/vnd.oasis.opendocument.text": {".odt"},
    "application/x-mimearchive": {".mhtml", ".mht"},
    "application/rtf": {".rtf"},
}
SYSTEM_MIME_DB = Path("/usr/share/mime/packages/freedesktop.org.xml")

ARTICLES = [SEEDS / "003_northgate_daily.md", SEEDS / "001_eastbank_review.html"]


def claimed_types() -> list[str]:
    match = re.search(r"^MimeType=(.*)$", DESKTOP_FILE.read_text(encoding="utf-8"), re.M)
    assert match is not None
    return [t for t in match.group(1).split(";") if t]


# -- which files are which -----------------------------------------------------------------------


def test_articles_and_projects_are_told_apart_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "saved pages"
    folder.mkdir()
    (folder / "b.html").write_text("<p>b</p>", encoding="utf-8")
    (folder / "a.TXT").write_text("a", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    project, articles, others = sort_opened_files(
        [
            Path("notes.md"),
            Path("Kursk.factlane"),
            folder,
            Path("Other.factlane"),
            Path("story.htm"),
        ]
    )
    assert project == Path("Kursk.factlane")
    assert articles == [Path("notes.md"), folder / "a.TXT", folder / "b.html", Path("story.htm")]
    assert others == [Path("Other.factlane")]
    # A renamed project, or a file of no known kind, is tried as a project: opening it says
    # clearly whether it is one.
    assert sort_opened_files([Path("Kursk.backup")]) == (Path("Kursk.backup"), [], [])
    assert not is_article_file(Path("Kursk"))
    assert all(is_article_file(Path(f"x{s.upper()}")) for s in SUPPORTED_SUFFIXES)


def test_a_missing_article_is_refused_before_any_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[object] = []
    monkeypatch.setattr(app, "run_app", lambda *a, **k: started.append((a, k)) or 0)
    assert open_files([tmp_path / "gone.md"]) == EXIT_USAGE
    assert "gone.md: no such file" in capsys.readouterr().err
    assert open_files([ARTICLES[0]], screenshot=tmp_path / "s.png") == EXIT_USAGE
    assert "--screenshot" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert open_files([empty]) == EXIT_USAGE
    assert started == []


def test_the_entry_point_and_gui_pass_projects_and_articles_to_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_run_app(project: Path | None, **kwargs: Any) -> int:
        calls.append((project, list(kwargs["articles"])))
        return 0

    monkeypatch.setattr(app, "run_app", fake_run_app)
    project = tmp_path / "Kursk.factlane"
    assert entry.main([str(ARTICLES[0])]) == 0
    assert entry.main([str(project), str(ARTICLES[1])]) == 0
    assert entry.main([str(project)]) == 0
    assert entry.main([]) == 0
    assert cli_main(["gui", str(ARTICLES[0]), str(ARTICLES[1])]) == 0
    assert calls == [
        (None, [ARTICLES[0]]),
        (project, [ARTICLES[1]]),
        (project, []),
        (None, []),
        (None, ARTICLES),
    ]


# -- the desktop file ----------------------------------------------------------------------------


def test_the_desktop_file_claims_projects_and_only_articles_the_import_reads() -> None:
    types = claimed_types()
    assert types[0] == PROJECT_TYPE
    assert set(types[1:]) <= set(ARTICLE_TYPE_GLOBS), "a claimed type nothing here opens"
    for mime in types[1:]:
        assert ARTICLE_TYPE_GLOBS[mime] <= set(SUPPORTED_SUFFIXES), mime
    # Every kind of file the import reads by name is claimed, except the generic .xml (a feed
    # saved as .xml): claiming application/xml would offer Factlane for every XML file.
    claimed_suffixes = set().union(*(ARTICLE_TYPE_GLOBS[t] for t in types[1:]))
    assert set(SUPPORTED_SUFFIXES) - claimed_suffixes == {".xml"}
    assert re.search(r"^Exec=factlane %F$", DESKTOP_FILE.read_text(encoding="utf-8"), re.M)


def test_the_claimed_types_match_the_systems_mime_database() -> None:
    if not SYSTEM_MIME_DB.exists():
        pytest.fail(f"shared-mime-info is not installed ({SYSTEM_MIME_DB})")
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    globs: dict[str, set[str]] = {}
    for mime in ET.parse(SYSTEM_MIME_DB).getroot().findall("m:mime-type", ns):
        globs[mime.get("type", "")] = {
            g.get("pattern", "").removeprefix("*") for g in mime.findall("m:glob", ns)
        }
    for mime, suffixes in ARTICLE_TYPE_GLOBS.items():
        assert suffixes <= globs[mime], mime


def test_the_readme_says_what_opening_an_article_does() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "factlane ARTICLE..." in readme


# -- the offer to import, in the window ----------------------------------------------------------


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
def window(qtbot: Any) -> Iterator[Any]:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.import_dialog is not None:
        w.import_dialog.reject()
    w.close()
    assert w.runner.wait(10000), "a background task did not finish"
    QApplication.processEvents()


def dialog_files(window: Any) -> list[str]:
    from PySide6.QtCore import Qt

    dialog = window.import_dialog
    assert dialog is not None, "the import dialog did not open"
    model = dialog.files
    return [
        str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def recent_project(window: Any, tmp_path: Path) -> Path:
    """A project the analyst worked on last time (opened, then closed)."""
    path = tmp_path / "Kursk.factlane"
    assert window.open_project(path, create=True)
    window.close_project()
    assert window.project is None
    return path


def click(box: Any, name: str, qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    button = box.findChild(QPushButton, name)
    assert button is not None, f"no button {name}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_article_is_offered_to_the_most_recent_project(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    recent = recent_project(window, tmp_path)
    box = offer_import(window, ARTICLES)
    assert box is not None and box.isVisible()
    assert "2 articles" in box.text()
    assert recent.name in box.defaultButton().text()
    click(box, "importIntoRecent", qtbot)
    assert not box.isVisible()
    assert window.project is not None and window.project.path == recent
    names = dialog_files(window)
    assert [n for n in names if ARTICLES[0].name in n] and [
        n for n in names if ARTICLES[1].name in n
    ]
    # Nothing is added before the analyst accepts the dialog.
    assert window.project.articles() == []


def test_an_article_can_go_into_a_new_project(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    recent_project(window, tmp_path)
    target = tmp_path / "Outbreak"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    box = offer_import(window, ARTICLES[:1])
    assert box is not None and ARTICLES[0].name in box.text()
    click(box, "importIntoNew", qtbot)
    assert window.project is not None
    assert window.project.path == target.with_name("Outbreak.factlane")
    assert any(ARTICLES[0].name in n for n in dialog_files(window))


def test_with_no_recent_project_a_new_one_is_the_default(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    box = offer_import(window, ARTICLES[:1])
    assert box is not None
    assert box.findChild(QPushButton, "importIntoRecent") is None
    assert box.defaultButton().objectName() == "importIntoNew"
    box.reject()


def test_cancelling_imports_nothing_and_opens_nothing(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    recent_project(window, tmp_path)
    box = offer_import(window, ARTICLES)
    assert box is not None
    box.reject()  # Escape or the Cancel button
    assert window.project is None and window.import_dialog is None
    assert "Nothing imported" in window.statusBar().currentMessage()

    # Choosing another project and then closing the file dialog is the same.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    box = offer_import(window, ARTICLES)
    assert box is not None
    click(box, "importIntoOther", qtbot)
    assert window.project is None and window.import_dialog is None
    assert "Nothing imported" in window.statusBar().currentMessage()


def test_articles_named_with_a_project_go_straight_into_it(window: Any, tmp_path: Path) -> None:
    project = tmp_path / "Given.factlane"
    shutil.copyfile(recent_project(window, tmp_path), project)
    assert offer_import(window, ARTICLES[1:], project) is None
    assert window.project is not None and window.project.path == project
    assert any(ARTICLES[1].name in n for n in dialog_files(window))


def test_opening_a_project_still_opens_it(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = recent_project(window, tmp_path)
    opened: list[tuple[Path | None, list[Path]]] = []

    def fake_run_app(p: Path | None, **kwargs: Any) -> int:
        opened.append((p, list(kwargs["articles"])))
        return 0

    monkeypatch.setattr(app, "run_app", fake_run_app)
    assert open_files([project]) == 0
    assert opened == [(project, [])]
