"""Round 33: the timeline opens on the story's busiest days; the Conflicts tab's sentence
card keeps its source line; what an analyst's walk through a pack project found."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.timeline.data import TimelineData, TimelineItem, busiest_days, dense_days
from desktop.ui.timeline.view import TimelineView
from tests.ui.test_review import open_at, rect_in

# -- 1. the opening view frames the story's busiest days ----------------------------------


def _day(i: int, d: date, lane: str = "A") -> TimelineItem:
    return TimelineItem(i, lane, d, d, f"fact {i}")


def _month(i: int, year: int, month: int, lane: str = "A") -> TimelineItem:
    last = (date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return TimelineItem(i, lane, date(year, month, 1), last, f"month {i}")


def _capsized_ferry() -> list[TimelineItem]:
    """Three reports of a ferry disaster over nine days, and what they say of before and
    after: the year it was built, last year's fine, its March inspection, an inquiry due
    in September."""
    start = date(2025, 5, 10)
    items = [_day(i, start + timedelta(days=i % 9), "ABC"[i % 3]) for i in range(22)]
    items.append(TimelineItem(90, "A", date(1988, 1, 1), date(1988, 12, 31), "built"))
    items.append(TimelineItem(91, "B", date(2024, 1, 1), date(2024, 12, 31), "fined"))
    items.append(_month(92, 2025, 3))
    items.append(_month(93, 2025, 9, "C"))
    return items


def test_the_busiest_days_leave_out_the_background_fit_all_keeps() -> None:
    items = _capsized_ferry()
    t0, t1 = busiest_days(items) or (0.0, 0.0)
    assert t0 == date(2025, 5, 10).toordinal() and t1 == date(2025, 5, 19).toordinal()
    # Fit All still takes in the March inspection, two months before the story.
    fit0, fit1 = dense_days(items) or (0.0, 0.0)
    assert fit0 <= date(2025, 3, 1).toordinal() and fit1 >= t1


def test_a_small_project_with_one_fact_years_before_opens_on_its_days() -> None:
    # Twelve facts of a four-day strike and the last strike, a decade before: fewer facts
    # than Fit All's bulk asks for, so Fit All frames the decade.
    items = [_day(i, date(2026, 2, 9) + timedelta(days=i % 4)) for i in range(12)]
    items.append(TimelineItem(50, "A", date(2014, 1, 1), date(2014, 12, 31), "last strike"))
    assert busiest_days(items) == (date(2026, 2, 9).toordinal(), date(2026, 2, 13).toordinal())
    fit = dense_days(items)
    assert fit is not None and fit[0] == date(2014, 1, 1).toordinal()


def test_a_story_spread_evenly_or_with_near_background_opens_as_fit_all() -> None:
    # A year of a war, a fact every few days: nothing to leave out.
    spread = [_day(i, date(2024, 1, 1) + timedelta(days=(i * 5) % 360)) for i in range(150)]
    assert busiest_days(spread) == dense_days(spread)
    # A fortnight with a week of lead-up just before it: the lead-up continues the story.
    story = [_day(i, date(2025, 6, 8) + timedelta(days=i % 14)) for i in range(40)]
    lead_up = [_day(100 + i, date(2025, 6, 1) + timedelta(days=i)) for i in range(5)]
    assert busiest_days(story + lead_up) == dense_days(story + lead_up)
    # A funeral nine days after it is past the story's reach, but the fortnight is more than
    # half of Fit All's span already: the frame is Fit All's.
    funeral = [_day(200 + i, date(2025, 6, 30)) for i in range(3)]
    assert busiest_days(story + funeral) == dense_days(story + funeral)
    assert busiest_days(story + funeral) == (
        date(2025, 6, 8).toordinal(),
        date(2025, 7, 1).toordinal(),
    )
    # A handful of facts is framed whole.
    few = [_day(1, date(2025, 1, 1)), _day(2, date(2025, 1, 2)), _day(3, date(2019, 5, 5))]
    assert busiest_days(few) == dense_days(few) and busiest_days([]) is None


def test_a_month_long_fact_of_the_busiest_days_shows_whole() -> None:
    # "earlier this month" (the 1st to the 20th) among a fortnight's days is the story's
    # own; the two months before it are background.
    story = [_day(i, date(2025, 1, 6) + timedelta(days=i % 14)) for i in range(26)]
    story.append(TimelineItem(97, "A", date(2025, 1, 1), date(2025, 1, 20), "earlier"))
    story += [_month(98, 2024, 11), _month(99, 2024, 12)]
    assert busiest_days(story) == (date(2025, 1, 1).toordinal(), date(2025, 1, 21).toordinal())


def test_the_view_opens_on_the_busiest_days_counts_the_rest_and_home_fits_all(
    qtbot: QtBot,
) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.set_data(TimelineData(_capsized_ferry()), fit=False)
    view.show()
    qtbot.waitExposed(view)
    view.frame_busiest()
    first, last = view.visible_range()
    assert date(2025, 5, 5) <= first <= date(2025, 5, 10) and last <= date(2025, 6, 1)
    # the three facts before and the one after are counted at the edges, where one reads them
    assert view.beyond_edges() == (3, 1)
    assert set(view.edge_count_rects()) == {False, True}
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.visible_range()[0] <= date(2025, 3, 1)


def test_a_project_opens_on_its_busiest_days_unless_fit_all_is_preferred(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    shown = list(window.timeline.shown_data())
    first_fact = min(it.earliest for it in shown)
    first, _last = window.timeline.visible_range()
    assert first > first_fact
    assert window.timeline.beyond_edges()[0] >= 1
    # The days shown are the story's: more than half its facts lie wholly in view.
    t0, t1 = window.timeline.visible_days()
    inside = [it for it in shown if t0 <= it.earliest.toordinal() and it.latest.toordinal() < t1]
    assert len(inside) > len(shown) / 2
    window.fit_button.click()
    assert window.timeline.visible_range()[0] <= first_fact


# -- 2. a three-line sentence keeps its source and day in view ----------------------------


def _my_long_figure():  # type: ignore[no-untyped-def]
    from desktop.domain import Figure

    text = (
        "Rescue teams working through the night at the collapsed market hall in the old "
        "town had pulled 14 people alive from the rubble by Friday morning, the regional "
        "fire chief told reporters outside the cordon, adding that the search would go on."
    )
    start = text.index("14 people")
    figure = Figure(
        start,
        start + len("14 people"),
        "14 people",
        "14",
        14.0,
        14.0,
        "exact",
        counted="people",
        measure="rescued",
        attributed_to="the regional fire chief",
        as_of=date(2026, 4, 17),
    )
    return text, figure


def test_a_card_of_three_lines_and_the_source_shows_both(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.records import FigureRecord
    from desktop.ui.widgets.conflicts_panel import SentenceCard
    from tests.ui.test_models import article

    text, figure = _my_long_figure()
    card = SentenceCard()
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    card.resize(330, card.height_for_lines_and_source(SentenceCard.SHORT_LINES))
    card.show_figure(FigureRecord(1, article(7, "Valley Courier"), figure), text, "Left")
    QApplication.processEvents()
    assert card.document().begin().layout().lineCount() >= 3
    # three lines of the sentence, whole, and the source and day under them
    assert card.viewport().height() >= 3 * card.fontMetrics().lineSpacing()
    assert card.source_line.isVisible()
    assert card.source_line.text().startswith("Valley Courier · Fri 17 Apr 2026")
    assert card.source_line.geometry().bottom() < card.height() - card.frameWidth() + 1
    assert card.figure_in_view()


@pytest.mark.parametrize(("width", "height"), [(1024, 640), (1280, 800)])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_conflicts_tab_shows_a_three_line_sentences_source(
    make_window, qtbot, demo_project: Path, width: int, height: int, theme: str, app_look
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import TAB_CONFLICTS
    from desktop.ui.style import apply_look

    apply_look(app_look, theme)
    window = open_at(make_window, qtbot, demo_project, width, height)
    window.tabs.setCurrentIndex(TAB_CONFLICTS)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=10000)
    qtbot.wait(200)  # the panes are fitted to the tab, and measured again
    QApplication.processEvents()
    cards = (panel.left_card, panel.right_card)
    # the demo's first pair: a sentence that fills three lines of its card or more
    assert max(c.document().begin().layout().lineCount() for c in cards) >= 3
    for card in cards:
        # its source and day read under the sentence: pinned, or in the small print's line
        assert card.source_line.isVisible() or card.source_line_in_text_shown()
        assert card.viewport().height() >= 3 * card.fontMetrics().lineSpacing() - 1
        assert panel.rect().contains(rect_in(card, panel))
    # and nothing of the tab scrolls for it
    assert panel.scroll_area.verticalScrollBar().maximum() == 0


@pytest.fixture
def app_look():  # type: ignore[no-untyped-def]
    """The application's palette, style sheet and font put back after a test that changes
    them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style, font = app.palette(), app.styleSheet(), app.style().name(), app.font()
    yield app
    app.setStyleSheet(sheet)
    app.setStyle(style)
    app.setPalette(palette)
    # (apply_look sets the font's hinting: kept, it changed the widths later tests measure)
    app.setFont(font)


