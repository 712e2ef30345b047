"""Audit round 6: every export of a project whose text is unusual opens, runs nothing and
loses nothing.

Right-to-left script, emoji, a NUL and a bell pasted into an edit, a line of 300,000
characters, and text a spreadsheet would run as a formula ("=HYPERLINK(...)", "+cmd",
"-2+3", "@SUM(...)"): in an article's title from a hostile page, in an outlet, in a fact the
analyst edited, in a note and in a tag.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop.services.export import FORMATS, export_project
from desktop.services.project import ProjectService

ARABIC = "قال المتحدث يوم الاثنين إن 12 شخصا أصيبوا"
HEBREW = "שלום"
TITLE = '=HYPERLINK("http://example.invalid/x","Open me")'
SOURCE = "-2+3 Coast Wire"
AUTHOR = "@desk\tnight shift"
EDITED = "=1+1 the port said \x00 with a bell \x07 😀 on Monday"
NOTE = f"+cmd|' /C calc'!A0\r\n=second line of the note, {ARABIC}"
TAG = "=tag"

STORY = f"""Storm damages the harbour wall

Published 2 March 2026

On Monday the harbour board said 40 boats were damaged in the storm. {ARABIC} 🚑🔥 in Ashdod.

@SUM(1+1) was said on Wednesday by the harbour master, who counted 12 boats sunk.

{"The wall gave way " * 16_000}on Tuesday night.
"""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[Path]]]:
    folder = tmp_path_factory.mktemp("export")
    story = folder / "storm.txt"
    story.write_text(STORY, encoding="utf-8")
    with ProjectService.open(folder / "Storm.factlane", create=True) as project:
        outcome = project.import_file(story)
        assert outcome.status == "imported" and outcome.article_id is not None
        project.update_article(outcome.article_id, title=TITLE, source=SOURCE, author=AUTHOR)
        fact = next(f for f in project.facts() if "40 boats" in f.text)
        project.edit_fact(fact.id, text=EDITED)
        project.set_fact_note(fact.id, NOTE)
        project.set_fact_tags(fact.id, [TAG, HEBREW])
        yield {fmt: export_project(project, fmt, folder / f"storm.{fmt}") for fmt in FORMATS}


def _cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_no_csv_cell_starts_a_formula_and_each_text_is_kept(
    exported: dict[str, list[Path]],
) -> None:
    facts, figures = exported["csv"]
    rows = _cells(facts)
    header = rows[0]
    for row in [*rows[1:], *_cells(figures)[1:]]:
        for cell in row:
            assert not cell.startswith(FORMULA_START), cell
    edited = next(dict(zip(header, r, strict=True)) for r in rows[1:] if "port said" in r[5])
    # kept whole, behind the apostrophe spreadsheets read as "this is text" and do not show
    assert edited["text"] == "'" + EDITED
    assert edited["note"] == "'" + NOTE
    assert edited["tags"] == f"'{TAG};{HEBREW}"
    assert edited["source"] == "'" + SOURCE
    assert edited["article"] == "'" + TITLE
    sum_fact = next(dict(zip(header, r, strict=True)) for r in rows[1:] if "SUM" in r[5])
    assert sum_fact["text"].startswith("'@SUM(1+1) was said on Wednesday")
    # numbers stay numbers: an id, a date, a figure's low and high
    assert all(r[0].isdigit() for r in rows[1:])


def test_the_json_export_keeps_every_text_exactly(exported: dict[str, list[Path]]) -> None:
    doc = json.loads(exported["json"][0].read_text(encoding="utf-8"))
    (article,) = doc["articles"]
    assert (article["title"], article["source"], article["author"]) == (TITLE, SOURCE, AUTHOR)
    facts = {f["text"]: f for f in doc["facts"]}
    assert facts[EDITED]["note"] == NOTE and facts[EDITED]["tags"] == [TAG, HEBREW]


def test_timeline_interchange_files_parse(exported: dict[str, list[Path]]) -> None:
    timeline = json.loads(exported["timelinejs"][0].read_text(encoding="utf-8"))
    assert any("port said" in e["text"]["text"] for e in timeline["events"])
    lines = exported["timesketch"][0].read_text(encoding="utf-8").splitlines()
    messages = [json.loads(line)["message"] for line in lines]
    assert EDITED in messages


def _controls(text: str) -> set[str]:
    return {c for c in text if ord(c) < 32 and c not in "\t\n\r"}


def test_the_svg_picture_is_well_formed_xml(exported: dict[str, list[Path]]) -> None:
    svg = exported["svg"][0]
    ET.parse(svg)  # raises on a NUL or a bell, which XML does not allow
    assert not _controls(svg.read_text(encoding="utf-8"))


def test_the_html_report_holds_no_control_characters_and_runs_nothing(
    exported: dict[str, list[Path]],
) -> None:
    page = exported["html"][0].read_text(encoding="utf-8")
    assert not _controls(page)
    starts: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            starts.append(tag)

    Tags().feed(page)
    assert "script" not in starts and "a" not in starts
    assert "the port said" in page and "😀" in page and HEBREW in page


def test_the_markdown_findings_keep_one_row_per_fact(exported: dict[str, list[Path]]) -> None:
    text = exported["markdown"][0].read_text(encoding="utf-8")
    assert not _controls(text)
    row = next(line for line in text.splitlines() if "the port said" in line)
    assert row.startswith("| ") and row.endswith(" |") and "second line of the note" in row


def test_the_png_picture_is_a_png(exported: dict[str, list[Path]]) -> None:
    assert exported["png"][0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
