"""Audit round 10: an export goes where the analyst's path leads, and replaces nothing it may not.

Exports are written aside and renamed over the output once whole (audit round 6). That rename
replaced whatever stood at the path, whatever it was:
- a link (``latest.json`` -> the shared folder's ``report.json``) became a plain file beside
  it, the link the analyst kept was gone and the shared report stayed the old one, though the
  command said "wrote latest.json";
- a named pipe a reader waits on, or the terminal (``--output /proc/self/fd/1``), was
  replaced by a plain file (the reader got nothing), or the export failed on the folder
  (``/proc/self/fd``) the aside file could not be made in;
- a file marked read-only was replaced all the same, and a file's permissions (a report
  shared with a group) were lost.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.services.export import ExportError, export_project
from desktop.services.project import ProjectService

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = (
    "Ferry strike in Port Halloran\n\n"
    "The Halloran Gazette\n"
    "Published 2025-06-03\n\n"
    "Crews of the Meravale ferry line stopped work on 2 June 2025, stranding 340 passengers "
    "at Port Halloran, the harbour master said.\n"
)


@pytest.fixture(scope="module")
def project_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ferry")
    article = folder / "strike.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = folder / "Ferry.factlane"
    with ProjectService.open(path, create=True) as project:
        project.import_files([article])
    return path


def test_an_export_through_a_link_writes_the_file_it_leads_to(
    project_path: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    report = shared / "report.json"
    report.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(report)
    with ProjectService.open(project_path) as project:
        written = export_project(project, "json", link)
    assert written == [link]
    assert link.is_symlink() and Path(os.readlink(link)) == report
    assert json.loads(report.read_text(encoding="utf-8"))["facts"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.json", "shared"]
    assert sorted(p.name for p in shared.iterdir()) == ["report.json"]


def test_a_csv_export_through_links_writes_each_file_where_its_link_leads(
    project_path: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (tmp_path / "facts.csv").symlink_to(shared / "facts-2025.csv")  # not there yet
    with ProjectService.open(project_path) as project:
        export_project(project, "csv", tmp_path / "facts.csv")
    assert (tmp_path / "facts.csv").is_symlink()
    assert (shared / "facts-2025.csv").read_text(encoding="utf-8").startswith("id,date,")
    # the figures file, named after the path given, had no link: a plain file beside it
    assert not (tmp_path / "facts-figures.csv").is_symlink()
    assert (tmp_path / "facts-figures.csv").read_text(encoding="utf-8").startswith("id,")
    assert sorted(p.name for p in shared.iterdir()) == ["facts-2025.csv"]


def test_a_link_into_a_folder_that_is_not_there_is_refused(
    project_path: Path, tmp_path: Path
) -> None:
    link = tmp_path / "latest.json"
    link.symlink_to(tmp_path / "usb" / "reports" / "report.json")
    with (
        ProjectService.open(project_path) as project,
        pytest.raises(ExportError, match=r"link to .*report\.json.*does not exist") as caught,
    ):
        export_project(project, "json", link)
    assert "nothing was written" in str(caught.value)
    assert link.is_symlink()
    assert not (tmp_path / "usb").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.json"]


def test_an_export_into_a_named_pipe_reaches_its_reader(project_path: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "feed.json"
    os.mkfifo(pipe)
    received: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as fh:
            received.append(fh.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    with ProjectService.open(project_path) as project:
        export_project(project, "json", pipe)
    reader.join(20)
    assert not reader.is_alive(), "the reader of the pipe got no end of file"
    assert json.loads(received[0].decode("utf-8"))["facts"]
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.json"]


def test_a_csv_export_into_a_pipe_is_refused_as_two_files(
    project_path: Path, tmp_path: Path
) -> None:
    pipe = tmp_path / "feed.csv"
    os.mkfifo(pipe)
    with (
        ProjectService.open(project_path) as project,
        pytest.raises(ExportError, match=r"two files.*nothing was written"),
    ):
        export_project(project, "csv", pipe)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.csv"]


def test_a_file_marked_read_only_is_not_replaced(project_path: Path, tmp_path: Path) -> None:
    kept = tmp_path / "signed-off.json"
    kept.write_text("the version the editor signed off\n", encoding="utf-8")
    kept.chmod(0o444)
    with (
        ProjectService.open(project_path) as project,
        pytest.raises(ExportError, match=r"signed-off\.json is read-only.*nothing was written"),
    ):
        export_project(project, "json", kept)
    assert kept.read_text(encoding="utf-8") == "the version the editor signed off\n"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signed-off.json"]


def test_an_export_keeps_the_permissions_of_the_file_it_replaces(
    project_path: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "desk.html"
    shared.write_text("old\n", encoding="utf-8")
    shared.chmod(0o664)
    with ProjectService.open(project_path) as project:
        export_project(project, "html", shared)
    assert "<html" in shared.read_text(encoding="utf-8").lower()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664


def test_the_command_line_exports_to_its_own_standard_output(
    project_path: Path, tmp_path: Path
) -> None:
    """'--output /proc/self/fd/1' (as /dev/stdout): the JSON alone on standard output, the
    'wrote' line on stderr, where it does not spoil the document a script reads."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            *(sys.executable, "-m", "desktop", "export", "--project", str(project_path)),
            *("--format", "json", "--output", "/proc/self/fd/1"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["facts"]
    assert "wrote /proc/self/fd/1" in done.stderr
    assert sorted(tmp_path.iterdir()) == []


def test_an_export_to_standard_output_sent_to_a_file_keeps_what_the_shell_wrote_there(
    project_path: Path, tmp_path: Path
) -> None:
    """'{ echo ...; factlane export --output /dev/stdout; echo ...; } > log': the export is
    written through the shell's own descriptor, between the lines before and after it. It
    replaced what the link led to: the log lost its first line and the last went to a file
    no longer there; run as root on /dev/stdout itself, the system's /dev/stdout became a
    plain file. Here a link of the test's own, 'stdout' -> /proc/self/fd/1, stands for it,
    so that the code before the fix replaces that link, not the system's."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    log = tmp_path / "log.txt"
    (tmp_path / "stdout").symlink_to("/proc/self/fd/1")
    command = (
        f"{{ echo 'before'; {sys.executable} -m desktop export --project '{project_path}' "
        f"--format markdown --output '{tmp_path / 'stdout'}'; echo 'after'; }} > log.txt"
    )
    done = subprocess.run(
        ["/bin/sh", "-c", command],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "before" and lines[-1] == "after"
    assert lines[1] == "# Ferry" and any("Meravale" in line for line in lines)
    assert "wrote" in done.stderr
    assert (tmp_path / "stdout").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.txt", "stdout"]
