"""Speed and memory of compare() on 100,000 synthetic figures across 10,000 articles.

compare() is timed twice: on the figures alone, and as the app calls it (conflicts round 58:
ProjectService._compare), with each article's title and the opening of its text
(``about=``, cut to services.project.ABOUT_CHARS characters), by which it tells apart the
stories that run in the same weeks. The texts are synthetic: 300 stories, each running two
weeks of the 120 days, told in made-up words (a story's own names and nouns beside words any
story has), each article telling one of the stories running on its day. A Factlane whose
compare() takes no ``about`` is timed on the figures alone.

Conflicts round 58, CPU seconds (wall is the neighbours' too on this shared machine), default
sizes: 210db69a (no about) 2.21-2.26 s; HEAD 0cdb5fbf 2.65-2.91 s without about and
5.67-5.92 s with it; after round 58 (2)'s cheaper _about.py 2.75-2.91 s without, 5.22-5.66 s
with, the same stories, groups and pairs. Of the ~2.7 s about= adds, the split itself
(conflicts._stories) is 1.24-1.37 -> 0.95-1.10 s; the rest is each of the 300 stories grouped
apart (23,183 groups and 87,048 pairs, against 1,127 groups and 268,215 pairs as one story):
these synthetic figures scatter each story's ~330 over 2,400 quantities at random, leaving
most alone to be weighed as tentative pairs, where a real story tells a few quantities again
and again, so this part is an upper bound.

Conflicts round 59 (the context tier, desktop/analysis/_context.py): these figures' text ("x")
is nowhere in their articles' openings, so no clause is read and the tier costs only its
look: in-process, 0.06 s of compare()'s ~6.1 s CPU with about= (1%), nothing without it;
whole runs alternated 17f4d7fd/26cefccf, CPU 2.86-3.30 / 3.09-3.36 s without about= and
5.68-6.53 / 6.00-6.84 s with it (the shared machine's noise), the same groups and pairs. Where
clauses are read (the 45 packs of rounds 1-9 in one compare(), 958 figures) it adds ~20 ms per
thousand figures (44 -> 63 ms).

Conflicts round 61 (the tier reads a figure's clause wherever it stands: compare's
``around``, which the app answers from its store, ProjectStore.figure_windows): the figures
now stand at character 2,000 of their articles (``FIGURE_AT``; they stood at 0 with a text
of 5 characters that no text could hold: the same groups and pairs either way), past every
opening, and compare() is timed a third time, with ``around=`` a look-up in windows made
beforehand (``synthetic_windows``: 300 characters either side of the figure, two sentences
of its article's words on each side). The store's query is not timed here: figure_windows
took 3 ms CPU for the 958 figures of the 45 packs. With around=: 87,147 pairs, 99 by context;
every one of the 300 stories has a pair past the cheap gates with a side beyond the
openings, so all 100,000 windows are read (one look-up a story). CPU in one process, about=
-> about= + around=: 7.09 -> 10.63, 6.07 -> 10.21, 5.83 -> 10.97, 5.80 -> 10.94, 6.00 ->
10.17, 6.23 -> 10.15 s: +50-90%, far past the ~10% asked: ~25 us a window read (the
sentence, its clause, its words) times 100,000, ~1.4 million pairs through the gates, and the
frames of the grouped figures (a leaner gate loop and word scan, same pairs, measured no
faster: dropped). The bench is the upper bound round 58 called it: 31% of its figures are left loose
at random and every one weighed. Where figures stand as news tells them, the 45 packs in one
project (in-process, medians of 7 alternated): 0 windows asked (no pair past the gates has a
side beyond an opening), 69 -> 70 ms; with the openings the tier reads cut to 200 characters,
so most clauses come through windows, 48 -> 67 ms for 541 windows (~35 us a window with the
query); and with the tier given no opening at all (the story split as before), its clauses
read through windows alone make the same 16 pairs by context as the openings made.

Conflicts round 62: the tier reads in full (weights, the words as written, parts, rates) only
the windows of figures in a pair past the cheap gates (49,897 here); the other windows give only
which words they hold, for the words' rarity, which stays the story's (so the same pairs: the
99 by context the same, checked by digest); a word is kept or dropped once (cached), and each
figure's day and looseness is read once per unit, not once per pair weighed. Clean archives of
HEAD 94f6b695 without -> with, whole runs alternated, CPU about= / about= + around=: 6.39 /
10.53 -> 5.75 / 9.57, 6.43 / 11.44 -> 6.47 / 11.06 s (around= adds 4.14 and 5.01 -> 3.82 and
4.59 s, some 8%); in-process, the time inside _context.pairs 4.28, 4.11 -> 3.81, 3.86 s (the
cache and days) and 4.34, 5.09 -> 4.02, 4.69 s (with the partial reads too). Still far from the
~6 s before round 61: the rest is reading 100,000 windows' clauses at all (the rarity needs
each), ~1.4 million pairs through the gates and the frames of every grouped figure.

Figures round 54 (migration 0008): the app's store keeps each figure's context words, read once
when the figure is stored (``_context.stored_contexts``), and answers compare's ``around`` with
them (ProjectStore.figure_contexts; a window of text only for a figure stored before 0008).
compare() is timed a fourth time, "stored words", as the app now calls it: ``synthetic_stored``
works the words out beforehand from each figure's window (the text the bench has of it; not
timed, as an import is not). The same 87,147 pairs, 99 by context, pairs and reasons identical
to the windows' (checked in-process). CPU, whole runs alternated with a clean archive of
64a0efe4 (the session's start, which reads windows), this machine loaded (wall 2-4x CPU):
the app's path 11.96, 12.17 s there -> 9.43, 9.89 s here (about= alone 6.75, 7.25 / 6.72,
7.39 s: the tier's reading past the openings 5.21, 4.92 -> 2.71, 2.50 s); windows read here
11.53, 12.44 s. In-process at 30,000 figures: about= 2.03 s, stored words 2.45, windows 3.38.
What is left of the tier's cost is its gate loop (~1.4 million pairs) and the decoding of
100,000 stored strings (json, ~5 us each): still above the ~6 s of the app's path before round
61, which read no text past the openings.

Run: .venv/bin/python benchmarks/conflicts_bench.py [figures] [articles]
"""

