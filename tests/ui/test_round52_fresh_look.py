"""UI round 52: what a fresh look at the demo project at 1366x768, 1920x1080 and 1024x640
found cramped, cut or unclear, each fixed and held here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.timeline.view import EDGE_ROOM
from tests.ui.test_review import open_at


def test_going_to_a_span_wider_than_the_widest_view_keeps_the_facts_off_the_edge(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    """Go to date '1990..2030' on a story of Nov 2024 - Jan 2025 zooms out as far as the
    timeline goes (a decade) and put the story's last day on the right edge: the counts'
    bubbles were cut in half and the labels right of the marks read '2,700 wou'."""
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    timeline = window.timeline
    first, last = timeline.shown_data().extent()
    for wanted in ((date(1990, 1, 1), date(2030, 12, 31)), (date(2024, 11, 1), date(2060, 1, 1))):
        timeline.set_visible_range(*wanted)
        QApplication.processEvents()
        plot = timeline.plot_rect()
        left = timeline.x_of(float(first.toordinal()))
        right = timeline.x_of(float(last.toordinal() + 1))
        # the widest view: the whole story in it, in from the left edge by a bubble's room
        # and from the right by a third of the plot, for the labels
        assert left >= plot.left() + EDGE_ROOM - 1, wanted
        assert right <= plot.right() - plot.width() / 3 + 1, wanted
    # a span the view can show is shown as asked, edges and all
    timeline.set_visible_range(date(2024, 12, 1), date(2025, 1, 31))
    QApplication.processEvents()
    assert timeline.visible_range() == (date(2024, 12, 1), date(2025, 1, 31))


def _in_view(layout, width: float) -> list:  # type: ignore[no-untyped-def]
    return [p for p in layout.placed if p.x1 > 0 and p.x0 < width]


def test_a_one_row_lane_zoomed_to_hours_shows_the_long_fact_that_covers_them() -> None:
    """A short screen gives each lane one row, where a fact of many days is a marker at its
    middle. Zoomed to the hours of 13 January, a '1-20 Jan' fact's marker stood on 10 January,
    out of view: the lane read as empty on a day the fact covers."""
    from desktop.ui.timeline.data import TimelineData, TimelineItem
    from desktop.ui.timeline.layout import MARKER, SPAN, LayoutMetrics, layout_lane

    span = TimelineItem(1, "Ostry Ledger", date(2025, 1, 1), date(2025, 1, 20), "offer made")
    week = TimelineItem(2, "Ostry Ledger", date(2025, 1, 13), date(2025, 1, 19), "talks held")
    day = TimelineItem(3, "Ostry Ledger", date(2025, 1, 9), date(2025, 1, 9), "first capture")
    width, m = 840.0, LayoutMetrics()
    hours = (float(date(2025, 1, 13).toordinal()) + 0.25, width / 0.5)  # 06:00 to 18:00
    lane = TimelineData([span, day]).lane("Ostry Ledger")
    for compact in (False, True):
        out = layout_lane(lane, *hours, width, 1, m, compact=compact)
        shown = _in_view(out, width)
        assert [(p.kind, p.item.id if p.item else None) for p in shown] == [(SPAN, 1)]
        assert out.rows == 1 and shown[0].x0 <= 0 and shown[0].x1 >= width
    # two long facts over the hours: one row holds one bar, the longer (as a lane of few
    # rows keeps its longest bars)
    both = TimelineData([span, week, day]).lane("Ostry Ledger")
    shown = _in_view(layout_lane(both, *hours, width, 1, m, compact=True), width)
    assert [(p.kind, p.item.id if p.item else None) for p in shown] == [(SPAN, 1)]
    # with a marker in view the row is the markers' as before: the day's fact at its noon
    noon = (float(date(2025, 1, 9).toordinal()) + 0.25, width / 0.5)
    shown = _in_view(layout_lane(lane, *noon, width, 1, m, compact=True), width)
    assert [(p.kind, p.item.id if p.item else None) for p in shown] == [(MARKER, 3)]
    # zoomed out to the month, the one row has the markers and counts, no bar
    month = (float(date(2024, 12, 20).toordinal()), width / 45)
    assert all(p.kind != SPAN for p in layout_lane(lane, *month, width, 1, m).placed)


def test_on_a_short_screen_the_hours_of_a_day_show_the_lane_that_covers_them(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 600)
    timeline = window.timeline
    day = float(date(2025, 1, 13).toordinal())
    timeline.set_visible_days(day + 0.25, day + 0.75)
    QApplication.processEvents()
    frame = timeline._current_frame()
    lakeshore = next(lf for lf in frame.lanes if lf.name.startswith("Lakeshore Monitor"))
    # (a 1024x600 screen: one row for every lane) the one row holds the bar of '1-20 Jan'
    assert lakeshore.layout.rows == 1
    width = timeline.plot_rect().width()
    shown = _in_view(lakeshore.layout, width)
    assert shown and all(p.group is not None for p in shown)


def test_beside_the_pairs_the_groups_with_open_contradictions_are_marked(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    """A wide, short tab (1920x1080; 1920x1000 with the tests' font) stands the groups beside
    the pairs, too narrow for the Contradictions column: it steps aside to the line under the
    list, which tells of the chosen group alone. Nothing told which groups were open, and
    that line counted the dismissed contradictions too ("2" where the column said 1)."""
    from PySide6.QtCore import Qt

    from desktop.ui.models.conflicts import GROUP_COL_CONTRADICTIONS, GROUP_COL_LABEL

    window = open_at(make_window, qtbot, demo_project, 1920, 1000)
    window.show_tab(2)
    panel = window.conflicts_panel
    model = panel.groups_model
    qtbot.waitUntil(lambda: panel.is_side_by_side() and model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    QApplication.processEvents()
    assert panel.groups.isColumnHidden(GROUP_COL_CONTRADICTIONS)

    def marked() -> dict[str, bool]:
        return {
            model.group_at(r).label: model.index(r, GROUP_COL_LABEL).data(
                Qt.ItemDataRole.DecorationRole
            )
            is not None
            for r in range(model.rowCount())
        }

    tips = {
        model.group_at(r).label: str(
            model.index(r, GROUP_COL_LABEL).data(Qt.ItemDataRole.ToolTipRole)
        )
        for r in range(model.rowCount())
    }
    marks = marked()
    # the groups with open contradictions, and only they, bear the conflict mark; the row of
    # possible pairs never does
    assert marks["North Korean soldiers injured"] and marks["North Korean troops deployed"]
    assert not marks["North Korean soldiers captured"]
    assert not marks["Possibly the same figure"]
    for label, mark in marks.items():
        if label != "Possibly the same figure":
            assert mark == ("· 0 open" not in tips[label]), label
    # the marked names are still whole beside their mark
    fm = panel.groups.fontMetrics()
    icon = panel.groups.iconSize().width() if panel.groups.iconSize().isValid() else 16
    room = panel.groups.columnWidth(GROUP_COL_LABEL) - fm.height() // 2 - max(icon, 16) - 4
    assert all(fm.horizontalAdvance(lb) <= room for lb, m in marks.items() if m), room

    # the line under the list counts the open ones, as the column would
    assert panel.select_group(model.group_at(0).key)
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    QApplication.processEvents()
    assert "2 open contradictions" in panel.group_info.text()
    first = panel.current_pair()
    assert first.relation == "contradiction"
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 open contradiction" in panel.group_info.text(), timeout=5000)
    assert "1 open contradiction" in panel.group_info.text()

    # stacked (1366x768) the column is there and the names are not marked
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not panel.is_side_by_side(), timeout=5000)
    QApplication.processEvents()
    assert not any(marked().values())


def test_a_date_that_cannot_be_read_says_what_is_wrong_with_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The date dialogs said 'Not a date Factlane can read' of a span typed backwards and of
    a day its month has not, where the reader knows what is wrong; words that are no date
    at all still get the forms to try."""
    from desktop.ui.dialogs.entry import DateEntryDialog

    dialog = DateEntryDialog(None, "Edit date", "&Date:", "1-20 Jan 2025")
    qtbot.addWidget(dialog)
    said = {}
    for text in ("2025-03-01..2025-02-01", "2025-02-30", "2025-13", "next Tuesday-ish"):
        dialog.date_edit.setText(text)
        assert not dialog.ok_button().isEnabled(), text
        said[text] = dialog.reading.text()
    assert said["2025-03-01..2025-02-01"] == "'2025-03-01..2025-02-01' ends before it starts."
    assert said["2025-02-30"].startswith("'2025-02-30' is not a calendar date")
    assert said["2025-13"].startswith("'2025-13' is not a calendar date")
    assert said["next Tuesday-ish"].startswith("Not a date Factlane can read. Try 2025-01-12")
    # a date it reads is read as before, and OK is on
    dialog.date_edit.setText("2025-02-01..2025-03-01")
    assert dialog.ok_button().isEnabled()
    assert dialog.reading.text().startswith("Reads as ")
