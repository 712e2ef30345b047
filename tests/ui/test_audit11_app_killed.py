"""Audit round 11: edits made in the app survive the app being killed right after them.

Round 9 (4)-(6) killed a process making edits through the services. Here the desktop app
itself (offscreen, in a child process) makes an analyst's edits the way its windows do:
through the window's handlers and the workspace's undoable commands (a fact confirmed and
noted, a publication date corrected with the facts read again, an outlet renamed, a
contradiction dismissed with a note, an article removed, one removal undone), and says each
one done; it is then killed (SIGKILL, no close, no clean-up). Opened again, the project
holds every edit said done, its file whole. The reports are invented.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop.storage.project import integrity_check
from tests.conftest import REPO

CHILD = r"""
import os, sys
from datetime import date
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
QCoreApplication.setOrganizationName("FactlaneKilled")
QCoreApplication.setApplicationName("FactlaneKilled")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from desktop.ui.main_window import MainWindow

def idle():
    for _ in range(5):
        app.processEvents()
    while window.runner.busy():
        app.processEvents()
        window.runner.wait(50)
    app.processEvents()

def said(step):
    print("done", step, flush=True)

window = MainWindow()
window.resize(1280, 800)
window.show()
assert window.open_project(Path(sys.argv[1]))
idle()
project = window.project
articles = {a.source: a for a in project.articles()}
courier, daily, gazette = articles["Vellmar Courier"], articles["Orsk Daily"], articles["Tidewater Gazette"]
fact = next(f for f in project.facts() if f.article is not None and f.article.id == courier.id)
window.workspace.set_status([fact.id], "confirmed")
said(f"confirm {fact.id}")
window.workspace.set_note(fact.id, "checked with the port office")
said(f"note {fact.id}")
window._source_edited(daily.id, "Orsk Daily Mail")
said(f"outlet {daily.id}")
window.workspace.set_published(courier.id, date(2026, 3, 4))
idle()
said(f"published {courier.id}")
owner = {f.id: f.article.id for f in project.figures()}
pair = next(
    p for p in project.pairs()
    if p.relation == "contradiction" and {owner[p.a], owner[p.b]} == {courier.id, daily.id}
)
window.workspace.set_pair_decision(pair.a, pair.b, "dismissed", "different shifts counted")
said(f"pair {pair.a} {pair.b}")
window.articles_panel.select_article(gazette.id, emit=True)
idle()
window.confirm_removal = lambda summaries: True
assert window.remove_chosen()
idle()
said(f"removed {gazette.id}")
window.undo_stack.undo()
idle()
said(f"restored {gazette.id}")
window.undo_stack.redo()
idle()
said(f"removed again {gazette.id}")
os.kill(os.getpid(), 9)
"""

REPORT = (
    "<html><head><title>{title}</title></head><body><p>VELLMAR, March 3 - A crane "
    "collapsed at the Orsk quay on Tuesday, injuring {count} dockers, the port authority "
    "said.</p><p>Rescue teams worked through the night of March 3, officials said.</p>"
    "</body></html>"
)


def _project(folder: Path) -> Path:
    from desktop.services.project import ProjectService

    path = folder / "Quay.factlane"
    stories = [
        ("Vellmar Courier", "Crane collapse at Orsk quay", 12),
        ("Orsk Daily", "Orsk quay crane accident", 19),
        ("Tidewater Gazette", "Dockers hurt at Orsk", 12),
    ]
    with ProjectService.open(path, create=True) as project:
        for i, (outlet, title, count) in enumerate(stories):
            page = folder / f"report{i}.html"
            page.write_text(REPORT.format(title=title, count=count), encoding="utf-8")
            outcome = project.import_files([page], published=date(2026, 3, 3), source=outlet)
            assert outcome[0].status == "imported"
        assert any(p.relation == "contradiction" for p in project.pairs())
    return path


def test_every_edit_the_app_said_done_is_there_after_it_is_killed(tmp_path: Path) -> None:
    from desktop.services.project import ProjectService

    path = _project(tmp_path)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "settings")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    steps = [line.split()[1:] for line in child.stdout.splitlines() if line.startswith("done")]
    assert [s[0] for s in steps] == [
        "confirm",
        "note",
        "outlet",
        "published",
        "pair",
        "removed",
        "restored",
        "removed",
    ], child.stdout + child.stderr
    ids = {s[0]: [int(x) for x in s[1:] if x.isdigit()] for s in steps}
    assert integrity_check(path) == "ok"
    with ProjectService.open(path) as project:
        fact = project.fact(ids["confirm"][0])
        assert fact is not None and fact.status == "confirmed"
        assert fact.note == "checked with the port office"
        daily = project.article(ids["outlet"][0])
        assert daily.record.source == "Orsk Daily Mail"
        courier = project.article(ids["published"][0])
        assert courier.record.published == date(2026, 3, 4)
        assert courier.record.published_origin == "user"
        a, b = ids["pair"]
        pair = next(p for p in project.pairs() if {p.a, p.b} == {a, b})
        assert pair.decision == "dismissed" and pair.note == "different shifts counted"
        # removed, put back, removed again: the last of the three stands
        assert ids["removed"][0] not in {x.id for x in project.articles()}
        assert len(project.articles()) == 2
