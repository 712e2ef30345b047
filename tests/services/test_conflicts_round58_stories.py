"""Conflicts round 58: the app tells apart stories of the same weeks.

Round 57 taught the comparison (compare's ``about``) to split a project into stories by what
its articles are about; the services now give it each article's title and the opening of its
text. Round 57's three invented stories of October 2033 (a bridge collapse in Tarrow, a dock
strike at Port Kellin, a measles outbreak in Brenmoor: tests/analysis/
test_conflict_round57_stories.py, answers written before any run) are imported here as text
files, each with a headline of its own (written with the files, before the first run), and
must make pairs within their stories and none between them. On the services before this round
(no ``about`` passed) the bridge's "150 workers" was paired with the strike's workers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.services.project import ABOUT_CHARS, ProjectService
from tests.analysis.test_conflict_round57_stories import ARTICLES

#: a headline for each of round 57's articles, by its id, as an outlet would run it
TITLES = {
    1: "Tarrow bridge collapse kills four",
    2: "Divers find two more bodies after Tarrow bridge collapse",
    3: "Harl bridge girders were flagged as cracked in 2029",
    4: "Tarrow bridge death toll rises to seven",
    11: "Port Kellin dock workers walk out over pay",
    12: "Ships queue as Port Kellin strike goes on",
    13: "Port Kellin dockers reject pay offer",
    14: "Port Kellin strike ends with pay deal",
    21: "Measles cases climb in Brenmoor",
    22: "Brenmoor measles cases rise to 61",
    23: "Brenmoor outbreak reaches 84 cases",
    31: "Union newsletter: holding the line at Port Kellin",
}


def _write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article_id, _, published, text in ARTICLES:
        dated = f"Published {published:%d %B %Y}\n\n" if published else ""
        path = folder / f"{article_id:02d}.txt"
        path.write_text(f"{TITLES[article_id]}\n\n{dated}{text}\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("round58")
    with ProjectService.open(folder / "Stories.factlane", create=True) as service:
        service.import_files(_write(folder / "articles"))
        story_of_file = {f"{a:02d}.txt": story for a, story, _, _ in ARTICLES}
        story = {r.id: story_of_file[Path(r.path).name] for r in service.articles()}
        article_of = {f.id: f.article.id for f in service.figures()}
        pairs = [(story[article_of[p.a]], story[article_of[p.b]]) for p in service.pairs()]
        about = service._about()
        published = {Path(r.path).name: r.published for r in service.articles()}
    return {"pairs": pairs, "about": about, "published": published}


def test_the_files_are_dated_as_written(stories: dict[str, object]) -> None:
    published = stories["published"]
    assert isinstance(published, dict)
    assert published["01.txt"] == date(2033, 10, 3)
    assert published["14.txt"] == date(2033, 10, 20)


def test_no_pair_between_stories_of_the_same_weeks(stories: dict[str, object]) -> None:
    pairs = stories["pairs"]
    assert isinstance(pairs, list)
    assert [p for p in pairs if p[0] != p[1]] == []
    # the stories are compared within themselves still
    assert {p[0] for p in pairs} >= {"bridge", "strike", "measles"}


def test_the_comparison_reads_each_title_and_its_texts_opening(
    stories: dict[str, object],
) -> None:
    about = stories["about"]
    assert isinstance(about, dict) and len(about) == len(ARTICLES)
    for text in about.values():
        title, _, opening = text.partition("\n")
        assert title in TITLES.values()
        assert 0 < len(opening) <= ABOUT_CHARS


def test_a_long_text_is_read_to_its_opening_only(tmp_path: Path) -> None:
    body = "The Harl road bridge in Tarrow collapsed into the river on Sunday. " * 60
    path = tmp_path / "long.txt"
    path.write_text(f"Tarrow bridge collapse\n\nPublished 3 October 2033\n\n{body}\n")
    with ProjectService.open(tmp_path / "Long.factlane", create=True) as service:
        service.import_files([path])
        (text,) = service._about().values()
    title, _, opening = text.partition("\n")
    assert title == "Tarrow bridge collapse"
    assert len(opening) == ABOUT_CHARS and body.startswith(opening)


def test_two_stories_of_short_reports_stay_apart_in_the_app(tmp_path: Path) -> None:
    """Round 58 (4)'s two stories of one week, each told in short reports of one figure (a
    mill fire, a quarry explosion, workers injured in both): no pair between them."""
    from tests.analysis.test_conflict_round58_short_stories import REPORTS

    paths = []
    for article_id, _, day, text in REPORTS:
        title, _, body = text.partition("\n")
        path = tmp_path / f"{article_id}.txt"
        path.write_text(f"{title}\n\nPublished {day:%d %B %Y}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    story_of_file = {f"{a}.txt": story for a, story, _, _ in REPORTS}
    with ProjectService.open(tmp_path / "Short.factlane", create=True) as service:
        service.import_files(paths)
        story = {r.id: story_of_file[Path(r.path).name] for r in service.articles()}
        article_of = {f.id: f.article.id for f in service.figures()}
        pairs = [(story[article_of[p.a]], story[article_of[p.b]]) for p in service.pairs()]
    assert pairs, "each story's reports make a pair"
    assert [p for p in pairs if p[0] != p[1]] == []
