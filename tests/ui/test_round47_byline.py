"""UI round 47 (3): the reader's byline keeps "by" with the author's name.

At 1280x800 with the Conflicts tab open, the reader is narrow and its byline wrapped as
"Eastbank Review (sample) · by" over "Hana Seo".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.ui.widgets.reader import BYLINE_WHOLE_CHARS, byline_author
from tests.ui.test_review import open_at


def _lines(label, width: float) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines the label's text wraps into at ``width``."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    out: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        out.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return out


def test_a_short_name_stays_whole_with_its_by() -> None:
    assert byline_author("Hana Seo") == "by\u00a0Hana\u00a0Seo"
    long = "Orla Finch, Tomas Reyes and Ama Okafor in Vell"
    assert len(long) > BYLINE_WHOLE_CHARS
    # a list of authors may still wrap between names, never after "by"
    assert byline_author(long) == "by\u00a0" + long


def test_a_narrow_reader_wraps_the_byline_before_by(make_window, qtbot, demo_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    articles = window.workspace.project.articles()
    eastbank = next(a for a in articles if a.author)
    window.articles_panel.select_article(eastbank.id, emit=True)
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    qtbot.wait(300)
    QApplication.processEvents()
    label = window.reader.byline
    assert eastbank.author in label.text().replace("\u00a0", " ")
    # the reader's width with the Conflicts tab open at 1280x800 (about 300 pixels) varies
    # with the panes; the byline is read at the width that wrapped it after "by"
    fm = label.fontMetrics()
    width = fm.horizontalAdvance(f"{eastbank.source}  ·  by") + 4
    lines = [line.strip() for line in _lines(label, width)]
    assert len(lines) >= 2
    assert not any(line.endswith("by") for line in lines), lines
    assert any(line.startswith("by\u00a0") for line in lines), lines
    # the dot stays with what it follows
    assert not any(line.startswith("·") for line in lines), lines


def test_a_cut_origin_drops_a_clause_cut_to_its_first_letters(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Beside the Conflicts tab at 1280x800 the date's origin read 'Tue 14 Jan 2025, from t…'."""
    from desktop.ui.widgets.reader import CLAUSE_STUB_CHARS, OneLineLabel

    label = OneLineLabel()
    qtbot.addWidget(label)
    text = "Tue 14 Jan 2025, from the page metadata"
    label.setText(text)
    fm = label.fontMetrics()
    margins = label.contentsMargins()

    def shown_at(width: int) -> str:
        label.resize(width + margins.left() + margins.right(), 20)
        return label.shown_text()

    # room for the date and a few letters of the clause: the clause goes whole
    stub = fm.horizontalAdvance("Tue 14 Jan 2025, from t…") + 1
    assert shown_at(stub) == "Tue 14 Jan 2025, …"
    # room for most of it: cut where the width ends, as before
    most = shown_at(fm.horizontalAdvance("Tue 14 Jan 2025, from the page met…") + 1)
    assert most.startswith("Tue 14 Jan 2025, from the page") and most.endswith("…")
    assert len(most.split(", ")[1].rstrip("…")) >= CLAUSE_STUB_CHARS
    # room for it all: whole
    assert shown_at(fm.horizontalAdvance(text) + 4) == text
    # a text of one clause is cut as before
    label.setText("from the page metadata and more words")
    assert shown_at(fm.horizontalAdvance("from t…") + 1).startswith("from")
