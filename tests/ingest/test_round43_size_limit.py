"""Round 43: a file just over the size limit is refused in words that show it is over."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest import MAX_FILE_BYTES, IngestError, read_file


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: nothing of that size is actually written
    return path


def test_a_few_bytes_over_the_limit_gives_the_byte_counts(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "archive.html", MAX_FILE_BYTES + 100)
    with pytest.raises(IngestError) as caught:
        read_file(path)
    message = str(caught.value)
    assert message.startswith("archive.html: is 50.0 MB; files over 50 MB are not imported")
    assert "this file is 52,428,900 bytes; the limit is 52,428,800" in message


def test_well_over_the_limit_still_names_its_size(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "dump.txt", 80 * 1024 * 1024)
    with pytest.raises(IngestError, match=r"dump\.txt: is 80\.0 MB; .*83,886,080 bytes"):
        read_file(path)


def test_a_file_at_the_limit_is_not_refused_for_its_size(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "edge.txt", MAX_FILE_BYTES)
    try:
        read_file(path)
    except IngestError as exc:  # all NUL bytes: refused as binary, never as too large
        assert "MB" not in str(exc)
