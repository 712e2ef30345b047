"""Readers that turn article files into a RawArticle: text, metadata, furniture set aside."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from desktop.domain import Block, RawArticle, body_from_blocks

#: Files larger than this are refused before anything is read into memory.
MAX_FILE_BYTES = 50 * 1024 * 1024

#: File suffix -> format name.
SUPPORTED_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


class IngestError(Exception):
    """A document that cannot be read; the message names the reason in the analyst's words."""


def read_file(path: Path) -> tuple[bytes, RawArticle]:
    """Read one file from disk: its original bytes and the article found in them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise IngestError(
            f"{path.name} is {size / 1e6:.0f} MB; files over {MAX_FILE_BYTES // 1_000_000} MB "
            "are not imported"
        )
    data = path.read_bytes()
    return data, read_bytes(data, path.name)


def read_bytes(data: bytes, name: str) -> RawArticle:
    """Placeholder reader (the ingest work replaces it): UTF-8 text, first line as title."""
    fmt = SUPPORTED_SUFFIXES.get(Path(name).suffix.lower())
    if fmt is None:
        raise IngestError(f"{name}: unsupported file type")
    text = unicodedata.normalize("NFC", data.decode("utf-8", errors="replace"))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    blocks = [Block(ln, True) for ln in lines]
    return RawArticle(
        text=body_from_blocks(blocks), blocks=blocks, format=fmt,
        title=lines[0] if lines else None,
    )
