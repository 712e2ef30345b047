"""UI round 48: the timeline benchmark times a timeline drawn WITH the facts.

Since UI round 42 (4) a big project's timeline rows are read in the background as it opens:
the window's first paint shows an empty timeline, and ``benchmarks/timeline_bench.py`` printed
"facts on the timeline 0" and timed that empty paint as the project drawn. These tests run the
benchmark itself on a tiny generated project, read in the background as a big one is (the
size threshold set to nothing), and check what it reports.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _bench():  # type: ignore[no-untyped-def]
    from benchmarks import timeline_bench

    return timeline_bench


def _result(out: str) -> dict[str, str]:
    line = next(line for line in out.splitlines() if line.startswith("RESULT timeline_bench"))
    return dict(re.findall(r"(\w+)=(\S+)", line))


@pytest.fixture
def tiny_project_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # the benchmark caches its generated project in the temp folder: this test's own
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_bench_reports_the_facts_drawn_when_the_timeline_is_read_in_the_background(
    qapp, tiny_project_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    import desktop.ui.main_window as main_window

    monkeypatch.setattr(main_window, "TIMELINE_IN_BACKGROUND_FROM_BYTES", 0)
    bench = _bench()
    assert bench.main(["--facts", "300", "--lanes", "3", "--years", "2"]) == 0
    out = capsys.readouterr().out
    result = _result(out)
    assert int(result["facts"]) == 300
    assert int(result["lanes"]) == 3
    # the facts arrive after the window's first (empty) paint, never before it
    assert float(result["drawn_s"]) >= float(result["shown_s"]) > 0
    assert float(result["drawn_cpu_s"]) >= float(result["shown_cpu_s"])
    assert re.search(r"facts on the timeline\s+300\s+\(the project's 300\)", out)


def test_bench_fails_loudly_when_the_facts_never_reach_the_timeline(
    qapp, tiny_project_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    import desktop.ui.main_window as main_window

    monkeypatch.setattr(main_window, "TIMELINE_IN_BACKGROUND_FROM_BYTES", 0)
    # the background read brings an empty timeline, as a read that lost its rows would
    from desktop.ui.timeline_source import TimelineSource

    monkeypatch.setattr(main_window, "load_timeline", lambda *args, **kwargs: TimelineSource())
    bench = _bench()
    monkeypatch.setattr(bench, "LOAD_WAIT_S", 3.0)
    assert bench.main(["--facts", "120", "--lanes", "2", "--years", "1"]) == 1
    captured = capsys.readouterr()
    assert "RESULT" not in captured.out
    assert "the facts never reached the timeline: 0 of 120" in captured.err


def test_a_timed_launch_says_the_project_drawn_only_once_its_facts_are_painted(
    make_window, qtbot, tiny_project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # launch()'s PROJECT_DRAWN (startup_bench) waits for this watcher: it must not fire at
    # the empty timeline's paint while a big project's rows are being read
    import desktop.ui.main_window as main_window
    from benchmarks._genproject import cached_project

    monkeypatch.setattr(main_window, "TIMELINE_IN_BACKGROUND_FROM_BYTES", 0)
    path = cached_project(facts=120, lanes=2, years=1)
    window = make_window()
    window.show()
    fired: list[int] = []
    viewport = window.timeline.viewport()
    assert window.open_project(path)
    assert not window.timeline_read()
    main_window.FirstPaintWatcher(
        viewport, lambda: fired.append(len(window.timeline.data())), ready=window.timeline_read
    )
    viewport.repaint()  # the empty timeline's paint: not yet
    qtbot.wait(10)
    assert fired == []
    qtbot.waitUntil(lambda: window.facts_loaded() and bool(fired), timeout=20000)
    assert window.timeline_read()
    assert fired == [120]
