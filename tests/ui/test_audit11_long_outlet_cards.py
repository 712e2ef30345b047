"""Audit round 11: a pair's sentence cards keep their small print short whatever an outlet is
called.

An outlet named with thousands of characters (pasted into --source, or the Outlet box) was
written whole in the Conflicts tab's sentence card, as a link: at 1280x800 it filled the
card, and the day, the value and the title under it were a long scroll away. The card's
small print now cuts an outlet's (or a quoted source's) name at 80 characters and a title at
160; the articles' own views keep them whole. The reports are invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at
from tests.ui.test_round44_conflicts import _settled

LONG_OUTLET = " ".join(
    ["Vellmar Courier and Evening Harbour Gazette of the Northern Provinces"] * 70
)


def _pair_project(folder: Path, outlet: str) -> Path:
    from desktop.services.project import ProjectService

    first, second = folder / "courier.html", folder / "daily.html"
    first.write_text(
        "<html><head><title>Crane collapse at Orsk quay injures dockers</title></head><body>"
        "<p>VELLMAR, March 3 (Courier) - A crane collapsed at the Orsk quay on Tuesday, "
        "injuring 12 dockers, the port authority said.</p><p>Rescue teams worked through "
        "the night, officials said.</p></body></html>",
        encoding="utf-8",
    )
    second.write_text(
        "<html><head><title>Orsk quay crane accident: 19 dockers hurt</title></head><body>"
        "<p>VELLMAR, March 3 - A crane collapsed at the Orsk quay on Tuesday, injuring 19 "
        "dockers, the port authority said.</p><p>Two of them were in serious condition, a "
        "hospital spokesman said.</p></body></html>",
        encoding="utf-8",
    )
    path = folder / "Quay.factlane"
    with ProjectService.open(path, create=True) as project:
        day = date(2026, 3, 3)
        assert project.import_files([first], published=day, source=outlet)[0].status == "imported"
        assert project.import_files([second], published=day, source="Orsk Daily")[0].status == (
            "imported"
        )
        assert len(project.pairs()) == 1
    return path


def test_a_very_long_outlet_leaves_the_card_its_day_value_and_title_in_view(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _pair_project(tmp_path, LONG_OUTLET), 1280, 800)
    panel = _settled(qtbot, window)
    cards = {
        panel.left_card.toPlainText(): panel.left_card,
        panel.right_card.toPlainText(): panel.right_card,
    }
    courier = next(card for text, card in cards.items() if "12 dockers" in text)
    text = courier.toPlainText()
    assert LONG_OUTLET not in text and "Vellmar Courier and Evening Harbour Gazette" in text
    assert "…" in text
    # the day, the value and the title follow at once, inside the card, with no scroll
    assert "Tue 3 Mar 2026" in text and "Crane collapse at Orsk quay injures dockers" in text
    QApplication.processEvents()
    assert courier.document().size().height() <= courier.viewport().height()


def test_an_ordinary_outlet_is_written_whole(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, _pair_project(tmp_path, "Vellmar Courier"), 1280, 800)
    panel = _settled(qtbot, window)
    texts = [panel.left_card.toPlainText(), panel.right_card.toPlainText()]
    courier = next(text for text in texts if "12 dockers" in text)
    assert "Vellmar Courier · Tue 3 Mar 2026" in courier and "…" not in courier
