"""Write dev31's Windows-1252 page with no charset declared (o09).

Its text is written by hand in ``o09_source.html`` (UTF-8 here, for editing); the file in the
set is that text encoded as Windows-1252, as an old CMS serves it, with no charset in the
markup. Run from the repository root:
``.venv/bin/python benchmarks/data/ingest/dev31/src/build.py``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    text = (HERE / "o09_source.html").read_text(encoding="utf-8")
    (HERE.parent / "o09_cp1252_no_charset.html").write_bytes(text.encode("cp1252"))


if __name__ == "__main__":
    main()
