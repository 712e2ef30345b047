"""Round 38: a fact with a time of day stands at its time on the timeline."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.domain.records import TimelineRow
from desktop.ui.timeline.data import TimelineData, TimelineItem
from desktop.ui.timeline.layout import BUBBLE, MARKER, LayoutMetrics, layout_lane
from desktop.ui.timeline_source import TimelineSource, time_of_day
from tests.ui.test_round22 import styled  # noqa: F401  (a fixture)

QUAKE_DAY = date(2026, 3, 10)
DAY = float(QUAKE_DAY.toordinal())


def _row(fid: int, source: str, text: str, value: str, day: date = QUAKE_DAY) -> TimelineRow:
    return TimelineRow(fid, fid, source, "Quake", day, day, text, "auto", "day", value)


def _quake_rows() -> list[TimelineRow]:
    return [
        _row(
            1, "Brennick Courier", "The earthquake struck at 04:12 on Tuesday.", "2026-03-10T04:12"
        ),
        _row(2, "Brennick Courier", "Rescuers pulled 17 people from the rubble.", "2026-03-10"),
        _row(3, "Meridian Wire", "An aftershock shook the valley at 9 p.m.", "2026-03-10T21:00"),
    ]


def _quake_data() -> TimelineData:
    rows = _quake_rows()
    return TimelineSource(rows={r.id: r for r in rows}).data("source")


# -- reading the time a date gives ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "share"),
    [
        ("2026-03-10T04:12", 4.2 / 24),
        ("2026-03-10T21:00", 21 / 24),
        ("2026-03-10T00:00", 0.0),
        ("2026-03-10T09", 9 / 24),
        ("2026-03-10T13:30:36", (13.5 + 0.01) / 24),
    ],
)
def test_a_clock_time_in_a_date_is_a_share_of_its_day(value: str, share: float) -> None:
    assert time_of_day(value, QUAKE_DAY, QUAKE_DAY) == pytest.approx(share)


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-10",  # a day alone
        "2026-03-10TMO",  # the morning: a part of the day is no time
        "2026-03-10TNI",
        "2026-03-09T04:12",  # another day: the date was edited since
        "2026-03-10T25:00",
        "2026-03-10T04:75",
        "2026-W11",
        "",
    ],
)
def test_no_time_without_a_clock_time_of_the_facts_own_day(value: str) -> None:
    assert time_of_day(value, QUAKE_DAY, QUAKE_DAY) is None


def test_no_time_for_a_fact_of_several_days() -> None:
    assert time_of_day("2026-03-10T04:12", QUAKE_DAY, date(2026, 3, 11)) is None


def test_midnight_at_the_end_of_a_day_stays_in_it() -> None:
    share = time_of_day("2026-03-10T24:00", QUAKE_DAY, QUAKE_DAY)
    assert share is not None and 0.999 < share < 1.0


def test_the_timeline_items_carry_the_time_of_their_facts() -> None:
    items = {it.id: it for it in _quake_data()}
    assert items[1].time == pytest.approx(0.175)
    assert items[1].anchor == pytest.approx(DAY + 0.175)
    assert items[2].time is None and items[2].anchor == DAY + 0.5
    assert items[3].anchor == pytest.approx(DAY + 0.875)
    # one fact redrawn alone keeps it too
    source = TimelineSource(rows={r.id: r for r in _quake_rows()})
    assert source.item(_quake_rows()[0], "source").time == pytest.approx(0.175)


# -- where it stands ----------------------------------------------------------------------


def _marker_x(data: TimelineData, lane: str, fid: int, t0: float, t1: float) -> float:
    width = 1000.0
    out = layout_lane(data.lane(lane), t0, width / (t1 - t0), width, 4, LayoutMetrics())
    (p,) = [p for p in out.placed if p.kind == MARKER and p.item is not None and p.item.id == fid]
    return p.x


def test_at_a_zoom_of_hours_a_fact_with_a_time_stands_at_it() -> None:
    """'The earthquake struck at 04:12' stood at noon (or at the left edge of its day in
    view) like a fact of the day alone: at hour zoom it stands at 04:12, the aftershock at
    21:00, and the day's fact without a time at noon as before."""
    data = _quake_data()
    t0, t1 = DAY, DAY + 1.0  # 1000 pixels for the day
    assert _marker_x(data, "Brennick Courier", 1, t0, t1) == pytest.approx(175, abs=0.5)
    assert _marker_x(data, "Brennick Courier", 2, t0, t1) == pytest.approx(500, abs=0.5)
    assert _marker_x(data, "Meridian Wire", 3, t0, t1) == pytest.approx(875, abs=0.5)
    # The afternoon in view: the fact of the day alone stands at the left edge, in its day;
    # the 04:12 fact stays at 04:12, out of view to the left.
    data = _quake_data()
    out = layout_lane(data.lane("Brennick Courier"), DAY + 0.6, 4000.0, 1000.0, 4, LayoutMetrics())
    shown = {p.item.id: p.x for p in out.placed if p.kind == MARKER and p.item is not None}
    assert 0 < shown[2] < 20
    assert 1 not in shown or shown[1] < 0


