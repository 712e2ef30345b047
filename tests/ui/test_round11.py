"""Round 11: screenshots leave the analyst's settings alone, rejected facts read in both
themes, and what a first day with the app showed was missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]

ANALYST_SETTINGS = """[General]
lastProject={last}
recentProjects={last}

[preferences]
theme=dark
dateStyle=iso

[view]
lanes=article
showRejected=true
tab=2
"""


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_screenshot_run_neither_reads_nor_writes_the_analysts_settings(
    tmp_path: Path, demo_project: Path
) -> None:
    config = tmp_path / "home-config"
    conf = config / "Factlane" / "Factlane.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(ANALYST_SETTINGS.format(last=demo_project), encoding="utf-8")
    before = _snapshot(config)
    shot = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "FACTLANE_THEME"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config), HOME=str(tmp_path))
    command = [sys.executable, "-m", "desktop", "gui", str(demo_project)]
    command += ["--screenshot", str(shot), "--size", "1024x640"]
    result = subprocess.run(
        command,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # Nothing written: not the window's size, not the project as the last one opened.
    assert _snapshot(config) == before
    # Nothing read: the analyst's dark theme would have made the window dark.
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 640)
    corner = image.pixelColor(4, image.height() - 4)
    assert corner.lightnessF() > 0.5, corner.name()


def _palettes():  # type: ignore[no-untyped-def]
    """The two themes as apply_look sets them: Fusion's light palette and our dark one."""
    from PySide6.QtWidgets import QStyleFactory

    from desktop.ui.style import dark_palette, with_muted_text

    light = QStyleFactory.create("Fusion").standardPalette()
    return {"light": with_muted_text(light), "dark": with_muted_text(dark_palette())}


