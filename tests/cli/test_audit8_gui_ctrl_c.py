"""Audit round 8: Ctrl-C in the terminal `factlane` or `factlane gui` was started from.

The window's event loop runs in Qt, where Python never gets to see the interrupt: Ctrl-C did
nothing, and the analyst, or a script that started the app, had to kill it, which leaves the
project as a crash does. Ctrl-C now closes the windows as the analyst closing them would
(each project closed properly: its log merged, nothing beside it), and the app ends with
130, which `factlane gui --help` lists.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import EXIT_INTERRUPTED, build_parser
from desktop.services.project import ProjectService
from tests.conftest import REPO, SEED


def test_gui_help_lists_130() -> None:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    text = action.choices["gui"].format_help()  # type: ignore[index]
    assert "  130  stopped by Ctrl-C" in text


@pytest.mark.skipif(os.name != "posix", reason="a terminal's Ctrl-C as POSIX sends it")
def test_ctrl_c_closes_the_window_and_its_project_properly(tmp_path: Path) -> None:
    project = tmp_path / "Ferry strike.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files([SEED])
    log = tmp_path / "log"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        "XDG_STATE_HOME": str(tmp_path / "home" / ".state"),
        "FACTLANE_LOG_DIR": str(log),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "gui", str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
        # a shell starts background jobs with SIGINT ignored; a terminal's Ctrl-C is not
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        # open once the project holds its -wal (the window has it open for writing)
        deadline = time.monotonic() + 60
        wal = project.with_name(project.name + "-wal")
        while not wal.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert wal.exists(), "the window never opened the project"
        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == EXIT_INTERRUPTED, err
    assert "Traceback" not in err, err
    # closed as the analyst closing it would: nothing left beside it, no warning next time
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("Ferry")) == [
        project.name,
        project.name + ".lock",
    ]
    with ProjectService.open(project) as service:
        assert service.store.open_warnings == ()
        assert len(service.articles()) == 1
