"""Audit round 11: the project's lock file, beside it, when its name holds something odd.

- a lock file another account left beside a shared project (it stays when its window
  closes), which this account may not write: the project, writable, and its folder too,
  was refused for editing with 'No permission to write in FOLDER' (the folder was writable);
  the window opened it read-only for a reason that was not so. The lock is now held through
  a handle that only reads, and two windows still exclude each other;
- the lock's name a link into a folder that is not there (a link kept across a moved share):
  'The folder F does not exist' named the project's own folder, which is there;
- the lock's name a named pipe: 'S.factlane cannot be opened: File or stream is not
  seekable..'.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.project import ProjectError, ProjectLockedError, ProjectService
from desktop.storage.lock import ProjectLock, lock_path_for

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys
sys.path.insert(0, {root!r})
from desktop.services.project import ProjectError, ProjectService
path = sys.argv[1]
try:
    if sys.argv[2] == "create":
        ProjectService.open(path, create=True).close()
        print("made")
    else:
        with ProjectService.open(path) as project:
            print("open", project.store.read_only_reason, flush=True)
            if sys.argv[2] == "hold":
                sys.stdin.readline()
except ProjectError as exc:
    print("refused", type(exc).__name__, exc)
"""


def _as(uid: int | None, path: Path, what: str, **kw: object) -> subprocess.Popen[str]:
    """A child process opening ``path``, as the account ``uid`` (None: this one)."""
    command = [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(path), what]
    if uid is not None:
        command = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", *command]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw
    )  # type: ignore[call-overload]


def _run(uid: int | None, path: Path, what: str) -> str:
    child = _as(uid, path, what)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    return out.strip()


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder every account may write in, as a shared folder is."""
    folder = Path(tempfile.mkdtemp(prefix="factlane-shared-"))
    os.chmod(folder, 0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_lock_file_another_account_left_does_not_keep_a_shared_project_read_only(shared):  # type: ignore[no-untyped-def]
    path = shared / "Harbour.factlane"
    lock = lock_path_for(path)
    if os.geteuid() == 0:
        # two accounts: one made the project (its lock file stays, writable by it only), a
        # colleague opens it; the project itself is shared for writing
        first, second = 65534, 1000
        assert _run(first, path, "create") == "made"
        os.chmod(path, 0o666)
        assert lock.stat().st_uid == first and lock.stat().st_mode & 0o022 == 0
    else:
        # this account alone: its lock file left read-only is as foreign to it
        first = second = None
        assert _run(None, path, "create") == "made"
        os.chmod(lock, 0o444)
        assert not os.access(lock, os.W_OK)
    note = lock.read_text()
    holder = _as(second, path, "hold", stdin=subprocess.PIPE)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open None"  # for editing
        # held: a second window of that account, or of the first, is refused as before,
        # without the earlier holder's note (its process ended) taken for the holder's
        for uid in {first, second}:
            said = _run(uid, path, "open")
            assert said.startswith("refused ProjectLockedError"), said
            assert "already open in another window" in said and note.strip() not in said
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.communicate(timeout=60)
    assert _run(first, path, "open") == "open None"


def test_a_lock_name_linked_into_a_missing_folder_is_said_as_such(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "Harbour.factlane"
    ProjectService.open(path, create=True).close()
    before = path.read_bytes()
    lock = lock_path_for(path)
    lock.unlink()
    lock.symlink_to(tmp_path / "gone" / "Harbour.factlane.lock")
    with pytest.raises(ProjectError) as caught:
        ProjectService.open(path)
    said = str(caught.value)
    assert "Harbour.factlane.lock, beside Harbour.factlane, is a link to" in said
    assert f"The folder {tmp_path} does not exist" not in said
    assert lock.is_symlink() and path.read_bytes() == before


def test_a_lock_name_taken_by_a_pipe_is_said_as_such(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "Harbour.factlane"
    ProjectService.open(path, create=True).close()
    before = path.read_bytes()
    lock = lock_path_for(path)
    lock.unlink()
    os.mkfifo(lock)
    with pytest.raises(ProjectError) as caught:
        ProjectService.open(path)
    said = str(caught.value)
    assert said.startswith("Harbour.factlane.lock, beside Harbour.factlane, is a pipe or a device")
    assert "seekable" not in said
    assert path.read_bytes() == before
    # the lock itself refuses it, whoever asks
    with pytest.raises(OSError):
        ProjectLock(path).acquire()


def test_a_held_lock_names_its_live_holder(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "Harbour.factlane"
    with ProjectService.open(path, create=True), pytest.raises(ProjectLockedError) as caught:
        ProjectService.open(path)
    assert f"pid {os.getpid()} on " in str(caught.value)
