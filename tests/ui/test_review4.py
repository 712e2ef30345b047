"""Fourth look at the window: the conflicts tab's columns and reason at 1024x640, and the
read-only banner kept to one line."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QTableView

from desktop.storage.store import ProjectStore
from desktop.ui.models import conflicts as cols
from tests.ui.test_review import open_at


def _shown(table: QTableView) -> list[int]:
    return [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]


def _text_width(table: QTableView, text: str) -> int:
    return table.fontMetrics().horizontalAdvance(text)


def test_conflicts_at_1024_give_the_two_sources_and_the_quantity_room(
    make_window, qtbot, demo_project
):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.pairs.isVisible() and panel.pairs_model.rowCount() > 1)
    QApplication.processEvents()

    groups = panel.groups
    shown = _shown(groups)
    assert sum(groups.columnWidth(c) for c in shown) <= groups.viewport().width()
    # The quantity is read, not guessed at: it had a hundred pixels ("North Korean…").
    assert groups.columnWidth(cols.GROUP_COL_LABEL) >= _text_width(groups, "x" * 24)
    # No group has an accepted value yet: no column for it.
    assert cols.GROUP_COL_ACCEPTED not in shown
    # Once one has, it shows (the window is wide enough here).
    window.workspace.set_group_decision(panel.current_group().key, "2,700", "")
    qtbot.waitUntil(lambda: cols.GROUP_COL_ACCEPTED in _shown(groups), timeout=10000)
    qtbot.waitUntil(lambda: window.facts_loaded() and not window.runner.busy(), timeout=10000)
    QApplication.processEvents()
    shown = _shown(groups)
    assert sum(groups.columnWidth(c) for c in shown) <= groups.viewport().width()
    assert groups.columnWidth(cols.GROUP_COL_LABEL) >= _text_width(groups, "x" * 16)

    pairs = panel.pairs
    shown = _shown(pairs)
    assert sum(pairs.columnWidth(c) for c in shown) <= pairs.viewport().width()
    left, right = pairs.columnWidth(cols.PAIR_COL_A), pairs.columnWidth(cols.PAIR_COL_B)
    assert abs(left - right) <= 1
    assert left >= _text_width(pairs, "x" * 16)
    # Relation and decision are whole words, never "contrad…".
    for col, word in (
        (cols.PAIR_COL_RELATION, "contradiction"),
        (cols.PAIR_COL_DECISION, "confirmed"),
    ):
        assert col in shown
        assert pairs.columnWidth(col) > _text_width(pairs, word)
    # The column titles are not cut either.
    header = pairs.horizontalHeader()
    for col in shown:
        title = str(pairs.model().headerData(col, 1))
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title), title

    # Wide, the reason comes back beside them.
    window.resize(1920, 1200)
    qtbot.waitUntil(lambda: cols.PAIR_COL_REASON in _shown(pairs), timeout=5000)


def test_the_reason_under_the_pairs_never_covers_them(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.pairs.isVisible() and panel.pairs_model.rowCount() > 0)
    QApplication.processEvents()
    label, table = panel.relation_label, panel.pairs
    # Long enough to wrap at this width.
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 1.5
    QApplication.processEvents()
    table_bottom = table.mapTo(panel, QPoint(0, table.height())).y()
    label_top = label.mapTo(panel, QPoint(0, 0)).y()
    assert label_top >= table_bottom
    assert label.height() >= label.heightForWidth(label.width())


def test_the_read_only_banner_is_one_line_at_1024(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    with ProjectStore.open(demo_project):
        window = make_window()
        window.ask_before_read_only = False
        window.resize(1024, 640)
        window.show()
        assert window.open_project(demo_project)
        qtbot.waitUntil(window.facts_loaded, timeout=15000)
        banner = window.read_only_banner
        QApplication.processEvents()
        line = banner.fontMetrics().height()
        assert banner.height() <= 3 * line
        title = banner.title
        assert title.width() >= title.sizeHint().width()  # the reason itself is never cut
        assert banner.copy_button.isVisible() and banner.retry_button.isVisible()
        # What else to know is in the tooltip, whole, even where the line is cut short.
        assert "changes are made in the other window" in banner.toolTip()
        window.resize(1920, 1200)
        qtbot.waitUntil(lambda: "other window" in banner.detail_shown(), timeout=5000)
        window.close_project()


def test_an_untitled_article_is_listed_by_its_file_name(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from desktop.domain import Block, RawArticle
    from desktop.services.project import ProjectService

    folder = tmp_path / "a rather long folder of saved articles" / "from the wires"
    folder.mkdir(parents=True)
    article = folder / "APW19980807.0261.txt"
    text = "Suspected bombs exploded outside the embassies on Friday, killing dozens of people."
    article.write_text(text, encoding="utf-8")
    project = tmp_path / "Wires.factlane"
    with ProjectService.open(project, create=True) as service:
        # What a wire file without a headline gives: the text, and no title.
        raw = RawArticle(text=text, blocks=[Block(text, True)], format="txt", title=None)
        outcome = service.import_article(text.encode(), raw, str(article))
        assert outcome.status == "imported"
        assert service.articles()[0].title is None
    window = open_at(make_window, qtbot, project, 1024, 640)
    panel = window.articles_panel
    index = panel.proxy.index(0, 0)
    assert index.data() == "APW19980807.0261.txt"
    window.show_article(window.project.articles()[0].id)
    assert window.reader.title.text() == "APW19980807.0261.txt"
    assert window.reader.title.toolTip() == str(article)
