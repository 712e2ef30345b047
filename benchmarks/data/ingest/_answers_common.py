"""What the ingest dev sets' ``src/answers.py`` and ``src/build.py`` files share: the shape
of one answer, the writing of ``answers.jsonl`` (read by ``benchmarks/ingest_eval.py``) and of
the documents a build writes beside it.

A set's script imports it after putting this folder on ``sys.path``::

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from _answers_common import answer, write_answers  # noqa: E402

The sets written before this module (``dev12`` to ``dev25``) keep the order of the keys
their own helpers wrote (``page_answer``: the ends before the body; ``record``: after it;
``completed``: after the keywords the set names), so that their ``answers.jsonl`` stay the
same byte for byte when rebuilt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def ends(body: list[str], first: str | None = None, last: str | None = None) -> tuple[str, str]:
    """The body's first and last strings as scored: its first and last paragraphs, or the
    sentences given for them when the set scores a sentence of a longer paragraph."""
    return first or (body[0] if body else ""), last or (body[-1] if body else "")


def _metadata(
    title: str | None,
    source: str | None,
    author: str | None,
    published: str | None,
    origin: str | None,
) -> dict[str, Any]:
    """The five metadata fields of an answer, in the order every set writes them."""
    return dict(zip(_METADATA_KEYS, (title, source, author, published, origin), strict=True))


_METADATA_KEYS = ("title", "source", "author", "published", "published_origin")


def record(
    file: str,
    title: str | None,
    source: str | None,
    author: str | None,
    published: str | None,
    origin: str | None,
    body: list[str],
    furniture: Iterable[str],
    once: Iterable[str] = (),
) -> dict[str, Any]:
    """One file's answer, the ends after the body; what a set adds goes after it."""
    first, last = ends(body)
    return {
        "file": file,
        **_metadata(title, source, author, published, origin),
        "body": body,
        "furniture": list(furniture),
        "once": list(once),
        "first": first,
        "last": last,
    }


def page_answer(*fields: Any, **named: Any) -> dict[str, Any]:
    """One page's answer without its file name (a set's build names the file when it writes
    the page): ``record``'s fields after the name, the ends before the body."""
    row = record("", *fields, **named)
    return {
        key: row[key] for key in (*_METADATA_KEYS, "first", "last", "body", "furniture", "once")
    }


def completed(file: str, fields: dict[str, Any]) -> dict[str, Any]:
    """An answer given as keywords (``title=``, ``body=``, ...) made whole: the file's name
    first, no ``once`` unless given, and the ends, from ``first_sentence`` and
    ``last_sentence`` when the set names them."""
    row = {"file": file, **fields}
    row.setdefault("once", [])
    first_sentence = row.pop("first_sentence", None)
    last_sentence = row.pop("last_sentence", None)
    row["first"], row["last"] = ends(row["body"], first_sentence, last_sentence)
    return row


def write_documents(folder: Path, documents: Iterable[tuple[str, str | bytes]]) -> None:
    """Write each ``(name, content)`` into ``folder``: bytes as they are, text as UTF-8."""
    for name, content in documents:
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / name).write_bytes(data)


def answer(file: str, *fields: Any, **extra: Any) -> dict[str, Any]:
    """One file's answer: ``record``'s fields after the name (the metadata, the true body's
    paragraphs, ``first`` and ``last`` taken from them, and the furniture that must not reach
    the body) and, in ``extra``, what a set adds (``once``, ``url``, ``partial``,
    ``language`` when not English)."""
    row = record(file, *fields, once=extra.pop("once", ()))
    return {**row, "language": "en", **extra}


def write_answers(folder: Path, answers: Iterable[dict[str, Any]]) -> None:
    """Write ``answers`` to ``folder/answers.jsonl``, one JSON object a line."""
    lines = [json.dumps(a, ensure_ascii=False) for a in answers]
    (folder / "answers.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