from __future__ import annotations

import argparse
import inspect
import random
import sys
import time
import tracemalloc
from collections.abc import Collection
from dataclasses import replace
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
STORIES = 300
#: days a synthetic story runs
STORY_DAYS = 14
#: where each figure stands in its article's text: past any opening (conflicts round 61)
FIGURE_AT = 2000

try:  # what the app gives compare() of each text
    from desktop.services.project import ABOUT_CHARS
except ImportError:  # a Factlane before conflicts round 58
    ABOUT_CHARS = 800
try:  # the text the app looks up around a figure (compare's ``around``)
    from desktop.analysis._context import WINDOW_CHARS
except ImportError:  # a Factlane before conflicts round 61
    WINDOW_CHARS = 0


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
            start=FIGURE_AT, end=FIGURE_AT + 1, text="x", number_text="x", low=low, high=high,
            qualifier=qualifier,  # type: ignore[arg-type]
            counted=rng.choice(POPULATIONS), measure=rng.choice(MEASURES),
            scope=rng.choice(PLACES), tolerance=0.1 if qualifier == "approximate" else 0.0,
        )  # fmt: skip
        refs.append(FigureRef(id=i + 1, article_id=article, figure=figure, published=published))
    return refs


def _word(rng: random.Random) -> str:
    syllables = ["ka", "ter", "mo", "vel", "ran", "dis", "lo", "brun", "ash", "quel", "po", "nix"]
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))


