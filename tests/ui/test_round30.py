"""Round 30: the counts at the timeline's edges clear of the lanes, a source filter that says
it is cut, the count of a one-row lane, and rows to choose from in long conflict lists."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import TAB_CONFLICTS
from desktop.ui.timeline.data import TimelineData, TimelineItem
from desktop.ui.timeline.frame import LaneFrame
from desktop.ui.timeline.layout import LaneLayout
from desktop.ui.timeline.paint import one_row_label
from desktop.ui.timeline.view import TimelineView
from desktop.ui.widgets.conflicts_panel import SentenceCard
from desktop.ui.widgets.filter_bar import ElidingComboBox
from tests.ui.test_review import open_at, rect_in
from tests.ui.test_round22 import styled  # noqa: F401  (the fixture, used by name)

# -- 1. the counts beyond the edges -----------------------------------------------------------


def test_the_counts_beyond_the_edges_leave_the_top_lane_whole(qtbot):  # type: ignore[no-untyped-def]
    """'◀ 11,513 earlier' and '5,267 later ▶' stood over the first row of the top lane, on
    whatever fact was there."""
    lanes = ["Harbor Wire", "Eastbank Review"]
    day = date(2024, 3, 1)
    items = [
        TimelineItem(i, lanes[i % 2], day + timedelta(days=i), day + timedelta(days=i), f"F{i}")
        for i in range(60)
    ]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.set_data(TimelineData(items, lanes))
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_days(day.toordinal() + 20, day.toordinal() + 30)
    assert all(view.beyond_edges())
    frame = view._current_frame()
    rects = view.edge_count_rects()
    assert set(rects) == {False, True}
    top_lane = frame.lanes[0]
    for rect in rects.values():
        assert rect.top() >= 0
        assert rect.bottom() <= top_lane.top, (rect, top_lane.top)
        # and still clicked: a click brings the nearest fact that way into view
        assert view.edge_count_at(rect.center()) is not None
    before = view.visible_days()
    view._click(rects[True].center())
    assert view.visible_days()[0] > before[0]


def test_the_period_names_step_aside_for_the_counts(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """In the axis's upper line the counts took the place of 'March 2024': the name of the
    period at the left edge is said after the earlier count, never under it."""
    from desktop.ui.timeline import paint

    lanes = ["Harbor Wire"]
    day = date(2024, 1, 1)
    items = [
        TimelineItem(i, "Harbor Wire", day + timedelta(days=i), day + timedelta(days=i), f"F{i}")
        for i in range(120)
    ]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_data(TimelineData(items, lanes))
    view.show()
    qtbot.waitExposed(view)
    march = date(2024, 3, 1).toordinal()
    view.set_visible_days(march, march + 20)
    rects = view.edge_count_rects()
    assert set(rects) == {False, True}
    drawn: list[tuple[float, str]] = []
    original = paint.Ink.text

    def record(self, x, baseline, text, role, color):  # type: ignore[no-untyped-def]
        drawn.append((x, text))
        original(self, x, baseline, text, role, color)

    monkeypatch.setattr(paint.Ink, "text", record)
    view.viewport().grab()
    names = [(x, t) for x, t in drawn if "March" in t]
    assert names, drawn
    for x, _ in names:
        assert x >= rects[False].right()


# -- 2. the source filter ---------------------------------------------------------------------


def test_a_long_source_name_in_a_narrow_filter_ends_in_an_ellipsis(qtbot):  # type: ignore[no-untyped-def]
    """Squeezed, the filter read 'The Northern Va', as if that were the outlet's name."""
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    long_name = "The Northern Valley Evening Chronicle and Advertiser"
    combo.addItems(["All sources", long_name])
    combo.setSizeAdjustPolicy(
        ElidingComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    combo.setMinimumContentsLength(8)
    combo.resize(150, combo.sizeHint().height())
    combo.show()
    qtbot.waitExposed(combo)
    assert combo.shown_text() == "All sources"
    combo.setCurrentIndex(1)
    shown = combo.shown_text()
    assert shown.endswith("…") and long_name.startswith(shown[:-1].rstrip())
    assert len(shown) < len(long_name)
    # with room, the name whole
    combo.resize(700, combo.height())
    assert combo.shown_text() == long_name
    combo.grab()  # painted without error


# -- 3. the count of a one-row lane -----------------------------------------------------------


def _lane(name: str, count: int) -> LaneFrame:
    return LaneFrame(0, name, 0.0, LaneLayout(1, 0), count, 24.0)


def test_a_one_row_lane_says_its_count_after_its_name(qtbot):  # type: ignore[no-untyped-def]
    """In the exported picture 'Harbor Wire (sample)', one row tall, had no '4 facts' while
    every other lane had its count under its name."""
    view = TimelineView()
    qtbot.addWidget(view)
    cache = view._glyphs
    name, count = one_row_label(cache, _lane("Harbor Wire (sample)", 4), 400)
    assert (name, count) == ("Harbor Wire (sample)", "4 facts")
    assert one_row_label(cache, _lane("AP", 1), 400) == ("AP", "1 fact")
    assert one_row_label(cache, _lane("AP", 1200), 400)[1] == "1,200 facts"
    # Short of room, the name is shortened before the count is left out.
    long_name = "The Northern Valley Evening Chronicle and Advertiser"
    room = cache.width("The Northern Valley", 1) + cache.width(" · 4 facts", 2)
    name, count = one_row_label(cache, _lane(long_name, 4), room)
    assert count == "4 facts" and name.endswith("…") and len(name) < len(long_name)
    # With no room for both, the name alone.
    narrow = cache.width("The Nor…", 1)
    name, count = one_row_label(cache, _lane(long_name, 4), narrow)
    assert count == "" and name


# -- 4. long conflict lists --------------------------------------------------------------------


def _bench() -> object:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "ui_bench.py"
    spec = importlib.util.spec_from_file_location("ui_bench_round30", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def busy_project(tmp_path: Path) -> Path:
    """ui_bench's project made smaller: 40 outlets, and dozens of conflict groups."""
    bench = _bench()
    bench.ARTICLES, bench.FACTS_PER_ARTICLE, bench.FIGURES_PER_ARTICLE = 120, 10, 10  # type: ignore[attr-defined]
    path = tmp_path / "Busy.factlane"
    bench.generate(path)  # type: ignore[attr-defined]
    return path


@pytest.mark.usefixtures("styled")
def test_long_conflict_lists_get_rows_at_1280x800(make_window, qtbot, busy_project):  # type: ignore[no-untyped-def]
    """With hundreds of groups the groups and pairs lists showed two rows each under a
    timeline of forty lanes; the decisions pinned and three lines of each sentence stay."""
    window = open_at(make_window, qtbot, busy_project, 1280, 800)
    window.show_tab(TAB_CONFLICTS)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=10000)
    qtbot.wait(200)  # the panes are fitted to the tab, and measured again
    QApplication.processEvents()
    assert panel.groups_model.rowCount() > panel.LONG_ROWS
    assert panel.pairs.model().rowCount() > panel.LONG_ROWS
    for table in (panel.groups, panel.pairs):
        rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
        print(
            "ROWS", table.objectName(), rows, window.right_splitter.sizes(), panel.long_lists_room()
        )
        assert rows >= 3.5, (table.objectName(), rows)
    # The timeline keeps 30% of the height.
    sizes = window.right_splitter.sizes()
    assert sizes[0] >= 0.29 * sum(sizes)
    # What rounds 21-27 ask: the decisions pinned in view, three lines of each sentence, and
    # nothing of the tab scrolled out of view.
    assert panel.pair_buttons_pinned()
    assert panel.rect().contains(rect_in(panel.dismiss_button, panel))
    for card in (panel.left_card, panel.right_card):
        lines = card.viewport().height() / card.fontMetrics().lineSpacing()
        assert lines >= SentenceCard.LINES - 0.05, lines
    assert panel.scroll_area.verticalScrollBar().maximum() == 0
    # Asked again, the tab wants no more than it has: the panes stay (within a few pixels
    # of a rewrapped explanation) as they are.
    window._fit_panes_to_tab(again=False)
    QApplication.processEvents()
    assert abs(window.right_splitter.sizes()[0] - sizes[0]) <= 8
