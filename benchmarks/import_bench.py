"""Import throughput: the 256 TimeBank/AQUAINT documents into a fresh project.

Prints articles/s and words/s for import alone (reading, cleaning, storing; no extraction) and
for import with extraction, plus the project file size and peak memory.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _corpus import load_documents

import desktop.services.project as services
from desktop.domain import Extraction


def run(folder: Path, docs_dir: Path, with_extraction: bool) -> tuple[float, int, int]:
    project_path = folder / ("full.factlane" if with_extraction else "import.factlane")
    real_extract = services.extract
    if not with_extraction:
        # whatever extract() is asked (text, date, the article's language since 44cef6ed)
        services.extract = lambda *_args, **_kwargs: Extraction()  # type: ignore[assignment]
    try:
        files = sorted(docs_dir.glob("*.txt"))
        started = time.perf_counter()
        with services.ProjectService.open(project_path, create=True) as project:
            outcomes = project.import_files(files)
        elapsed = time.perf_counter() - started
    finally:
        services.extract = real_extract
    failed = [o.line() for o in outcomes if o.status == "failed"]
    assert not failed, failed[:3]
    # the corpus holds a document twice; it is read, hashed and recognised like any other
    return elapsed, len(outcomes), project_path.stat().st_size


def main() -> None:
    docs = load_documents()
    words = sum(len(d.text.split()) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docs_dir = folder / "docs"
        docs_dir.mkdir()
        for d in docs:
            (docs_dir / f"{d.name}.txt").write_text(d.text.strip(), encoding="utf-8")
        # warm-up: imports of modules and first-use caches are not part of throughput
        (folder / "warm").mkdir()
        run(folder / "warm", docs_dir, False)
        t_import, n, size_import = run(folder, docs_dir, False)
        t_full, _, size_full = run(folder, docs_dir, True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'documents':<28}{n:>12}")
    print(f"{'words':<28}{words:>12}")
    print(f"{'import only: seconds':<28}{t_import:>12.2f}")
    print(f"{'import only: articles/s':<28}{n / t_import:>12.1f}")
    print(f"{'import only: words/s':<28}{words / t_import:>12.0f}")
    print(f"{'import only: file MB':<28}{size_import / 1e6:>12.2f}")
    print(f"{'with extraction: seconds':<28}{t_full:>12.2f}")
    print(f"{'with extraction: articles/s':<28}{n / t_full:>12.1f}")
    print(f"{'with extraction: file MB':<28}{size_full / 1e6:>12.2f}")
    print(f"{'peak memory MB':<28}{peak_mb:>12.1f}")
    print(
        f"RESULT import_bench articles={n} words={words} "
        f"import_articles_per_s={n / t_import:.1f} import_words_per_s={words / t_import:.0f} "
        f"full_articles_per_s={n / t_full:.1f} file_mb={size_import / 1e6:.2f} "
        f"full_file_mb={size_full / 1e6:.2f} peak_mb={peak_mb:.1f}"
    )


if __name__ == "__main__":
    from _cli import help_requested

    if help_requested(__doc__):
        sys.exit(0)
    main()
