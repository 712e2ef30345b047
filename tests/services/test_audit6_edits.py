"""Audit round 6: the analyst's edits made while a re-extraction runs in another thread.

The window re-reads articles in the background (after an upgrade, or when asked) while the
analyst goes on working. A re-extraction reads an article, extracts it (which takes a while)
and then stores what it found. If the analyst changes the article's publication date or its
text in between, what is stored must still be made from the date and the text the article
has: facts resolved against a date the article no longer has, or offsets into a text it no
longer holds, would be wrong with nothing to show it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

import desktop.services.project as service_module
from desktop.extract import extract
from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check

STORY = """\
Floodwater reaches Tarrow's old mill district

By Ines Carvalho, Tarrow Courier

The river broke through the levee at Kell Bridge on Tuesday night, the county said.
Engineers had warned last month that the levee would not hold another spring flood.
About 400 residents left their homes on Wednesday morning.

A shelter opened at the sports hall yesterday.

The mayor will visit the district next Friday.
"""


@pytest.fixture
def tarrow(tmp_path: Path) -> Iterator[tuple[ProjectService, int]]:
    source = tmp_path / "tarrow.txt"
    source.write_text(STORY, encoding="utf-8")
    service = ProjectService.open(tmp_path / "Tarrow.factlane", create=True)
    try:
        outcome = service.import_file(source, published=date(2025, 3, 13))
        assert outcome.status == "imported" and outcome.article_id is not None
        yield service, outcome.article_id
    finally:
        service.close()


def _paused_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[threading.Event, threading.Event]:
    """Make the next re-extraction stop after extracting and before storing, until let go."""
    extracted, go_on = threading.Event(), threading.Event()
    real = service_module._extract_again
    calls = 0

    def paused(detail: object) -> object:
        nonlocal calls
        result = real(detail)  # type: ignore[arg-type]
        calls += 1
        if calls == 1:
            extracted.set()
            assert go_on.wait(30)
        return result

    monkeypatch.setattr(service_module, "_extract_again", paused)
    return extracted, go_on


def _reextract_while(
    service: ProjectService,
    article_id: int,
    monkeypatch: pytest.MonkeyPatch,
    edit: Callable[[], object],
) -> None:
    """Run ``edit`` on this thread while a re-extraction of the article is under way on
    another, between its extracting and its storing."""
    extracted, go_on = _paused_extraction(monkeypatch)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            service.reextract(article_id)
        except BaseException as exc:
            failures.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    try:
        assert extracted.wait(30)
        edit()
    finally:
        go_on.set()
        worker.join(60)
    assert not worker.is_alive() and not failures, failures


def _stored_facts(service: ProjectService, article_id: int) -> list[tuple[str, str]]:
    return sorted((f.text, f.date.value) for f in service.facts() if f.article.id == article_id)


def _facts_from(service: ProjectService, article_id: int) -> list[tuple[str, str]]:
    """The facts the article's date and text as stored now give."""
    detail = service.article(article_id)
    found = extract(detail.text, detail.record.published, detail.language)
    return sorted((f.text, f.date.value) for f in found.facts)


def test_a_date_set_during_a_reextraction_dates_the_facts_stored_after_it(
    tarrow: tuple[ProjectService, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, article_id = tarrow
    before = _stored_facts(service, article_id)
    # The analyst finds the story was published a week later than the page said.
    _reextract_while(
        service,
        article_id,
        monkeypatch,
        lambda: service.set_published_undoable(article_id, date(2025, 3, 20)),
    )
    assert service.article(article_id).record.published == date(2025, 3, 20)
    after = _stored_facts(service, article_id)
    assert after == _facts_from(service, article_id)
    assert after != before  # "Tuesday" and "next Friday" moved with the date
    assert integrity_check(service.path) == "ok"


def test_text_changed_during_a_reextraction_is_what_the_stored_offsets_index(
    tarrow: tuple[ProjectService, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, article_id = tarrow
    blocks = service.article(article_id).blocks
    shelter = next(i for i, b in enumerate(blocks) if b.text.startswith("A shelter"))
    # The analyst marks the shelter paragraph as not part of the story.
    _reextract_while(
        service,
        article_id,
        monkeypatch,
        lambda: service.set_block_kept_undoable(article_id, shelter, False),
    )
    detail = service.article(article_id)
    assert "shelter" not in detail.text
    assert _stored_facts(service, article_id) == _facts_from(service, article_id)
    for fact in service.facts():
        assert detail.text[fact.start : fact.end] == fact.text


def test_a_verdict_given_during_a_reextraction_is_kept(
    tarrow: tuple[ProjectService, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, article_id = tarrow
    levee = next(f for f in service.facts() if "levee at Kell Bridge" in f.text)
    shelter = next(f for f in service.facts() if "shelter" in f.text)

    def review() -> None:
        service.set_fact_status(levee.id, "confirmed")
        service.set_fact_note(shelter.id, "check with the county")
        service.update_article(article_id, author="Inês Carvalho")

    _reextract_while(service, article_id, monkeypatch, review)
    facts = {f.id: f for f in service.facts()}
    assert facts[levee.id].status == "confirmed"
    assert service.fact(shelter.id).note == "check with the county"
    assert service.article(article_id).record.author == "Inês Carvalho"
