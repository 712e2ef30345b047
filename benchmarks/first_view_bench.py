"""Where the time goes between the window showing and the project's first view.

Run: ``.venv/bin/python benchmarks/first_view_bench.py [PROJECT] [--compare]`` (offscreen; by
default the demo project, built from seeds/ into a temporary folder). With ``--compare``, runs
with the project layer imported on the GUI thread (as before round 42) alternate with the
others and are printed beside them.

In one process, through the same launch as ``factlane gui``: the window is built and shown, and
the project opened into it. Printed, in milliseconds from the start of the process (after
Python and Qt are loaded): the window shown, the project open, the window showing the project
(window_project_ms: for a big project, whose timeline rows are read in the background, an
empty timeline), the timeline shown with its facts (timeline_shown_ms; before UI round 48 it
was the mark before, and a big project's was an empty timeline), the facts table filled, the
articles listed, everything read. Round 48, medians of 5 (load 2-3 on 2 cores): the demo
window_project_ms = timeline_shown_ms 549; ui_bench's 20,000-fact project (14 MB, its
timeline read in the background) window_project_ms 517, timeline_shown_ms 1320 (= all read:
the timeline comes with the figures and conflicts, 530 ms after the facts table's 788). The GUI thread's longest stall after the
window shows is printed too (what the analyst feels as a frozen window): a timer ticks every
10 ms and the largest gap between its ticks is kept.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

RUNS = 5

CHILD = r"""
import os, sys, time, json
t0 = time.perf_counter()
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication
QCoreApplication.setOrganizationName("FactlaneBench")
QCoreApplication.setApplicationName("FactlaneBench")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = QApplication([])
from desktop.ui.style import apply_look, style_sheet
apply_look(app, "light", with_style_sheet=False)
import desktop.ui.main_window as main_window
marks = {}
def mark(name):
    marks.setdefault(name, (time.perf_counter() - t0) * 1000)
gaps = [0.0]
last = [0.0]
def tick():
    now = time.perf_counter()
    if last[0]:
        gaps[0] = max(gaps[0], (now - last[0]) * 1000)
    if "window_shown_ms" in marks:
        last[0] = now
class Watched(main_window.MainWindow):
    def __init__(self):
        super().__init__()
        self.ticker = QTimer(self); self.ticker.setInterval(10)
        self.ticker.timeout.connect(tick); self.ticker.start()
        self.watcher = QTimer(self); self.watcher.setInterval(1)
        self.watcher.timeout.connect(self.watch); self.watcher.start()
    def watch(self):
        if self.isVisible():
            mark("window_shown_ms")
        if self.project is not None:
            mark("project_open_ms")
        if self.timeline.viewport().isVisible() and self.project is not None:
            mark("window_project_ms")
            # (a big project's timeline is read in the background: empty at first)
            if len(self.timeline.data()) > 0 or self.facts_loaded():
                mark("timeline_shown_ms")
        if self.facts_panel.model.rowCount() > 0:
            mark("facts_table_ms")
        if self.articles_panel.proxy.rowCount() > 0:
            mark("articles_ms")
        if self.facts_loaded() and not self.runner.busy():
            mark("all_loaded_ms")
            self.ticker.stop(); self.watcher.stop()
            marks["longest_stall_ms"] = gaps[0]
            print("MARKS " + json.dumps(marks), flush=True)
            self.close(); app.quit()
main_window.MainWindow = Watched
if sys.argv[3] == "gui-thread":
    class OnTheGuiThread:
        # the project layer imported where the project is opened, as before round 42
        def __init__(self, module): pass
        def done(self): return True
        def when_done(self, then, context): then()
    main_window.BackgroundImport = OnTheGuiThread
main_window.launch(app, __import__("pathlib").Path(sys.argv[1]), size=(1600, 1000),
                   started=t0, style_sheet=style_sheet())
"""

KEYS = (
    "window_shown_ms",
    "project_open_ms",
    "window_project_ms",
    "timeline_shown_ms",
    "facts_table_ms",
    "articles_ms",
    "all_loaded_ms",
    "longest_stall_ms",
)


def one_run(project: Path, how: str = "background") -> dict[str, float]:
    import json

    with tempfile.TemporaryDirectory(prefix="factlane-bench-") as tmp:
        copy = Path(tmp) / project.name
        shutil.copyfile(project, copy)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(copy), str(Path(tmp) / "cfg"), how],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    for line in out.stdout.splitlines():
        if line.startswith("MARKS "):
            marks: dict[str, float] = json.loads(line[6:])
            return marks
    raise SystemExit(f"no timings from the app:\n{out.stderr[-2000:]}")


def table(title: str, runs: list[dict[str, float]]) -> dict[str, float]:
    print(title)
    print(f"{'phase':<28}" + "".join(f"{i + 1:>9}" for i in range(len(runs))) + f"{'median':>9}")
    medians: dict[str, float] = {}
    for key in KEYS:
        values = [r.get(key, float("nan")) for r in runs]
        medians[key] = statistics.median(values)
        print(f"{key:<28}" + "".join(f"{v:9.0f}" for v in values) + f"{medians[key]:9.0f}")
    return medians


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    compare = "--compare" in sys.argv
    if args:
        project = Path(args[0])
        folder = None
    else:
        from desktop.services.demo import build_demo

        folder = tempfile.TemporaryDirectory(prefix="factlane-demo-")
        project = Path(folder.name) / "Demo.factlane"
        build_demo(project)
    runs: list[dict[str, float]] = []
    before: list[dict[str, float]] = []
    for _ in range(RUNS):
        # alternated, so that a busy moment of the machine falls on both
        if compare:
            before.append(one_run(project, "gui-thread"))
        runs.append(one_run(project))
    print(f"project: {project.name}, {RUNS} runs, ms from the start of the process")
    if compare:
        table("the project layer imported on the GUI thread (before round 42):", before)
    medians = table("the project layer imported in the background:", runs)
    if folder is not None:
        folder.cleanup()
    print(
        "RESULT first_view_bench "
        + " ".join(f"{k}={medians[k]:.0f}" for k in KEYS)
        + f" runs={RUNS}"
    )


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    main()
