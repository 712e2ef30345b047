"""Opening, creating, migrating, locking and backing up a `*.factlane` project file.

Everything that can refuse a file (not SQLite, not Factlane, newer schema, damaged, locked) is
checked before the first write, so a refused file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import glob
import os
import re
import shutil
import sqlite3
import stat
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from desktop.storage.lock import LockHeldError, LockNameTakenError, ProjectLock, lock_path_for

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

#: PRAGMA application_id of every Factlane project ("FLN1").
APPLICATION_ID = 0x464C4E31
SUFFIX = ".factlane"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")


#: The write permission bits of the owner, the group and the others.
_ANY_WRITE = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


class ProjectError(Exception):
    """A project that cannot be opened; the message is for the analyst."""


class NotAProjectError(ProjectError):
    pass


class NewerVersionError(ProjectError):
    pass


class ProjectLockedError(ProjectError):
    pass


class DamagedProjectError(ProjectError):
    pass


class ProjectWriteError(ProjectError):
    """The project could not be written (full disk, read-only file or folder); nothing that was
    saved before is lost."""


class ProjectReadOnlyError(ProjectWriteError):
    """A change was asked of a project opened read-only; nothing was written."""


class ProjectMovedError(ProjectWriteError):
    """The project file was moved, renamed, deleted or replaced while open; the change was
    not saved, and the message says where what was saved before is."""


class ProjectClosedError(ProjectWriteError):
    """A change was asked of a project already closed (work that outlived its window)."""


class OlderVersionReadOnlyError(ProjectError):
    """A project from an older Factlane cannot be read without updating it, which needs writing."""


#: Why a project is open read-only: another window or process holds it ("locked"), the file or
#: its folder cannot be written ("unwritable"), or the analyst asked for it ("requested").
ReadOnlyReason = Literal["locked", "unwritable", "requested"]

#: How long a connection waits for SQLite's own lock on the file (another connection mid-write)
#: before it gives up. The project's lock never waits: a second process is refused at once.
BUSY_TIMEOUT_S = 10


def database_error(path: Path, exc: BaseException) -> ProjectError:
    """The analyst's message for an error SQLite raised while using the project at ``path``.

    SQLite's own words ("database disk image is malformed") say neither which file nor what to
    do; the message here says both and that what was saved earlier is still there.
    """
    detail = str(getattr(exc, "orig", None) or exc)
    low = detail.lower()
    if "disk is full" in low or "database or disk is full" in low:
        return ProjectWriteError(
            f"The disk holding {path.name} is full; the last change was not saved. Everything "
            "saved before it is still in the project. Free some space and try again."
        )
    if "readonly" in low or "read-only" in low:
        return ProjectWriteError(
            f"{path.name} is read-only, so changes cannot be saved; copy it to a folder you can "
            "write to, or ask for write permission."
        )
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return DamagedProjectError(
            f"{path.name} is damaged and part of it cannot be read ({detail}). Use a backup or "
            "a Save As copy of the project."
        )
    if "locked" in low or "busy" in low:
        return ProjectLockedError(
            f"{path.name} is busy in another program; close it there and try again."
        )
    if "disk i/o error" in low or "unable to open" in low:
        return ProjectWriteError(f"{path.name} could not be read or written: {detail}.")
    return ProjectError(f"{path.name}: the project file could not be used: {detail}.")


def _folder_error(path: Path, exc: OSError) -> ProjectError:
    """The message when the folder of a project refuses the lock file beside it."""
    folder = path.parent
    lock = lock_path_for(path)
    if isinstance(exc, LockNameTakenError):
        return ProjectError(
            f"{lock.name}, beside {path.name}, is a pipe or a device, not a file: Factlane "
            "keeps a project open in one window only through a file of that name, so "
            f"{path.name} cannot be opened. Move or rename {lock.name} and open the project "
            "again; it was not changed."
        )
    if exc.errno == errno.ENOENT and lock.is_symlink() and folder.is_dir():
        # the folder is there: the lock's name is a link into one that is not
        target = Path(os.path.realpath(lock))
        return ProjectError(
            f"{lock.name}, beside {path.name}, is a link to {target}, whose folder "
            f"{target.parent} does not exist: Factlane keeps a project open in one window "
            f"only through that file, so {path.name} cannot be opened. Remove the link "
            f"{lock.name} (Factlane makes the file again) and open the project again; it was "
            "not changed."
        )
    if exc.errno == errno.ENOENT:
        return ProjectError(f"The folder {folder} does not exist, so {path.name} cannot be opened.")
    if exc.errno == errno.EROFS:
        return ProjectWriteError(
            f"{path.name} is on a read-only disk; copy it to a folder you can write to."
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ProjectWriteError(
            f"No permission to write in {folder}, which Factlane needs to open {path.name}; "
            "copy the project to a folder you can write to."
        )
    if exc.errno == errno.EISDIR:
        return ProjectError(
            f"{path.name} cannot be opened: {lock_path_for(path).name} beside it, which "
            "Factlane uses to keep a project open in one window only, is a folder. Move that "
            "folder away and try again."
        )
    return ProjectWriteError(f"{path.name} cannot be opened: {exc.strerror or exc}.")


@functools.cache
def known_revisions() -> list[str]:
    """Schema revisions this version of Factlane knows, oldest first.

    Read from the migration files' own ``revision``/``down_revision`` lines rather than through
    Alembic, whose import costs more than half a second of every project open; Alembic loads
    only when a file actually needs migrating.
    """
    parents: dict[str, str | None] = {}
    for script in (_MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        rev = re.search(r"^revision = ['\"](\w+)['\"]", source, re.M)
        down = re.search(r"^down_revision = (?:['\"](\w+)['\"]|None)", source, re.M)
        if rev and down:
            parents[rev[1]] = down[1]
    chain: list[str] = []
    current = next((r for r, d in parents.items() if d is None), None)
    children = {d: r for r, d in parents.items() if d is not None}
    while current is not None:
        chain.append(current)
        current = children.get(current)
    if len(chain) != len(parents):
        raise RuntimeError("the migration scripts do not form one chain")
    return chain


def head_revision() -> str:
    return known_revisions()[-1]


def check_header(path: Path) -> bool:
    """True if ``path`` holds a Factlane project, False if it is empty; raises if it is foreign.

    Reads the 100-byte SQLite header directly so a foreign file is never opened by SQLite.
    """
    if not path.is_file():
        # A named pipe or a device: opening it to read would wait for a writer, or read
        # forever; neither is a project.
        raise NotAProjectError(
            f"{path.name} is not a file (a pipe or a device), so it is not a Factlane project."
        )
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header:
        return False
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotAProjectError(f"{path.name} is not a Factlane project (not an SQLite database).")
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise NotAProjectError(
            f"{path.name} is an SQLite database made by another program, not a Factlane project. "
            "It was not changed."
        )
    return True


def _empty_message(path: Path) -> str:
    # An empty file is no project: a copy or a download that failed, or a file made by
    # another program. Nothing is lost by refusing it, and the analyst is told how to start
    # one there. (A Factlane killed while creating a project leaves SQLite's header: WAL
    # mode, set first, writes it; only a kill in the instant before leaves an empty file,
    # which this message tells the analyst to delete.)
    return (
        f"{path.name} is empty, not a Factlane project; it was not changed. Delete it, or "
        "choose another name, to start a new project."
    )


def _refuse_if_being_created(path: Path) -> None:
    """ProjectLockedError when another process holds the lock of an empty ``path``: it is
    creating the project there this instant (SQLite makes the file before writing a byte of
    it), so the file is no stranger's empty file but a project open elsewhere."""
    if not lock_path_for(path).exists():
        return
    probe = ProjectLock(path)
    try:
        probe.acquire()
    except LockHeldError as exc:
        raise _locked_error(path, exc) from exc
    except OSError:
        return  # the lock cannot be tried here; the file's emptiness stands
    probe.release()


