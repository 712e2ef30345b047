"""An analyst's walk through a big project, each step timed: is every click still quick?

Run: ``.venv/bin/python benchmarks/ui_bench.py [--png DIR]`` (offscreen, 1280x800).

The project is a real ``.factlane`` file written through the storage layer (cached in the temp
folder): 400 articles from 40 outlets (some with long names), 50 dated facts each (20,000,
over twenty years, day, month and year precision) and 10 figures each (4,000) about a few
dozen quantities that the outlets disagree on, so the Conflicts tab has hundreds of groups.

The walk: open the project (the window shown, then the timeline drawn with the facts in it:
a project this size has its timeline read in the background, so its first paint is empty;
the table full, everything read), Fit All, zoom from decades to hours
and pan, search, filter by one source and by dates, clear the filters, select a fact and read
it in its article, show the Figures and the Conflicts tabs, sort the facts, figures and
conflict groups, confirm a fact and undo. Each step's time runs from the action until the
window is idle again and has painted. With ``--png DIR`` the window is also saved as PNGs in
the light and dark themes (timeline, figures, conflicts) to look at.

Target: no step an analyst clicks for takes more than 200 ms.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain import Block, DateRange, Extraction, Fact, Figure, RawArticle, TimeExpression
from desktop.storage.store import ProjectStore

ARTICLES, SOURCES, FACTS_PER_ARTICLE, FIGURES_PER_ARTICLE, YEARS = 400, 40, 50, 10, 20
WIDTH, HEIGHT = 1280, 800
TARGET_MS = 200.0

PLAIN_NAMES = [
    "Reuters", "AP", "BBC News", "Al Jazeera", "Le Monde", "Kyiv Independent", "The Guardian",
    "NHK World", "Deutsche Welle", "ABC News", "France 24", "El País", "Meduza", "Haaretz",
]  # fmt: skip
LONG_NAMES = [
    "The Northern Valley Evening Chronicle and Advertiser",
    "Radio Free Europe/Radio Liberty Ukrainian Service",
    "South China Morning Post (International Edition)",
    "Agence France-Presse English Desk",
    "The Times of the Eastern Provinces",
    "Associated Foreign Press Wire Service",
]
VERBS = ["shelled", "captured", "announced", "signed", "evacuated", "reported", "closed", "met"]
PLACES = ["the border town", "the port", "the capital", "the northern district", "the bridge"]
COUNTED = ["people", "civilians", "soldiers", "children", "residents", "migrants", "hostages"]
MEASURES = ["killed", "injured", "displaced", "evacuated", "missing", "arrested"]
SCOPES = ["Kursk", "Gaza", "Derna", "Kharkiv", "Sudan", "Valencia", "Sisaket"]


def source_names() -> list[str]:
    names = PLAIN_NAMES + LONG_NAMES
    names += [f"Regional Desk {i + 1:02d}" for i in range(SOURCES - len(names))]
    return names[:SOURCES]


def cached_project() -> Path:
    name = f"factlane-uibench-{ARTICLES}-{SOURCES}-{FACTS_PER_ARTICLE}-{FIGURES_PER_ARTICLE}"
    path = Path(tempfile.gettempdir()) / f"{name}.factlane"
    if not path.exists():
        generate(path)
    return path


def generate(path: Path) -> None:
    rng = random.Random(29)
    tmp = path.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    start = date(2026, 1, 1) - timedelta(days=365 * YEARS)
    outlets = source_names()
    with ProjectStore.open(tmp, create=True) as store:
        for n in range(ARTICLES):
            # Most news clusters in a few busy stretches, the rest spreads over the years.
            if rng.random() < 0.6:
                published = date(2024, 2, 1) + timedelta(days=rng.randrange(120))
            else:
                published = start + timedelta(days=rng.randrange(365 * YEARS))
            sentences: list[str] = []
            timexes: list[TimeExpression] = []
            facts: list[Fact] = []
            figures: list[Figure] = []
            pos = 0
            for i in range(FACTS_PER_ARTICLE):
                when = published - timedelta(days=rng.randrange(0, 30))
                kind = rng.random()
                if kind < 0.8:
                    words = f"on {when:%B} {when.day}"
                    dr = DateRange(when.isoformat(), when, when, "day")
                elif kind < 0.95:
                    first = when.replace(day=1)
                    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    words, dr = f"in {when:%B}", DateRange(f"{when:%Y-%m}", first, last, "month")
                else:
                    words = f"in {when.year}"
                    dr = DateRange(
                        str(when.year), date(when.year, 1, 1), date(when.year, 12, 31), "year"
                    )
                if i < FIGURES_PER_ARTICLE:
                    counted, measure = rng.choice(COUNTED), rng.choice(MEASURES)
                    scope = rng.choice(SCOPES)
                    value = rng.choice([12, 40, 300, 2700, 11000]) * rng.choice([1, 1, 1.2, 0.9])
                    number = f"{round(value):,}"
                    sentence = (
                        f"Officials said {number} {counted} were {measure} in {scope} {words}."
                    )
                    f_start = pos + sentence.index(number)
                    figures.append(
                        Figure(
                            f_start,
                            f_start + len(number) + 1 + len(counted),
                            f"{number} {counted}",
                            number,
                            float(round(value)),
                            float(round(value)),
                            "exact",
                            counted=counted,
                            measure=measure,
                            attributed_to="Officials",
                            as_of=when if dr.precision == "day" else None,
                            scope=scope,
                        )
                    )
                else:
                    sentence = (
                        f"Officials {rng.choice(VERBS)} {rng.choice(PLACES)} {words} ({n}.{i})."
                    )
                at = pos + sentence.index(words)
                t_start, t_end = at + words.index(" ") + 1, at + len(words)
                timexes.append(
                    TimeExpression(
                        t_start, t_end, words.split(" ", 1)[1], "DATE", dr.value, "generated", dr
                    )
                )
                facts.append(Fact(pos, pos + len(sentence), sentence, i, dr))
                sentences.append(sentence)
                pos += len(sentence) + 1
            text = "\n".join(sentences)
            raw = RawArticle(
                text=text,
                blocks=[Block(s, True) for s in sentences],
                format="txt",
                title=f"Report {n}: officials give new figures",
                source=outlets[n % len(outlets)],
                published=published,
                published_origin="metadata",
            )
            store.add_article(
                data=text.encode(),
                sha256=f"{n + 29_000_000:064x}",
                path=f"generated/{n}.txt",
                raw=raw,
                extraction=Extraction(timexes, facts, figures),
            )
    # The groups and pairs, as importing through the app leaves them.
    from desktop.services.project import ProjectService

    with ProjectService.open(tmp) as project:
        project.refresh_conflicts()
    tmp.rename(path)


def main() -> int:
    png_dir: Path | None = None
    if "--png" in sys.argv:
        png_dir = Path(sys.argv[sys.argv.index("--png") + 1])
        png_dir.mkdir(parents=True, exist_ok=True)
    from desktop.ui.timeline.pyside_guard import guard_none_refcount

    guard_none_refcount()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("FactlaneBench")
    app.setApplicationName("FactlaneUiBench")
    from desktop.ui.style import apply_look

    apply_look(app, "light")
    t = time.perf_counter()
    master = cached_project()
    made_s = time.perf_counter() - t
    # The walk confirms a fact: on a copy, so that every run starts from the same project.
    work = Path(tempfile.mkdtemp(prefix="factlane-uibench-"))
    path = work / master.name
    shutil.copyfile(master, path)

    from desktop.ui.main_window import TAB_CONFLICTS, TAB_FACTS, TAB_FIGURES, MainWindow

    window = MainWindow()
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    timeline = window.timeline

    def settle() -> None:
        """Until the window is idle: background reads landed, deferred work done, painted."""
        quiet = 0
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            app.processEvents()
            if window.runner.busy():
                quiet = 0
                time.sleep(0.002)
                continue
            quiet += 1
            if quiet >= 3:
                break
        window.repaint()

    # (wall time, and the GUI thread's CPU time: on a shared machine the wall time also
    # counts waiting for a core)
    steps: list[tuple[str, float, float]] = []

    def step(name: str, action: object) -> None:
        t0, c0 = time.perf_counter(), time.thread_time()
        action()  # type: ignore[operator]
        if "(shown)" not in name:
            settle()
        steps.append((name, (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000))

    # Opening, in four marks: the window drawn (a big project's timeline is read in the
    # background and is empty in that first paint), the timeline drawn with the facts in it,
    # the facts table full (read in the background too), and everything read (figures,
    # conflicts, badges).
    t0, c0 = time.perf_counter(), time.thread_time()
    if not window.open_project(path):
        print(f"could not open {path}", file=sys.stderr)
        return 1
    window.repaint()
    steps.append(
        (
            "open: window shown",
            (time.perf_counter() - t0) * 1000,
            (time.thread_time() - c0) * 1000,
        )
    )
    deadline = time.perf_counter() + 120
    while len(timeline.data()) == 0 and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    if len(timeline.data()) == 0:
        print("the facts never reached the timeline (120 s after opening)", file=sys.stderr)
        window.close()
        return 1
    timeline.viewport().repaint()
    steps.append(
        (
            "open: facts drawn on the timeline",
            (time.perf_counter() - t0) * 1000,
            (time.thread_time() - c0) * 1000,
        )
    )
    # What the timeline must show: every fact not rejected (the generated facts all have a
    # day, a month or a year), counted in the project file.
    on_timeline = len(timeline.data())
    expected = window.project.counts()["facts"] if window.project is not None else -1
    if on_timeline != expected:
        print(
            f"the timeline shows {on_timeline} facts, the project has {expected}", file=sys.stderr
        )
        window.close()
        return 1
    deadline = time.perf_counter() + 120
    while not window.facts_loaded() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    steps.append(
        (
            "open: facts table full",
            (time.perf_counter() - t0) * 1000,
            (time.thread_time() - c0) * 1000,
        )
    )
    settle()
    steps.append(
        ("open: all read", (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000)
    )
    step("fit all", timeline.fit_all)

    def zoom_to_hours() -> None:
        for _ in range(14):
            timeline.zoom_by(2.0, timeline.plot_rect().center().x())
            timeline.viewport().repaint()

    step("zoom in x2 (one wheel step)", lambda: timeline.zoom_by(2.0, None))
    step("focus on the busiest months", lambda: timeline.set_visible_range(
        date(2024, 1, 1), date(2024, 6, 1)))  # fmt: skip
    step("zoom down to hours (14 steps)", zoom_to_hours)
    step("pan a screen", lambda: timeline.pan_by_pixels(timeline.plot_rect().width() * 0.8))
    step("fit all again", timeline.fit_all)

    def search(text: str) -> None:
        window.find_edit.setText(text)
        window.find_edit.returnPressed.emit()

    step("search 'evacuated the port'", lambda: search("evacuated the port"))
    step("clear the search", lambda: search(""))
    long_source = LONG_NAMES[0]
    index = window.source_combo.findText(long_source)
    step("filter by one source", lambda: window.source_combo.setCurrentIndex(max(index, 0)))
    if png_dir is not None:
        window.grab().save(str(png_dir / "light-one-source.png"))
    step("filter dates 2024-02..2024-04", lambda: window.filter_dates("2024-02..2024-04"))
    step("all sources", lambda: window.source_combo.setCurrentIndex(0))
    step("clear the dates", lambda: window.filter_dates(""))

    model = window.facts_panel.model
    fact_id = model.fact_at(model.rowCount() // 2).id if model.rowCount() else None
    if fact_id is None:
        print("no facts in the table", file=sys.stderr)
        return 1
    step("select a fact", lambda: window.select_fact(fact_id, origin="table"))
    step("read it in its article (toggle)", window.toggle_reading_fact)
    step("back to the fact", window.toggle_reading_fact)
    step("show the Figures tab", lambda: window.show_tab(TAB_FIGURES))
    figures_table = window.figures_panel.table
    step("sort figures by value", lambda: figures_table.sortByColumn(
        2, Qt.SortOrder.DescendingOrder))  # fmt: skip
    step("show the Conflicts tab", lambda: window.show_tab(TAB_CONFLICTS))
    groups = window.conflicts_panel.groups
    step("sort conflict groups", lambda: groups.sortByColumn(1, Qt.SortOrder.DescendingOrder))
    step("select a conflict group", lambda: groups.selectRow(3))
    panel = window.conflicts_panel
    step("next open pair (F-key triage)", lambda: panel.step_open_pair(True))

    def dismiss_shown() -> None:
        # until the list says so (the reload of the project behind it is the next step)
        panel.dismiss_button.click()
        window.repaint()

    step("dismiss the pair (shown)", dismiss_shown)
    step("  its background reload (idle again)", lambda: None)
    step("show the Facts tab", lambda: window.show_tab(TAB_FACTS))
    table = window.facts_panel.table
    step("sort facts by date, newest first", lambda: table.sortByColumn(
        0, Qt.SortOrder.DescendingOrder))  # fmt: skip
    step("sort facts by source", lambda: table.sortByColumn(2, Qt.SortOrder.AscendingOrder))
    window.facts_panel.select_fact(fact_id)
    before = window.facts_panel.model.fact(fact_id).status
    step("confirm the fact", window.facts_panel.confirm_selected)
    status = window.facts_panel.model.fact(fact_id).status
    step("undo", window.undo_stack.undo)
    undone = window.facts_panel.model.fact(fact_id).status

    if png_dir is not None:
        for theme in ("light", "dark"):
            apply_look(app, theme)
            window.show_tab(TAB_FACTS)
            timeline.fit_all()
            settle()
            window.grab().save(str(png_dir / f"{theme}-fit-all.png"))
            timeline.set_visible_range(date(2024, 3, 1), date(2024, 3, 20))
            settle()
            window.grab().save(str(png_dir / f"{theme}-march.png"))
            # hours of one busy day, and the last of the 40 lanes
            noon = date(2024, 3, 12).toordinal() + 0.5
            timeline.set_visible_days(noon - 0.3, noon + 0.3)
            bar = timeline.verticalScrollBar()
            bar.setValue(bar.maximum())
            settle()
            window.grab().save(str(png_dir / f"{theme}-hours-last-lanes.png"))
            bar.setValue(0)
            for tab, name in ((TAB_FIGURES, "figures"), (TAB_CONFLICTS, "conflicts")):
                window.show_tab(tab)
                settle()
                window.grab().save(str(png_dir / f"{theme}-{name}.png"))

    facts = len(timeline.data())
    lanes = len(timeline.data().lanes)
    conflict_groups = window.conflicts_panel.groups_model.rowCount()
    print(
        f"UI walk: {path.name} ({ARTICLES} articles, {lanes} lanes, {facts:,} facts on the"
        f" timeline, {conflict_groups:,} conflict groups), {WIDTH}x{HEIGHT} offscreen"
    )
    if made_s > 1:
        print(f"(generated the project file first: {made_s:.1f} s)")
    print(f"the fact: {before}, confirmed -> {status}, undo -> {undone}")
    print()
    print(f"{'step':<44}{'wall ms':>9}{'cpu ms':>9}")
    for name, ms, cpu in steps:
        waited = not name.startswith(("open", "  "))
        flag = "  SLOW" if ms > TARGET_MS and waited else ""
        print(f"{name:<44}{ms:>9.0f}{cpu:>9.0f}{flag}")
    # (background work that follows a click, shown already, is no wait on the click)
    clicks = [(ms, cpu) for name, ms, cpu in steps if not name.startswith(("open", "  "))]
    slow = sum(1 for ms, _ in clicks if ms > TARGET_MS)
    print(f"target: every step after opening <= {TARGET_MS:.0f} ms (wall); {slow} over")
    print(
        f"RESULT ui_bench facts={facts} lanes={lanes} groups={conflict_groups}"
        f" open_shown_ms={steps[0][1]:.0f} open_drawn_ms={steps[1][1]:.0f}"
        f" open_drawn_cpu_ms={steps[1][2]:.0f} open_table_ms={steps[2][1]:.0f}"
        f" open_all_ms={steps[3][1]:.0f} max_step_ms={max(ms for ms, _ in clicks):.0f}"
        f" max_step_cpu_ms={max(cpu for _, cpu in clicks):.0f}"
        f" total_ms={sum(ms for ms, _ in clicks):.0f}"
        f" total_cpu_ms={sum(cpu for _, cpu in clicks):.0f} slow_steps={slow}"
    )
    window.close()
    app.processEvents()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    raise SystemExit(main())
