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

Usage: ``.venv/bin/python benchmarks/ingest_speed.py [--mb 5]``.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
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


def seconds_to_read(data: bytes, name: str) -> float:
    started = time.perf_counter()
    read_bytes(data, name)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the long documents")
    args = parser.parse_args()
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
