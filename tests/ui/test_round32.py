"""Round 32: the Conflicts tab's relation colours read at 4.5:1 in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop.domain.records import GroupRecord, PairRecord

# -- 1. the contradiction red (and its fellows) read on every ground of both themes ---------

_GROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)


def _themes(qapp) -> list[QPalette]:  # type: ignore[no-untyped-def]
    from desktop.ui.style import dark_palette

    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return [fusion.standardPalette(), dark_palette()]


@pytest.mark.parametrize("relation", ["contradiction", "update", "consistent"])
def test_a_relations_colour_reads_on_every_ground_of_both_themes(qapp, relation) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.models.conflicts import relation_colour
    from desktop.ui.style import contrast_ratio

    for palette in _themes(qapp):
        shade = relation_colour(relation, palette)
        for role in _GROUNDS:
            assert contrast_ratio(shade, palette.color(QPalette.ColorGroup.Active, role)) >= 4.5


def test_the_red_stays_red_lighter_on_dark_and_darker_on_light(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.models.conflicts import RELATION_COLORS, relation_colour

    light, dark = (relation_colour("contradiction", p) for p in _themes(qapp))
    for shade in (light, dark):
        assert shade.red() > shade.green() + 60 and shade.red() > shade.blue() + 60
    given = RELATION_COLORS["contradiction"]
    assert dark.lightnessF() > given.lightnessF() > light.lightnessF()


def test_a_colour_already_legible_is_kept() -> None:
    from desktop.ui.style import legible_accent

    deep = QColor(150, 20, 20)
    kept = legible_accent(deep, [QColor(255, 255, 255), QColor(240, 240, 240)])
    assert kept.rgb() == deep.rgb()
    # on a ground nothing reaches, it ends at white on dark
    assert legible_accent(deep, [QColor(0, 0, 0)], 21.0).rgb() == QColor(255, 255, 255).rgb()


def test_the_groups_count_and_the_pairs_relation_read_in_the_dark_theme(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.models.conflicts import (
        GROUP_COL_CONTRADICTIONS,
        PAIR_COL_RELATION,
        ConflictGroupsModel,
        ConflictPairsModel,
    )
    from desktop.ui.style import contrast_ratio, dark_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = dark_palette()
    app.setPalette(dark)
    try:
        groups = [GroupRecord(1, "hot", "people evacuated", [3, 4])]
        pairs = [PairRecord(3, 4, "contradiction", "1,200 vs 2,000", "hot")]
        model = ConflictGroupsModel()
        model.set_conflicts(groups, pairs)
        count = model.index(0, GROUP_COL_CONTRADICTIONS).data(Qt.ItemDataRole.ForegroundRole)
        pair_model = ConflictPairsModel()
        pair_model.set_pairs(pairs, {})
        name = pair_model.index(0, PAIR_COL_RELATION).data(Qt.ItemDataRole.ForegroundRole)
        for brush in (count, name):
            for role in _GROUNDS:
                ground = dark.color(QPalette.ColorGroup.Active, role)
                assert contrast_ratio(brush.color(), ground) >= 4.5
    finally:
        app.setPalette(before)


# -- 2. the sentence card's source and day stay in view ----------------------------------------


def _long_figure():  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop.domain import Figure

    text = (
        "Officials in the northern province said on Monday evening that 360 soldiers were "
        "arrested in Sisaket after a week of clashes along the border, in what the ministry "
        "described as the largest operation of its kind since the start of the year, and "
        "that more arrests were expected before the weekend."
    )
    start = text.index("360")
    figure = Figure(
        start,
        start + len("360 soldiers"),
        "360 soldiers",
        "360",
        360.0,
        360.0,
        "exact",
        counted="soldiers",
        measure="arrested",
        attributed_to="Officials",
        as_of=date(2025, 3, 3),
    )
    return text, figure


@pytest.mark.parametrize("lines", [4, 5])
def test_a_long_sentences_card_keeps_its_source_and_day_in_view(qtbot, lines) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.records import FigureRecord
    from desktop.ui.widgets.conflicts_panel import SentenceCard
    from tests.ui.test_models import article

    text, figure = _long_figure()
    card = SentenceCard()
    qtbot.addWidget(card)
    card.resize(360, 200)
    card.show()
    qtbot.waitExposed(card)
    asked = card.height_for_lines(lines)
    card.resize(360, asked)
    card.show_figure(FigureRecord(1, article(20, "Regional Desk 20"), figure), text, "Left")
    QApplication.processEvents()
    # the sentence fills the card: its own source line is under the fold ...
    assert not card.source_line_in_text_shown()
    # ... so the line is pinned under the text, whole, inside the card's border
    pinned = card.source_line
    assert pinned.isVisible()
    assert pinned.text().startswith("Regional Desk 20 · Mon 3 Mar 2025")
    assert "according to Officials" in pinned.toolTip()
    box = pinned.geometry()
    assert box.top() > card.viewport().geometry().bottom()
    assert box.bottom() < card.height() - card.frameWidth() + 1
    assert box.height() >= pinned.fontMetrics().height()
    # and the figure is still in view above it
    assert card.figure_in_view()
    # The line takes its room from the sentence's, not from the tab: the card asks for the
    # height it asked for before (it grew by the line, and the tab scrolled past the list's
    # header).
    assert card.height_for_lines(lines) == asked
    # scrolled to the end, the line is told once: in the small print when it is whole in
    # view there (a four-line card has the room), else still pinned
    bar = card.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert card.source_line_in_text_shown()
    assert not pinned.isVisible()
    bar.setValue(0)
    QApplication.processEvents()
    assert pinned.isVisible()


def test_a_short_sentences_card_has_no_pinned_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.records import FigureRecord
    from desktop.ui.widgets.conflicts_panel import SentenceCard
    from tests.ui.test_models import article

    _, figure = _long_figure()
    text = "Officials said 360 soldiers were arrested."
    start = text.index("360")
    short = type(figure)(
        start, start + 12, "360 soldiers", "360", 360.0, 360.0, "exact", counted="soldiers"
    )
    card = SentenceCard()
    qtbot.addWidget(card)
    card.resize(360, 200)
    card.show()
    qtbot.waitExposed(card)
    card.resize(360, card.height_for_lines(4))
    card.show_figure(FigureRecord(1, article(20, "Regional Desk 20"), short), text, "Left")
    QApplication.processEvents()
    assert card.source_line_in_text_shown()
    assert not card.source_line.isVisible()
    assert card.viewportMargins().bottom() == 0
    card.clear()
    assert not card.source_line.isVisible()


def test_a_narrow_pinned_line_keeps_the_day_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1280x800 the pinned line read 'Harbor Wire (sample) · Wed 15 Ja…': the name is cut
    first, the day never."""
    from desktop.domain.records import FigureRecord
    from desktop.ui.widgets.conflicts_panel import SentenceCard
    from tests.ui.test_models import article

    text, figure = _long_figure()
    card = SentenceCard()
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    card.resize(190, card.height_for_lines(4))
    card.show_figure(
        FigureRecord(1, article(20, "Harbor Wire (sample edition)"), figure), text, "Left"
    )
    QApplication.processEvents()
    shown = card.source_line.text()
    assert card.source_line.isVisible()
    assert shown.endswith(" · Mon 3 Mar 2025")
    assert shown.startswith("Harbor") and "…" in shown
    metrics = card.source_line.fontMetrics()
    assert metrics.horizontalAdvance(shown) <= card.viewport().width()


