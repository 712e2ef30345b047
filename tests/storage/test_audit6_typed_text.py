"""Audit round 6: what the analyst types is saved even when it holds half a character.

Text pasted from a program that split an emoji in two (UTF-16 halves held as two code points),
or a half left alone, reaches Python as surrogates, which UTF-8 cannot hold: SQLite refused
the edit with a UnicodeEncodeError and the analyst's note, title or verdict was lost. A pair
of halves is joined into its character again; a half alone becomes U+FFFD.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain import DateRange
from desktop.services.project import ProjectService
from tests.conftest import SEED

SPLIT_EMOJI = "flood \ud83c\udf0a here"  # 🌊 as its two UTF-16 halves
JOINED = "flood 🌊 here"
LONE = "half \ud83d alone"
REPLACED = "half \ufffd alone"


def test_edits_holding_halves_of_characters_are_saved(project_path: Path) -> None:
    with ProjectService.open(project_path, create=True) as project:
        article_id = project.import_file(SEED.parent / "002_harbor_wire.txt").article_id
        assert article_id is not None
        fact = project.facts()[0]
        project.edit_fact(fact.id, text=SPLIT_EMOJI)
        project.set_fact_note(fact.id, LONE)
        project.set_fact_tags(fact.id, [LONE])
        project.update_article(article_id, title=SPLIT_EMOJI, source=LONE, note=LONE)
        day = date(2026, 4, 1)
        manual = project.add_manual_fact(LONE, DateRange("2026-04-01", day, day, "day"))
    with ProjectService.open(project_path) as project:
        again = project.fact(fact.id)
        assert (again.text, again.note, again.tags) == (JOINED, REPLACED, (REPLACED,))
        record = project.article(article_id).record
        assert (record.title, record.source) == (JOINED, REPLACED)
        assert project.store.article_note(article_id) == REPLACED
        assert project.fact(manual).text == REPLACED


def test_verdicts_and_accepted_values_holding_a_half_are_saved(project_path: Path) -> None:
    with ProjectService.open(project_path, create=True) as project:
        for name in ("000_cba7b06516aed0c2.txt", "002_harbor_wire.txt"):
            project.import_file(SEED.parent / name)
        figures = project.figures()
        a, b = figures[0].id, figures[1].id
        project.set_pair_decision(a, b, decision="confirmed", note=LONE)
        project.set_group_decision("some group", accepted_value=SPLIT_EMOJI, note=LONE)
        assert project.store.set_pair_decision(a, b, decision="confirmed", note="x")[1] == REPLACED
        assert project.store.set_group_decision("some group", accepted_value="", note="") == (
            JOINED,
            REPLACED,
        )
