"""A feed or a news database's export of several articles is imported as several articles."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from desktop.ingest import read_bytes
from desktop.services.project import ImportOutcome, ProjectService
from tests.services.multi_item_documents import STORIES, rss_feed, rtf_export

TUESDAYS = ["2025-03-04", "2025-03-11", "2025-03-18"]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _tuesday(project: ProjectService, article_id: int) -> str:
    [value] = [
        f.date.value
        for f in project.facts(article_id=article_id)
        if f.timex and f.timex.text == "Tuesday"
    ]
    return value


@pytest.mark.parametrize(
    ("name", "data"), [("islands.xml", rss_feed()), ("export.rtf", rtf_export())]
)
def test_each_item_is_its_own_article_with_its_own_date_and_facts(
    project: ProjectService, tmp_path: Path, name: str, data: bytes
) -> None:
    path = _write(tmp_path, name, data)
    seen: list[tuple[int, int, ImportOutcome]] = []
    outcomes = project.import_files([path], progress=lambda i, n, o: seen.append((i, n, o)))
    assert [o.path for o in outcomes] == [f"{path}#{n}" for n in (1, 2, 3)]
    assert [o.status for o in outcomes] == ["imported"] * 3
    assert {o.file for o in outcomes} == {str(path)}
    assert [o for _, _, o in seen] == outcomes, "progress lists every item as it is stored"
    articles = sorted(project.articles(), key=lambda a: a.id)
    assert [a.id for a in articles] == [o.article_id for o in outcomes]
    assert [a.title for a in articles] == [title for title, _, _ in STORIES]
    assert [a.published for a in articles] == [day for _, day, _ in STORIES]
    assert [a.path for a in articles] == [o.path for o in outcomes]
    # "on Tuesday" is the Tuesday before each story's own publication date.
    assert [_tuesday(project, a.id) for a in articles] == TUESDAYS
    for article, (_, _, body) in zip(articles, STORIES, strict=True):
        text = project.article(article.id).text
        assert body in text
        assert not any(other in text for _, _, other in STORIES if other != body)


def test_importing_the_file_again_adds_nothing(project: ProjectService, tmp_path: Path) -> None:
    feed = _write(tmp_path, "islands.xml", rss_feed())
    export = _write(tmp_path, "export.rtf", rtf_export())
    first = project.import_files([feed, export])
    again = project.import_files([feed, export], source="Islands Desk")
    assert [o.status for o in again] == ["duplicate"] * 6
    assert [o.article_id for o in again] == [o.article_id for o in first]
    assert len(project.articles()) == 6
    # What the analyst says on the second import still applies to the stored articles.
    assert {a.source for a in project.articles()} == {"Islands Desk"}


def test_a_feed_fetched_again_with_new_items_adds_only_those(
    project: ProjectService, tmp_path: Path
) -> None:
    # The item's own content identifies it, not its place in the file: tomorrow's feed has
    # shifted by one, and an overlapping database export holds the same stories elsewhere.
    project.import_file(_write(tmp_path, "monday.xml", rss_feed(STORIES[:2])))
    later = project.import_file(_write(tmp_path, "tuesday.xml", rss_feed(STORIES[1:])))
    assert [o.status for o in later.items] == ["duplicate", "imported"]
    assert len(project.articles()) == 3


def test_cancel_after_the_first_item_keeps_it_and_stores_no_more(
    project: ProjectService, tmp_path: Path
) -> None:
    path = _write(tmp_path, "export.rtf", rtf_export())
    stored: list[ImportOutcome] = []
    outcomes = project.import_files(
        [path], progress=lambda _i, _n, o: stored.append(o), cancelled=lambda: bool(stored)
    )
    assert [o.status for o in outcomes] == ["imported", "cancelled", "cancelled"]
    [article] = project.articles()
    assert article.title == STORIES[0][0] and article.published == STORIES[0][1]
    # The rest come in when the file is imported again; the first is recognised.
    rest = project.import_files([path])
    assert [o.status for o in rest] == ["duplicate", "imported", "imported"]
    assert len(project.articles()) == 3


def test_import_file_answers_for_the_whole_file_and_lists_its_items(
    project: ProjectService, tmp_path: Path
) -> None:
    path = _write(tmp_path, "islands.xml", rss_feed())
    heard: list[ImportOutcome] = []
    outcome = project.import_file(path, item_done=heard.append)
    assert outcome.status == "imported" and outcome.path == str(path)
    assert outcome.article_id == outcome.items[0].article_id
    assert list(outcome.items) == heard and len(heard) == 3
    assert outcome.message == "3 articles: 3 imported"
    assert outcome.line().splitlines() == [o.line() for o in heard]


def test_each_item_keeps_its_own_content_hash_with_its_bytes(
    project: ProjectService, tmp_path: Path
) -> None:
    project.import_file(_write(tmp_path, "export.rtf", rtf_export()))
    hashes = set()
    for article in project.articles():
        detail = project.article(article.id)
        data = project.store.document_bytes(article.id)
        assert hashlib.sha256(data).hexdigest() == detail.sha256
        assert json.loads(data)["text"] == detail.text
        hashes.add(detail.sha256)
    assert len(hashes) == 3


def test_a_single_item_file_is_imported_as_before(project: ProjectService, tmp_path: Path) -> None:
    data = rss_feed(STORIES[1:2])
    path = _write(tmp_path, "one.xml", data)
    outcome = project.import_file(path)
    assert outcome.status == "imported" and outcome.items == () and outcome.path == str(path)
    assert outcome.article_id is not None
    assert project.article(outcome.article_id).sha256 == hashlib.sha256(data).hexdigest()
    assert project.article(outcome.article_id).record.published == date(2025, 3, 13)


def test_an_export_imported_whole_before_is_not_split_into_a_second_copy(
    project: ProjectService, tmp_path: Path
) -> None:
    data = rtf_export()
    path = _write(tmp_path, "export.rtf", data)
    earlier = project.import_article(data, read_bytes(data, path.name), str(path))
    assert earlier.status == "imported"
    [again] = project.import_files([path])
    assert again.status == "duplicate" and again.article_id == earlier.article_id
    assert "remove that article and import the file again" in again.message
    assert len(project.articles()) == 1
