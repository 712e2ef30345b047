"""'Nothing is lost' audit, round 3: reading stale articles again goes on past one the
extractor fails on.

After an engine upgrade, ``reextract_stale`` stopped at the first article the new extractor
raised on, so one unreadable article left every article after it on the older engine's facts
for ever. Now that article keeps its facts and figures and its older engine's mark (tried again
next time), is named in the result, and the rest are read again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import desktop.services.project as service_module
from desktop.domain import Extraction
from desktop.services.demo import build_demo
from desktop.services.project import ExtractionFailedError, ProjectService
from desktop.storage.store import EXTRACTOR_VERSION

POISON_WORD = "Brackwater"

FERRY = """Ferry strike enters second week

Published 10 June 2025

About 1,200 ferry workers walked out on Monday, the union said on Tuesday.
"""

POISONED = f"""{POISON_WORD} pier closed

Published 11 June 2025

The {POISON_WORD} pier was closed on Wednesday after at least 3 piles gave way, the harbour
master said.
"""

TALKS = """Strike talks resume

Published 12 June 2025

More than 40 sailings were cancelled on Thursday as talks resumed, the operator said.
"""


def _failing_on_poison(real: Callable[..., Extraction]) -> Callable[..., Extraction]:
    def extract(text: str, published: date | None, language: str = "en") -> Extraction:
        if POISON_WORD in text:
            raise ValueError("year 23000 is out of range")
        return real(text, published, language)

    return extract


def _write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (("ferry.txt", FERRY), ("pier.txt", POISONED), ("talks.txt", TALKS)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _age(project: Path) -> dict[int, int]:
    """Mark every article as read by the previous engine and drop its automatic facts and
    figures (as an engine that found none would have left them). Returns the facts dropped
    per article."""
    con = sqlite3.connect(project)
    try:
        con.execute("UPDATE article SET extractor_version = ?", (EXTRACTOR_VERSION - 1,))
        ids = [r[0] for r in con.execute("SELECT id FROM article ORDER BY id")]
        lost = {
            i: con.execute(
                "DELETE FROM fact WHERE article_id = ? AND status = 'auto'", (i,)
            ).rowcount
            for i in ids
        }
        con.commit()
    finally:
        con.close()
    return lost


def _stale_project(tmp_path: Path) -> tuple[Path, dict[str, int], dict[int, int]]:
    project = tmp_path / "Strike.factlane"
    with ProjectService.open(project, create=True) as service:
        outcomes = service.import_files(_write(tmp_path / "in"))
        assert [o.status for o in outcomes] == ["imported"] * 3
        ids = {Path(o.path).name: o.article_id for o in outcomes if o.article_id is not None}
    lost = _age(project)
    assert all(lost[i] > 0 for i in ids.values())
    return project, ids, lost


def test_one_article_the_extractor_fails_on_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, ids, _lost = _stale_project(tmp_path)
    pier = ids["pier.txt"]
    monkeypatch.setattr(service_module, "extract", _failing_on_poison(service_module.extract))
    with ProjectService.open(project) as service:
        facts_before = service.facts(article_id=pier)
        figures_before = service.figures(article_id=pier)
        result = service.reextract_stale()
        assert sorted(result.reextracted) == sorted([ids["ferry.txt"], ids["talks.txt"]])
        [failure] = result.failed
        assert failure.article_id == pier
        assert "pier.txt" in failure.name
        assert "Brackwater pier closed" in failure.name
        assert "ValueError: year 23000 is out of range" in failure.message
        assert "earlier facts and figures were kept" in failure.message
        line = failure.line()
        assert line.startswith("warning: ")
        assert "pier.txt" in line
        assert "read again" in line
        # the others came back with their facts; the failing one is exactly as it was
        assert service.facts(article_id=ids["ferry.txt"])
        assert service.facts(article_id=ids["talks.txt"])
        assert service.facts(article_id=pier) == facts_before
        assert service.figures(article_id=pier) == figures_before
        # and it stays stale, so the next call tries it again
        assert service.store.stale_articles() == [pier]


def test_the_failed_article_is_read_again_once_the_extractor_can(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, ids, lost = _stale_project(tmp_path)
    pier = ids["pier.txt"]
    monkeypatch.setattr(service_module, "extract", _failing_on_poison(service_module.extract))
    with ProjectService.open(project) as service:
        assert len(service.reextract_stale().failed) == 1
    monkeypatch.undo()
    with ProjectService.open(project) as service:
        result = service.reextract_stale()
        assert result.reextracted == (pier,)
        assert result.failed == ()
        assert len(service.facts(article_id=pier)) == lost[pier]
        assert service.store.stale_articles() == []


def test_a_failed_reextraction_raises_the_analysts_message_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The UI's loop reads one article at a time through reextract_undoable: it gets an
    ExtractionFailedError it can tell from a storage fault, with a message to show."""
    project, ids, _lost = _stale_project(tmp_path)
    pier = ids["pier.txt"]
    monkeypatch.setattr(service_module, "extract", _failing_on_poison(service_module.extract))
    with ProjectService.open(project) as service:
        before = service.facts(article_id=pier)
        with pytest.raises(ExtractionFailedError) as caught:
            service.reextract_undoable(pier)
        assert caught.value.article_id == pier
        assert isinstance(caught.value.cause, ValueError)
        assert str(caught.value).startswith("Factlane could not extract facts from this text")
        with pytest.raises(ExtractionFailedError):
            service.reextract(pier)
        assert service.facts(article_id=pier) == before
        assert pier in service.store.stale_articles()
        # an article the extractor reads is still read again through the same call
        service.reextract_undoable(ids["ferry.txt"])
        assert ids["ferry.txt"] not in service.store.stale_articles()


def test_rebuilding_the_demo_warns_of_the_article_it_could_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = tmp_path / "seeds"
    _write(seeds)
    project = tmp_path / "Demo.factlane"
    build_demo(project, seeds)
    _age(project)
    monkeypatch.setattr(service_module, "extract", _failing_on_poison(service_module.extract))
    said: list[str] = []
    outcomes = build_demo(project, seeds, warn=said.append)
    assert [o.status for o in outcomes] == ["duplicate"] * 3
    [line] = said
    assert line.startswith("warning: ") and "pier.txt" in line
    with ProjectService.open(project) as service:
        assert len(service.store.stale_articles()) == 1