def test_a_card_of_three_lines_keeps_them_for_the_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A short tab gives the card three lines of the sentence (round 27): the pinned line
    never takes one of them; the source stays a scroll away there."""
    from desktop.domain.records import FigureRecord
    from desktop.ui.widgets.conflicts_panel import SentenceCard
    from tests.ui.test_models import article

    text, figure = _long_figure()
    card = SentenceCard()
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    card.resize(360, card.height_for_lines(3))
    card.show_figure(FigureRecord(1, article(20, "Regional Desk 20"), figure), text, "Left")
    QApplication.processEvents()
    assert not card.source_line_in_text_shown()
    assert not card.source_line.isVisible()
    assert card.viewport().height() >= 3 * card.fontMetrics().lineSpacing()


# -- 3. a search's subset reuses its lanes' sort ----------------------------------------------


def _stories(n: int = 600):  # type: ignore[no-untyped-def]
    import random
    from datetime import date, timedelta

    from desktop.ui.timeline.data import TimelineItem

    rng = random.Random(32)
    start = date(2019, 1, 1)
    items = []
    for i in range(n):
        first = start + timedelta(days=rng.randrange(2000))
        length = rng.choice([0, 0, 0, 6, 30, 364, 3000])
        items.append(
            TimelineItem(
                i,
                f"Outlet {i % 7}",
                first,
                first + timedelta(days=length),
                f"fact {i}",
                has_conflict=rng.random() < 0.1,
            )
        )
    return items


def _shape(data):  # type: ignore[no-untyped-def]
    """What drawing reads of a timeline: per lane, every tier's column and span groups."""
    from desktop.ui.timeline.data import TIER_MAX_DAYS

    out = []
    for lane in data.lanes:
        tiers = []
        for k in range(len(TIER_MAX_DAYS)):
            col = lane.column(k)
            groups = lane.groups_overlapping(k, -1e9, 1e9)
            tiers.append(
                (
                    list(col.anchors),
                    [it.id for it in col.items],
                    list(col.anchor_sums),
                    list(col.conflict_counts),
                    [(g.start, g.end, [m.id for m in g.members]) for g in groups],
                )
            )
        out.append((lane.name, lane.count, tiers))
    return out


