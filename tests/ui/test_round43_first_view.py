"""Round 43: a window started on a project does not import the readers for its welcome tip.

The welcome page shows while the project opens; its tip names the formats the import reads,
from the readers' own list, and importing them (desktop.ingest) took a third of a second or
more of the GUI thread before the project's facts showed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

HELD = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.ui.main_window import MainWindow
window = MainWindow()
window.welcome.hint.hold()
window.show()
app.processEvents()
shown = window.welcome.isVisible() and window.welcome.hint.isVisible()
print("SHOWN", shown, "INGEST", "desktop.ingest" in sys.modules)
window.welcome.hint.release()
print("AFTER", "desktop.ingest" in sys.modules, QLabel_text(window.welcome.hint))
"""


def test_a_held_tip_imports_no_reader_until_released() -> None:
    code = "from PySide6.QtWidgets import QLabel\nQLabel_text = QLabel.text\n" + HELD
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines["SHOWN"] == "True INGEST False", out.stdout
    after = lines["AFTER"]
    assert after.startswith("True Tip: drop article files (text, Markdown"), after


def test_an_unheld_tip_is_worded_when_read_or_shown(make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    window = make_window()
    hint = window.welcome.hint
    assert "news feeds" in hint.text()
    window.show()
    assert "news feeds" in QLabel.text(hint)
