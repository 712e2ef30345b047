"""Build (or bring up to date) the demo project from the sample articles in seeds/.

`python -m desktop.services.demo --output demo/Demo.factlane [--open]`
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.ingest import SUPPORTED_SUFFIXES, IngestError
from desktop.services.files import read_article_file
from desktop.services.project import ImportOutcome, ProjectService

#: How a publication date the demo's manifest gave is marked in the article's field origins:
#: ``demo:<the date>``. The date is part of the mark so that, once the analyst changes the
#: date, the mark no longer vouches for it (the reader then says the analyst typed it).
DEMO_ORIGIN = "demo"


def seeds_dir() -> Path:
    """seeds/ beside the package in a checkout, or bundled inside it in an installed app."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "seeds", here / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the sample articles (seeds/) are not installed")


def build_demo(
    output: Path, seeds: Path | None = None, warn: Callable[[str], None] | None = None
) -> list[ImportOutcome]:
    """Import every sample article; what the analyst would type for a file is in demo.json.

    An existing demo an older engine read is read again first; ``warn`` (standard error when
    not given) is told of each article the extractor failed on, which keeps its facts."""
    seeds = seeds or seeds_dir()
    manifest_path = seeds / "demo.json"
    manifest: dict[str, dict[str, str]] = (
        json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in seeds.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
    outcomes = []
    with ProjectService.open(output, create=True) as project:
        for failure in project.reextract_stale().failed:
            (warn or _to_stderr)(failure.line())
        for path in files:
            given = manifest.get(path.name, {})
            if "published" not in given:
                outcomes.append(project.import_file(path, source=given.get("source")))
                continue
            outcomes.append(
                _import_dated(project, path, date.fromisoformat(given["published"]), given)
            )
        project.refresh_conflicts()
    return outcomes


def _to_stderr(line: str) -> None:
    print(f"factlane: {line}", file=sys.stderr)


def _import_dated(
    project: ProjectService, path: Path, published: date, given: dict[str, str]
) -> ImportOutcome:
    """Import with the manifest's publication date, recorded as set by the demo (not as typed
    by the analyst, which is what a date given at import otherwise means)."""
    try:
        data, raw = read_article_file(path)
    except IngestError as exc:
        return ImportOutcome(str(path), "failed", message=str(exc))
    origins = {**raw.field_origins, "published": f"{DEMO_ORIGIN}:{published.isoformat()}"}
    raw = replace(raw, published=published, published_origin="user", field_origins=origins)
    return project.import_article(data, raw, str(path), source=given.get("source"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path("demo/Demo.factlane"))
    parser.add_argument("--open", action="store_true", help="open the demo in the app")
    args = parser.parse_args(argv)
    outcomes = build_demo(args.output)
    new = sum(o.status == "imported" for o in outcomes)
    failed = [o for o in outcomes if o.status == "failed"]
    print(f"demo project {args.output}: {len(outcomes)} sample articles, {new} newly imported")
    for o in failed:
        print(o.line(), file=sys.stderr)
    if failed:
        return 1
    if args.open:
        from desktop.app import run_app

        code = run_app(args.output)
        # No display is not a failure of `make run`: the demo project is built and usable.
        return 0 if code == 4 else code
    return 0


if __name__ == "__main__":
    sys.exit(main())