@pytest.mark.parametrize("edited", [False, True])
def test_a_subset_is_the_timeline_of_the_items_it_keeps(edited: bool) -> None:
    from dataclasses import replace

    from desktop.ui.timeline.data import TimelineData

    items = _stories()
    data = TimelineData(items, ["Outlet 3"])
    for lane in data.lanes:
        lane.column(0)  # built, as lanes in view are
    if edited:
        # an edited lane (its sort no longer the build's) still gives the right subset
        moved = replace(items[5], earliest=items[5].earliest.replace(year=2018))
        data.replace(moved)
        items[5] = moved
    keep = lambda it: it.id % 3 != 0  # noqa: E731
    for kwargs in ({}, {"drop_empty": True}, {"by_count": True}):
        sub = data.subset(keep, ["Outlet 1", "Outlet 3", "Outlet 4"], **kwargs)
        kept = [it for it in items if keep(it) and it.lane in ("Outlet 1", "Outlet 3", "Outlet 4")]
        fresh = TimelineData(kept, sub.lane_names)
        assert _shape(sub) == _shape(fresh)
        assert [it.id for it in sub] == [it.id for it in data if it.id in fresh]
        assert sub.extent() == fresh.extent()
    whole = data.subset(None)
    assert _shape(whole) == _shape(TimelineData(items, data.lane_names))
    # a subset is itself a timeline that can be narrowed and edited
    narrower = data.subset(keep).subset(lambda it: it.id % 2 == 0)
    assert sorted(it.id for it in narrower) == sorted(
        it.id for it in items if keep(it) and it.id % 2 == 0
    )
    narrower.remove(4)
    assert 4 not in narrower and 4 in data


def test_a_subset_of_a_built_lane_skips_the_sort(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A search rebuilt every lane it showed at each keystroke, sorting the kept items and
    reading their dates again: the lane already built knows both."""
    from desktop.ui.timeline import data as timeline_data

    base = timeline_data.TimelineData(_stories())
    for lane in base.lanes:
        lane.column(0)
    sub = base.subset(lambda it: it.id % 4 == 0)
    calls = []
    real = sorted
    monkeypatch.setattr(
        timeline_data, "sorted", lambda *a, **k: calls.append(1) or real(*a, **k), raising=False
    )
    for lane in sub.lanes:
        lane.column(0)
    # only the span groups' few intervals are sorted, never the lane's items
    assert len(calls) == len(sub.lanes)
