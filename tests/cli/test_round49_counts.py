"""UI round 49 (3): the import's counts read right for 0 and 1.

'import interrupted; 1 were not imported', '1 article(s) are in the project' and '0 of the 1
files were imported before it stopped' read badly; each count is now worded for its number.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop.cli as cli
from desktop.cli import EXIT_INTERRUPTED, main


@pytest.mark.parametrize(
    ("done", "total", "said"),
    [
        (0, 1, "the file was not imported"),
        (1, 1, "the file was imported"),
        (0, 4, "none of the 4 files was imported"),
        (1, 4, "1 of the 4 files was imported"),
        (3, 4, "3 of the 4 files were imported"),
        (4, 4, "all 4 files were imported"),
    ],
)
def test_files_imported_before_an_error(done: int, total: int, said: str) -> None:
    assert cli._imported_before_stop(done, total) == said


@pytest.mark.parametrize(
    ("done", "left", "discarded", "said"),
    [
        (0, 1, True, "import interrupted; 1 file was not imported"),
        (0, 3, True, "import interrupted; 3 files were not imported"),
        (1, 1, False, "import interrupted; 1 file is in the project, 1 file was not imported"),
        (2, 5, False, "import interrupted; 2 files are in the project, 5 files were not imported"),
        (
            0,
            2,
            False,
            "import interrupted; none of its files is in the project, 2 files were not imported",
        ),
        (3, 0, False, "import interrupted; 3 files are in the project, no file was left to import"),
    ],
)
def test_an_interrupted_import_counts(done: int, left: int, discarded: bool, said: str) -> None:
    line = cli._interrupted_line(done, left, discarded=discarded)
    assert line == said
    assert "(s)" not in line and " 1 were" not in line


def test_an_import_stopped_after_its_first_file_says_so_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ctrl-C as the first file is read: that one is imported, the second is left.
    for name, town in (("a.txt", "Orrin"), ("b.txt", "Vell")):
        (tmp_path / name).write_text(
            f"Floods close {town} bridge\n\nPublished 3 March 2031\n\nThe bridge at {town} was "
            "closed on Monday after the river rose by two metres, the council said.\n",
            encoding="utf-8",
        )

    @contextlib.contextmanager
    def stopped_after_one() -> Iterator[threading.Event]:
        stop = threading.Event()
        real = cli._report

        def report(line: str) -> None:
            real(line)
            stop.set()

        monkeypatch.setattr(cli, "_report", report)
        yield stop

    monkeypatch.setattr(cli, "_stop_on_first_interrupt", stopped_after_one)
    project = tmp_path / "p.factlane"
    code = main(
        ["import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--project", str(project)]
    )
    err = capsys.readouterr().err
    assert code == EXIT_INTERRUPTED
    assert "import interrupted; 1 file is in the project, 1 file was not imported" in err
