"""Audit round 8: each exit code the help lists is one a command really returns, in the case
the help names, with no traceback: 4 (no display), 130 (Ctrl-C) for extract, 141 (the reader
of the output went away) for extract; and an export whose "wrote" line finds its reader gone
has still written the whole file, so it says 0, as an import does (tests/test_robustness_cli).
The codes 0-3, 5, 130 for import and 141 for the listings are tested elsewhere
(tests/test_cli_help.py, tests/ui/test_app_start.py, tests/test_robustness_cli.py).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import (
    EXIT_INTERRUPTED,
    EXIT_NO_DISPLAY,
    EXIT_OK,
    EXIT_OUTPUT_CLOSED,
    build_parser,
)
from desktop.services.project import ProjectService
from tests.conftest import REPO


def _help_codes(*argv: str) -> set[int]:
    parser = build_parser()
    for name in argv:
        action = next(a for a in parser._actions if a.dest == "command")
        parser = action.choices[name]  # type: ignore[index]
    section = parser.format_help().split("exit codes:\n", 1)[1]
    return {int(line.split()[0]) for line in section.splitlines() if line[:4].strip().isdigit()}


def _stories(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for i in range(count):
        lines = [f"Velmor ferry bulletin {i}", ""] + [
            f"On {1 + j % 28} March 2025 the Velmor ferry union said {100 + i + j} crew "
            f"stopped work at pier {j}."
            for j in range(80)
        ]
        path = folder / f"bulletin-{i:03d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def _factlane(*argv: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "desktop", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        **kwargs,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is Linux's")
@pytest.mark.parametrize("argv", [[], ["gui"]], ids=["factlane", "factlane gui"])
def test_no_display_exits_4_in_one_message(argv: list[str]) -> None:
    assert EXIT_NO_DISPLAY in _help_codes() and EXIT_NO_DISPLAY in _help_codes("gui")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = _factlane(*argv, env=env)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_NO_DISPLAY, err
    assert out == "" and "Traceback" not in err
    assert "no display found" in err and "factlane --help" in err


def test_ctrl_c_during_extract_exits_130_with_whole_lines(tmp_path: Path) -> None:
    assert EXIT_INTERRUPTED in _help_codes("extract")
    files = _stories(tmp_path / "in", 150)
    proc = _factlane(
        "extract",
        *map(str, files),
        # a shell starts background jobs with SIGINT ignored; a terminal's Ctrl-C is not
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_INTERRUPTED, err
    assert "Traceback" not in err and "interrupted" in err
    lines = [first, *rest.splitlines()]
    assert 1 <= len(lines) < len(files)
    assert all("article" in json.loads(line) for line in lines)


def test_extract_whose_reader_stops_reading_exits_141_quietly(tmp_path: Path) -> None:
    assert EXIT_OUTPUT_CLOSED in _help_codes("extract")
    files = _stories(tmp_path / "in", 60)
    proc = _factlane("extract", *map(str, files))
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["article"]
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=120) == EXIT_OUTPUT_CLOSED, err
    assert "Traceback" not in err and "Exception ignored" not in err, err


def test_an_export_whose_reader_is_gone_has_written_its_file_and_exits_0(tmp_path: Path) -> None:
    project = tmp_path / "Ferry.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files(_stories(tmp_path / "in", 3))
    output = tmp_path / "ferry.json"
    proc = _factlane(
        "export", "--project", str(project), "--format", "json", "--output", str(output)
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `factlane export ... | true`: nobody reads "wrote ..."
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=120) == EXIT_OK, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert len(json.loads(output.read_text(encoding="utf-8"))["facts"]) > 0


@pytest.mark.parametrize(
    ("command", "where", "name"),
    [
        ("articles", "desktop.services.project.ProjectService", "articles"),
        ("facts", "desktop.services.project.ProjectService", "facts"),
        ("figures", "desktop.services.project.ProjectService", "figures"),
        ("conflicts", "desktop.services.project.ProjectService", "groups"),
        ("export", "desktop.services.export", "export_project"),
    ],
)
def test_ctrl_c_in_a_read_command_or_export_exits_130(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    where: str,
    name: str,
) -> None:
    from desktop.cli import main

    assert EXIT_INTERRUPTED in _help_codes(command)
    project = tmp_path / "Ferry.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files(_stories(tmp_path / "in", 2))
    before = project.read_bytes()

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(f"{where}.{name}", interrupted)
    argv = [command, "--project", str(project)]
    if command == "export":
        argv += ["--format", "csv", "--output", str(tmp_path / "out.csv")]
    assert main(argv) == EXIT_INTERRUPTED
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == "factlane: interrupted"
    assert project.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Ferry.factlane",
        "Ferry.factlane.lock",
        "in",
    ]