def _creation_left_behind(path: Path) -> bool | None:
    """What a Factlane killed while creating ``path`` left (its lock file is still beside it):
    False for an SQLite file with no table yet (the creation never committed: start it
    again), True for a whole project whose mark is still in the write-ahead log (SQLite puts
    it in the main file on opening), None for anything else, which stays refused. Called
    while holding the project's lock, so no one is creating it now."""
    if not path.is_file():
        return None
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return None
    if struct.unpack(">I", header[68:72])[0] != 0:
        return None  # another program's mark
    con = sqlite3.connect(path)
    try:
        (app_id,) = con.execute("PRAGMA application_id").fetchone()
        (tables,) = con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if app_id == APPLICATION_ID:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return True
    finally:
        con.close()
    return False if app_id == 0 and tables == 0 else None


def _read_revision(path: Path) -> str | None:
    """The file's schema revision, read through a read-only connection. Called under the
    project's lock.

    A read-only connection to a WAL file makes its ``-wal`` and ``-shm`` files and cannot
    remove them, so a refused project would be left with two strangers beside it. With no
    ``-wal`` there, no one has the file open and everything is in the main file, and the lock
    keeps writers out: SQLite may read it as unchanging, which makes no files.
    """
    if path.with_name(path.name + "-wal").exists():
        return _revision_at(path, _sqlite_uri(path, mode="ro"))
    return _revision_at(path, _sqlite_uri(path, mode="ro", immutable="1"))


def _check_log(path: Path) -> None:
    """Refuse a write-ahead log that does not fit the project beside it. Called under the
    project's lock, before anything opens the file for writing.

    A ``-wal`` holding changes is left only by a Factlane that ended without closing the
    project; opening it merges the log into the file. But SQLite cannot tell a log from
    another file of the same name: a project copied over one that crashed (a backup put
    back, a Save As copy renamed) would take that project's log as its own, and the merge
    would write pages of one database into the other. A log whose pages do not make a sound
    database with the file, when the file alone is sound, is therefore not applied.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size <= _WAL_HEADER_BYTES:
            return  # no changes in it
    except OSError:
        return
    if log_names_file(path):
        return  # the log's last commit noted this very file: it is its own
    own = _setting_read_only(path, PROJECT_ID_KEY, immutable=True)
    logged = _setting_read_only(path, PROJECT_ID_KEY)
    if own and logged and own != logged:
        raise DamagedProjectError(_foreign_log_message(path, wal))
    if _quick_check(_sqlite_uri(path, mode="ro")) or not _quick_check(
        _sqlite_uri(path, mode="ro", immutable="1")
    ):
        return  # the log fits; or the file is damaged anyway, which is said when it is read
    raise DamagedProjectError(_foreign_log_message(path, wal))


def _foreign_log_message(path: Path, wal: Path) -> str:
    return (
        f"{wal.name}, beside {path.name}, does not fit it: it is left from another copy of "
        f"the project, or damaged. It was not applied and {path.name} was not changed. Move "
        f"{wal.name} (and {path.name}-shm) to another folder and open the project again; "
        "the changes it holds are not in this copy."
    )


#: The setting that names the project (a random hex string given when it is made, migration
#: 0009), kept by every copy of it: a log whose pages carry another name is another project's.
PROJECT_ID_KEY = "project_id"


#: The setting under which each commit notes the project file it was made to (file_note).
FILE_NOTE_KEY = "file_note"


def file_note(path: Path) -> str:
    """What a commit notes of the project file in its log: inode, size and modification time
    (to the nanosecond). The file changes only when SQLite moves the log's pages into it, and
    the store notes it again after each such move, so the last note in a log left by a crash
    names the file the log was written beside; a file put in its place since (a copy, a
    backup put back) differs in at least one of the three."""
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def _setting_read_only(path: Path, key: str, immutable: bool = False) -> str | None:
    """One setting of the project, read without writing anything (``immutable``: from the
    file alone, its log left unread); None when it is not set or cannot be read."""
    options = {"mode": "ro", "immutable": "1"} if immutable else {"mode": "ro"}
    try:
        con = sqlite3.connect(_sqlite_uri(path, **options), uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return None if row is None else row[0]


def log_names_file(path: Path) -> bool:
    """Whether the project's write-ahead log, read with the file, names the file as it is
    (see file_note): then the log is this file's own and need not be checked page by page.
    False when it names another file, none, or cannot be read: the full check decides."""
    note = file_note(path)
    if not note:
        return False
    return _setting_read_only(path, FILE_NOTE_KEY) == note


#: The setting that says, in the project file itself, whether a Factlane that changed the
#: project is still at it ("open") or closed it ("closed"); see left_open_without_log.
SESSION_KEY = "session"


def left_open_without_log(path: Path) -> bool:
    """Whether the project file says a Factlane was changing it and never closed it, while no
    log with changes is beside it: it was copied (or moved) while open, or after a crash,
    without its ``-wal``, and the changes that log held are not in it. Read from the file
    alone, without the log, so nothing is written; False when it cannot be read."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size > _WAL_HEADER_BYTES:
            return False  # the log is here: opening merges it
    except OSError:
        pass
    return _setting_read_only(path, SESSION_KEY, immutable=True) == "open"


