"""Audit round 5: a crash while the articles are read again loses nothing.

Re-extracting the articles an older engine read (``reextract_stale``) writes one article per
transaction. The process is killed (SIGKILL, in a subprocess) between two of those commits, and
inside one (the article's old rows deleted, its new ones not yet written). The project must be
sound, each article read again whole or not at all, the analyst's work kept, and a second run
must finish the rest.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check
from desktop.storage.store import EXTRACTOR_VERSION
from tests.conftest import REPO
from tests.services.test_audit5_load import _write
from tests.services.test_audit5_upgrade import EVACUATED, EXPECTED, INJURED, _work

CHILD = r"""
import os, signal, sys
from pathlib import Path
from desktop.services.project import ProjectService
from desktop.storage.store import ProjectStore

path, where, at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
calls = 0
if where == "between":
    real_replace = ProjectStore.replace_extraction

    def replace_extraction(self, article_id, extraction, **kwargs):
        global calls
        out = real_replace(self, article_id, extraction, **kwargs)
        calls += 1
        print("committed", article_id, flush=True)
        if calls == at:
            os.kill(os.getpid(), signal.SIGKILL)
        return out

    ProjectStore.replace_extraction = replace_extraction
else:
    real_insert = ProjectStore._insert_extraction

    def _insert_extraction(self, s, article_id, extraction, **kwargs):
        global calls
        calls += 1
        if calls == at:
            # the article's old facts, figures and time expressions are deleted in the open
            # transaction; its new ones are not written yet
            print("inside", article_id, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        return real_insert(self, s, article_id, extraction, **kwargs)

    ProjectStore._insert_extraction = _insert_extraction
with ProjectService.open(path) as service:
    service.reextract_stale()
print("finished", flush=True)
"""


@pytest.fixture
def dunmere(tmp_path: Path) -> Path:
    """The fire's reports with the analyst's work, every article marked as read by an older
    engine (as after an upgrade that raises EXTRACTOR_VERSION)."""
    path = tmp_path / "Dunmere.factlane"
    with ProjectService.open(path, create=True) as service:
        service.import_files(_write(tmp_path / "articles"))
        ids = {f.figure.number_text: f.id for f in service.figures()}
        service.set_pair_decision(ids["11"], ids["17"], decision="confirmed", note="both true then")
        service.set_pair_decision(ids["17"], ids["19"], decision="dismissed", note="")
        service.set_group_decision(INJURED, accepted_value="19", note="the owner's count")
        service.link_figure(ids["260"], EVACUATED)
        fact = next(f for f in service.facts() if "Investigators" in f.text)
        service.set_fact_status(fact.id, "confirmed")
        service.set_fact_tags(fact.id, ["inquiry"])
        assert _work(service) == EXPECTED
    _sql(path, "UPDATE article SET extractor_version = ?", EXTRACTOR_VERSION - 1)
    return path


def _sql(path: Path, statement: str, *args: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(statement, args).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def _rows_per_article(path: Path) -> dict[int, tuple[int, int, int]]:
    """Each article's facts, figures and time expressions."""
    out = {}
    for (article_id,) in _sql(path, "SELECT id FROM article ORDER BY id"):
        counts = [
            _sql(path, f"SELECT count(*) FROM {table} WHERE article_id = ?", article_id)[0][0]
            for table in ("fact", "figure", "timex")
        ]
        out[int(str(article_id))] = (int(str(counts[0])), int(str(counts[1])), int(str(counts[2])))
    return out


def _killed(path: Path, where: str, at: int) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), where, str(at)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize(("where", "at", "read_again"), [("between", 1, 1), ("inside", 2, 1)])
def test_a_crash_while_reading_articles_again_loses_nothing(
    dunmere: Path, where: str, at: int, read_again: int
) -> None:
    with ProjectService.open(dunmere) as service:
        # the same engine reads the same rows: what each article should hold after
        for article in service.articles():
            service.reextract(article.id)
        whole = _rows_per_article(dunmere)
    _sql(dunmere, "UPDATE article SET extractor_version = ?", EXTRACTOR_VERSION - 1)

    said = _killed(dunmere, where, at)
    assert said[0] == ("committed" if where == "between" else "inside")
    assert "finished" not in said
    assert integrity_check(dunmere) == "ok"
    assert _sql(dunmere, "PRAGMA foreign_key_check") == []
    versions = [v for (v,) in _sql(dunmere, "SELECT extractor_version FROM article ORDER BY id")]
    assert versions.count(EXTRACTOR_VERSION) == read_again
    # each article whole: none left without its rows by the transaction the kill cut short
    assert _rows_per_article(dunmere) == whole
    # the stored conflicts are marked out of date if any article was read again
    assert _sql(dunmere, "SELECT value FROM setting WHERE key = 'conflicts_stale'") == [("1",)]

    with ProjectService.open(dunmere) as service:
        assert _work(service) == EXPECTED
        assert service.store.stale_articles()
        again = service.reextract_stale()
        assert not again.failed and len(again.reextracted) == 3 - read_again
        assert not service.store.stale_articles()
        assert _work(service) == EXPECTED
    assert _rows_per_article(dunmere) == whole
    assert integrity_check(dunmere) == "ok"