# -- 3. an analyst's walk: the first import into a new project ----------------------------

_BRIDGE_STORIES = {
    "river_post.txt": (
        "Old road bridge closed after cracks found\n\nBy Ana Liss\nRiver Post\n3 March 2026\n\n"
        "Engineers closed the Kelm road bridge on Tuesday after inspectors found cracks in "
        "two of its piers, the county council said.\n\n"
        "About 18,000 vehicles crossed the bridge every day, according to the council.\n\n"
        "Inspectors had last examined the piers on February 20 and found nothing amiss.\n\n"
        "A ferry will run from Wednesday while divers inspect the river bed.\n\n"
        "The council will publish the engineers' report on Friday.\n"
    ),
    "county_herald.txt": (
        "Kelm bridge to stay shut for months\n\nBy Tom Arve\nCounty Herald\n5 March 2026\n\n"
        "The Kelm road bridge will stay closed until at least June, the county council said "
        "on Thursday.\n\n"
        "Some 20,000 vehicles used the crossing each day, the council said.\n\n"
        "Divers found on Wednesday that the river had scoured the bed around two piers.\n\n"
        "Shops in the old town reported fewer customers on Monday and Tuesday.\n\n"
        "The ferry carried 2,300 passengers on its first day on Wednesday.\n"
    ),
    "valley_courier.txt": (
        "Engineers' report on Kelm bridge published\n\nBy Lise Moor\nValley Courier\n"
        "6 March 2026\n\n"
        "The engineers' report on the Kelm road bridge, published on Friday, found that "
        "two piers had moved by up to 4 centimetres.\n\n"
        "The council said on Friday that repairs would cost about 6 million euros.\n\n"
        "Work on the piers will start on March 16, the council said.\n\n"
        "A temporary footbridge will open on Saturday.\n\n"
        "The bridge was built in 1931.\n"
    ),
}


