"""Audit round 7: the command line against DESIGN.md's contract, command by command.

Exit codes, one JSON document (or one line per file for extract) on stdout, and an error said
in one line on stderr, also for a wrong command line: argparse's own usage block (two or three
lines, the usage wrapped) said the error on its last line only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, EXIT_PROJECT, EXIT_SOME_FILES_FAILED, EXIT_USAGE, main

STORY = """Dam inspection ordered after cracks found

Published 2 June 2025

At least 14 cracks were found in the Tarnby dam wall on Friday, the water board said on
Saturday.
"""

LATER = """Tarnby dam: more cracks

Published 5 June 2025

Engineers counted 19 cracks in the Tarnby dam wall on Friday, the water board said on Tuesday.
"""


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LATER, encoding="utf-8")
    path = tmp_path / "Tarnby.factlane"
    assert (
        main(["import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--project", str(path)])
        == 0
    )
    capsys.readouterr()
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, list[str]]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


WRONG_LINES = [
    ["extract", "a.txt", "--published", "2025-13-01"],
    ["extract"],
    ["import", "a.txt"],
    ["articles", "--project"],
    ["facts", "--json", "--bogus", "--project", "P.factlane"],
    ["export", "--project", "P.factlane", "--format", "pdf", "--output", "x.pdf"],
    ["figures", "--project", "P.factlane", "--json", "extra"],
    ["gui", "--size", "10x10"],
]


@pytest.mark.parametrize("argv", WRONG_LINES, ids=lambda a: " ".join(a))
def test_a_wrong_command_line_is_said_in_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == EXIT_USAGE
    assert out == ""
    assert len(err) == 1, err
    assert err[0].startswith("factlane") and "--help" in err[0], err


def test_help_still_prints_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "extract", "--help")
    assert code == EXIT_OK and out.startswith("usage: factlane extract")


def test_each_read_command_prints_one_json_document_of_the_contracts_shape(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article_keys = {"title", "source", "author", "url", "published", "published_origin"}
    code, out, err = _run(capsys, "articles", "--project", str(project), "--json")
    assert (code, err) == (EXIT_OK, [])
    [article, _] = json.loads(out)["articles"]
    assert article_keys | {"id", "path", "text"} <= set(article)

    code, out, err = _run(capsys, "facts", "--project", str(project), "--json")
    assert (code, err) == (EXIT_OK, [])
    fact = json.loads(out)["facts"][0]
    assert {"id", "article", "start", "end", "text", "timex", "date"} <= set(fact)
    assert set(fact["article"]) == {"id", "title", "path", "source", "published"}
    assert {"start", "end", "text", "type", "value"} <= set(fact["timex"])
    assert set(fact["date"]) == {"value", "earliest", "latest", "precision"}

    code, out, err = _run(capsys, "figures", "--project", str(project), "--json")
    assert (code, err) == (EXIT_OK, [])
    figure = json.loads(out)["figures"][0]
    assert {
        "id", "article", "start", "end", "text", "number_text", "low", "high", "qualifier",
        "unit", "counted", "measure", "attributed_to", "as_of",
    } <= set(figure)  # fmt: skip

    code, out, err = _run(capsys, "conflicts", "--project", str(project), "--json")
    assert (code, err) == (EXIT_OK, [])
    report = json.loads(out)
    assert set(report) == {"pairs", "groups"}
    [pair] = report["pairs"]
    assert {"a", "b", "relation", "reason"} <= set(pair)
    assert pair["relation"] in ("contradiction", "update", "consistent")
    [group] = report["groups"]
    assert {"id", "label", "figures"} <= set(group)
    assert sorted(group["figures"]) == sorted((pair["a"], pair["b"]))


def test_extract_prints_a_line_per_file_and_an_error_line_for_a_failed_one(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = project.parent
    code, out, _ = _run(
        capsys, "extract", str(folder / "a.txt"), str(folder / "missing.txt"), str(folder / "b.txt")
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_SOME_FILES_FAILED
    assert [sorted(line) for line in lines[::2]] == [
        ["article", "facts", "figures", "text", "timexes"]
    ] * 2
    assert list(lines[1]) == ["error"]


@pytest.mark.parametrize(
    "argv",
    [
        ["articles", "--project", "{dir}", "--json"],
        ["facts", "--project", "{dir}/a.txt", "--json"],
        ["import", "{dir}/a.txt", "--project", "{dir}/none/P.factlane"],
        ["export", "--project", "{dir}/Tarnby.factlane", "--format", "json", "--output", "{dir}"],
    ],
    ids=["folder", "not a project", "no folder", "output is a folder"],
)
def test_a_project_or_output_that_cannot_be_used_exits_3_in_one_line(
    argv: list[str], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.format(dir=project.parent) for a in argv]
    code, out, err = _run(capsys, *args)
    assert code == EXIT_PROJECT and out == ""
    assert len(err) == 1 and err[0].startswith("factlane: "), err
