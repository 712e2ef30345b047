"""A feed of several stories imported from the window: one article per story, counted so."""

from __future__ import annotations

from pathlib import Path

from tests.services.multi_item_documents import rss_feed
from tests.ui.test_review import open_at
from tests.ui.test_round16 import _import


def test_a_feed_of_three_stories_is_reported_as_three_articles(
    make_window, qtbot, demo_project: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    feed = tmp_path / "gazette.xml"
    feed.write_bytes(rss_feed())
    _import(window, qtbot, feed)
    imported = [o for o in window.last_import if o.status == "imported"]
    assert len(imported) == 3
    assert len({o.article_id for o in imported}) == 3
    assert "Imported 3 articles" in window.statusBar().currentMessage()
