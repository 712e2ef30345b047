"""Import round 61: `factlane import https://...` fetches the page and imports it, beside files.

Pages come from a site on this computer (tests/ingest/test_round61_site.py), never the internet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_SOME_FILES_FAILED, main
from desktop.services.project import ProjectService
from tests.ingest.test_round61_site import LocalSite, local_site

STORY = (
    "Velmor Herald\n\nFerry strike enters third day\n\n"
    "On 4 March 2025 the Velmor ferry union said 310 crew had stopped work.\n"
)


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with local_site() as running:
        yield running


def test_files_and_addresses_are_imported_in_the_order_named(
    tmp_path: Path, site: LocalSite, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "strike.txt"
    story.write_text(STORY, encoding="utf-8")
    project = tmp_path / "Ferry.factlane"
    address = site.url("/news/ferry-fire")
    code = main(["import", address, str(story), "--project", str(project)])
    out = capsys.readouterr().out.splitlines()
    assert code == EXIT_OK
    assert out[0].startswith(f"imported   {address} (article ")
    assert out[1].startswith(f"imported   {story} (article ")
    with ProjectService.open(project) as opened:
        fetched = [a for a in opened.articles() if a.path == address]
        assert fetched and fetched[0].url == address
        assert fetched[0].title == "Ferry to Tarrowby halted after engine fire"


def test_an_address_that_fails_says_why_and_makes_no_project(
    tmp_path: Path, site: LocalSite, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "new.factlane"
    address = site.url("/subscribers")
    code = main(["import", address, "--project", str(project)])
    captured = capsys.readouterr()
    assert code == EXIT_SOME_FILES_FAILED
    assert captured.out.startswith(
        f"failed     {address}: the site refused to send the page (403 Forbidden)"
    )
    assert "new.factlane was not created" in captured.err
    assert not project.exists()
