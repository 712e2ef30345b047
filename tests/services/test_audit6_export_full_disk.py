"""Audit round 6: an export that cannot be finished leaves no part of a file.

On a disk that fills up, an export used to stop midway and leave what it had written: a
JSON document cut off in the middle, half a CSV, a Markdown file without its end; an SVG
picture was even reported written ("wrote ...", exit 0) while cut short. A script or a reader
would take the part for the whole. And the export it was replacing was already truncated.
Now each file is written aside and put in place only once whole: a failed export leaves the
earlier file as it was and nothing beside it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import desktop.services.export as export_module
from desktop.cli import EXIT_PROJECT, main
from desktop.services.export import FORMATS, ExportError, export_project
from desktop.services.project import ProjectService
from tests.conftest import SEEDS
from tests.storage.test_audit6_save_as import small_disk


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("harbour") / "Harbour.factlane"
    with ProjectService.open(path, create=True) as project:
        project.import_files(sorted(p for p in SEEDS.iterdir() if p.suffix != ".json"))
    return path


def test_a_failed_export_keeps_the_earlier_file_and_leaves_nothing_beside_it(
    harbour: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "findings.json"
    with ProjectService.open(harbour) as project:
        export_project(project, "json", target)
        earlier = target.read_bytes()

        def cut_short(_project: object, output: Path, _scope: object) -> list[Path]:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write('{"articles": [')
                raise OSError(28, "No space left on device", str(output))

        monkeypatch.setattr(export_module, "_json", cut_short)
        with pytest.raises(ExportError, match="No space left on device"):
            export_project(project, "json", target)
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in out.iterdir()) == ["findings.json"]
    json.loads(earlier)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_onto_a_full_disk_fails_whole(
    fmt: str, harbour: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "stick", "12k") as stick:
        # what else is on the stick leaves it a page (4 KB): less than any export here
        (stick / "filler").write_bytes(b"\0" * 8192)
        output = stick / f"report.{fmt}"
        code = main(["export", "--project", str(harbour), "--format", fmt, "--output", str(output)])
        left = sorted(p.name for p in stick.iterdir() if p.name != "filler")
    err = capsys.readouterr().err
    assert code == EXIT_PROJECT, err
    assert "could not write" in err and "Traceback" not in err
    assert left == []


def test_an_export_into_a_read_only_folder_names_the_file_asked_for(
    harbour: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.storage.read_only_disk import read_only_folder

    folder = tmp_path / "shared"
    folder.mkdir()
    output = folder / "report.json"
    with read_only_folder(folder):
        code = main(
            ["export", "--project", str(harbour), "--format", "json", "--output", str(output)]
        )
        left = sorted(p.name for p in folder.iterdir())
    err = capsys.readouterr().err
    assert code == EXIT_PROJECT and left == []
    assert err.startswith(f"factlane: could not write {output}: "), err
