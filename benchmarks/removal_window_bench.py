"""The window removing many articles, then Undo, Redo and Undo again: how long each holds it.

Offscreen, on a copy of the cached 100,000-fact bench project (``_genproject``), in a
settings folder of its own: removes the first N articles the way the window does for many
(MainWindow._remove_in_background; the confirmation is not shown), then triggers Edit >
Undo, Redo and Undo again. For each it prints how long the action took to return, when the
work and the views' reload were over, and the longest the window went without handling
events meanwhile (its stall), with the articles left.

Audit round 13, 5,000 articles, this 2-core machine shared by several helpers (one run each;
the window's time is what to compare, the totals carry the neighbours' load):

    HEAD f5c467e7 (undo and redo on the GUI thread, store batched by round 13 (1)):
        remove back in 0.01 s, done 7.70 s, stall 0.44 s
        undo 3.29 s on the GUI thread;  redo 3.98 s;  undo again 3.97 s
    round 13 (2)-(7) (undo and redo in the background):
        remove back in 0.00 s, done 8.52 s, stall 0.54 s
        undo 0.00 s on the GUI thread, all back and the views read again after 15.72 s,
        stall 0.48 s;  redo 0.01 s, 6.92 s, stall 0.56 s;  undo again 0.00 s, 9.94 s, 0.48 s
    (audit round 12 measured undo at 7.65 s on the GUI thread before round 13 (1).)

Run: .venv/bin/python benchmarks/removal_window_bench.py [N]   (default 5000)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from _genproject import cached_project
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    n = int(sys.argv[1].replace(",", "")) if len(sys.argv) > 1 else 5000
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="factlane-removal-window-") as tmp:
        QCoreApplication.setOrganizationName("FactlaneRemovalBench")
        QCoreApplication.setApplicationName("FactlaneRemovalBench")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        path = Path(tmp) / "Big.factlane"
        shutil.copyfile(cached_project(), path)
        from desktop.ui.main_window import MainWindow

        def spin(done: Callable[[], bool], limit: float = 900.0) -> tuple[float, float]:
            start = last = time.perf_counter()
            worst = 0.0
            while not done():
                app.processEvents()
                now = time.perf_counter()
                worst, last = max(worst, now - last), now
                time.sleep(0.005)
                if now - start > limit:
                    raise SystemExit(f"not over after {limit:.0f} s")
            return time.perf_counter() - start, worst

        window = MainWindow()
        window.resize(1400, 900)
        window.show()
        assert window.open_project(path)
        spin(lambda: window.facts_loaded() and not window.runner.busy())
        project = window.project
        assert project is not None
        ids = [a.id for a in project.articles()][:n]

        def over() -> bool:
            return not window.runner.busy() and window.facts_loaded()

        t = time.perf_counter()
        window._remove_in_background(ids)
        back = time.perf_counter() - t
        total, worst = spin(over)
        print(
            f"remove {len(ids):,}: back in {back:.2f} s, done after {back + total:.2f} s, "
            f"stall {worst:.2f} s; articles {len(project.articles()):,}"
        )
        for name, action in (
            ("undo", window.undo_action),
            ("redo", window.redo_action),
            ("undo again", window.undo_action),
        ):
            t = time.perf_counter()
            action.trigger()
            held = time.perf_counter() - t
            total, worst = spin(over)
            print(
                f"{name}: {held:.2f} s on the GUI thread, over after {held + total:.2f} s, "
                f"stall {worst:.2f} s; articles {len(project.articles()):,}"
            )
        window.close()
    return 0


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    raise SystemExit(main())
