"""One writer per project: an OS-level lock on a small file beside the project.

The operating system drops the lock when the holding process ends, however it ends, so a crash
never leaves a project locked. The lock file itself may stay behind; it is harmless.

The lock file goes by the project's name, so a project renamed or moved while open would be
free under its new name: a second process could then open it with a write-ahead log of its
own beside the new name, and two logs for one database corrupt it. On Linux the project file
itself is therefore held too (:meth:`ProjectLock.pin`), and that hold follows the file
wherever it is moved. Linux keeps flock() apart from the fcntl() locks SQLite takes on the
same file; on other systems the two may meet, so there the name's lock stands alone.
"""

from __future__ import annotations

import errno
import os
import socket
import stat
import sys
from pathlib import Path
from typing import IO


class LockHeldError(Exception):
    """Another process holds the project's lock."""


class LockNameTakenError(OSError):
    """The lock file's name is taken by something that is no file (a pipe, a device), which
    opening could wait on and which cannot hold the lock."""


def lock_path_for(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class ProjectLock:
    """An exclusive, non-blocking lock; acquire() fails at once if another process holds it."""

    def __init__(self, project: Path) -> None:
        self.path = lock_path_for(project)
        self._file: IO[str] | None = None
        self._pinned: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            mode = os.stat(self.path).st_mode
        except OSError:
            pass  # not there (or a link to nothing): opening makes it, or says why not
        else:
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise LockNameTakenError(errno.EINVAL, "a pipe or a device", str(self.path))
        writable = True
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        except PermissionError:
            # A lock file another account left beside a shared project (the file stays when
            # its window closes) that this one may not write: the lock is held the same through
            # a handle that only reads; only the note of who holds it is not written.
            if not os.path.isfile(self.path):
                raise
            handle = open(self.path, encoding="utf-8")  # noqa: SIM115 - held until release()
            writable = False
        try:
            _lock(handle)
        except OSError as exc:
            handle.seek(0)
            holder = _live_note(handle.read().strip())
            handle.close()
            raise LockHeldError(holder) from exc
        if writable:
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
            handle.flush()
        self._file = handle

    def pin(self, project: Path) -> None:
        """Hold the project file itself, under whatever name it has now or is given later
        (Linux only; elsewhere nothing is done). LockHeldError when another process holds it:
        it has the file open under another name. Call with the lock held, and release only
        once every SQLite connection to the file is closed: closing a file drops the fcntl()
        locks the process holds on it."""
        if not PIN_PROJECT_FILE or self._pinned is not None:
            return
        handle = open(project, "rb")  # noqa: SIM115 - held until release()
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LockHeldError("it is open under another name") from exc
            return  # a file system without flock(): the name's lock stands alone
        self._pinned = handle

    def release(self) -> None:
        if self._pinned is not None:
            self._pinned.close()  # closing the file drops its flock()
            self._pinned = None
        if self._file is None:
            return
        try:
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None

    @property
    def pinned_file(self) -> IO[bytes] | None:
        """The project file held by :meth:`pin` (None where nothing is pinned)."""
        return self._pinned

    @property
    def held(self) -> bool:
        return self._file is not None


def _live_note(note: str) -> str:
    """The lock file's note of who holds it, or "" when it names a process of this machine
    that has ended: a holder that may not write the file (another account's, see acquire())
    leaves the note of an earlier one, which must not be taken for the holder."""
    parts = note.split()
    here = len(parts) == 4 and parts[:3:2] == ["pid", "on"] and parts[3] == socket.gethostname()
    # (not on Windows, where os.kill() ends the process whatever the signal)
    if here and parts[1].isdigit() and sys.platform != "win32":
        try:
            os.kill(int(parts[1]), 0)
        except ProcessLookupError:
            return ""
        except (OSError, OverflowError):
            pass  # there, under another account, or not ours to ask
    return note


#: Whether the project file itself is held as well as its lock file (see the module's doc).
PIN_PROJECT_FILE = sys.platform.startswith("linux")

if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
