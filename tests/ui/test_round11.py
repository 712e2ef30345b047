"""Round 11: screenshots leave the analyst's settings alone, rejected facts read in both
themes, and what a first day with the app showed was missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]

ANALYST_SETTINGS = """[General]
lastProject={last}
recentProjects={last}

[preferences]
theme=dark
dateStyle=iso

[view]
lanes=article
showRejected=true
tab=2
"""


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_screenshot_run_neither_reads_nor_writes_the_analysts_settings(
    tmp_path: Path, demo_project: Path
) -> None:
    config = tmp_path / "home-config"
    conf = config / "Factlane" / "Factlane.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(ANALYST_SETTINGS.format(last=demo_project), encoding="utf-8")
    before = _snapshot(config)
    shot = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "FACTLANE_THEME"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config), HOME=str(tmp_path))
    command = [sys.executable, "-m", "desktop", "gui", str(demo_project)]
    command += ["--screenshot", str(shot), "--size", "1024x640"]
    result = subprocess.run(
        command,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # Nothing written: not the window's size, not the project as the last one opened.
    assert _snapshot(config) == before
    # Nothing read: the analyst's dark theme would have made the window dark.
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 640)
    corner = image.pixelColor(4, image.height() - 4)
    assert corner.lightnessF() > 0.5, corner.name()