def test_a_morning_view_shows_the_facts_of_the_morning() -> None:
    data = _quake_data()
    t0 = DAY + 3 / 24  # 03:00-06:00
    out = layout_lane(data.lane("Brennick Courier"), t0, 8000.0, 1000.0, 4, LayoutMetrics())
    shown = {p.item.id: p.x for p in out.placed if p.kind == MARKER and p.item is not None}
    assert shown[1] == pytest.approx((0.175 - 0.125) * 8000, abs=0.5)


def test_a_days_facts_with_times_open_into_markers_at_their_times() -> None:
    """Seven reports of one day in one source, at seven times: a count at month zoom, and
    markers at their hours once hours are drawn (a count of facts of the day alone stays a
    count: no zoom separates them)."""
    rows = [
        _row(10 + h, "Harbour Radio", f"Bulletin {h}", f"2026-03-10T{h:02d}:00")
        for h in (6, 8, 10, 12, 14, 16, 18)
    ]
    data = TimelineSource(rows={r.id: r for r in rows}).data("source")
    lane = data.lane("Harbour Radio")
    month = layout_lane(lane, DAY - 15, 1000 / 30, 1000.0, 3, LayoutMetrics())
    assert [p.kind for p in month.placed] == [BUBBLE]
    hours = layout_lane(lane, DAY, 1000.0, 1000.0, 3, LayoutMetrics())
    xs = sorted(p.x for p in hours.placed if p.kind == MARKER)
    assert xs == pytest.approx([h / 24 * 1000 for h in (6, 8, 10, 12, 14, 16, 18)], abs=0.5)


def test_a_timed_fact_is_found_in_a_range_holding_its_day() -> None:
    """Visible items are those whose day overlaps the range, at whatever time they stand."""
    data = _quake_data()
    seen = data.visible(DAY + 0.7, DAY + 2)
    assert {it.id for it in seen["Brennick Courier"]} == {1, 2}
    assert data.visible(DAY + 1.0, DAY + 2)["Brennick Courier"] == []
    assert {it.id for it in data.visible(DAY - 1.0, DAY + 0.01)["Meridian Wire"]} == {3}


def test_an_edited_timed_fact_moves_with_its_time() -> None:
    data = _quake_data()
    lane = data.lane("Brennick Courier")
    lane.column(0)  # built
    old = next(it for it in data if it.id == 1)
    new = TimelineItem(1, old.lane, old.earliest, old.latest, old.label, time=0.75)
    data.replace(new)
    x = _marker_x(data, "Brennick Courier", 1, DAY, DAY + 1.0)
    assert x == pytest.approx(750, abs=0.5)


