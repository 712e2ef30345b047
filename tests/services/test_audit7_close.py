"""Audit round 7: an import or a re-extraction running in the background when the project is
closed (the analyst cancels, then closes the window at once).

The worker may be anywhere in an article: reading it, extracting it, or inside the
transaction that stores it. Closing waits for a transaction under way, then lets go of the
project; an article the worker finishes afterwards is not written (through a connection that
no longer holds the project's lock) but reported cancelled, and the worker ends without an
error. The project keeps exactly the articles that were stored, and opens at once elsewhere.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

import desktop.services.project as service_module
from desktop.services.project import ImportOutcome, ProjectService
from desktop.storage.project import integrity_check

STORY = """Bridge repairs delayed again, day {n}

Published {day} April 2025

Repairs to the Olden bridge were delayed on Monday after 1{n} more cracks were found, the
roads agency said on Tuesday.
"""


def _articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"bridge{n:02}.txt"
        path.write_text(STORY.format(n=n, day=1 + n % 28), encoding="utf-8")
        paths.append(path)
    return paths


def test_closing_while_an_import_is_mid_article_keeps_what_was_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _articles(tmp_path / "in", 12)
    project = tmp_path / "Olden.factlane"
    service = ProjectService.open(project, create=True)
    extracting = threading.Event()
    closed = threading.Event()
    real_extract = service_module.extract
    calls = [0]

    def slow_extract(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == 4:
            extracting.set()  # the window closes while this article is being extracted
            assert closed.wait(30)
        return real_extract(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service_module, "extract", slow_extract)
    result: list[list[ImportOutcome]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            # no cancel is heard: the hardest case, a worker that goes on to store the article
            result.append(service.import_files(paths))
        except BaseException as exc:  # reported by the test
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert extracting.wait(60)
    service.close()
    closed.set()
    worker.join(60)
    assert not worker.is_alive()
    assert errors == []
    statuses = [o.status for o in result[0]]
    assert statuses[:3] == ["imported"] * 3
    assert statuses[3] == "cancelled"
    with ProjectService.open(project) as again:  # the lock was let go
        assert len(again.articles()) == statuses.count("imported")
    assert integrity_check(project) == "ok"


def test_closing_during_a_reading_again_leaves_the_rest_marked_for_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _articles(tmp_path / "in", 6)
    project = tmp_path / "Olden.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files(paths)

    con = sqlite3.connect(project)
    con.execute("UPDATE article SET extractor_version = 0")
    con.commit()
    con.close()
    service = ProjectService.open(project)
    reading = threading.Event()
    closed = threading.Event()
    real = service_module._extract_again
    calls = [0]

    def slow(detail: object) -> object:
        calls[0] += 1
        if calls[0] == 3:
            reading.set()
            assert closed.wait(30)
        return real(detail)  # type: ignore[arg-type]

    monkeypatch.setattr(service_module, "_extract_again", slow)
    result: list[object] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            result.append(service.reextract_stale())
        except BaseException as exc:  # reported by the test
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert reading.wait(60)
    service.close()
    closed.set()
    worker.join(60)
    assert errors == []
    with ProjectService.open(project) as again:
        assert len(again.store.stale_articles()) == 4
    assert integrity_check(project) == "ok"
