"""Words per second of time expressions + facts over the whole TempEval-3 corpus, one process.

Every TimeBank and AQUAINT document is run once to warm up, then timed over several passes;
peak memory is the process's maximum resident set size (resource.getrusage).
Run: .venv/bin/python benchmarks/extract_speed.py
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_eval import load_corpus

from desktop.extract.facts import find_facts
from desktop.extract.timex import find_timexes

PASSES = 3


def main() -> int:
    docs = load_corpus("timebank") + load_corpus("aquaint")
    words = sum(len(d.text.split()) for d in docs)
    chars = sum(len(d.text) for d in docs)
    for d in docs:  # warm-up: compiled patterns, caches
        find_facts(d.text, find_timexes(d.text, d.dct), d.dct)
    timings = []
    found = facts = 0
    for _ in range(PASSES):
        t0 = time.perf_counter()
        found = facts = 0
        for d in docs:
            timexes = find_timexes(d.text, d.dct)
            found += len(timexes)
            facts += len(find_facts(d.text, timexes, d.dct))
        timings.append(time.perf_counter() - t0)
    best = min(timings)
    words_per_s = words / best
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if sys.platform == "darwin":
        peak_mb /= 1024
    print(f"{'documents':<22}{len(docs):>12}")
    print(f"{'words':<22}{words:>12}")
    print(f"{'characters':<22}{chars:>12}")
    print(f"{'time expressions':<22}{found:>12}")
    print(f"{'facts':<22}{facts:>12}")
    print(f"{'best pass (s)':<22}{best:>12.3f}")
    print(f"{'words/s':<22}{words_per_s:>12.0f}")
    print(f"{'ms per 1,000 words':<22}{1000 * best / words * 1000:>12.2f}")
    print(f"{'peak memory (MB)':<22}{peak_mb:>12.1f}")
    print(
        f"RESULT extract_speed words_per_s={words_per_s:.0f} total_s={best:.3f} "
        f"docs={len(docs)} words={words} peak_mb={peak_mb:.1f}"
    )
    return 0


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    raise SystemExit(main())
