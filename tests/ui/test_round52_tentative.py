"""UI round 52: a tentative pair's whole reason is reachable from its row.

Conflicts round 59 added a tier of tentative pairs whose reason names the words both figures
are told among ("possibly the same quantity: by context: both told with appliance, cookers,
lids; later report, the count rose: ..."). The Why cell showed only the relation's half of
it ("later repo…" in a 20-character column), so the words were in the explanation line
alone; and the row's tooltip was one line of up to 200 characters, wider than a 1366-pixel
screen.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.analysis._context import CONTEXT_MARK
from desktop.domain import TENTATIVE_REASON, Figure
from desktop.domain.records import ArticleRecord, FigureRecord, PairRecord
from desktop.ui.models.conflicts import (
    PAIR_COL_A,
    PAIR_COL_REASON,
    PAIR_COL_RELATION,
    TENTATIVE_KEY,
    TIP_LINE,
    ConflictPairsModel,
    pair_tip,
    reason_cell,
)
from tests.ui.test_review import open_at

CONTEXT = (
    f"{TENTATIVE_REASON}{CONTEXT_MARK}appliance, cookers, lids; later report, the count "
    "rose: 40,000 vs 52,000 (as of 3 Mar 2025, then 9 Mar 2025, a count that only grows)"
)
ALIKE = (
    f"{TENTATIVE_REASON}both recalled, both count cooker; later report is lower though the "
    "count only grows: 52,000 vs about 40,000"
)
FOUND = "later report is lower though the count only grows: 52,000 vs about 40,000"


def _words(text: str) -> str:
    return " ".join(text.split())


def _record(fid: int, source: str, text: str) -> FigureRecord:
    article = ArticleRecord(
        fid, f"a{fid}.txt", f"a{fid}", source, None, None, date(2025, 3, 3), "text", "txt",
        datetime(2025, 3, 3),
    )  # fmt: skip
    return FigureRecord(fid, article, Figure(0, len(text), text, "40000", 40000, 40000, "exact"))


def test_the_why_cell_says_first_why_the_two_are_possibly_one() -> None:
    # the context tier: the words, not the mark; then the relation's reason after "if so"
    assert reason_cell(CONTEXT) == (
        "told with appliance, cookers, lids; if so, later report, the count rose: 40,000 vs "
        "52,000 (as of 3 Mar 2025, then 9 Mar 2025, a count that only grows)"
    )
    # the other tentative tier keeps its words as they are
    assert reason_cell(ALIKE).startswith("both recalled, both count cooker; if so, later report")
    # a found pair's reason is shown as it always was
    assert reason_cell(FOUND) == FOUND


def test_the_row_tooltip_holds_the_whole_reason_in_short_lines() -> None:
    model = ConflictPairsModel()
    figures = {1: _record(1, "Tolvern Courier", "40,000"), 2: _record(2, "Brisk Wire", "52,000")}
    pairs = [
        PairRecord(1, 2, "update", CONTEXT, "", note="Ask the regulator which recall it is."),
        PairRecord(1, 2, "contradiction", FOUND, "g"),
    ]
    model.set_pairs(pairs, figures, presorted=True)
    for row, pair in enumerate(pairs):
        for col in (PAIR_COL_RELATION, PAIR_COL_A, PAIR_COL_REASON):
            tip = str(model.index(row, col).data(Qt.ItemDataRole.ToolTipRole))
            assert tip == pair_tip(pair)
            assert max(len(line) for line in tip.splitlines()) <= TIP_LINE
    context_tip = _words(pair_tip(pairs[0]))
    # every word of the reason, why first, then the relation it would be in, then the note
    assert context_tip.startswith(
        "Possibly the same figure (by context: both told with appliance, cookers, lids)"
    )
    assert (
        "If so, update: later report, the count rose: 40,000 vs 52,000 (as of 3 Mar 2025, "
        in context_tip
    )
    assert context_tip.endswith(
        "a count that only grows) Note: Ask the regulator which recall it is."
    )
    assert _words(pair_tip(pairs[1])) == f"contradiction: {FOUND}"
    # the Why cell of the possible pair is in the quiet italic of the rest of its row
    assert model.index(0, PAIR_COL_REASON).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(0, PAIR_COL_REASON).data().startswith("told with appliance")


def test_on_the_demo_every_possible_pair_tells_its_words_from_its_row(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1366, 768)
    window.show_tab(2)
    panel = window.conflicts_panel
    qtbot.waitUntil(lambda: panel.groups_model.row_of(TENTATIVE_KEY) is not None, timeout=10000)
    assert panel.select_group(TENTATIVE_KEY)
    qtbot.waitUntil(lambda: panel.pairs_model.rowCount() > 0, timeout=5000)
    model = panel.pairs_model
    by_context = [
        r for r in range(model.rowCount()) if model.pair_at(r).reason.startswith(
            TENTATIVE_REASON + CONTEXT_MARK
        )
    ]  # fmt: skip
    assert by_context, "the demo has pairs of the context tier"
    tip_font = QToolTip.font()
    for row in by_context:
        pair = model.pair_at(row)
        words = pair.reason[len(TENTATIVE_REASON + CONTEXT_MARK) :].partition(";")[0]
        cell = model.index(row, PAIR_COL_REASON).data()
        assert cell.startswith(f"told with {words}; if so, ")
        tip = model.index(row, PAIR_COL_A).data(Qt.ItemDataRole.ToolTipRole)
        # the whole reason, its words and its relation's reason, in the row's tooltip
        relation_reason = pair.reason.partition("; ")[2]
        assert words in _words(tip) and _words(relation_reason) in _words(tip)
        # and a tooltip that fits in half the window, not one line across the screen
        widest = max(QFontMetrics(tip_font).horizontalAdvance(ln) for ln in tip.splitlines())
        assert widest < window.width() // 2, tip
        # the explanation line under the pairs says the words as well, as tentative
        panel.select_pair(pair.a, pair.b)
        QApplication.processEvents()
        said = re.sub(r"<[^>]+>", "", panel.relation_label.text())
        assert said.startswith("Possibly the same figure (by context: both told with")
        assert words in said and "If so, " in said