def test_rejected_facts_on_the_timeline_are_grey_of_the_theme_and_legible(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    from desktop.ui.style import contrast_ratio
    from desktop.ui.timeline.style import TimelineColors

    greys = {}
    for name, palette in _palettes().items():
        colors = TimelineColors.from_palette(palette)
        grey = colors.for_status("rejected")
        greys[name] = grey.name()
        text = palette.color(QPalette.ColorRole.Text)
        for lane in (colors.base, colors.lane_alt):
            # Legible on both lane shades, yet fainter than the facts still in play.
            assert contrast_ratio(grey, lane) >= 4.5, (name, grey.name(), lane.name())
            assert contrast_ratio(grey, lane) < contrast_ratio(text, lane), name
        assert colors.muted_text == grey
    assert greys["light"] != greys["dark"]


def test_rejected_rows_in_the_facts_table_follow_the_theme(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desktop.ui.models.facts import COL_TEXT, FactFilter, FactsTableModel
    from desktop.ui.style import contrast_ratio
    from tests.ui.test_models import fact

    model = FactsTableModel()
    model.set_filter(FactFilter(show_rejected=True))
    model.set_facts([fact(1, date(2025, 1, 9), status="rejected"), fact(2, date(2025, 1, 10))])
    original = QApplication.palette()
    seen = {}
    try:
        for name, palette in _palettes().items():
            QApplication.setPalette(palette)
            brush = model.index(0, COL_TEXT).data(Qt.ItemDataRole.ForegroundRole)
            grey = brush.color()
            seen[name] = grey.name()
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
                assert contrast_ratio(grey, palette.color(role)) >= 4.5, (name, grey.name())
            assert model.index(1, COL_TEXT).data(Qt.ItemDataRole.ForegroundRole) is None
    finally:
        QApplication.setPalette(original)
    assert seen["light"] != seen["dark"]


def test_show_rejected_facts_remembered_shows_them_in_the_table_too(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from desktop.services.project import ProjectService

    with ProjectService.open(demo_project) as service:
        facts = service.facts()
        for record in facts[:3]:
            service.set_fact_status(record.id, "rejected")
    QSettings().setValue("view/showRejected", True)
    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    qtbot.waitUntil(window.facts_loaded, timeout=15000)
    assert window.show_rejected_action.isChecked()
    assert window.facts_panel.model.rowCount() == len(facts)
    assert window.timeline.shown_data() and any(
        it.status == "rejected" for it in window.timeline.shown_data()
    )


# -- a first day with the app: what it lacked ----------------------------------------------------


def _distinct_colours(widget) -> int:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


def test_at_1024_the_facts_toolbar_shows_its_fold_and_the_count_stays(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QToolButton

    from desktop.ui.style import style_sheet
    from tests.ui.test_review import open_at

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet())
    try:
        window = open_at(make_window, qtbot, demo_project, 1024, 640)
        panel = window.facts_panel
        hidden = [
            a.text()
            for a in panel.toolbar.actions()
            if (button := panel.toolbar.widgetForAction(a)) is not None and not button.isVisible()
        ]
        assert hidden, "the toolbar fits at 1024: this test no longer covers the fold"
        fold = panel.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert fold is not None and fold.isVisible()
        assert fold.toolTip()
        # Its arrow is drawn: the padding the other buttons get left it a blank strip.
        assert _distinct_colours(fold) > 3
        assert panel.toolbar.rect().contains(fold.geometry())
        # The count is not folded away with the buttons.
        assert panel.count_label.isVisible() and panel.count_label.text().endswith("facts")
        assert panel.count_label.visibleRegion().boundingRect().width() >= (
            panel.count_label.fontMetrics().horizontalAdvance(panel.count_label.text())
        )
    finally:
        app.setStyleSheet(before)


def test_help_lists_every_shortcut_from_the_menus_and_a_first_days_steps(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence

    from desktop.ui.dialogs.help import GettingStartedDialog, ShortcutsDialog

    window = make_window()
    window.show()
    assert window.open_project(demo_project)
    help_items = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert help_items[:2] == ["&Getting Started", "&Keyboard Shortcuts"]
    assert len(help_items) >= 3  # and About

    window.shortcuts_action.trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitExposed(dialog)
    rows = {
        (dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data())
        for r in range(dialog.model.rowCount())
    }
    native = QKeySequence.SequenceFormat.NativeText
    # Every action in the menus that has a key is listed with it, as this system writes it.
    for action in (
        window.facts_panel.reject_action,
        window.facts_panel.edit_date_action,
        window.find_action,
        window.shortcuts_action,
    ):
        name = action.text().replace("&", "").rstrip("…")
        assert (name, action.shortcut().toString(native)) in rows, name
    assert ("Zoom in / out", "+ / −") in rows  # the timeline's own keys too
    # Typing narrows the list: the analyst looks for "reject".
    qtbot.keyClicks(dialog.search, "reject")
    assert dialog.proxy.rowCount() >= 1
    assert all(
        "reject" in " ".join(str(dialog.proxy.index(r, c).data()) for c in range(3)).lower()
        for r in range(dialog.proxy.rowCount())
    )
    dialog.close()

    # F1 on Linux and Windows, as in other desktop apps.
    assert not window.getting_started_action.shortcut().isEmpty()
    window.getting_started_action.trigger()
    guide = window.help_dialog
    assert isinstance(guide, GettingStartedDialog)
    qtbot.waitExposed(guide)
    text = guide.text.toPlainText()
    for step in ("Bring in articles", "Review facts", "Check the conflicts", "Export"):
        assert step in text
    reject_key = window.facts_panel.reject_action.shortcut().toString(native)
    assert f"reject ({reject_key})" in text
    room = guide.screen().availableGeometry()
    assert guide.width() <= room.width() and guide.height() <= room.height()
    guide.close()


def test_the_import_dialog_shows_a_long_title_from_its_start(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_review import open_at

    article = tmp_path / "long.md"
    title = (
        "Regional council approves the long-delayed harbour bridge after a third public "
        "hearing on its cost"
    )
    article.write_text(f"# {title}\n\nThe council voted on Tuesday.\n", encoding="utf-8")
    window = open_at(make_window, qtbot, tmp_path / "Story.factlane", 1024, 640)
    dialog = window.import_paths([article])
    assert dialog is not None
    qtbot.waitExposed(dialog)
    edit = dialog.field_edits["title"]
    qtbot.waitUntil(lambda: edit.text() == title, timeout=10000)
    assert edit.fontMetrics().horizontalAdvance(title) > edit.width()  # longer than the box
    assert edit.cursorPosition() == 0
    shown = edit.grab()
    assert shown.width() > 0
    assert edit.toolTip() == title
    dialog.reject()