def test_a_timed_fact_has_no_band_across_its_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Where hours are drawn a fact of the day alone lies on a band across its day; a fact
    at 04:12 stands at its time and has none (the band said 'some time this day')."""
    from desktop.ui.timeline.view import TimelineView

    rows = [
        _row(1, "Brennick Courier", "The earthquake struck at 04:12.", "2026-03-10T04:12"),
        _row(2, "Meridian Wire", "Rescuers pulled 17 people from the rubble.", "2026-03-10"),
    ]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_data(TimelineSource(rows={r.id: r for r in rows}).data("source"))
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_days(DAY - 0.1, DAY + 1.1)
    QApplication.processEvents()
    frame = view._current_frame()
    image = view.viewport().grab().toImage()

    def ink_at(lane_name: str, hour: float) -> QColor:
        lane = next(lf for lf in frame.lanes if lf.name == lane_name)
        marker = next(p for p in lane.layout.placed if p.item is not None)
        y = round(frame.geo.row_center(lane.rows_top, lane.layout.rows, marker.row))
        return image.pixelColor(round(frame.x_of(DAY + hour / 24)), y)

    timed, untimed = ink_at("Brennick Courier", 20), ink_at("Meridian Wire", 20)
    assert untimed.blue() - untimed.red() > timed.blue() - timed.red()  # the band's blue
    assert ink_at("Brennick Courier", 20) == ink_at("Brennick Courier", 23.5)


# -- the Conflicts tab at 1280x720 --------------------------------------------------------


def _sentence_whole(card) -> bool:  # type: ignore[no-untyped-def]
    """Whether the card shows every line of its sentence, from its first, without scrolling."""
    doc = card.document()
    block = doc.firstBlock()
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    last = layout.lineAt(layout.lineCount() - 1).rect().bottom()
    return card.verticalScrollBar().value() == 0 and top + last <= card.viewport().height()


def _whole_pairs(window, qtbot) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Every pair of the project shown in turn: how many, and how many with both sentences
    whole once the window has fitted the tab to it."""
    from tests.ui.test_round27 import _conflicts_shown

    panel = _conflicts_shown(window, qtbot)
    project = window.workspace.project
    pairs = project.pairs()
    seen = whole = 0
    for group in project.groups():
        assert panel.select_group(group.key)
        for pair in pairs:
            if not panel.select_pair(pair.a, pair.b):
                continue
            seen += 1
            qtbot.wait(120)  # the window fits the panes to the pair (and again 50 ms on)
            QApplication.processEvents()
            whole += all(_sentence_whole(c) for c in (panel.left_card, panel.right_card))
            # nothing of the tab scrolls, and the timeline keeps its floor
            assert panel.scroll_area.verticalScrollBar().maximum() == 0
            assert window.right_splitter.sizes()[0] >= 0.42 * window.right_splitter.height()
    return seen, whole


