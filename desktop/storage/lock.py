"""One writer per project: an OS-level lock on a small file beside the project.

The operating system drops the lock when the holding process ends, however it ends, so a crash
never leaves a project locked. The lock file itself may stay behind; it is harmless.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO


class LockHeldError(Exception):
    """Another process holds the project's lock."""


def lock_path_for(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class ProjectLock:
    """An exclusive, non-blocking lock; acquire() fails at once if another process holds it."""

    def __init__(self, project: Path) -> None:
        self.path = lock_path_for(project)
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            _lock(handle)
        except OSError as exc:
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            raise LockHeldError(holder) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is None:
            return
        try:
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


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
