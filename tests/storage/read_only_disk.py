"""A folder made unwritable the way a read-only disk is, for tests of read-only projects.

Permissions do it for an ordinary user. Root writes through permissions, so for root the folder
is bind-mounted read-only over itself, which stops root too (the machine must allow mounts).
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path


def _is_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """While inside, nothing in ``folder`` can be written or created by this process."""
    folder = folder.resolve()
    if _is_root():
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
            yield
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return
    modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
    try:
        for p in modes:
            p.chmod(stat.S_IMODE(modes[p]) & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(stat.S_IMODE(mode))


def writes_refused(folder: Path) -> bool:
    """Whether writing in ``folder`` really fails (the check the tests start from)."""
    try:
        (folder / ".probe").write_bytes(b"x")
    except OSError:
        return True
    (folder / ".probe").unlink()
    return False
