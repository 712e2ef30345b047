"""What the ingest dev sets' ``src/answers.py`` files share: the shape of one answer and the
writing of ``answers.jsonl`` (read by ``benchmarks/ingest_eval.py``).

An answers file imports it after putting this folder on ``sys.path``::

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from _answers_common import answer, write_answers  # noqa: E402
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def answer(
    file: str,
    title: str | None,
    source: str | None,
    author: str | None,
    published: str | None,
    origin: str | None,
    body: list[str],
    furniture: Iterable[str],
    **extra: Any,
) -> dict[str, Any]:
    """One file's answer: its metadata, the true body's paragraphs (``first`` and ``last``
    taken from them), the furniture that must not reach the body and, in ``extra``, what a
    set adds (``once``, ``url``, ``partial``, ``language`` when not English)."""
    return {
        "file": file,
        "title": title,
        "source": source,
        "author": author,
        "published": published,
        "published_origin": origin,
        "body": body,
        "furniture": list(furniture),
        "once": list(extra.pop("once", [])),
        "first": body[0] if body else "",
        "last": body[-1] if body else "",
        "language": "en",
        **extra,
    }


def write_answers(folder: Path, answers: Iterable[dict[str, Any]]) -> None:
    """Write ``answers`` to ``folder/answers.jsonl``, one JSON object a line."""
    lines = [json.dumps(a, ensure_ascii=False) for a in answers]
    (folder / "answers.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
