"""Speed and memory of compare() on 100,000 synthetic figures across 10,000 articles.

Run: .venv/bin/python benchmarks/conflicts_bench.py [figures] [articles]
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.analysis.conflicts import compare
from desktop.domain import Figure, FigureRef

MEASURES = ["killed", "died", "dead", "injured", "wounded", "displaced", "fled", "evacuated",
            "deployed", "captured", "arrested", "missing", "rescued", "cases", "released"]  # fmt: skip
POPULATIONS = ["people", "civilians", "soldiers", "troops", "children", "North Korean soldiers",
               "Thai soldiers", "Cambodian civilians", "residents", "migrants", "hostages",
               "Palestinians", "Israelis", "protesters", "journalists", "aid workers"]  # fmt: skip
PLACES = [None, None, None, "Gaza", "Kursk", "Sudan", "Derna", "Valencia", "Sisaket", "Kharkiv"]
QUALIFIERS = ["exact", "approximate", "at_least", "more_than", "at_most", "less_than", "range"]


def synthetic(n_figures: int, n_articles: int, seed: int = 7) -> list[FigureRef]:
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    refs: list[FigureRef] = []
    for i in range(n_figures):
        article = rng.randrange(n_articles)
        published = start + timedelta(days=article % 120)
        value = float(
            rng.choice([12, 38, 300, 2700, 11000, 12000, 260000, 300000]) * rng.uniform(0.8, 1.2)
        )
        qualifier = rng.choice(QUALIFIERS)
        low: float | None = value
        high: float | None = value
        if qualifier in ("at_least", "more_than"):
            high = None
        elif qualifier in ("at_most", "less_than"):
            low = None
        elif qualifier == "range":
            high = value * 1.2
        figure = Figure(
            start=0, end=5, text="x", number_text="x", low=low, high=high,
            qualifier=qualifier,  # type: ignore[arg-type]
            counted=rng.choice(POPULATIONS), measure=rng.choice(MEASURES),
            scope=rng.choice(PLACES), tolerance=0.1 if qualifier == "approximate" else 0.0,
        )  # fmt: skip
        refs.append(FigureRef(id=i + 1, article_id=article, figure=figure, published=published))
    return refs


def main() -> None:
    n_figures = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    n_articles = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    refs = synthetic(n_figures, n_articles)
    # timed without tracing (tracemalloc slows Python several times), then measured again traced
    t0, c0 = time.perf_counter(), time.process_time()
    report = compare(refs)
    elapsed = time.perf_counter() - t0
    # CPU seconds too: on a shared machine the wall clock also measures the neighbours
    cpu = time.process_time() - c0
    del report
    tracemalloc.start()
    report = compare(refs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    relations: dict[str, int] = {}
    for p in report.pairs:
        relations[p.relation] = relations.get(p.relation, 0) + 1
    biggest = max((len(g.figure_ids) for g in report.groups), default=0)
    # pairs made only as possibly one quantity (conflicts round 48; none before it)
    tentative = sum(1 for p in report.pairs if getattr(p, "tentative", False))
    print(f"{'figures':<22}{n_figures:>12,}")
    print(f"{'articles':<22}{n_articles:>12,}")
    print(f"{'groups':<22}{len(report.groups):>12,}")
    print(f"{'largest group':<22}{biggest:>12,}")
    print(f"{'pairs':<22}{len(report.pairs):>12,}")
    for name, count in sorted(relations.items()):
        print(f"{'  ' + name:<22}{count:>12,}")
    print(f"{'  tentative':<22}{tentative:>12,}")
    print(f"{'compare() time':<22}{elapsed:>11.2f}s")
    print(f"{'compare() CPU time':<22}{cpu:>11.2f}s")
    print(f"{'peak memory (traced)':<22}{peak / 2**20:>10.1f}MB  (allocated by compare())")
    print(
        f"RESULT conflicts_bench figures={n_figures} articles={n_articles} time_s={elapsed:.2f} "
        f"peak_mb={peak / 2**20:.1f} groups={len(report.groups)} pairs={len(report.pairs)} "
        f"cpu_s={cpu:.2f} tentative={tentative}"
    )


if __name__ == "__main__":
    main()