def left_open_warning(path: Path) -> str:
    wal = f"{path.name}-wal"
    return (
        f"{path.name} was not closed by the Factlane that last changed it (it stopped, or this "
        f"is a copy made while it was open), and its log, {wal}, is not beside it: the "
        f"changes made last before that may be missing here. If the folder it came from "
        f"still has {wal}, copy that file beside this one (with no Factlane open on it) "
        "and open the project again."
    )


#: A write-ahead log's header; a log no longer than it holds no change.
_WAL_HEADER_BYTES = 32


def _quick_check(uri: str) -> bool:
    """Whether SQLite finds the database at ``uri`` sound (``PRAGMA quick_check``)."""
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        return [tuple(r) for r in con.execute("PRAGMA quick_check").fetchall()] == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def _keep_before_update(path: Path, copy: Path) -> None:
    """Keep a copy of an older project before it is updated; ProjectWriteError, with the
    project unchanged and no part of the copy left, when the copy cannot be written (a full
    disk): the update must not start without it. Called under the project's lock.

    The project is read as :func:`_read_revision` reads it: with no ``-wal`` beside it,
    unchanging, which makes no ``-wal`` and ``-shm`` files that a failed copy would leave
    behind (and that a full disk then keeps SQLite from reading through)."""
    wal = path.with_name(path.name + "-wal")
    source = _sqlite_uri(path, mode="ro") if wal.exists() else None
    # Written under a name that says it is unfinished, and given its own only once whole: a
    # crash midway leaves no copy that looks kept and holds nothing (SQLite rolls a half
    # written file back to empty). What an earlier crash left goes first.
    _remove_unfinished_copies(path)
    unfinished = copy.with_name(copy.name + _UNFINISHED)
    try:
        backup_file(
            path, unfinished, source_uri=source or _sqlite_uri(path, mode="ro", immutable="1")
        )
        os.replace(unfinished, copy)
        _sync_folder(path.parent)  # the copy's name on disk before the update begins
    except (sqlite3.Error, OSError) as exc:
        _remove_unfinished_copies(path)
        raise ProjectWriteError(
            f"{path.name} was saved by an older version of Factlane and is updated on "
            f"opening, after a copy of it is kept beside it; that copy ({copy.name}) could "
            f"not be written ({exc}), so {path.name} was not changed. Free some space on its "
            "disk and open it again."
        ) from exc


#: The end of the name a copy kept before an update has while it is being written.
_UNFINISHED = ".unfinished"


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; elsewhere the system does)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_unfinished_copies(path: Path) -> None:
    """Remove the copies of ``path`` an update began and did not finish (and their journals).
    Called under the project's lock: no other Factlane is writing one."""
    pattern = f"{glob.escape(path.name)}.schema-*.bak{_UNFINISHED}*"
    for left in path.parent.glob(pattern):
        with contextlib.suppress(OSError):
            left.unlink()


def _free_backup_name(path: Path, revision: str) -> Path:
    """The name of the copy kept before updating ``path`` from ``revision``: stamped with the
    time, and never the name of a copy kept earlier (the clock set back, or two updates in one
    second), which the backup would write over."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.name}.schema-{revision}.{stamp}.bak")
    n = 1
    while copy.exists() or copy.is_symlink():
        n += 1
        copy = path.with_name(f"{path.name}.schema-{revision}.{stamp}-{n}.bak")
    return copy


def backup_file(source: Path, target: Path, *, source_uri: str | None = None) -> None:
    """Copy a project with SQLite's online backup API (consistent even while it is in use);
    ``source_uri`` says how to open the source, when not as an ordinary file."""
    src = sqlite3.connect(source_uri, uri=True) if source_uri else sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _make_engine(path: Path) -> Engine:
    made = [path.exists()]

    def connect() -> sqlite3.Connection:
        # Only the first connection of a new project may make the file: a later one (the pool
        # grows, or opens again after an error) would otherwise make a new, empty project
        # where the open one was moved or deleted from, and read "no such table" from it.
        uri = _sqlite_uri(path, mode="rw" if made[0] else "rwc")
        con = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
        made[0] = True
        return con

    # Connections come from ``connect`` rather than a sqlite:/// URL: in a URL, a '?' or '#'
    # in the file name ("War? #1.factlane") starts a query string, and another file was made
    # (the URI made here percent-encodes them).
    engine = create_engine(
        "sqlite://", creator=connect, poolclass=QueuePool, pool_size=4, max_overflow=4
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the sqlite3 module so DDL (migrations) is transactional.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit reported to the analyst survives a power cut, not only a crash.
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _unwritable_error(path: Path) -> ProjectWriteError | None:
    """Why ``path`` cannot be written, asked before SQLite is: SQLite quietly opens a file it
    may not write read-only and only fails at the first change, which for the analyst is
    too late (an edit that cannot be saved)."""
    folder = path.parent
    # The owner's read-only mark is honoured even where the system would let the writing
    # through (an administrator's account, root in a container): the analyst who marked an
    # archived project read-only means it to stay as it is.
    if not os.access(path, os.W_OK) or not stat.S_IMODE(path.stat().st_mode) & _ANY_WRITE:
        return ProjectWriteError(
            f"{path.name} cannot be written (it is read-only, or on a read-only disk)."
        )
    if not os.access(folder, os.W_OK):
        # SQLite keeps its journal (-wal, -shm) beside the project: no folder, no changes.
        return ProjectWriteError(f"No permission to write in {folder}, where {path.name} is.")
    return None


def name_limit(folder: Path) -> int:
    """The most bytes a file's name may have in ``folder`` (or the nearest folder above it
    that exists): 255 on the usual disks."""
    for place in (folder, *folder.parents):
        try:
            if place.is_dir():
                return os.pathconf(place, "PC_NAME_MAX")
        except (OSError, ValueError):
            break
    return 255


def _check_room_beside(path: Path, side: str) -> None:
    """Refuse, before anything is made, a project name that fits its disk but leaves no room
    for a file Factlane or SQLite keeps beside it, named after it (``path.name + side``):
    SQLite's failure then says 'unable to open database file', and the analyst is sent to
    free space on a disk that has plenty."""
    limit = name_limit(path.parent)
    if len(os.fsencode(path.name + side)) <= limit:
        return
    most = limit - len(os.fsencode(side))
    raise ProjectError(
        f"{path.name} is too long a name for a project: Factlane keeps files beside it named "
        f"after it ('{side}' added), and this disk takes names of at most {limit} bytes. "
        f"Choose a name of at most {most} bytes (an accented letter takes two); nothing was "
        "written."
    )


def _lock(path: Path) -> ProjectLock:
    """The project's lock, held; ProjectLockedError when another window or process has it."""
    lock = ProjectLock(path)
    try:
        lock.acquire()
    except LockHeldError as exc:
        raise _locked_error(path, exc) from exc
    except OSError as exc:
        raise _folder_error(path, exc) from exc
    return lock


