"""UI round 56: File > Import from Web Address asks for the address in a box wide enough to
read the one offered from the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from tests.ui.test_review import open_at

ADDRESS = (
    "https://www.harrowgate-daily.example/news/2031/03/14/"
    "ferry-services-to-orrin-island-suspended-after-hull-damage"
)


def test_the_address_offered_is_read_whole(make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """At its own 425 pixels the question showed only the copied address's tail
    ('…/03/14/ferry-services-to-orrin-island-suspended-after-hull-damage'), not its site."""
    window = open_at(make_window, qtbot, tmp_path / "Web.factlane", 1366, 768)
    QApplication.clipboard().setText(ADDRESS)
    seen: dict[str, object] = {}

    def look() -> None:
        prompt = QApplication.activeModalWidget()
        assert isinstance(prompt, QInputDialog)
        edit = prompt.findChild(QLineEdit)
        seen["text"] = edit.text()
        seen["fits"] = edit.fontMetrics().horizontalAdvance(ADDRESS) < edit.width() - 8
        seen["within"] = prompt.width() <= window.width()
        prompt.reject()

    QTimer.singleShot(300, look)
    assert window.import_address_dialog() is None  # cancelled: nothing fetched
    assert seen == {"text": ADDRESS, "fits": True, "within": True}
    assert getattr(window, "address_prompt", None) is None
    assert window.runner.active_threads() == 0
