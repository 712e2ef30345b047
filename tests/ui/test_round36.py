"""Round 36: an analyst's fresh walk through a project of five stories (the round-2 packs):
an edit to one article no longer sends the reader back to the fact chosen before it; the
lane names leave room for their counts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at
from tests.ui.test_round20 import _imported
from tests.ui.test_round22 import styled  # noqa: F401  (a fixture)
from tests.ui.test_round34 import PACKS, _settled

#: Two of the round-2 stories: an earthquake in March, a shipwreck in September.
STORIES = ("quake", "shipwreck")


def _stories_imported(make_window, qtbot, tmp_path, width=1400, height=900):  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, tmp_path / "Stories.factlane", width, height)
    files = [p for s in STORIES for p in sorted((PACKS / s).iterdir()) if p.suffix != ".json"]
    dialog = window.import_paths(files)
    assert dialog is not None
    dialog.accept()
    _imported(window, qtbot)
    return window


def _article(window, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.workspace.project.articles() if a.path.endswith(name))


def test_an_article_edited_after_a_fact_was_chosen_stays_in_the_reader(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    """A fact of the earthquake chosen in the table, then the shipwreck's Harbour Watch
    report chosen in the articles list and its outlet named: the project read again, and the
    reader (and the list) went back to the earthquake article of the fact. The publication
    date typed next into the reader's field was set on the earthquake's article."""
    window = _stories_imported(make_window, qtbot, tmp_path)
    model = window.facts_panel.model
    fact = next(
        f for f in (model.fact_at(r) for r in range(model.rowCount())) if "rubble" in f.text
    )
    window.facts_panel.select_fact(fact.id, emit=True)
    QApplication.processEvents()
    quake = fact.article
    assert quake is not None and window.reader.detail.record.id == quake.id
    watch = _article(window, "j3_harbour_watch.md")
    window.articles_panel.select_article(watch.id, emit=True)
    QApplication.processEvents()
    assert window.reader.detail.record.id == watch.id
    box = window.set_outlet_of_chosen()
    assert box is not None
    box.setTextValue("Harbour Watch Weekly")
    box.accept()
    _settled(window, qtbot)
    qtbot.wait(50)
    assert window.reader.detail.record.id == watch.id
    assert window.articles_panel.current_article() == watch.id
    assert [a.id for a in window.chosen_articles()] == [watch.id]
    # The date typed next is the Harbour Watch report's, not the earthquake's.
    assert window.set_date_of_chosen()
    window.reader.published_edit.setText("2026-09-20")
    window.reader.published_apply.click()
    _settled(window, qtbot)
    assert str(_article(window, "j3_harbour_watch.md").published) == "2026-09-20"
    assert _article(window, "f1_brennick_courier.html").published == quake.published
    # The fact's row, still highlighted, clicked: the reader goes back to it (the selection
    # does not change, so the click alone says it).
    table = window.facts_panel.table
    window.facts_panel.select_fact(fact.id)
    row = model.row_of(fact.id)
    assert row is not None and window.facts_panel.selected_ids() == [fact.id]
    assert window.reader.detail.record.id == watch.id
    rect = table.visualRect(model.index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    assert window.reader.detail.record.id == quake.id


def _one_row_room(view, name: str, count: int) -> float:  # type: ignore[no-untyped-def]
    """What a one-row lane's name and count ask of the lane-name column."""
    from desktop.ui.timeline.paint import LANE_ARROW_W, ONE_ROW_GAP

    fonts = view._fonts
    text = f"{ONE_ROW_GAP}{count:,} fact" + ("" if count == 1 else "s")
    return (
        fonts.fm_bold.horizontalAdvance(name)
        + fonts.fm_small.horizontalAdvance(text)
        + LANE_ARROW_W
        + 2
        + 10
    )


