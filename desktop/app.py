"""QApplication set-up and start: one window per project, the last project or a welcome screen.

``FACTLANE_STARTUP_TIMING=1`` prints ``FIRST_WINDOW_SHOWN <seconds>`` once the first window
has been painted and then quits (benchmarks/startup_bench.py uses it). ``FACTLANE_THEME``
(system, light, dark) overrides the palette.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from desktop import APP_NAME, __version__

_STARTED = time.perf_counter()


def _parse_size(size: str | None) -> tuple[int, int] | None:
    if not size:
        return None
    try:
        w, h = (int(v) for v in size.lower().split("x", 1))
    except ValueError as exc:
        raise SystemExit(f"factlane: --size wants WxH, e.g. 1600x1000, not {size!r}") from exc
    if w < 200 or h < 150:
        raise SystemExit(f"factlane: --size {size} is too small for the window")
    return w, h


def run_app(
    project: Path | None = None, *, screenshot: Path | None = None, size: str | None = None
) -> int:
    """Start the desktop app. With ``screenshot``, save a PNG once drawn and exit 0."""
    if (
        screenshot is None
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "factlane: no display found (DISPLAY/WAYLAND_DISPLAY unset); the desktop window "
            "cannot open here. Use the command line (factlane --help) or run under a desktop.",
            file=sys.stderr,
        )
        return 4
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parsed_size = _parse_size(size)
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import launch
    from desktop.ui.style import apply_look

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.factlane.Factlane")
    apply_look(app)
    return launch(app, project, screenshot=screenshot, size=parsed_size, started=_STARTED)
