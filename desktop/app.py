"""QApplication set-up and start: one window per project, the last project or a welcome screen.

Files handed over by the desktop (a double-click, "Open With", a drop on the launcher) may be
a project or articles. A project opens; articles are offered for import into the most recent
project, another one or a new one, and the import dialog shows what was found in each before
anything is added, as a drop on the window does.

``FACTLANE_STARTUP_TIMING=1`` prints ``FIRST_WINDOW_SHOWN <seconds>`` once the first window
has been painted and then quits (benchmarks/startup_bench.py uses it). ``FACTLANE_THEME``
(system, light, dark) overrides the palette.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME, __version__
from desktop.cli import (
    EXIT_INTERRUPTED,
    EXIT_MISSING_LIBRARIES,
    EXIT_NO_DISPLAY,
    EXIT_PROJECT,
    EXIT_USAGE,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui.file_open import FileOpenReceiver
    from desktop.ui.main_window import MainWindow

_STARTED = time.perf_counter()

PROJECT_SUFFIX = ".factlane"


#: The log keeps this many bytes per file and this many old files: enough for a day's work and
#: the failures in it, small enough to attach to a problem report.
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def log_dir(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """Where the platform keeps an application's logs: ~/Library/Logs/Factlane on macOS,
    %LOCALAPPDATA%\\Factlane\\Logs on Windows, $XDG_STATE_HOME/factlane (~/.local/state) on
    Linux. ``FACTLANE_LOG_DIR`` overrides it (tests, a portable install)."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    if env.get("FACTLANE_LOG_DIR"):
        return Path(env["FACTLANE_LOG_DIR"])
    home = Path(env.get("HOME") or Path.home())
    if plat == "darwin":
        return home / "Library" / "Logs" / APP_NAME
    if plat.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_NAME / "Logs"
    state = env.get("XDG_STATE_HOME") or str(home / ".local" / "state")
    return Path(state) / APP_NAME.lower()


def log_file(environ: Mapping[str, str] | None = None) -> Path:
    return log_dir(environ) / "factlane.log"


def start_log(path: Path | None = None) -> Path | None:
    """Send the app's log (start, failures with their trace) to a rotating file, so that a
    problem can be reported with what happened. Returns the file, or None when it cannot be
    written (a read-only home): the app works on without it."""
    import logging
    from logging.handlers import RotatingFileHandler

    target = path or log_file()
    logger = logging.getLogger("factlane")
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == target:
                return target
            # one log at a time: a log folder changed (FACTLANE_LOG_DIR) replaces the old one
            logger.removeHandler(handler)
            handler.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            target, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info(
        "%s %s started (Python %s, %s)", APP_NAME, __version__, sys.version.split()[0], sys.platform
    )
    return target


def is_article_file(path: Path) -> bool:
    """Whether ``path`` is an article to import rather than a project to open, by its name:
    the kinds of file the import reads. Anything else is tried as a project, so that a
    renamed project still opens and a stray file gets the project check's clear refusal."""
    suffix = path.suffix.lower()
    if not suffix or suffix == PROJECT_SUFFIX:
        return False
    # Loaded only for a name that is not a project's, so opening a project stays quick.
    from desktop.ingest import SUPPORTED_SUFFIXES

    return suffix in SUPPORTED_SUFFIXES


def sort_opened_files(paths: Sequence[Path]) -> tuple[Path | None, list[Path], list[Path]]:
    """The project to open, the articles to import, and the further projects left unopened
    (one window shows one project), from the files the app was started with, in their order.
    A folder stands for the articles directly inside it, as when it is dropped on the window."""
    project: Path | None = None
    articles: list[Path] = []
    others: list[Path] = []
    for path in paths:
        if path.is_dir():
            articles.extend(sorted(p for p in path.iterdir() if p.is_file() and is_article_file(p)))
        elif is_article_file(path):
            articles.append(path)
        elif project is None:
            project = path
        else:
            others.append(path)
    return project, articles, others


