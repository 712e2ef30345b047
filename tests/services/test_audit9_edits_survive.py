"""Audit round 9 (4): every edit the services report done survives a crash right after.

For each kind of edit an analyst makes (the calls the window's undo commands make, see
desktop/ui/undo.py): a publication date corrected (facts read again from it, or the date
alone), the title, outlet or author corrected, a fact's text or date edited, a fact added,
hidden (rejected) or deleted, its note or tags set, a conflict pair or a group judged, a
figure taken out of its group, a paragraph set aside, an article deleted, an article read
again; and the undo and the redo of each (18 x 3 cases). A last test kills a run of edits
at random moments, mid-edit as often as not. The project opened after the crash
gives no "changes may be missing" warning: the log the crash left is whole. A child process opens the project, makes the edit
(then its undo, then its redo), and is killed with SIGKILL as soon as the last call returns,
with no close. The project must then pass SQLite's integrity_check, be read as the command
line reads it (the log the crash left, read in place) and opened for writing, and hold
exactly what the same calls leave in a copy that was closed properly; and that must be the
edit (or, after an undo, the project as it was before it).

test_crash_safety and audit 5 kill imports and the reading again of stale articles; audit 6
and 7 check edits made during a re-extraction and a close mid-import: none kills after an
analyst's edit. First run: 54 passed (the services were sound already; kept as a guard).
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import DateRange
from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check
from desktop.storage.store import ProjectStore
from tests.conftest import REPO

FIRST = """Kessel Courier

Ferry strike strands thousands

Published 12 May 2025

More than 3,000 travellers were stranded at Kessel harbour on Monday after the ferry crews
walked out, the port authority said on Tuesday. The crews first stopped work on 2 May.

Talks between the union and the operator are due to resume on Thursday, a spokesman said.
"""

SECOND = """Orrin Daily

Ferry walkout leaves travellers stuck

Published 13 May 2025

About 1,200 travellers were stranded at Kessel harbour on Monday after the ferry crews walked
out, the union said on Tuesday. The operator said on Wednesday that services would resume on
16 May.
"""

CHILD = r"""
import json, os, signal, sys
from pathlib import Path
from desktop.services.project import ProjectService
from tests.services.test_audit9_edits_survive import apply_edit

