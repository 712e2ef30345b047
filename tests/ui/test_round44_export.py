"""Round 44: a timeline picture exported onto a full disk says so once, in our words, and
leaves no torn picture behind."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui.timeline import picture_file
from tests.ui.test_review import open_at

REPO = Path(__file__).resolve().parents[2]


def test_a_picture_written_whole_replaces_the_one_there(tmp_path: Path) -> None:
    target = tmp_path / "story.png"
    target.write_bytes(b"old picture")
    picture_file.write_picture(target, b"new picture")
    assert target.read_bytes() == b"new picture"
    assert [p.name for p in tmp_path.iterdir()] == ["story.png"]


def test_a_picture_that_cannot_be_written_leaves_the_one_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "story.png"
    target.write_bytes(b"old picture")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(picture_file.os, "fsync", full)
    with pytest.raises(OSError) as raised:
        picture_file.write_picture(target, b"new picture")
    assert raised.value.errno == errno.ENOSPC
    assert raised.value.filename == str(target)
    assert target.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["story.png"]


def _small_files() -> None:
    # A disk that fills past a quarter of a megabyte: the project (some 200 KB) is read
    # and written as usual, the picture (over 300 KB) is not.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (260_000, resource.RLIM_INFINITY))


def test_exporting_the_picture_onto_a_full_disk_prints_our_message_alone(
    demo_project: Path, tmp_path: Path
) -> None:
    # libpng printed "libpng error: Write Error" on the terminal before our line.
    assert demo_project.stat().st_size < 240_000
    output = tmp_path / "out" / "timeline.png"
    output.parent.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "desktop", "export", "--project", str(demo_project)]
    command += ["--format", "png", "--output", str(output)]
    run = subprocess.run(
        command,
        capture_output=True,
        text=True,
        preexec_fn=_small_files,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert run.returncode != 0
    assert "libpng" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("factlane: could not write") and str(output) in lines[0]
    assert "File too large" in lines[0]
    assert list(output.parent.iterdir()) == []


def test_the_window_says_why_the_picture_was_not_saved(
    make_window, qtbot, demo_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_at(make_window, qtbot, demo_project, 1280, 800)
    target = tmp_path / "timeline.png"

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(picture_file.os, "fsync", full)
    window.export("png", target)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "No space left on device" in box.text() and str(target) in box.text()
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".*.part")) == []
    box.close()
    # and with room again, it is saved
    monkeypatch.undo()
    window.export("png", target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