def _pin(lock: ProjectLock, path: Path) -> None:
    """Hold the project file itself (see ProjectLock.pin): a window that has it open under
    another name (it was renamed or moved while open) refuses this one."""
    try:
        lock.pin(path)
    except LockHeldError as exc:
        raise ProjectLockedError(
            f"{path.name} is already open in another window or program under another name "
            "(it was renamed or moved while open, or this name is a link to it)."
        ) from exc
    except OSError as exc:
        raise _folder_error(path, exc) from exc


@contextlib.contextmanager
def replacing_project(target: Path) -> Iterator[Path]:
    """Hold ``target`` while a new file replaces it (Save As over it): the new file is
    written to the path given (``target`` named as unfinished), and takes ``target``'s place
    whole, in one rename, when the block ends without error. A crash or an error midway
    leaves ``target`` as it was, and nothing that looks like the new file (SQLite rolls a
    half-written file back to empty). The log and index a crash left beside ``target`` go
    just before the rename: they would otherwise be read as the new file's.
    ProjectLockedError, with nothing changed, when a window has ``target`` open: that window
    would go on saving into a file no longer there, its work lost. Through a link, the
    file it leads to is replaced (or made), and the link stays; ProjectError, nothing
    changed, for a link into a folder that is not there, and for a folder, a pipe or a
    device at ``target`` (holding a pipe to replace it would wait for ever)."""
    target = _save_as_place(Path(target))
    _check_room_beside(target, _UNFINISHED)
    lock = _lock(target)
    unfinished = target.with_name(target.name + _UNFINISHED)
    try:
        if target.exists():
            _pin(lock, target)
        _remove_side_files(unfinished, with_file=True)  # what an earlier crash left
        try:
            yield unfinished
            _mark_copy_closed(unfinished)
            _remove_side_files(target, with_file=False)
            os.replace(unfinished, target)
        except BaseException:
            _remove_side_files(unfinished, with_file=True)
            raise
        _sync_folder(target.parent)
    finally:
        lock.release()


def _mark_copy_closed(copy: Path) -> None:
    """Mark a whole copy just written (Save As, a rescued copy: SQLite's backup of every
    committed change) as closed. It carried the open session's mark of the project it was
    made from, and so opened with the warning that a copy taken while the project was open
    may lack its last changes: after any Save As of a session that had changed something.
    Left as it is if the file cannot be written now (the warning then errs on the safe
    side); nothing is left beside it."""
    try:
        con = sqlite3.connect(str(copy))
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (SESSION_KEY,)).fetchone()
            if row is not None and row[0] == "open":
                with con:
                    con.execute("UPDATE setting SET value = 'closed' WHERE key = ?", (SESSION_KEY,))
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except sqlite3.Error:
        pass
    # (the log SQLite made beside the copy to read it is moved into it as it closes)
    _remove_side_files(copy, with_file=False)


def _save_as_place(target: Path) -> Path:
    """Where a Save As to ``target`` writes: through a link (the analyst's 'Latest' kept
    to a project in a shared folder), the file it leads to, so that the link stays a link."""
    place = Path(os.path.realpath(target)) if target.is_symlink() else target
    if place is not target and not place.parent.is_dir():
        raise ProjectError(
            f"{target.name} is a link to {place}, and the folder {place.parent} does not "
            "exist (a drive or share not connected?), so nothing was saved there. The link was "
            "left as it is."
        )
    with contextlib.suppress(OSError):
        mode = os.stat(place).st_mode
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "a pipe or a device"
            raise ProjectError(
                f"{target.name} is {kind}, not a project file, so nothing was saved there; "
                "choose another name."
            )
    return place


def discard_new_project(path: Path) -> bool:
    """Remove a project this process has just made and closed with no article in it (an
    import of files none of which could be read): nothing is left of it, its lock file
    included, as if it had never been made. Done under the project's lock, and only when the
    file is a Factlane project holding no article; True when it was removed."""
    path = Path(path)
    if path.is_symlink():
        return False  # the analyst's link, and the place it leads to, stay as they are
    try:
        lock = _lock(path)
    except ProjectError:
        return False
    try:
        _pin(lock, path)
        if not check_header(path) or path.with_name(path.name + "-wal").exists():
            return False
        con = sqlite3.connect(_sqlite_uri(path, mode="ro", immutable="1"), uri=True)
        try:
            (articles,) = con.execute("SELECT count(*) FROM article").fetchone()
        finally:
            con.close()
        if articles:
            return False
        _remove_side_files(path, with_file=True)
        lock.path.unlink(missing_ok=True)
        _sync_folder(path.parent)
        return True
    except (ProjectError, sqlite3.Error, OSError):
        return False
    finally:
        lock.release()


def _remove_side_files(path: Path, *, with_file: bool) -> None:
    """Remove SQLite's log, index and journal beside ``path`` (and ``path`` itself)."""
    names = [path.name + side for side in ("-wal", "-shm", "-journal")]
    for name in [path.name, *names] if with_file else names:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(name).unlink()


def _locked_error(path: Path, exc: LockHeldError) -> ProjectLockedError:
    holder = f" ({exc})" if str(exc) else ""
    return ProjectLockedError(f"{path.name} is already open in another window or program{holder}.")


