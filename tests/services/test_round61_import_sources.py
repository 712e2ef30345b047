"""Import round 61: the project imports a web address and a paste as it imports a file.

Pages come from a site on this computer (tests/ingest/test_round61_site.py), never the internet.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from desktop.services.project import ProjectService
from tests.ingest.test_round61_fetch import BROWSER_HTML, BROWSER_TEXT
from tests.ingest.test_round61_site import LocalSite, local_site


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with local_site() as running:
        yield running


def test_a_web_address_is_imported_named_by_the_address(
    project: ProjectService, site: LocalSite
) -> None:
    address = site.url("/news/ferry-fire")
    steps: list[str] = []
    outcome = project.import_file(address, stage=steps.append)
    assert outcome.status == "imported" and outcome.path == address
    assert steps[0] == "fetching" and "extracting" in steps
    detail = project.article(outcome.article_id or 0)
    assert detail.record.path == address
    assert detail.record.url == address
    assert detail.record.title == "Ferry to Tarrowby halted after engine fire"
    assert str(detail.record.published) == "2025-03-14"
    assert any("Friday" in f.text for f in project.facts(article_id=detail.record.id))
    # fetched again: the same bytes, already in the project
    again = project.import_file(address)
    assert again.status == "duplicate" and again.article_id == outcome.article_id


def test_a_failed_fetch_stores_nothing_and_says_why(
    project: ProjectService, site: LocalSite
) -> None:
    outcomes = project.import_files([site.url("/gone"), site.url("/subscribers")])
    assert [o.status for o in outcomes] == ["failed", "failed"]
    assert project.articles() == []
    assert outcomes[0].line() == (
        f"failed     {site.url('/gone')}: the site has no page at this address (404 Not "
        "Found); check the address, or the page may have been taken down"
    )
    assert "subscribers only" in outcomes[1].message


def test_a_cancelled_fetch_stores_nothing(project: ProjectService, site: LocalSite) -> None:
    outcome = project.import_file(site.url("/news/ferry-fire"), cancelled=lambda: True)
    assert outcome.status == "cancelled"
    assert project.articles() == []


def test_files_and_addresses_in_one_batch(project: ProjectService, site: LocalSite) -> None:
    outcomes = project.import_files([site.url("/council/notes"), site.url("/old/ferry")])
    assert [o.status for o in outcomes] == ["imported", "imported"]
    urls = {a.url for a in project.articles()}
    # the redirect's target is the page's address
    assert urls == {site.url("/council/notes"), site.url("/news/ferry-fire")}


def test_a_paste_is_stored_as_pasted_and_recognised_again(project: ProjectService) -> None:
    when = datetime(2026, 11, 29, 12, 3)
    outcome = project.import_paste(BROWSER_TEXT, BROWSER_HTML, when=when)
    assert outcome.status == "imported"
    detail = project.article(outcome.article_id or 0)
    assert detail.record.path == "Pasted 29 Nov 2026 12:03"
    assert detail.record.title == "Ferry to Tarrowby halted after engine fire"
    assert detail.record.author == "Mina Okafor"
    assert project.store.document_bytes(detail.record.id) == BROWSER_HTML.encode("utf-8")
    again = project.import_paste(BROWSER_TEXT, BROWSER_HTML, when=datetime(2026, 11, 29, 12, 9))
    assert again.status == "duplicate" and again.article_id == outcome.article_id
    assert len(project.articles()) == 1


def test_a_bad_paste_stores_nothing(project: ProjectService) -> None:
    outcome = project.import_paste("\x00\x01\x02\x03" * 100)
    assert outcome.status == "failed"
    assert "is not text an article is made of" in outcome.message
    assert project.articles() == []
