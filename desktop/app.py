"""QApplication set-up and start: one window per project, the last project or a welcome screen.

``FACTLANE_STARTUP_TIMING=1`` prints ``FIRST_WINDOW_SHOWN <seconds>`` once the first window
has been painted and then quits (benchmarks/startup_bench.py uses it). ``FACTLANE_THEME``
(system, light, dark) overrides the palette.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
from collections.abc import Callable, Mapping
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


#: The X11 libraries Qt's xcb platform plugin loads that desktop installs often lack, with the
#: Debian/Ubuntu package of each (the X server's own libxcb1/libX11 are always there).
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)
EXIT_MISSING_LIBRARIES = 5


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platform_is_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start on X11 (the xcb plugin): Linux with a DISPLAY, and no other
    platform asked for or preferred."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";", 1)[0].split(":", 1)[0] == "xcb"
    if not environ.get("DISPLAY"):
        return False
    # Qt tries its wayland plugin first only when the session says it is Wayland.
    return environ.get("XDG_SESSION_TYPE", "").lower() != "wayland"


def missing_xcb_libraries(
    loadable: Callable[[str], bool] | None = None,
) -> list[tuple[str, str]]:
    """The (library, package) pairs from :data:`XCB_LIBRARIES` that cannot be loaded."""
    check = loadable if loadable is not None else _loadable
    return [(lib, package) for lib, package in XCB_LIBRARIES if not check(lib)]


def xcb_libraries_message(missing: list[tuple[str, str]]) -> str:
    libraries = ", ".join(lib for lib, _ in missing)
    packages = " ".join(package for _, package in missing)
    return (
        "factlane: the desktop window cannot start: Qt needs X11 libraries that are not\n"
        f"installed ({libraries}).\n"
        f"On Debian or Ubuntu install them with:\n\n    sudo apt install {packages}\n\n"
        "and start factlane again. Other distributions name them xcb-util-cursor,\n"
        "xcb-util-wm, xcb-util-keysyms and so on. The command line (factlane --help) works\n"
        "without them."
    )


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
    if platform_is_xcb(os.environ):
        # Without these Qt aborts with "could not load the Qt platform plugin xcb", which
        # does not say what to install.
        missing = missing_xcb_libraries()
        if missing:
            print(xcb_libraries_message(missing), file=sys.stderr)
            return EXIT_MISSING_LIBRARIES
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
