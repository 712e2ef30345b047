"""Entities round 1: each fact's entities are stored on import and re-extraction (migration
0011), read back for lanes by entity and in 'facts --json', kept through a delete's undo; a
project of schema 0010 opens upgraded in place, its facts naming nothing until re-read."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from desktop.cli import main as cli_main
from desktop.services.project import ProjectService
from desktop.storage import project as projectfile
from desktop.storage.project import APPLICATION_ID, integrity_check
from desktop.storage.store import EXTRACTOR_VERSION, ProjectStore

STORY = (
    "KORVAL, Estmark (Lakeside Wire) - Gen. Ansa Terve said on Tuesday that troops of the "
    "Estmark Army had left Dorrin. On Wednesday, Terve told reporters in Korval that the "
    "Interior Ministry would rebuild the bridge by March.\n"
)


def _import(tmp_path: Path, service: ProjectService) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    [outcome] = service.import_files([path], published=date(2031, 5, 9), source="Wire")
    assert outcome.status == "imported", outcome


def test_import_stores_the_entities_each_fact_names(project_path: Path, tmp_path: Path) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        facts = {f.text: f for f in service.facts()}
        by_fact = service.entities_by_fact()
    assert len(facts) >= 2
    tuesday = next(f for t, f in facts.items() if "Dorrin" in t)
    # in the order the sentence names them, the dateline's place first; no outlet, no title
    assert tuesday.entities == ("Korval", "Estmark", "Ansa Terve", "Estmark Army", "Dorrin")
    wednesday = next(f for t, f in facts.items() if t.startswith("On Wednesday"))
    # the surname alone is the person named in full before
    assert wednesday.entities == ("Ansa Terve", "Korval", "Interior Ministry")
    assert by_fact[tuesday.id] == tuesday.entities
    assert tuesday.to_json()["entities"] == list(tuesday.entities)


def test_facts_json_has_the_entities(project_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
    assert cli_main(["facts", "--project", str(project_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert any("Ansa Terve" in f["entities"] for f in out["facts"])
    assert all(isinstance(f["entities"], list) for f in out["facts"])


def test_reextraction_and_a_deletes_undo_keep_them(project_path: Path, tmp_path: Path) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        [article] = service.articles()
        before = {f.text: f.entities for f in service.facts()}
        service.reextract(article.id)
        assert {f.text: f.entities for f in service.facts()} == before
        fact = next(f for f in service.facts() if f.entities)
        record = service.delete_fact(fact.id)
        assert fact.id not in service.entities_by_fact()
        service.restore_fact(record)
        assert service.entities_by_fact()[fact.id] == fact.entities


def _project_at_0010(path: Path) -> None:
    """A project file as Factlane of schema 0010 left it, written with plain SQL: one article
    with one fact (no entities column)."""
    engine = projectfile._make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    projectfile.upgrade_to(engine, "0010")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document (sha256, size, compressed, filename) VALUES ('abc', 1, x'00', 'a')"
        )
        conn.exec_driver_sql(
            "INSERT INTO article (document_id, path, format, encoding, language, text, "
            "blocks_json, field_origins_json, imported_at, extractor_version, note, published, "
            "published_origin, source) VALUES (1, 'a.txt', 'txt', 'utf-8', 'en', ?, '[]', '{}', "
            "'2031-05-09 00:00:00', 4, '', '2031-05-09', 'user', 'Wire')",
            (STORY,),
        )
        conn.exec_driver_sql(
            'INSERT INTO fact (article_id, key, start, "end", text, value, earliest, latest, '
            "precision, status, note) VALUES (1, 'k1', 0, 40, 'troops had left Dorrin', "
            "'2031-05-06', '2031-05-06', '2031-05-06', 'day', 'confirmed', 'seen')"
        )
    engine.dispose()


def _fact_columns(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[1] for row in con.execute("PRAGMA table_info(fact)")}
    finally:
        con.close()


def test_a_project_of_schema_0010_opens_upgraded_and_is_offered_the_reread(
    project_path: Path,
) -> None:
    _project_at_0010(project_path)
    assert "entities" not in _fact_columns(project_path)
    with ProjectStore.open(project_path) as store:
        [fact] = store.facts()
        # as it was: its text, status and note; no entities yet
        assert (fact.text, fact.status, fact.note) == (
            "troops had left Dorrin",
            "confirmed",
            "seen",
        )
        assert fact.entities == ()
        assert store.entities_by_fact() == {}
        # an older engine read it: the app offers to read it again
        assert store.stale_articles() == [1]
    assert "entities" in _fact_columns(project_path)
    assert projectfile.head_revision() >= "0011"
    assert EXTRACTOR_VERSION >= 5
    assert integrity_check(project_path) == "ok"
    [backup] = project_path.parent.glob(f"{project_path.name}.schema-0010.*.bak")
    assert "entities" not in _fact_columns(backup)
    with ProjectService.open(project_path) as service:
        service.reextract(1)
        named = service.entities_by_fact()
    assert any("Ansa Terve" in names for names in named.values())