@pytest.mark.usefixtures("styled")
def test_a_lane_name_is_not_cut_to_make_room_for_its_count(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Meridian Wire alone (its name clicked): its seven facts one bubble in a lane one row
    tall, whose label read 'Merid… · 7 facts' in a column sized for the name alone, beside a
    plot with room to spare."""
    window = _stories_imported(make_window, qtbot, tmp_path)
    view = window.timeline
    window.lane_clicked("Meridian Wire")
    _settled(window, qtbot)
    assert [lane.name for lane in view.shown_data().lanes] == ["Meridian Wire"]
    (lane,) = view._current_frame().lanes
    assert view.lane_names_width() >= _one_row_room(view, "Meridian Wire", lane.count)
    # Every lane of the project: its name and count fit ('Halvor Regional Monitor · 5 facts'
    # was cut at 240 pixels).
    window.lane_clicked("Meridian Wire")
    _settled(window, qtbot)
    shown = view.shown_data().lanes
    assert "Halvor Regional Monitor" in [lane.name for lane in shown]
    asks = max(_one_row_room(view, lane.name, lane.count) for lane in shown)
    assert view.lane_names_width() >= asks


@pytest.mark.usefixtures("styled")
def test_a_conflicting_figure_is_read_in_its_article_from_the_pair(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The Conflicts tab shows each side's sentence alone: checking '83 killed' against '19
    killed' meant reading around them, and nothing in the tab led to either article (the
    panel's figureActivated was never sent)."""
    from desktop.ui.widgets.conflicts_panel import ARTICLE_LINK

    window = _stories_imported(make_window, qtbot, tmp_path, 1280, 800)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
    QApplication.processEvents()
    pair = panel.current_pair()
    left, right = panel.figures()[pair.a], panel.figures()[pair.b]
    assert left.article.id != right.article.id
    # The outlet's name in the small print is a link to the article.
    html = panel.right_card.toHtml()
    assert f"{ARTICLE_LINK}{right.id}" in html
    panel.right_card.anchorClicked.emit(QUrl(f"{ARTICLE_LINK}{right.id}"))
    QApplication.processEvents()
    assert window.reader.detail.record.id == right.article.id
    assert window.reader.highlighted_range() == (right.figure.start, right.figure.end)
    assert window.articles_panel.current_article() == right.article.id
    # A double-click on the other card reads its figure.
    card = panel.left_card
    qtbot.mouseDClick(
        card.viewport(), Qt.MouseButton.LeftButton, pos=card.viewport().rect().center()
    )
    QApplication.processEvents()
    assert window.reader.detail.record.id == left.article.id
    assert window.reader.highlighted_range() == (left.figure.start, left.figure.end)
    # The tab stays open on the same pair.
    assert window.tabs.currentIndex() == 2 and panel.current_pair() == pair
    # From the keyboard: Enter on a card (Tab passes over its link to the next control).
    window.show_article(right.article.id)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.reader.detail.record.id == left.article.id


def test_a_lane_shown_alone_is_framed_when_the_view_had_lost_it(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Meridian Wire's name clicked in a view of ten months: its seven facts of 10-12 March
    stayed one bubble at the left edge of an empty plot, and Fit All was needed to read
    them; in a view of September, none of them was shown at all."""
    window = _stories_imported(make_window, qtbot, tmp_path)
    view = window.timeline
    meridian = [it for it in view.shown_data() if it.lane == "Meridian Wire"]
    first = min(it.earliest for it in meridian)
    last = max(it.latest for it in meridian)
    assert (last - first).days <= 3
    # Ten months: framed on its days, and back to the ten months when clicked again.
    view.set_visible_range(date(2026, 3, 1), date(2026, 12, 31))
    ten_months = view.visible_days()
    window.lane_clicked("Meridian Wire")
    QApplication.processEvents()
    shown_first, shown_last = view.visible_range()
    assert shown_first <= first and last <= shown_last
    assert (shown_last - shown_first).days < 30
    assert view.beyond_edges() == (0, 0)
    window.lane_clicked("Meridian Wire")
    QApplication.processEvents()
    assert len({it.lane for it in view.shown_data()}) > 1
    assert view.visible_days() == pytest.approx(ten_months)
    # September, where it has no fact: framed too.
    view.set_visible_range(date(2026, 9, 1), date(2026, 9, 30))
    window.lane_clicked("Meridian Wire")
    QApplication.processEvents()
    shown_first, shown_last = view.visible_range()
    assert shown_first <= first and last <= shown_last
    window.lane_clicked("Meridian Wire")
    # A day of its facts, zoomed in on: kept as it is.
    view.set_visible_range(date(2026, 3, 11), date(2026, 3, 11))
    day = view.visible_days()
    window.lane_clicked("Meridian Wire")
    QApplication.processEvents()
    assert view.visible_days() == pytest.approx(day)
    window.lane_clicked("Meridian Wire")
    QApplication.processEvents()
    assert view.visible_days() == pytest.approx(day)
    # Framed, then moved while alone: the view stays where the analyst took it when all
    # lanes return (its first day and scale: the lane-name column widens with the lanes).
    view.set_visible_range(date(2026, 3, 1), date(2026, 12, 31))
    window.lane_clicked("Meridian Wire")
    QApplication.processEvents()
    assert window._lane_alone_view is not None
    view.set_visible_range(date(2026, 3, 5), date(2026, 3, 20))
    moved = (view.visible_days()[0], view.pixels_per_day())
    window.lane_clicked("Meridian Wire")
    QApplication.processEvents()
    assert (view.visible_days()[0], view.pixels_per_day()) == pytest.approx(moved)


def test_a_source_chosen_in_the_filter_is_framed_as_a_lane_clicked(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The Source filter took Meridian Wire alone and left the view on ten months, as the
    lane's name did; one source after another, 'All sources' returns to the first view."""
    window = _stories_imported(make_window, qtbot, tmp_path)
    view = window.timeline
    combo = window.source_combo
    view.set_visible_range(date(2026, 3, 1), date(2026, 12, 31))
    ten_months = view.visible_days()

    def choose(text: str) -> None:
        index = combo.findText(text)
        assert index >= 0
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        QApplication.processEvents()

    choose("Meridian Wire")
    first, last = view.visible_range()
    assert (last - first).days < 30 and first <= date(2026, 3, 10) <= last
    choose("Harbour Watch")
    first, last = view.visible_range()
    assert (last - first).days < 30 and first <= date(2026, 9, 17) <= last
    choose("All sources")
    assert view.visible_days() == pytest.approx(ten_months)


@pytest.mark.usefixtures("styled")
def test_the_figures_table_says_what_a_number_measures_when_measure_steps_aside(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    """At 1400x900 the Figures tab's Measure column stepped aside for the sentence: the
    quake's '61' read '61 | | the civil protection agency | … | 61', and 'at least 38
    people' beside 'more than 200 people' did not say which were killed and which injured.
    The Counted column reads the measure after what is counted while Measure is away."""
    from desktop.ui.models.figures import COL_COUNTED, COL_MEASURE, COL_TEXT

    window = _stories_imported(make_window, qtbot, tmp_path, 1400, 900)
    window.show_tab(1)
    qtbot.wait(50)
    QApplication.processEvents()
    panel = window.figures_panel
    table, model = panel.table, panel.model

    def counted(text: str) -> str:
        rows = [r for r in range(model.rowCount()) if model.index(r, COL_TEXT).data() == text]
        assert rows, text
        return model.index(rows[0], COL_COUNTED).data()

    assert table.isColumnHidden(COL_MEASURE)
    assert counted("at least 38 people") == "people killed"
    assert counted("more than 200") == "people injured"
    assert counted("61") == "killed"
    # Narrower, Counted steps aside too: the figure's words end with what it measures.
    # (Round 42: at 1280x720 it stays, whole, once Attributed to has stepped aside.)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: table.isColumnHidden(COL_COUNTED), timeout=3000)
    qtbot.wait(20)
    texts = {model.index(r, COL_TEXT).data() for r in range(model.rowCount())}
    assert {"at least 38 people · killed", "more than 200 · injured", "61 · killed"} <= texts
    assert "12 kilometres" in texts  # a figure with no measure: its words alone
    # Wide, Measure is back in its own column and Counted is what is counted.
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: not table.isColumnHidden(COL_MEASURE), timeout=3000)
    qtbot.wait(20)
    assert counted("at least 38 people") == "people"
    assert counted("61") == ""
    assert "61 · killed" not in {model.index(r, COL_TEXT).data() for r in range(model.rowCount())}
    rows = [r for r in range(model.rowCount()) if model.index(r, COL_TEXT).data() == "61"]
    assert model.index(rows[0], COL_MEASURE).data() == "killed"


@pytest.mark.usefixtures("styled")
def test_a_search_that_finds_nothing_says_so_on_the_timeline(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """A search matching no fact left the timeline saying 'No dated facts yet. Import
    articles…' in a project of 39, and its column's title read 'Sources · …'."""
    from desktop.ui.main_window import NO_DATED_FACTS

    window = _stories_imported(make_window, qtbot, tmp_path)
    view = window.timeline
    assert view._state.empty_text == NO_DATED_FACTS
    total = len(view.shown_data())
    window.find_edit.setText("zzzz nothing")
    window.flush_refresh()
    qtbot.waitUntil(lambda: len(view.shown_data()) == 0, timeout=3000)
    text = view._state.empty_text
    assert "No fact shown: facts with “zzzz nothing”" in text
    assert f"{total:,} dated facts" in text and "Import" not in text
    title = view._state.lane_title
    assert "hidden" in title
    bold = view._fonts.fm_bold
    assert view.lane_names_width() - 20 >= bold.horizontalAdvance(title)
    window.find_edit.clear()
    window.flush_refresh()
    qtbot.waitUntil(lambda: len(view.shown_data()) == total, timeout=3000)
    assert view._state.empty_text == NO_DATED_FACTS
    # The Conflicts tab, the search finding no group: the list says so, and the line under
    # it no longer explains how groups come about ('Import more articles on the story').
    window.find_edit.setText("zzzz nothing")
    window.flush_refresh()
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.groups_model.rowCount() == 0, timeout=3000)
    QApplication.processEvents()
    assert panel.groups_model.total > 0
    assert "Import" not in panel.relation_label.text()
    assert "No conflict matches the search" in panel._empty_message()


QUAKE_DAY = date(2026, 3, 10)


def _day_lane():  # type: ignore[no-untyped-def]
    from desktop.ui.timeline.data import TimelineData, TimelineItem

    facts = [
        TimelineItem(1, "Brennick Courier", QUAKE_DAY, QUAKE_DAY, "A magnitude 6.4 earthquake"),
        TimelineItem(2, "Brennick Courier", QUAKE_DAY, QUAKE_DAY, "Rescuers pulled 17 people"),
    ]
    return TimelineData(facts, ["Brennick Courier"])


def _marker_xs(t0: float, t1: float, width: float = 1000.0) -> list[float]:
    from desktop.ui.timeline.layout import MARKER, LayoutMetrics, layout_lane

    data = _day_lane()
    ppd = width / (t1 - t0)
    out = layout_lane(data.lane("Brennick Courier"), t0, ppd, width, 4, LayoutMetrics())
    return [p.x for p in out.placed if p.kind == MARKER]


def test_a_days_facts_stand_in_view_at_a_zoom_of_hours() -> None:
    """The quake's morning (00:00-12:00 of its day) showed an empty plot: its day's facts
    stood at noon, torn at the right edge with no label, and an afternoon view left them out
    altogether. Where hours are drawn, a day's fact stands at its noon while that is in view
    with room for its label, else at the start of the part of its day in view."""
    day = float(QUAKE_DAY.toordinal())
    # The morning: at the left edge of the plot, the label to the right in view.
    xs = _marker_xs(day, day + 0.5)
    assert len(xs) == 2 and all(0 < x < 20 for x in xs)
    # An afternoon (14:24-18:00): at the left edge too.
    xs = _marker_xs(day + 0.6, day + 0.75)
    assert len(xs) == 2 and all(0 < x < 20 for x in xs)
    # Noon in view with room: at noon, as before.
    xs = _marker_xs(day + 0.25, day + 1.0)
    assert xs and all(x == pytest.approx(1000 / 3, abs=1) for x in xs)
    # Zoomed out to weeks: at noon, as before (the day's whole width is a few pixels).
    xs = _marker_xs(day - 3, day + 5)
    assert xs and all(x == pytest.approx(3.5 * 125, abs=1) for x in xs)
    # Its day not in view: no marker.
    assert _marker_xs(day + 1.2, day + 1.7) == []


def test_a_days_fact_lies_on_a_band_across_its_day_at_a_zoom_of_hours(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A marker at noon read as a time of day ('at 4.12am' drawn at 12:00): where hours
    are drawn, a light band runs across the fact's whole day under it."""
    from desktop.ui.timeline.view import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_data(_day_lane())
    view.show()
    qtbot.waitExposed(view)
    day = float(QUAKE_DAY.toordinal())

    def row_ink(t0: float, t1: float) -> tuple[QColor, QColor]:
        """The colour in the facts' row at 06:00 of the day and at 18:00 of the day before."""
        view.set_visible_days(t0, t1)
        QApplication.processEvents()
        frame = view._current_frame()
        (lane,) = frame.lanes
        geo = frame.geo
        marker = next(p for p in lane.layout.placed if p.item is not None)
        y = round(geo.row_center(lane.rows_top, lane.layout.rows, marker.row))
        image = view.viewport().grab().toImage()
        at = [round(geo.plot_left + (day + h - t0) * frame.ppd) for h in (0.25, -0.25)]
        return image.pixelColor(at[0], y), image.pixelColor(at[1], y)

    # Hours drawn (over 240 pixels a day): the morning is tinted, the evening before is not.
    morning, before = row_ink(day - 0.5, day + 1.1)
    assert morning != before
    assert morning.blue() - morning.red() > before.blue() - before.red()  # the band's blue
    # Days drawn (under 240 pixels a day): no band, the morning as bare as the day before.
    morning, before = row_ink(day - 2.0, day + 2.5)
    assert morning == before


#: A story of my own, for a file that reads.
GOOD_STORY = """# Ferry operator suspends night crossings

The operator said on Tuesday that night crossings would stop until the inquiry reports.
"""


def _read_all(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    for row in range(dialog.files.rowCount()):
        dialog.file_list.setCurrentIndex(dialog.files.index(row, 0))
        qtbot.waitUntil(lambda: dialog.current_entry() is not None and dialog.current_entry().read)
    QApplication.processEvents()


def test_nothing_to_import_when_no_file_can_be_read(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Two files the dialog said 'cannot be read' left the button 'Import 2 files' enabled,
    which ended in a warning '2 of 2 files could not be imported'."""
    window = open_at(make_window, qtbot, tmp_path / "E.factlane", 1280, 800)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a pdf")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    good = tmp_path / "night_crossings.md"
    good.write_text(GOOD_STORY, encoding="utf-8")
    dialog = window.import_paths([broken, empty])
    assert dialog is not None
    _read_all(dialog, qtbot)
    assert all(e.error for e in dialog.entries())
    assert not dialog.import_button.isEnabled()
    assert "2 cannot be read" in dialog.summary.text()
    dialog._accept()  # (Enter) does nothing either
    assert dialog.result() == 0 and not window.runner.busy()
    dialog.reject()
    # With a file that reads, the import goes ahead (the others are reported as before).
    dialog = window.import_paths([broken, good])
    assert dialog is not None
    _read_all(dialog, qtbot)
    assert dialog.import_button.isEnabled()
    dialog.reject()


def test_a_file_that_fails_at_import_is_named_once_in_the_warning(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """A file not opened in the dialog fails when imported: the warning names it once."""
    window = open_at(make_window, qtbot, tmp_path / "E.factlane", 1280, 800)
    good = tmp_path / "night_crossings.md"
    good.write_text(GOOD_STORY, encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a pdf")
    dialog = window.import_paths([good, broken])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.current_entry() is not None and dialog.current_entry().read)
    assert not dialog.entries()[1].read  # never opened: imported as read
    dialog.accept()
    _imported(window, qtbot)
    box = getattr(window, "failure_box", None)
    assert box is not None
    lines = box.informativeText().splitlines()
    assert len(lines) == 1 and lines[0].startswith("broken.pdf: ")
    assert lines[0].count("broken.pdf") == 1, lines[0]
    box.close()
