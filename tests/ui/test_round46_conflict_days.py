"""Round 46 (2): a conflict pair's sides say their days as the rest of the tab does.

The sides said "Harbor Wire, 2025-01-15" while the pair's reason, the sentence cards and
every other view said "15 Jan 2025"; they now follow the analyst's date style (Preferences),
as the figures table does.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop.ui.format import date_style, set_date_style, shown_as_of, shown_day
from desktop.ui.models.conflicts import PAIR_COL_A, PAIR_COL_B
from tests.ui.test_review import open_at

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _cells(panel: Any) -> list[str]:
    model = panel.pairs_model
    return [
        str(model.index(row, col).data())
        for row in range(model.rowCount())
        for col in (PAIR_COL_A, PAIR_COL_B)
    ]


def test_the_sides_say_their_days_as_the_reason_does(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.pairs_model.rowCount() > 0, timeout=15000)
    assert date_style() == "text"
    cells = _cells(panel)
    assert cells and not [c for c in cells if ISO_DAY.search(c)]
    model = panel.pairs_model
    for figure_id, record in model._figures.items():
        fig = record.figure
        when = fig.as_of or record.article.published
        if when is not None:
            # a figure's as-of as finely as it was told, in a side's short form (figures
            # round 57: "1962", "Mar 2024"), the publication day of a figure with none
            shown = (
                shown_as_of(fig.as_of, fig.as_of_precision, short=True)
                if fig.as_of
                else shown_day(when)
            )
            assert model.side_lines(figure_id)[1].endswith(f", {shown}")
    # a day a reason names is written the same way in a side of some pair
    days_in_reasons = {
        m.group(0)
        for p in model._pairs
        for m in re.finditer(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b", p.reason)
    }
    assert days_in_reasons  # the demo's 'later report is lower' pairs name their days
    for day in days_in_reasons:
        assert any(day in c for c in cells), day


def test_the_iso_style_gives_iso_days_in_the_sides_too(
    make_window: Any, qtbot: Any, demo_project: Path
) -> None:
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.pairs_model.rowCount() > 0, timeout=15000)
    set_date_style("iso")
    try:
        cells = _cells(panel)
        assert all(ISO_DAY.search(c) for c in cells if "," in c)
    finally:
        set_date_style("text")
