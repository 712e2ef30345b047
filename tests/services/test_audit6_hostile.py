"""Audit round 6: hostile files in one batch through the import the window uses.

Each bad file fails on its own with a message naming it, the good ones around it are
imported, and nothing of a failed file is stored (no article, document or row of it).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.services.files import article_files
from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check

GOOD = """Kell Bridge closed after flood

Published 9 April 2026

The river rose two metres on Monday, the county said. About 300 people left their homes
in the lower town, and the bridge will stay shut until Friday.
"""


def _hostile(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    files = {
        # random bytes, with a NUL in the first few, named as a saved page
        "noise": folder / "noise.html",
        "deep": folder / "deep.html",
        "utf16": folder / "utf16.txt",
        "good": folder / "good.txt",
        "good_page": folder / "good_page.html",
    }
    files["noise"].write_bytes(b"\x89\x00\x13" + os.urandom(40_000))
    # ten thousand levels of nesting around one sentence: read, without hanging
    files["deep"].write_text(
        "<html><head><title>Deep page</title></head><body>"
        + "<div>" * 10_000
        + "<p>On Tuesday the mayor said 12 bridges were closed.</p>"
        + "</div>" * 10_000
        + "</body></html>",
        encoding="utf-8",
    )
    # UTF-16 with no byte-order mark, as some Windows tools save text
    files["utf16"].write_bytes(GOOD.replace("Kell", "Orrin").encode("utf-16-le"))
    files["good"].write_text(GOOD, encoding="utf-8")
    files["good_page"].write_text(
        "<html><head><title>Tarrow levee holds</title></head><body><p>"
        "The levee at Tarrow held on Wednesday, engineers said, after 40 volunteers "
        "worked through the night.</p></body></html>",
        encoding="utf-8",
    )
    return files


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_a_batch_of_hostile_files_fails_each_on_its_own(
    tmp_path: Path, project: ProjectService
) -> None:
    files = _hostile(tmp_path / "batch")
    # a folder that links back to itself and to its parent is walked once
    loop = tmp_path / "batch" / "loop"
    loop.mkdir()
    (loop / "again").symlink_to(loop, target_is_directory=True)
    (loop / "up").symlink_to(tmp_path / "batch", target_is_directory=True)
    entries, notes = article_files([tmp_path / "batch"])
    paths = [p for p, problem in entries if problem is None]
    assert sorted(p.name for p in paths) == sorted(p.name for p in files.values())
    assert notes == []

    heard: list[tuple[int, int, str]] = []
    outcomes = project.import_files(
        paths, progress=lambda i, n, o: heard.append((i, n, Path(o.path).name))
    )
    by_name = {Path(o.path).name: o for o in outcomes}
    assert by_name["noise.html"].status == "failed"
    assert "noise.html" in by_name["noise.html"].message
    assert "binary" in by_name["noise.html"].message
    for name in ("deep.html", "utf16.txt", "good.txt", "good_page.html"):
        assert by_name[name].status == "imported", (name, by_name[name].message)
    assert [h[:2] for h in heard] == [(i, len(paths)) for i in range(1, len(paths) + 1)]

    titles = {a.title for a in project.articles()}
    assert titles == {
        "Deep page",
        "Orrin Bridge closed after flood",
        "Kell Bridge closed after flood",
        "Tarrow levee holds",
    }
    utf16 = project.article(by_name["utf16.txt"].article_id or 0)
    assert "About 300 people" in utf16.text
    # nothing of the refused file: one document per article, no orphan rows
    assert _count(project.path, "document") == _count(project.path, "article") == 4
    assert integrity_check(project.path) == "ok"


@pytest.mark.slow
def test_a_50_mb_page_is_refused_and_the_next_file_imported(
    tmp_path: Path, project: ProjectService
) -> None:
    big = tmp_path / "archive_dump.html"
    paragraph = "<p>The council said on Monday that 40 homes were flooded.</p>\n"
    with big.open("w", encoding="utf-8") as out:
        out.write("<html><head><title>Everything</title></head><body>")
        for _ in range(50 * 1024 * 1024 // len(paragraph)):
            out.write(paragraph)
        out.write("</body></html>")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    outcomes = project.import_files([big, good])
    assert [o.status for o in outcomes] == ["failed", "imported"]
    message = outcomes[0].message
    assert message.startswith("archive_dump.html: ") and "over 50 MB" in message
    assert [a.title for a in project.articles()] == ["Kell Bridge closed after flood"]
    assert _count(project.path, "document") == 1
    assert integrity_check(project.path) == "ok"


def test_cancelling_a_thousand_file_import_keeps_what_was_stored(
    tmp_path: Path, project: ProjectService
) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    paths = []
    for n in range(1000):
        path = folder / f"brief_{n:04}.txt"
        path.write_text(f"Port brief {n}\n\nThe port said {n + 5} ships docked.\n", "utf-8")
        paths.append(path)
    heard: list[int] = []
    outcomes = project.import_files(
        paths, progress=lambda i, _n, _o: heard.append(i), cancelled=lambda: len(heard) >= 25
    )
    imported = [o for o in outcomes if o.status == "imported"]
    assert len(imported) == 25 and len(outcomes) == 1000
    assert all(o.status == "cancelled" for o in outcomes[25:])
    assert heard == list(range(1, 26))
    assert len(project.articles()) == 25 == _count(project.path, "document")
    assert integrity_check(project.path) == "ok"
