"""A Factlane killed while creating a project leaves a file the next one can finish."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.storage.lock import lock_path_for
from desktop.storage.project import NotAProjectError
from desktop.storage.store import ProjectStore


def _empty_database(path: Path, *, table: bool = False) -> None:
    """What SQLite leaves when the creating transaction never committed: a header, no mark."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        if table:
            con.execute("CREATE TABLE notes (body TEXT)")
            con.commit()
    finally:
        con.close()


def test_a_creation_killed_before_it_committed_is_started_again(tmp_path: Path) -> None:
    project = tmp_path / "Crash.factlane"
    _empty_database(project)
    lock_path_for(project).touch()  # the killed process's lock file, no longer held
    with ProjectStore.open(project) as store:
        assert store.articles() == []
    with ProjectStore.open(project) as store:  # and it is a project from now on
        assert store.articles() == []


def test_an_empty_database_of_another_program_stays_refused(tmp_path: Path) -> None:
    other = tmp_path / "Other.factlane"
    _empty_database(other)  # no Factlane lock beside it: not ours to take over
    with pytest.raises(NotAProjectError, match="another program"):
        ProjectStore.open(other)


def test_a_database_with_tables_and_no_mark_stays_refused_even_with_a_lock(
    tmp_path: Path,
) -> None:
    other = tmp_path / "Other.factlane"
    _empty_database(other, table=True)
    lock_path_for(other).touch()
    with pytest.raises(NotAProjectError, match="another program"):
        ProjectStore.open(other)
    con = sqlite3.connect(other)
    try:
        assert con.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    finally:
        con.close()