service = ProjectService.open(Path(sys.argv[1]))
facts = json.loads(sys.argv[4])
apply_edit(service, sys.argv[2], sys.argv[3], facts)
os.kill(os.getpid(), signal.SIGKILL)
"""

KINDS = [
    "published",
    "published_only",
    "title",
    "outlet",
    "author",
    "fact_text",
    "fact_date",
    "add_fact",
    "hide_fact",
    "delete_fact",
    "judge_pair",
    "judge_group",
    "fact_note",
    "fact_tags",
    "link_figure",
    "set_aside",
    "delete_article",
    "reextract",
]


def apply_edit(service: ProjectService, kind: str, step: str, ids: dict[str, Any]) -> None:
    """Make the edit ``kind``, then (step "undo") undo it, then (step "redo") redo it, as the
    window's undo commands do."""
    first, fact, a, b = ids["first"], ids["fact"], ids["a"], ids["b"]

    undo, redo = step in ("undo", "redo"), step == "redo"
    if kind == "published":
        done = service.set_published_undoable(first, date(2025, 5, 19))
        if undo:
            service.restore_extractions([done.before])
        if redo:
            service.restore_extractions([done.after])
    elif kind == "published_only":
        old = service.set_published_only(first, date(2025, 5, 19))
        if undo:
            service.set_published_only(first, *old)
        if redo:
            service.set_published_only(first, date(2025, 5, 19))
    elif kind in ("title", "outlet", "author"):
        name = {"title": "title", "outlet": "source", "author": "author"}[kind]
        fields = {name: f"Corrected {kind}"}
        old = service.update_article(first, **fields)
        if undo:
            service.update_article(first, **old)
        if redo:
            service.update_article(first, **fields)
    elif kind in ("fact_text", "fact_date"):
        change: dict[str, Any] = (
            {"text": "More than 3,100 travellers were stranded on Monday."}
            if kind == "fact_text"
            else {
                "date_range": DateRange("2025-05-11", date(2025, 5, 11), date(2025, 5, 11), "day")
            }
        )
        old = service.edit_fact(fact, **change)
        if undo:
            service.restore_fact_fields(fact, old)
        if redo:
            service.edit_fact(fact, **change)
    elif kind == "add_fact":
        added = service.add_manual_fact(
            "The harbour master closed the quay.",
            DateRange("2025-05-14", date(2025, 5, 14), date(2025, 5, 14), "day"),
            article_id=first,
        )
        if undo:
            removed = service.delete_fact(added)
        if redo:
            service.restore_fact(removed)
    elif kind == "hide_fact":
        old_status = service.set_fact_status(fact, "rejected")
        if undo:
            service.set_fact_status(fact, old_status)
        if redo:
            service.set_fact_status(fact, "rejected")
    elif kind == "delete_fact":
        record = service.delete_fact(fact)
        if undo:
            service.restore_fact(record)
        if redo:
            service.delete_fact(fact)
    elif kind == "judge_pair":
        verdict = service.set_pair_decision(a, b, decision="confirmed", note="crews' count")
        if undo:
            service.set_pair_decision(a, b, decision=verdict[0], note=verdict[1])
        if redo:
            service.set_pair_decision(a, b, decision="confirmed", note="crews' count")
    elif kind == "judge_group":
        key = ids["group"]
        old_group = service.set_group_decision(key, accepted_value="3,000", note="port's count")
        if undo:
            service.set_group_decision(key, accepted_value=old_group[0], note=old_group[1])
        if redo:
            service.set_group_decision(key, accepted_value="3,000", note="port's count")
    elif kind == "fact_note":
        old_note = service.set_fact_note(fact, "ask the port authority")
        if undo:
            service.set_fact_note(fact, old_note)
        if redo:
            service.set_fact_note(fact, "ask the port authority")
    elif kind == "fact_tags":
        old_tags = service.set_fact_tags(fact, ["strike", "travel"])
        if undo:
            service.set_fact_tags(fact, old_tags)
        if redo:
            service.set_fact_tags(fact, ["strike", "travel"])
    elif kind == "link_figure":
        old_link = service.link_figure(a, "")  # out of every group
        if undo:
            service.link_figure(a, old_link)
        if redo:
            service.link_figure(a, "")
    elif kind == "set_aside":
        # the last paragraph set aside as page furniture (the body and its facts change)
        last = len(service.article(first).blocks) - 1
        aside = service.set_block_kept_undoable(first, last, False)
        if undo:
            service.restore_extractions([aside.before])
        if redo:
            service.restore_extractions([aside.after])
    elif kind == "delete_article":
        gone = service.remove_articles([first])
        if undo:
            service.restore_articles(gone)
        if redo:
            service.remove_articles([first])
    elif kind == "reextract":
        again = service.reextract_undoable(first)
        if undo:
            service.restore_extractions([again.before])
        if redo:
            service.restore_extractions([again.after])
    else:
        raise ValueError(kind)


def _state(store: ProjectStore) -> dict[str, Any]:
    """Everything an edit may touch, as plain values."""
    service = ProjectService(store)
    articles = [
        (
            r.id,
            r.title,
            r.source,
            r.author,
            str(r.published),
            r.published_origin,
            service.article(r.id).text,
            tuple(b.kept for b in service.article(r.id).blocks),
        )
        for r in service.articles()
    ]
    facts = [
        (
            f.id,
            f.article.id if f.article else None,
            f.text,
            str(f.date.earliest),
            str(f.date.latest),
            f.status,
            f.note,
            f.tags,
        )
        for f in service.facts()
    ]
    figures = sorted((f.id, f.article.id, f.figure.text) for f in service.figures())
    pairs = sorted((p.a, p.b, p.decision, p.note) for p in service.pairs())
    groups = sorted((g.key, g.accepted_value, g.note) for g in service.groups())
    return {
        "articles": articles,
        "facts": sorted(facts),
        "figures": figures,
        "pairs": pairs,
        "groups": groups,
    }


