"""One open window takes the articles that later launches are given.

When the analyst double-clicks an article while Factlane is already open, a second process
would otherwise start and, finding the project held by the first window, could only open it
read-only. Instead the first window listens on a local socket (a named pipe on Windows, a
socket file on macOS and Linux), and the later launch hands it the file paths and exits.

The exchange is one line of JSON each way: ``{"open": [paths...]}`` and ``{"ok": true}``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import time
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop import APP_NAME

#: Lets tests, and an analyst running two separate set-ups, keep their windows apart.
NAME_VARIABLE = "FACTLANE_INSTANCE_NAME"
#: How long a later launch waits for a window to answer before it opens its own.
HAND_OVER_TIMEOUT_MS = 1500
#: No real hand-over is near this; a peer sending more is not a Factlane launch.
MAX_MESSAGE_BYTES = 1 << 20


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        # No login name in the environment or the password database (some containers).
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def instance_name(user: str | None = None) -> str:
    """The server name for this user's Factlane: a hash, so that any login name gives a
    short name that is valid as a pipe name on Windows and a socket file in the temporary
    folder elsewhere (macOS limits socket paths to about 100 bytes)."""
    chosen = os.environ.get(NAME_VARIABLE, "").strip()
    if chosen and user is None:
        return chosen
    who = user if user is not None else _user()
    digest = hashlib.sha256(f"{APP_NAME}\0{who}".encode()).hexdigest()[:16]
    return f"{APP_NAME.lower()}-{digest}"


def encode_paths(paths: Sequence[Path]) -> bytes:
    # Absolute, because the window's working folder is not the launch's.
    message = {"open": [str(Path(p).absolute()) for p in paths]}
    return json.dumps(message).encode("utf-8") + b"\n"


def decode_paths(line: bytes) -> list[Path] | None:
    """The paths in one hand-over line, or None when it is not one."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict):
        return None
    files = message.get("open")
    if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
        return None
    return [Path(f) for f in files]


class _Conversation(QObject):
    """Reads one hand-over from a connected launch and answers it."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(socket)
        self._socket = socket
        # Weakly: the connection's socket is the server's child, and this object its. Held
        # strongly, the server's last reference could go with this object while the socket
        # was being deleted (its deleteLater once the launch hangs up): the server was then
        # deleted from inside its own child's deletion, which deleted that child a second
        # time ('shared QObject was deleted directly', then a segfault in event processing).
        self._server = weakref.ref(server)
        self._buffer = b""
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())
        if b"\n" not in self._buffer:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                self._socket.abort()
            return
        line = self._buffer.split(b"\n", 1)[0]
        paths = decode_paths(line)
        reply = {"ok": paths is not None}
        self._socket.write(json.dumps(reply).encode("utf-8") + b"\n")
        self._socket.flush()
        self._socket.disconnectFromServer()
        server = self._server()
        if paths is not None and server is not None:
            server.filesReceived.emit(paths)


class InstanceServer(QObject):
    """Listens for later launches; ``filesReceived`` carries the paths each one hands over."""

    filesReceived = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or instance_name()
        self._server = QLocalServer(self)
        # Only this user's launches may hand files over.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening. False when another live window already holds the name (it
        answers a connection), so that a second window never steals its socket. A socket
        left behind by a crash answers nothing, and is removed so that it does not block."""
        if is_listening(self.name):
            return False
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is not None:
                _Conversation(socket, self)


def is_listening(name: str, timeout_ms: int = 200) -> bool:
    """Whether a live server holds ``name``: a stale socket file refuses the connection."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(timeout_ms)
    probe.abort()
    return connected


def _wait(socket: QLocalSocket, step: Callable[[int], bool], deadline: float) -> bool:
    # In short slices: Qt keeps the interpreter lock through each blocking wait, and a window
    # in this same process (the tests' second instance) must get turns to answer.
    while True:
        left_ms = int((deadline - time.monotonic()) * 1000)
        if left_ms <= 0:
            return False
        if step(min(left_ms, 20)):
            return True
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            # Refused (no server, or a socket left by a crash) or closed: no answer is coming.
            return False


def hand_over(
    paths: Sequence[Path], name: str | None = None, timeout_ms: int = HAND_OVER_TIMEOUT_MS
) -> bool:
    """Send ``paths`` to the open window; True once it has acknowledged them.

    Works before (and without) a QApplication: the waits block instead of needing an event
    loop, so a launch that hands over never starts the GUI at all.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    socket = QLocalSocket()
    socket.connectToServer(name or instance_name())
    if not _wait(socket, socket.waitForConnected, deadline):
        socket.abort()
        return False
    socket.write(encode_paths(paths))
    reply = b""
    while b"\n" not in reply:
        if socket.bytesToWrite() > 0:
            _wait(socket, socket.waitForBytesWritten, deadline)
        if not socket.bytesAvailable() and not _wait(socket, socket.waitForReadyRead, deadline):
            # A window that does not answer in time may be hung; the launch goes on alone.
            socket.abort()
            return False
        reply += bytes(socket.readAll().data())
    socket.abort()
    try:
        answer = json.loads(reply.split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(answer, dict) and answer.get("ok") is True
