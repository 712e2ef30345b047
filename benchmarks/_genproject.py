"""A large generated project for the speed benchmarks, cached between runs.

`generate(path, facts=100_000, lanes=20, years=30)` writes a real `.factlane` file through the
storage layer: articles from `lanes` outlets, each with 20 dated facts (a mix of day, month and
year precision) and a few figures, spread over `years` years.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from desktop.domain import Block, DateRange, Extraction, Fact, Figure, RawArticle, TimeExpression
from desktop.storage.store import ProjectStore

FACTS_PER_ARTICLE = 20
VERBS = ["shelled", "captured", "announced", "signed", "evacuated", "reported", "closed", "met"]
PLACES = ["the border town", "the port", "the capital", "the northern district", "the bridge"]


def cached_project(facts: int = 100_000, lanes: int = 20, years: int = 30) -> Path:
    path = Path(tempfile.gettempdir()) / f"factlane-bench-{facts}-{lanes}-{years}.factlane"
    if not path.exists():
        generate(path, facts=facts, lanes=lanes, years=years)
    return path


def generate(path: Path, *, facts: int, lanes: int, years: int) -> None:
    rng = random.Random(1234)
    tmp = path.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    start = date(2026, 1, 1) - timedelta(days=365 * years)
    outlets = [f"Outlet {i + 1:02d}" for i in range(lanes)]
    with ProjectStore.open(tmp, create=True) as store:
        for n in range(facts // FACTS_PER_ARTICLE):
            published = start + timedelta(days=rng.randrange(365 * years))
            sentences, timexes, fact_list = [], [], []
            pos = 0
            for i in range(FACTS_PER_ARTICLE):
                when = published - timedelta(days=rng.randrange(0, 40))
                kind = rng.random()
                if kind < 0.8:
                    words, dr = (
                        f"on {when:%B} {when.day}",
                        DateRange(when.isoformat(), when, when, "day"),
                    )
                elif kind < 0.95:
                    first = when.replace(day=1)
                    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    words, dr = f"in {when:%B}", DateRange(f"{when:%Y-%m}", first, last, "month")
                else:
                    words = f"in {when.year}"
                    dr = DateRange(
                        str(when.year), date(when.year, 1, 1), date(when.year, 12, 31), "year"
                    )
                sentence = f"Officials {rng.choice(VERBS)} {rng.choice(PLACES)} {words} ({n}.{i})."
                t_start = pos + sentence.index(words) + words.index(" ") + 1
                t_end = pos + sentence.index(words) + len(words)
                timexes.append(
                    TimeExpression(
                        t_start, t_end, words.split(" ", 1)[1], "DATE", dr.value, "generated", dr
                    )
                )
                fact_list.append(Fact(pos, pos + len(sentence), sentence, i, dr))
                sentences.append(sentence)
                pos += len(sentence) + 1
            text = "\n".join(sentences)
            figure = Figure(0, 8, "Officials", "1", 1.0, 1.0, "exact", counted="officials")
            raw = RawArticle(
                text=text,
                blocks=[Block(s, True) for s in sentences],
                format="txt",
                title=f"Generated report {n}",
                source=outlets[n % lanes],
                published=published,
                published_origin="metadata",
            )
            store.add_article(
                data=text.encode(),
                sha256=f"{n:064x}",
                path=f"generated/{n}.txt",
                raw=raw,
                extraction=Extraction(timexes, fact_list, [figure]),
            )
    tmp.rename(path)


if __name__ == "__main__":
    import time

    t = time.perf_counter()
    print(cached_project(), f"{time.perf_counter() - t:.1f} s")
