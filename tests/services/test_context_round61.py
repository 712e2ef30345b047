"""Conflicts round 61: the app's comparison reads a figure's clause wherever it stands.

The services give compare() each article's opening (``about``, the first ABOUT_CHARS
characters) and now ``around``: the store cuts the text around the figures the context tier
weighs out of the file (ProjectStore.figure_windows, one query). Round 61's invented stories
(tests/analysis/test_context_round61.py, answers written before any run): a recall told in two
articles of about 4,000 characters whose two reports stand past character 2,500 are paired
tentatively by context through the app; unrelated figures deep in the festival story's two
articles are not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.analysis import _context as context
from desktop.domain import TENTATIVE_REASON
from desktop.services.project import ABOUT_CHARS, ProjectService
from tests.analysis.test_context_round61 import (
    FESTIVAL,
    RECALL_LIKE,
    RECALL_LONG,
    UNRELATED,
)


def _write(folder: Path, articles: list[tuple[date, str, str]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, (day, title, text) in enumerate(articles, 1):
        path = folder / f"{number}.txt"
        path.write_text(f"{title}\n\nPublished {day:%d %B %Y}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _figure_ids(service: ProjectService, wanted: list[tuple[int, str]]) -> list[int]:
    """The ids of the figures (article's file number, number as written)."""
    found = {
        (int(Path(f.article.path).stem), f.figure.number_text): f.id for f in service.figures()
    }
    return [found[w] for w in wanted]


def test_a_recall_told_deep_in_two_long_articles_is_paired_by_context(tmp_path: Path) -> None:
    with ProjectService.open(tmp_path / "Recall.factlane", create=True) as service:
        service.import_files(_write(tmp_path / "articles", RECALL_LONG))
        a, b = _figure_ids(service, list(RECALL_LIKE))
        starts = {f.id: f.figure.start for f in service.figures()}
        pairs = {frozenset((p.a, p.b)): p for p in service.pairs()}
    # both stand past the openings the comparison is given
    assert min(starts[a], starts[b]) > 2500 > ABOUT_CHARS
    pair = pairs[frozenset((a, b))]
    assert pair.reason.startswith(f"{TENTATIVE_REASON}{context.CONTEXT_MARK}")
    assert "Tessa" in pair.reason.split(";")[0]
    assert pair.relation == "update"


def test_unrelated_figures_deep_in_two_long_articles_stay_apart(tmp_path: Path) -> None:
    with ProjectService.open(tmp_path / "Festival.factlane", create=True) as service:
        service.import_files(_write(tmp_path / "articles", FESTIVAL))
        unrelated = set(_figure_ids(service, UNRELATED))
        article = {f.id: f.article.id for f in service.figures()}
        pairs = service.pairs()
    crossing = [
        p
        for p in pairs
        if (p.a in unrelated or p.b in unrelated)
        and article[p.a] != article[p.b]
        and context.CONTEXT_MARK in p.reason
    ]
    assert crossing == []


def test_the_store_cuts_each_figures_window_out_of_its_text(tmp_path: Path) -> None:
    with ProjectService.open(tmp_path / "Windows.factlane", create=True) as service:
        service.import_files(_write(tmp_path / "articles", RECALL_LONG))
        figures = service.figures()
        texts = {f.article.id: service.store.article(f.article.id).text for f in figures}
        ids = [f.id for f in figures]
        windows = service.store.figure_windows([*ids, max(ids) + 100], 300)
        # one query a batch: a batch of one figure gives the same
        assert service.store.figure_windows(ids, 300, batch=1) == windows
        with pytest.raises(ValueError):
            service.store.figure_windows(ids, -1)
    assert set(windows) == set(ids)  # a figure not in the project is left out
    for f in figures:
        text = texts[f.article.id]
        begin = max(f.figure.start - 300, 0)
        assert windows[f.id] == (begin, text[begin : f.figure.end + 300])
        offset, window = windows[f.id]
        assert window[f.figure.start - offset : f.figure.end - offset] == f.figure.text


def test_the_window_the_services_read_is_part_of_the_analysis_stamp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the services give the comparison to read counts as its code: a Factlane that
    reads another width of text around each figure is another comparison."""
    import desktop.services.project as service_module

    monkeypatch.setattr(service_module, "_analysis_stamp", None)
    now = service_module.analysis_stamp()
    monkeypatch.setattr(context, "WINDOW_CHARS", context.WINDOW_CHARS + 100)
    monkeypatch.setattr(service_module, "_analysis_stamp", None)
    assert service_module.analysis_stamp() != now