@pytest.mark.usefixtures("styled")
def test_the_demo_s_pairs_read_whole_at_1280x720(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """At 1280x720 the demo's first pair showed three lines of a six-line sentence, its top
    scrolled away to the figure ('soldiers in Kyiv, said this morning ...'), under lists of
    three rows: 1 pair of 37 read whole. The lists now keep two rows each, the sentences
    take the rest and ask the window for more (down to the timeline's floor)."""
    from tests.ui.test_review import open_at

    window = open_at(make_window, qtbot, demo_project, 1280, 720)
    seen, whole = _whole_pairs(window, qtbot)
    assert seen >= 30
    assert whole >= 0.7 * seen, (whole, seen)
    panel = window.conflicts_panel
    rows = panel.pairs.verticalHeader().defaultSectionSize()
    assert panel.pairs.viewport().height() >= 2 * rows
    assert panel.dismiss_button.isVisible()


@pytest.mark.usefixtures("styled")
def test_a_taller_card_shows_its_sentence_from_the_top(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A card scrolled to bring its figure into view while short stayed scrolled when the
    window made it taller: the sentence still began in its middle."""
    from desktop.ui.widgets.conflicts_panel import SentenceCard

    card = SentenceCard()
    qtbot.addWidget(card)
    card.resize(300, 60)
    card.show()
    qtbot.waitExposed(card)
    text = "Rescuers searched the flooded valley through the night, the regional office said."
    small = "<br>".join(["Valley Courier · Tue 3 Mar 2026 · according to the regional office"] * 6)
    card.setHtml(f"<p>{text} <b><u>Forty people</u></b> were missing.</p><p>{small}</p>")
    bar = card.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert bar.value() > 0
    # taller: the sentence fits, the small print under it still scrolls
    card.resize(300, 120)
    QApplication.processEvents()
    assert bar.maximum() > 0
    assert bar.value() == 0


# -- counts in an exported picture ------------------------------------------------------


def _crowded_data() -> TimelineData:
    """Fourteen reports of one day in one source (no picture's height opens them), and five
    of a harbour over three days (a count on a short screen)."""
    day = date(2026, 3, 11)
    rows = [
        _row(i, "Meridian Wire", f"Report {i}: rescuers reached Ostry", "2026-03-11", day)
        for i in range(14)
    ]
    rows += [
        _row(
            100 + i,
            "Harbour Watch",
            f"Harbour note {i} on the crossing",
            "x",
            date(2026, 3, 11 + i % 3),
        )
        for i in range(5)
    ]
    return TimelineSource(rows={r.id: r for r in rows}).data("source")


def _picture_frame(data: TimelineData, plot_h: float, *, roomy: bool):  # type: ignore[no-untyped-def]
    from desktop.ui.timeline.frame import build_frame, make_geometry

    geo = make_geometry(1100, plot_h, len(data.lanes), 27.0, 45.0, 200.0)
    t0 = float(date(2026, 1, 30).toordinal())
    ppd = geo.plot_w / 100

    def width(text: str) -> float:
        return 7.0 * len(text)

    return build_frame(
        data, geo, t0, ppd, 0.0, LayoutMetrics(row_height=27.0), width, width, roomy=roomy
    )


def test_a_picture_sized_to_its_lanes_opens_the_counts_that_fit() -> None:
    """The export sizes its plot to the lanes laid out with all the height a picture may
    take; laid out again in that plot (shorter than the twelve rows from which a pane stops
    compacting), the harbour's five facts went back into a count '4', under an empty strip."""
    from desktop.ui.timeline.layout import BUBBLE as B

    data = _crowded_data()
    tall = _picture_frame(data, 3000, roomy=False)
    plot_h = 45.0 + max(tall.content_h, tall.natural_h)
    assert plot_h < 45.0 + 12 * 27.0  # a plot a pane would compact
    frame = _picture_frame(data, plot_h, roomy=True)
    harbour = next(lf for lf in frame.lanes if lf.name == "Harbour Watch")
    assert not [p for p in harbour.layout.placed if p.kind == B]
    assert frame.content_h == pytest.approx(tall.content_h)
    # without it (the rule as it was): a count, in lanes shorter than the plot
    squeezed = _picture_frame(data, plot_h, roomy=False)
    harbour = next(lf for lf in squeezed.lanes if lf.name == "Harbour Watch")
    assert [p for p in harbour.layout.placed if p.kind == B]


def test_a_count_left_in_a_picture_is_said_under_it() -> None:
    from desktop.ui.timeline.report import count_notes

    data = _crowded_data()
    frame = _picture_frame(data, 3000, roomy=True)
    notes = count_notes(frame)
    assert [(n.lane, n.when, n.count) for n in notes] == [("Meridian Wire", "11 Mar 2026", 14)]
    assert notes[0].labels == tuple(f"Report {i}: rescuers reached Ostry" for i in range(3))


def test_the_counts_lines_keep_the_count_and_cut_the_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.timeline.paint import Fonts, GlyphCache
    from desktop.ui.timeline.report import CountNote, _note_lines
    from desktop.ui.timeline.style import TimelineColors

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    cache = GlyphCache(TimelineColors.from_palette(app.palette()), Fonts.from_font(app.font()))
    long = "Rescuers reached the mountain village of Ostry, cut off since the quake, on Thursday"
    notes = [CountNote("Meridian Wire", "11 Mar 2026", 14, (long, long, long))]
    notes += [CountNote(f"Outlet {i}", "12 Mar 2026", 10, ("a",)) for i in range(13)]
    lines = _note_lines(cache, notes, 700)
    assert lines[0].startswith("What the counts")
    assert lines[1].startswith("Meridian Wire · 11 Mar 2026 · 14 facts: “Rescuers")
    assert lines[1].endswith("and 11 more") and "…" in lines[1]
    assert all(cache.fonts.fm_small.horizontalAdvance(line) <= 700 - 24 for line in lines)
    assert lines[-1] == "and 2 counts more"
    assert len(lines) == 1 + 12 + 1


def test_an_exported_picture_is_taller_by_the_counts_it_says(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The count a picture cannot open is said in words under the legend, and the picture
    grows by them. Compared with the same picture drawn with the words left out (a picture of
    other data would differ in its lanes' heights as well, by the font the run has)."""
    from PySide6.QtGui import QImage

    import desktop.ui.timeline.view as view_module
    from desktop.ui.timeline.view import TimelineView

    def picture(data: TimelineData, name: str) -> int:
        view = TimelineView()
        qtbot.addWidget(view)
        view.resize(1100, 300)
        view.set_data(data)
        view.show()
        qtbot.waitExposed(view)
        day = float(date(2026, 3, 11).toordinal())
        view.set_visible_days(day - 40, day + 60)
        path = tmp_path / name
        assert view.render_report(path, scale=1.0, title="Quake")
        return QImage(str(path)).height()

    crowded = _crowded_data()
    said = picture(crowded, "said.png")
    monkeypatch.setattr(view_module, "count_notes", lambda frame: [])
    unsaid = picture(crowded, "unsaid.png")
    assert said > unsaid


@pytest.mark.usefixtures("styled")
def test_the_demo_s_pairs_read_whole_at_1366x768(make_window, qtbot, demo_project):  # type: ignore[no-untyped-def]
    """At 1366x768 the tab was wide and short enough to put the groups beside the pairs,
    and each card was 220 pixels wide: the demo's sentences ran to nine lines and 20 pairs
    of 37 read whole. While the window gives the sentences their lines the groups stay
    above the pairs, the cards a half of the tab's width each."""
    from tests.ui.test_review import open_at

    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    seen, whole = _whole_pairs(window, qtbot)
    panel = window.conflicts_panel
    assert not panel.is_side_by_side()
    assert seen >= 30
    assert whole >= 0.9 * seen, (whole, seen)


def test_a_timed_fact_s_tooltip_says_its_time() -> None:
    """Hovering 'The earthquake struck at 04:12' said '10 Mar 2026 (day)': the timeline
    places it at 04:12 and now says so; a fact of the day alone is as before."""
    from dataclasses import replace

    from desktop.domain import DateRange
    from desktop.ui.timeline_source import tooltip_of
    from tests.ui.test_models import fact

    timed = replace(
        fact(1, QUAKE_DAY), date=DateRange("2026-03-10T04:12", QUAKE_DAY, QUAKE_DAY, "day")
    )
    assert "10 Mar 2026 at 04:12 (day)" in tooltip_of(timed)
    evening = replace(timed, date=DateRange("2026-03-10T21:00", QUAKE_DAY, QUAKE_DAY, "day"))
    assert "10 Mar 2026 at 21:00" in tooltip_of(evening)
    plain = tooltip_of(fact(2, QUAKE_DAY))
    assert "10 Mar 2026 (day)" in plain and " at " not in plain.splitlines()[1]