def synthetic_about(n_articles: int, seed: int = 11) -> dict[int, str]:
    """Each article's title and the opening of its text, as the app gives them to compare():
    the article tells one of the stories running on its day (``synthetic`` dates article a
    on day a % 120), in its story's own words (8 of them, no other story's: a place, a name,
    the event's nouns and verbs) among words any news text has (a pool of 3,000)."""
    rng = random.Random(seed)
    made: set[str] = set()

    def new_word() -> str:
        word = _word(rng)
        while word in made:
            word = _word(rng)
        made.add(word)
        return word

    common = [new_word() for _ in range(3000)]
    own = [[new_word().capitalize() for _ in range(8)] for _ in range(STORIES)]
    starts = [rng.randrange(120 - STORY_DAYS + 1) for _ in range(STORIES)]
    running: dict[int, list[int]] = {
        day: [s for s in range(STORIES) if starts[s] <= day < starts[s] + STORY_DAYS]
        for day in range(120)
    }
    about: dict[int, str] = {}
    for article in range(n_articles):
        story = rng.choice(running[article % 120] or range(STORIES))
        title = " ".join(rng.sample(own[story], 3) + rng.sample(common, 3))
        words = [
            rng.choice(own[story]) if rng.random() < 0.25 else rng.choice(common)
            for _ in range(140)
        ]
        about[article] = title + "\n" + " ".join(words)[:ABOUT_CHARS]
    return about


def synthetic_windows(
    refs: list[FigureRef], about: dict[int, str], seed: int = 13
) -> dict[int, tuple[int, str]]:
    """Each figure's window of text, as the app's store cuts it (compare's ``around``,
    conflicts round 61): ``WINDOW_CHARS`` either side of the figure, two sentences of its
    article's words (its story's and common ones) on each side of the number."""
    rng = random.Random(seed)
    chars = WINDOW_CHARS or 300
    windows: dict[int, tuple[int, str]] = {}
    for ref in refs:
        words = about[ref.article_id].partition("\n")[2].split()
        left = " ".join(rng.sample(words, 60))
        right = " ".join(rng.sample(words, 60))
        left = left[len(left) - chars + 2 :]
        cut = len(left) // 2
        left = f"{left[:cut]}. {left[cut + 2 :].capitalize()}"
        text = f"{left} x {right[:cut]}. {right[cut + 2 : chars - 1].capitalize()}"
        windows[ref.id] = (ref.figure.start - len(left) - 1, text)
    return windows


