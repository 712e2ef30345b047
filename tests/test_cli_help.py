"""The help texts: every command says what it does and which exit codes it returns, the codes
listed are the ones it really returns, and the usage agrees with DESIGN.md section 4."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

import pytest

from desktop import cli
from desktop.cli import SUBCOMMANDS, build_parser
from tests.conftest import REPO, SEED

DESIGN = Path(os.environ.get("FACTLANE_SHARED", REPO.parent / "shared")) / "docs" / "DESIGN.md"
DEFINED_CODES = {
    value
    for name, value in vars(cli).items()
    if name.startswith("EXIT_") and isinstance(value, int)
}


def help_of(*argv: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        cli.main([*argv, "--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


def listed_codes(text: str) -> list[int]:
    section = text.split("exit codes:\n", 1)[1]
    return [int(m) for m in re.findall(r"^  (\d+) ", section, re.M)]


def subparsers() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_is_described_and_lists_its_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    overview = help_of(capsys=capsys)
    assert set(listed_codes(overview)) == DEFINED_CODES
    for name in SUBCOMMANDS:
        assert re.search(rf"^    {name}\b", overview, re.M), f"{name} missing from the overview"
        text = help_of(name, capsys=capsys)
        description = text.split("\n\n")[1]
        assert len(description.split()) >= 12, f"{name} does not say what it does"
        codes = listed_codes(text)
        assert codes == sorted(codes) and set(codes) <= DEFINED_CODES, name
        assert {0, 2} <= set(codes), name
        # Text for a person: no line much wider than a terminal.
        assert max(map(len, text.splitlines())) <= 92, name


def test_every_option_says_what_it_is_for() -> None:
    for name, parser in subparsers().items():
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            assert action.help, f"{name} {action.dest} has no help"
            if action.option_strings and action.nargs != 0:
                # The shape of the value, not the option's name repeated in capitals.
                assert action.metavar, f"{name} {action.option_strings[0]} shows no value shape"


def test_the_usage_agrees_with_design_md() -> None:
    block = DESIGN.read_text(encoding="utf-8").split("## 4.", 1)[1].split("```", 2)[1]
    commands = subparsers()
    seen = set()
    checked = 0
    for line in block.splitlines():
        words = line.split()
        if len(words) < 2 or words[0] != "factlane" or words[1] not in commands:
            continue
        seen.add(words[1])
        options = set(commands[words[1]]._option_string_actions)
        for option in re.findall(r"--[a-z]+", line):
            assert option in options, f"DESIGN.md gives {words[1]} {option}"
        required = {
            a.option_strings[0]
            for a in commands[words[1]]._actions
            if a.required and a.option_strings
        }
        assert required <= set(re.findall(r"--[a-z]+", line)), words[1]
        checked += 1
    assert seen == set(SUBCOMMANDS) and checked == len(SUBCOMMANDS)


def test_the_codes_listed_are_the_codes_returned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parsers = subparsers()

    def returns(code: int, *argv: str) -> None:
        assert code in listed_codes(parsers[argv[0]].format_help()), argv
        assert cli.main(list(argv)) == code, argv
        capsys.readouterr()

    not_a_project = tmp_path / "notes.factlane"
    not_a_project.write_text("not a project", encoding="utf-8")
    bad = tmp_path / "picture.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    project = tmp_path / "P.factlane"
    returns(0, "import", str(SEED), "--project", str(project))
    returns(1, "import", str(bad), "--project", str(project))
    returns(3, "import", str(SEED), "--project", str(not_a_project))
    returns(0, "extract", str(SEED), "--json")
    returns(1, "extract", str(SEED), str(bad), "--json")
    for command in ("articles", "facts", "figures", "conflicts"):
        returns(0, command, "--project", str(project), "--json")
        returns(2, command, "--project", str(tmp_path / "missing.factlane"))
        returns(3, command, "--project", str(not_a_project))
    returns(
        0,
        "export",
        "--project",
        str(project),
        "--format",
        "csv",
        "--output",
        str(tmp_path / "f.csv"),
    )
    returns(3, "export", "--project", str(project), "--format", "csv", "--output", str(project))
    with pytest.raises(SystemExit) as stopped:
        cli.main(["export", "--project", str(project), "--format", "doc", "--output", "x"])
    assert stopped.value.code == 2