_SIDE_ROLES = {"-wal": "log of changes", "-shm": "log's index", "-journal": "journal"}


def _check_side_names(path: Path, sides: tuple[str, ...] = tuple(_SIDE_ROLES)) -> None:
    """Refuse a project beside which a name SQLite keeps a file under is taken by something
    that is no file (a folder: a sync tool's conflict, an unpacked archive; a pipe, which
    SQLite would wait on for ever): SQLite's own failure blames the project ('disk I/O
    error', 'read-only', a log that does not fit)."""
    for side in sides:
        other = path.with_name(path.name + side)
        try:
            mode = os.stat(other).st_mode
        except OSError:
            continue  # not there (or a dangling link): SQLite makes it as it needs it
        if stat.S_ISREG(mode):
            continue
        kind = "a folder" if stat.S_ISDIR(mode) else "a pipe or a device"
        raise ProjectError(
            f"{other.name}, beside {path.name}, is {kind}, not a file: SQLite keeps the "
            f"project's {_SIDE_ROLES[side]} under that name, so {path.name} cannot be opened. "
            f"Move or rename {other.name} and open the project again; it was not changed."
        )


def open_engine(path: Path, *, create: bool) -> tuple[Engine, ProjectLock]:
    """Check, lock, migrate and open a project; returns the engine and the held lock."""
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise ProjectError(f"There is no project at {path}.")
    if exists and path.is_dir():
        raise NotAProjectError(f"{path} is a folder, not a Factlane project.")
    if not exists and path.is_symlink():
        # a link the analyst keeps to where the project lives: that place is not there now
        target = Path(os.path.realpath(path))
        if not target.parent.is_dir():
            raise ProjectError(
                f"{path.name} is a link to {target}, and the folder {target.parent} does not "
                "exist (a drive or share not connected?), so the project cannot be opened or "
                "made there. The link was left as it is."
            )
    if not exists:
        _check_room_beside(path, "-journal")  # SQLite's, as the project is made
    _check_side_names(path)
    left_behind: bool | None = None
    empty = False
    try:
        if exists:
            empty = not check_header(path)
    except NotAProjectError:
        # A project another process is still creating has SQLite's header but not yet
        # Factlane's mark: that process holds the lock, and the project is open there.
        if lock_path_for(path).exists():
            probe = ProjectLock(path)
            try:
                probe.acquire()
            except LockHeldError as exc:
                raise _locked_error(path, exc) from exc
            except OSError:
                pass  # the lock cannot be tried here; the header's verdict stands
            else:
                try:
                    left_behind = _creation_left_behind(path)
                finally:
                    probe.release()
        if left_behind is None:
            raise
    if empty:
        _refuse_if_being_created(path)
        raise NotAProjectError(_empty_message(path))
    if exists and (refusal := _unwritable_error(path)) is not None:
        raise refusal

    lock = _lock(path)
    creating = False
    try:
        if path.exists():
            _pin(lock, path)
        # Read again under the lock: another process may have created the file meanwhile.
        if left_behind is not None:
            is_project = left_behind
        else:
            is_project = check_header(path) if path.exists() else False
        creating = not is_project
        revisions = known_revisions()
        if is_project:
            _check_log(path)
        current = _read_revision(path) if is_project else None
        if current is not None and current not in revisions:
            raise NewerVersionError(
                f"{path.name} was saved by a newer version of Factlane (schema {current}); "
                "update Factlane to open it. The file was not changed."
            )
        if is_project and current is None:
            raise DamagedProjectError(
                f"{path.name} has no schema version, so it cannot be opened; it was not "
                "changed. Use a backup or a Save As copy of the project."
            )
        if current is not None and current != revisions[-1]:
            _keep_before_update(path, _free_backup_name(path, current))
        engine = _make_engine(path)
        try:
            _migrate(engine, fresh=not is_project)
            # Put the header (application_id) into the main file at once, so any other process
            # that checks it while this one holds the project sees a Factlane file. An existing
            # project already has it there: on a full disk the checkpoint may fail, and the
            # analyst must still be able to open and read what was saved.
            _pin(lock, path)  # a new project exists only now
            with engine.connect() as conn:
                if is_project:
                    with contextlib.suppress(OperationalError):
                        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                else:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            error = database_error(path, exc)
            if creating:
                # "the last change was not saved; everything saved before it is still
                # there" would speak of a project that never was
                error = type(error)(
                    f"{path.name} could not be created ({exc.orig}); nothing of it was left. "
                    "Choose another place, or free some space there if its disk is full."
                )
            elif type(error) is ProjectError:
                error = DamagedProjectError(f"{path.name} could not be opened: {exc.orig}")
            raise error from exc
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        if creating:
            # A creation stopped midway (a full disk) leaves SQLite's header and no tables:
            # a file every later open would refuse as another program's. It is ours, made
            # under the lock still held, and holds nothing: it goes. Where a link led to it,
            # the file goes and the link, the analyst's, stays.
            made = Path(os.path.realpath(path))
            for name in (made.name, *(made.name + side for side in ("-wal", "-shm", "-journal"))):
                with contextlib.suppress(OSError):
                    made.with_name(name).unlink(missing_ok=True)
        lock.release()
        raise
    _remove_stale_unfinished(path)
    return engine, lock


