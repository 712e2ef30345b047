"""A private copy of a project to draw, for a run that must not write the project itself.

`factlane gui P.factlane --screenshot s.png` is a script's run: it draws the project and
quits. Opened as the window opens a project, an older project was updated in place (its
bytes, its modification time and a ``.bak`` beside it) and a lock file was left beside a
project that had none. A screenshot draws a copy instead, made in a folder of its own and
read as the command line's read commands read a project: the project and its folder are left
as they were, byte for byte.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop.storage.lock import lock_path_for
from desktop.storage.project import (
    NotAProjectError,
    ProjectError,
    backup_file,
    check_header,
)
from desktop.storage.store import ProjectStore

#: A ``-wal`` no longer than its header holds no changes.
_WAL_HEADER_BYTES = 32


def copy_to_draw(path: Path, folder: Path) -> Path:
    """Copy the project at ``path`` into ``folder`` (an empty folder of the caller's) and
    return the copy, which the caller may open, update and change at will.

    Nothing is written to the project or beside it. With a lock file beside it (a Factlane
    has had it open) the project is read as the read commands read it, under that lock or
    shared with the window holding it, and copied with SQLite's backup, which is consistent
    even while the other window saves; an older project is copied from the updated private
    copy the reading makes. With no lock file no Factlane has it open for writing (one that
    does keeps its lock file), and taking the lock would leave one there: the file, and a
    log a Factlane that never closed it left, are copied as they are.

    Raises ProjectError with the read commands' words when it cannot be read (no project
    there, not a Factlane project, made by a newer Factlane, damaged).
    """
    path = Path(path)
    copy = Path(folder) / path.name
    if lock_path_for(path).exists():
        with ProjectStore.open_for_reading(path) as store:
            connection = store.engine.raw_connection()
            try:
                raw = connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                target = sqlite3.connect(copy)
                try:
                    raw.backup(target)
                finally:
                    target.close()
            except sqlite3.Error as exc:
                raise ProjectError(
                    f"{path.name} could not be copied to be drawn ({exc}); it was not changed."
                ) from exc
            finally:
                connection.close()
        return copy
    if not path.exists():
        raise ProjectError(f"There is no project at {path}.")
    if path.is_dir():
        raise NotAProjectError(f"{path} is a folder, not a Factlane project.")
    if not check_header(path):
        # the read commands' own words for it
        ProjectStore.open_for_reading(path).close()
        raise NotAProjectError(f"{path.name} is not a Factlane project.")
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > _WAL_HEADER_BYTES:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(wal.name))
        else:
            # immutable: SQLite makes no -wal or -shm beside a file it reads so
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            backup_file(path, copy, source_uri=uri)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectError(
            f"{path.name} could not be copied to be drawn ({getattr(exc, 'strerror', None) or exc}); "
            "it was not changed."
        ) from exc
    # Refused here with the read commands' reasons (newer, damaged), before any window.
    ProjectStore.open_for_reading(copy).close()
    return copy
