"""Reading speed of the importer on long documents: MB/s for plain text and for a saved page.

The documents are the import accuracy set's own pages (benchmarks/data/ingest/dev..dev4)
repeated until they reach the size: copied text files one after another for plain text, the
pages' bodies one after another inside one page for HTML. Reading covers decoding, splitting
into blocks, judging furniture and finding metadata (``ingest.read_bytes``); no extraction and
no database. Each size is read once after a warm-up; the time of the larger size over the
smaller, against the ratio of their sizes, shows whether reading grows faster than the text.

The documents repeat the dev texts (each line of the 5 MB text about 50 times): since round 57
a block's own-text furniture reason is kept while an import runs, so repeats cost little here
and the figures flatter a document of distinct lines. Round 57 (alternated with a clean archive
of 69e63fb6, shared 2-core machine): txt 5 MB 0.95 -> 1.94 MB/s, html 5 MB 1.14 -> 1.40 MB/s;
40,000 distinct short lines drawn from all dev copies (2.09 MB) 0.73 -> 0.81 MB/s; 20,000
'Name' / '@handle' pairs under a story (0.53 MB, each line its own block) 1.93 -> 1.07 s.

``--shapes`` times instead the shapes of text copy that cost the most a line, each written here
from invented words (no dev text) and read once after a warm-up, and prints seconds per MB:
many short lines joined into paragraphs, long paragraphs, a list of short items (each line its
own block), a transcript of speaker turns (one a line, and one a paragraph), a live blog (a time,
a heading, a post, "Share") and a saved page of many small blocks. Import round 62 (1), s/MB at
``--shapes --mb 0.5``, best of three runs alternated with a clean archive of HEAD 9b3608ee on the
shared 2-core machine under a load of 7-8 (noisy: differences under ~20% are not telling):
short_lines 1.92 -> 1.96, long_paragraphs 0.35 -> 0.28, list_items 2.16 -> 1.82, turns 2.00 ->
1.66, transcript 1.44 -> 1.05, live_blog 1.48 -> 1.04, html_blocks 2.06 -> 1.10. Growth is
linear in every shape (cProfile at 0.5 and 2 MB: no function's time or calls grow faster than
the text); what is left is the per-block cost of the own-text rules and ~40 passes. Round 62
(2), ``paragraph_lines`` added (a browser's copy, one paragraph a line): joining lines no longer
asks a line that cannot run on all its own-text rules, so a long copy's plain story paragraphs
in the middle are judged by none (1.5 MB, own-text judgements 10,298 -> 800; live blog 15,536 ->
8,689); s/MB at 1.5 MB, best of three alternated with 9b3608ee (before round 62):
paragraph_lines 0.72 -> 0.34, live_blog 1.36 -> 0.77.

Usage: ``.venv/bin/python benchmarks/ingest_speed.py [--mb 5] [--shapes]``.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.ingest import read_bytes
from desktop.ingest.textclean import decode

DATA = Path(__file__).resolve().parent / "data" / "ingest"
SETS = ("dev", "dev2", "dev3", "dev4")
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S | re.I)


def _texts(pattern: str) -> list[str]:
    return [decode(p.read_bytes())[0] for s in SETS for p in sorted((DATA / s).glob(pattern))]


def long_text(size: int) -> bytes:
    """Copied articles one after another, a blank line between them, to ``size`` bytes."""
    parts = _texts("*.txt") + _texts("*.md")
    out: list[str] = []
    total = 0
    while total < size:
        for part in parts:
            out.append(part)
            total += len(part.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(out).encode("utf-8")


def long_page(size: int) -> bytes:
    """One page holding the bodies of the saved pages one after another, to ``size`` bytes."""
    bodies = [m.group(1) for m in map(_BODY.search, _texts("*.htm*")) if m]
    head = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Long page</title></head><body>'
    out = [head]
    total = len(head)
    while total < size:
        for body in bodies:
            out.append(body)
            total += len(body.encode("utf-8"))
            if total >= size:
                break
    out.append("</body></html>")
    return "".join(out).encode("utf-8")


_WORDS = [
    "harbour",
    "council",
    "ferry",
    "quay",
    "tide",
    "bridge",
    "market",
    "storm",
    "river",
    "school",
    "mayor",
    "budget",
    "road",
    "rail",
    "vote",
    "strike",
    "wage",
    "clinic",
    "flood",
    "dock",
    "lorry",
    "tunnel",
    "fire",
    "crew",
    "office",
    "plan",
    "court",
]
_SPEAKERS = ("PRESENTER", "MAYOR ODELL", "DR KANE", "RESIDENT")
_HEAD = "Ferry service to Marrowby resumes\n\nBy Ann Lister\n\nPublished 15 March 2026\n\n"


def _sentence(rng: random.Random, words: int = 12) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return f"{text[0].upper()}{text[1:]} {rng.randint(1, 9999)}."


def _grown(size: int, block: Callable[[random.Random, int], str]) -> bytes:
    """The headline, byline and date over blocks made by ``block`` up to ``size`` bytes."""
    rng = random.Random(62)
    out = [_HEAD]
    total = 0
    n = 0
    while total < size:
        n += 1
        out.append(block(rng, n))
        total += len(out[-1])
    return "".join(out).encode("utf-8")


SHAPES: dict[str, tuple[Callable[[random.Random, int], str], str]] = {
    # A page copied as text: short lines that run on into paragraphs.
    "short_lines": (
        lambda r, n: (
            " ".join(r.choice(_WORDS) for _ in range(r.randint(2, 6))) + f" {r.randint(1, 99999)}\n"
        ),
        "copy.txt",
    ),
    # A page copied from a browser: one paragraph a line, no blank line between them.
    "paragraph_lines": (
        lambda r, n: " ".join(_sentence(r, r.randint(8, 14)) for _ in range(2)) + "\n",
        "copy.txt",
    ),
    "long_paragraphs": (lambda r, n: " ".join(_sentence(r) for _ in range(8)) + "\n\n", "copy.txt"),
    "list_items": (lambda r, n: f"- {_sentence(r, r.randint(2, 5))}\n", "copy.txt"),
    "turns": (
        lambda r, n: f"{r.choice(_SPEAKERS)}: {_sentence(r, r.randint(3, 10))}\n",
        "copy.txt",
    ),
    "transcript": (
        lambda r, n: f"{r.choice(_SPEAKERS)}: {_sentence(r, r.randint(4, 14))}\n\n",
        "copy.txt",
    ),
    "live_blog": (
        lambda r, n: (
            f"{(n // 60) % 24:02d}:{n % 60:02d}\n{_sentence(r, 6)}\n"
            f"{_sentence(r)} {_sentence(r)}\nShare\n\n"
        ),
        "copy.txt",
    ),
    "html_blocks": (
        lambda r, n: f"<div><p>{_sentence(r, r.randint(3, 10))}</p></div>\n",
        "page.html",
    ),
}


def shape(name: str, size: int) -> bytes:
    """An invented document of ``size`` bytes in one of SHAPES."""
    block, file_name = SHAPES[name]
    if not file_name.endswith(".html"):
        return _grown(size, block)
    body = _grown(size, block).decode("utf-8").replace(_HEAD, "")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry resumes</title></head>'
        f"<body><article><h1>Ferry service to Marrowby resumes</h1>{body}</article></body></html>"
    ).encode()


def time_shapes(mb: float) -> None:
    seconds_to_read(shape("long_paragraphs", 50_000), "warm.txt")
    results = []
    for name, (_block, file_name) in SHAPES.items():
        data = shape(name, int(mb * 1_000_000))
        elapsed = min(seconds_to_read(data, file_name) for _ in range(2))
        rate = elapsed / (len(data) / 1e6)
        print(f"{name:<16}{len(data) / 1e6:>7.2f} MB{elapsed:>8.2f} s{rate:>7.2f} s/MB", flush=True)
        results.append(f"{name}={rate:.2f}")
    print(f"RESULT ingest_speed_shapes_s_per_mb {' '.join(results)}")


def seconds_to_read(data: bytes, name: str) -> float:
    started = time.perf_counter()
    read_bytes(data, name)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the long documents")
    parser.add_argument(
        "--shapes", action="store_true", help="seconds per MB of invented text-copy shapes"
    )
    args = parser.parse_args()
    if args.shapes:
        time_shapes(args.mb)
        return
    big = int(args.mb * 1_000_000)
    small = big // 5
    seconds_to_read(long_text(50_000), "warm.txt")
    seconds_to_read(long_page(50_000), "warm.html")
    rows = []
    results: dict[str, str] = {}
    for kind, make, name in (("txt", long_text, "long.txt"), ("html", long_page, "long.html")):
        timings = []
        for size in (small, big):
            data = make(size)
            elapsed = seconds_to_read(data, name)
            timings.append((len(data), elapsed))
            rows.append((kind, len(data) / 1e6, elapsed, len(data) / 1e6 / elapsed))
        (small_bytes, small_s), (big_bytes, big_s) = timings
        # 1.00 when reading time grows in step with the size; above it, faster than the text.
        growth = (big_s / small_s) / (big_bytes / small_bytes)
        results[f"{kind}_mb_per_s"] = f"{big_bytes / 1e6 / big_s:.2f}"
        results[f"{kind}_{args.mb:g}mb_s"] = f"{big_s:.2f}"
        results[f"{kind}_growth"] = f"{growth:.2f}"
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'document':<10}{'MB':>8}{'seconds':>10}{'MB/s':>8}")
    for kind, mb, elapsed, rate in rows:
        print(f"{kind:<10}{mb:>8.2f}{elapsed:>10.2f}{rate:>8.2f}")
    print(f"{'growth':<10} txt {results['txt_growth']}  html {results['html_growth']}  "
          "(time ratio over size ratio; 1.00 is linear)")  # fmt: skip
    print(f"{'peak memory MB':<18}{peak_mb:>8.1f}")
    pairs = " ".join(f"{k}={v}" for k, v in results.items())
    print(f"RESULT ingest_speed {pairs} peak_mb={peak_mb:.1f}")


if __name__ == "__main__":
    main()
