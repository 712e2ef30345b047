"""Damaged and cut-short PDF and Word files, imported the way the app imports them (through
desktop.services): each is refused with a message that names the file and says what is wrong,
and the project is left as it was. A copy damaged only where no text is kept (a font's or an
image's data) may be read, but then it must give the same article as the intact file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest import IngestError, read_bytes
from desktop.services.project import ProjectService
from tests.ingest.documents import docx, flowed, para, pdf

ROOT = Path(__file__).resolve().parents[2]
#: PDFs and Word files as Chromium and LibreOffice make them (see benchmarks/data/ingest/dev11)
REAL_FILES = sorted(
    p
    for p in (ROOT / "benchmarks" / "data" / "ingest" / "dev11").glob("*")
    if p.suffix in (".pdf", ".docx")
)
#: where the copies are cut: near the start, through the middle, just before the end
CUTS = (0.05, 0.3, 0.6, 0.9, 0.995)

STORY = (
    "The harbour authority will close the north quay for eleven weeks from 7 April while "
    "engineers replace 140 metres of the quay wall, the authority said on Wednesday."
)
MORE = "Fishing boats that land at the north quay will use the east pier while the work goes on."


def _built_files() -> dict[str, bytes]:
    return {
        "built.pdf": pdf(
            flowed([("title", "North quay to close"), ("para", STORY), ("para", MORE)])
        ),
        "built.docx": docx(para("North quay to close", "Title") + para(STORY) + para(MORE)),
    }


def _snapshot(project: ProjectService) -> list[tuple[int, str | None, str | None]]:
    return [(a.id, a.title, a.path) for a in project.articles()]


def _assert_refused_and_unchanged(project: ProjectService, path: Path) -> str:
    before = _snapshot(project)
    outcome = project.import_file(path)
    assert outcome.status == "failed", f"{path.name} was {outcome.status}"
    assert outcome.message.startswith(f"{path.name}: the ")
    assert "damaged" in outcome.message
    assert "Traceback" not in outcome.message and len(outcome.message) < 400
    assert _snapshot(project) == before
    return outcome.message


@pytest.fixture
def project(tmp_path: Path) -> ProjectService:
    service = ProjectService.open(tmp_path / "P.factlane", create=True)
    # An article already in the project, which a failed import must not disturb.
    kept = tmp_path / "kept.docx"
    kept.write_bytes(docx(para("Ferry timetable changes", "Title") + para(STORY)))
    assert service.import_file(kept).status == "imported"
    return service


@pytest.mark.parametrize("name", ["built.pdf", "built.docx"])
def test_a_small_file_cut_short_anywhere_is_refused_and_the_project_unchanged(
    project: ProjectService, tmp_path: Path, name: str
) -> None:
    data = _built_files()[name]
    with project:
        # The last cut takes the end-of-file mark (a PDF's "%%EOF", a zip's directory end).
        for cut in [*(int(len(data) * f) for f in CUTS), len(data) - 8]:
            path = tmp_path / name
            path.write_bytes(data[:cut])
            _assert_refused_and_unchanged(project, path)
        path.write_bytes(data)
        assert project.import_file(path).status == "imported"  # the intact file is fine


def test_an_empty_file_is_refused(project: ProjectService, tmp_path: Path) -> None:
    with project:
        for name in ("empty.pdf", "empty.docx"):
            path = tmp_path / name
            path.write_bytes(b"")
            outcome = project.import_file(path)
            assert outcome.status == "failed" and outcome.message.startswith(name)
        assert len(project.articles()) == 1


@pytest.mark.parametrize("real", REAL_FILES, ids=lambda p: p.name)
def test_a_real_file_cut_short_is_refused_and_the_project_unchanged(
    project: ProjectService, tmp_path: Path, real: Path
) -> None:
    data = real.read_bytes()
    with project:
        for fraction in CUTS:
            path = tmp_path / real.name
            path.write_bytes(data[: int(len(data) * fraction)])
            message = _assert_refused_and_unchanged(project, path)
            assert "incomplete" in message or fraction < 0.5


@pytest.mark.parametrize("real", REAL_FILES, ids=lambda p: p.name)
def test_a_real_file_with_a_damaged_stretch_is_refused_or_read_whole(
    project: ProjectService, tmp_path: Path, real: Path
) -> None:
    data = real.read_bytes()
    intact = read_bytes(data, real.name).text
    with project:
        for fraction in (0.2, 0.5, 0.8):
            at = int(len(data) * fraction)
            damaged = data[:at] + bytes(2048) + data[at + 2048 :]
            try:
                article = read_bytes(damaged, real.name)
            except IngestError:
                path = tmp_path / real.name
                path.write_bytes(damaged)
                _assert_refused_and_unchanged(project, path)
            else:
                # Only data no text depends on was hit: the article is the intact file's.
                assert article.text == intact, f"damage at {fraction:.0%} changed the text"
