"""Scale audit: a story told by many outlets, imported as N articles, and the project's queries.

Writes N invented news articles about one flood (40 outlets, 90 days, each with the death
toll, the displaced, the rescued, the homes destroyed and the aid pledged: many figures of the
same quantities), imports them through ``ProjectService`` and times each step the analyst
waits on: import per article (first and last tenth, to see growth), re-extraction, the
conflict refresh, opening the project, the tables and the timeline's rows, search's source.
Times are CPU seconds of this process (``time.process_time``): on a shared machine the wall
clock measures the neighbours.

Run: .venv/bin/python benchmarks/scale_audit.py [articles ...] [--keep FOLDER]   (default 200 1000)
     .venv/bin/python benchmarks/scale_audit.py --project P.factlane   (the reads of P, on a copy)
"""

from __future__ import annotations

import gc
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services.project import ProjectService
from desktop.storage.store import ProjectStore
from desktop.ui.search import parse_search

OUTLETS = [
    f"{a} {b}"
    for a in (
        "Varden",
        "Northern",
        "Harbour",
        "Lakeland",
        "Coastal",
        "Valley",
        "Eastern",
        "Riverside",
    )
    for b in ("Ledger", "Herald", "Gazette", "Wire", "Times")
]
WRITERS = ["Anna Keller", "Tomas Brandt", "Sunita Rao", "Joel Marsh", "Ines Varga", "Omar Haddad",
           "Lena Fisk", "Piotr Nowak", "Grace Obi", "Mateo Ruiz", "Hana Sato", "Erik Lund"]  # fmt: skip
TOWNS = ["Varden", "Elsmoor", "Tarnby", "Kessel", "Brightwater", "Olden", "Marlow", "Haskett"]
OFFICIALS = ["the regional governor", "the civil protection agency", "the Red Cross",
             "the interior ministry", "local officials", "the mayor of Varden", "police"]  # fmt: skip
START = date(2025, 9, 1)


def _toll(day: int) -> int:
    return int(12 + 180 * (1 - 0.93**day))


def article(n: int, rng: random.Random) -> tuple[str, str]:
    """One invented article (its file name and text), told on a day of the story."""
    day = min(89, int(rng.expovariate(1 / 14)))
    published = START + timedelta(days=day)
    outlet = OUTLETS[n % len(OUTLETS)]
    town = rng.choice(TOWNS)
    toll = _toll(day) + rng.choice([0, 0, 0, 1, -1, 3, -2, 10])
    displaced = (4000 + 600 * min(day, 20)) // 100 * 100
    rescued = 150 + 11 * day + rng.randrange(0, 30)
    homes = 800 + 40 * min(day, 15) + rng.choice([0, 0, 50, -50])
    aid = rng.choice([25, 25, 30, 40, 42.5, 50])
    weekday = (published - timedelta(days=rng.randrange(1, 6))).strftime("%A")
    said = rng.choice(OFFICIALS)
    lines = [
        f"Flood toll in {town} rises as rain returns" if day else "Floods sweep the Varden valley",
        "",
        f"By {rng.choice(WRITERS)} | {outlet}",
        f"{published.day} {published:%B %Y}",
        "",
        f"At least {toll} people have been killed in the floods that struck the Varden valley on "
        f"{START:%B} {START.day}, {said} said on {weekday}.",
        "",
        f"More than {displaced:,} people have been forced from their homes, and rescue teams "
        f"pulled {rescued} people from flooded houses in {town} and nearby villages, the civil "
        f"protection agency said.",
        "",
        f"About {homes:,} homes were destroyed or damaged, according to a survey published on "
        f"{(published - timedelta(days=1)):%B} {(published - timedelta(days=1)).day}.",
        "",
        f"The government pledged ${aid} million in emergency aid last week, and the European "
        f"Union said it would send a further 10 million euros by the end of the month.",
        "",
        f"Residents of {town} said the water rose within two hours on the night of the storm. "
        f'"We lost everything in twenty minutes," said one shopkeeper, who asked not to be named.',
        "",
        f"Forecasters warned that up to 80 millimetres of rain could fall on {weekday} night, "
        f"and schools in {rng.choice(TOWNS)} will stay closed until next Monday.",
    ]
    if rng.random() < 0.5:
        lines += [
            "",
            f"In {rng.choice(TOWNS)}, {rng.randrange(2, 40)} people were still missing on "
            f"{weekday}, and {rng.randrange(100, 900)} soldiers were deployed to help clear the "
            f"roads. The last flood of this size, in {rng.choice([1998, 2004, 2011])}, killed "
            f"{rng.randrange(20, 90)} people.",
        ]
    return f"a{n:05d}_{outlet.replace(' ', '_').lower()}.txt", "\n".join(lines) + "\n"


def write_articles(folder: Path, count: int, seed: int = 11) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        name, text = article(n, rng)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    started = time.process_time()
    value = fn()
    return time.process_time() - started, value


