"""UI round 56: the import dialog of a fetched page gave its Title box 140 of 402 pixels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ingest.test_round61_site import LocalSite, local_site
from tests.ui.test_review import open_at


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with local_site() as running:
        yield running


def test_the_boxes_of_a_fetched_page_keep_most_of_their_row(
    make_window, qtbot, tmp_path: Path, site: LocalSite
) -> None:  # type: ignore[no-untyped-def]
    """The 'from …' notes beside the boxes are held to two fifths of the row, but the row was
    measured before the dialog showed (a hidden widget's 640 pixels): the notes took 256
    pixels ('from the web address it was fetched from' whole) and Title, Outlet, Author and
    URL 140 each, so the headline read 'Floodgates opened at |' at 1366x768."""
    window = open_at(make_window, qtbot, tmp_path / "Fetched.factlane", 1366, 768)
    address = site.url("/news/ferry-fire")
    window.import_addresses([address])
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.wait(50)
    url = dialog.field_edits["url"]
    assert url.text() == address
    assert dialog.origin_labels["url"].text() == "from the web address it was fetched from"
    for name, edit in dialog.field_edits.items():
        row = edit.parentWidget().width()
        note = dialog.origin_labels[name].width()
        assert note <= row * 2 // 5 + 1, (name, note, row)
        assert edit.width() >= row // 2, (name, edit.width(), row)
    dialog.reject()
