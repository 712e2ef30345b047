"""Audit round 14: File > Import from Web Address with a user name and password in the
address ("http://analyst:secret@host/x"). Before: the fetch failed ("could not find the site")
and the box said the password; the status bar's step named "analyst:secret@host". Now the
site is answered when it asks, and the password is in no name, box, step or stored field.

The page comes from a site on 127.0.0.1 (tests/services/test_audit14_hostile_sites.py).
"""

from __future__ import annotations

from pathlib import Path

from tests.services.test_audit14_hostile_sites import SECRET, hostile  # noqa: F401
from tests.ui.test_review import open_at


def test_a_password_in_a_web_address_is_never_shown_nor_stored(
    make_window,
    qtbot,
    tmp_path: Path,
    hostile: tuple,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    host, _seen = hostile
    window = open_at(make_window, qtbot, tmp_path / "Members.factlane", 1280, 800)
    steps: list[str] = []
    task = window.import_addresses([f"http://analyst:{SECRET}@{host}/members/story"])
    assert task is not None
    task.progress.connect(lambda done, total, text: steps.append(text))
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
    dialog = window.import_dialog
    (entry,) = dialog.entries()
    assert entry.name == f"http://{host}/members/story"
    assert dialog.field_edits["url"].text() == f"http://{host}/members/story"
    assert steps and not any(SECRET in step or "analyst" in step for step in steps)
    window.last_import = []
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import), timeout=60000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)
    (outcome,) = window.last_import
    record = window.project.article(outcome.article_id).record
    assert record.path == f"http://{host}/members/story"
    assert SECRET not in record.path + (record.url or "")
