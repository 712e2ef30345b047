"""The Markdown findings export: conflicts with the analyst's decisions, facts with their
citations, tags and notes, written as literal text."""

from __future__ import annotations

from pathlib import Path

from desktop.services.demo import build_demo
from desktop.services.export import FORMATS, export_project
from desktop.services.project import ProjectService


def test_markdown_findings_hold_decisions_notes_and_tags_as_literal_text(tmp_path: Path) -> None:
    path = tmp_path / "Kursk.factlane"
    build_demo(path)
    assert "markdown" in FORMATS
    with ProjectService.open(path) as project:
        facts = [f for f in project.facts() if f.date.earliest is not None]
        fact = facts[0]
        project.set_fact_note(fact.id, "Call *Reuters* | ask for #2")
        project.set_fact_tags(fact.id, ["checked"])
        pair = next(p for p in project.pairs() if p.relation == "contradiction")
        project.set_pair_decision(
            pair.a, pair.b, decision="confirmed", note="Ministry figure is older"
        )
        out = tmp_path / "findings.md"
        assert export_project(project, "markdown", out) == [out]
        text = out.read_text(encoding="utf-8")
        # Only the facts shown: one fact, and the conflicts of its article alone.
        narrowed = tmp_path / "shown.md"
        export_project(project, "markdown", narrowed, fact_ids=[fact.id])
        shown = narrowed.read_text(encoding="utf-8")
    assert text.startswith("# Kursk\n")
    assert ": contradiction, confirmed" in text
    assert "- Note: Ministry figure is older" in text
    # The note is one table cell, its asterisks, bar and hash written as themselves.
    row = next(line for line in text.splitlines() if "Call" in line)
    assert "Call \\*Reuters\\* \\| ask for \\#2" in row
    assert row.count(" | ") == 6 and "| checked |" in row  # 7 columns: Names (entities round 2)
    facts_rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(facts_rows) - 1 == len([f for f in facts if f.status != "rejected"])
    assert "1 dated facts" in shown and "a search or filter showed" in shown


def test_the_html_report_carries_a_facts_tags_and_note_escaped(tmp_path: Path) -> None:
    path = tmp_path / "Kursk.factlane"
    build_demo(path)
    with ProjectService.open(path) as project:
        fact = next(f for f in project.facts() if f.date.earliest is not None)
        project.set_fact_note(fact.id, "Ask the <ministry> & the army")
        project.set_fact_tags(fact.id, ["checked", "casualties"])
        out = tmp_path / "report.html"
        assert export_project(project, "html", out) == [out]
        page = out.read_text(encoding="utf-8")
    row = next(line for line in page.splitlines() if "Ask the" in line)
    assert "Note: Ask the &lt;ministry&gt; &amp; the army" in row
    assert "Tags: checked, casualties" in row or "Tags: casualties, checked" in row
    # A fact with neither gets no empty lines.
    assert page.count("Tags: ") == 1 and page.count("Note: ") == 1
