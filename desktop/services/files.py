"""Which files an import or an extraction reads, when the analyst names folders as well as files.

Kept apart from services.project so the command line's `extract` does not load the database
layer just to list a folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.ingest import SUPPORTED_SUFFIXES


def article_files(paths: Sequence[Path]) -> tuple[list[tuple[Path, str | None]], list[str]]:
    """The files to read for ``paths``, where a folder stands for the articles inside it.

    Returns (path, problem) pairs in order, ``problem`` set for a folder with nothing to read,
    and notes on what was left out. A folder is searched through its subfolders too (a saved
    page keeps its parts in one), taking only the kinds of file Factlane reads: a saved page's
    scripts, styles and pictures, and hidden files, are not articles and are not errors either.
    Files named one by one are all kept, so each bad one is reported.
    """
    entries: list[tuple[Path, str | None]] = []
    notes: list[str] = []
    for path in paths:
        if not Path(path).is_dir():
            entries.append((Path(path), None))
            continue
        found: list[Path] = []
        others = 0
        for candidate in sorted(Path(path).rglob("*")):
            relative = candidate.relative_to(path).parts
            if any(part.startswith(".") for part in relative) or not candidate.is_file():
                continue
            if candidate.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(candidate)
            else:
                others += 1
        if not found:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            entries.append((Path(path), f"{path}: no article files ({kinds}) in this folder"))
            continue
        entries.extend((f, None) for f in found)
        if others:
            noun = "file" if others == 1 else "files"
            notes.append(f"skipped {others} {noun} of other kinds in {path}")
    return entries, notes