def open_files(
    paths: Sequence[Path], *, screenshot: Path | None = None, size: str | None = None
) -> int:
    """Start the app on the files it was given: a project to open, articles to import."""
    project, articles, others = sort_opened_files(paths)
    for path in others:
        print(
            f"factlane: one project per window: {path.name} is not opened "
            f"(open it with File > Open Project, or start factlane {path.name})",
            file=sys.stderr,
        )
    missing = [p for p in articles if not p.is_file()]
    for path in missing:
        print(f"factlane: {path}: no such file", file=sys.stderr)
    if missing:
        return EXIT_USAGE
    if articles and screenshot is not None:
        print(
            "factlane: --screenshot draws a project; import the articles first "
            "(factlane import FILE... --project P.factlane)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if paths and project is None and not articles:
        print("factlane: none of the folders given holds an article to import", file=sys.stderr)
        return EXIT_USAGE
    if articles and project is None and screenshot is None and hand_over_to_open_window(articles):
        return 0
    return run_app(project, articles=articles, screenshot=screenshot, size=size)


def hand_over_to_open_window(articles: Sequence[Path]) -> bool:
    """Give ``articles`` to the Factlane window already open, if one answers in time: it
    imports them into its own project, which this launch could only open read-only."""
    from desktop.ui.instance import hand_over

    if not hand_over(articles):
        return False
    print(f"factlane: {_names(articles)} handed to the open Factlane window")
    return True


def _listens_for_launches(app: QApplication) -> bool:
    # A window nobody can see (offscreen, minimal: tests, scripted runs) must not take the
    # files a double-click meant for the analyst's window, unless asked to by name.
    if os.environ.get("FACTLANE_STARTUP_TIMING"):
        return False
    from desktop.ui.instance import NAME_VARIABLE

    return bool(os.environ.get(NAME_VARIABLE)) or app.platformName() not in {"offscreen", "minimal"}


def receive_handed_over(app: QApplication, paths: Sequence[Path]) -> None:
    """Files a later launch handed over: into the project of the window in front, or, when it
    has none open, the question of which project they go into."""
    window = _front_window(app)
    if window is None:
        return
    articles = [p for p in paths if p.is_file()]
    if not articles:
        window.bring_to_front()
        return
    if window.project is None:
        window.bring_to_front()
        offer_import(window, articles)
    else:
        window.receive_files(articles)


def _front_window(app: QApplication) -> MainWindow | None:
    from desktop.ui.main_window import MainWindow

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        return None
    active = app.activeWindow()
    return active if isinstance(active, MainWindow) else windows[0]


#: Windows opened for files the system handed over, kept alive until they are closed (a
#: top-level window that nothing refers to would be collected at once).
_OPENED_WINDOWS: list[MainWindow] = []


def _new_window() -> MainWindow:
    from PySide6.QtCore import Qt

    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPENED_WINDOWS.append(window)
    window.destroyed.connect(lambda: _OPENED_WINDOWS.remove(window))
    window.show()
    return window


def open_project_window(app: QApplication, path: Path) -> MainWindow | None:
    """Show project ``path``: the window that already shows it, else the window still on the
    welcome page, else a new window (one project per window: the one in front keeps its own)."""
    from desktop.ui.main_window import MainWindow

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    wanted = path.resolve()
    for window in windows:
        if window.project is not None and window.project.path.resolve() == wanted:
            window.bring_to_front()
            return window
    front = _front_window(app)
    spare = front if front is not None and front.project is None else None
    spare = spare or next((w for w in windows if w.project is None), None)
    if spare is not None:
        spare.bring_to_front()
        return spare if spare.open_project(path) else None
    window = _new_window()
    if window.open_project(path):
        return window
    # The error has been shown; an empty window left behind would only be one more to close.
    window.close()
    return None


def receive_opened_files(app: QApplication, paths: Sequence[Path]) -> None:
    """Files the system asked the running app to open (macOS: a double-click in Finder, Open
    With, a drop on the Dock icon): a project opens in its own window, articles go where a
    double-clicked article goes when Factlane is already open."""
    project, articles, others = sort_opened_files([p for p in paths if p.exists()])
    for path in [project, *others] if project is not None else others:
        open_project_window(app, path)
    if not articles:
        return
    if _front_window(app) is None:
        # Every window was closed while the app stayed running (the macOS way): the question
        # of which project the articles go into needs a window to belong to.
        offer_import(_new_window(), articles)
        return
    receive_handed_over(app, articles)


def listen_for_file_open_requests(app: QApplication) -> FileOpenReceiver:
    """Route the system's requests to open files (QFileOpenEvent) to the windows."""
    from desktop.ui.file_open import FileOpenReceiver

    receiver = FileOpenReceiver(app)
    receiver.filesOpened.connect(lambda paths: receive_opened_files(app, paths))
    app.installEventFilter(receiver)
    return receiver


def start_listening(app: QApplication) -> None:
    """Let later launches hand their articles to this app's window."""
    from desktop.ui.instance import InstanceServer

    server = InstanceServer(parent=app)
    if server.listen():
        server.filesReceived.connect(lambda paths: receive_handed_over(app, paths))
    else:
        server.deleteLater()


def _names(paths: Sequence[Path], shown: int = 3) -> str:
    names = [p.name for p in paths[:shown]]
    if len(paths) > shown:
        names.append(f"and {len(paths) - shown} more")
    return ", ".join(names)


def offer_import(
    window: MainWindow, articles: Sequence[Path], project: Path | None = None
) -> QMessageBox | None:
    """Bring ``articles`` into a project in ``window`` through the import dialog.

    With ``project`` it is opened and the import dialog shown at once. Otherwise the analyst is
    asked where they go: the most recent project (the default), another project, or a new one;
    the question is returned (already open, not modal to the app) so that it can be answered.
    """
    from PySide6.QtWidgets import QMessageBox

    files = list(articles)

    def import_into_open_project() -> None:
        if window.project is not None:
            window.import_paths(files)
        else:
            window.statusBar().showMessage(f"Nothing imported: {_names(files)}", 10000)

    if project is not None:
        window.open_project(project)
        import_into_open_project()
        return None

    recent = next((p for p in window.recent_projects() if p.exists()), None)
    box = QMessageBox(window)
    box.setObjectName("importOpenedFiles")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Import articles")
    what = files[0].name if len(files) == 1 else f"{len(files)} articles"
    box.setText(f"Import {what} into a project?")
    box.setInformativeText(
        (f"{_names(files)}.\n\n" if len(files) > 1 else "")
        + "Factlane keeps articles in a project. The import dialog shows what was found in "
        "each file before anything is added."
    )
    into_recent = None
    if recent is not None:
        into_recent = box.addButton(f"Import into {recent.name}", QMessageBox.ButtonRole.AcceptRole)
        into_recent.setObjectName("importIntoRecent")
        into_recent.setToolTip(str(recent))
    into_new = box.addButton("New Project…", QMessageBox.ButtonRole.ActionRole)
    into_new.setObjectName("importIntoNew")
    into_other = box.addButton("Other Project…", QMessageBox.ButtonRole.ActionRole)
    into_other.setObjectName("importIntoOther")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(into_recent or into_new)
    box.setEscapeButton(cancel)

    def answered() -> None:
        clicked = box.clickedButton()
        if into_recent is not None and clicked is into_recent:
            assert recent is not None
            window.open_project(recent)
        elif clicked is into_new:
            window.new_project_dialog()
        elif clicked is into_other:
            window.open_project_dialog()
        else:
            window.statusBar().showMessage(f"Nothing imported: {_names(files)}", 10000)
            return
        import_into_open_project()

    box.finished.connect(answered)
    box.open()
    return box


def _launch_with_articles(
    app: QApplication,
    project: Path | None,
    articles: Sequence[Path],
    size: tuple[int, int] | None,
    style_sheet: str = "",
) -> int:
    from PySide6.QtCore import QTimer

    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    if style_sheet:
        app.setStyleSheet(style_sheet)
    if size:
        window.resize(*size)
    window.show()
    # Asked once the window is on screen, so that the question has a window to belong to.
    QTimer.singleShot(0, lambda: offer_import(window, articles, project))
    return app.exec()


def _parse_size(size: str | None) -> tuple[int, int] | None:
    if not size:
        return None
    try:
        w, h = (int(v) for v in size.lower().split("x", 1))
    except ValueError:
        w = h = 0
    if w < 200 or h < 150:
        # The command line checks this first; this is for a caller that did not.
        print(f"factlane: --size wants WxH, 200x150 at least, not {size!r}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
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


def use_throwaway_settings(folder: Path) -> None:
    """Keep this process's settings in ``folder`` instead of the analyst's.

    A screenshot is drawn by a script or a build, not by the analyst at work: it must look the
    same wherever it runs (the defaults, not this machine's theme, window size or recent
    projects), and it must not leave its size and panes behind as the analyst's next layout.
    Both scopes move: the system scope is the fallback a user setting is read through.
    """
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


def run_app(
    project: Path | None = None,
    *,
    articles: Sequence[Path] = (),
    screenshot: Path | None = None,
    size: str | None = None,
) -> int:
    """Start the desktop app. With ``screenshot``, save a PNG once drawn and exit 0. With
    ``articles``, offer to import them (into ``project`` when one is given)."""
    if screenshot is not None and project is not None and not project.exists():
        # The window would say so in a box nobody is there to close (a script, a build).
        print(f"factlane: no project at {project}", file=sys.stderr)
        return EXIT_USAGE
    if screenshot is not None and (problem := _not_a_picture_file(screenshot)) is not None:
        print(f"factlane: --screenshot {screenshot}: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if screenshot is not None and project is not None:
        # A screenshot writes nothing to the project nor beside it (the window would update
        # an older one in place): it draws a private copy, read as the read commands read
        # a project. The reason a project cannot be read is said before any window (the
        # window's box has nobody to read it here).
        drawn = tempfile.TemporaryDirectory(prefix="factlane-screenshot-")
        try:
            copy = _copy_to_draw(project, Path(drawn.name))
        except BaseException:
            drawn.cleanup()
            raise
        if isinstance(copy, str):
            drawn.cleanup()
            print(f"factlane: cannot open {project}: {copy}", file=sys.stderr)
            return EXIT_PROJECT
        try:
            return _run_app(copy, articles, screenshot, size, shown_as=project)
        finally:
            drawn.cleanup()
    return _run_app(project, articles, screenshot, size)


def _not_a_picture_file(screenshot: Path) -> str | None:
    """Why the picture cannot be saved at ``screenshot``, said before any window: a folder,
    or a pipe or a device (saving into a pipe waits for a reader, for ever in a script)."""
    try:
        mode = os.stat(screenshot).st_mode
    except OSError:
        return None  # not there yet: made by the save, which says when it cannot be
    if stat.S_ISDIR(mode):
        return "is a folder; give a file name for the picture"
    if not stat.S_ISREG(mode):
        return "is a pipe or a device; give a file name for the picture"
    return None


def _run_app(
    project: Path | None,
    articles: Sequence[Path],
    screenshot: Path | None,
    size: str | None,
    *,
    shown_as: Path | None = None,
) -> int:
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
        return EXIT_NO_DISPLAY
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
    if screenshot is None:
        # A screenshot run is a script's, not the analyst's: it leaves their log alone.
        start_log()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.factlane.Factlane")
    with _closing_on_ctrl_c(app) as interrupted:
        if screenshot is not None:
            throwaway = tempfile.TemporaryDirectory(prefix="factlane-screenshot-")
            use_throwaway_settings(Path(throwaway.name))
            try:
                code = _run_window(
                    app, project, articles, screenshot, parsed_size, shown_as=shown_as
                )
            finally:
                throwaway.cleanup()
        else:
            code = _run_window(app, project, articles, screenshot, parsed_size)
    return EXIT_INTERRUPTED if interrupted.is_set() else code


@contextlib.contextmanager
def _closing_on_ctrl_c(app: QApplication) -> Iterator[threading.Event]:
    """Ctrl-C in the terminal the app was started from closes its windows as the analyst
    closing them would (each project closed properly), after which the app ends; the event
    says it happened. A second Ctrl-C ends the app even if a window stayed open.

    Python sees a signal only when it runs, and the event loop runs in Qt: a timer gives it
    a moment four times a second, or Ctrl-C would do nothing until the next mouse move."""
    from PySide6.QtCore import QTimer

    interrupted = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield interrupted
        return

    def on_interrupt(_signum: int, _frame: object) -> None:
        if interrupted.is_set():
            app.quit()
            return
        interrupted.set()
        app.closeAllWindows()

    previous = signal.signal(signal.SIGINT, on_interrupt)
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(250)
    try:
        yield interrupted
    finally:
        tick.stop()
        tick.deleteLater()
        signal.signal(signal.SIGINT, previous)


def _copy_to_draw(project: Path, folder: Path) -> Path | str:
    """A private copy of ``project`` in ``folder`` for a screenshot to draw (see
    services.snapshot), or why it cannot be opened (not a Factlane project, made by a newer
    Factlane, damaged) in the read commands' words. Nothing is written to it or beside it."""
    from desktop.services.snapshot import copy_to_draw
    from desktop.storage.project import ProjectError

    try:
        return copy_to_draw(project, folder)
    except ProjectError as exc:
        return str(exc)


def _run_window(
    app: QApplication,
    project: Path | None,
    articles: Sequence[Path],
    screenshot: Path | None,
    parsed_size: tuple[int, int] | None,
    *,
    shown_as: Path | None = None,
) -> int:
    from desktop.ui.main_window import launch
    from desktop.ui.style import apply_look, style_sheet

    # The style sheet is set once the first window is built (see apply_look).
    apply_look(app, with_style_sheet=False)
    if screenshot is None and _listens_for_launches(app):
        start_listening(app)
    if screenshot is None:
        listen_for_file_open_requests(app)
    if articles:
        return _launch_with_articles(app, project, articles, parsed_size, style_sheet())
    return launch(
        app,
        project,
        screenshot=screenshot,
        size=parsed_size,
        started=_STARTED,
        style_sheet=style_sheet(),
        shown_as=shown_as,
    )
