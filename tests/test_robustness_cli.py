"""Bad input and hostile situations through the command line: clear errors, nothing lost."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.cli import main
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