def _read(path: Path) -> dict[str, Any]:
    with ProjectStore.open_for_reading(path) as store:
        return _state(store)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The project every case starts from (copied for each), and the ids the edits use: the
    first article, a fact of it the analyst had already edited (so that reading it again
    has the analyst's work to keep), and a contradicted pair of figures."""
    folder = tmp_path_factory.mktemp("audit9_edits")
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "Kessel.factlane"
    with ProjectService.open(path, create=True) as service:
        outcomes = service.import_files([folder / "first.txt", folder / "second.txt"])
        assert [o.status for o in outcomes] == ["imported", "imported"]
        first = outcomes[0].article_id
        assert first is not None
        fact = next(f.id for f in service.facts(article_id=first) if "3,000" in f.text)
        other = next(f.id for f in service.facts(article_id=first) if f.id != fact)
        service.edit_fact(other, text="The crews first stopped work on 2 May, the union said.")
        service.set_fact_note(other, "check with the union")
        pairs = [p for p in service.pairs() if p.relation == "contradiction"]
        assert pairs, [(p.a, p.b, p.relation) for p in service.pairs()]
        a, b, group = pairs[0].a, pairs[0].b, pairs[0].group_key
    return path, {"first": first, "fact": fact, "a": a, "b": b, "group": group}


@pytest.mark.parametrize("step", ["do", "undo", "redo"])
@pytest.mark.parametrize("kind", KINDS)
def test_an_edit_survives_a_kill_right_after_it_returns(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, kind: str, step: str
) -> None:
    original, ids = made
    before = _read(original)
    # what the same calls leave in a project closed properly
    clean = tmp_path / "clean" / original.name
    clean.parent.mkdir()
    shutil.copy2(original, clean)
    with ProjectService.open(clean) as service:
        apply_edit(service, kind, step, ids)
    expected = _read(clean)
    if step == "undo":
        assert expected == before, "the undo put the project back"
    else:
        assert expected != before, "the edit changed the project"

    crashed = tmp_path / "crashed" / original.name
    crashed.parent.mkdir()
    shutil.copy2(original, crashed)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(crashed), kind, step, json.dumps(ids)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert child.returncode == -9, child.stderr
    assert integrity_check(crashed) == "ok"
    assert _read(crashed) == expected  # read in place, as the command line reads it
    with ProjectService.open(crashed) as service:
        assert service.store.open_warnings == ()  # the log was whole: nothing may be missing
        assert _state(service.store) == expected
    assert integrity_check(crashed) == "ok"


LOOP = r"""
import json, sys
from datetime import date
from pathlib import Path
from desktop.services.project import ProjectService

service = ProjectService.open(Path(sys.argv[1]))
ids = json.loads(sys.argv[2])
n = int(sys.argv[3])
while True:
    n += 1
    service.set_fact_note(ids["fact"], f"note {n}")
    service.update_article(ids["first"], title=f"Title {n}")
    service.set_fact_status(ids["fact"], "confirmed" if n % 2 else "rejected")
    service.set_published_undoable(ids["first"], date(2025, 5, 1 + n % 28))
    print("done", n, flush=True)
"""


def test_edits_killed_at_any_moment_keep_every_one_reported_done(
    made: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """Edits made one after another and the process killed at a random moment, mid-edit
    as often as not: every round of edits reported done is in the project, a round cut
    short is there whole or not at all edit by edit, and the project is sound each time."""
    original, ids = made
    path = tmp_path / original.name
    shutil.copy2(original, path)
    rng = random.Random(9)
    reported = 0
    for round_no in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", LOOP, str(path), json.dumps(ids), str(reported)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        wanted = reported + rng.randint(1, 3)
        last = reported
        while last < wanted:
            line = child.stdout.readline()
            if not line:
                break
            last = int(line.split()[1])
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=60)
        for line in out.splitlines():
            last = max(last, int(line.split()[1]))
        assert child.returncode == -9, f"round {round_no}"
        assert integrity_check(path) == "ok", f"round {round_no}"
        with ProjectService.open(path) as service:
            assert service.store.open_warnings == ()
            note = service.fact(ids["fact"]).note
            title = service.article(ids["first"]).record.title
            published = service.article(ids["first"]).record.published
        n_note = int(note.split()[1])
        n_title = int(title.split()[1]) if title and title.startswith("Title ") else 0
        # each edit is the last reported round's or the next one's (made, not yet reported)
        assert n_note in (last, last + 1), (round_no, note, last)
        assert n_title in (n_note, n_note - 1), (round_no, title, note)
        # the date, the round's last edit, is that round's or the round before's
        assert published is not None
        assert published.day in (1 + n_note % 28, 1 + (n_note - 1) % 28), (round_no, published)
        reported = n_note
    assert reported >= 6
