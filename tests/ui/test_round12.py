"""Round 12: what round 11's review found at 1024x640 and in daily use: every lane and more
than two conflict rows on a small screen, file names whole in the import dialog, counts that
agree with the table, legible selected rejected rows, help for reporting a problem, a log, and
failures whose technical details are one click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.test_review import open_at


def _with_style_sheet():  # type: ignore[no-untyped-def]
    from desktop.ui.style import style_sheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet())
    return app, before


def test_at_1024x640_the_timeline_shows_every_source_lane(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    app, before = _with_style_sheet()
    try:
        window = open_at(make_window, qtbot, demo_project, 1024, 640)
        timeline = window.timeline
        window.frame_timeline()
        QApplication.processEvents()
        frame = timeline._current_frame()
        lanes = len(timeline.shown_data().lanes)
        assert lanes == 6
        body_bottom = frame.geo.height
        whole = [lf for lf in frame.lanes if lf.top + lf.height <= body_bottom + 0.5]
        assert len(whole) == lanes, f"{len(whole)} of {lanes} lanes on screen"
        assert frame.max_scroll == 0
        # Still asks the window for the room the lanes want, so a taller window gets them back.
        assert timeline.content_height() > frame.geo.header_h + frame.content_h
    finally:
        app.setStyleSheet(before)


def test_a_tall_timeline_keeps_its_rows(make_window, qtbot, demo_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1440, 1000)
    window.right_splitter.setSizes([600, 300])
    QApplication.processEvents()
    window.frame_timeline()
    frame = window.timeline._current_frame()
    assert any(lf.layout.rows > 1 for lf in frame.lanes)


def test_at_1024x640_the_conflicts_lists_hold_two_rows_and_show_the_chosen_ones(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    app, before = _with_style_sheet()
    try:
        window = open_at(make_window, qtbot, demo_project, 1024, 640)
        window.show_tab(2)
        panel = window.conflicts_panel
        qtbot.waitUntil(lambda: panel.current_pair() is not None, timeout=5000)
        qtbot.wait(100)
        QApplication.processEvents()
        viewport = panel.scroll_area.viewport()
        # Each list holds two whole rows, has more to scroll to, and its chosen row is in view
        # beside the chosen pair's explanation and sentences (test_round21).
        for table in (panel.groups, panel.pairs):
            assert table.model().rowCount() >= 3
            whole = [
                row
                for row in range(table.model().rowCount())
                if table.viewport().rect().contains(table.visualRect(table.model().index(row, 0)))
            ]
            assert len(whole) >= 2, (table.objectName(), whole)
            chosen = table.currentIndex()
            assert chosen.isValid(), table.objectName()
            rect = table.visualRect(chosen)
            top = table.viewport().mapTo(viewport, rect.topLeft())
            bottom = table.viewport().mapTo(viewport, rect.bottomLeft())
            assert viewport.rect().contains(top) and viewport.rect().contains(bottom), (
                table.objectName(),
                top,
                bottom,
            )
        # The group's count no longer floats beside its buttons: the list already shows it.
        assert not panel.group_info.isVisible()
        assert not panel.group_info.text()
    finally:
        app.setStyleSheet(before)


def test_the_import_dialogs_file_list_shares_the_width_and_shows_names_whole(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.import_dialog import ImportDialog

    names = ["ridgeline_post_kursk_2025-01-18.html", "a.txt"]
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text("Kyiv said on Friday that 400 soldiers had died.\n", encoding="utf-8")
        paths.append(path)
    dialog = ImportDialog(paths)
    qtbot.addWidget(dialog)
    dialog.resize(760, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    listed = dialog.file_list
    needed = listed.fontMetrics().horizontalAdvance(names[0])
    assert listed.viewport().width() >= needed, (listed.viewport().width(), needed)
    assert listed.width() <= 0.41 * dialog.split.width()
    # Wider, the list keeps its share (it is not pinned to pixels).
    dialog.resize(1000, 520)
    QApplication.processEvents()
    assert listed.width() >= 0.22 * dialog.split.width() - 1
    dialog.reject()


def test_set_aside_says_what_it_holds_and_that_it_can_be_restored(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    button = window.reader.furniture_button
    articles = window.project.articles()
    with_furniture = next(
        a for a in articles if any(not b.kept for b in window.project.article(a.id).blocks)
    )
    window.show_article(with_furniture.id)
    qtbot.waitUntil(lambda: button.text().startswith("Set aside (") and button.isEnabled())
    removed = button.text()[len("Set aside (") :].split(")")[0]
    tip = button.toolTip()
    assert f"{removed} paragraphs" in tip
    assert "page furniture" in tip and "set aside" in tip and "restore" in tip


def _reject_some(demo_project: Path, n: int = 4) -> list[int]:
    from desktop.services.project import ProjectService

    with ProjectService.open(demo_project) as service:
        ids = [r.id for r in service.facts()[:n]]
        for fact_id in ids:
            service.set_fact_status(fact_id, "rejected")
    return ids


def test_the_status_bar_counts_the_facts_the_table_shows(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    rejected = _reject_some(demo_project)
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    model = window.facts_panel.model
    kept = model.rowCount()
    assert f"{kept:,} facts" in window.counts_label.text()
    assert "rejected" not in window.counts_label.text()
    window.set_show_rejected(True)
    qtbot.waitUntil(lambda: model.rowCount() == kept + len(rejected), timeout=5000)
    qtbot.waitUntil(
        lambda: f"{kept:,} facts, {len(rejected)} rejected shown" in window.counts_label.text(),
        timeout=5000,
    )
    window.set_show_rejected(False)
    qtbot.waitUntil(lambda: "rejected" not in window.counts_label.text(), timeout=5000)


def test_a_selected_rejected_row_is_legible_in_both_themes(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel, QSettings
    from PySide6.QtGui import QColor, QPalette

    from desktop.ui.models.facts import COL_TEXT, StatusRole
    from desktop.ui.style import contrast_ratio
    from tests.ui.test_round11 import _palettes

    _reject_some(demo_project)
    QSettings().setValue("view/showRejected", True)
    app, before = _with_style_sheet()
    original = QApplication.palette()
    try:
        window = open_at(make_window, qtbot, demo_project, 1440, 900)
        table = window.facts_panel.table
        model = table.model()
        statuses = [model.index(r, 0).data(StatusRole) for r in range(model.rowCount())]
        rejected = statuses.index("rejected")
        kept = next(r for r, status in enumerate(statuses) if status != "rejected")
        window.find_edit.setFocus()  # the table is not where the keyboard is: Inactive colours
        selection = table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.clearSelection()
        for row in (rejected, kept):
            selection.select(model.index(row, 0), flags)

        def ink_contrast(row: int) -> tuple[float, QColor]:
            rect = table.visualRect(model.index(row, COL_TEXT))
            image = table.viewport().grab(rect).toImage()
            ground = image.pixelColor(2, 2)
            inks = [
                image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            ]
            return max(contrast_ratio(c, ground) for c in inks), ground

        for name, palette in _palettes().items():
            QApplication.setPalette(palette)
            app.setStyleSheet(app.styleSheet() + " ")  # restyle with the new palette
            QApplication.processEvents()
            highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
            set_aside, ground = ink_contrast(rejected)
            usual, _ = ink_contrast(kept)
            assert contrast_ratio(ground, highlight) < 1.3, (name, ground.name())
            # As legible as any selected row: the selection's own text colour, not the grey.
            assert set_aside >= 0.95 * usual, (name, set_aside, usual)
    finally:
        QApplication.setPalette(original)
        app.setStyleSheet(before)


def test_help_offers_a_problem_report_with_the_versions_to_copy(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    from desktop import __version__

    window = make_window()
    window.show()
    titles = [a.text() for a in window.help_menu.actions()]
    assert "&Report a Problem…" in titles
    assert "Open &Log Folder" in titles and "Open &Settings Folder" in titles
    dialog = window.report_problem()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Factlane {__version__}" in copied and f"Qt {qVersion()}" in copied
    assert "what you did" in dialog.findChild(QLabel).text()
    dialog.close()


def test_the_log_and_settings_folders_open_in_the_file_manager(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import log_file, start_log

    monkeypatch.setenv("FACTLANE_LOG_DIR", str(tmp_path / "logs"))
    window = make_window()
    asked: list[Path] = []
    monkeypatch.setattr(
        type(window), "open_folder", staticmethod(lambda f: asked.append(f) or True)
    )
    # Nothing written yet: the status bar says so instead of opening a missing folder.
    assert not window.open_log_folder()
    assert start_log() == log_file()
    assert window.open_log_folder()
    from PySide6.QtCore import QSettings

    QSettings().setValue("probe", 1)
    QSettings().sync()
    assert window.open_settings_folder()
    assert asked == [tmp_path / "logs", Path(QSettings().fileName()).parent]
    _stop_log()


def _stop_log() -> None:
    import logging
    from logging.handlers import RotatingFileHandler

    logger = logging.getLogger("factlane")
    for h in [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]:
        logger.removeHandler(h)
        h.close()


def test_the_app_writes_a_rotating_log_in_the_platforms_log_folder(tmp_path: Path) -> None:
    import logging
    from logging.handlers import RotatingFileHandler

    from desktop.app import LOG_BACKUPS, LOG_BYTES, log_dir, start_log

    home = {"HOME": str(tmp_path)}
    assert log_dir(home, "darwin") == tmp_path / "Library" / "Logs" / "Factlane"
    assert log_dir({**home, "LOCALAPPDATA": "C:/L"}, "win32") == Path("C:/L/Factlane/Logs")
    assert log_dir(home, "linux") == tmp_path / ".local" / "state" / "factlane"
    assert log_dir({**home, "XDG_STATE_HOME": "/s"}, "linux") == Path("/s/factlane")
    target = tmp_path / "logs" / "factlane.log"
    logger = logging.getLogger("factlane")
    try:
        assert start_log(target) == target
        assert start_log(target) == target  # once, not a second handler
        ours = [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]
        assert len(ours) == 1 and ours[0].maxBytes == LOG_BYTES
        assert ours[0].backupCount == LOG_BACKUPS
        logger.error("an import failed")
        ours[0].flush()
        text = target.read_text(encoding="utf-8")
        assert "Factlane" in text and "started" in text and "an import failed" in text
    finally:
        for h in [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]:
            logger.removeHandler(h)
            h.close()


def _error_box(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None, "no error box with details"
    return box


def test_an_export_failure_says_so_in_words_with_the_technical_text_behind_details(
    make_window, qtbot, demo_project: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    import desktop.services.export as export

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", str(tmp_path / "out.csv"))

    monkeypatch.setattr(export, "export_project", broken)
    window = open_at(make_window, qtbot, demo_project, 1024, 640)
    window.export("csv", tmp_path / "out.csv")
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "errorBox") is not None,
        timeout=5000,
    )
    box = _error_box(window)
    assert box.text() == "Factlane could not export the project as csv."
    assert "Errno 13" in box.detailedText() and "Permission denied" in box.detailedText()
    shows = [b for b in box.buttons() if "Details" in b.text()]
    assert shows, [b.text() for b in box.buttons()]
    box.close()


def test_a_project_that_cannot_be_opened_says_why_and_keeps_the_details(
    make_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    not_ours = tmp_path / "notes.factlane"
    not_ours.write_bytes(b"this is not a database" * 10)
    window = make_window()
    window.show()
    assert not window.open_project(not_ours)
    box = _error_box(window)
    first_line = box.text().splitlines()[0]
    assert "Traceback" not in first_line and "Error" not in first_line
    assert "Traceback" in box.detailedText() and str(not_ours) in box.detailedText()
    box.close()


def test_an_import_that_breaks_off_says_so_in_words_with_the_error_behind_details(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.models.import_files import ImportEntry

    article = tmp_path / "a.txt"
    article.write_text("Kyiv said on Friday that 400 soldiers had died.\n", encoding="utf-8")
    window = open_at(make_window, qtbot, tmp_path / "Story.factlane", 1024, 640)

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("sqlite3.OperationalError: disk I/O error")

    monkeypatch.setattr(window.project, "import_file", broken)
    assert window.start_import([ImportEntry(article)]) is not None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "errorBox")
    assert box.text() == "Factlane could not finish importing the articles."
    assert "disk I/O error" in box.detailedText() and "log" in box.detailedText()
    assert "imported twice" in box.informativeText()
    box.close()


def test_the_facts_table_hands_every_style_the_selection_colour_for_a_selected_rejected_row(
    make_window, qtbot, demo_project: Path
) -> None:  # type: ignore[no-untyped-def]
    """Fusion draws selected text in HighlightedText whatever the row's colour, but the
    Windows and macOS styles draw the row's own (Text) colour: a rejected fact's grey on the
    highlight. The delegate gives those styles the selection's text colour as Text."""
    from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from desktop.ui.models.facts import COL_TEXT, StatusRole

    _reject_some(demo_project)
    QSettings().setValue("view/showRejected", True)
    window = open_at(make_window, qtbot, demo_project, 1440, 900)
    table = window.facts_panel.table
    model = table.model()
    statuses = [model.index(r, 0).data(StatusRole) for r in range(model.rowCount())]
    index = model.index(statuses.index("rejected"), COL_TEXT)
    table.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    for selected in (True, False):
        option = QStyleOptionViewItem()
        option.palette = table.palette()
        option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
        if selected:
            option.state |= QStyle.StateFlag.State_Selected
        table.itemDelegateForIndex(index).initStyleOption(option, index)
        text = option.palette.color(QPalette.ColorRole.Text)
        wanted = option.palette.color(QPalette.ColorRole.HighlightedText)
        grey = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            assert text == wanted, (text.name(), wanted.name())
        else:
            assert text == grey.color()  # unselected, the rejected fact's grey stays
