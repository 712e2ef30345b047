"""Round 43: the project layer imports the readers (desktop.ingest) only where a file is read.

Imported with services.project, they cost most of a second before a project's first facts
showed (benchmarks/first_view_bench.py); opening a project and reading it needs none of them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(out.stdout.split())


def test_opening_a_project_reads_it_without_the_readers(tmp_path: Path) -> None:
    code = f"""
from pathlib import Path
from desktop.services.project import ProjectService
with ProjectService.open(Path({str(tmp_path / "Empty.factlane")!r}), create=True) as service:
    service.articles(); service.figures(); service.pairs()
"""
    modules = _modules_after(code)
    assert "desktop.services.project" in modules
    assert not {m for m in modules if m.startswith("desktop.ingest")}
    assert "desktop.services.files" not in modules


def test_importing_a_file_still_reads_it(tmp_path: Path) -> None:
    from desktop.services.project import ProjectService

    story = tmp_path / "harbour.txt"
    story.write_text(
        "Harbour crane collapses\n\nA crane fell at the container port on Tuesday, "
        "injuring at least four workers, the port authority said.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with ProjectService.open(tmp_path / "Port.factlane", create=True) as service:
        done = service.import_file(story)
        assert done.status == "imported", done.message
        refused = service.import_file(empty)
        assert refused.status == "failed" and "empty.txt" in refused.message
        assert [a.id for a in service.articles()] == [done.article_id]
