"""UI round 53: the reports count and show possible pairs as the app does.

A possible (tentative) pair joins two figures in no group together, told so alike that they
are possibly one quantity. The app leaves them out of its count of contradictions and shows
them muted, as possible. The HTML report counted them among its open contradictions (the
demo's "6 open contradictions" where the app says 4) and listed them in red as
"contradiction"; the Markdown findings listed them among the found conflicts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.domain import is_tentative
from desktop.services.demo import build_demo
from desktop.services.export import export_project
from desktop.services.project import ProjectService


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "Demo.factlane"
    build_demo(path)
    return path


def _copy(demo: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copy(demo, tmp_path / demo.name))


def test_the_html_report_counts_and_shows_possible_pairs_apart(demo: Path, tmp_path: Path) -> None:
    with ProjectService.open(_copy(demo, tmp_path)) as project:
        pairs = project.pairs()
        found = [p for p in pairs if not is_tentative(p.reason)]
        possible = [
            p for p in pairs if is_tentative(p.reason) and p.relation in ("contradiction", "update")
        ]
        possible_contradictions = sum(p.relation == "contradiction" for p in possible)
        assert possible_contradictions and len(possible) > possible_contradictions
        app_count = project.counts()["contradictions"]
        out = tmp_path / "report.html"
        export_project(project, "html", out)
        page = out.read_text(encoding="utf-8")
    # the header's count is the app's; the possible pairs are said apart
    header = re.search(r"(\d+) open contradictions?(.*?)\.</p>", page)
    assert header is not None
    assert int(header.group(1)) == app_count == sum(p.relation == "contradiction" for p in found)
    assert header.group(2) == (
        f", and {len(possible)} possible pairs to judge "
        f"({possible_contradictions} possible contradiction"
        f"{'s' if possible_contradictions != 1 else ''})"
    )
    # red is for the found contradictions alone; the possible ones are muted and said as such
    assert page.count("<td class='c'>contradiction") == app_count
    found_part, possible_part = page.split("<h3>Possible pairs</h3>")
    assert "possibly the same figure" not in found_part
    assert possible_part.count("<tr class='p'>") == len(possible)
    assert possible_part.count("possible contradiction<div") == possible_contradictions
    assert "class='c'" not in possible_part.split("<h2>Facts</h2>")[0]


def test_a_report_with_every_possible_pair_dismissed_says_none(demo: Path, tmp_path: Path) -> None:
    with ProjectService.open(_copy(demo, tmp_path)) as project:
        for p in project.pairs():
            if is_tentative(p.reason):
                project.set_pair_decision(p.a, p.b, decision="dismissed")
        out = tmp_path / "report.html"
        export_project(project, "html", out)
        page = out.read_text(encoding="utf-8")
        count = project.counts()["contradictions"]
    assert f"; {count} open contradictions.</p>" in page
    assert "Possible pairs" not in page and "possible" not in page


def test_the_markdown_findings_list_possible_pairs_apart_and_say_them_possible(
    demo: Path, tmp_path: Path
) -> None:
    with ProjectService.open(_copy(demo, tmp_path)) as project:
        pairs = [p for p in project.pairs() if p.relation in ("contradiction", "update")]
        possible = [p for p in pairs if is_tentative(p.reason)]
        out = tmp_path / "findings.md"
        export_project(project, "markdown", out)
        text = out.read_text(encoding="utf-8")
    conflicts, _, rest = text.partition("## Possible pairs")
    assert rest, "the possible pairs have a section of their own"
    found_heads = re.findall(r"^### (.*)$", conflicts, re.M)
    assert len(found_heads) == len(pairs) - len(possible)
    assert not any("possibl" in h for h in found_heads)
    possible_heads = re.findall(r"^### (.*)$", rest.split("## Facts")[0], re.M)
    assert len(possible_heads) == len(possible)
    assert all(
        re.fullmatch(r"possibly the same figure: possible (contradiction|update), open", h)
        for h in possible_heads
    ), possible_heads
    # why the two are possibly one, apart from why they would conflict
    assert rest.count("- Why possibly one quantity: ") == len(possible)
