"""Entities round 3: each fact's entity names are stored with their type ("name<TAB>TYPE" a
line), so lanes by entity say what each is without running the finder over the sentences.

Before: fact.entities held the names alone; the window worked the types out again from the
facts' sentences the first time Lanes by Entity was shown (about 3 s on 20,000 facts).
Records, 'facts --json' and the exports still give the names alone; a line stored before
(a name without a type) reads as it did.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from desktop.services.export import export_project
from desktop.services.project import ProjectService
from desktop.ui.timeline_source import load_timeline
from tests.storage.test_entities_round1 import _import

WEDNESDAY = "Ansa Terve\tPERSON\nKorval\tPLACE\nInterior Ministry\tORG"


def _stored(project_path: Path, fact_id: int) -> str:
    with sqlite3.connect(project_path) as db:
        return str(db.execute("SELECT entities FROM fact WHERE id = ?", (fact_id,)).fetchone()[0])


def _wednesday(service: ProjectService):  # type: ignore[no-untyped-def]
    return next(f for f in service.facts() if f.text.startswith("On Wednesday, Terve"))


def test_import_stores_each_name_with_its_type(project_path: Path, tmp_path: Path) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        fact = _wednesday(service)
        # records give the names alone, as before
        assert fact.entities == ("Ansa Terve", "Korval", "Interior Ministry")
        assert service.entities_by_fact()[fact.id] == fact.entities
        names, types = service.store.typed_entities_by_fact()
        assert names[fact.id] == fact.entities
        assert types[fact.id] == ("PERSON", "PLACE", "ORG")
        # one type per name over the article: every fact naming Korval says the same
        korval = {
            t[n.index("Korval")] for fid, n in names.items() if "Korval" in n for t in [types[fid]]
        }
        assert korval == {"PLACE"}
        out = tmp_path / "facts.csv"
        export_project(service, "csv", out)
        md = tmp_path / "facts.md"
        export_project(service, "markdown", md)
    assert _stored(project_path, fact.id) == WEDNESDAY
    with open(out, newline="", encoding="utf-8") as fh:
        rows = {int(r["id"]): r for r in csv.DictReader(fh)}
    assert rows[fact.id]["entities"] == "Ansa Terve;Korval;Interior Ministry"
    assert "\t" not in out.read_text(encoding="utf-8")
    assert "PERSON" not in md.read_text(encoding="utf-8")


def test_a_line_stored_before_types_reads_as_before(project_path: Path, tmp_path: Path) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        fid = _wednesday(service).id
    with sqlite3.connect(project_path) as db:
        db.execute("UPDATE fact SET entities = 'Ansa Terve\nKorval' WHERE id = ?", (fid,))
    with ProjectService.open(project_path) as service:
        assert service.store.fact(fid).entities == ("Ansa Terve", "Korval")
        names, types = service.store.typed_entities_by_fact()
        assert names[fid] == ("Ansa Terve", "Korval")
        assert fid not in types
        source = load_timeline(service, with_entities=True)
        # Ansa Terve's other fact stored her type; Korval is typed the same either way
        assert source.entity_kinds()["Ansa Terve"] == "Person"


def test_an_edit_keeps_the_types_and_its_undo_puts_back_the_line(
    project_path: Path, tmp_path: Path
) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        fact = _wednesday(service)
        old = service.edit_fact(
            fact.id,
            text="On Wednesday, Orlen Vask told reporters in Korval that the Interior "
            "Ministry would rebuild the bridge by March.",
        )
        assert old["entities"] == WEDNESDAY
        names, types = service.store.typed_entities_by_fact()
        typed = dict(zip(names[fact.id], types[fact.id], strict=True))
        assert "Ansa Terve" not in typed
        assert typed["Orlen Vask"] == "PERSON"
        assert typed["Korval"] == "PLACE" and typed["Interior Ministry"] == "ORG"
        assert "\t" not in "".join(service.store.fact(fact.id).entities)
        service.restore_fact_fields(fact.id, old)
    assert _stored(project_path, fact.id) == WEDNESDAY


def test_a_deleted_fact_put_back_and_a_reextraction_keep_the_types(
    project_path: Path, tmp_path: Path
) -> None:
    with ProjectService.open(project_path, create=True) as service:
        _import(tmp_path, service)
        fact = _wednesday(service)
        record = service.delete_fact(fact.id)
        service.restore_fact(record)
        assert service.store.fact(fact.id).entities == fact.entities
        # the record keeps the names; their types are read again from the fact's text
        assert service.store.typed_entities_by_fact()[1][fact.id] == ("PERSON", "PLACE", "ORG")
        [article] = service.articles()
        service.reextract(article.id)
        again = _wednesday(service)
        assert again.entities == fact.entities
    assert _stored(project_path, again.id) == WEDNESDAY