def audit(count: int, folder: Path) -> dict[str, float]:
    paths = write_articles(folder / f"articles{count}", count)
    project = folder / f"scale{count}.factlane"
    marks: list[float] = []
    with ProjectService.open(project, create=True) as service:
        started = time.process_time()
        service.import_files(
            paths[:-1], progress=lambda _i, _n, _o: marks.append(time.process_time())
        )
        import_s = time.process_time() - started
        tenth = max(1, len(marks) // 10)
        first = (marks[tenth] - started) / tenth
        last = (marks[-1] - marks[-1 - tenth]) / tenth
        one_more_s, _ = timed(lambda: service.import_files(paths[-1:]))
    figures: dict[str, float] = {
        "import_s": import_s,
        "first_ms": first * 1e3,
        "last_ms": last * 1e3,
    }
    figures["import_one_more_s"] = one_more_s
    figures.update(queries(project))
    return figures


def queries(project: Path) -> dict[str, float]:
    """The times of opening a project and of its reads and edits."""
    figures: dict[str, float] = {}
    figures["open_s"], service = timed(lambda: ProjectService.open(project))
    with service:
        for name, query in (
            ("articles_s", service.articles),
            ("facts_s", service.facts),
            ("figures_s", service.figures),
            ("timeline_s", service.timeline_rows),
            ("conflicted_s", service.conflicted_fact_ids),
            ("tags_s", service.tags_by_fact),
            ("groups_s", service.groups),
            ("pairs_s", service.pairs),
        ):
            figures[name], _ = timed(query)
        figures["refresh_s"], _ = timed(lambda: service.refresh_conflicts(force=True))
        tracemalloc.start()
        service.refresh_conflicts(force=True)
        figures["refresh_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        facts = service.facts()
        query = parse_search('killed -"Red Cross" source:Ledger')
        figures["search_s"], _ = timed(
            lambda: [
                f
                for f in facts
                if query.matches(
                    f.text, (f.article.source or "") if f.article else "", f.note, f.tags
                )
            ]
        )
        fact_id = facts[len(facts) // 2].id
        figures["one_fact_s"], _ = timed(lambda: service.fact(fact_id))
        figures["confirm_s"], _ = timed(lambda: service.set_fact_status(fact_id, "confirmed"))
        articles = service.articles()
        some = articles[len(articles) // 2]
        figures["set_date_s"], _ = timed(
            lambda: service.set_published(some.id, some.published or START)
        )
        figures["reextract_one_s"], _ = timed(lambda: service.reextract(some.id))
        figures["one_article_s"], _ = timed(lambda: service.article(some.id))
        figures["article_facts_s"], _ = timed(lambda: service.facts(article_id=some.id))
        figures["article_figures_s"], _ = timed(lambda: service.figures(article_id=some.id))
        counts = service.counts()
        figures.update({k: float(v) for k, v in counts.items()})
    figures.update(_cli_conflicts(project))
    figures["read_only_load_s"] = _read_only_load(project)
    figures["reopen_after_crash_s"] = _reopen_after_crash(project)
    return figures


_CRASH = r"""
import os, signal, sys
from pathlib import Path
from desktop.services.project import ProjectService
service = ProjectService.open(Path(sys.argv[1]))
for fact in service.facts()[:300:10]:
    service.set_fact_status(fact.id, "confirmed")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _reopen_after_crash(project: Path) -> float:
    """Opening a copy of the project that a Factlane killed mid-work left with edits in its
    log (the log is checked to belong to the file before it is merged)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / project.name
        shutil.copyfile(project, copy)
        subprocess.run([sys.executable, "-c", _CRASH, str(copy)], check=False)
        seconds, service = timed(lambda: ProjectService.open(copy))
        service.close()
    return seconds


def _read_only_load(project: Path) -> float:
    """A second window's load of the project with its stored conflicts out of date (as after
    an upgrade): open read-only, the groups, the pairs and the detached decisions, each worked
    out in memory since they cannot be stored. The stale mark is put back as it was."""
    con = sqlite3.connect(project)
    try:
        (was,) = con.execute("SELECT value FROM setting WHERE key = 'conflicts_stale'").fetchone()
        con.execute("UPDATE setting SET value = '1' WHERE key = 'conflicts_stale'")
        con.commit()

        def load() -> None:
            with ProjectService(ProjectStore.open_read_only(project, "requested")) as reader:
                reader.groups()
                reader.pairs()
                reader.detached_decisions()

        seconds, _ = timed(load)
        con.execute("UPDATE setting SET value = ? WHERE key = 'conflicts_stale'", (was,))
        con.commit()
    finally:
        con.close()
    return seconds


def _cli_conflicts(project: Path) -> dict[str, float]:
    """`factlane conflicts --json` in a process of its own: its CPU time and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "conflicts", "--project", str(project), "--json"],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = json.loads(done.stdout)
    return {
        "cli_conflicts_cpu_s": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
        "cli_conflicts_peak_mb": after.ru_maxrss / 1024,
        "cli_pairs": float(len(report["pairs"])),
        "cli_groups": float(len(report["groups"])),
        # pairs made only as possibly one quantity (conflicts round 48; none before it)
        "cli_tentative": float(sum(1 for p in report["pairs"] if p.get("tentative"))),
    }


def main() -> None:
    args = sys.argv[1:]
    keep = None
    if "--keep" in args:
        # the projects (and the articles) are left in this folder for a profiler
        at = args.index("--keep")
        keep = Path(args[at + 1])
        del args[at : at + 2]
    if "--project" in args:
        # the reads and edits of a project already built (a copy is edited)
        at = args.index("--project")
        with tempfile.TemporaryDirectory() as tmp:
            project = Path(tmp) / "copy.factlane"
            shutil.copyfile(args[at + 1], project)
            _print(queries(project))
        return
    sizes = [int(a) for a in args] or [200, 1000]
    with tempfile.TemporaryDirectory() as tmp:
        for count in sizes:
            _print(audit(count, keep or Path(tmp)))


def _print(figures: dict[str, float]) -> None:
    print(f"-- {figures['articles']:.0f} articles")
    for key, value in figures.items():
        print(f"   {key:<22}{value:>12.3f}")
    print("RESULT scale_audit " + " ".join(f"{k}={v:.3f}" for k, v in figures.items()), flush=True)


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    main()