def _remove_stale_unfinished(path: Path) -> None:
    """Remove what a crashed Save As or a crashed copy before an update left in the folder of
    ``path``, which is being opened under its lock: '<name>.unfinished' (Save As writes the
    copy there and renames it over <name> once whole) and '<project>.schema-*.bak.unfinished',
    with their journals. Only files of ours (empty, or an SQLite file SQLite had begun) that
    nobody is writing now: the project whose lock the writing held is free (this project's
    own is held here), and that lock file, made by a Save As to a name that never came to be,
    goes with them. Without this such a file stayed until the next Save As or update there."""
    try:
        left = sorted(path.parent.glob(f"*{_UNFINISHED}"))
    except OSError:
        return
    for unfinished in left:
        name = unfinished.name[: -len(_UNFINISHED)]
        if name.endswith(".bak") and ".schema-" in name:
            name = name[: name.rindex(".schema-")]
        owner = unfinished.with_name(name)
        try:
            if unfinished.is_symlink() or not unfinished.is_file():
                continue
            with open(unfinished, "rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
        except OSError:
            continue
        if head and head != _SQLITE_MAGIC:
            continue  # not a copy SQLite was writing: not ours to remove
        if owner == path:
            _remove_side_files(unfinished, with_file=True)
            continue
        if not lock_path_for(owner).exists():
            continue  # every writer of such a file holds its owner's lock, in a file
        probe = ProjectLock(owner)
        try:
            probe.acquire()
        except (LockHeldError, OSError):
            continue  # being written now
        try:
            _remove_side_files(unfinished, with_file=True)
            if not owner.exists() and not owner.is_symlink():
                probe.path.unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            probe.release()


def read_only_uri(path: Path) -> str:
    """The SQLite URI that opens ``path`` to read only, through its log."""
    return _sqlite_uri(path, mode="ro")


def set_log_aside(path: Path, why: str) -> Path | None:
    """Rename the project's write-ahead log to '<name>-wal.<why> <time>' beside it (its index
    goes: it is made anew), so that opening the project does not merge it; the renamed file
    is returned, None when there was no log or it could not be renamed. Call under the
    project's lock with no connection of this process open on it."""
    wal = path.with_name(path.name + "-wal")
    stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
    aside = wal.with_name(f"{wal.name}.{why} {stamp}")
    try:
        os.replace(wal, aside)
    except OSError:
        return None
    with contextlib.suppress(OSError):
        path.with_name(path.name + "-shm").unlink()
    _sync_folder(path.parent)
    return aside


def _sqlite_uri(path: Path, **params: str) -> str:
    """An SQLite URI for ``path`` (percent-encoded, so '?', '#' and '%' in a name stay a name)."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{path.resolve().as_uri()}?{query}"


@dataclass(frozen=True, slots=True)
class ReadOnlySource:
    """How a project opened read-only is read: the SQLite URI, and the private copy it points
    to when the project itself cannot be read in place (see :func:`read_only_source`)."""

    uri: str
    snapshot: Path | None = None
    #: "shared" reads the file as it is, seeing what another window saves; "immutable" tells
    #: SQLite that nothing can change the file (a read-only disk); "snapshot" reads a copy.
    access: Literal["shared", "immutable", "snapshot"] = "shared"

    def discard(self) -> None:
        if self.snapshot is not None:
            shutil.rmtree(self.snapshot, ignore_errors=True)


def read_only_source(path: Path) -> ReadOnlySource:
    """Choose how to read a project without writing a byte of it.

    ``mode=ro`` is the normal way: it sees changes another window commits, through the
    write-ahead log. But a WAL-mode file needs its ``-shm`` index beside it, and SQLite cannot
    create that on a read-only disk or in a folder it may not write. There, when no ``-wal``
    holds unsaved-to-the-main-file changes, ``immutable=1`` reads the main file alone (nothing
    can change a file on a read-only disk). When a ``-wal`` with changes is there too (a writer
    that ended without checkpointing), reading the main file alone would silently show an older
    project, so the file and its log are copied to a private folder and the copy is read.
    """
    shared = _sqlite_uri(path, mode="ro")
    try:
        con = sqlite3.connect(shared, uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return ReadOnlySource(shared)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        # "unable to open": no -shm can be made (a read-only disk or folder); "disk I/O
        # error": none can be grown (a full disk). Either way the file may be read alone.
        if not any(m in str(exc).lower() for m in ("unable to open", "disk i/o error")):
            raise DamagedProjectError(f"{path.name} cannot be read: {exc}") from exc
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return ReadOnlySource(_sqlite_uri(path, mode="ro", immutable="1"), access="immutable")
    snapshot = Path(tempfile.mkdtemp(prefix="factlane-read-only-"))
    try:
        copy = snapshot / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    except OSError as exc:
        shutil.rmtree(snapshot, ignore_errors=True)
        raise ProjectError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    return ReadOnlySource(_sqlite_uri(copy, mode="ro"), snapshot, access="snapshot")


def open_read_only_engine(path: Path) -> tuple[Engine, ReadOnlySource]:
    """Open a project for reading only: no lock taken, no migration, no byte written to it.

    A newer project is refused as by :func:`open_engine`; an older one too, since updating it
    is a write (it opens read-only once a writable copy or this Factlane has updated it).
    """
    path = Path(path)
    if not path.exists():
        raise ProjectError(f"There is no project at {path}.")
    if path.is_dir():
        raise NotAProjectError(f"{path} is a folder, not a Factlane project.")
    if not check_header(path):
        raise NotAProjectError(_empty_message(path))
    source = read_only_source(path)
    try:
        revision, revisions = _readable_revision(path, source.uri)
        if revision != revisions[-1]:
            raise OlderVersionReadOnlyError(
                f"{path.name} was saved by an older version of Factlane and must be updated "
                "before it can be read, which needs writing to it. Open it once where it can be "
                "written (or open a copy in a folder you can write to). The file was not changed."
            )
        engine = _make_read_only_engine(source.uri)
    except BaseException:
        source.discard()
        raise
    return engine, source


def tidy_after_reading(path: Path, *, read_here: bool = False) -> None:
    """Remove the ``-wal`` and ``-shm`` that reading a project read-only left beside it, once
    no Factlane holds it. Call after the reading connections are closed; ``read_here`` says
    that another store of this process still reads it in place.

    A read-only connection makes both files and may not remove them; the window that holds
    the project removes them when it closes last, but when it closes first (or there is no
    such window) they stay, and the log may still hold that window's last changes if a read
    was under way as it closed: a copy of the project file alone would then lack them. Here
    the log is moved into the file by a connection that may write, under the project's lock,
    and the last connection's closing removes both. A project marked read-only is not
    written at all: its two files, which hold nothing then, are removed once no connection
    of any process has them open. Left as they are when another window or program holds
    the project (its closing tidies them), when the log holds changes of a Factlane that
    never closed the project (the next open for writing checks that log before merging it),
    or when the folder cannot be written.
    """
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() and not path.with_name(path.name + "-shm").exists():
        return
    if not lock_path_for(path).exists() and _unwritable_error(path) is not None:
        # A project marked read-only with no lock file beside it: no Factlane has it open
        # for writing (one that does keeps its lock file), and tidying it must not leave a
        # lock file of its own where there was none.
        with contextlib.suppress(ProjectError, OSError):
            changes = wal.exists() and wal.stat().st_size > _WAL_HEADER_BYTES
            if check_header(path) and not changes and not read_here:
                _remove_unused_side_files(path)
        return
    try:
        lock = _lock(path)
    except ProjectError:
        return
    try:
        _pin(lock, path)
        if not check_header(path):
            return
        changes = wal.exists() and wal.stat().st_size > _WAL_HEADER_BYTES
        if _unwritable_error(path) is not None:
            if not changes and not read_here:
                _remove_unused_side_files(path)
            return
        if changes and not _closed_in_log(path):
            return
        con = sqlite3.connect(_sqlite_uri(path, mode="rw"), uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            con.close()  # the last connection: SQLite removes the log and its index
    except (ProjectError, sqlite3.Error, OSError):
        pass  # left as they were: the next open for writing deals with them
    finally:
        lock.release()


#: The byte of a ``-shm`` file on which every SQLite connection that has it open holds a
#: shared lock while it does (SQLite's "dead man switch", os_unix.c: UNIX_SHM_DMS).
_SHM_IN_USE_BYTE = 128


def _remove_unused_side_files(path: Path) -> None:
    """Remove an empty ``-wal`` and its ``-shm`` beside a project no connection has open:
    one of another process would hold a shared lock on the index's in-use byte, so taking
    that byte exclusively, held until both are gone, shows none does (POSIX systems only;
    elsewhere they stay). The caller holds the project's lock and knows that no connection
    of this process reads the project (closing a descriptor drops this process's locks)."""
    if fcntl is None:
        return
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    try:
        fd = os.open(shm, os.O_RDWR)
    except FileNotFoundError:
        wal.unlink(missing_ok=True)  # no index: no connection reads through the log
        return
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_IN_USE_BYTE, os.SEEK_SET)
        except OSError:
            return  # another process reads the project through them
        wal.unlink(missing_ok=True)
        shm.unlink()
    finally:
        os.close(fd)


def _closed_in_log(path: Path) -> bool:
    """Whether the project read with its log says the Factlane that changed it closed it."""
    return _setting_read_only(path, SESSION_KEY) == "closed"


@dataclass(frozen=True, slots=True)
class ReadingEngine:
    """A project opened by :func:`open_engine_for_reading`: the engine, how it is read, the
    project's lock when this process holds it for the reading (release it after disposing of
    the engine), and why the project is read-only."""

    engine: Engine
    source: ReadOnlySource
    lock: ProjectLock | None
    reason: ReadOnlyReason
    #: what the analyst is told on opening (see left_open_warning)
    warnings: tuple[str, ...] = ()


def open_engine_for_reading(path: Path) -> ReadingEngine:
    """Open a project to read it only (the command line's listings and exports): not a byte
    of it, nor a file beside it but its lock, is written, and an older project is read
    through an updated private copy rather than updated in place.

    When no other window or process holds the project, its lock is held while it is read, so
    nothing can change it meanwhile and SQLite may read it as unchanging, which makes no
    ``-wal`` and ``-shm`` files beside it. A ``-wal`` that a Factlane ended without closing
    left with changes is not merged into the file (that is a write): the file and its log are
    copied to a private folder and the copy is read, after the log is checked to fit the file
    as an open for writing checks it. A project another window holds (or whose folder takes
    no lock file) is read as :func:`open_read_only_engine` reads it.
    """
    path = Path(path)
    if not path.exists():
        raise ProjectError(f"There is no project at {path}.")
    if path.is_dir():
        raise NotAProjectError(f"{path} is a folder, not a Factlane project.")
    # A file that is no project (or a pipe, which the pin would wait on) is refused before a
    # lock file is made beside it.
    if not check_header(path):
        _refuse_if_being_created(path)
        raise NotAProjectError(_empty_message(path))
    _check_side_names(path, ("-wal",))  # read, or copied to be read, with the file
    if not lock_path_for(path).exists() and _unwritable_error(path) is not None:
        # Marked read-only (an archived story) with no lock file beside it: no Factlane has
        # it open for writing, and reading it makes no lock file there. It is read as a
        # read-only window reads it; what SQLite makes for that goes when it is closed. An
        # older one is read through an updated private copy, under the lock, as below.
        try:
            engine, source = open_read_only_engine(path)
        except OlderVersionReadOnlyError:
            pass
        else:
            left_open = left_open_without_log(path)
            warnings = (left_open_warning(path),) if left_open else ()
            return ReadingEngine(engine, source, None, "unwritable", warnings)
    try:
        lock = _lock(path)
    except ProjectLockedError:
        engine, source = open_read_only_engine(path)
        return ReadingEngine(engine, source, None, "locked")
    except ProjectWriteError:
        engine, source = open_read_only_engine(path)
        return ReadingEngine(engine, source, None, "unwritable")
    try:
        try:
            _pin(lock, path)
        except ProjectLockedError:
            lock.release()
            engine, source = open_read_only_engine(path)
            return ReadingEngine(engine, source, None, "locked")
        if not check_header(path):  # again under the lock: it may have been replaced
            raise NotAProjectError(_empty_message(path))
        left_open = left_open_without_log(path)
        source = _checked_for_reading(path, _held_source(path))
        try:
            engine = _make_read_only_engine(source.uri)
        except BaseException:
            source.discard()
            raise
    except BaseException:
        lock.release()
        raise
    return ReadingEngine(
        engine, source, lock, "requested", (left_open_warning(path),) if left_open else ()
    )


def _held_source(path: Path) -> ReadOnlySource:
    """How a project whose lock this process holds is read without writing beside it."""
    wal = path.with_name(path.name + "-wal")
    try:
        changes = wal.stat().st_size > _WAL_HEADER_BYTES
    except OSError:
        changes = False
    if not changes:
        return ReadOnlySource(_sqlite_uri(path, mode="ro", immutable="1"), access="immutable")
    snapshot = _private_folder(path)
    copy = snapshot / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(wal.name))
        _check_log(copy)
    except OSError as exc:
        shutil.rmtree(snapshot, ignore_errors=True)
        raise ProjectError(
            f"{path.name} could not be copied to be read ({exc.strerror or exc}); it was not "
            "changed."
        ) from exc
    except BaseException:
        shutil.rmtree(snapshot, ignore_errors=True)
        raise
    return ReadOnlySource(_sqlite_uri(copy, mode="ro"), snapshot, access="snapshot")


