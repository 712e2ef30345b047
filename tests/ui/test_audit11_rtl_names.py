"""Audit round 11: an outlet named in Arabic or Hebrew keeps the lines made around it in order.

The window makes lines of an outlet's name and words of its own ('Source · 9 Mar 2026 · 2
facts' in the articles list, 'Source, 3 Mar 2026' in the pairs table, 'Source · Tue 3 Mar
2026 · according to ...' in a sentence card). With a name in a right-to-left script first,
the whole line took its direction (PNG looked at): the list read '9 · صحيفة الميناء ... Mar
2026', the day's number parted from its month, and a card's small print was set right to
left, its parts in reverse order. The name is now set apart for the bidirectional
algorithm (Unicode's first-strong isolate, U+2068 ... U+2069) wherever such a line is made,
the card's small print is a left-to-right paragraph, and a Latin name is left exactly as it
was. The outlets and stories are invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from desktop.ui.format import FSI, PDI, bidi_isolated
from desktop.ui.models.articles import COL_TITLE
from tests.ui.test_review import open_at
from tests.ui.test_round44_conflicts import _settled

ARABIC = "صحيفة الميناء الجديد اليومية"
HEBREW = "עיתון נווה גלים"


def _project(folder: Path) -> Path:
    from desktop.services.project import ProjectService

    path = folder / "Qarsum.factlane"
    with ProjectService.open(path, create=True) as project:
        for i, outlet in enumerate((ARABIC, HEBREW)):
            page = folder / f"report{i}.html"
            page.write_text(
                f"<html><head><title>Pier collapse at Qarsum {i}</title></head><body><p>On "
                f"March {3 + i}, 2026, officials in Qarsum said {12 + i} people were hurt when "
                "the pier collapsed. The port reopened two days later, the agency said.</p>"
                "</body></html>",
                encoding="utf-8",
            )
            outcome = project.import_files([page], published=date(2026, 3, 9), source=outlet)
            assert outcome[0].status == "imported"
    return path


def _x_of(text: str, part: str) -> float:
    """Where ``part`` of ``text`` starts on its drawn line, laid out as a list or a label lays
    out text of no given direction (its first strong letter decides it)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10000)
    layout.endLayout()
    x, _ = line.cursorToX(text.index(part))
    return float(x)


def test_only_a_right_to_left_name_is_set_apart() -> None:
    assert bidi_isolated(ARABIC) == f"{FSI}{ARABIC}{PDI}"
    assert bidi_isolated(HEBREW) == f"{FSI}{HEBREW}{PDI}"
    for name in ("Vellmar Courier", "Z̴a̷lgo Wire", "Łódź Dziennik", "Ελληνικά Νέα", ""):
        assert bidi_isolated(name) == name


def test_the_lines_made_around_a_right_to_left_outlet_keep_their_order(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _project(tmp_path), 1280, 800)
    panel = window.articles_panel
    delegate = panel.delegate
    lines = {}
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, COL_TITLE)
        lines[row] = delegate._lines(index)[1]
    arabic_line = next(line for line in lines.values() if ARABIC in line)
    assert f"{FSI}{ARABIC}{PDI} · 9 Mar 2026" in arabic_line
    # drawn, the day comes after the name, left to right, and stays one piece
    assert _x_of(arabic_line, "9 Mar") > _x_of(arabic_line, " · ")
    assert _x_of(arabic_line, "Mar 2026") > _x_of(arabic_line, "9 Mar")
    # the pairs table's sides and the sentence cards
    conflicts = _settled(qtbot, window)
    pair = conflicts.current_pair()
    assert pair is not None
    model = conflicts.pairs_model
    whos = [model.side_lines(pair.a)[1], model.side_lines(pair.b)[1]]
    assert f"{FSI}{ARABIC}{PDI}, 3 Mar 2026" in whos
    for who in whos:
        assert _x_of(who, "Mar 2026") > _x_of(who, ", ")
    card = next(c for c in (conflicts.left_card, conflicts.right_card) if ARABIC in c.toPlainText())
    small_print = card.document().findBlockByNumber(1)
    assert small_print.textDirection() == Qt.LayoutDirection.LeftToRight
    assert f"{FSI}{ARABIC}{PDI} · Tue 3 Mar 2026" in small_print.text()
    # the reader's outlet line
    window.show_article(next(a.id for a in window.project.articles() if a.source == HEBREW))
    assert window.reader.byline.text().startswith(f"{FSI}{HEBREW}{PDI}")


def test_a_latin_outlet_reads_as_before(make_window, qtbot, demo_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    panel = window.articles_panel
    delegate = panel.delegate
    for row in range(panel.proxy.rowCount()):
        line = delegate._lines(panel.proxy.index(row, COL_TITLE))[1]
        assert FSI not in line and PDI not in line
