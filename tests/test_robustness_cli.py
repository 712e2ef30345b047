"""Bad input and hostile situations through the command line: clear errors, nothing lost."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check
from tests.conftest import SEED


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    project = tmp_path / "Kursk.factlane"
    code, _, _ = run(capsys, "import", str(SEED), "--project", str(project))
    assert code == 0
    return project


@pytest.mark.parametrize("fmt", ["json", "csv", "html"])
def test_export_onto_the_project_itself_is_refused_and_the_project_survives(
    imported: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    before = _digest(imported)
    code, _, err = run(
        capsys, "export", "--project", str(imported), "--format", fmt, "--output", str(imported)
    )
    assert code == 3
    assert "would overwrite" in err and "Kursk.factlane" in err
    assert _digest(imported) == before
    assert integrity_check(imported) == "ok"


def test_export_never_overwrites_another_project(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "Other.factlane"
    code, _, _ = run(capsys, "import", str(SEED), "--project", str(other))
    assert code == 0
    before = _digest(other)
    code, _, err = run(
        capsys, "export", "--project", str(imported), "--format", "json", "--output", str(other)
    )
    assert code == 3 and "database" in err
    assert _digest(other) == before


def test_export_into_a_folder_path_gives_a_clear_error(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "export", "--project", str(imported), "--format", "json", "--output", str(tmp_path)
    )
    assert code == 3
    assert err.startswith("factlane: ") and "Traceback" not in err
    assert "could not write" in err


def _articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for i in range(count):
        path = folder / f"report-{i:03d}.txt"
        lines = [f"Report {i} from the border"] + [
            f"On January {1 + (i + j) % 28}, 2025, officials said {100 + i * 7 + j:,} people "
            f"were evacuated from the village ({i}.{j})."
            for j in range(40)
        ]
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def test_ctrl_c_during_import_stops_after_the_current_file_and_keeps_what_was_imported(
    tmp_path: Path,
) -> None:
    project = tmp_path / "Interrupted.factlane"
    files = _articles(tmp_path / "in", 200)
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "import", *map(str, files), "--project", str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        # A shell starts background jobs with SIGINT ignored; a terminal's Ctrl-C is not.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.startswith("imported")
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=120)
    lines = [first, *rest.splitlines()]
    imported = [line for line in lines if line.startswith("imported")]
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert any(line.startswith("cancelled") for line in lines)
    assert len(imported) < len(files)
    assert integrity_check(project) == "ok"
    with ProjectService.open(project) as service:
        assert len(service.articles()) == len(imported)


def test_a_folder_imports_its_articles_and_reports_the_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "batch"
    good = _articles(folder / "good", 30)
    (folder / "broken.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (folder / "empty.html").write_bytes(b"")
    (folder / "page_files").mkdir()
    (folder / "page_files" / "style.css").write_text("body { color: red }")
    (folder / ".hidden.txt").write_text("editor backup, not an article")
    project = tmp_path / "Batch.factlane"
    code, out, err = run(capsys, "import", str(folder), "--project", str(project))
    lines = out.strip().splitlines()
    assert code == 1
    assert sum(line.startswith("imported") for line in lines) == len(good)
    failed = [line for line in lines if line.startswith("failed")]
    assert len(failed) == 2
    assert any("broken.txt: is a PDF document" in line for line in failed)
    assert any("empty.html: the file is empty" in line for line in failed)
    assert "1 file of other kinds" in err
    with ProjectService.open(project) as service:
        assert len(service.articles()) == len(good)


def test_a_folder_without_articles_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    code, _, err = run(
        capsys, "import", str(tmp_path / "pictures"), "--project", str(tmp_path / "P.factlane")
    )
    assert code == 1
    assert "no article files" in err
    code, out, _ = run(capsys, "extract", str(tmp_path / "pictures"), "--json")
    assert code == 1 and "no article files" in json.loads(out)["error"]


def test_output_cut_short_by_its_reader_stops_quietly(tmp_path: Path) -> None:
    """`factlane facts --project P | head`: once the reader has what it wants, no traceback."""
    project = tmp_path / "Long.factlane"
    with ProjectService.open(project, create=True) as service:
        service.import_files(_articles(tmp_path / "in", 60))
        assert sum(len(f.text) for f in service.facts()) > 2 * 65536  # more than a pipe holds
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "facts", "--project", str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    code = proc.wait(timeout=60)
    assert first.strip()
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert code == 141
    assert integrity_check(project) == "ok"


def test_an_import_whose_output_is_cut_short_still_imports_every_file(tmp_path: Path) -> None:
    """`factlane import folder/ | head -1`: the analyst asked for the files to be imported;
    that the listing is no longer read does not stop it half way."""
    project = tmp_path / "Head.factlane"
    files = _articles(tmp_path / "in", 12)
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "import", *map(str, files), "--project", str(project)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"imported")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    with ProjectService.open(project) as service:
        assert len(service.articles()) == len(files)
