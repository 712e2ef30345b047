"""Audit round 6: the analyst's edits while an import and re-extractions run, and a kill.

A child process does what the window does: a worker thread imports a folder of reports and
then reads the articles again, over and over, while the analyst (the main thread) confirms
facts, redates them, retitles articles and gives verdicts on pairs of figures. The child
prints each edit once it is committed, and is killed (SIGKILL) partway. Reopened, the project
must pass its integrity check and hold every edit the child said was committed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from ast import literal_eval
from pathlib import Path

import pytest

from desktop.domain.records import FactRecord
from desktop.services.project import ProjectService
from desktop.storage.project import integrity_check
from tests.conftest import REPO

REPORTS = {
    "quay_1.txt": """Ferry runs aground off Sallow Quay

Published 3 June 2026

At least 12 passengers were hurt when the ferry Marram ran aground off Sallow Quay on
Monday evening, the coastguard said. The crew of 9 stayed aboard overnight.
""",
    "quay_2.txt": """Sallow Quay ferry: injured rises

Published 4 June 2026

The number of passengers hurt when the Marram ran aground has risen to 21, the island's
hospital said on Tuesday. Divers inspected the hull yesterday.
""",
    "quay_3.txt": """Inquiry into Marram grounding

Published 6 June 2026

Investigators said on Thursday that 16 passengers were hurt in Monday's grounding, not 21,
the ferry company said. The harbour reopened on Wednesday.
""",
}

CHILD = r"""
import sys, threading
from datetime import date
from ast import literal_eval
from pathlib import Path
from desktop.domain import DateRange
from desktop.services.project import ProjectService

path, folder = Path(sys.argv[1]), Path(sys.argv[2])
service = ProjectService.open(path)
files = sorted(folder.glob("*.txt"))


def work():
    service.import_files(files)
    print("imported", flush=True)
    while True:
        for article in service.articles():
            service.reextract(article.id)


threading.Thread(target=work, daemon=True).start()
first = [a.id for a in service.articles()]
i = 0
while True:
    i += 1
    try:
        if i % 4 == 1:
            fact = next(f for f in service.facts() if f.status == "auto" and f.article)
            service.set_fact_status(fact.id, "confirmed")
            print("status", fact.article.id, repr(fact.text), flush=True)
        elif i % 4 == 2:
            fact = next(f for f in service.facts() if f.status == "auto" and f.article)
            day = date(2026, 5, 1 + i % 28)
            service.edit_fact(fact.id, date_range=DateRange(day.isoformat(), day, day, "day"))
            print("date", fact.article.id, repr(fact.text), day.isoformat(), flush=True)
        elif i % 4 == 3:
            article_id = first[i % len(first)]
            title = f"Marram grounding, reviewed {i}"
            service.update_article(article_id, title=title)
            print("title", article_id, repr(title), flush=True)
        else:
            by_id = {f.id: (f.article.id, f.figure.number_text) for f in service.figures()}
            pair = service.pairs()[i % 3]
            note = f"checked {i}"
            service.set_pair_decision(pair.a, pair.b, decision="confirmed", note=note)
            print("pair", *by_id[pair.a], *by_id[pair.b], repr(note), flush=True)
    except (KeyError, StopIteration):
        continue  # a fact read again between the listing and the edit has a new id
"""


def _articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"brief_{n:03}.txt"
        path.write_text(
            f"Sallow Quay briefing {n}\n\nPublished {1 + n % 28} July 2026\n\n"
            f"The harbour master said on Monday that {100 + n} vessels used the quay last "
            f"month, and {n + 3} were turned away on Sunday.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


@pytest.fixture
def sallow(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "Sallow.factlane"
    reports = tmp_path / "reports"
    reports.mkdir()
    for name, body in REPORTS.items():
        (reports / name).write_text(body, encoding="utf-8")
    with ProjectService.open(path, create=True) as service:
        service.import_files(sorted(reports.iterdir()))
        assert len(service.pairs()) >= 3, "the reports must pair for the test to mean anything"
    return path, _articles(tmp_path / "briefs", 60)[0].parent


def _sql(path: Path, statement: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(statement).fetchall()
    finally:
        con.close()


def _step(value: str | None, prefix: str) -> int:
    """The number of the child's edit that wrote ``value`` (which starts with ``prefix``)."""
    assert value is not None and value.startswith(prefix), value
    return int(value.removeprefix(prefix))


@pytest.mark.slow
def test_edits_committed_during_an_import_and_reextraction_survive_a_kill(
    sallow: tuple[Path, Path],
) -> None:
    path, briefs = sallow
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(briefs)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    said: list[str] = []
    deadline = time.monotonic() + 240
    try:
        assert child.stdout is not None
        while len([s for s in said if s != "imported"]) < 24 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            said.append(line.strip())
    finally:
        child.send_signal(signal.SIGKILL)
        _, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    edits = [s.split(" ", 1) for s in said if s != "imported"]
    kinds = {kind for kind, _ in edits}
    assert kinds == {"status", "date", "title", "pair"}, (said, err)

    assert integrity_check(path) == "ok"
    assert _sql(path, "PRAGMA foreign_key_check") == []
    with ProjectService.open(path) as service:
        facts = service.facts()
        # one clause may anchor two facts ("said on Monday that ... last month"): the same
        # text, so each edit is looked for among every fact of that article and text
        texts: dict[tuple[int | None, str], list[FactRecord]] = {}
        for f in facts:
            texts.setdefault((f.article.id if f.article else None, f.text), []).append(f)
        titles = {a.id: a.title for a in service.articles()}
        by_id = {f.id: (f.article.id, f.figure.number_text) for f in service.figures()}
        notes = {
            (*by_id[p.a], *by_id[p.b]): (p.decision, p.note)
            for p in service.pairs()
            if p.a in by_id and p.b in by_id
        }
        last_title: dict[int, str] = {}
        last_note: dict[tuple[int, str, int, str], str] = {}
        for kind, rest in edits:
            if kind == "status":
                article, text = rest.split(" ", 1)
                same = texts[(int(article), literal_eval(text))]
                assert any(f.status == "confirmed" for f in same), rest
            elif kind == "date":
                article, text_and_day = rest.split(" ", 1)
                text, day = text_and_day.rsplit(" ", 1)
                same = texts[(int(article), literal_eval(text))]
                assert any(f.status == "edited" and f.date.value == day for f in same), rest
            elif kind == "title":
                article, title = rest.split(" ", 1)
                last_title[int(article)] = literal_eval(title)
            else:
                a_article, a_number, b_article, b_number, note = rest.split(" ", 4)
                # a later verdict on the same pair replaces this one
                last_note[(int(a_article), a_number, int(b_article), b_number)] = literal_eval(note)
        # The child may have committed later edits than the last it was heard saying
        # before the kill: each value stored is the last one said or a later one.
        for article_id, title in last_title.items():
            assert _step(titles[article_id], "Marram grounding, reviewed ") >= _step(
                title, "Marram grounding, reviewed "
            )
        for key, note in last_note.items():
            decision, stored = notes[key]
            assert decision == "confirmed" and _step(stored, "checked ") >= _step(note, "checked ")
        # the import goes on from where the kill stopped it: nothing is half stored
        for article in service.articles():
            detail = service.article(article.id)
            for fact in service.facts():
                if fact.article and fact.article.id == article.id:
                    assert detail.text[fact.start : fact.end] == fact.text
    assert integrity_check(path) == "ok"
