"""The scorer's --errors-dir: every development set's errors, a file a set, never a held-out one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import timex_eval


def test_errors_are_written_a_file_a_development_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = {
        "published": "2025-01-13",
        "text": "The talks ended Thursday. Officials met again in March.",
        "timexes": [
            {"text": "Thursday", "type": "DATE", "value": "2025-01-09"},
            # a wrong gold value, so that the set has one error to write
            {"text": "March", "type": "DATE", "value": "1999-03"},
        ],
    }
    data = tmp_path / "wirex.jsonl"
    data.write_text(json.dumps(article) + "\n", encoding="utf-8")
    asked: list[str] = []

    def load_corpus(name: str) -> list[timex_eval.Document]:
        asked.append(name)
        return []

    monkeypatch.setattr(timex_eval, "load_corpus", load_corpus)
    monkeypatch.setattr(timex_eval, "WIRE_ARTICLES", {"wirex": data})
    out = tmp_path / "errors"
    assert timex_eval.main(["--errors-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["timebank.txt", "wirex.txt"]
    assert asked == ["timebank"]  # AQUAINT is never loaded, let alone written
    lines = (out / "wirex.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("VALUE") and "[[March]]" in lines[0]
    assert (out / "timebank.txt").read_text(encoding="utf-8") == ""
