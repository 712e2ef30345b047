"""A second launch given articles hands them to the window already open, which imports them
into its own project; with no window answering, the launch goes on alone."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import desktop.app as app
from desktop.ui.instance import (
    NAME_VARIABLE,
    InstanceServer,
    decode_paths,
    encode_paths,
    hand_over,
    instance_name,
)
from tests.conftest import REPO, SEEDS

ARTICLES = [SEEDS / "003_northgate_daily.md", SEEDS / "001_eastbank_review.html"]


@pytest.fixture
def name(monkeypatch: pytest.MonkeyPatch) -> str:
    """A server name of this test's own, so that no real window or other test answers."""
    chosen = f"factlane-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv(NAME_VARIABLE, chosen)
    return chosen


@pytest.fixture
def server(qtbot: Any, name: str) -> Iterator[InstanceServer]:
    first = InstanceServer(name)
    assert first.listen()
    yield first
    first.close()


def hand_over_in_background(paths: list[Path], name: str, qtbot: Any) -> bool:
    """A second instance in the same process: its blocking hand-over runs on a thread while
    this thread's event loop lets the first instance answer."""
    result: list[bool] = []
    worker = threading.Thread(target=lambda: result.append(hand_over(paths, name)))
    worker.start()
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    worker.join()
    return result[0]


def test_the_name_is_per_user_short_and_safe_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NAME_VARIABLE, raising=False)
    ours = instance_name()
    assert ours == instance_name()
    assert instance_name("alice") != instance_name("bob")
    for who in ("alice", "DOMAIN\\Zoë Müller", "a" * 300):
        made = instance_name(who)
        assert made.startswith("factlane-") and len(made) < 40
        assert all(c.isascii() and (c.isalnum() or c == "-") for c in made)


def test_a_hand_over_message_round_trips_and_rejects_anything_else() -> None:
    paths = [Path("/news/Zürich report.md"), Path("/news/b.html")]
    assert decode_paths(encode_paths(paths).rstrip(b"\n")) == paths
    for junk in (b"", b"\xff\xfe", b"[1, 2]", b'{"open": "a.md"}', b'{"open": [""]}', b"{}"):
        assert decode_paths(junk) is None


def test_the_open_instance_receives_the_second_instances_files(
    qtbot: Any, server: InstanceServer, name: str
) -> None:
    with qtbot.waitSignal(server.filesReceived, timeout=5000) as received:
        assert hand_over_in_background(ARTICLES, name, qtbot)
    assert received.args == [[p.absolute() for p in ARTICLES]]


def test_relative_paths_arrive_absolute(
    qtbot: Any, server: InstanceServer, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SEEDS)
    with qtbot.waitSignal(server.filesReceived, timeout=5000) as received:
        assert hand_over_in_background([Path(ARTICLES[0].name)], name, qtbot)
    assert received.args == [[ARTICLES[0]]]


def test_a_second_window_never_takes_the_name_from_a_live_one(
    qtbot: Any, server: InstanceServer, name: str
) -> None:
    second = InstanceServer(name)
    assert not second.listen()
    second.close()
    # The first still answers after the second one's probe.
    with qtbot.waitSignal(server.filesReceived, timeout=5000):
        assert hand_over_in_background(ARTICLES[:1], name, qtbot)


def test_with_no_window_the_hand_over_fails_at_once(qtbot: Any, name: str) -> None:
    assert not hand_over(ARTICLES, name)


def test_a_garbled_message_is_refused_and_nothing_is_imported(
    qtbot: Any, server: InstanceServer, name: str
) -> None:
    from PySide6.QtNetwork import QLocalSocket

    received: list[object] = []
    server.filesReceived.connect(received.append)
    reply: list[bytes] = []

    def send() -> None:
        peer = QLocalSocket()
        peer.connectToServer(name)
        assert peer.waitForConnected(2000)
        peer.write(b"not json\n")
        # Short waits: a blocking wait holds the interpreter lock the window needs to answer.
        for _ in range(100):
            if peer.bytesAvailable() or peer.waitForReadyRead(20):
                break
        reply.append(bytes(peer.readAll().data()))

    worker = threading.Thread(target=send)
    worker.start()
    qtbot.waitUntil(lambda: bool(reply), timeout=5000)
    worker.join()
    assert reply[0].startswith(b'{"ok": false}')
    assert received == []


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crash_does_not_block_a_launch(qtbot: Any, name: str) -> None:
    from PySide6.QtCore import QDir

    # What a crashed window leaves: a socket file that nobody listens on.
    stale = Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(stale))
    dead.close()
    assert stale.exists()
    assert not hand_over(ARTICLES, name)
    fresh = InstanceServer(name)
    assert fresh.listen()
    try:
        with qtbot.waitSignal(fresh.filesReceived, timeout=5000):
            assert hand_over_in_background(ARTICLES[:1], name, qtbot)
    finally:
        fresh.close()


