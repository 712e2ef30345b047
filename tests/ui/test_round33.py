"""Round 33: the timeline opens on the story's busiest days; the Conflicts tab's sentence
card keeps its source line; what an analyst's walk through a pack project found."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.timeline.data import TimelineData, TimelineItem, busiest_days, dense_days
from desktop.ui.timeline.view import TimelineView
from tests.ui.test_review import open_at

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
