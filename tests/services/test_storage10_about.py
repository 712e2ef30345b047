"""Storage round 10: the services read what each article is about through the store's public
``article_openings`` (round 58 reached into the store's private rows). The file below is
invented; its opening is cut at whole characters however many bytes they take."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.project import ABOUT_CHARS, ProjectService
from desktop.storage.store import ProjectStore

BODY = (
    "Residents of Třebová Dolní said on Tuesday that the flood had reached the square, "
    "and Mayor Zoë Ångström-Łukasik told the Velmar Courier that 1,240 homes had lost power. "
) * 12


def test_the_comparison_reads_each_opening_through_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(f"Flood reaches Třebová square\n\nPublished 3 March 2031\n\n{BODY}\n")
    calls: list[int] = []
    read = ProjectStore.article_openings

    def spy(store: ProjectStore, chars: int, **kw: int):  # type: ignore[no-untyped-def]
        calls.append(chars)
        return read(store, chars, **kw)

    monkeypatch.setattr(ProjectStore, "article_openings", spy)
    with ProjectService.open(tmp_path / "Flood.factlane", create=True) as service:
        service.import_files([path])
        [article] = service.articles()
        text = service.store.article(article.id).text
        about = service._about()
    assert calls and set(calls) == {ABOUT_CHARS}
    assert about == {article.id: f"Flood reaches Třebová square\n{text[:ABOUT_CHARS]}"}
    # the opening is the body's, whole characters, and the file's accents take extra bytes
    opening = about[article.id].partition("\n")[2]
    assert len(opening) == ABOUT_CHARS and BODY.startswith(opening)
    assert len(opening.encode("utf-8")) > ABOUT_CHARS
