"""Removing articles from a 100,000-fact project, and putting them back (undo), in the store.

On a copy of the cached bench project (``_genproject.cached_project``: 5,000 articles of 20
facts, figures and pairs), removes the first N articles the way the window does (REMOVE_AT_ONCE
at a time, each batch its own transaction, as MainWindow._remove_in_background), then puts
them all back in one transaction (undo: ProjectStore.restore_articles), and checks the project
holds what it held. Prints the seconds of each, per article, and the statements SQLite ran.

Audit round 13, this machine shared by several helpers (wall seconds, one run each):

                 remove 1,000        restore 1,000       remove 5,000         restore 5,000
    f0bb6211     2.17 s (14,063 st.)  1.28 s (11,005 st.)  11.65 s (70,277 st.)  6.10 s (55,005 st.)
    round 13 (1) 0.63 s (213 st.)     0.43 s (64 st.)       2.72 s (1,027 st.)   2.04 s (262 st.)

(st.: the statements SQLite ran; round 13 (1) reads and deletes 500 articles at a time, a
statement per table, and puts them back a statement per table for them all.)

Run: .venv/bin/python benchmarks/removal_bench.py [N ...]   (default 1000 5000)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event, func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _genproject import cached_project

from desktop.storage.models import ArticleRow, FactRow, FigureRow
from desktop.storage.store import ProjectStore

#: as desktop.ui.main_window.REMOVE_AT_ONCE (not imported: that pulls in Qt)
BATCH = 100


def _counts(store: ProjectStore) -> tuple[int, int, int]:
    with store._read() as s:
        return (
            int(s.scalar(select(func.count(ArticleRow.id))) or 0),
            int(s.scalar(select(func.count(FactRow.id))) or 0),
            int(s.scalar(select(func.count(FigureRow.id))) or 0),
        )


def run(n: int, base: Path, work: Path) -> None:
    path = work / f"removal-{n}.factlane"
    shutil.copyfile(base, path)
    store = ProjectStore.open(path)
    statements = [0]

    @event.listens_for(store.engine, "before_cursor_execute")
    def _count(*_args: object) -> None:
        statements[0] += 1

    try:
        before = _counts(store)
        ids = [a.id for a in store.articles()][:n]
        statements[0] = 0
        t = time.perf_counter()
        removed = []
        for start in range(0, len(ids), BATCH):
            removed.extend(store.delete_articles(ids[start : start + BATCH]))
        took = time.perf_counter() - t
        removing = statements[0]
        print(
            f"remove {len(removed):,} articles: {took:.2f} s "
            f"({1000 * took / max(1, len(removed)):.2f} ms an article, {removing:,} statements)"
        )
        statements[0] = 0
        t = time.perf_counter()
        store.restore_articles(removed)
        took = time.perf_counter() - t
        print(
            f"restore {len(removed):,} articles: {took:.2f} s "
            f"({1000 * took / max(1, len(removed)):.2f} ms an article, {statements[0]:,} statements)"
        )
        after = _counts(store)
        if after != before:
            raise SystemExit(f"the project changed: articles, facts, figures {before} -> {after}")
    finally:
        store.close()
        for side in ("", "-wal", "-shm", ".lock"):
            Path(f"{path}{side}").unlink(missing_ok=True)


def main() -> int:
    sizes = [int(a.replace(",", "")) for a in sys.argv[1:]] or [1000, 5000]
    base = cached_project()
    with tempfile.TemporaryDirectory(prefix="factlane-removal-") as tmp:
        for n in sizes:
            run(n, base, Path(tmp))
    return 0


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    raise SystemExit(main())