def _private_folder(path: Path) -> Path:
    try:
        return Path(tempfile.mkdtemp(prefix="factlane-read-"))
    except OSError as exc:
        raise ProjectError(
            f"{path.name} cannot be read: no private folder could be made for a copy of it "
            f"({exc.strerror or exc}). It was not changed."
        ) from exc


def _readable_revision(path: Path, uri: str) -> tuple[str, list[str]]:
    """The project's schema revision and the revisions this Factlane knows, oldest first; a
    project with no revision, or one saved by a newer Factlane, is refused with the reason."""
    revision = _revision_at(path, uri)
    revisions = known_revisions()
    if revision is None:
        raise DamagedProjectError(
            f"{path.name} has no schema version, so it cannot be opened; it was not "
            "changed. Use a backup or a Save As copy of the project."
        )
    if revision not in revisions:
        raise NewerVersionError(
            f"{path.name} was saved by a newer version of Factlane (schema {revision}); "
            "update Factlane to open it. The file was not changed."
        )
    return revision, revisions


def _checked_for_reading(path: Path, source: ReadOnlySource) -> ReadOnlySource:
    """How to read the project once its schema is known: as ``source`` says, or, for an
    older project, through a private copy updated to this Factlane's schema (the project
    itself is left as it is). Discards ``source`` when it fails or is replaced."""
    try:
        revision, revisions = _readable_revision(path, source.uri)
        if revision == revisions[-1]:
            return source
        snapshot = source.snapshot or _private_folder(path)
        updated = ReadOnlySource(
            _sqlite_uri(snapshot / path.name, mode="ro", immutable="1"), snapshot, "snapshot"
        )
    except BaseException:
        source.discard()
        raise
    try:
        copy = snapshot / path.name
        if source.snapshot is None:
            try:
                backup_file(path, copy, source_uri=source.uri)
            except (sqlite3.Error, OSError) as exc:
                raise ProjectError(
                    f"{path.name} was saved by an older version of Factlane; it is read "
                    f"through an updated copy, which could not be written ({exc}). It was "
                    "not changed."
                ) from exc
        engine = _make_engine(copy)
        try:
            _migrate(engine, fresh=False)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (DatabaseError, OperationalError) as exc:
            raise DamagedProjectError(
                f"{path.name} was saved by an older version of Factlane and a copy of it "
                f"could not be updated to be read ({exc.orig}). It was not changed."
            ) from exc
        finally:
            engine.dispose()
    except BaseException:
        updated.discard()
        raise
    return updated


