"""Starting the app: a clear message, not a Qt abort, when X11 libraries are missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import desktop.app as app
from desktop.app import (
    EXIT_MISSING_LIBRARIES,
    XCB_LIBRARIES,
    missing_xcb_libraries,
    platform_is_xcb,
    run_app,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux", False),
        # A Wayland session: Qt tries its wayland plugin first.
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
        ({"DISPLAY": ":0"}, "win32", False),
    ],
)
def test_when_qt_will_start_on_x11(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert platform_is_xcb(environ, platform) is expected


def test_missing_libraries_are_named_with_their_packages() -> None:
    absent = {"libxcb-cursor.so.0", "libxcb-keysyms.so.1"}
    missing = missing_xcb_libraries(lambda lib: lib not in absent)
    assert missing == [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ]
    assert missing_xcb_libraries(lambda lib: True) == []
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= {p for _, p in XCB_LIBRARIES}


def test_app_says_what_to_install_and_exits_before_qt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(app, "_loadable", lambda lib: lib != "libxcb-cursor.so.0")

    from PySide6.QtWidgets import QApplication

    # Imported before the fake goes in: a module first imported while it is in place keeps
    # it for the rest of the run ("from PySide6.QtWidgets import QApplication" binds the
    # fake), and every later window in the session would then fail on it.
    import desktop.ui.main_window as main_window

    def no_qt(*args: object, **kwargs: object) -> int:
        raise AssertionError("Qt was started")

    class NoApplication:
        """Were the check to let Qt start, it would abort the test run on this fake display."""

        instance = staticmethod(QApplication.instance)

        def __new__(cls, *args: object) -> NoApplication:
            raise AssertionError("Qt was started")

    monkeypatch.setattr(main_window, "launch", no_qt)
    monkeypatch.setattr("PySide6.QtWidgets.QApplication", NoApplication)
    assert run_app() == EXIT_MISSING_LIBRARIES
    # Nor did the check import a module of the app's while the fake was in place.
    holding = [
        name
        for name, module in list(sys.modules.items())
        if vars(module).get("QApplication") is NoApplication
    ]
    assert holding == ["PySide6.QtWidgets"]
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err
    assert "sudo apt install libxcb-cursor0\n" in err
    assert "Traceback" not in err


def test_factlane_command_prints_one_message_and_fails(tmp_path: Path) -> None:
    """Through the real entry point, in a process of its own, with the lookup patched."""
    script = (
        "import sys, desktop.app as a\n"
        "a._loadable = lambda lib: lib not in ('libxcb-icccm.so.4', 'libxcb-keysyms.so.1')\n"
        "from desktop.__main__ import main\n"
        "sys.exit(main([]))\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "DISPLAY": ":99",
        "XDG_SESSION_TYPE": "x11",
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == EXIT_MISSING_LIBRARIES
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "Traceback" not in done.stderr and "platform plugin" not in done.stderr
    assert done.stdout == ""
