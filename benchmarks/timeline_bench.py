"""How fast a big project opens to a drawn timeline and redraws: 100,000 facts, 30 years, 20 lanes.

Run: ``.venv/bin/python benchmarks/timeline_bench.py [--facts N --lanes L --years Y]``
(offscreen; by default 100,000 facts, 20 lanes, 30 years).

The project is a real ``.factlane`` file made by ``benchmarks/_genproject.py`` (cached in the
temp folder; about a minute the first time). Three parts:

(a) open: from ``MainWindow.open_project`` (the window's own loading path) to two paints of
    the timeline in a 1600x900 window, each in wall time and in the process's CPU time (the
    worker thread's reading included): the window shown (the timeline's first paint) and the
    facts drawn (its first paint with the facts in it). A project file of 4 MB and more has its
    timeline rows read in the background (UI round 42 (4)), so its first paint is an empty
    timeline saying "Reading the timeline…"; the facts come with the background read. The
    facts on the timeline must be the project's count of facts not rejected, and the run fails
    if they do not reach it within LOAD_WAIT_S;
(b) the facts table, figures and conflicts load on the worker thread: the time until the
    table is full, and how long the GUI thread was blocked meanwhile (the window must stay
    usable);
(c) frames: the same timeline data in a 1600x900 timeline, at least 50 zoom and pan steps
    from thirty years down to days and back, each repainted synchronously and timed; median
    and 95th percentile per frame, and peak memory of the whole process.

Targets (issue 5): open to the facts drawn <= 2 s, median frame <= 16 ms, p95 <= 33 ms,
memory <= 600 MB.

Until UI round 48 the open time was that of the first paint, and since round 42 (4) that
paint held no fact ("facts on the timeline 0"; the README's "open to drawn window 1.38 s").
Measured with this script in round 48, clean archives run alternately, two runs each, load
3-4 on 2 shared cores (wall s / CPU s): HEAD 9ab90320 window shown 0.19/0.11, 0.15/0.10,
facts drawn 3.35/1.82, 4.33/1.76; the session's first engine 210db69a window shown
0.26/0.11, 0.44/0.11, facts drawn 4.81/1.70, 3.02/1.62. So opening to the facts drawn costs
some 1.6-1.8 s of CPU (2 s target: met in CPU, not in wall on this loaded machine), and the
window shows in 0.1 s of CPU.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from benchmarks._genproject import cached_project
from desktop.ui.timeline.pyside_guard import guard_none_refcount

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.timeline.view import TimelineView

N_FACTS = 100_000
N_LANES = 20
YEARS = 30
WIDTH, HEIGHT = 1600, 900
TARGET_OPEN_S = 2.0
#: how long the facts may take to reach the timeline and the table after the window shows
LOAD_WAIT_S = 120.0
TARGET_MEDIAN_MS = 16.0
TARGET_P95_MS = 33.0
TARGET_PEAK_MB = 600.0


class PaintWatch(QObject):
    """Notes when the watched timeline first paints, and when it first paints with facts.

    A big project's timeline rows are read in the background as it opens (UI round 42 (4)):
    its first paint shows an empty timeline ("Reading the timeline…"); the facts are drawn by
    a later paint, once the read lands. The data is set before that paint, so the filter,
    which sees the paint event before the view draws it, knows which paint holds the facts.
    """

    def __init__(self, widget: QObject, view: TimelineView) -> None:
        super().__init__(widget)
        self.view = view
        self.painted_at: float | None = None
        self.painted_cpu: float | None = None
        self.facts_painted_at: float | None = None
        self.facts_painted_cpu: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if self.painted_at is None:
                self.painted_at = time.perf_counter()
                self.painted_cpu = time.process_time()
            if self.facts_painted_at is None and len(self.view.data()) > 0:
                self.facts_painted_at = time.perf_counter()
                self.facts_painted_cpu = time.process_time()
        return False


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def zoom_and_pan_steps(plot_w: float) -> list[tuple[str, float, float]]:
    """A session's worth of moves: dive from 30 years to a few days, look around, come back.

    Each step is (what, zoom factor, pan in pixels); zooms are anchored at varying points.
    """
    steps: list[tuple[str, float, float]] = []
    for k in range(24):
        steps.append(("zoom in", 1.42, 0.0))
        if k % 4 == 3:
            steps.append(("pan", 1.0, plot_w * 0.15 * (1 if k % 8 == 3 else -1)))
    for k in range(10):
        steps.append(("pan", 1.0, plot_w * (0.3 if k % 2 else -0.45)))
    for k in range(24):
        steps.append(("zoom out", 1 / 1.42, 0.0))
        if k % 5 == 4:
            steps.append(("pan", 1.0, -plot_w * 0.2))
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--facts", type=int, default=N_FACTS, help="facts in the project")
    parser.add_argument("--lanes", type=int, default=N_LANES, help="sources (lanes)")
    parser.add_argument("--years", type=int, default=YEARS, help="years the facts span")
    args = parser.parse_args(argv)
    guard_none_refcount()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("FactlaneBench")
    app.setApplicationName("FactlaneBench")
    t = time.perf_counter()
    path = cached_project(facts=args.facts, lanes=args.lanes, years=args.years)
    made_s = time.perf_counter() - t

    # The window's own modules (and the project layer) are imported before the clock starts:
    # the startup benchmark measures imports; this one measures opening a big project.
    from desktop.services.project import ProjectService
    from desktop.ui.main_window import MainWindow
    from desktop.ui.timeline.view import TimelineView

    # What the timeline must show: every fact not rejected (the generated facts all have a
    # day, a month or a year). Read before the clock starts, from a service of its own.
    with ProjectService.open(path) as service:
        expected = service.counts()["facts"]

    window = MainWindow()
    try:
        return measure(app, window, path, expected, made_s, args, TimelineView)
    finally:
        window.close()
        window.runner.wait(10_000)


def measure(
    app: QCoreApplication,
    window: MainWindow,
    path: Path,
    expected: int,
    made_s: float,
    args: argparse.Namespace,
    view_class: type[TimelineView],
) -> int:
    """Open ``path`` into ``window`` and time it; print the figures. 1 if anything failed."""
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    watch = PaintWatch(window.timeline.viewport(), window.timeline)

    t_start = time.perf_counter()
    c_start = time.process_time()
    if not window.open_project(path):
        print(f"could not open {path}", file=sys.stderr)
        return 1
    t_opened = time.perf_counter()
    # The first paint of the timeline with the project in it (empty while a big project's
    # rows are read in the background).
    while watch.painted_at is None and time.perf_counter() - t_start < 30:
        app.processEvents()
    if watch.painted_at is None or watch.painted_cpu is None:
        print("the timeline never painted", file=sys.stderr)
        return 1
    t_shown = watch.painted_at
    shown_s = t_shown - t_start
    shown_cpu_s = watch.painted_cpu - c_start

    # (b) the background load: how long until the timeline is drawn with the facts and the
    # table is full, and the longest the GUI thread went without handling events meanwhile
    # (a timer ticking every 10 ms).
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    t_table: float | None = None
    while time.perf_counter() - t_shown < LOAD_WAIT_S:
        app.processEvents()
        if t_table is None and window.facts_loaded():
            t_table = time.perf_counter()
        if t_table is not None and watch.facts_painted_at is not None:
            break
        time.sleep(0.002)
    # The gap that ends with the table filled counts too (the tables are filled in the GUI
    # thread when the read lands), and so does work the window defers to just after it.
    tick()
    t_end = time.perf_counter()
    while time.perf_counter() - t_end < 0.3:
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    if watch.facts_painted_at is None or watch.facts_painted_cpu is None:
        print(
            f"the facts never reached the timeline: {len(window.timeline.data())} of {expected}"
            f" drawn {LOAD_WAIT_S:.0f} s after the window showed",
            file=sys.stderr,
        )
        return 1
    if t_table is None:
        print(f"the facts table never loaded in {LOAD_WAIT_S:.0f} s", file=sys.stderr)
        return 1
    drawn_s = watch.facts_painted_at - t_start
    drawn_cpu_s = watch.facts_painted_cpu - c_start
    shown = len(window.timeline.data())
    if shown != expected:
        print(f"the timeline shows {shown} facts, the project has {expected}", file=sys.stderr)
        return 1
    table_rows = window.facts_panel.model.rowCount()
    table_s = t_table - t_start
    worst_block_ms = max(gaps, default=0.0) * 1000
    blocked_ms = sum(g for g in gaps if g > 0.05) * 1000

    # Panels built on first sight (the conflicts tab) are timed when the analyst opens them.
    tab_ms: dict[str, float] = {}
    for index in range(window.tabs.count()):
        name = window.tabs.tabText(index).replace("&", "")
        t = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        window.tabs.repaint()
        app.processEvents()
        tab_ms[name] = (time.perf_counter() - t) * 1000
    window.tabs.setCurrentIndex(0)
    app.processEvents()

    # (c) frames, on the same data in a timeline of its own at 1600x900.
    painted = 0

    class CountingView(view_class):  # type: ignore[valid-type,misc]
        def paintEvent(self, event: QPaintEvent) -> None:
            nonlocal painted
            super().paintEvent(event)
            painted += 1

    data = window.timeline.data()
    view = CountingView()
    view.resize(WIDTH, HEIGHT)
    view.set_lane_title("Sources")
    view.set_data(data)
    view.show()
    app.processEvents()
    view.viewport().repaint()

    plot = view.plot_rect()
    steps = zoom_and_pan_steps(plot.width())
    # Dive where the news is: the busiest month, as an analyst would.
    busiest = Counter(it.earliest.replace(day=15) for it in data if it.precision == "day")
    focus = busiest.most_common(1)[0][0].toordinal() + 0.5
    times: list[float] = []
    # CPU time of the GUI thread as well: on a shared machine wall time also counts waiting
    # for a core, and the CPU figure shows what the frame itself costs.
    cpu_times: list[float] = []
    per_kind: dict[str, list[float]] = {}
    painted_before = painted
    for kind, factor, dx in steps:
        t = time.perf_counter()
        c = time.thread_time()
        if dx:
            view.pan_by_pixels(dx)
        else:
            x = view.x_of(focus)
            if not plot.left() <= x <= plot.right():
                x = plot.center().x()
            view.zoom_by(factor, x)
        view.viewport().repaint()
        ms = (time.perf_counter() - t) * 1000
        cpu_times.append((time.thread_time() - c) * 1000)
        times.append(ms)
        per_kind.setdefault(kind, []).append(ms)
    if painted - painted_before != len(steps):
        print(f"expected {len(steps)} frames, painted {painted - painted_before}", file=sys.stderr)
        return 1

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    median = statistics.median(times)
    p95 = percentile(times, 0.95)
    cpu_median, cpu_p95 = statistics.median(cpu_times), percentile(cpu_times, 0.95)

    print(
        f"Timeline benchmark: {path.name} ({args.facts:,} facts, {args.lanes} lanes,"
        f" {args.years} years),"
        f" {WIDTH}x{HEIGHT} offscreen"
    )
    if made_s > 1:
        print(f"(generated the project file first: {made_s:.1f} s)")
    print()
    print(f"{'stage (from open)':<46}{'seconds':>10}{'CPU s':>8}")
    print(f"{'open_project returned':<46}{t_opened - t_start:>10.3f}")
    print(f"{'window shown (first paint of the timeline)':<46}{shown_s:>10.3f}{shown_cpu_s:>8.3f}")
    print(
        f"{'facts drawn on the timeline':<46}{drawn_s:>10.3f}{drawn_cpu_s:>8.3f}"
        f"   target <= {TARGET_OPEN_S}"
    )
    print(f"{'  facts on the timeline':<46}{shown:>10,}   (the project's {expected:,})")
    print(f"{'facts table loaded':<46}{table_s:>10.3f}")
    print(f"{'  rows in the table':<46}{table_rows:>10,}")
    print(f"{'  longest GUI stall while loading (ms)':<46}{worst_block_ms:>10.0f}")
    print(f"{'  GUI time in stalls over 50 ms (ms)':<46}{blocked_ms:>10.0f}")
    for name, tab_time in tab_ms.items():
        print(f"{'  first showing the ' + name + ' tab (ms)':<46}{tab_time:>10.0f}")
    print()
    print(f"{'frames':<14}{'n':>5}{'median ms':>12}{'p95 ms':>10}{'max ms':>10}")
    for kind, kind_ms in sorted(per_kind.items()):
        print(
            f"{kind:<14}{len(kind_ms):>5}{statistics.median(kind_ms):>12.2f}"
            f"{percentile(kind_ms, 0.95):>10.2f}{max(kind_ms):>10.2f}"
        )
    print(f"{'all':<14}{len(times):>5}{median:>12.2f}{p95:>10.2f}{max(times):>10.2f}")
    print(
        f"{'all, CPU time':<14}{len(cpu_times):>5}{cpu_median:>12.2f}{cpu_p95:>10.2f}"
        f"{max(cpu_times):>10.2f}"
    )
    print(f"targets: median <= {TARGET_MEDIAN_MS} ms, p95 <= {TARGET_P95_MS} ms (wall time)")
    print(f"peak memory: {peak_mb:.1f} MB (target <= {TARGET_PEAK_MB:.0f} MB)")
    ok = (
        drawn_s <= TARGET_OPEN_S
        and median <= TARGET_MEDIAN_MS
        and p95 <= TARGET_P95_MS
        and peak_mb <= TARGET_PEAK_MB
    )
    print(
        f"RESULT timeline_bench facts={shown} lanes={len(data.lanes)} frames={len(times)}"
        f" shown_s={shown_s:.3f} shown_cpu_s={shown_cpu_s:.3f} drawn_s={drawn_s:.3f}"
        f" drawn_cpu_s={drawn_cpu_s:.3f} table_loaded_s={table_s:.3f}"
        f" gui_stall_ms={worst_block_ms:.0f}"
        f" gui_stalled_ms={blocked_ms:.0f} tab_max_ms={max(tab_ms.values(), default=0):.0f}"
        f" median_ms={median:.2f} p95_ms={p95:.2f} max_ms={max(times):.2f}"
        f" cpu_median_ms={cpu_median:.2f} cpu_p95_ms={cpu_p95:.2f}"
        f" peak_mb={peak_mb:.1f} targets_met={'yes' if ok else 'no'}"
    )
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
