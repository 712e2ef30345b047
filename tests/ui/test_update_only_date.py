"""The import dialog warns when the only date a copy gives is the time of an update: the date
is kept, but the first publication may be earlier and relative dates count from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.dialogs.import_dialog import MISSING_DATE_WARNING, UPDATE_ONLY_WARNING

STORY = (
    "The harbour board agreed on Tuesday to close the north quay for repairs from May, "
    "after divers found cracks in three of its piles."
)
MORE = "Ferries will use the south berth while the work goes on, the board said."


def _open(window, qtbot, path: Path):  # type: ignore[no-untyped-def]
    dialog = window.import_paths([path])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.current_entry() is not None and dialog.current_entry().read)
    QApplication.processEvents()
    return dialog


def test_an_update_only_date_is_kept_and_the_dialog_says_what_it_is(
    make_window, qtbot, project_path, tmp_path
):  # type: ignore[no-untyped-def]
    copy = tmp_path / "quay.txt"
    copy.write_text(
        "\n\n".join(
            ["North quay to close for repairs", "Updated: 3 March 2025, 16:40", STORY, MORE]
        ),
        encoding="utf-8",
    )
    window = make_window()
    window.show()
    assert window.open_project(project_path, create=True)
    dialog = _open(window, qtbot, copy)
    entry = dialog.current_entry()
    assert not entry.needs_date  # the date is kept ...
    assert dialog.published_edit.text() == "2025-03-03"
    assert "update" in dialog.published_origin.text()
    assert dialog.date_warning.isVisible()  # ... and the analyst is told what it is
    assert dialog.date_warning.text() == UPDATE_ONLY_WARNING

    # Typing the date is the analyst's answer: the warning goes.
    dialog.published_edit.clear()
    qtbot.keyClicks(dialog.published_edit, "2025-03-02")
    assert not dialog.date_warning.isVisible()
    dialog.reject()


def test_a_first_publication_date_raises_no_warning_and_a_missing_one_the_usual_one(
    make_window, qtbot, project_path, tmp_path
):  # type: ignore[no-untyped-def]
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "\n\n".join(
            ["North quay to close", "Published 2 March 2025 · Updated 3 March 2025", STORY, MORE]
        ),
        encoding="utf-8",
    )
    undated = tmp_path / "undated.txt"
    undated.write_text("\n\n".join(["North quay to close", STORY, MORE]), encoding="utf-8")
    window = make_window()
    window.show()
    assert window.open_project(project_path, create=True)
    dialog = _open(window, qtbot, dated)
    assert dialog.published_edit.text() == "2025-03-02"
    assert not dialog.date_warning.isVisible()
    dialog.reject()
    dialog = _open(window, qtbot, undated)
    assert dialog.current_entry().needs_date
    assert dialog.date_warning.isVisible()
    assert dialog.date_warning.text() == MISSING_DATE_WARNING
    dialog.reject()