def test_the_first_import_into_a_new_project_sizes_the_panes_for_its_lanes(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    files = []
    for name, text in _BRIDGE_STORIES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    project = tmp_path / "Bridge.factlane"
    window = open_at(make_window, qtbot, project, 1280, 800)
    qtbot.wait(100)
    dialog = window.import_paths(files)
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.last_import) and window.facts_loaded(), timeout=20000)
    qtbot.wait(200)
    QApplication.processEvents()
    after_import = window.right_splitter.sizes()
    window.close()
    # The same project opened afresh: the panes it gets then are the ones it should have had.
    again = open_at(make_window, qtbot, project, 1280, 800)
    qtbot.wait(200)
    QApplication.processEvents()
    opened = again.right_splitter.sizes()
    # (its lanes want more than the 30% an empty project's timeline is given)
    assert opened[0] > 0.33 * sum(opened), opened
    assert abs(after_import[0] - opened[0]) <= 4, (after_import, opened)


def _strike_week() -> list[TimelineItem]:
    """A week of a dock strike, four facts a day, in two lanes."""
    start = date(2026, 6, 1)
    return [_day(i, start + timedelta(days=i // 4), "AB"[i % 2]) for i in range(28)]


def test_a_fact_chosen_at_the_edge_of_the_view_leaves_the_view_where_it_was(
    qtbot: QtBot,
) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.set_data(TimelineData(_strike_week()), fit=False)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    framed = view.visible_days()
    # The strike's first day stands at the left edge, its last near the right: chosen in
    # the table, neither moves the view (the first was centred, half the view empty days).
    assert framed[0] < date(2026, 6, 1).toordinal() + 0.6
    for fid in (0, 27):
        assert view.select_fact(fid)
        assert view.visible_days() == framed
    # A day past the edge is brought in by as little as shows it, at the same zoom...
    view.set_visible_days(framed[0] + 2, framed[1] + 2)
    before = view.visible_days()
    assert view.select_fact(1)
    t0, t1 = view.visible_days()
    assert t1 - t0 == pytest.approx(before[1] - before[0])
    assert t0 < date(2026, 6, 1).toordinal() + 0.5 < t0 + (t1 - t0) * 0.2
    # ... and a fact far off is centred, as before.
    view.set_visible_days(framed[0] + 60, framed[1] + 60)
    assert view.select_fact(12)
    t0, t1 = view.visible_days()
    assert (t0 + t1) / 2 == pytest.approx(date(2026, 6, 4).toordinal() + 0.5, abs=0.01)


# -- 3. a fact's date typed as the article words it --------------------------------------


def test_a_date_typed_for_a_fact_counts_from_its_articles_publication_date() -> None:
    from desktop.ui.format import parse_date_range

    published = date(2025, 5, 11)  # a Sunday

    def day(text: str) -> str | None:
        found = parse_date_range(text, relative_to=published)
        return found.value if found is not None else None

    assert day("last Tuesday") == "2025-05-06"
    assert day("Saturday") == "2025-05-10"
    assert day("yesterday") == "2025-05-10"
    # a day or month without its year is the one nearest the article, before or after it
    assert day("12 May") == "2025-05-12"
    assert day("May 3") == "2025-05-03"
    assert day("June") == "2025-06"
    assert day("2 Dec") == "2024-12-02"
    # a year typed, or a whole date, reads as typed
    assert day("12 May 2023") == "2023-05-12"
    assert day("2025-05-09") == "2025-05-09"
    # with no article to count from, words count from today, as before
    today = parse_date_range("yesterday")
    assert today is not None and today.earliest == date.today() - timedelta(days=1)


def test_the_date_dialog_says_what_a_relative_date_counts_from(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.entry import DateEntryDialog

    dialog = DateEntryDialog(
        None, "Fact date", "&Date:", "11 May 2025", "Crews worked through Saturday night.",
        relative_to=date(2025, 5, 11),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("Saturday")
    assert "10 May 2025" in dialog.reading.text()
    assert "counted from the publication date (Sun 11 May 2025)" in dialog.reading.text()
    range_ = dialog.date_range()
    assert range_ is not None and range_.earliest == date(2025, 5, 10)
    # a whole date needs no word on what it counts from
    dialog.date_edit.setText("2025-05-09")
    assert "counted from" not in dialog.reading.text()


def test_editing_a_facts_date_to_a_weekday_takes_the_one_before_its_article(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.models.facts import COL_DATE

    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    model = window.facts_panel.model
    fact = next(
        f
        for f in (model.fact_at(r) for r in range(model.rowCount()))
        if f.article is not None and f.article.published is not None
    )
    published = fact.article.published
    window.facts_panel.select_fact(fact.id, emit=True)
    dialog = window.facts_panel.edit_date()
    assert dialog is not None
    dialog.date_edit.setText("yesterday")
    dialog.accept()
    QApplication.processEvents()
    edited = window.workspace.fact(fact.id)
    assert edited.date.earliest == published - timedelta(days=1)
    # typed in the table, the same
    assert window.workspace.edit_fact_field(fact.id, COL_DATE, "2 days ago")
    assert window.workspace.fact(fact.id).date.earliest == published - timedelta(days=2)


def test_the_figures_as_of_reads_in_the_date_style_of_the_facts(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain import Figure
    from desktop.domain.records import FigureRecord
    from desktop.ui.format import date_style, set_date_style
    from desktop.ui.models.figures import COL_AS_OF, FiguresTableModel
    from desktop.ui.widgets.figures_panel import FiguresPanel
    from tests.ui.test_models import article

    figure = Figure(
        0, 9, "17 people", "17", 17.0, 17.0, "exact", counted="people", measure="killed",
        as_of=date(2025, 5, 12),
    )  # fmt: skip
    records = [FigureRecord(1, article(3, "Nordic Coast"), figure)]
    model = FiguresTableModel()
    model.set_figures(records)
    before = date_style()
    try:
        set_date_style("text")
        assert model.index(0, COL_AS_OF).data() == "12 May 2025"
        assert "as of 12 May 2025" in model.index(0, COL_AS_OF).data(Qt.ItemDataRole.ToolTipRole)
        # shown whole in the panel's column
        panel = FiguresPanel()
        qtbot.addWidget(panel)
        panel.resize(900, 300)
        panel.set_figures(records)
        panel.show()
        qtbot.waitExposed(panel)
        text_width = panel.table.fontMetrics().horizontalAdvance("12 May 2025")
        assert panel.table.columnWidth(COL_AS_OF) > text_width
        set_date_style("iso")
        panel.dates_restyled()
        assert panel.model.index(0, COL_AS_OF).data() == "2025-05-12"
    finally:
        set_date_style(before)