# -- the window that receives them ---------------------------------------------------------------


def shown_window(make_window: Any, qtbot: Any) -> Any:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_handed_over_articles_open_the_import_dialog_for_the_windows_project(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    window = shown_window(make_window, qtbot)
    assert window.open_project(tmp_path / "Story.factlane", create=True)
    before = len(window.project.articles())
    window.showMinimized()
    app.receive_handed_over(QApplication.instance(), ARTICLES)
    assert not window.isMinimized()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert [e.path for e in dialog.entries()] == ARTICLES
    # The dialog shows what was found; nothing is added until the analyst accepts.
    assert len(window.project.articles()) == before
    dialog.reject()


def test_a_read_only_window_says_so_and_offers_nothing(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    story = tmp_path / "Story.factlane"
    holder = make_window()
    assert holder.open_project(story, create=True)
    window = shown_window(make_window, qtbot)
    assert window.open_read_only(story, "locked")
    app.receive_handed_over(QApplication.instance(), ARTICLES)
    assert window.import_dialog is None
    box = window.findChild(QMessageBox, "readOnlyHandOver")
    assert box is not None and box.isVisible()
    assert "read-only" in box.text() and ARTICLES[0].name in box.informativeText()
    box.close()


def test_a_window_without_a_project_asks_where_they_go(make_window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = shown_window(make_window, qtbot)
    app.receive_handed_over(QApplication.instance(), ARTICLES[:1])
    box = window.findChild(QMessageBox, "importOpenedFiles")
    assert box is not None and ARTICLES[0].name in box.text()
    box.reject()


def test_files_gone_before_they_arrive_import_nothing(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    window = shown_window(make_window, qtbot)
    assert window.open_project(tmp_path / "Story.factlane", create=True)
    app.receive_handed_over(QApplication.instance(), [tmp_path / "deleted.md"])
    assert window.import_dialog is None


# -- the launch ----------------------------------------------------------------------------------


def test_a_launch_with_articles_and_no_window_answering_starts_as_before(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[Any] = []
    monkeypatch.setattr(app, "run_app", lambda *a, **k: started.append((a, k)) or 0)
    assert app.open_files(ARTICLES) == 0
    assert started and started[0][1]["articles"] == ARTICLES


@pytest.mark.parametrize(
    ("given", "screenshot", "code"),
    [
        ([Path("Kursk.factlane")], None, 0),
        ([Path("Kursk.factlane"), ARTICLES[0]], None, 0),
        ([], None, 0),
        ([Path("Kursk.factlane")], Path("shot.png"), 0),
        ([ARTICLES[0]], Path("shot.png"), app.EXIT_USAGE),
    ],
)
def test_projects_screenshots_and_plain_starts_never_hand_over(
    given: list[Path], screenshot: Path | None, code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not(paths: Any) -> bool:
        raise AssertionError("handed over")

    monkeypatch.setattr(app, "hand_over_to_open_window", must_not)
    monkeypatch.setattr(app, "run_app", lambda *a, **k: 0)
    assert app.open_files(given, screenshot=screenshot) == code


def test_a_second_process_hands_its_articles_to_the_live_window_and_exits(
    qtbot: Any, server: InstanceServer, name: str, tmp_path: Path
) -> None:
    received: list[list[Path]] = []
    server.filesReceived.connect(received.append)
    env = dict(os.environ, **{NAME_VARIABLE: name, "QT_QPA_PLATFORM": "offscreen"})
    launch = subprocess.Popen(
        [sys.executable, "-m", "desktop", str(ARTICLES[0]), str(ARTICLES[1])],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=8000)
    finally:
        if launch.poll() is None:
            launch.kill()
    out, err = launch.communicate()
    assert launch.returncode == 0, err.decode()
    assert b"handed to the open Factlane window" in out
    assert received == [ARTICLES]
