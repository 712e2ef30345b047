"""Texts too long to extract in reasonable time are refused quickly and clearly."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import files as service_files
from desktop.services.files import MAX_ARTICLE_CHARS
from desktop.services.project import ProjectService

LINE = "On Monday, officials said more than 300 soldiers were killed near the border.\n"


def _long_text(path: Path, chars: int) -> Path:
    path.write_text("A very long file\n\n" + LINE * (chars // len(LINE) + 1), encoding="utf-8")
    return path


def test_a_text_too_long_to_extract_is_refused_quickly_and_nothing_is_stored(
    tmp_path: Path,
) -> None:
    big = _long_text(tmp_path / "long.txt", MAX_ARTICLE_CHARS + 10_000)
    small = _long_text(tmp_path / "short.txt", 2_000)
    with ProjectService.open(tmp_path / "P.factlane", create=True) as service:
        # CPU time, not the wall clock: on a shared machine a busy neighbour must not fail this.
        started = time.process_time()
        outcomes = service.import_files([big, small])
        assert time.process_time() - started < 20
        assert [o.status for o in outcomes] == ["failed", "imported"]
        assert "long.txt" in outcomes[0].message
        assert "million characters" in outcomes[0].message
        assert len(service.articles()) == 1


def test_extract_reports_a_too_long_text_on_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = _long_text(tmp_path / "long.md", MAX_ARTICLE_CHARS + 10_000)
    small = _long_text(tmp_path / "short.md", 500)
    code = main(["extract", str(big), str(small), "--json"])
    out, _ = capsys.readouterr()
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 1
    assert "long.md" in first["error"] and "million characters" in first["error"]
    assert second["text"].startswith("On Monday")


def test_a_huge_text_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(4 * MAX_ARTICLE_CHARS + 1)  # sparse: nothing is written
    read: list[Path] = []
    monkeypatch.setattr(service_files, "read_file", lambda p: read.append(p))
    with ProjectService.open(tmp_path / "P.factlane", create=True) as service:
        [outcome] = service.import_files([huge])
    assert outcome.status == "failed" and "huge.txt" in outcome.message
    assert read == []


def _message_with_attachment(path: Path, attachment_bytes: int) -> Path:
    """A newsletter saved as text with a large file attached (a PDF report, say)."""
    chunk = base64.encodebytes(bytes(range(256)) * 3).decode()
    attachment = chunk * (attachment_bytes // len(chunk) + 1)
    path.write_text(
        "From: Harbor Wire <news@harbor.example>\n"
        "Subject: Storm hits the coast\n"
        "Date: Thu, 9 Jan 2025 10:00:00 +0000\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed;\n boundary="PART"\n'
        "\n"
        "--PART\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Officials said on Monday that more than 300 people were evacuated from the coast.\n"
        "--PART\n"
        'Content-Type: application/pdf; name="report.pdf"\n'
        "Content-Transfer-Encoding: base64\n"
        "\n" + attachment + "--PART--\n",
        encoding="ascii",
    )
    return path


def test_a_message_with_a_large_attachment_is_read_for_its_text(tmp_path: Path) -> None:
    mail = _message_with_attachment(tmp_path / "newsletter.txt", 3 * 4 * MAX_ARTICLE_CHARS)
    assert mail.stat().st_size > 4 * MAX_ARTICLE_CHARS
    with ProjectService.open(tmp_path / "P.factlane", create=True) as service:
        [outcome] = service.import_files([mail])
        assert outcome.status == "imported", outcome.message
        [article] = service.articles()
        assert article.title == "Storm hits the coast"
        assert "300 people were evacuated" in service.article(article.id).text
