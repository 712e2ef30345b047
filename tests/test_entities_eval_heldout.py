"""The entities benchmark's held-out set: well-formed labels, scored, and never listed.

``benchmarks/entities_eval.py --errors`` lists the misses of the development sets; the
held-out set (entities_heldout.jsonl) prints its totals only, so nobody tunes on its items.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
HELDOUT = BENCHMARKS / "data" / "entities_heldout.jsonl"
TYPES = {"PERSON", "PLACE", "ORG"}


def _items() -> list[dict]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_heldout_labels_are_well_formed() -> None:
    items = _items()
    assert len(items) == 40
    assert len({item["id"] for item in items}) == 40
    mentions = 0
    for item in items:
        for ent in item["entities"]:
            assert ent["type"] in TYPES, (item["id"], ent)
            assert ent["text"] and ent["text"] in item["text"], (item["id"], ent)
            assert ent["name"].strip() == ent["name"] and ent["name"], (item["id"], ent)
            mentions += 1
    assert mentions == 302


def test_heldout_is_registered_as_held_out() -> None:
    tree = ast.parse((BENCHMARKS / "entities_eval.py").read_text(encoding="utf-8"))
    source = ast.unparse(tree)
    assert "'heldout': HERE / 'data' / 'entities_heldout.jsonl'" in source
    assert "HELD_OUT = frozenset({'heldout'})" in source


def test_errors_lists_no_heldout_item() -> None:
    run = subprocess.run(
        [sys.executable, str(BENCHMARKS / "entities_eval.py"), "--errors"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    out = run.stdout
    rows = [line.split() for line in out.splitlines()]
    assert any(row[:2] == ["heldout", "302"] for row in rows if row)
    assert "(heldout is held out: totals only, its errors are not listed)" in out
    ids = {item["id"] for item in _items()}
    listed = {line.split()[1].rstrip(":") for line in out.splitlines() if line.startswith("--- ")}
    assert not listed & ids
    for item in _items():
        assert item["text"][:40] not in out
    assert "heldout_mention_f1=" in out.splitlines()[-1]