def _revision_at(path: Path, uri: str) -> str | None:
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DamagedProjectError(f"{path.name} cannot be read: {exc}") from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        if "disk i/o error" in str(exc).lower():
            # the disk failed the reading (full, or gone), not the file its contents
            raise ProjectWriteError(
                f"{path.name} could not be read ({exc}): is its disk full or gone? It was "
                "not changed."
            ) from exc
        raise DamagedProjectError(
            f"{path.name} is damaged and cannot be opened ({exc}). It was not changed; use a "
            "backup or a Save As copy of the project."
        ) from exc
    finally:
        con.close()


def _make_read_only_engine(uri: str) -> Engine:
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_S)

    # The URL only names the dialect; every connection comes from ``connect``. The pool is
    # given explicitly: for a URL without a file SQLAlchemy would pick one meant for :memory:.
    engine = create_engine(
        "sqlite://", creator=connect, poolclass=QueuePool, pool_size=4, max_overflow=4
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        # A second guard beside mode=ro: SQLite refuses any statement that would change the file.
        cur.execute("PRAGMA query_only=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _migrate(engine: Engine, *, fresh: bool) -> None:
    """Bring the schema to head in one transaction (all or nothing)."""
    # Asked first, apart: the checks around a schema change read every table, which an open
    # of an up-to-date project must not pay for (nor fail on one damaged table).
    with engine.connect() as conn:
        current = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if current is not None:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            if row is not None and row[0] == head_revision():
                return
    with _schema_change(engine) as conn:
        if fresh:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        _run_alembic_upgrade(conn, "head")
        if not fresh:
            # Groups and pairs are derived from the figures as the old schema read them; the
            # new columns can change them (0005: a denied number is compared in no conflict;
            # 0006: a projection only with other projections).
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('conflicts_stale', '1')"
            )


@contextlib.contextmanager
def _schema_change(engine: Engine) -> Iterator[Any]:
    """One transaction for changing the schema, with foreign keys enforced at its end only.

    SQLite alters most columns by copying a table and dropping the original. With foreign keys
    on, dropping a table first deletes its rows, and ON DELETE CASCADE then empties every table
    that refers to it (0005 copying `figure` emptied `figure_pair`; a copy of `article` would
    take every fact). The switch only works outside a transaction, so it is set around one,
    and the references are checked before it commits instead.
    """
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                broken_before = _foreign_key_violations(conn)
                yield conn
                broken_after = _foreign_key_violations(conn)
                if broken_after > broken_before:
                    raise DatabaseError(
                        "schema update",
                        None,
                        sqlite3.IntegrityError(
                            f"the update would leave {broken_after - broken_before} rows "
                            "pointing at rows that are not there; nothing was changed"
                        ),
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def _foreign_key_violations(conn: Any) -> int:
    return len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def _run_alembic_upgrade(conn: Any, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def upgrade_to(engine: Engine, revision: str) -> None:
    """Test and tooling hook: migrate an engine's file to a given revision."""
    with _schema_change(engine) as conn:
        _run_alembic_upgrade(conn, revision)


def integrity_check(path: Path) -> str:
    """`PRAGMA integrity_check` of a file, read-only ('ok' when healthy). Like
    :func:`_read_revision`, it makes no ``-wal`` and ``-shm`` beside a file that has none
    (nobody has it open then), which a read-only connection could not remove."""
    wal = Path(path).with_name(Path(path).name + "-wal")
    uri = (
        _sqlite_uri(path, mode="ro")
        if wal.exists()
        else _sqlite_uri(path, mode="ro", immutable="1")
    )
    con = sqlite3.connect(uri, uri=True)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)
    finally:
        con.close()


@contextlib.contextmanager
def raw_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """The underlying sqlite3 connection (for the backup API)."""
    conn = engine.raw_connection()
    try:
        driver = conn.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        yield driver
    finally:
        conn.close()