def synthetic_stored(
    refs: list[FigureRef], windows: dict[int, tuple[int, str]]
) -> dict[int, str] | None:
    """Each figure's context words as the app's store keeps them since figures round 54
    (migration 0008): read once, when the figure is stored, in its article's text, here the
    figure's window (the text the bench has of it). None for a Factlane that stores none."""
    try:
        from desktop.analysis._context import _window, stored_contexts
    except ImportError:  # a Factlane before figures round 54
        return None
    stored: dict[int, str] = {}
    for ref in refs:
        opening = _window(ref, windows[ref.id])
        figure = replace(
            ref.figure,
            start=ref.figure.start - opening.offset,
            end=ref.figure.end - opening.offset,
        )
        stored[ref.id] = next(stored_contexts(opening.text, [figure]))
    return stored


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Speed and memory of compare() on synthetic figures (see the docstring)."
    )
    parser.add_argument("figures", type=int, nargs="?", default=100_000, help="default 100,000")
    parser.add_argument("articles", type=int, nargs="?", default=10_000, help="default 10,000")
    args = parser.parse_args()
    n_figures, n_articles = args.figures, args.articles
    refs = synthetic(n_figures, n_articles)
    # timed without tracing (tracemalloc slows Python several times), then measured again traced
    t0, c0 = time.perf_counter(), time.process_time()
    report = compare(refs)
    elapsed = time.perf_counter() - t0
    # CPU seconds too: on a shared machine the wall clock also measures the neighbours
    cpu = time.process_time() - c0
    del report
    takes_about = "about" in inspect.signature(compare).parameters
    about_time = about_cpu = None
    if takes_about:
        about = synthetic_about(n_articles)
        t0, c0 = time.perf_counter(), time.process_time()
        report = compare(refs, about=about)  # type: ignore[call-arg, unused-ignore]
        about_time = time.perf_counter() - t0
        about_cpu = time.process_time() - c0
        about_pairs = len(report.pairs)
        del report
    takes_around = "around" in inspect.signature(compare).parameters
    around_time = around_cpu = None
    stored_time = stored_cpu = None
    if takes_about and takes_around:
        windows = synthetic_windows(refs, about)
        asked: list[int] = []

        def around(ids: Collection[int]) -> dict[int, tuple[int, str]]:
            asked.append(len(ids))
            return {i: windows[i] for i in ids}

        t0, c0 = time.perf_counter(), time.process_time()
        report = compare(refs, about=about, around=around)  # type: ignore[call-arg, unused-ignore]
        around_time = time.perf_counter() - t0
        around_cpu = time.process_time() - c0
        around_pairs = len(report.pairs)
        around_context = sum(1 for p in report.pairs if "by context" in p.reason)
        del report
        # the app's path since figures round 54: the words stored with each figure
        stored = synthetic_stored(refs, windows)
        if stored is not None:
            words = stored

            def around_stored(ids: Collection[int]) -> dict[int, str]:
                return {i: words[i] for i in ids}

            t0, c0 = time.perf_counter(), time.process_time()
            report = compare(refs, about=about, around=around_stored)  # type: ignore[call-arg, arg-type, unused-ignore]
            stored_time = time.perf_counter() - t0
            stored_cpu = time.process_time() - c0
            stored_pairs = len(report.pairs)
            stored_context = sum(1 for p in report.pairs if "by context" in p.reason)
            del report
        del windows
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
    if about_time is not None and about_cpu is not None:
        print(f"{'with about= time':<22}{about_time:>11.2f}s  (as the app calls it)")
        print(f"{'with about= CPU time':<22}{about_cpu:>11.2f}s")
        print(f"{'with about= pairs':<22}{about_pairs:>12,}")
    if around_time is not None and around_cpu is not None:
        print(f"{'with around= time':<22}{around_time:>11.2f}s  (as the app calls it, round 61)")
        print(f"{'with around= CPU time':<22}{around_cpu:>11.2f}s")
        print(f"{'with around= pairs':<22}{around_pairs:>12,}  ({around_context:,} by context)")
        print(f"{'windows looked up':<22}{sum(asked):>12,}  ({len(asked):,} calls)")
    if stored_time is not None and stored_cpu is not None:
        print(f"{'stored words time':<22}{stored_time:>11.2f}s  (the app's path, round 54)")
        print(f"{'stored words CPU time':<22}{stored_cpu:>11.2f}s")
        print(f"{'stored words pairs':<22}{stored_pairs:>12,}  ({stored_context:,} by context)")
    print(f"{'peak memory (traced)':<22}{peak / 2**20:>10.1f}MB  (allocated by compare())")
    print(
        f"RESULT conflicts_bench figures={n_figures} articles={n_articles} time_s={elapsed:.2f} "
        f"peak_mb={peak / 2**20:.1f} groups={len(report.groups)} pairs={len(report.pairs)} "
        f"cpu_s={cpu:.2f} tentative={tentative}"
        + (
            f" about_time_s={about_time:.2f} about_cpu_s={about_cpu:.2f} about_pairs={about_pairs}"
            if about_time is not None and about_cpu is not None
            else ""
        )
        + (
            f" around_time_s={around_time:.2f} around_cpu_s={around_cpu:.2f}"
            f" around_pairs={around_pairs} windows={sum(asked)}"
            if around_time is not None and around_cpu is not None
            else ""
        )
        + (
            f" stored_time_s={stored_time:.2f} stored_cpu_s={stored_cpu:.2f}"
            f" stored_pairs={stored_pairs}"
            if stored_time is not None and stored_cpu is not None
            else ""
        )
    )


if __name__ == "__main__":
    main()
